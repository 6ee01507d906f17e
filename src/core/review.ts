/**
 * Review: the analyst decides what the parser was unsure of (pure).
 *
 * Review items of a parsed edition are
 * - figures read with weak evidence (`evidence.confidence === "low"`: a distant subject, an inferred
 *   basis or unit, a misdated section; notes such as a carried month alone do not make a figure uncertain);
 * - the parser's "unused-number" (an unread number), "conflict" and "implausible" issues.
 * A decision accepts, corrects (value, measure, product/segment, period, basis) or rejects a
 * figure, or assigns an unread number to a product and measure. `applyReview` returns the edition
 * with the decisions applied as data (`Observation.correction`, `Edition.rejected`), which is what
 * is saved, shown by Trace and SMM.INFO, and carried over on re-import (see merge.ts).
 */
import { conflictsOf, figureKey, issueFigure, sameSentence } from "./merge";
import { REVIEW_TEXT } from "./messages";
import type { Edition, Issue, Measure, Observation, Unit } from "./types";

export type ReviewItem =
  | { id: string; kind: "figure"; figure: Observation; reasons: string[] }
  | { id: string; kind: "issue"; issue: Issue; reasons: string[]; /** An unread number: it can be assigned. */ assignable: boolean };

export const REVIEW_ISSUE_CODES: readonly string[] = ["unused-number", "conflict", "implausible"];

export const isUncertain = (o: Observation): boolean => !o.correction && o.evidence?.confidence === "low";

/**
 * What the parser was unsure of, in text order (figures first, then issues). A figure the text
 * states twice with different values is one item: its first statement (the one that counts), to
 * accept or correct.
 */
export function reviewItems(edition: Edition): ReviewItem[] {
  const out: ReviewItem[] = [];
  const conflicts = conflictsOf(edition).filter((c) => c.figures.length > 1);
  const conflictSentences = conflicts.flatMap((c) => c.figures.map((o) => o.provenance.sentence));
  edition.observations.forEach((o, i) => {
    const conflict = conflicts.find((c) => c.figures[0] === o);
    if (!isUncertain(o) && !(conflict && !o.correction)) return;
    const reasons = (o.correction ? [] : (o.evidence?.review ?? [])).map((r) => REVIEW_TEXT[r] ?? r);
    if (!o.correction && o.evidence?.confidence === "low" && !reasons.length) reasons.push(`read with weak evidence (rule ${o.evidence.rule})`);
    if (conflict) {
      const quoted = conflict.figures.map(
        (x) => "\u201C" + (x.provenance.sentence.length > 80 ? x.provenance.sentence.slice(0, 77) + "..." : x.provenance.sentence) + "\u201D",
      );
      reasons.push(`the text states it ${conflict.figures.length} times with different values (${quoted.join(" and ")})`);
    }
    out.push({ id: `f${i}`, kind: "figure", figure: o, reasons });
  });
  edition.issues.forEach((is, i) => {
    if (!REVIEW_ISSUE_CODES.includes(is.code) && is.code !== "contradiction") return;
    if ((is.code === "conflict" || is.code === "contradiction") && conflictSentences.some((s) => sameSentence(s, is.sentence))) return; // listed with its figure
    const f = issueFigure(is);
    if (is.code !== "unused-number" && f && edition.observations.some((o) => o.correction && figureKey(o) === figureKey(f))) return; // resolved by the user
    out.push({ id: `i${i}`, kind: "issue", issue: is, reasons: [is.message], assignable: !!is.sentence && (is.code === "unused-number" || f !== null) });
  });
  return out;
}

/** The fields a correction or assignment sets. */
export type FigureFields = Pick<Observation, "product" | "segment" | "period" | "basis" | "measure" | "value">;

export type ReviewDecision =
  | { item: string; action: "accept" }
  | { item: string; action: "reject" }
  | { item: string; action: "correct"; to: FigureFields }
  | { item: string; action: "assign"; to: FigureFields };

const PCT_MEASURES: readonly Measure[] = ["mom", "yoy", "ytd_yoy", "operating_rate"];
const PP_MEASURES: readonly Measure[] = ["operating_rate_mom", "operating_rate_yoy"];
const unitOf = (m: Measure): Unit =>
  PCT_MEASURES.includes(m) ? "%" : PP_MEASURES.includes(m) ? "pp" : m === "capacity" || m === "operating_capacity" ? "mt/year" : "mt";

/**
 * A number as printed ("4.38%", "-2.5 percentage points", "44,400 mt", "45.81 million mt/year")
 * -> the stored value (fractions for % and pp, tonnes). null when it is not a number.
 */
export function readNumberText(raw: string): { value: number; unit: Unit } | null {
  const m =
    /([-+\u2212]?)\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(%|percentage points?|percent|pp|(?:(million|thousand|mn)\s+)?(?:mt|tonnes?|tons?|t)\b(?:\/year)?)?/i.exec(
      raw,
    );
  if (!m) return null;
  let v = Number(`${(m[2] ?? "0").replace(/,/g, "")}${m[3] ?? ""}`);
  if (!Number.isFinite(v)) return null;
  if (m[1] === "-" || m[1] === "\u2212") v = -v;
  const u = (m[4] ?? "").toLowerCase();
  if (u === "%" || u === "percent") return { value: Number((v / 100).toPrecision(12)), unit: "%" };
  if (u.startsWith("percentage") || u === "pp") return { value: Number((v / 100).toPrecision(12)), unit: "pp" };
  const scale = m[5] ? (/^(million|mn)$/i.test(m[5]) ? 1e6 : 1e3) : 1;
  if (u) return { value: Number((v * scale).toPrecision(12)), unit: /\/year/i.test(u) ? "mt/year" : "mt" };
  return { value: v, unit: "" };
}

const withFields = (o: Observation, to: FigureFields): Observation => ({
  ...o,
  product: to.product,
  segment: to.segment,
  period: to.period,
  basis: to.basis,
  measure: to.measure,
  value: to.value,
  unit: to.measure === o.measure ? o.unit : unitOf(to.measure),
  direction: to.value > 0 ? "up" : to.value < 0 ? "down" : "flat",
});

const sameFields = (o: Observation, to: FigureFields): boolean => figureKey(o) === figureKey(to) && o.value === to.value;

/**
 * The edition with the decisions applied (decisions on unknown items are ignored). `at` is the
 * ISO time of the decisions.
 */
export function applyReview(edition: Edition, decisions: readonly ReviewDecision[], at: string): Edition {
  if (!decisions.length) return edition;
  const byItem = new Map(decisions.map((d) => [d.item, d] as const));
  const observations: Observation[] = [];
  const rejected: Observation[] = [...(edition.rejected ?? [])];
  edition.observations.forEach((o, i) => {
    const d = byItem.get(`f${i}`);
    if (!d) return void observations.push(o);
    if (d.action === "reject") return void rejected.push({ ...o, correction: { kind: "rejected", at } });
    if (d.action === "correct" && !sameFields(o, d.to)) {
      return void observations.push({
        ...withFields(o, d.to),
        correction: {
          kind: "corrected",
          at,
          original: { product: o.product, segment: o.segment, period: o.period, measure: o.measure, basis: o.basis, value: o.value },
        },
      });
    }
    observations.push({ ...o, correction: { kind: "accepted", at } });
  });
  edition.issues.forEach((is, i) => {
    const d = byItem.get(`i${i}`);
    if (!d || d.action !== "assign" || !is.sentence) return;
    const base: Observation = {
      product: d.to.product,
      segment: d.to.segment,
      period: d.to.period,
      basis: d.to.basis,
      measure: d.to.measure,
      value: d.to.value,
      unit: unitOf(d.to.measure),
      hedge: "exact",
      direction: "flat",
      magnitude: "none",
      provenance: { edition: edition.id, section: is.section ?? "", sentence: is.sentence, start: is.start ?? -1, end: is.end ?? -1, source: edition.source },
    };
    // a conflicting or implausible figure given its value is a correction; an unread number, an assignment
    observations.push({ ...withFields(base, d.to), correction: { kind: is.code === "unused-number" ? "assigned" : "corrected", at } });
  });
  const out: Edition = { ...edition, observations };
  if (rejected.length) out.rejected = rejected;
  return out;
}

/** "corrected by the user on 2025-04-02 (the parser read mom 0.5 for refined-zinc)" and the like; "" for none. */
export function describeCorrection(o: Observation): string {
  const c = o.correction;
  if (!c) return "";
  const day = c.at.slice(0, 10) || "an unknown date";
  if (c.kind === "accepted") return `accepted by the user on ${day}`;
  if (c.kind === "assigned") return `assigned by the user on ${day} (a number the parser did not read)`;
  if (c.kind === "rejected") return `rejected by the user on ${day}`;
  const was = c.original;
  if (!was) return `corrected by the user on ${day}`;
  const changes: string[] = [];
  if (was.value !== o.value) changes.push(`value ${was.value}`);
  if (was.measure !== o.measure) changes.push(`measure ${was.measure}`);
  if (was.product !== o.product || was.segment !== o.segment) changes.push(`product ${was.product}${was.segment ? `:${was.segment}` : ""}`);
  if (was.period !== o.period) changes.push(`period ${was.period}`);
  if (was.basis !== o.basis) changes.push(`basis ${was.basis}`);
  return `corrected by the user on ${day}${changes.length ? ` (the parser read ${changes.join(", ")})` : ""}`;
}
