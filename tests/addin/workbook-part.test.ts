/**
 * src/excel/workbookPart.ts against a fake of Excel's custom XML parts that behaves as Office.js
 * does: loaded properties and `getXml().value` exist only after `context.sync()`, queued adds and
 * deletes happen at the sync in order, and a batch is not a transaction: the operations before a
 * failing one stay applied.
 */
import { workbookPartStore } from "../../src/excel/workbookPart";
import { editionsToXml, XML_NAMESPACE, xmlToEditions } from "../../src/runtime/persist";
import { SmmRuntime } from "../../src/runtime/state";
import { datasetJson, fakeFetch, FEB, JAN, MAR } from "./fixtures";

interface Part {
  id: string;
  xml: string;
}

class FakeParts {
  parts: Part[] = [];
  syncs = 0;
  /** Fails the next sync that adds a part (the workbook is read-only, the part too large...). */
  failAdd = false;
  private next = 1;

  install(supported = true): void {
    const self = this;
    (globalThis as Record<string, unknown>).Office = {
      context: { requirements: { isSetSupported: (set: string, v: string) => supported && set === "ExcelApi" && Number(v) <= 1.5 } },
    };
    (globalThis as Record<string, unknown>).Excel = {
      run: async <T>(fn: (ctx: unknown) => Promise<T>): Promise<T> => {
        const queue: (() => void)[] = [];
        const after: (() => void)[] = [];
        const ctx = {
          sync: async () => {
            self.syncs++;
            const q = queue.splice(0);
            const a = after.splice(0);
            for (const f of q) f(); // an add that fails throws here, after the operations before it
            for (const f of a) f();
          },
          workbook: {
            customXmlParts: {
              add: (xml: string) => {
                queue.push(() => {
                  if (self.failAdd) throw Object.assign(new Error("The workbook is read-only"), { code: "AccessDenied" });
                  self.parts.push({ id: String(self.next++), xml });
                });
              },
              getByNamespace: (ns: string) => {
                let items: unknown[] | null = null;
                return {
                  load: () => after.push(() => (items = self.parts.filter((p) => p.xml.includes(`xmlns="${ns}"`)).map((p) => self.proxy(p, queue, after)))),
                  get items(): unknown[] {
                    if (!items) throw new Error("PropertyNotLoaded: items");
                    return items;
                  },
                };
              },
            },
          },
        };
        return fn(ctx);
      },
    };
  }

  private proxy(p: Part, queue: (() => void)[], after: (() => void)[]) {
    return {
      id: p.id,
      delete: () => queue.push(() => (this.parts = this.parts.filter((x) => x !== p))),
      getXml: () => {
        const r: { value: string } = {
          get value(): string {
            throw new Error("PropertyNotLoaded: value (read before sync)");
          },
        };
        after.push(() => Object.defineProperty(r, "value", { value: p.xml }));
        return r;
      },
    };
  }
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

test("no custom XML parts (ExcelApi 1.5 missing, or not in Excel): no store", () => {
  expect(workbookPartStore(XML_NAMESPACE)).toBeNull();
  new FakeParts().install(false);
  expect(workbookPartStore(XML_NAMESPACE)).toBeNull();
});

test("read, write, replace and delete the part; other namespaces are left alone", async () => {
  const fake = new FakeParts();
  fake.install();
  fake.parts.push({ id: "x", xml: `<other xmlns="urn:someone-else">keep me</other>` });
  const store = workbookPartStore(XML_NAMESPACE);
  if (!store) throw new Error("no store");
  expect(await store.read()).toBeNull();
  await store.write(editionsToXml([FEB]));
  expect(xmlToEditions((await store.read()) ?? "").editions.map((e) => e.id)).toEqual(["2025-02"]);
  await store.write(editionsToXml([FEB, MAR]));
  expect(fake.parts.filter((p) => p.xml.includes(XML_NAMESPACE))).toHaveLength(1);
  expect(xmlToEditions((await store.read()) ?? "").editions.map((e) => e.id)).toEqual(["2025-02", "2025-03"]);
  await store.write(null);
  expect(await store.read()).toBeNull();
  expect(fake.parts.map((p) => p.id)).toEqual(["x"]);
});

test("a write that fails leaves the earlier part in place (the new part is added before the old is deleted)", async () => {
  const fake = new FakeParts();
  fake.install();
  const store = workbookPartStore(XML_NAMESPACE);
  if (!store) throw new Error("no store");
  await store.write(editionsToXml([FEB]));
  fake.failAdd = true;
  await expect(store.write(editionsToXml([MAR]))).rejects.toThrow(/read-only/);
  expect(xmlToEditions((await store.read()) ?? "").editions.map((e) => e.id)).toEqual(["2025-02"]);
  // two parts left by an interrupted write: the newest (last) is read
  fake.failAdd = false;
  fake.parts.push({ id: "late", xml: editionsToXml([MAR]) });
  expect(xmlToEditions((await store.read()) ?? "").editions.map((e) => e.id)).toEqual(["2025-03"]);
});

test("the runtime saves imports into the part and a restart of the same workbook reads them back", async () => {
  const fake = new FakeParts();
  fake.install();
  const deps = { fetch: fakeFetch({ b: datasetJson(JAN) }), bundledUrl: "b", workbook: workbookPartStore(XML_NAMESPACE) };
  const rt = new SmmRuntime();
  await rt.start(deps);
  expect((await rt.importEditions([MAR])).workbook.ok).toBe(true);
  const again = new SmmRuntime();
  await again.start(deps);
  expect(again.dataset.getEdition("2025-03")?.origin).toBe("imported");
});
