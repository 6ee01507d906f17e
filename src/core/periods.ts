/**
 * Periods: the month a figure describes, always stored as "YYYY-MM".
 *
 * Small pure functions in the style of date-fns. `parsePeriod` is the only forgiving one: it
 * reads what users type or what Excel passes (text, date serials, Date objects) and returns a
 * Result. The other functions take canonical "YYYY-MM" strings and throw a RangeError when given
 * something else: a malformed period there is a programming error, not user input.
 *
 * Decisions (see the tests for the full table):
 * - Two-digit years ("Feb-25", "02/25") are rejected: "25" could be a year or a day.
 * - A number is an Excel date serial (1 <= serial < 2958466, the fractional part is the time of
 *   day and is ignored, the 1900 leap-year bug is honoured). Exception: an integer 190001..999912
 *   whose last two digits are a month is read as YYYYMM (202502 -> "2025-02"), because as a serial
 *   it would be a date in the 25th-28th century, which nobody means; an integer in 190001..999999
 *   with a bad month (202513) is rejected rather than read as a serial.
 * - A numeric string is read by its digit count: 5 digits (optionally with a fraction) is a date
 *   serial ("45699" -> "2025-02"), 6 digits is YYYYMM, 8 digits is YYYYMMDD; a 4-digit year alone
 *   is rejected (a year is not a month). Other lengths are rejected.
 * - d/m/yyyy vs m/d/yyyy: accepted only when unambiguous (one part > 12, or both parts equal);
 *   "02/11/2025" is rejected with a hint to write 2025-02.
 * - A JS Date is read in local time (what the user sees), like date-fns.
 * - Years outside 1900..9999 are rejected (Excel's date range).
 */

import { Result, success, failure } from "./result";

const PERIOD_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Smallest and largest year accepted from user input (Excel's date range). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;
/** First serial that is not a valid Excel date (10000-01-01). */
export const EXCEL_SERIAL_LIMIT = 2958466;

/** English month names, January first: the one list (parsing, labels, noise words). */
export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

const MONTH_WORDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  MONTH_NAMES.forEach((name, i) => {
    const lower = name.toLowerCase();
    m.set(lower, i + 1);
    m.set(lower.slice(0, 3), i + 1);
  });
  m.set("sept", 9);
  const cjk = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
  cjk.forEach((w, i) => {
    m.set(`${w}月`, i + 1);
    m.set(`${i + 1}月`, i + 1);
    m.set(`${String(i + 1).padStart(2, "0")}月`, i + 1);
  });
  return m;
})();

const pad2 = (n: number): string => String(n).padStart(2, "0");
const pad4 = (n: number): string => String(n).padStart(4, "0");

/**
 * Builds "YYYY-MM" from a year and a month (1..12). No validation beyond formatting.
 *
 * @example
 * makePeriod(2025, 2) // => "2025-02"
 */
export function makePeriod(year: number, month: number): string {
  return `${pad4(year)}-${pad2(month)}`;
}

/**
 * True when `s` is a canonical period "YYYY-MM" (month 01..12).
 *
 * @example
 * isPeriod("2025-02") // => true
 * isPeriod("2025-2")  // => false
 * isPeriod("2025-13") // => false
 */
export function isPeriod(s: unknown): s is string {
  return typeof s === "string" && PERIOD_RE.test(s);
}

/**
 * Months since January of year 0 of a canonical "YYYY-MM" period, read from its digits without
 * allocating (the function path's month row index); NaN for anything else.
 *
 * @example
 * monthIndex("2025-02") // => 24301
 * monthIndex("2025-2")  // => NaN
 */
export function monthIndex(period: string): number {
  if (period.length !== 7 || period.charCodeAt(4) !== 45) return NaN;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = period.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    year = year * 10 + d;
  }
  const m1 = period.charCodeAt(5) - 48;
  const m2 = period.charCodeAt(6) - 48;
  if (m1 < 0 || m1 > 1 || m2 < 0 || m2 > 9) return NaN;
  const month = m1 * 10 + m2;
  return month >= 1 && month <= 12 ? year * 12 + month - 1 : NaN;
}

function checkPeriod(period: string, what: string): void {
  if (typeof period !== "string" || !PERIOD_RE.test(period)) throw new RangeError(`${what} must be a YYYY-MM string, got ${JSON.stringify(period)}`);
}

function split(period: string, what = "period"): { year: number; month: number } {
  checkPeriod(period, what);
  return { year: Number(period.slice(0, 4)), month: Number(period.slice(5, 7)) };
}

/**
 * Month number (1..12) of an English month name or abbreviation, case-insensitive, with an
 * optional trailing dot; also Chinese "二月" / "2月". null when the word is not a month.
 *
 * @example
 * monthFromName("February") // => 2
 * monthFromName("sept.")    // => 9
 * monthFromName("MAY")      // => 5
 * monthFromName("Febr")     // => null
 */
export function monthFromName(word: string): number | null {
  if (typeof word !== "string" || word.length > 20) return null;
  const w = word.normalize("NFKC").trim().toLowerCase().replace(/\.$/, "").replace(/份$/, "");
  return MONTH_WORDS.get(w) ?? null;
}

/**
 * The period `n` months after `period` (n may be negative).
 *
 * @example
 * addMonths("2025-02", 1)   // => "2025-03"
 * addMonths("2025-01", -1)  // => "2024-12"
 * addMonths("2025-02", 12)  // => "2026-02"
 */
export function addMonths(period: string, n: number): string {
  const { year, month } = split(period);
  if (!Number.isInteger(n)) throw new RangeError(`addMonths needs an integer number of months, got ${n}`);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  if (y < 0 || y > MAX_YEAR) throw new RangeError(`addMonths(${period}, ${n}) is outside years 0000..9999`);
  return makePeriod(y, index - y * 12 + 1);
}

/**
 * Negative when a < b, 0 when equal, positive when a > b (usable with Array.prototype.sort).
 *
 * @example
 * comparePeriods("2024-12", "2025-01") // => -1
 * ["2025-03", "2024-11"].sort(comparePeriods) // => ["2024-11", "2025-03"]
 */
export function comparePeriods(a: string, b: string): number {
  checkPeriod(a, "first period");
  checkPeriod(b, "second period");
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Number of months from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * monthsBetween("2024-11", "2025-02") // => 3
 */
export function monthsBetween(from: string, to: string): number {
  const a = split(from, "from");
  const b = split(to, "to");
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/**
 * Every period from `from` to `to`, both included; empty when from > to.
 *
 * @example
 * periodRange("2024-11", "2025-02") // => ["2024-11", "2024-12", "2025-01", "2025-02"]
 * periodRange("2025-02", "2025-01") // => []
 */
export function periodRange(from: string, to: string): string[] {
  const count = monthsBetween(from, to);
  const out: string[] = [];
  for (let i = 0; i <= count; i++) out.push(addMonths(from, i));
  return out;
}

/**
 * "February 2025" for "2025-02".
 *
 * @example
 * formatPeriodLong("2025-02") // => "February 2025"
 */
export function formatPeriodLong(period: string): string {
  const { year, month } = split(period);
  return `${MONTH_NAMES[month - 1] ?? ""} ${pad4(year)}`;
}

const DAY_MS = 86400000;
/** 1899-12-30 UTC: serial 0 for every date after the fake 1900-02-29. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * Excel date serial of the first day of the period (1900 date system, leap-year bug included).
 *
 * @example
 * excelSerialFromPeriod("2025-02") // => 45689
 * excelSerialFromPeriod("1900-01") // => 1
 * excelSerialFromPeriod("1900-03") // => 61
 */
export function excelSerialFromPeriod(period: string): number {
  const { year, month } = split(period);
  if (year < MIN_YEAR) throw new RangeError(`Excel dates start in 1900, got ${period}`);
  const days = Math.round((Date.UTC(year, month - 1, 1) - EXCEL_EPOCH_MS) / DAY_MS);
  // Before 1900-03-01 Excel's serials are one lower than the real day count (no fake 29 Feb yet).
  return year === 1900 && month <= 2 ? days - 1 : days;
}

/**
 * The period of an Excel date serial (1900 date system). The fractional part (time of day) is
 * ignored; serial 60 is Excel's fictitious 1900-02-29, i.e. February 1900. null outside
 * 1 <= serial < 2958466 or for non-finite numbers.
 *
 * @example
 * periodFromExcelSerial(45699)      // => "2025-02"  (2025-02-11)
 * periodFromExcelSerial(45688.75)   // => "2025-01"  (2025-01-31 18:00)
 * periodFromExcelSerial(60)         // => "1900-02"
 * periodFromExcelSerial(0)          // => null
 */
export function periodFromExcelSerial(serial: number): string | null {
  if (typeof serial !== "number" || !Number.isFinite(serial)) return null;
  if (serial < 1 || serial >= EXCEL_SERIAL_LIMIT) return null;
  const day = Math.floor(serial);
  if (day === 60) return "1900-02";
  const ms = day < 60 ? Date.UTC(1899, 11, 31) + day * DAY_MS : EXCEL_EPOCH_MS + day * DAY_MS;
  const d = new Date(ms);
  return makePeriod(d.getUTCFullYear(), d.getUTCMonth() + 1);
}

// ---------------------------------------------------------------------------------------------
// parsePeriod
// ---------------------------------------------------------------------------------------------

const EXAMPLES = 'write it like "2025-02", "Feb 2025" or give a date';

function checked(year: number, month: number, text: string): Result<string> {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    return failure(`period "${text}": month ${month} is not 1..12; ${EXAMPLES}`);
  }
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    return failure(`period "${text}": year ${year} is outside ${MIN_YEAR}..${MAX_YEAR}`);
  }
  return success(makePeriod(year, month));
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function checkedDate(year: number, month: number, day: number, text: string): Result<string> {
  const r = checked(year, month, text);
  if (!r.ok) return r;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) {
    return failure(`period "${text}": ${formatPeriodLong(r.value)} has no day ${day}`);
  }
  return r;
}

function fromSerial(serial: number, text: string): Result<string> {
  if (!Number.isFinite(serial)) return failure(`period ${text} is not a number Excel can read as a date`);
  if (serial < 1) return failure(`period ${text}: Excel date serials start at 1 (1900-01-01)`);
  if (serial >= EXCEL_SERIAL_LIMIT) return failure(`period ${text}: beyond the last date Excel supports (9999-12-31)`);
  const p = periodFromExcelSerial(serial);
  return p ? success(p) : failure(`period ${text} is not a valid Excel date`);
}

function parseNumber(n: number): Result<string> {
  const text = String(n);
  if (Number.isNaN(n)) return failure("period is not a number (NaN); " + EXAMPLES);
  if (!Number.isFinite(n)) return failure(`period ${text} is not a finite number; ${EXAMPLES}`);
  // YYYYMM typed as a number: 202502. As a serial it would be a date after the year 2420.
  // Integers 190001..999999 are always read as YYYYMM, so a bad month is an error, not a serial.
  if (Number.isInteger(n) && n >= 190001 && n <= 999999) return checked(Math.floor(n / 100), n % 100, text);
  return fromSerial(n, text);
}

/** Day/month/year numbers where the order of day and month is unknown. */
function dayMonth(a: number, b: number, year: number, text: string): Result<string> {
  if (a > 12 && b > 12) return failure(`period "${text}": neither ${a} nor ${b} is a month`);
  if (a === b || a > 12 || b > 12) {
    const month = a > 12 ? b : a;
    const day = a > 12 ? a : b;
    return checkedDate(year, month, day, text);
  }
  return failure(`period "${text}" is ambiguous (day/month or month/day?); write it as ${year}-MM`);
}

function parseText(raw: string): Result<string> {
  const shown = raw.length > 40 ? raw.slice(0, 37) + "..." : raw;
  const text = raw.normalize("NFKC").trim();
  if (text === "") return failure("period is required; " + EXAMPLES);
  if (text.length > 64) return failure(`period "${shown}" is too long to be a month; ${EXAMPLES}`);
  const s = text.toLowerCase().replace(/\s+/g, " ");
  let m: RegExpExecArray | null;

  // 2025-02, 2025/2, 2025.02, 2025 - 02
  if ((m = /^(\d{4}) ?[-/.] ?(\d{1,2})$/.exec(s))) return checked(Number(m[1]), Number(m[2]), text);
  // 2025-02-11, 2025/2/11, with an optional time or ISO suffix
  if ((m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[t ][0-9:.,]+(?:z|[+-]\d{2}:?\d{2})?)?$/.exec(s))) {
    return checkedDate(Number(m[1]), Number(m[3]), Number(m[4]), text);
  }
  // Digits only: decided by length.
  if ((m = /^(\d+)(?:\.(\d+))?$/.exec(s))) {
    const digits = m[1] ?? "";
    if (m[2] === undefined && digits.length === 6) return checked(Number(digits.slice(0, 4)), Number(digits.slice(4)), text);
    if (m[2] === undefined && digits.length === 8) {
      return checkedDate(Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6)), text);
    }
    if (digits.length === 5) return fromSerial(Number(s), `"${text}"`);
    if (m[2] === undefined && digits.length === 4) return failure(`period "${text}" is a year, not a month; write it as ${digits}-MM`);
    if (m[2] !== undefined && digits.length === 4) {
      return failure(`period "${text}" is ambiguous (a decimal number); write it as ${digits}-MM`);
    }
    return failure(`period "${shown}" is not a month; ${EXAMPLES}`);
  }
  // 02/2025, 2-2025
  if ((m = /^(\d{1,2}) ?[-/.] ?(\d{4})$/.exec(s))) return checked(Number(m[2]), Number(m[1]), text);
  // 11/02/2025 or 02/11/2025: only when unambiguous
  if ((m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(s))) {
    return dayMonth(Number(m[1]), Number(m[3]), Number(m[4]), text);
  }
  // 2025年2月, 2025年02月11日
  if ((m = /^(\d{4}) ?年 ?(\d{1,2}) ?月(?:份)?(?: ?(\d{1,2}) ?[日号])?$/.exec(s))) {
    return m[3] === undefined ? checked(Number(m[1]), Number(m[2]), text) : checkedDate(Number(m[1]), Number(m[2]), Number(m[3]), text);
  }
  // Feb 2025, February, 2025, feb-2025, Sept. 2025
  if ((m = /^([a-z]+)\.?(?: ?[-/,] ?| )(\d+)$/.exec(s)) || (m = /^([a-z]+)\.?(\d{4})$/.exec(s))) {
    const month = monthFromName(m[1] ?? "");
    const digits = m[2] ?? "";
    if (month !== null) {
      if (digits.length === 4) return checked(Number(digits), month, text);
      if (digits.length <= 2) {
        return failure(`period "${text}": two-digit years are ambiguous; write the full year, e.g. 20${pad2(Number(digits) % 100)}-${pad2(month)}`);
      }
    }
  }
  // 2025 Feb, 2025-February
  if ((m = /^(\d{4}) ?[-/, ]? ?([a-z]+)\.?$/.exec(s))) {
    const month = monthFromName(m[2] ?? "");
    if (month !== null) return checked(Number(m[1]), month, text);
  }
  // 11 Feb 2025, 11th February, 2025, 11-feb-2025
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)? ?[- /]? ?([a-z]+)\.?,? ?[- /]? ?(\d{4})$/.exec(s))) {
    const month = monthFromName(m[2] ?? "");
    if (month !== null) return checkedDate(Number(m[3]), month, Number(m[1]), text);
  }
  // Feb 11, 2025 / February 11th 2025
  if ((m = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(s))) {
    const month = monthFromName(m[1] ?? "");
    if (month !== null) return checkedDate(Number(m[3]), month, Number(m[2]), text);
  }
  // 2025-13 style errors were handled above; give targeted hints for the common mistakes.
  if (/^[a-z]+\.?$/.test(s) && monthFromName(s) !== null) {
    return failure(`period "${text}" has no year; write it like "${MONTH_NAMES[(monthFromName(s) ?? 1) - 1]} 2025"`);
  }
  if (/\b(next|last|this|previous|current|today|now|yesterday|tomorrow|ago)\b/.test(s)) {
    return failure(`period "${shown}" is relative; give an explicit month like "2025-02"`);
  }
  if (/^\d{1,2} ?[-/.] ?\d{2}$/.test(s) || /^\d{2} ?[-/.] ?\d{1,2}$/.test(s)) {
    return failure(`period "${text}": two-digit years are ambiguous; write the full year, e.g. 2025-02`);
  }
  return failure(`period "${shown}" is not a month; ${EXAMPLES}`);
}

/**
 * Reads a period from what a user typed or Excel passed, as "YYYY-MM".
 * Accepts "2025-02", "2025/02", "2025.02", "202502", "2025-2", "Feb 2025", "February 2025",
 * "feb-2025", "2025 Feb", "02/2025", "2025-02-11" (any day), "11 Feb 2025", "Feb 11, 2025",
 * "2025年2月", Excel date serials (number 45699 or text "45699"), YYYYMM numbers (202502) and
 * JS Date objects. Rejects, with a message saying why: two-digit years, month 13, relative words
 * ("next month"), empty input, booleans, null/undefined, NaN, arrays and other objects.
 *
 * @example
 * parsePeriod("Feb 2025")  // => { ok: true, value: "2025-02" }
 * parsePeriod(45699)       // => { ok: true, value: "2025-02" }
 * parsePeriod("2025-13")   // => { ok: false, message: 'period "2025-13": month 13 is not 1..12; ...' }
 * parsePeriod(undefined)   // => { ok: false, message: "period is required; ..." }
 */
export function parsePeriod(input: unknown): Result<string> {
  if (input === null || input === undefined) return failure("period is required; " + EXAMPLES);
  switch (typeof input) {
    case "string":
      return parseText(input);
    case "number":
      return parseNumber(input);
    case "bigint":
      return input >= 0n && input < BigInt(EXCEL_SERIAL_LIMIT) * 1000n
        ? parseNumber(Number(input))
        : failure(`period ${String(input)} is not a date; ${EXAMPLES}`);
    case "boolean":
      return failure(`period must be a month, not ${input ? "TRUE" : "FALSE"}; ${EXAMPLES}`);
    case "object": {
      if (input instanceof Date) {
        const t = input.getTime();
        if (Number.isNaN(t)) return failure("period is an invalid date");
        return checked(input.getFullYear(), input.getMonth() + 1, input.toDateString());
      }
      if (Array.isArray(input)) return failure("period must be a single value, not a list or range");
      return failure(`period must be text, a number or a date, not an object; ${EXAMPLES}`);
    }
    default:
      return failure(`period must be text, a number or a date, not a ${typeof input}; ${EXAMPLES}`);
  }
}
