/**
 * Scores fixture batches (a .txt edition beside its .jsonl gold) through the core, as
 * `smm eval --reports FILE` would: headline, all, and WRONG numbers (a number where the gold has
 * another number or an error). Usage: npm run --silent score -- DIR|FILE... [--show N] [--per-file]
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { scoreFixture } from "../tests/core/gold";

const args = process.argv.slice(2);
const showAt = args.indexOf("--show");
const show = showAt >= 0 ? Number(args[showAt + 1]) : 30;
const dirs = args.filter((a, i) => !a.startsWith("--") && (showAt < 0 || i !== showAt + 1));
const files = dirs.flatMap((d) =>
  statSync(d).isDirectory()
    ? readdirSync(d)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => path.join(d, f))
    : [d],
);
const scores = files.map(scoreFixture);
const sum = (k: "pass" | "total" | "headlinePass" | "headlineTotal" | "naPass" | "naTotal"): number => scores.reduce((n, s) => n + s[k], 0);
const wrong = scores.flatMap((s) => s.wrong);
const ht = sum("headlineTotal");
console.log(
  `files ${files.length}: headline ${sum("headlinePass")}/${ht} (${((100 * sum("headlinePass")) / Math.max(1, ht)).toFixed(1)}%), all ${sum("pass")}/${sum("total")}, #N/A lines ${sum("naPass")}/${sum("naTotal")}, WRONG numbers ${wrong.length}`,
);
if (args.includes("--per-file"))
  scores.forEach((s, i) =>
    console.log(`  ${path.basename(files[i] ?? "")}: headline ${s.headlinePass}/${s.headlineTotal}, all ${s.pass}/${s.total}, WRONG ${s.wrong.length}`),
  );
for (const w of wrong) console.log(`  WRONG ${w}`);
for (const m of scores.flatMap((s) => s.misses).slice(0, show)) console.log(`  miss ${m}`);
