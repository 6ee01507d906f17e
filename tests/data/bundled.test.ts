/**
 * The bundled history (data/bundled.json, built by `npm run data`): every figure has a source, no
 * report or item text is stored, the README's coverage block is current, and the goals of the
 * history (issue 13) are measured through the functions an analyst calls.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { coverageMarkdown, coverageOf, type ProductCoverage } from "../../src/core/coverage";
import { Dataset } from "../../src/core/dataset";
import { callFunction } from "../../src/core/query";
import { readDatasetFile } from "../../src/core/store";
import { defaultMonths } from "../../src/core/templates";
import { SHARED_DIR } from "../shared-dir";

const root = path.resolve(__dirname, "../..");
const text = readFileSync(path.join(root, "data/bundled.json"), "utf8");
const file = JSON.parse(text) as {
  editions: { id: string; source: string; observations: { provenance: { source: string; sentence: string; start: number } }[] }[];
};
const ds = new Dataset();
for (const e of readDatasetFile(text).editions) ds.addEdition(e, "bundled");

const SMM_ADDRESS = /^https:\/\/((test)?news\.metal\.com|(www\.)?metal\.com\/en)\/newscontent\/\d+/;

describe("data/bundled.json", () => {
  test("every figure names its source: an SMM address, or the report file it was read from", () => {
    const bad: string[] = [];
    let n = 0;
    for (const e of file.editions) {
      for (const o of e.observations) {
        n++;
        const src = o.provenance.source;
        const fromReport = /^smm-\d{4}-\d{2}\.txt$/.test(src) && o.provenance.start >= 0;
        // the shared CSV cites a few items by publisher, date and title where it has no address
        const cited = /^no-url: news\.metal\.com \d{4}-\d{2}-\d{2} '[^']+'$/.test(src);
        if (!SMM_ADDRESS.test(src) && !fromReport && !cited) bad.push(`${e.id}: ${src}`);
      }
    }
    expect(n).toBeGreaterThan(500);
    expect(bad).toEqual([]);
  });

  test("no report text is stored: report figures keep offsets, CSV figures a row and an address", () => {
    const bad: string[] = [];
    for (const e of file.editions) {
      for (const o of e.observations) {
        const s = o.provenance.sentence;
        const ok =
          /^\(report text not bundled: characters \d+-\d+ of the \d{4}-\d{2} edition\)$/.test(s) ||
          /^[\w.-]+ row \d+: (https:\/\/\S+|no-url: news\.metal\.com \d{4}-\d{2}-\d{2} '[^']+')$/.test(s);
        if (!ok) bad.push(s.slice(0, 80));
      }
    }
    expect(bad).toEqual([]);
  });

  test("no 40-character run of the seed report appears in the bundle", () => {
    const report = path.join(SHARED_DIR, "reports/smm-2025-02.txt");
    let seed: string;
    try {
      seed = readFileSync(report, "utf8");
    } catch {
      throw new Error(`the seed report is needed for this check: ${report}`);
    }
    const runs = new Set<string>();
    for (let i = 0; i + 40 <= seed.length; i += 20) {
      const run = seed.slice(i, i + 40);
      if (/[a-z]{4,}.*\s.*[a-z]{4,}/i.test(run)) runs.add(run);
    }
    expect(runs.size).toBeGreaterThan(1000);
    const found = [...runs].filter((r) => text.includes(r));
    expect(found).toEqual([]);
  });

  test("the README's coverage block is what `npm run coverage -- --write` generates", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    const before = JSON.parse(readFileSync(path.join(root, "data/coverage-before.json"), "utf8")) as ProductCoverage[];
    const block = /<!-- coverage:start -->\n([\s\S]*?)<!-- coverage:end -->/.exec(readme)?.[1];
    expect(block).toBe(coverageMarkdown(coverageOf(ds), before));
  });

  test("the forecast-versus-actual template opens on a month with forecast-and-actual pairs", () => {
    const cov = coverageOf(ds);
    const month = defaultMonths(ds).forecastMonth;
    expect(month).not.toBeNull();
    const pairs = cov.months.find((m) => m.period === month)?.pairs ?? 0;
    const best = Math.max(...cov.months.map((m) => m.pairs));
    expect(pairs).toBeGreaterThanOrEqual(Math.ceil(best / 2));
  });

  test("a figure two items of one edition state differently is #N/A with both sources", () => {
    const conflicts = readDatasetFile(text).editions.flatMap((e) => e.issues.filter((i) => i.code === "conflict"));
    for (const c of conflicts) {
      const [product, segment, period, basis, measure] = c.path as string[];
      const r = callFunction(ds, "VALUE", [segment ? `${product}:${segment}` : product, period, measure, basis]);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/different values/);
    }
    // ../shared/data/smm-figures.csv gives lithium carbonate's October 2024 forecast MoM as 1% and as 2%
    expect(conflicts.map((c) => (c.path as string[]).join("|"))).toContain("lithium-carbonate||2024-10|forecast|mom");
  });
});

describe("npm run data", () => {
  test("rebuilds data/bundled.json byte for byte from ../shared and data/figures (reproducible)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "smm-data-"));
    const out = path.join(dir, "bundled.json");
    const r = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", path.join(root, "scripts/build-data.ts"), "--out", out], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, SMM_SHARED: SHARED_DIR },
    });
    expect(r.status).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(text);
  }, 120_000);
});
