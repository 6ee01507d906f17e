/**
 * Imported editions live in the workbook (a custom XML part: they travel with it and survive a
 * restart), or in the local cache outside Excel; the bundled dataset is served by a real local
 * HTTP server. Corrupt stored data loads what is valid and reports the rest.
 */
import fs from "fs";
import path from "path";
import { callFunction } from "../../src/core/query";
import { readDatasetFile, toDatasetFile } from "../../src/core/store";
import type { KeyValueStore } from "../../src/runtime/persist";
import {
  editionsToXml,
  MemoryStore,
  MemoryWorkbook,
  mergeImported,
  STORAGE_KEYS,
  STORAGE_VALUE_LIMIT,
  XML_NAMESPACE,
  xmlToEditions,
} from "../../src/runtime/persist";
import type { RuntimeDeps } from "../../src/runtime/state";
import { SmmRuntime } from "../../src/runtime/state";
import type { TestServer } from "./fixtures";
import { datasetJson, edition, FEB, JAN, MAR, nodeFetch, obs, startServer } from "./fixtures";

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  server.routes.set("/data/bundled.json", { body: datasetJson(JAN, FEB) });
});
afterAll(() => server.close());

function deps(extra: Partial<RuntimeDeps> = {}): RuntimeDeps {
  return { fetch: nodeFetch, bundledUrl: server.url("/data/bundled.json"), timeoutMs: 2000, ...extra };
}

async function started(extra: Partial<RuntimeDeps> = {}): Promise<SmmRuntime> {
  const rt = new SmmRuntime();
  await rt.start(deps(extra));
  return rt;
}

const value = (rt: SmmRuntime, name: Parameters<typeof callFunction>[1], ...args: unknown[]) => callFunction(rt.dataset, name, args);

test("bundled editions load from the server", async () => {
  const rt = await started();
  expect(rt.loadStatus().phase).toBe("ready");
  expect(rt.loadStatus().sources.bundled).toMatchObject({ state: "ok", editions: ["2025-01", "2025-02"] });
  expect(value(rt, "MOM", "nickel", "2025-02")).toEqual({ ok: true, value: -0.0569 });
});

test("imported editions travel with the workbook (custom XML part); outside Excel they survive a restart in the local cache", async () => {
  const storage = new MemoryStore();
  const workbook = new MemoryWorkbook();
  const recalc = jest.fn();
  const rt = await started({ storage, workbook, requestRecalc: recalc });
  expect(value(rt, "MOM", "copper-cathode", "2025-03").ok).toBe(false);

  const res = await rt.importEditions([MAR]);
  expect(res.workbook.ok).toBe(true);
  expect(res.diffs[0]).toMatchObject({ edition: "2025-03", isNew: true });
  expect(value(rt, "MOM", "copper-cathode", "2025-03")).toEqual({ ok: true, value: 0.061 });
  await rt.idle();
  expect(recalc).toHaveBeenCalled();

  // what was written: the workbook's part only (the local store is shared by every workbook)
  expect(storage.data.has(STORAGE_KEYS.imported)).toBe(false);
  expect(res.cache.code).toBe("no-store");
  expect(workbook.xml).toContain(`xmlns="${XML_NAMESPACE}"`);
  expect(xmlToEditions(workbook.xml ?? "").editions.map((e) => e.id)).toEqual(["2025-03"]);

  // restart of the same workbook: from its part
  const again = await started({ storage, workbook });
  expect(value(again, "MOM", "copper-cathode", "2025-03")).toEqual({ ok: true, value: 0.061 });
  expect(again.dataset.getEdition("2025-03")?.origin).toBe("imported");

  // another workbook on this machine does not see it
  const other = await started({ storage, workbook: new MemoryWorkbook() });
  expect(value(other, "MOM", "copper-cathode", "2025-03").ok).toBe(false);

  // outside Excel (no workbook): the local cache keeps imports across restarts
  const store2 = new MemoryStore();
  const browser = await started({ storage: store2 });
  await browser.importEditions([MAR]);
  expect(readDatasetFile(store2.data.get(STORAGE_KEYS.imported) ?? "").editions.map((e) => e.id)).toEqual(["2025-03"]);
  const browserAgain = await started({ storage: store2 });
  expect(value(browserAgain, "MOM", "copper-cathode", "2025-03")).toEqual({ ok: true, value: 0.061 });

  // the workbook opened on another machine (empty cache): from the XML part
  const elsewhere = await started({ storage: new MemoryStore(), workbook });
  expect(value(elsewhere, "MOM", "copper-cathode", "2025-03")).toEqual({ ok: true, value: 0.061 });
  expect(elsewhere.loadStatus().sources.imported.message).toMatch(/1 in this workbook/);
});

test("an imported edition wins over the bundled one with the same id; removing it restores the bundled figures", async () => {
  const storage = new MemoryStore();
  const workbook = new MemoryWorkbook();
  const rt = await started({ storage, workbook });
  const revised = edition("2025-02", [obs("2025-02", "refined-nickel", "2025-02", "mom", -0.06)]);
  const res = await rt.importEditions([revised]);
  expect(res.diffs[0]?.revised).toHaveLength(1);
  expect(value(rt, "MOM", "nickel", "2025-02")).toEqual({ ok: true, value: -0.06 });
  await rt.removeImported("2025-02");
  expect(value(rt, "MOM", "nickel", "2025-02")).toEqual({ ok: true, value: -0.0569 });
  expect(workbook.xml).toBeNull();
});

test("cache and workbook copies merge: the later import of an edition wins", () => {
  const a = { ...MAR, importedAt: "2025-04-01T00:00:00Z" };
  const b = { ...MAR, importedAt: "2025-04-02T00:00:00Z", observations: [] };
  expect(mergeImported([a], [b])[0]).toBe(b);
  expect(mergeImported([b], [a])[0]).toBe(b);
  expect(mergeImported([JAN], [MAR]).map((e) => e.id)).toEqual(["2025-01", "2025-03"]);
});

test("the XML part survives characters that need escaping", () => {
  const tricky = edition("2025-04", [
    {
      ...obs("2025-04", "refined-zinc", "2025-04", "mom", 0.01),
      provenance: { edition: "2025-04", section: 'Zinc <&> "quoted"', sentence: "]]> & <b>bold</b> 锌 😀 'x'", start: 0, end: 1 },
    },
  ]);
  const xml = editionsToXml([tricky]);
  const back = xmlToEditions(xml);
  expect(back.issues).toEqual([]);
  expect(back.editions[0]?.observations[0]?.provenance.sentence).toBe("]]> & <b>bold</b> 锌 😀 'x'");
  // Excel may hand the part back with another prefix, a declaration, CDATA or numeric entities
  const json = JSON.stringify(toDatasetFile([tricky]));
  expect(xmlToEditions(`<?xml version="1.0"?><s:smmDataset xmlns:s="${XML_NAMESPACE}"><![CDATA[${json}]]></s:smmDataset>`).editions).toHaveLength(1);
  expect(xmlToEditions(xml.replace(/&lt;/g, "&#60;").replace(/&amp;/g, "&#x26;")).editions[0]?.observations[0]?.provenance.sentence).toBe(
    "]]> & <b>bold</b> 锌 😀 'x'",
  );
});

test("a corrupt local cache loads what is valid, reports the rest, and the functions keep working", async () => {
  const storage = new MemoryStore();
  const good = JSON.parse(datasetJson(MAR)) as { editions: { observations: unknown[] }[] };
  good.editions[0]!.observations.push({ product: "Not A Slug!", period: "2025-3", value: "NaN" });
  storage.data.set(STORAGE_KEYS.imported, JSON.stringify(good));
  const rt = await started({ storage });
  expect(value(rt, "MOM", "copper-cathode", "2025-03")).toEqual({ ok: true, value: 0.061 });
  const st = rt.loadStatus().sources.imported;
  expect(st.issues.length).toBe(1);
  expect(st.message).toMatch(/problem/);

  const broken = new MemoryStore();
  broken.data.set(STORAGE_KEYS.imported, "{ this is not json");
  broken.data.set(STORAGE_KEYS.settings, "also not json");
  const rt2 = await started({ storage: broken });
  expect(rt2.loadStatus().phase).toBe("ready");
  expect(rt2.loadStatus().sources.imported.message).toMatch(/not valid JSON/);
  expect(value(rt2, "MOM", "nickel", "2025-02")).toEqual({ ok: true, value: -0.0569 });
});

test("a corrupt workbook part is reported, not fatal", async () => {
  const workbook = new MemoryWorkbook();
  workbook.xml = "<smmDataset xmlns='urn:other'>[1,2,3</smmDataset>";
  const rt = await started({ workbook });
  expect(rt.loadStatus().sources.imported.issues.length).toBeGreaterThan(0);
  expect(value(rt, "MOM", "nickel", "2025-02").ok).toBe(true);
  workbook.xml = "<somethingElse/>";
  const rt2 = await started({ workbook });
  expect(rt2.loadStatus().sources.imported.message).toMatch(/smmDataset/);
});

test("failing or hanging stores do not stop the load", async () => {
  const failing: KeyValueStore = {
    getItem: () => Promise.reject(new Error("storage exploded")),
    setItem: () => Promise.reject(new Error("quota exceeded")),
    removeItem: () => Promise.reject(new Error("nope")),
  };
  const hanging = { read: () => new Promise<string | null>(() => undefined), write: () => new Promise<void>(() => undefined) };
  const rt = await started({ storage: failing, workbook: hanging, storeTimeoutMs: 200 });
  expect(rt.loadStatus().phase).toBe("ready");
  expect(rt.loadStatus().sources.imported.message).toMatch(/did not answer/);
  expect(value(rt, "MOM", "nickel", "2025-02").ok).toBe(true);
  const rt1 = await started({ storage: failing, storeTimeoutMs: 200 });
  expect(rt1.loadStatus().phase).toBe("ready");
  expect(rt1.loadStatus().sources.imported.message).toMatch(/storage exploded/);
  expect(value(rt, "MOM", "nickel", "2025-02").ok).toBe(true);

  // a store that could not be read is not written over (it may hold imports we never saw)
  const rt2 = await started({ storage: failing });
  const res = await rt2.importEditions([MAR]);
  expect(res.cache).toMatchObject({ ok: false });
  expect(res.cache.message).toMatch(/could not be read/);
  expect(rt2.loadStatus().warnings.join(" ")).toMatch(/could not be read/);
  expect(value(rt2, "MOM", "copper-cathode", "2025-03")).toEqual({ ok: true, value: 0.061 }); // still in memory
  // a store that reads but cannot be written (a full quota): the write fails and says so
  const full: KeyValueStore = { getItem: async () => null, setItem: () => Promise.reject(new Error("quota exceeded")), removeItem: async () => undefined };
  const rt3 = await started({ storage: full });
  const res3 = await rt3.importEditions([MAR]);
  expect(res3.cache.message).toMatch(/quota exceeded/);
  expect(rt3.loadStatus().warnings.join(" ")).toMatch(/quota exceeded/);
});

test("outside Excel, editions too large for the local cache stay in memory, and the status says so", async () => {
  const storage = new MemoryStore();
  const rt = await started({ storage });
  const big = edition("2025-05", [
    {
      ...obs("2025-05", "refined-zinc", "2025-05", "mom", 0.02),
      provenance: { edition: "2025-05", section: "", sentence: "x".repeat(STORAGE_VALUE_LIMIT), start: 0, end: 1 },
    },
  ]);
  const res = await rt.importEditions([big]);
  expect(res.cache.ok).toBe(false);
  expect(res.cache.message).toMatch(/too large/);
  expect(value(rt, "MOM", "zinc", "2025-05")).toEqual({ ok: true, value: 0.02 });
  expect(storage.data.has(STORAGE_KEYS.imported)).toBe(false);
  expect(rt.loadStatus().warnings.join(" ")).toMatch(/too large/);
});

test("listeners hear about loading and changes", async () => {
  const rt = new SmmRuntime();
  const phases: string[] = [];
  rt.onChange((s) => phases.push(s.phase));
  await rt.start(deps({ storage: new MemoryStore() }));
  expect(phases).toContain("loading");
  expect(phases[phases.length - 1]).toBe("ready");
  const before = rt.loadStatus().version;
  await rt.importEditions([MAR]);
  expect(rt.loadStatus().version).toBeGreaterThan(before);
});

describe("the committed bundled dataset (data/bundled.json, from `npm run data`)", () => {
  const file = path.join(__dirname, "..", "..", "data", "bundled.json");
  (fs.existsSync(file) ? test : test.skip)("loads over HTTP without issues and answers", async () => {
    server.routes.set("/data/real-bundled.json", { body: fs.readFileSync(file, "utf8") });
    const rt = await started({ bundledUrl: server.url("/data/real-bundled.json") });
    const st = rt.loadStatus().sources.bundled;
    expect(st.state).toBe("ok");
    expect(st.issues).toEqual([]);
    expect(st.editions).toContain("2025-02");
    expect(value(rt, "MOM", "refined-nickel", "2025-02")).toEqual({ ok: true, value: -0.0569 });
  });
});
