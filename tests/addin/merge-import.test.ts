/**
 * Importing never loses a figure: an import merges figure by figure over the bundled, team or
 * earlier imported copy of the edition; what is saved is only what was imported (kept figures are
 * recomputed from the layers below); removing the import brings back what it replaced; the pane's
 * path (prepareImport + the runtime) and `smm build` give the same dataset.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { bundledPath, cmdBuild, type Io } from "../../src/cli/commands";
import { figureKey } from "../../src/core/merge";
import { readDatasetFile } from "../../src/core/store";
import type { Edition } from "../../src/core/types";
import { MemoryStore, MemoryWorkbook, STORAGE_KEYS, xmlToEditions } from "../../src/runtime/persist";
import { SmmRuntime } from "../../src/runtime/state";
import { prepareImport } from "../../src/taskpane/actions/importReport";
import { datasetJson, edition, fakeFetch, FEB, JAN, obs } from "./fixtures";

const REPORT = path.join(__dirname, "..", "fixtures", "editions", "aluminium-2025-03.txt");
const BUNDLED_URL = "https://addin.test/data/bundled.json";

async function started(bundled: string, extra: { storage?: MemoryStore; workbook?: MemoryWorkbook } = {}): Promise<SmmRuntime> {
  const rt = new SmmRuntime();
  await rt.start({ fetch: fakeFetch({ [BUNDLED_URL]: bundled }), bundledUrl: BUNDLED_URL, timeoutMs: 2000, ...extra });
  return rt;
}

const figures = (e: Edition | undefined): Map<string, number> => new Map((e?.observations ?? []).map((o) => [figureKey(o), o.value] as const));

describe("runtime: an import merges over the edition the dataset holds", () => {
  const revisedNickel = edition("2025-02", [obs("2025-02", "refined-nickel", "2025-02", "mom", -0.06)], [], "nickel-note.txt");

  test("figures the new text does not restate are kept (marked), saved data holds only the import, removal restores", async () => {
    const storage = new MemoryStore();
    const workbook = new MemoryWorkbook();
    const rt = await started(datasetJson(JAN, FEB), { storage, workbook });
    const before = rt.dataset.getEdition("2025-02")?.observations.length ?? 0;
    expect(before).toBeGreaterThan(1);
    const res = await rt.importEditions([revisedNickel]);
    const d = res.diffs[0];
    expect(d?.revised.map((r) => [r.before.value, r.after.value])).toEqual([[-0.0569, -0.06]]);
    expect(d?.kept).toHaveLength(before - 1);
    expect(d?.removed).toEqual([]);
    const merged = rt.dataset.getEdition("2025-02");
    expect(merged?.origin).toBe("imported");
    expect(merged?.observations).toHaveLength(before);
    expect(rt.dataset.lookup("copper-cathode", "", "2025-02", "actual", "mom")).toMatchObject({ value: 0.0438, keptFrom: "bundled" });
    expect(rt.dataset.lookup("refined-nickel", "", "2025-02", "actual", "mom")?.value).toBe(-0.06);
    // saved: only what was imported
    await rt.idle();
    expect(xmlToEditions(workbook.xml ?? "").editions[0]?.observations).toHaveLength(1);
    expect(storage.data.has(STORAGE_KEYS.imported)).toBe(false); // the workbook's part is its only copy
    // a restart recomputes the kept figures from the bundled layer
    const again = await started(datasetJson(JAN, FEB), { storage, workbook });
    expect(again.dataset.getEdition("2025-02")?.observations).toHaveLength(before);
    // removing the import brings back the bundled edition whole
    await rt.removeImported("2025-02");
    expect(rt.dataset.getEdition("2025-02")?.origin).toBe("bundled");
    expect(figures(rt.dataset.getEdition("2025-02"))).toEqual(figures(FEB));
  });

  test("kept figures the user drops are left out, also after a restart; removal brings them back", async () => {
    const storage = new MemoryStore();
    const rt = await started(datasetJson(JAN, FEB), { storage });
    const copper = figureKey(obs("2025-02", "copper-cathode", "2025-02", "mom", 0));
    const res = await rt.importEditions([revisedNickel], { drop: { "2025-02": [copper] } });
    expect(res.diffs[0]?.removed.map((o) => o.product)).toEqual(["copper-cathode"]);
    expect(rt.dataset.lookup("copper-cathode", "", "2025-02", "actual", "mom")).toBeUndefined();
    const again = await started(datasetJson(JAN, FEB), { storage });
    expect(again.dataset.lookup("copper-cathode", "", "2025-02", "actual", "mom")).toBeUndefined();
    await rt.removeImported("2025-02");
    expect(rt.dataset.lookup("copper-cathode", "", "2025-02", "actual", "mom")?.value).toBe(0.0438);
  });

  test("a re-import merges over the earlier import: figures only the earlier import read stay", async () => {
    const rt = await started(datasetJson(JAN));
    await rt.importEditions([
      edition("2025-03", [obs("2025-03", "refined-zinc", "2025-03", "mom", 0.02), obs("2025-03", "refined-lead", "2025-03", "mom", 0.01)]),
    ]);
    const res = await rt.importEditions([edition("2025-03", [obs("2025-03", "refined-zinc", "2025-03", "mom", 0.025)])]);
    expect(res.diffs[0]).toMatchObject({ isNew: false, over: "imported" });
    expect(res.diffs[0]?.kept.map((o) => o.product)).toEqual(["refined-lead"]);
    expect(rt.dataset.lookup("refined-lead", "", "2025-03", "actual", "mom")?.value).toBe(0.01);
    expect(rt.dataset.lookup("refined-zinc", "", "2025-03", "actual", "mom")?.value).toBe(0.025);
  });
});

describe("the task pane's import and `smm build` give the same dataset", () => {
  test("bundled.json + the March aluminium report: same figures, same kept figures", async () => {
    // CLI
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "smm-merge-"));
    const out = path.join(dir, "merged.json");
    const io: Io = { out: () => undefined, err: () => undefined, readStdin: () => "" };
    expect(cmdBuild([bundledPath(), REPORT, "-o", out], io)).toBe(0);
    const cli = readDatasetFile(fs.readFileSync(out, "utf8")).editions.find((e) => e.id === "2025-03");
    // pane
    const rt = await started(fs.readFileSync(bundledPath(), "utf8"));
    const bundledMarch = figures(rt.dataset.getEdition("2025-03"));
    const prepared = prepareImport(rt.dataset, fs.readFileSync(REPORT, "utf8"), { name: path.basename(REPORT) });
    expect(prepared.preview.blocking).toBeNull();
    expect(prepared.preview.editions[0]?.diff?.kept.length).toBeGreaterThan(0);
    await rt.importEditions(prepared.editions);
    const pane = rt.dataset.getEdition("2025-03");
    expect(figures(cli)).toEqual(figures(pane));
    // every bundled March figure is still there (restated or kept)
    for (const k of bundledMarch.keys()) expect(figures(pane).has(k)).toBe(true);
    const keptKeys = (e: Edition | undefined) =>
      (e?.observations ?? [])
        .filter((o) => o.keptFrom)
        .map(figureKey)
        .sort();
    expect(keptKeys(cli)).toEqual(keptKeys(pane));
    expect(keptKeys(pane).length).toBeGreaterThan(10);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
