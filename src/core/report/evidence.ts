/**
 * Evidence on every figure: the grammar path that read it (its rule) and how sure the reading is.
 * Figures read with an inferred role are marked for review (the import preview lists them).
 */
import type { Evidence, ReviewReason } from "../types";
import type { Reading } from "./grammar";

export interface Context {
  /** The product was not named in the figure's subject (a section heading, a carried product). */
  distant: boolean;
  /** The section names another year; read as the edition month. */
  misdated: boolean;
  /** The month came from an earlier sentence. */
  carried: boolean;
  /** A status "as of early <next month>" read as the edition month's. */
  statusNext?: boolean;
}

/** Review reasons that lower the confidence (the rest are notes). */
const WEAK: ReadonlySet<ReviewReason> = new Set(["distant-subject", "inferred-basis", "inferred-unit", "misdated", "status-next-month"]);

export function evidenceOf(r: Reading, ctx: Context): Evidence {
  const review: ReviewReason[] = [];
  const m = r.measure;
  if (ctx.distant) review.push("distant-subject");
  if ((m === "mom" || m === "mom_chg" || m === "operating_rate_mom") && r.basis === null && !r.ytd) review.push("inferred-basis");
  if ((m === "mom" || m === "yoy" || m === "ytd_yoy") && r.figure.unitClass === "pp") review.push("inferred-unit");
  if ((m === "operating_rate_mom" || m === "operating_rate_yoy") && r.figure.unitClass === "pct") review.push("inferred-unit");
  if (ctx.misdated) review.push("misdated");
  if (ctx.carried) review.push("carried-month");
  if (ctx.statusNext) review.push("status-next-month");
  const rule = r.expectedLevel
    ? "expected-level"
    : `${r.metric ?? "production"}-${r.kind ?? "plain"}-${r.basis ?? "unmarked"}${r.segmentOverride !== undefined ? "-listed" : ""}${r.ytd ? "-cumulative" : ""}`;
  return {
    rule,
    confidence: review.some((x) => WEAK.has(x)) ? "low" : "high",
    ...(review.length ? { review } : {}),
    ...(r.roleRule ? { roleRule: r.roleRule } : {}),
    ...(r.basisRule ? { basisRule: r.basisRule } : {}),
  };
}

/**
 * Thousands of figures share a few dozen evidences: one frozen object per rule, confidence and
 * review reasons, kept in `cache` (the parser's output and the dataset loader both use it).
 */
export function shareEvidence(e: Evidence, cache: Map<string, Evidence>, limit = 10_000): Evidence {
  const k = `${e.rule}|${e.confidence}|${e.review?.join(",") ?? ""}|${e.roleRule ?? ""}|${e.basisRule ?? ""}`;
  const hit = cache.get(k);
  if (hit) return hit;
  const frozen = Object.freeze({ ...e, ...(e.review ? { review: Object.freeze([...e.review]) as ReviewReason[] } : {}) });
  if (cache.size < limit) cache.set(k, frozen);
  return frozen;
}
