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
};

/** The message of an "unused-number" issue. */
export const unusedMessage = (raw: string, reason: ReasonCode, detail: string): string => `"${raw}" not read as a production figure: ${REASON_TEXT[reason]}${detail && detail !== REASON_TEXT[reason] ? ` (${detail})` : ""}`;
