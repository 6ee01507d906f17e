/**
 * Scores fixture batches (a .txt edition beside its .jsonl gold) through the core, as
 * `smm eval --reports FILE` would: headline, all, and WRONG numbers (a number where the gold has
 * another number or an error). Usage: npm run --silent score -- DIR... [--show N]
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { Dataset } from "../src/core/dataset";
import { evaluateFormula } from "../src/core/formula";
import { parseReport } from "../src/core/report/parse";

interface Gold { f: string; v?: number | string; err?: string; tol?: number }
const args = process.argv.slice(2);
const showAt = args.indexOf("--show");
const show = showAt >= 0 ? Number(args[showAt + 1]) : 30;
const dirs = args.filter((a, i) => !a.startsWith("--") && i !== showAt + 1);
const files = dirs.flatMap((d) => (statSync(d).isDirectory() ? readdirSync(d).filter((f) => f.endsWith(".txt")).map((f) => path.join(d, f)) : [d]));
let hp = 0, ht = 0, all = 0, tot = 0, wrong = 0, naPass = 0, naTot = 0;
const wrongs: string[] = [];
const misses: string[] = [];
for (const full of files) {
  const ds = new Dataset();
  const r = parseReport(readFileSync(full, "utf8"), { fileName: path.basename(full), catalog: ds.catalog });
  if (r.edition) ds.addEdition(r.edition);
  const gold = readFileSync(full.replace(/\.txt$/, ".jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Gold);
  for (const g of gold) {
    const a = evaluateFormula(ds, g.f);
    let ok: boolean;
    if (g.err) ok = !a.ok && a.error === g.err;
    else if (typeof g.v === "string") ok = a.ok && typeof a.value === "string" && a.value.toLowerCase() === g.v.toLowerCase();
    else ok = a.ok && typeof a.value === "number" && Math.abs(a.value - (g.v as number)) <= (g.tol ?? 1e-9) * Math.max(1, Math.abs(g.v as number));
    const headline = !g.err && !g.tol && !/^=SMM\.TREND/i.test(g.f) && !/\(\s*"[^"]*:[^"]*"/.test(g.f);
    tot++;
    if (headline) ht++;
    if (g.err) naTot++;
    if (ok) { all++; if (headline) hp++; if (g.err) naPass++; continue; }
    const got = a.ok ? JSON.stringify(a.value) : `${a.error} ${a.message}`;
    const line = `${path.basename(full)}: ${g.f} want ${g.err ?? JSON.stringify(g.v)} got ${got}`;
    if (a.ok && typeof a.value === "number" && (g.err || typeof g.v === "number")) { wrong++; wrongs.push(line); } else misses.push(line);
  }
}
console.log(`files ${files.length}: headline ${hp}/${ht} (${((100 * hp) / Math.max(1, ht)).toFixed(1)}%), all ${all}/${tot}, #N/A lines ${naPass}/${naTot}, WRONG numbers ${wrong}`);
for (const w of wrongs) console.log(`  WRONG ${w}`);
for (const m of misses.slice(0, show)) console.log(`  miss ${m}`);
