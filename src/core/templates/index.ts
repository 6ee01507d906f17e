/**
 * Templates: pure builders of worksheet grids from a Dataset (see ./grid.ts for the model).
 *
 * - `buildTemplate(ds, request, mode)`: one template (what the task pane inserts, mode "smm").
 * - `buildWorkbookGrids(ds, options)`: the workbook export (mode "plain"): the templates plus the
 *   Data sheet their formulas read.
 */
import type { Dataset } from "../dataset";
import { perVersion } from "../dataset";
import { addMonths, isPeriod } from "../periods";
import { buildDashboard, type DashboardOptions } from "./dashboard";
import { buildDataSheet } from "./data-sheet";
import { buildForecastVsActual, forecastMonths, latestPairedMonth, pairModel, type ForecastVsActualOptions } from "./forecast-vs-actual";
import type { Grid, Mode } from "./grid";
import { buildProductHistory, type ProductHistoryOptions } from "./product-history";

export * from "./grid";
export { buildDashboard, arrowFor, DASH } from "./dashboard";
export { buildDataSheet, dataRows, dataRef, dataKey, DATA_SHEET, DATA_COLUMNS, type DataRow, type DataRef } from "./data-sheet";
export {
  buildForecastVsActual,
  forecastMonths,
  forecastVsActualMonth,
  forecastVsActualRange,
  latestPairedMonth,
  pairModel,
  sideReason,
  type PairModel,
} from "./forecast-vs-actual";
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

export interface MonthCoverage {
  /** Products with at least one actual figure for the month. */
  products: number;
  /** Products whose forecast for the month and actual can be compared (MoM, output or direction). */
  pairs: number;
  /** Of those, products with both a MoM forecast and a MoM actual (an error in points). */
  momPairs: number;
}

/**
 * Per month (editions and forecast months): how many products have figures and how many forecast
 * and actual pairs there are. Cached per dataset version.
 */
export const monthCoverage = perVersion((ds: Dataset): Map<string, MonthCoverage> => {
  const actual = new Map<string, Set<string>>();
  for (const o of ds.allFigures()) {
    if (o.basis !== "actual") continue;
    const s = actual.get(o.period) ?? new Set<string>();
    s.add(o.product);
    actual.set(o.period, s);
  }
  const months = new Set<string>([...actual.keys(), ...ds.listEditions().map((e) => e.id), ...forecastMonths(ds)]);
  const map = new Map<string, MonthCoverage>();
  for (const m of [...months].sort()) {
    let pairs = 0;
    let momPairs = 0;
    for (const p of ds.catalog.all()) {
      if (!ds.periodsOf(p.id, "", "forecast").includes(m) && !ds.trend(p.id, "", m, "forecast")) continue;
      const pm = pairModel(ds, p.id, m, "plain");
      if (typeof pm.err === "number") momPairs++;
      if (typeof pm.err === "number" || pm.hit !== "n/a" || typeof pm.outErr === "number") pairs++;
    }
    map.set(m, { products: actual.get(m)?.size ?? 0, pairs, momPairs });
  }
  return map;
});

/** The newest of `months` whose score is at least `share` of the best score (null when all are 0). */
function latestRich(months: readonly string[], score: (m: string) => number, share = 0.5): string | null {
  const best = Math.max(0, ...months.map(score));
  if (best <= 0) return null;
  for (let i = months.length - 1; i >= 0; i--) {
    const m = months[i] as string;
    if (score(m) >= best * share) return m;
  }
  return null;
}

/**
 * Defaults the task pane and the CLI share: for forecast versus actual, the latest month with many
 * pairs (at least half as many as the best month); for the dashboard, the latest edition with most
 * products (three quarters of the fullest); for a range, every month with a forecast.
 */
export function defaultMonths(ds: Dataset): { forecastMonth: string | null; dashboardMonth: string | null; from: string | null; to: string | null } {
  const forecasts = forecastMonths(ds);
  const cov = monthCoverage(ds);
  const latest = latestEdition(ds);
  const rich = latestRich(forecasts, (m) => (cov.get(m)?.momPairs ?? 0) * 100 + (cov.get(m)?.pairs ?? 0));
  // Without any pair, the forecast the newest edition makes for the month after it.
  const upcoming = latest && forecasts.includes(addMonths(latest, 1)) ? addMonths(latest, 1) : null;
  const editions = ds.listEditions().map((e) => e.id);
  return {
    forecastMonth: rich ?? latestPairedMonth(ds) ?? upcoming ?? forecasts[forecasts.length - 1] ?? null,
    // a dashboard is one row per product: open it on an edition with most of them (three quarters of the fullest)
    dashboardMonth: latestRich(editions, (m) => cov.get(m)?.products ?? 0, 0.75) ?? latest,
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
