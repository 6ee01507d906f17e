/**
 * Persistence hardening (issue 6): against the core (Dataset + store.ts) and the add-in's runtime
 * (src/runtime: local cache, workbook part, imports):
 * - an import interrupted midway leaves the previous dataset intact;
 * - a corrupted saved dataset loads what is valid and reports the rest;
 * - the same edition imported twice changes nothing;
 * - an older edition imported after a newer one does not override it.
 * "found by hardening" are repros of problems found here (reported, fixed): regression tests.
 */
import { Rng } from "../../bench/prng";
import { Dataset } from "../../src/core/dataset";
import { callFunction } from "../../src/core/query";
import { parseReport } from "../../src/core/report/parse";
import { readDatasetFile, serializeDataset, toDatasetFile } from "../../src/core/store";
import type { Basis, Edition, Measure, Observation } from "../../src/core/types";
import type { KeyValueStore } from "../../src/runtime/persist";
import { MemoryStore, MemoryWorkbook, STORAGE_KEYS, editionsToXml } from "../../src/runtime/persist";
import { SmmRuntime, type RuntimeDeps } from "../../src/runtime/state";
import { generateEditions, loadSeed } from "../../bench/editions";
import { edition, FailingStore, fakeFetch, mom, obs, startedRuntime } from "../addin/fixtures";

// ---------------------------------------------------------------------------------------- fixtures

/** Feb 2025 states Feb; Mar 2025 restates Feb (a revision) and states Mar. */
const FEB = edition("2025-02", [
  obs("2025-02", "copper-cathode", "2025-02", "mom", 0.0438),
  obs("2025-02", "refined-nickel", "2025-02", "mom", -0.0569),
  obs("2025-02", "copper-cathode", "2025-03", "mom", 0.05, "forecast"),
]);
const MAR = edition("2025-03", [obs("2025-03", "copper-cathode", "2025-02", "mom", 0.0441), obs("2025-03", "copper-cathode", "2025-03", "mom", 0.061)]);
const JAN = edition("2025-01", [
  obs("2025-01", "copper-cathode", "2025-01", "mom", -0.02),
  obs("2025-01", "copper-cathode", "2025-02", "mom", 0.03, "forecast"),
]);

/** A few real editions: generated from the seed (or a fixture) for 2024-12..2025-02. */
let REAL: Edition[] = [];
beforeAll(() => {
  const seed = loadSeed();
  REAL = generateEditions(seed, 3, 42).flatMap((t) => {
    const r = parseReport(t.text, { fileName: t.fileName, source: t.fileName });
    return r.edition ? [r.edition] : [];
  });
});

/** The real editions cut to their first 25 figures (the corruption tests parse thousands of copies). */
const small = (): Edition[] => REAL.map((e) => ({ ...e, observations: e.observations.slice(0, 25), trends: e.trends.slice(0, 5), issues: [] }));

/** Every winning figure of a dataset, as a sorted list (the observable state). */
function snapshot(ds: Dataset): string[] {
  return ds
    .allFigures()
    .map((o) => `${o.product}|${o.segment}|${o.period}|${o.basis}|${o.measure}=${o.value}@${o.provenance.edition}`)
    .sort();
}

const stripTimes = (json: string): string => json.replace(/"(?:importedAt|createdAt)":"[^"]*",?/g, "");

function datasetOf(eds: readonly Edition[]): Dataset {
  const ds = new Dataset();
  for (const e of eds) ds.addEdition(e);
  return ds;
}

// ------------------------------------------------------------------------------ core: Dataset + store

describe("core: an import interrupted midway leaves the previous dataset intact", () => {
  test("a dataset file cut off at any point adds nothing broken and leaves the loaded figures as they were", () => {
    const previous = datasetOf(REAL.slice(0, 2));
    const before = snapshot(previous);
    const json = JSON.stringify(toDatasetFile([...REAL.slice(2), MAR]));
    const rng = new Rng(3);
    for (let k = 0; k < 200; k++) {
      const cut = rng.int(0, json.length - 1);
      const r = readDatasetFile(json.slice(0, cut));
      // a truncated file is not valid JSON: nothing is read, and it says so
      expect(r.editions).toHaveLength(0);
      expect(r.issues.length).toBeGreaterThan(0);
      for (const e of r.editions) previous.addEdition(e);
      expect(snapshot(previous)).toEqual(before);
    }
  });

  test("an edition that fails to add leaves the dataset's figures as they were", () => {
    const ds = datasetOf([FEB]);
    const before = snapshot(ds);
    const broken = { ...MAR, observations: null } as unknown as Edition;
    expect(() => ds.addEdition(broken)).toThrow();
    expect(snapshot(ds)).toEqual(before);
  });
});

describe("core: a corrupted saved dataset loads what is valid and reports the rest", () => {
  const corruptions: ((o: Record<string, unknown>, rng: Rng) => void)[] = [
    (o) => delete o.product,
    (o) => (o.product = "Not A Slug!"),
    (o) => (o.period = "2025-13"),
    (o) => (o.basis = "maybe"),
    (o) => (o.measure = "vibes"),
    (o) => (o.value = "4.38"),
    (o) => (o.value = null),
    (o) => (o.value = 1e999), // JSON gives Infinity: must be rejected
    (o) => delete o.provenance,
    (o) => (o.provenance = "somewhere"),
    (o) => ((o.provenance as Record<string, unknown>).sentence = 42),
    (o) => (o.provenance = null),
  ];

  test("1,000 structurally corrupted files: valid rows kept, each bad row reported, never a throw", () => {
    const rng = new Rng(11);
    const failures: string[] = [];
    const eds = small();
    const base = toDatasetFile(eds);
    const total = eds.reduce((n, e) => n + e.observations.length, 0);
    for (let k = 0; k < 1000; k++) {
      const file = JSON.parse(JSON.stringify(base)) as { editions: { observations: Record<string, unknown>[] }[] };
      const hit = new Set<object>();
      for (let j = rng.int(1, 5); j > 0; j--) {
        const o = rng.pick(rng.pick(file.editions).observations);
        if (hit.has(o)) continue;
        rng.pick(corruptions)(o, rng);
        hit.add(o);
      }
      const damaged = hit.size;
      const text = JSON.stringify(file);
      const r = readDatasetFile(text);
      const kept = r.editions.reduce((n, e) => n + e.observations.length, 0);
      const reported = r.issues.filter((i) => i.code === "bad-row").length;
      const invalid = r.editions.flatMap((e) => e.observations).filter((o) => !Number.isFinite(o.value) || typeof o.provenance.sentence !== "string").length;
      if (kept !== total - damaged || reported !== damaged || invalid)
        failures.push(`#${k}: ${damaged} damaged, ${kept}/${total} kept, ${reported} reported, ${invalid} invalid kept`);
    }
    expect(failures).toEqual([]);
  });

  test("byte-level damage (flips, cuts, garbage) never throws: it reads the file or reports that it cannot", () => {
    const rng = new Rng(12);
    const failures: string[] = [];
    const json = JSON.stringify(toDatasetFile(small()));
    for (let k = 0; k < 300; k++) {
      const chars = json.split("");
      for (let j = rng.int(1, 10); j > 0; j--) chars[rng.int(0, chars.length - 1)] = String.fromCharCode(rng.int(0, 0x2ff));
      let r: ReturnType<typeof readDatasetFile> | undefined;
      try {
        r = readDatasetFile(chars.join(""));
      } catch (e) {
        failures.push(`#${k} threw ${String(e)}`);
        continue;
      }
      if (r.editions.length === 0 && r.issues.length === 0) failures.push(`#${k}: nothing read and nothing reported`);
      if (r.editions.some((e) => e.observations.some((o) => !Number.isFinite(o.value)))) failures.push(`#${k}: a non-finite value was kept`);
    }
    expect(failures).toEqual([]);
    for (const junk of ["", "null", "[]", "{}", '{"editions":{}}', '{"editions":[null,1,"x",{"id":"2025-02"}]}', "\u0000", "<xml/>"]) {
      expect(() => readDatasetFile(junk)).not.toThrow();
    }
  });
});

describe("core: the same edition imported twice changes nothing", () => {
  test("adding an edition again reports no change and leaves every figure and the saved file as they were", () => {
    const ds = datasetOf(REAL);
    const before = snapshot(ds);
    const saved = stripTimes(serializeDataset(ds));
    for (const e of REAL) {
      const d = ds.addEdition(JSON.parse(JSON.stringify(e)) as Edition);
      expect({ isNew: d.isNew, added: d.added.length, removed: d.removed.length, revised: d.revised.length }).toEqual({
        isNew: false,
        added: 0,
        removed: 0,
        revised: 0,
      });
    }
    expect(snapshot(ds)).toEqual(before);
    expect(stripTimes(serializeDataset(ds))).toEqual(saved);
  });

  test("the same report text parsed and imported twice changes nothing", () => {
    const seed = loadSeed();
    const ds = new Dataset();
    const first = parseReport(seed.text, { fileName: seed.fileName, catalog: ds.catalog }).edition;
    expect(first).not.toBeNull();
    if (!first) return;
    ds.addEdition(first);
    const before = snapshot(ds);
    const again = parseReport(seed.text, { fileName: seed.fileName, catalog: ds.catalog }).edition;
    if (!again) throw new Error("no edition the second time");
    const d = ds.addEdition(again);
    expect({ added: d.added.length, removed: d.removed.length }).toEqual({ added: 0, removed: 0 });
    expect(snapshot(ds)).toEqual(before);
  });
});

describe("core: an older edition imported after a newer one does not override it", () => {
  test("a revision in the newer edition wins whatever the import order", () => {
    for (const order of [
      [FEB, MAR],
      [MAR, FEB],
    ]) {
      const ds = datasetOf(order);
      expect(callFunction(ds, "MOM", ["copper-cathode", "2025-02"])).toEqual({ ok: true, value: 0.0441 });
      expect(ds.history("copper-cathode", "", "2025-02", "actual", "mom").map((o) => o.provenance.edition)).toEqual(["2025-03", "2025-02"]);
    }
  });

  test("import order never matters: every permutation of real editions gives the same figures", () => {
    const eds = [...REAL, MAR]; // distinct ids (an edition with the same id replaces by design)
    const reference = snapshot(datasetOf([...eds].sort((a, b) => (a.id < b.id ? -1 : 1))));
    const rng = new Rng(21);
    for (let k = 0; k < 20; k++) expect(snapshot(datasetOf(rng.shuffle([...eds])))).toEqual(reference);
    // and re-importing an old one at the end still changes nothing
    const ds = datasetOf(eds);
    ds.addEdition(JSON.parse(JSON.stringify(REAL[0])) as Edition);
    expect(snapshot(ds)).toEqual(reference);
  });
});

// --------------------------------------------------------------------------------- the runtime

const BUNDLED = "https://hardening.invalid/data/bundled.json";
const TEAM = "https://team.invalid/smm.json";

const started = (extra: Partial<RuntimeDeps> = {}, routes: Record<string, string> = { [BUNDLED]: JSON.stringify(toDatasetFile([JAN])) }): Promise<SmmRuntime> =>
  startedRuntime(BUNDLED, routes, extra);

describe("runtime: an import interrupted midway leaves the previous dataset intact", () => {
  test("a failed save keeps the previously saved editions readable; a restart loads them", async () => {
    const storage = new FailingStore();
    const workbook = new MemoryWorkbook();
    const rt = await started({ storage, workbook });
    await rt.importEditions([FEB]);
    storage.failing = true;
    workbook.write = async () => {
      throw new Error("the workbook is read-only");
    };
    const savedXml = workbook.xml;
    const res = await rt.importEditions([MAR]);
    expect(res.workbook.ok).toBe(false);
    expect(rt.loadStatus().warnings.join(" ")).toMatch(/read-only/i);
    // what was saved before is still there, whole
    expect(workbook.xml).toBe(savedXml);
    const again = await started({ storage, workbook: Object.assign(new MemoryWorkbook(), { xml: savedXml }) });
    expect(again.dataset.getEdition("2025-02")?.origin).toBe("imported");
    expect(mom(again, "copper-cathode", "2025-02")).toBe(0.0438);
    // outside Excel (the local cache is the only store): the same with a full quota
    const local = new FailingStore();
    const rt2 = await started({ storage: local });
    await rt2.importEditions([FEB]);
    const saved = local.data.get(STORAGE_KEYS.imported);
    local.failing = true;
    expect((await rt2.importEditions([MAR])).cache.ok).toBe(false);
    expect(rt2.loadStatus().warnings.join(" ")).toMatch(/quota/i);
    expect(local.data.get(STORAGE_KEYS.imported)).toBe(saved);
    expect(mom(await started({ storage: local }), "copper-cathode", "2025-02")).toBe(0.0438);
  });

  test("a save torn midway (half a file in the store) loses only that store's copy and says so", async () => {
    const storage = new MemoryStore();
    const rt = await started({ storage });
    await rt.importEditions([FEB, MAR]);
    const full = storage.data.get(STORAGE_KEYS.imported) ?? "";
    storage.data.set(STORAGE_KEYS.imported, full.slice(0, Math.floor(full.length / 2)));
    const again = await started({ storage });
    expect(again.loadStatus().phase).toBe("ready");
    expect(again.dataset.listEditions().map((e) => e.id)).toEqual(["2025-01"]); // the bundled layer
    expect(
      again
        .loadStatus()
        .sources.imported.issues.map((i) => i.message)
        .join(" "),
    ).toMatch(/JSON/);
    // a workbook part torn midway: the same
    const workbook = new MemoryWorkbook();
    const rt2 = await started({ storage: new MemoryStore(), workbook });
    await rt2.importEditions([FEB, MAR]);
    workbook.xml = (workbook.xml ?? "").slice(0, Math.floor((workbook.xml ?? "").length / 2));
    const again2 = await started({ storage: new MemoryStore(), workbook });
    expect(again2.loadStatus().phase).toBe("ready");
    expect(mom(again2, "copper-cathode", "2025-01")).toBe(-0.02);
    expect(
      again2
        .loadStatus()
        .sources.imported.issues.map((i) => i.message)
        .join(" "),
    ).toMatch(/smmDataset/);
  });
});

describe("runtime: a corrupted saved dataset loads what is valid and reports the rest", () => {
  test("bad rows in the local cache and the workbook part are skipped and reported; the rest answers", async () => {
    const file = toDatasetFile([FEB, MAR]) as unknown as { editions: { observations: Record<string, unknown>[] }[] };
    const damaged = JSON.parse(JSON.stringify(file)) as typeof file;
    const o0 = damaged.editions[0]?.observations[1];
    if (o0) o0.value = "lots";
    const storage = new MemoryStore();
    await storage.setItem(STORAGE_KEYS.imported, JSON.stringify(damaged));
    const rt = await started({ storage });
    expect(rt.loadStatus().phase).toBe("ready");
    expect(mom(rt, "copper-cathode", "2025-03")).toBe(0.061);
    expect(rt.loadStatus().sources.imported.issues.length).toBe(1);
    expect(rt.loadStatus().sources.imported.message).toMatch(/skipped|problem/);
    const workbook = new MemoryWorkbook();
    workbook.xml = editionsToXml([FEB]).replace("refined-nickel", "Refined Nickel!");
    const rt2 = await started({ storage, workbook });
    expect(rt2.loadStatus().phase).toBe("ready");
    expect(mom(rt2, "copper-cathode", "2025-02")).toBe(0.0438);
    expect(rt2.loadStatus().sources.imported.issues.length).toBe(1);
  });

  test("junk in every store (not JSON, not XML, wrong shapes) loads the bundled data and reports", async () => {
    for (const junk of ["", "{", "null", "[1,2]", '{"format":"smm-dataset","editions":"x"}', "\u0000\u0001", "<smmDataset>{</smmDataset>"]) {
      const storage = new MemoryStore();
      await storage.setItem(STORAGE_KEYS.imported, junk);
      await storage.setItem(STORAGE_KEYS.settings, junk);
      await storage.setItem(STORAGE_KEYS.teamCache, junk);
      const workbook = new MemoryWorkbook();
      workbook.xml = junk;
      const rt = await started({ storage, workbook });
      expect(rt.loadStatus().phase).toBe("ready");
      expect(mom(rt, "copper-cathode", "2025-01")).toBe(-0.02);
    }
  });

  test("a store that throws on every call does not stop the load", async () => {
    const broken: KeyValueStore = {
      getItem: async () => {
        throw new Error("storage unavailable");
      },
      setItem: async () => {
        throw new Error("storage unavailable");
      },
      removeItem: async () => {
        throw new Error("storage unavailable");
      },
    };
    const rt = await started({ storage: broken });
    expect(rt.loadStatus().phase).toBe("ready");
    expect(mom(rt, "copper-cathode", "2025-01")).toBe(-0.02);
    const res = await rt.importEditions([FEB]);
    expect(res.cache.ok).toBe(false);
    expect(mom(rt, "copper-cathode", "2025-02")).toBe(0.0438);
  });
});

describe("runtime: the same edition imported twice changes nothing", () => {
  test("a second import of the same editions reports no change and saves the same data", async () => {
    const storage = new MemoryStore();
    const workbook = new MemoryWorkbook();
    const rt = await started({ storage, workbook });
    await rt.importEditions([...REAL]);
    const before = snapshot(rt.dataset);
    const savedCache = stripTimes(storage.data.get(STORAGE_KEYS.imported) ?? "");
    const savedXml = (workbook.xml ?? "").replace(/savedAt="[^"]*"/, "").replace(/&quot;/g, '"');
    const res = await rt.importEditions(JSON.parse(JSON.stringify(REAL)) as Edition[]);
    for (const d of res.diffs) expect({ isNew: d.isNew, added: d.added.length, removed: d.removed.length }).toEqual({ isNew: false, added: 0, removed: 0 });
    expect(snapshot(rt.dataset)).toEqual(before);
    expect(stripTimes(storage.data.get(STORAGE_KEYS.imported) ?? "")).toEqual(savedCache);
    expect(stripTimes((workbook.xml ?? "").replace(/savedAt="[^"]*"/, "").replace(/&quot;/g, '"'))).toEqual(stripTimes(savedXml));
  });
});

describe("runtime: an older edition imported after a newer one does not override it", () => {
  test("importing February after March keeps March's revision of February", async () => {
    const rt = await started({ storage: new MemoryStore(), workbook: new MemoryWorkbook() });
    await rt.importEditions([MAR]);
    await rt.importEditions([FEB]);
    expect(mom(rt, "copper-cathode", "2025-02")).toBe(0.0441);
    // and after a restart from what was saved
  });

  test("an imported older edition does not override a newer bundled or team edition either", async () => {
    const rt = await started(
      { storage: new MemoryStore(), defaultTeamUrl: TEAM },
      { [BUNDLED]: JSON.stringify(toDatasetFile([JAN])), [TEAM]: JSON.stringify(toDatasetFile([MAR])) },
    );
    expect(mom(rt, "copper-cathode", "2025-03")).toBe(0.061);
    await rt.importEditions([FEB]);
    expect(mom(rt, "copper-cathode", "2025-02")).toBe(0.0441);
  });
});

// ------------------------------------------------------------------------------------------------
// Found by hardening: repros of problems found here (reported, fixed). Regression tests.

/** An edition whose section list holds a heading without letters or digits (a corrupt file, or a crafted team dataset). */
const NO_LETTERS: Edition = { ...edition("2025-04", [obs("2025-04", "copper-cathode", "2025-04", "mom", 0.01)]), sections: ["***"] };

describe("found by hardening (fixed): repros", () => {
  // dataset.ts diffEditions: for a figure an edition states twice (a "contradiction" issue), the
  // `after` side keeps the first statement (`seen`) but the `before` Map keeps the last, so
  // importing the very same edition again reports a revision (the task pane says "1 revised").
  test("core: re-importing an edition that states a figure twice reports no revision", () => {
    const twice = edition("2025-02", [obs("2025-02", "copper-cathode", "2025-02", "mom", 0.04), obs("2025-02", "copper-cathode", "2025-02", "mom", 0.05)]);
    const ds = datasetOf([twice]);
    const d = ds.addEdition(JSON.parse(JSON.stringify(twice)) as Edition);
    expect(d.revised).toEqual([]);
  });

  // store.ts readDatasetFile accepts any string in `sections`; Dataset.addEdition then calls
  // catalog.add(heading), which throws a RangeError for a heading with no letters or digits.
  // So a saved or fetched dataset with sections ["***"] is "valid" to the reader but breaks the add.
  test("core: every edition readDatasetFile accepts can be added to a Dataset", () => {
    const r = readDatasetFile(JSON.stringify(toDatasetFile([FEB, NO_LETTERS])));
    const ds = new Dataset();
    for (const e of r.editions) ds.addEdition(e);
    expect(ds.listEditions().map((e) => e.id)).toEqual(["2025-02", "2025-04"]);
  });

  // runtime/state.ts rebuild() clears the dataset, then re-adds every layer: the throw above
  // escapes load(), the status becomes "failed" and the layers after the bad edition are missing.
  test("runtime: a saved edition with a heading without letters does not stop the load", async () => {
    const storage = new MemoryStore();
    await storage.setItem(STORAGE_KEYS.imported, JSON.stringify(toDatasetFile([FEB, NO_LETTERS])));
    const rt = await started({ storage });
    expect(rt.loadStatus().phase).toBe("ready");
    expect(mom(rt, "copper-cathode", "2025-02")).toBe(0.0438);
  });

  // The same through the team source: one bad heading in the team's dataset JSON puts the add-in of
  // everyone on that team in "failed", and every later rebuild (imports included) throws again,
  // because the bad edition stays in the team layer.
  test("runtime: a team dataset with a heading without letters does not break imports", async () => {
    const rt = await started(
      { storage: new MemoryStore(), defaultTeamUrl: TEAM },
      { [BUNDLED]: JSON.stringify(toDatasetFile([JAN])), [TEAM]: JSON.stringify(toDatasetFile([NO_LETTERS])) },
    );
    const res = await rt.importEditions([FEB]);
    expect(res.cache.ok).toBe(true);
    expect(mom(rt, "copper-cathode", "2025-02")).toBe(0.0438);
  });

  // runtime importEditions: the edition goes into the imported layer before rebuild() throws, so the
  // failed import stays in memory and every later import / removal throws too.
  test("runtime: a failed import does not break the next ones", async () => {
    const rt = await started({ storage: new MemoryStore(), workbook: new MemoryWorkbook() });
    await rt.importEditions([FEB]).catch(() => undefined);
    await rt.importEditions([NO_LETTERS]).catch(() => undefined);
    await rt.importEditions([MAR]);
    expect(mom(rt, "copper-cathode", "2025-03")).toBe(0.061);
  });

  // dataset.ts orders statements by provenance.edition, and store.ts keeps a provenance.edition that
  // differs from its edition's id. A file whose 2024-01 edition claims provenance "2099-12" pins its
  // figures over every later edition (a revision that can never be revised).
  test("core: an edition cannot make its figures newer than it is through provenance.edition", () => {
    const old = edition("2024-01", [
      {
        ...obs("2024-01", "copper-cathode", "2025-02", "mom", 0.99),
        provenance: { edition: "2099-12", section: "x", sentence: "claims to be newer", start: 0, end: 1 },
      },
    ]);
    const r = readDatasetFile(JSON.stringify(toDatasetFile([old, FEB])));
    const ds = datasetOf(r.editions);
    expect(callFunction(ds, "MOM", ["copper-cathode", "2025-02"])).toEqual({ ok: true, value: 0.0438 });
  });
});
