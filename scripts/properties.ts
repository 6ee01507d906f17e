/** Runs the property rewrites on a report and prints what breaks: npm run --silent properties -- FILE [--show N] */
import { readFileSync } from "node:fs";
import { parseReport } from "../src/core/report/parse";
import { runProperties } from "../tests/core/property/rewrites";

const file = process.argv[2] ?? "../shared/reports/smm-2025-02.txt";
const show = Number(process.argv[process.argv.indexOf("--show") + 1] || 40);
const text = readFileSync(file, "utf8");
const r = parseReport(text, { fileName: file });
if (!r.edition) throw new Error("no edition");
const edition = r.edition.id;
const t0 = Date.now();
const cases = runProperties(text, r.edition.observations, r.edition.sections, (t) => {
  const p = parseReport(t, { edition });
  return p.edition ? { observations: p.edition.observations, issues: p.issues } : null;
});
const byKind = new Map<string, { ok: number; n: number; stillRead: number }>();
for (const c of cases) {
  const k = byKind.get(c.kind) ?? { ok: 0, n: 0, stillRead: 0 };
  k.n++;
  if (c.ok) k.ok++;
  if (c.detail.startsWith("still read")) k.stillRead++;
  byKind.set(c.kind, k);
}
for (const [k, v] of byKind) console.log(`${k.padEnd(16)} ${v.ok}/${v.n} ok${v.stillRead ? `, ${v.stillRead} still read (WRONG)` : ""}`);
console.log(`${cases.filter((c) => c.ok).length}/${cases.length} cases ok in ${Date.now() - t0} ms`);
for (const c of cases.filter((x) => !x.ok).slice(0, show)) console.log(`- ${c.kind}: ${c.figure}\n    ${c.detail}\n    ${c.paragraph.slice(0, 300)}`);
