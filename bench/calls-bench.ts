/**
 * Function-call figures: 100,000 mixed calls through the =SMM.* wrappers (src/functions, with a
 * stubbed CustomFunctions global, answering from the shared runtime) against the floor, the same
 * answers from a Map on pre-normalised keys; and the same mix on a 1-edition and a 120-edition
 * dataset (flatness).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { Dataset } from "../src/core/dataset";
import type { FunctionName } from "../src/core/query";
import { callFunction } from "../src/core/query";
import type { Edition } from "../src/core/types";
import { getRuntime, type SmmRuntime } from "../src/runtime/state";
import { makeCalls, type Call } from "./calls";
import { figure, median, now, type Figure } from "./figure";
import { CfError, installCustomFunctions, startRuntimeWith } from "./runtime-setup";

type Answer = number | string | unknown[][] | { error: string; message: string };
type Wrapper = (...args: unknown[]) => unknown;

export interface CallPath {
  label: string;
  call: (c: Call) => Answer;
}

/**
 * How the bench calls a function the way Excel's runtime does: the arguments spread from the call,
 * a promise or an error (returned or thrown) turned into an answer. The floor goes through the same
 * harness, so that the ratio compares the work done per call, not the cost of reaching the call.
 */
export function harness(fn: (c: Call) => unknown): (c: Call) => Answer {
  return (c) => {
    try {
      const v = fn(c);
      if (v instanceof Promise) return { error: "promise", message: "the wrapper returned a promise: data not loaded" };
      if (v instanceof CfError) return { error: v.code, message: v.message ?? "" };
      return v as Answer;
    } catch (e) {
      if (e instanceof CfError) return { error: e.code, message: e.message ?? "" };
      return { error: "exception", message: e instanceof Error ? e.message : String(e) };
    }
  };
}

/** The wrappers if src/functions exports them, else the core's callFunction (said so). */
export function callPath(): CallPath {
  const file = path.resolve(__dirname, "../src/functions/functions.ts");
  if (existsSync(file)) {
    installCustomFunctions();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const F = require("../src/functions/functions") as Record<string, unknown>;
    const missing = (["MOM", "YOY", "VALUE", "ACTUAL", "FORECAST"] as const).filter((n) => typeof F[n] !== "function");
    if (!missing.length) {
      const fns = F as unknown as Record<FunctionName, Wrapper>;
      return { label: "src/functions wrappers (stubbed CustomFunctions)", call: harness((c) => fns[c.fn](...c.args)) };
    }
  }
  return {
    label: "core callFunction (src/functions wrappers not ready)",
    call: (c) => {
      const r = callFunction(getRuntime().dataset, c.fn, c.args);
      return r.ok ? (r.value as Answer) : { error: r.error, message: r.message };
    },
  };
}

const isErr = (a: Answer): a is { error: string; message: string } => typeof a === "object" && a !== null && !Array.isArray(a) && "error" in a;

/** Checks the answers against what the mix expects; returns problem lines. */
function verify(calls: readonly Call[], answers: readonly Answer[], label: string): string[] {
  const problems: string[] = [];
  const seen = new Map<string, Answer>();
  let bad = 0;
  for (let i = 0; i < calls.length; i++) {
    const c = calls[i] as Call;
    const a = answers[i] as Answer;
    let ok: boolean;
    if (c.expect === "value") ok = typeof a === "number" && c.want !== undefined && Math.abs(a - c.want) <= 1e-9 * Math.max(1, Math.abs(c.want));
    else ok = isErr(a) && a.error === c.expect;
    const prev = seen.get(c.key);
    if (prev === undefined) seen.set(c.key, a);
    else if (!isErr(a) && !isErr(prev) && prev !== a) ok = false;
    if (!ok && bad++ < 5)
      problems.push(
        `${label}: SMM.${c.fn}(${c.args.map((x) => JSON.stringify(x) ?? "undefined").join(", ")}) gave ${JSON.stringify(a)}, expected ${c.expect}${c.want !== undefined ? ` ${c.want}` : ""}`,
      );
  }
  if (bad > 5) problems.push(`${label}: ... ${bad} of ${calls.length} calls gave an unexpected answer`);
  return problems;
}

interface Prepared {
  rt: SmmRuntime;
  /** The calls that answer (a figure or #N/A): the rows held to the floor. */
  calls: Call[];
  /** The calls ending in #VALUE! (most with a "did you mean"): a row of their own. */
  rejected: Call[];
  /** ns per #VALUE! call the first time the mix is called (every unknown string new). */
  rejectedFirstNs: number;
  keys: string[];
  floor: Map<string, Answer>;
  /** Cost by kind of answer, from the first (untimed-loop) pass. */
  kinds: string[];
  /** ns per call of the calls that answer a figure (first pass). */
  valueNs: number;
}

async function prepare(editions: readonly Edition[], n: number, cp: CallPath, label: string, problems: string[]): Promise<Prepared> {
  const rt = await startRuntimeWith(editions);
  // the mix is drawn from the same figures the runtime answers from
  const ds = new Dataset();
  for (const e of editions) ds.addEdition(e);
  const calls = makeCalls(ds, n);
  // first pass: the answers (for the floor and the checks), timed call by call by kind of answer
  const byKind = new Map<string, { n: number; ms: number }>();
  const answers = calls.map((c) => {
    const t = now();
    const a = cp.call(c);
    const d = now() - t;
    const k = c.expect === "#VALUE!" ? `#VALUE! (${c.key.split("|")[1] ?? "?"})` : c.expect;
    const e = byKind.get(k) ?? { n: 0, ms: 0 };
    e.n++;
    e.ms += d;
    byKind.set(k, e);
    return a;
  });
  problems.push(...verify(calls, answers, label));
  const floor = new Map<string, Answer>();
  calls.forEach((c, i) => floor.set(c.key, answers[i] as Answer));
  const answering = calls.filter((c) => c.expect !== "#VALUE!");
  const rejected = calls.filter((c) => c.expect === "#VALUE!");
  const rejectedMs = [...byKind].filter(([k]) => k.startsWith("#VALUE!")).reduce((a, [, v]) => a + v.ms, 0);
  const totalMs = [...byKind.values()].reduce((a, b) => a + b.ms, 0);
  const kinds = [...byKind].map(
    ([k, v]) => `${k}: ${v.n} calls, ${((v.ms * 1e6) / v.n).toFixed(0)} ns each (${((100 * v.ms) / totalMs).toFixed(0)}% of the time)`,
  );
  const v = byKind.get("value");
  return {
    rt,
    calls: answering,
    rejected,
    rejectedFirstNs: rejected.length ? (rejectedMs * 1e6) / rejected.length : NaN,
    keys: answering.map((c) => c.key),
    floor,
    kinds,
    valueNs: v ? (v.ms * 1e6) / v.n : NaN,
  };
}

const HOLDER = "__smmAddinRuntime";
function useRuntime(rt: SmmRuntime): boolean {
  (globalThis as Record<string, unknown>)[HOLDER] = rt;
  return getRuntime() === rt;
}

export async function benchCalls(
  one: readonly Edition[],
  all: readonly Edition[],
  log: (s: string) => void,
): Promise<{ figures: Figure[]; problems: string[]; label: string }> {
  const N = 100_000;
  const cp = callPath();
  const problems: string[] = [];
  log(`  calls through: ${cp.label}`);
  const small = await prepare(one, N, cp, `${one.length}-edition dataset`, problems);
  const big = await prepare(all, N, cp, `${all.length}-edition dataset`, problems);
  const swappable = useRuntime(small.rt) && useRuntime(big.rt);
  if (!swappable) problems.push("could not swap the shared runtime between datasets: flatness measured with the last runtime started only");

  let sink = 0;
  const runCalls = (p: Prepared, calls: readonly Call[] = p.calls): number => {
    const t = now();
    for (const c of calls) {
      const a = cp.call(c);
      sink += typeof a === "number" ? 1 : 2;
    }
    return now() - t;
  };
  /**
   * The floor: the same calls through the same harness (the call object reached, its arguments
   * spread, the answer checked), each answered by one Map.get on its pre-normalised key. A bare
   * loop of Map.get over a flat array of keys is reported beside it: it leaves out reaching the
   * call, which no implementation can.
   */
  const floorCall = (p: Prepared): ((c: Call) => Answer) => {
    const m = p.floor;
    const fn = (k: string, ..._args: unknown[]): Answer | undefined => m.get(k);
    return harness((c) => fn(c.key, ...c.args));
  };
  const runFloor = (p: Prepared): number => {
    const call = floorCall(p);
    const t = now();
    for (const c of p.calls) {
      const a = call(c);
      sink += typeof a === "number" ? 1 : 2;
    }
    return now() - t;
  };
  const BARE_REPEAT = 10; // the bare loop is ~10x faster: repeat it so that timer noise does not dominate
  const runBare = (p: Prepared): number => {
    const t = now();
    const m = p.floor;
    for (let r = 0; r < BARE_REPEAT; r++)
      for (const k of p.keys) {
        const a = m.get(k);
        sink += typeof a === "number" ? 1 : 2;
      }
    return (now() - t) / BARE_REPEAT;
  };
  /**
   * Answers may be memoised per dataset version (src/core/query.ts). "cold" is the first
   * calculation after a data change: the version is bumped before the round (no data changes, so
   * the index is not rebuilt and only the per-call work is timed); "warm" is a recalculation that
   * asks the same questions again.
   */
  const invalidate = (p: Prepared): void => {
    p.rt.dataset.version++;
  };
  const ROUNDS = 5; // (5 rounds: the median of 3 swung by 0.3x between runs on a loaded machine)
  const cold: number[] = [];
  const warm: number[] = [];
  const floor: number[] = [];
  const bare: number[] = [];
  const smallCold: number[] = [];
  const rejectedCold: number[] = [];
  // (prepare() ran every call once: that was the warm-up)
  runFloor(big);
  runBare(big);
  for (let r = 0; r < ROUNDS; r++) {
    if (swappable) {
      useRuntime(small.rt);
      invalidate(small);
      smallCold.push(runCalls(small));
      useRuntime(big.rt);
    }
    invalidate(big);
    rejectedCold.push(runCalls(big, big.rejected));
    invalidate(big);
    cold.push(runCalls(big));
    warm.push(runCalls(big));
    floor.push(runFloor(big));
    bare.push(runBare(big));
  }
  if (sink === 0) log("");
  const perCall = (ms: number, count = big.calls.length): number => (ms * 1e6) / count; // ns per call
  const floorNs = perCall(median(floor));
  const bareNs = perCall(median(bare));
  const n = big.calls.length.toLocaleString("en-US");
  const coldFig = figure(
    `calls: ${n} answering (of ${N.toLocaleString("en-US")} mixed), ${all.length} editions, first calculation (per call)`,
    "ns",
    perCall(median(cold)),
    floorNs,
    { of: "ratio", max: 5 },
    `${cp.label}; every answer computed (dataset version bumped before each round); floor: the same calls through the same harness, each answered by a Map.get on its pre-normalised key (same answers); a bare Map.get loop over a flat key array: ${bareNs.toFixed(0)} ns a call`,
  );
  const warmFig = figure(
    `calls: ${n} answering, ${all.length} editions, recalculation (per call)`,
    "ns",
    perCall(median(warm)),
    floorNs,
    { of: "ratio", max: 5 },
    `${cp.label}; the same calls again with the data unchanged (answers memoised per dataset version, if the core memoises)`,
  );
  const rejectedNs = perCall(median(rejectedCold), big.rejected.length);
  const rejectedFig = figure(
    `calls: ${big.rejected.length.toLocaleString("en-US")} ending in #VALUE! ("did you mean"), first calculation (per call)`,
    "ns",
    rejectedNs,
    null,
    { of: "value", max: 20_000 },
    `the same mix's bad arguments (unknown products, months, measures, bases), dataset version bumped before the round: each unknown string's suggestions are computed once (the catalog keeps them until a product is added). The first time each string is seen: ${(big.rejectedFirstNs / 1000).toFixed(1)} us per call`,
  );
  const figures: Figure[] = [coldFig, warmFig, rejectedFig];
  if (swappable) {
    figures.push(
      figure(
        `calls: flatness, ${all.length} editions vs ${one.length}, first calculation (per call)`,
        "ns",
        perCall(median(cold)),
        perCall(median(smallCold), small.calls.length),
        { of: "ratio", max: 1.5 },
        `the same mix drawn from each dataset's figures`,
      ),
    );
  }
  const mix = (p: Prepared): string => {
    const c = { value: 0, "#N/A": 0, "#VALUE!": 0 };
    for (const x of p.calls) c[x.expect]++;
    return `${c.value} figures, ${c["#N/A"]} #N/A, ${c["#VALUE!"]} #VALUE!`;
  };
  log(`  mix (${all.length} editions): ${mix(big)}`);
  log(`  by kind: ${big.kinds.join("; ")}`);
  log(`  by kind (${one.length} edition): ${small.kinds.join("; ")}`);
  coldFig.note += `. By kind of answer (first pass): ${big.kinds.join("; ")}. The figure-answering calls alone, timed one by one, are ${(big.valueNs / floorNs).toFixed(0)}x the floor`;
  return { figures, problems, label: cp.label };
}
