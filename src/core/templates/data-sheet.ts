/**
 * The flat Data sheet of the workbook export (mode "plain"): one row per figure the dataset
 * answers with (the newest edition's statement, as the =SMM.* functions do), plus one row per
 * direction SMM.TREND answers with (measure "trend", value "up slightly"...). Column A is a key
 * `product[:segment]/period/basis/measure` that the plain templates look figures up by
 * (INDEX/MATCH), so a figure in the plain workbook is exactly what =SMM.VALUE returns.
 */
import type { Dataset } from "../dataset";
import { perVersion } from "../dataset";
import { callFunction } from "../query";
import type { Basis, Measure } from "../types";
import { GridBuilder, HEADER_STYLE, type Grid } from "./grid";

export const DATA_SHEET = "Data";
export const TREND_MEASURE = "trend";

export interface DataRow {
  key: string;
  /** product id, or id:segment */
  product: string;
  segment: string;
  period: string;
  basis: Basis;
  measure: Measure | typeof TREND_MEASURE;
  value: number | string;
  unit: string;
  hedge: string;
  edition: string;
  source: string;
}

export const DATA_COLUMNS = ["key", "product", "segment", "period", "basis", "measure", "value", "unit", "hedge", "edition", "source"] as const;

/** The lookup key of a figure: `copper-cathode/2025-03/forecast/mom`. */
export function dataKey(product: string, period: string, basis: Basis, measure: string): string {
  return `${product}/${period}/${basis}/${measure}`;
}

/** Every row of the Data sheet, sorted by key. Cached per dataset version. */
export const dataRows = perVersion((ds: Dataset): DataRow[] => {
  const rows: DataRow[] = [];
  for (const o of ds.allFigures()) {
    const label = o.segment ? `${o.product}:${o.segment}` : o.product;
    rows.push({
      key: dataKey(label, o.period, o.basis, o.measure),
      product: label,
      segment: o.segment,
      period: o.period,
      basis: o.basis,
      measure: o.measure,
      value: o.value,
      unit: o.unit,
      hedge: o.implied ? "implied" : o.hedge,
      edition: o.provenance.edition,
      source: o.provenance.source ?? "",
    });
  }
  // Directions, exactly as SMM.TREND answers them.
  for (const p of ds.catalog.all()) {
    for (const segment of ["", ...ds.segmentsOf(p.id)]) {
      const label = segment ? `${p.id}:${segment}` : p.id;
      for (const basis of ["actual", "forecast"] as const) {
        for (const period of ds.periodsOf(p.id, segment, basis)) {
          const r = callFunction(ds, "TREND", [label, period, basis]);
          if (!r.ok || typeof r.value !== "string") continue;
          const t = ds.trend(p.id, segment, period, basis);
          const o = t ? undefined : (ds.lookup(p.id, segment, period, basis, "mom") ?? ds.lookup(p.id, segment, period, basis, "mom_chg"));
          const prov = t?.provenance ?? o?.provenance;
          rows.push({
            key: dataKey(label, period, basis, TREND_MEASURE),
            product: label,
            segment,
            period,
            basis,
            measure: TREND_MEASURE,
            value: r.value,
            unit: "",
            hedge: t ? "stated" : "from the sign of mom",
            edition: prov?.edition ?? "",
            source: prov?.source ?? "",
          });
        }
      }
    }
  }
  rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return rows;
});

/** Where the plain templates find the Data sheet's key and value columns. */
export interface DataRef {
  sheet: string;
  /** e.g. "Data!$A$2:$A$1200" */
  keys: string;
  values: string;
  rows: number;
}

export function dataRef(ds: Dataset): DataRef {
  const n = dataRows(ds).length;
  const last = Math.max(2, n + 1);
  return { sheet: DATA_SHEET, keys: `${DATA_SHEET}!$A$2:$A$${last}`, values: `${DATA_SHEET}!$G$2:$G$${last}`, rows: n };
}

/** The Data sheet as a grid: header row, one row per figure, frozen header, autofilter. */
export function buildDataSheet(ds: Dataset, options: { builtAt?: string } = {}): Grid {
  const rows = dataRows(ds);
  const b = new GridBuilder({
    name: DATA_SHEET,
    kind: "data",
    mode: "plain",
    builtAt: options.builtAt ?? new Date().toISOString(),
    editions: ds.listEditions().map((e) => e.id),
  });
  DATA_COLUMNS.forEach((h, i) => b.value(1, i + 1, h, { style: HEADER_STYLE }));
  rows.forEach((r, i) => {
    const row = i + 2;
    const vals: (string | number)[] = [r.key, r.product, r.segment, r.period, r.basis, r.measure, r.value, r.unit, r.hedge, r.edition, r.source];
    vals.forEach((v, j) => b.value(row, j + 1, v));
  });
  [40, 34, 22, 9, 9, 18, 14, 8, 20, 9, 50].forEach((w, i) => b.width(i + 1, w));
  b.freeze(1, 1);
  b.grid.autoFilter = `A1:K${Math.max(2, rows.length + 1)}`;
  return b.grid;
}
