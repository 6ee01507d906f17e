/**
 * Shared types of the core. Pure data: no Office, no DOM.
 *
 * Values are stored normalised: percentages and percentage points as fractions
 * (4.38% -> 0.0438), tonnes as plain numbers (45.81 million mt -> 45810000).
 */

export type Basis = "actual" | "forecast";

export const MEASURES = [
  "mom",
  "yoy",
  "mom_chg",
  "yoy_chg",
  "output",
  "ytd_output",
  "ytd_yoy",
  "ytd_yoy_chg",
  "operating_rate",
  "operating_rate_mom",
  "operating_rate_yoy",
  "capacity",
  "operating_capacity",
  "vs_expected_chg",
] as const;
export type Measure = (typeof MEASURES)[number];

/** How the report hedged a number: "approximately" -> approx, "over"/"more than" -> over, "below"/"less than" -> under. */
export type Hedge = "exact" | "approx" | "over" | "under";
export type Direction = "up" | "down" | "flat";
export type Magnitude = "slight" | "significant" | "none";
/** The unit as printed in the report; the stored value is already normalised. */
export type Unit = "%" | "pp" | "mt" | "mt/year" | "GW" | "";

/** Where a figure came from. Offsets are character offsets into the edition's source text. */
export interface Provenance {
  /** Edition id: YYYY-MM of the month the edition's actuals describe. */
  edition: string;
  /** Section heading as written in the report (or "" when none). */
  section: string;
  /** The sentence that states the figure. */
  sentence: string;
  /** Offsets of the figure (number and unit) in the source text, [start, end). -1 when unknown (e.g. CSV rows). */
  start: number;
  end: number;
  /** Where the edition came from: a file name, a URL, "bundled", ... */
  source?: string;
}

/** One figure stated by one edition. */
export interface Observation {
  product: string;
  /** "" for the product as a whole. */
  segment: string;
  /** YYYY-MM of the month the figure describes. */
  period: string;
  basis: Basis;
  measure: Measure;
  value: number;
  unit: Unit;
  hedge: Hedge;
  direction: Direction;
  magnitude: Magnitude;
  /** True when derived (output implied from a change and its %). */
  implied?: boolean;
  provenance: Provenance;
  /** How the parser read it (absent on figures from CSV rows or older saved datasets). */
  evidence?: Evidence;
  /** Set when the analyst corrected or accepted this figure in the import review. */
  correction?: Correction;
  /**
   * Set on a figure an import did not restate, kept from the earlier copy of the edition:
   * where that copy came from ("bundled", "team", or the earlier import's source).
   */
  keptFrom?: string;
}

/**
 * Why a figure read by the parser deserves a second look. A figure with any of these is marked
 * for review in the import preview; it is still a figure (a wrong reading is excluded outright).
 */
export type ReviewReason =
  | "distant-subject" // the product was named far from the number, or only by the section heading in a multi-product section
  | "inferred-basis" // no MoM/YoY marker: the basis was inferred (an unlabelled % read as MoM)
  | "inferred-unit" // "percentage points" on a production change read as %, or "%" on an operating-rate change read as pp
  | "misdated" // the section names another year; read as the edition's month
  | "carried-month" // the month came from an earlier sentence
  | "status-next-month"; // an operating capacity "as of early <next month>" read as the edition month's

/** How a figure was read: the grammar rule, and how sure the reading is. */
export interface Evidence {
  /** Name of the grammar rule that produced the figure (see the rule table in src/core/report). */
  rule: string;
  /** "high": every role (subject, measure, basis, period) stated next to the number; "low": some inferred. */
  confidence: "high" | "low";
  /** Why it is marked for review; empty or absent when it is not. */
  review?: ReviewReason[];
  /** The rules of the parser's role table (level or change) and basis table that read the figure, when one did. */
  roleRule?: string;
  basisRule?: string;
}

/** An analyst's decision on a figure in the import review. */
export interface Correction {
  /**
   * "accepted": kept as read; "corrected": value/measure/product/period changed by the user;
   * "assigned": an unread number given a product and measure; "rejected": not a figure (kept in
   * `Edition.rejected` so that a re-import rejects it again).
   */
  kind: "accepted" | "corrected" | "assigned" | "rejected";
  /** ISO time of the decision. */
  at: string;
  /** What the parser had read, when the user changed it. */
  original?: Pick<Observation, "product" | "segment" | "period" | "measure" | "basis" | "value">;
}

/** A direction of output with no number (or alongside one): what SMM.TREND answers. */
export interface TrendObservation {
  product: string;
  segment: string;
  period: string;
  basis: Basis;
  direction: Direction;
  magnitude: Magnitude;
  provenance: Provenance;
}

export type IssueCode =
  | "empty"
  | "not-a-report"
  | "edition-unknown"
  | "edition-conflict"
  | "unknown-heading"
  | "unused-number"
  | "misdated-section"
  | "contradiction"
  | "superseded" // a figure of a quoted earlier message that the reply restates (the reply's stands)
  | "conflict"
  | "implausible"
  | "binary"
  | "truncated"
  | "bad-row"
  | "bad-name" // an id or a name of the wrong shape or length in a dataset file (validate.ts)
  | "duplicate-edition" // a second edition with the same id in one dataset file
  | "too-large"; // a file or download over its size cap

/**
 * Why a number in the text was not read as the product's figure (issue code "unused-number").
 * One message catalog (src/core/messages.ts) turns these into text; no logic reads the text.
 */
export type ReasonCode =
  | "no-measure" // nothing says what the number measures
  | "not-production" // a price, inventory, import, share, demand... not output
  | "negated" // "did not fall by 3%"
  | "other-base" // QoQ, WoW, versus two years ago, versus a target
  | "other-subject" // a company, a plant, global output, imports
  | "other-time" // last year's figure, a target or plan, a counterfactual, too far back or ahead
  | "part-of-industry" // some smelters, a tier, a province named as a remark
  | "facility" // a plant, project or company capacity
  | "no-product" // no product could be attributed
  | "implausible" // outside the plausible range of the measure
  | "conflict" // the same figure stated twice with different values
  | "duplicate-number" // the number was already read as another figure
  | "trend-disagrees" // a trend word disagrees with the stated change
  | "weekly-daily"; // a weekly or daily figure

export interface Issue {
  code: IssueCode;
  /** For "unused-number", "implausible", "conflict": why (see ReasonCode). */
  reason?: ReasonCode;
  /** The precision rule (or reader, e.g. "table-row") that left the number out. */
  rule?: string;
  message: string;
  /** Where: section heading, sentence, offsets, row number... */
  path?: (string | number)[];
  section?: string;
  sentence?: string;
  start?: number;
  end?: number;
}

export interface Edition {
  /** YYYY-MM of the actuals. */
  id: string;
  /** File name, URL or "bundled". */
  source: string;
  /** ISO time the edition was imported/parsed. */
  importedAt?: string;
  /** Section headings found, in order. */
  sections: string[];
  observations: Observation[];
  trends: TrendObservation[];
  issues: Issue[];
  /** Figures the analyst rejected in the import review (not in `observations`). */
  rejected?: Observation[];
  /** Keys (see `figureKey`) of figures of the earlier copy the analyst chose not to keep on import. */
  dropped?: string[];
}

export interface ParseOptions {
  /** Overrides the edition month found in the text or file name. */
  edition?: string;
  /** File name (used for the YYYY-MM hint). */
  fileName?: string;
  /** Where the text came from (stored in provenance). */
  source?: string;
}

export interface ParseResult {
  /** null when the edition month could not be determined (see issues). */
  edition: Edition | null;
  /** Edition id if determined. */
  editionId: string | null;
  issues: Issue[];
}

/** Errors are values: the edge maps them to Excel errors. */
export type ErrorCode = "#VALUE!" | "#N/A";
/** A one-click fix for a #VALUE! ("did you mean"): structured, so no caller parses the message. */
export interface ArgumentFix {
  param: "product" | "measure";
  /** The argument as given. */
  was: string;
  /** The closest valid names, best first. */
  values: string[];
}
/** Why a query has no figure (#N/A) or a bad argument (#VALUE!): for logic; the message is for people. */
export type QueryErrorCode = "bad-argument" | "unknown-segment" | "not-covered" | "conflict" | "direction-only" | "parts-only" | "not-stated" | "no-data";
export interface QueryError {
  error: ErrorCode;
  message: string;
  code?: QueryErrorCode;
  fix?: ArgumentFix;
}
export type Scalar = number | string;
export type QueryValue = Scalar | Scalar[][];
export type QueryResult = { ok: true; value: QueryValue } | ({ ok: false } & QueryError);

export const ok = (value: QueryValue): QueryResult => ({ ok: true, value });
export const fail = (error: ErrorCode, message: string, fix?: ArgumentFix, code?: QueryErrorCode): QueryResult => ({
  ok: false,
  error,
  message,
  code: code ?? (error === "#VALUE!" ? "bad-argument" : "no-data"),
  ...(fix ? { fix } : {}),
});

/** What names one figure: one value per key per edition. */
export interface FigureId {
  product: string;
  segment: string;
  period: string;
  basis: Basis;
  measure: Measure;
}

/** The identity of a figure (product, segment, period, basis, measure) as one string: the one key of a figure everywhere. */
export const figureKey = (o: FigureId): string => `${o.product}|${o.segment}|${o.period}|${o.basis}|${o.measure}`;

/** The frame of a figure (its key without the measure): what trends and implied outputs are keyed by. */
export const frameKey = (o: Omit<FigureId, "measure">): string => `${o.product}|${o.segment}|${o.period}|${o.basis}`;

/** product and segment as one key (`figureKey`'s first two parts). */
export const productKey = (product: string, segment: string): string => `${product}|${segment}`;

/** The place of a basis and measure in a figure slot array (Dataset.figureAt). */
export const figureSlot = (basis: Basis, measure: Measure): number => (basis === "forecast" ? MEASURES.length : 0) + MEASURE_INDEX[measure];

const MEASURE_INDEX = Object.fromEntries(MEASURES.map((m, i) => [m, i])) as Record<Measure, number>;
