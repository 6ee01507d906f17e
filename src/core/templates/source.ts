/**
 * Where a template's figures come from, in each mode:
 * - "smm": live =SMM.* custom functions (the add-in);
 * - "plain": INDEX/MATCH over the Data sheet's key column (the workbook export; no add-in needed).
 *
 * Each emitter returns a formula expression (no leading "="); the matching `expect*` helpers give
 * the result that expression has, computed with the same core implementation (`callFunction`), so
 * a grid carries its expected results (cached values for viewers that do not recalculate).
 */
import type { Dataset } from "../dataset";
import { callFunction } from "../query";
import type { Basis, Measure, QueryResult } from "../types";
import { dataKey, dataRef, TREND_MEASURE, type DataRef } from "./data-sheet";
import { NA, str, type CellValue, type ErrorValue, type Mode } from "./grid";

/** An operand: a literal text or a cell reference ("$A7"). */
export type Operand = { text: string } | { ref: string };
export const text = (t: string): Operand => ({ text: t });
export const ref = (r: string): Operand => ({ ref: r });

const operand = (o: Operand): string => ("text" in o ? str(o.text) : o.ref);

/** Concatenation of operands with adjacent literals folded: "a"&$A7&"/2025-03". */
export function concat(parts: readonly Operand[]): string {
  const folded: Operand[] = [];
  for (const p of parts) {
    const last = folded[folded.length - 1];
    if ("text" in p && last && "text" in last) folded[folded.length - 1] = { text: last.text + p.text };
    else if (!("text" in p && p.text === "")) folded.push(p);
  }
  if (!folded.length) return '""';
  return folded.map(operand).join("&");
}

export interface FigureSource {
  mode: Mode;
  /** A figure: SMM.VALUE/MOM/YOY (actual) or SMM.FORECAST, or a Data lookup. */
  figure(product: Operand, period: Operand, measure: Measure, basis: Basis): string;
  /** The same figure spelled SMM.ACTUAL (reads better next to SMM.FORECAST); same result. */
  actual(product: Operand, period: Operand, measure: Measure): string;
  /** Direction text as SMM.TREND answers it. */
  trend(product: Operand, period: Operand, basis: Basis): string;
}

export function smmSource(): FigureSource {
  const fn = (name: string, args: Operand[]): string => `SMM.${name}(${args.map(operand).join(",")})`;
  return {
    mode: "smm",
    figure(product, period, measure, basis) {
      if (basis === "forecast") return fn("FORECAST", [product, period, text(measure)]);
      if (measure === "mom") return fn("MOM", [product, period]);
      if (measure === "yoy") return fn("YOY", [product, period]);
      return fn("VALUE", [product, period, text(measure)]);
    },
    actual(product, period, measure) {
      return fn("ACTUAL", [product, period, text(measure)]);
    },
    trend(product, period, basis) {
      return basis === "forecast" ? fn("TREND", [product, period, text("forecast")]) : fn("TREND", [product, period]);
    },
  };
}

export function plainSource(data: DataRef): FigureSource {
  const lookup = (product: Operand, period: Operand, basis: Basis, measure: string): string =>
    `INDEX(${data.values},MATCH(${concat([product, text("/"), period, text(`/${basis}/${measure}`)])},${data.keys},0))`;
  return {
    mode: "plain",
    figure: (product, period, measure, basis) => lookup(product, period, basis, measure),
    actual: (product, period, measure) => lookup(product, period, "actual", measure),
    trend: (product, period, basis) => lookup(product, period, basis, TREND_MEASURE),
  };
}

export function sourceFor(ds: Dataset, mode: Mode): FigureSource {
  return mode === "smm" ? smmSource() : plainSource(dataRef(ds));
}

// --------------------------------------------------------------------------------- expected values

export const resultValue = (r: QueryResult): CellValue => (r.ok ? (Array.isArray(r.value) ? NA : r.value) : ({ error: r.error } as ErrorValue));

/** What `figure`/`actual` evaluate to. */
export function expectFigure(ds: Dataset, product: string, period: string, measure: Measure, basis: Basis): CellValue {
  return resultValue(callFunction(ds, "VALUE", [product, period, measure, basis]));
}

/** What `trend` evaluates to. */
export function expectTrend(ds: Dataset, product: string, period: string, basis: Basis): CellValue {
  return resultValue(callFunction(ds, "TREND", [product, period, basis]));
}

/** The Data key of a figure (for tests and the plain mode). */
export { dataKey };
