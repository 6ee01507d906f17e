/**
 * Plausibility of a dataset's editions (dataset files, `smm build`, `eval --reports`, the team
 * source, the local cache, the workbook's part, imports): the same rules as the parser, applied to
 * data that did not come through it.
 *
 * - a value outside its measure's plausible range (`plausible.ts`: the contract's impossible
 *   figures, 1e308, a fall of 500%, an operating rate of 750%);
 * - a period outside what an edition can state: from 12 months before the edition (revisions) to
 *   2 months after it (the outlook, see the spec);
 * - ids and names of the wrong shape or length: a product id or a segment that is not a lowercase
 *   id, a section name that is huge, has no letter or digit, holds control characters or starts
 *   like a formula (`=HYPERLINK(...)`, `+`, `-`, `@`: a name ends up in cells through
 *   `SMM.PRODUCTS()` and linked tables).
 *
 * Each problem is an issue with a code (and a reason code); the figure, trend or section is left
 * out and everything else is kept. Pure: no Office, DOM or Node.
 */
import { DATASET_TEXT } from "./messages";
import { monthsBetween } from "./periods";
import { implausible } from "./plausible";
import type { Edition, Issue, Observation, TrendObservation } from "./types";

/** Months before / after the edition a figure may be about. */
export const PERIOD_WINDOW = { before: 12, after: 2 } as const;
/** Longest section name (a report heading), in characters. */
export const MAX_NAME = 120;
/** Longest product id (a heading in CJK becomes `u-9550-...`) and segment id, in characters. */
export const MAX_PRODUCT_ID = 400;
export const MAX_SEGMENT = 64;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/** What spreadsheet programs read as the start of a formula (or a DDE payload). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Why a section name is refused, or null. */
export function badName(name: string): string | null {
  if (name.length > MAX_NAME) return DATASET_TEXT.nameTooLong(name.length);
  if (CONTROL.test(name)) return DATASET_TEXT.nameControl;
  if (FORMULA_START.test(name.trim())) return DATASET_TEXT.nameFormula;
  if (!/[\p{L}\p{N}]/u.test(name)) return DATASET_TEXT.nameEmpty;
  return null;
}

/** Why a product id is refused, or null. */
export function badProductId(id: string): string | null {
  if (id.length > MAX_PRODUCT_ID || !ID.test(id)) return DATASET_TEXT.productId(id.length);
  return null;
}

/** Why a segment is refused, or null ("" is the product level). */
export function badSegment(seg: string): string | null {
  if (seg === "") return null;
  if (seg.length > MAX_SEGMENT || !ID.test(seg)) return DATASET_TEXT.segment(seg.length);
  return null;
}

/** Why a period is outside what the edition can state, or null. */
export function badPeriod(period: string, edition: string): string | null {
  let m: number;
  try {
    m = monthsBetween(edition, period);
  } catch {
    return DATASET_TEXT.period(period, edition);
  }
  return m < -PERIOD_WINDOW.before || m > PERIOD_WINDOW.after ? DATASET_TEXT.period(period, edition) : null;
}

/** A short, bounded label of a string for messages (a 1 MB name must not make a 1 MB message). */
export const clip = (s: string, n = 40): string => JSON.stringify(s.length > n ? `${s.slice(0, n)}...` : s);

const label = (x: { product: string; segment: string; period: string }): string =>
  `${clip(x.product + (x.segment ? `:${x.segment}` : ""))} ${clip(x.period, 10)}`;

/** The problem of one figure, as an issue (null when it is fine). */
export function checkObservation(o: Observation, edition: string, where: string): Issue | null {
  const id = badProductId(o.product);
  if (id) return { code: "bad-name", message: `${where} (${label(o)}): ${id}; left out` };
  const seg = badSegment(o.segment);
  if (seg) return { code: "bad-name", message: `${where} (${label(o)}): ${seg}; left out` };
  const per = badPeriod(o.period, edition);
  if (per) return { code: "implausible", reason: "other-time", message: `${where} (${label(o)} ${o.measure}): ${per}; left out` };
  const val = implausible(o.measure, o.value);
  if (val) return { code: "implausible", reason: "implausible", message: `${where} (${label(o)} ${o.measure} = ${o.value}): ${val}; left out` };
  return null;
}

export function checkTrend(t: TrendObservation, edition: string, where: string): Issue | null {
  const why = badProductId(t.product) ?? badSegment(t.segment);
  if (why) return { code: "bad-name", message: `${where} (${label(t)}): ${why}; left out` };
  const per = badPeriod(t.period, edition);
  if (per) return { code: "implausible", reason: "other-time", message: `${where} (${label(t)}): ${per}; left out` };
  return null;
}

/**
 * Where a left-out figure was read (its section and sentence, clipped), and for a figure its key
 * (product, segment, period, basis, measure) as the parser's own "implausible" issues have it, so
 * the import review can show the sentence and offer to set the figure.
 */
function where(x: unknown): Partial<Issue> {
  if (typeof x !== "object" || x === null || !("provenance" in x)) return {};
  const o = x as Observation;
  const p = o.provenance;
  const at: Partial<Issue> = {};
  if (typeof p?.section === "string" && p.section) at.section = p.section.slice(0, MAX_NAME);
  if (typeof p?.sentence === "string") at.sentence = p.sentence.slice(0, 5000);
  if (typeof p?.start === "number" && p.start >= 0 && typeof p.end === "number") Object.assign(at, { start: p.start, end: p.end });
  if ("measure" in o && badSegment(o.segment) === null && badProductId(o.product) === null) at.path = [o.product, o.segment, o.period, o.basis, o.measure];
  return at;
}

/**
 * The edition with every implausible figure, trend and section name left out, and one issue for
 * each. An edition with nothing wrong comes back as the same object.
 */
export function validateEdition(e: Edition): { edition: Edition; issues: Issue[] } {
  const issues: Issue[] = [];
  const keep = <T>(list: readonly T[], check: (x: T, i: number) => Issue | null): T[] => {
    const out: T[] = [];
    list.forEach((x, i) => {
      const is = check(x, i);
      if (is) issues.push({ ...is, ...where(x) });
      else out.push(x);
    });
    return out;
  };
  const sections = keep(e.sections, (s, i) => {
    const why = badName(s);
    return why ? { code: "bad-name", message: `edition ${e.id}, section ${i} ${clip(s)}: ${why}; left out` } : null;
  });
  const observations = keep(e.observations, (o, i) => checkObservation(o, e.id, `edition ${e.id}, figure ${i}`));
  const trends = keep(e.trends, (t, i) => checkTrend(t, e.id, `edition ${e.id}, trend ${i}`));
  const rejected = e.rejected ? keep(e.rejected, (o, i) => checkObservation(o, e.id, `edition ${e.id}, rejected figure ${i}`)) : undefined;
  if (!issues.length) return { edition: e, issues };
  const edition: Edition = { ...e, sections, observations, trends };
  if (rejected) {
    if (rejected.length) edition.rejected = rejected;
    else delete edition.rejected;
  }
  return { edition, issues };
}

/**
 * Editions of one file, one per id: a second edition with an id already seen is left out with a
 * "duplicate-edition" issue (it used to replace the first silently).
 */
export function dropDuplicateEditions(editions: readonly Edition[]): { editions: Edition[]; issues: Issue[] } {
  const seen = new Set<string>();
  const out: Edition[] = [];
  const issues: Issue[] = [];
  for (const e of editions) {
    if (seen.has(e.id)) {
      issues.push({ code: "duplicate-edition", message: DATASET_TEXT.duplicateEdition(e.id), path: ["editions", e.id] });
      continue;
    }
    seen.add(e.id);
    out.push(e);
  }
  return { editions: out, issues };
}
