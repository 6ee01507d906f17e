/**
 * Templates: pure builders of worksheet grids from a Dataset (see ./grid.ts for the model).
 *
 * - `buildTemplate(ds, request, mode)`: one template (what the task pane inserts, mode "smm").
 * - `buildWorkbookGrids(ds, options)`: the workbook export (mode "plain"): the templates plus the
 *   Data sheet their formulas read.
 */
import type { Dataset } from "../dataset";
import { addMonths, isPeriod } from "../periods";
import { buildDashboard, type DashboardOptions } from "./dashboard";
import { buildDataSheet } from "./data-sheet";
import { buildForecastVsActual, forecastMonths, latestPairedMonth, type ForecastVsActualOptions } from "./forecast-vs-actual";
import type { Grid, Mode } from "./grid";
import { buildProductHistory, type ProductHistoryOptions } from "./product-history";

export * from "./grid";
export { buildDashboard, arrowFor, DASH } from "./dashboard";
export { buildDataSheet, dataRows, dataRef, dataKey, DATA_SHEET, DATA_COLUMNS, type DataRow, type DataRef } from "./data-sheet";
export { buildForecastVsActual, forecastMonths, forecastVsActualMonth, forecastVsActualRange, latestPairedMonth, pairModel, sideReason, type PairModel } from "./forecast-vs-actual";
export { buildProductHistory } from "./product-history";
export type { DashboardOptions, ForecastVsActualOptions, ProductHistoryOptions };

export type TemplateRequest =
  | ({ kind: "forecast-vs-actual" } & ForecastVsActualOptions)
  | ({ kind: "dashboard" } & DashboardOptions)
  | ({ kind: "product-history" } & ProductHistoryOptions);

/** The templates the task pane offers (id, label, what it needs). */
export const TEMPLATES = [
  { kind: "forecast-vs-actual", label: "Forecast vs actual", needs: "a month, or a range of months" },
  { kind: "dashboard", label: "Monthly dashboard", needs: "a month" },
  { kind: "product-history", label: "Product history", needs: "a product and a range of months" },
] as const;

export function buildTemplate(ds: Dataset, request: TemplateRequest, mode: Mode = "smm"): Grid {
  switch (request.kind) {
    case "forecast-vs-actual":
      return buildForecastVsActual(ds, request, mode);
    case "dashboard":
      return buildDashboard(ds, request, mode);
    case "product-history":
      return buildProductHistory(ds, request, mode);
    default:
      throw new RangeError(`unknown template ${(request as { kind: string }).kind}`);
  }
}

/** The newest edition's month (what a dashboard shows by default), or null when nothing is loaded. */
export function latestEdition(ds: Dataset): string | null {
  const eds = ds.listEditions();
  return eds.length ? (eds[eds.length - 1]?.id ?? null) : null;
}

/** Defaults the task pane and the CLI share. */
export function defaultMonths(ds: Dataset): { forecastMonth: string | null; dashboardMonth: string | null; from: string | null; to: string | null } {
  const forecasts = forecastMonths(ds);
  const paired = latestPairedMonth(ds);
  const latest = latestEdition(ds);
  // Without any pair, the forecast the newest edition makes for the month after it.
  const upcoming = latest && forecasts.includes(addMonths(latest, 1)) ? addMonths(latest, 1) : null;
  return {
    forecastMonth: paired ?? upcoming ?? forecasts[forecasts.length - 1] ?? null,
    dashboardMonth: latestEdition(ds),
    from: forecasts[0] ?? null,
    to: forecasts[forecasts.length - 1] ?? null,
  };
}

export interface WorkbookOptions {
  /** Forecast-vs-actual month and dashboard month (default: see defaultMonths). */
  month?: string;
  /** Range for the forecast-vs-actual-over-time sheet (default: every month with a forecast). */
  from?: string;
  to?: string;
  /** Product of the history sheet (default: the product with the most monthly figures). */
  product?: string;
  builtAt?: string;
}

/** The product with the most months of actual figures (ties: catalog order). */
export function richestProduct(ds: Dataset): string | null {
  let best: string | null = null;
  let n = 0;
  for (const p of ds.catalog.all()) {
    const k = ds.periodsOf(p.id, "", "actual").length;
    if (k > n) {
      best = p.id;
      n = k;
    }
  }
  return best;
}

/** The workbook export: templates in plain mode and the Data sheet (last). */
export function buildWorkbookGrids(ds: Dataset, options: WorkbookOptions = {}): Grid[] {
  if (options.month !== undefined && !isPeriod(options.month)) throw new RangeError(`month must be YYYY-MM, got ${JSON.stringify(options.month)}`);
  const builtAt = options.builtAt ?? new Date().toISOString();
  const d = defaultMonths(ds);
  const grids: Grid[] = [];
  const month = options.month ?? d.forecastMonth;
  if (month) grids.push(buildForecastVsActual(ds, { month, builtAt }, "plain"));
  const from = options.from ?? d.from;
  const to = options.to ?? d.to;
  if (from && to && from < to) grids.push(buildForecastVsActual(ds, { from, to, builtAt }, "plain"));
  const dash = options.month ?? d.dashboardMonth;
  if (dash) grids.push(buildDashboard(ds, { month: dash, builtAt }, "plain"));
  const product = options.product ?? richestProduct(ds);
  if (product) grids.push(buildProductHistory(ds, { product, builtAt }, "plain"));
  grids.push(buildDataSheet(ds, { builtAt }));
  return grids;
}

