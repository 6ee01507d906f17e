/**
 * `npm run bench`: every performance figure of issue 6, each measured side by side with its
 * baseline in this one run (no timed tests). Prints a table (value, baseline, ratio, target,
 * whether it holds) and writes bench/results.json (git-ignored) so runs can be compared:
 * an array of {name, value, unit, baseline, ratio, target, holds[, note]}.
 *
 * SMM_BENCH_SKIP=size,recalc skips those figures (printed as not measured), for quick local runs.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Dataset } from "../src/core/dataset";
import { benchCalls, callPath } from "./calls-bench";
import { generateEditions, loadSeed } from "./editions";
import { notMeasured, now, type Figure } from "./figure";
import { benchMemory } from "./memory-bench";
import { benchParse } from "./parse-bench";
import { benchRecalc } from "./recalc-bench";
import { benchSize, buildProduction } from "./size-bench";
import { benchTemplates } from "./templates-bench";

const T0 = Number(process.hrtime.bigint()) / 1e6;
const log = (s: string): void => void process.stderr.write(`[${((Number(process.hrtime.bigint()) / 1e6 - T0) / 1000).toFixed(0).padStart(3)} s] ${s}\n`);
const skip = new Set(
  (process.env.SMM_BENCH_SKIP ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean),
);

function fmt(x: number | null): string {
  if (x === null) return "-";
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  return a >= 1000 ? x.toLocaleString("en-US", { maximumFractionDigits: 0 }) : a >= 100 ? x.toFixed(1) : a >= 1 ? x.toFixed(2) : x.toFixed(4);
}

export function table(figures: readonly Figure[]): string {
  const head = ["figure", "value", "baseline", "ratio", "target", "holds"];
  const rows = figures.map((f) => [
    f.name,
    f.value === null ? "not measured" : `${fmt(f.value)} ${f.unit}`,
    f.baseline === null ? "-" : `${fmt(f.baseline)} ${f.unit}`,
    f.ratio === null ? "-" : `${fmt(f.ratio)}x`,
    f.target,
    f.value === null ? "n/a" : f.holds ? "yes" : "NO",
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (c: string[]): string =>
    c
      .map((x, i) => (i >= 1 && i <= 3 ? x.padStart(w[i] ?? 0) : x.padEnd(w[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const out = [line(head), w.map((n) => "-".repeat(n)).join("  ")];
  for (const r of rows) out.push(line(r));
  const notes = figures.filter((f) => f.note).map((f, i) => `  [${i + 1}] ${f.name}: ${f.note}`);
  return out.join("\n") + (notes.length ? `\n\nnotes:\n${notes.join("\n")}` : "");
}

async function main(): Promise<void> {
  const t0 = now();
  const figures: Figure[] = [];
  const problems: string[] = [];
  const env = `node ${process.version}, ${process.platform}/${process.arch}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]?.toFixed(2)} at start`;
  log(env + (typeof (globalThis as { gc?: unknown }).gc === "function" ? ", --expose-gc" : ", no --expose-gc"));

  // ---- parse
  const seed = loadSeed();
  const generated = generateEditions(seed, 120);
  log(`parse: seed ${seed.origin}; ${generated.length} generated editions`);
  const parsed = benchParse(seed, generated, log);
  figures.push(...parsed.figures);
  problems.push(...parsed.problems);

  // ---- function calls
  log("calls:");
  const calls = await benchCalls([parsed.seedEdition], parsed.editions, log);
  figures.push(...calls.figures);
  problems.push(...calls.problems);

  const ds = new Dataset();
  for (const e of parsed.editions) ds.addEdition(e);

  // ---- worksheet recalculation
  if (skip.has("recalc")) figures.push(notMeasured("recalc: 10,000 =SMM.MOM cells (full recalc)", "ms", { of: "ratio", max: 1 }, "skipped (SMM_BENCH_SKIP)"));
  else {
    log("recalc:");
    // the runtime last started by benchCalls holds the 120 editions
    const r = benchRecalc(ds, callPath(), log);
    figures.push(...r.figures);
    problems.push(...r.problems);
  }

  // ---- templates
  log("templates:");
  figures.push(...(await benchTemplates(ds, log)));

  // ---- sizes
  if (skip.has("size")) figures.push(...benchSize(null, "skipped (SMM_BENCH_SKIP)"));
  else {
    log("size: webpack --mode production");
    const b = buildProduction(log);
    figures.push(...benchSize(b.out, b.why));
    b.out?.cleanup();
  }

  // ---- memory
  log("memory:");
  figures.push(...benchMemory(parsed.editions, parsed.heapParsedMb));

  const out = table(figures);
  process.stdout.write(
    `\n${env}, ${os.loadavg()[0]?.toFixed(2)} at the end (other processes on this machine slow both sides of a ratio alike, not absolute values)\n\n${out}\n`,
  );
  const held = figures.filter((f) => f.holds).length;
  const unmeasured = figures.filter((f) => f.value === null).length;
  process.stdout.write(
    `\n${held} of ${figures.length} figures hold; ${figures.length - held - unmeasured} do not; ${unmeasured} not measured. (${((now() - t0) / 1000).toFixed(0)} s)\n`,
  );
  if (problems.length) process.stdout.write(`\nproblems seen while measuring:\n${problems.map((p) => `  - ${p}`).join("\n")}\n`);
  const file = path.join(__dirname, "results.json");
  writeFileSync(file, JSON.stringify(figures, null, 2) + "\n");
  process.stdout.write(`\nwrote ${path.relative(process.cwd(), file)}\n`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
