/**
 * A fast first look at pasted text before the report parser reads it: does it look like an SMM
 * production report at all? Pure; a few regular expressions over the first 256 KB, so "hello world",
 * an e-mail or megabytes of random characters are refused in milliseconds with one clear reason,
 * while anything that talks about a product's output with a number passes (the parser decides the
 * rest).
 */
import { spokenNumbers } from "./report/text";

/** How much of the text is looked at (an SMM monthly report is about 70 KB). */
export const SCREEN_CHARS = 256 * 1024;

const PRODUCTION =
  /\b(?:output|production|produced|producing|operating rates?|capacity|smelters?|refiner(?:y|ies)|MoM|YoY|month[- ]on[- ]month|year[- ]on[- ]year)\b|产量|开工率|产能/i;
const FIGURE = /\d[\d,]*(?:\.\d+)?\s*(?:%|percent\b|percentage points?\b|pp\b|(?:million |thousand |10,000 )?(?:mt|tonnes?|tons?|t)\b|kt\b|GW\b|万吨|吨)/i;

const UNITS_ROW = /^[^\n]*(?:\t|\|)\s*(?:kt|mt|t|tonnes|%|pp|GW|10kt|wt)\s*(?:\t|\||$)/im;
/** A record's key that names its unit, with a number ("output_t": 248600, "mom_pct=6.83"). */
const UNIT_KEY = /\b[a-z]\w*_(?:t|kt|mt|pct|percent|pp)"?\s*[:=]\s*[+-]?\d/i;
/** A CSV export's header naming units in its field names ("product,month,output_t,mom_pct") over a row of numbers. */
const CSV_UNIT_HEADER = /^[^\n]*,[a-z]\w*_(?:t|kt|mt|pct|percent|pp)(?:,|$)[^\n]*\n[^\n]*,[+-]?\d/im;
const SHEET_NUMBER = /(?:\t|\|)\s*[+-]?\d[\d,]*(?:\.\d+)?\s*(?:\t|\||$)/m;
/** A unit in brackets under or in a column heading: "(mt)", "(KT)", "(%)". */
const UNIT_HEADING = /\(\s*(?:kt|mt|t|tonnes|%|pp|gw|10kt|wt)\s*\)/i;
/** A row of a table aligned with spaces: three numbers or more, two spaces or more apart. */
const SPACED_ROW = /^[^\n]*\d(?:[^\S\n]{2,}[+-]?\d[\d,]*(?:\.\d+)?){2,}/m;

const patterns = new WeakMap<readonly string[], RegExp>();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One regular expression for the names, whole words only for Latin names ("al" is not in "all"). */
function namesPattern(names: readonly string[]): RegExp {
  let re = patterns.get(names);
  if (!re) {
    const alts = [...new Set(names.filter((n) => n.length >= 2).map((n) => n.toLowerCase()))]
      .sort((a, b) => b.length - a.length)
      .map((n) => (/^[\x00-\x7f]+$/.test(n) ? `(?<![\\p{L}\\p{N}])${escape(n)}(?![\\p{L}\\p{N}])` : escape(n)));
    re = new RegExp(alts.join("|") || "(?!)", "iu");
    patterns.set(names, re);
  }
  return re;
}

export interface ScreenResult {
  ok: boolean;
  /** Why the text is not a report (when !ok): one sentence, no trailing period. */
  reason: string;
}

/**
 * `names`: product names and aliases (lower case) to look for; a report names at least one of its
 * products. Empty `names` skips that check.
 */
export function screenReport(text: string, names: readonly string[] = []): ScreenResult {
  const t = typeof text === "string" ? text.slice(0, SCREEN_CHARS) : "";
  if (!t.trim()) return { ok: false, reason: "the text is empty" };
  // eslint-disable-next-line no-control-regex
  const controls = (t.match(/[\x00-\x08\x0e-\x1f\ufffd]/g) ?? []).length;
  if (controls > 16 && controls > t.length / 100) return { ok: false, reason: "it is binary data, not text" };
  const letters = (t.match(/\p{L}/gu) ?? []).length;
  if (letters < 20) return { ok: false, reason: "it has almost no words" };
  // (a record whose keys name the units, "output_t": 248600)
  // (a sheet pasted with its units in a row of their own: "\tunits\tkt\t%" over rows of bare numbers)
  // (or units in brackets in a heading, "(KT)", over rows of numbers aligned with tabs or spaces)
  // (a transcript's figures may be spelled out: "five hundred and twenty thousand tonnes", read as the parser reads them;
  // looked for last, the slowest look)
  const hasFigure =
    FIGURE.test(t) ||
    UNIT_KEY.test(t) ||
    CSV_UNIT_HEADER.test(t) ||
    ((UNITS_ROW.test(t) || UNIT_HEADING.test(t)) && (SHEET_NUMBER.test(t) || SPACED_ROW.test(t))) ||
    FIGURE.test(spokenNumbers(t));
  const hasProduction = PRODUCTION.test(t);
  const hasProduct = !names.length || namesPattern(names).test(t);
  if (hasFigure && hasProduction && hasProduct) return { ok: true, reason: "" };
  const missing = [
    !hasProduct ? "names no metal product" : "",
    !hasProduction ? "says nothing about output, production or operating rates" : "",
    !hasFigure ? "has no figure in %, mt or tonnes" : "",
  ].filter(Boolean);
  return { ok: false, reason: `it ${missing.length > 1 ? `${missing.slice(0, -1).join(", ")} and ${missing[missing.length - 1]}` : missing[0]}` };
}
