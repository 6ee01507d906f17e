/**
 * One benchmark figure (a row of the printed table and an object of bench/results.json), and the
 * timing helpers every figure uses: measured value and baseline are taken side by side in the same
 * run, interleaved round by round, and compared by their medians.
 */

export interface Target {
  /** What is compared with the limit: the ratio to the baseline, or the value itself. */
  of: "ratio" | "value";
  max: number;
}

export interface Figure {
  name: string;
  /** null when not measured. */
  value: number | null;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  target: string;
  holds: boolean;
  /** What was measured exactly, or why it was not. */
  note?: string;
}

const fmtTarget = (t: Target, unit: string): string => (t.of === "ratio" ? `ratio <= ${t.max}` : `<= ${t.max} ${unit}`);

export function figure(name: string, unit: string, value: number, baseline: number | null, target: Target, note?: string): Figure {
  const ratio = baseline !== null && baseline > 0 ? value / baseline : null;
  const compared = target.of === "ratio" ? ratio : value;
  const f: Figure = {
    name,
    value: round(value),
    unit,
    baseline: baseline === null ? null : round(baseline),
    ratio: ratio === null ? null : round(ratio),
    target: fmtTarget(target, unit),
    holds: compared !== null && Number.isFinite(compared) && compared <= target.max,
  };
  if (note) f.note = note;
  return f;
}

export function notMeasured(name: string, unit: string, target: Target, why: string): Figure {
  return { name, value: null, unit, baseline: null, ratio: null, target: fmtTarget(target, unit), holds: false, note: `not measured: ${why}` };
}

export function round(x: number): number {
  if (!Number.isFinite(x)) return x;
  const a = Math.abs(x);
  const digits = a >= 100 ? 1 : a >= 1 ? 3 : 5;
  return Number(x.toFixed(digits));
}

/** Milliseconds since an arbitrary origin (monotonic, sub-microsecond). */
export const now = (): number => Number(process.hrtime.bigint()) / 1e6;

export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Time of one call of fn, in ms. */
export function time(fn: () => unknown): number {
  const t = now();
  fn();
  return now() - t;
}

/**
 * Runs `measured` and `baseline` alternately for `rounds` rounds (after `warmup` untimed rounds of
 * each) and returns the median time of each, in ms per call of the function given.
 */
export function sideBySide(measured: () => unknown, baseline: () => unknown, rounds: number, warmup = 1): { value: number; baseline: number } {
  for (let i = 0; i < warmup; i++) {
    measured();
    baseline();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // alternate which goes first so that GC debt and CPU frequency drift hit both alike
    if (i % 2 === 0) {
      a.push(time(measured));
      b.push(time(baseline));
    } else {
      b.push(time(baseline));
      a.push(time(measured));
    }
  }
  return { value: median(a), baseline: median(b) };
}

/** Forces a full GC when node runs with --expose-gc; false otherwise. */
export function gc(): boolean {
  const g = (globalThis as { gc?: () => void }).gc;
  if (typeof g !== "function") return false;
  g();
  g();
  return true;
}
