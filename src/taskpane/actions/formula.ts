/**
 * The formula builder: a function and its arguments -> the formula text, its value now, and the
 * size of its result (a spilling function needs empty cells below/right). Pure.
 */
import type { Dataset } from "../../core/dataset";
import type { FunctionName, FunctionSpec } from "../../core/query";
import { callFunction, FUNCTIONS, measureOf } from "../../core/query";
import type { QueryResult } from "../../core/types";
import { formatFigure } from "./format";

export interface FormulaSpec {
  fn: FunctionName;
  /** Parameter name -> the text the user entered ("" for none). */
  args: Record<string, string>;
}

export interface FormulaPreview {
  formula: string;
  /** "Did you mean" fixes, one click each: the argument and its suggested values. */
  fixes: Fix[];
  result: QueryResult;
  /** The value as the pane shows it ("-5.69%", "#N/A: ..."). */
  text: string;
  rows: number;
  cols: number;
}

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

export const functionSpecs = (): FunctionSpec[] => Object.values(FUNCTIONS);

/** A numeric period the user typed (202502, or a date serial) is passed as a number. */
function literal(kind: string, v: string): string {
  const t = v.trim();
  if (kind === "period" && /^\d{5,6}$/.test(t)) return t;
  return quote(t);
}

/** =SMM.MOM("nickel","2025-02"): trailing empty optional arguments are left out, inner ones left empty. */
export function buildFormula(spec: FormulaSpec): string {
  const fs = FUNCTIONS[spec.fn];
  const parts = fs.params.map((p) => {
    const v = spec.args[p.name] ?? "";
    return v.trim() === "" ? "" : literal(p.kind, v);
  });
  while (parts.length && parts[parts.length - 1] === "") parts.pop();
  return `=SMM.${fs.name}(${parts.join(",")})`;
}

function valueText(fn: FunctionName, spec: FormulaSpec, r: QueryResult): string {
  if (!r.ok) return `${r.error} ${r.message}`;
  const v = r.value;
  if (Array.isArray(v)) return `${v.length} row${v.length === 1 ? "" : "s"} x ${v[0]?.length ?? 0} columns (spills)`;
  if (typeof v === "number") {
    const m = measureOf(fn, spec.args.measure);
    return m ? formatFigure(v, m) : String(v);
  }
  return String(v);
}

export function previewFormula(ds: Dataset, spec: FormulaSpec): FormulaPreview {
  const fs = FUNCTIONS[spec.fn];
  const formula = buildFormula(spec);
  const args = fs.params.map((p) => {
    const v = (spec.args[p.name] ?? "").trim();
    if (v === "") return null;
    return p.kind === "period" && /^\d{5,6}$/.test(v) ? Number(v) : v;
  });
  const result = callFunction(ds, spec.fn, args);
  let rows = 1;
  let cols = 1;
  if (result.ok && Array.isArray(result.value)) {
    rows = Math.max(1, result.value.length);
    cols = Math.max(1, ...result.value.map((r) => r.length));
  }
  const fixes = didYouMean(result);
  return { formula, fixes, result, text: valueText(spec.fn, spec, result), rows, cols };
}

export interface Fix {
  /** The argument to change ("product" or "measure"). */
  param: "product" | "measure";
  /** What was typed. */
  was: string;
  value: string;
}

/** The one-click fixes a #VALUE! carries ("did you mean"), read from the error's structured fix. */
export function didYouMean(result: QueryResult): Fix[] {
  if (result.ok || !result.fix) return [];
  const { param, was, values } = result.fix;
  return values.map((value) => ({ param, was, value }));
}

/** Formula defaults with an answer: copper cathode (else the product with most figures) in its newest month with a MoM figure. */
export function defaultFormulaArgs(ds: Dataset): { product: string; period: string } | null {
  const ok = (product: string): string | null => {
    const periods = [...ds.periodsOf(product, "", "actual")].sort().reverse();
    return periods.find((p) => callFunction(ds, "MOM", [product, p]).ok) ?? null;
  };
  const first = ok("copper-cathode");
  if (first) return { product: "copper-cathode", period: first };
  for (const p of ds.catalog.all()) {
    const period = ok(p.id);
    if (period) return { product: p.id, period };
  }
  return null;
}
