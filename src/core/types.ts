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
export type Unit = "%" | "pp" | "mt" | "mt/year" | "";

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
  | "binary"
  | "truncated"
  | "bad-row";

export interface Issue {
  code: IssueCode;
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
export interface QueryError {
  error: ErrorCode;
  message: string;
}
export type Scalar = number | string;
export type QueryValue = Scalar | Scalar[][];
export type QueryResult = { ok: true; value: QueryValue } | ({ ok: false } & QueryError);

export const ok = (value: QueryValue): QueryResult => ({ ok: true, value });
export const fail = (error: ErrorCode, message: string): QueryResult => ({ ok: false, error, message });
