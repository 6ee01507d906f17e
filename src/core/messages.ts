/**
 * The one message catalog: reason codes -> words. Logic branches on codes (types.ts); text is
 * made here and only here, so the CLI, the task pane and SMM.INFO say the same thing.
 */
import type { ReasonCode, ReviewReason } from "./types";

export const REASON_TEXT: Record<ReasonCode, string> = {
  "no-measure": "nothing says what it measures",
  "not-production": "not a production figure (a price, inventory, share, sales...)",
  negated: "the statement is negated",
  "other-base": "another comparison base (QoQ, WoW, two years ago, a plan)",
  "other-subject": "about another subject (a company, global output, imports, demand)",
  "other-time": "about another time (last year, a target or plan, a counterfactual, another month)",
  "part-of-industry": "about a part of the industry, not the whole",
  facility: "a company, plant or project figure",
  "no-product": "no product could be attributed",
  implausible: "outside the plausible range for the measure",
  conflict: "stated twice with different values",
  "duplicate-number": "the number was already read as another figure",
  "trend-disagrees": "the trend word disagrees with the stated change",
  "weekly-daily": "a weekly or daily figure",
};

export const REVIEW_TEXT: Record<ReviewReason, string> = {
  "distant-subject": "the product was named far from the number",
  "inferred-basis": "no MoM/YoY marker: the comparison basis was inferred",
  "inferred-unit": "the unit was reinterpreted (% versus percentage points)",
  misdated: "the section names another year; read as the edition's month",
  "carried-month": "the month came from an earlier sentence",
  "status-next-month": "a status as of early the next month, read as the edition month's",
};

/** The message of an "unused-number" issue. */
export const unusedMessage = (raw: string, reason: ReasonCode, detail: string): string =>
  `"${raw}" not read as a production figure: ${REASON_TEXT[reason]}${detail && detail !== REASON_TEXT[reason] ? ` (${detail})` : ""}`;

/** Problems of dataset files (src/core/validate.ts): saved data, the team source, `smm build`. */
export const DATASET_TEXT = {
  nameTooLong: (n: number): string => `a section name of ${n} characters is too long (at most 120)`,
  nameControl: "a section name must not contain control characters or line breaks",
  nameFormula: "a section name must not start like a spreadsheet formula (=, +, -, @)",
  nameEmpty: "a section name needs a letter or a digit",
  productId: (n: number): string => `the product id is not a lowercase id (letters, digits and hyphens, at most 400 characters; got ${n} characters)`,
  segment: (n: number): string => `the segment is not a lowercase id (letters, digits and hyphens, at most 64 characters; got ${n} characters)`,
  period: (period: string, edition: string): string =>
    `${period} is outside the months the ${edition} edition can state (12 months before it to 2 months after)`,
  duplicateEdition: (id: string): string => `a second edition ${id} in the same file; the first one is kept, this one is left out`,
  partTooLarge: (n: number, limit: number): string =>
    `the workbook's SMM data part is too large (${n.toLocaleString("en-US")} characters, limit ${limit.toLocaleString("en-US")}); not read`,
  badCharRefs: (n: number, first: string): string =>
    `the workbook's SMM data part has ${n} invalid character reference${n === 1 ? "" : "s"} (first: ${first}); replaced by \uFFFD`,
  tooManyBytes: (what: string, limit: number): string => `${what} is larger than the ${Math.round(limit / (1024 * 1024))} MB limit; the download was stopped`,
} as const;
