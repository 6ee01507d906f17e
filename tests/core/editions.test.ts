/**
 * Generalisation check: our own fixture editions (tests/fixtures/editions and tests/fixtures/heldout, written in our own words,
 * phrased unlike the seed) scored through the core with their gold files. Each fixture is loaded
 * alone, as `smm eval --reports FILE` would. The floor below only ever goes up.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Dataset } from "../../src/core/dataset";
import { evaluateFormula } from "../../src/core/formula";
import { parseReport } from "../../src/core/report/parse";

const dirs = ["editions", "heldout", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10"].map((d) => path.resolve(__dirname, "../fixtures", d));
const fixtures = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => path.join(dir, f)));

interface Gold { f: string; v?: number | string; err?: string; tol?: number }

function score(full: string): { pass: number; total: number; headlinePass: number; headlineTotal: number; misses: string[] } {
  const file = path.basename(full);
  const text = readFileSync(full, "utf8");
  const ds = new Dataset();
  const r = parseReport(text, { fileName: file, catalog: ds.catalog });
  if (r.edition) ds.addEdition(r.edition);
  const gold: Gold[] = readFileSync(full.replace(/\.txt$/, ".jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Gold);
  let pass = 0;
  let headlinePass = 0;
  let headlineTotal = 0;
  const misses: string[] = [];
  for (const g of gold) {
    const a = evaluateFormula(ds, g.f);
    let ok: boolean;
    if (g.err) ok = !a.ok && a.error === g.err;
    else if (typeof g.v === "string") ok = a.ok && typeof a.value === "string" && a.value.toLowerCase() === g.v.toLowerCase();
    else ok = a.ok && typeof a.value === "number" && Math.abs(a.value - (g.v as number)) <= (g.tol ?? 1e-9) * Math.max(1, Math.abs(g.v as number));
    const headline = !g.err && !g.tol && !/^=SMM\.TREND/i.test(g.f) && !/\(\s*"[^"]*:[^"]*"/.test(g.f);
    if (headline) headlineTotal++;
    if (ok) {
      pass++;
      if (headline) headlinePass++;
    } else misses.push(`${file}: ${g.f} want ${g.err ?? JSON.stringify(g.v)} got ${a.ok ? JSON.stringify(a.value) : `${a.error} ${a.message}`}`);
  }
  return { pass, total: gold.length, headlinePass, headlineTotal, misses };
}

describe("fixture editions (generalisation)", () => {
  const results = fixtures.map((f) => ({ f: path.relative(path.resolve(__dirname, "../fixtures"), f), ...score(f) }));
  it.each(results.map((r) => [r.f, r] as const))("%s parses into a dataset that answers its gold file", (_f, r) => {
    expect(r.total).toBeGreaterThan(0);
    expect(r.pass / r.total).toBeGreaterThanOrEqual(0.3);
  });
  it("answers most headline figures across all fixtures", () => {
    const hp = results.reduce((n, r) => n + r.headlinePass, 0);
    const ht = results.reduce((n, r) => n + r.headlineTotal, 0);
    const all = results.reduce((n, r) => n + r.pass, 0);
    const tot = results.reduce((n, r) => n + r.total, 0);
    console.log(`fixtures: headline ${hp}/${ht} (${((100 * hp) / ht).toFixed(1)}%), all ${all}/${tot}\n` + results.flatMap((r) => r.misses).slice(0, 400).join("\n"));
    expect(hp / ht).toBeGreaterThanOrEqual(0.97);
  });
});
