/**
 * Scoring a fixture edition (a report .txt beside its .jsonl gold) through the core, as
 * `smm eval --reports FILE` would. Used by tests/core/editions.test.ts and `npm run score`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Dataset } from "../../src/core/dataset";
import { evaluateFormula } from "../../src/core/formula";
import { parseReport } from "../../src/core/report/parse";

export interface Gold {
  f: string;
  v?: number | string;
  err?: string;
  tol?: number;
}

export interface Score {
  file: string;
  total: number;
  pass: number;
  headlineTotal: number;
  headlinePass: number;
  naTotal: number;
  naPass: number;
  /** A number where the gold has another number or an error: a failed release. */
  wrong: string[];
  misses: string[];
}

/** A headline line: a product-level number (no segment, no TREND, no tolerance, not an error). */
export const isHeadline = (g: Gold): boolean => !g.err && !g.tol && !/^=SMM\.TREND/i.test(g.f) && !/\(\s*"[^"]*:[^"]*"/.test(g.f);

export function scoreFixture(full: string): Score {
  const file = path.basename(full);
  const ds = new Dataset();
  const r = parseReport(readFileSync(full, "utf8"), { fileName: file, catalog: ds.catalog });
  if (r.edition) ds.addEdition(r.edition);
  const gold = readFileSync(full.replace(/\.txt$/, ".jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Gold);
  const s: Score = { file, total: gold.length, pass: 0, headlineTotal: 0, headlinePass: 0, naTotal: 0, naPass: 0, wrong: [], misses: [] };
  for (const g of gold) {
    const a = evaluateFormula(ds, g.f);
    let ok: boolean;
    if (g.err) ok = !a.ok && a.error === g.err;
    else if (typeof g.v === "string") ok = a.ok && typeof a.value === "string" && a.value.toLowerCase() === g.v.toLowerCase();
    else ok = a.ok && typeof a.value === "number" && Math.abs(a.value - (g.v as number)) <= (g.tol ?? 1e-9) * Math.max(1, Math.abs(g.v as number));
    const headline = isHeadline(g);
    if (headline) s.headlineTotal++;
    if (g.err) s.naTotal++;
    if (ok) {
      s.pass++;
      if (headline) s.headlinePass++;
      if (g.err) s.naPass++;
      continue;
    }
    const line = `${file}: ${g.f} want ${g.err ?? JSON.stringify(g.v)} got ${a.ok ? JSON.stringify(a.value) : `${a.error} ${a.message}`}`;
    if (a.ok && typeof a.value === "number" && (g.err || typeof g.v === "number")) s.wrong.push(line);
    else s.misses.push(line);
  }
  return s;
}
