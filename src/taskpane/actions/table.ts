/**
 * Explore -> a table: the query the user built (products, measures, months, basis, layout), the
 * model the pane previews, and the grid written into the sheet (values or live =SMM.VALUE
 * formulas, headers, number formats). The query is also what a linked table stores in the
 * workbook, so `validateQuery` treats it as untrusted input. Pure.
 */
import type { Dataset } from "../../core/dataset";
import { addMonths, comparePeriods, isPeriod, periodRange } from "../../core/periods";
import type { Basis, Measure } from "../../core/types";
import { MEASURES } from "../../core/types";
import { tableGrid, type CellInput, type Grid } from "../../core/grid";
import { measureFormat, MEASURE_LABELS, TEXT_FORMAT } from "./format";
import { refName } from "./search";

export type Layout = "long" | "wide";
export const LATEST = "latest";

export interface TableQuery {
  v: 1;
  /** Product references: ids or "id:segment". */
  products: string[];
  measures: Measure[];
  /** YYYY-MM. */
  from: string;
  /** YYYY-MM, or "latest": the newest month with a figure (the table grows with new editions). */
  to: string;
  basis: Basis;
  /** long: one row per product and month; wide: one row per month, a column per product and measure. */
  layout: Layout;
  headers: boolean;
  /** Leave out rows without any figure. */
  skipEmpty: boolean;
}

/** Which figure a cell shows (for Trace and formulas). */
export interface CellRef {
  product: string;
  segment: string;
  period: string;
  basis: Basis;
  measure: Measure;
}

export interface ModelCell {
  text?: string;
  value?: number | null;
  ref?: CellRef;
  format: string;
}

export interface TableModel {
  query: TableQuery;
  /** Resolved last month. */
  to: string;
  periods: string[];
  header: string[] | null;
  rows: ModelCell[][];
  cols: number;
  figures: number;
  missing: number;
}

export const MAX_TABLE_CELLS = 200_000;

type R<T> = { ok: true; value: T } | { ok: false; message: string };

export function validateQuery(x: unknown): R<TableQuery> {
  if (typeof x !== "object" || x === null) return { ok: false, message: "the stored query is not an object" };
  const q = x as Record<string, unknown>;
  const products = Array.isArray(q.products) ? q.products.filter((p): p is string => typeof p === "string" && p.length > 0 && p.length <= 200) : [];
  const measures = Array.isArray(q.measures)
    ? q.measures.filter((m): m is Measure => typeof m === "string" && (MEASURES as readonly string[]).includes(m))
    : [];
  if (!products.length) return { ok: false, message: "no products chosen" };
  if (!measures.length) return { ok: false, message: "no measures chosen" };
  const from = typeof q.from === "string" ? q.from : "";
  const to = typeof q.to === "string" ? q.to : "";
  if (!isPeriod(from)) return { ok: false, message: `the first month "${from}" is not YYYY-MM` };
  if (to !== LATEST && !isPeriod(to)) return { ok: false, message: `the last month "${to}" is not YYYY-MM` };
  const basis: Basis = q.basis === "forecast" ? "forecast" : "actual";
  const layout: Layout = q.layout === "wide" ? "wide" : "long";
  return {
    ok: true,
    value: {
      v: 1,
      products: [...new Set(products)].slice(0, 200),
      measures: [...new Set(measures)],
      from,
      to,
      basis,
      layout,
      headers: q.headers !== false,
      skipEmpty: q.skipEmpty !== false,
    },
  };
}

/** Every month with any figure, newest first (for the month pickers). */
export function availablePeriods(ds: Dataset): string[] {
  const set = new Set<string>();
  for (const o of ds.allFigures()) set.add(o.period);
  return [...set].sort().reverse();
}

/** The newest month with a figure for these products and basis (or of the whole dataset). */
export function latestPeriod(ds: Dataset, products: readonly string[], basis: Basis): string | null {
  let best: string | null = null;
  for (const ref of products) {
    const r = ds.catalog.resolve(ref);
    if (!r) continue;
    const ps = ds.periodsOf(r.product.id, r.segment, basis);
    const last = ps[ps.length - 1];
    if (last && (!best || last > best)) best = last;
  }
  if (best) return best;
  const all = availablePeriods(ds);
  return all[0] ?? null;
}

/** A default query: the chosen products, MoM and output, the last six months. */
export function defaultQuery(ds: Dataset, products: string[] = []): TableQuery {
  const last = latestPeriod(ds, products, "actual") ?? "2025-02";
  return {
    v: 1,
    products,
    measures: ["mom", "output"],
    from: addMonths(last, -5),
    to: LATEST,
    basis: "actual",
    layout: "long",
    headers: true,
    skipEmpty: true,
  };
}

export function buildTable(ds: Dataset, query: TableQuery): R<TableModel> {
  const v = validateQuery(query);
  if (!v.ok) return v;
  const q = v.value;
  const to = q.to === LATEST ? latestPeriod(ds, q.products, q.basis) : q.to;
  if (!to) return { ok: false, message: "no figures are loaded yet" };
  if (comparePeriods(q.from, to) > 0) return { ok: false, message: `the first month (${q.from}) is after the last (${to})` };
  const periods = periodRange(q.from, to);
  if (periods.length > 600) return { ok: false, message: "choose at most 50 years of months" };
  const products: { ref: string; id: string; segment: string; name: string }[] = [];
  const unknown: string[] = [];
  for (const ref of q.products) {
    const r = ds.catalog.resolve(ref);
    if (!r) unknown.push(ref);
    else products.push({ ref: r.segment ? `${r.product.id}:${r.segment}` : r.product.id, id: r.product.id, segment: r.segment, name: refName(ds, ref) });
  }
  if (!products.length) return { ok: false, message: `unknown product${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}` };
  let figures = 0;
  let missing = 0;
  const numberCell = (p: (typeof products)[number], period: string, measure: Measure): ModelCell => {
    const o = ds.lookup(p.id, p.segment, period, q.basis, measure);
    if (o) figures++;
    else missing++;
    return { value: o ? o.value : null, ref: { product: p.id, segment: p.segment, period, basis: q.basis, measure }, format: measureFormat(measure) };
  };
  const text = (s: string): ModelCell => ({ text: s, format: TEXT_FORMAT });
  const rows: ModelCell[][] = [];
  let header: string[];
  if (q.layout === "long") {
    header = ["Product", "Month", ...q.measures.map((m) => MEASURE_LABELS[m] + (q.basis === "forecast" ? " (forecast)" : ""))];
    if (products.length * periods.length * header.length > MAX_TABLE_CELLS)
      return { ok: false, message: "this table would be too large: choose fewer products, measures or months" };
    for (const p of products) {
      for (const period of periods) {
        const before = missing;
        const cells = q.measures.map((m) => numberCell(p, period, m));
        if (q.skipEmpty && missing - before === cells.length) {
          missing = before;
          continue;
        }
        rows.push([text(p.name), text(period), ...cells]);
      }
    }
  } else {
    header = ["Month"];
    for (const p of products) for (const m of q.measures) header.push(`${p.name} ${MEASURE_LABELS[m]}${q.basis === "forecast" ? " (forecast)" : ""}`);
    if (periods.length * header.length > MAX_TABLE_CELLS)
      return { ok: false, message: "this table would be too large: choose fewer products, measures or months" };
    for (const period of periods) {
      const before = missing;
      const cells: ModelCell[] = [];
      for (const p of products) for (const m of q.measures) cells.push(numberCell(p, period, m));
      if (q.skipEmpty && missing - before === cells.length) {
        missing = before;
        continue;
      }
      rows.push([text(period), ...cells]);
    }
  }
  return { ok: true, value: { query: q, to, periods, header: q.headers ? header : null, rows, cols: header.length, figures, missing } };
}

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** =SMM.VALUE("copper-cathode","2025-02","mom") (with "forecast" when that is the basis). */
export function valueFormula(ref: CellRef): string {
  const product = ref.segment ? `${ref.product}:${ref.segment}` : ref.product;
  return `=SMM.VALUE(${quote(product)},${quote(ref.period)},${quote(ref.measure)}${ref.basis === "forecast" ? `,${quote("forecast")}` : ""})`;
}

/**
 * The grid to write. values: numbers (empty where no figure); formulas: live =SMM.VALUE cells
 * (#N/A where no figure, with the reason on hover). Headers and month cells are text.
 */
export function toGrid(model: TableModel, mode: "values" | "formulas"): Grid {
  const cells: CellInput[][] = [];
  const formats: string[][] = [];
  if (model.header) {
    cells.push([...model.header]);
    formats.push(model.header.map(() => TEXT_FORMAT));
  }
  for (const row of model.rows) {
    cells.push(
      row.map((c) => {
        if (c.text !== undefined) return c.text;
        if (mode === "formulas" && c.ref) return { formula: valueFormula(c.ref) };
        return c.value ?? null;
      }),
    );
    formats.push(row.map((c) => c.format));
  }
  if (!cells.length) {
    cells.push(["No figures for this selection"]);
    formats.push([TEXT_FORMAT]);
  }
  return tableGrid(cells, formats, model.header ? 1 : 0, { name: "SMM table", mode: mode === "formulas" ? "smm" : "plain" });
}

/** "Copper Cathode, Aluminum: MoM %, Output (mt), 2024-09 to latest (long)". */
export function describeQuery(ds: Dataset, q: TableQuery): string {
  const names = q.products.map((p) => refName(ds, p));
  const who = names.length > 3 ? `${names.slice(0, 3).join(", ")} +${names.length - 3}` : names.join(", ");
  return `${who}: ${q.measures.map((m) => MEASURE_LABELS[m]).join(", ")}, ${q.from} to ${q.to}${q.basis === "forecast" ? ", forecasts" : ""}`;
}

/** The figure a cell of a table shows, by its position in the written grid (for Trace). */
export function refAt(model: TableModel, row: number, col: number): CellRef | null {
  const r = model.header ? row - 1 : row;
  return model.rows[r]?.[col]?.ref ?? null;
}
