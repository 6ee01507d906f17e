/**
 * Templates tab (pure): which templates there are, their defaults (from the core's
 * `defaultMonths`), the request a choice makes, the grid it builds (mode "smm": live =SMM.*
 * formulas), a preview of that grid (title rows and the first rows of its main table, as text) and
 * what to say once Excel has it.
 */
import type { Dataset } from "../../core/dataset";
import { formatNumber } from "../../core/measures";
import { formatPeriodLong } from "../../core/periods";
import type { Result } from "../../core/result";
import { failure, success } from "../../core/result";
import type { CellValue, Grid, TemplateRequest } from "../../core/templates";
import {
  buildTemplate,
  colLetter,
  COLORS,
  defaultMonths,
  forecastMonths,
  gridBounds,
  isErrorValue,
  monthCoverage,
  parseA1,
  richestProduct,
  TEMPLATES,
  type MonthCoverage,
} from "../../core/templates";
import { plural } from "./format";

export type TemplateChoice = "fva-month" | "fva-range" | "dashboard" | "product-history";
type TemplateKind = (typeof TEMPLATES)[number]["kind"];

export interface TemplateChoiceInfo {
  id: TemplateChoice;
  kind: TemplateKind;
  label: string;
  description: string;
}

const label = (kind: TemplateKind): string => TEMPLATES.find((t) => t.kind === kind)?.label ?? kind;

export const TEMPLATE_CHOICES: readonly TemplateChoiceInfo[] = [
  {
    id: "fva-month",
    kind: "forecast-vs-actual",
    label: `${label("forecast-vs-actual")}: one month`,
    description:
      "Every product SMM forecast for the month (in the previous month's report) against what it then reported: MoM and output, the error, whether the direction was right, hit rate, bias, the biggest misses and a chart.",
  },
  {
    id: "fva-range",
    kind: "forecast-vs-actual",
    label: `${label("forecast-vs-actual")}: range of months`,
    description:
      "One row per product and month with a forecast, with hit rate, bias and mean error by product and by month, and a chart of the directions SMM got right.",
  },
  {
    id: "dashboard",
    kind: "dashboard",
    label: label("dashboard"),
    description: "Every product, grouped as the report groups them: MoM, YoY, output, operating rate and SMM's forecast for the next month, with trend arrows.",
  },
  {
    id: "product-history",
    kind: "product-history",
    label: label("product-history"),
    description: "One product month by month: every measure the reports state, SMM's forecast and the surprise, two charts and the raw SMM.SERIES spills.",
  },
];

export interface TemplateSpec {
  choice: TemplateChoice;
  /** Forecast vs actual, one month. */
  month: string;
  /** Forecast vs actual, a range. */
  from: string;
  to: string;
  /** Dashboard month. */
  dashboardMonth: string;
  /** Product history: a catalog id (no segment). */
  product: string;
  /** "" = the product's first / last month with a figure. */
  productFrom: string;
  productTo: string;
}

export interface TemplateOptions {
  /** Months with a forecast, newest first. */
  forecastMonths: string[];
  /** Editions loaded, newest first. */
  editionMonths: string[];
  /** Products and forecast/actual pairs per month (what the month lists show). */
  coverage: Record<string, MonthCoverage>;
  defaults: TemplateSpec;
}

const newestFirst = (xs: Iterable<string>): string[] => [...new Set(xs)].sort().reverse();

/** What the pickers offer and their defaults (`defaultMonths`; the product with the most months). */
export function templateOptions(ds: Dataset): TemplateOptions {
  const d = defaultMonths(ds);
  const cov = monthCoverage(ds);
  const fm = newestFirst(forecastMonths(ds));
  const em = newestFirst(ds.listEditions().map((e) => e.id));
  // a range needs two months: the months with MoM pairs when there are two, else every forecast month
  const paired = [...fm].reverse().filter((m) => (cov.get(m)?.momPairs ?? 0) > 0);
  let to = d.to ?? fm[0] ?? "";
  let from = d.from && d.from < to ? d.from : (fm[fm.length - 1] ?? "");
  if (paired.length >= 2) {
    from = paired[0] as string;
    to = paired[paired.length - 1] as string;
  }
  return {
    forecastMonths: fm,
    editionMonths: em,
    coverage: Object.fromEntries(cov),
    defaults: {
      choice: "fva-month",
      month: d.forecastMonth ?? fm[0] ?? "",
      from,
      to,
      dashboardMonth: d.dashboardMonth ?? em[0] ?? "",
      product: richestProduct(ds) ?? "",
      productFrom: "",
      productTo: "",
    },
  };
}

/** A month in a list: "March 2025 · 13 pairs (8 MoM)" (forecast vs actual) or "February 2025 · 43 products". */
export function monthOptionLabel(m: string, c: MonthCoverage | undefined, what: "pairs" | "products", short = false): string {
  const name = short ? m : formatPeriodLong(m);
  if (what === "products") return `${name} \u00b7 ${plural(c?.products ?? 0, "product")}`;
  const pairs = c?.pairs ?? 0;
  if (!pairs) return `${name} \u00b7 no pairs`;
  return `${name} \u00b7 ${plural(pairs, "pair")}${!short && c && c.momPairs ? ` (${c.momPairs} MoM)` : ""}`;
}

/** Months with a figure (actual or forecast) for a product, newest first. */
export function productMonths(ds: Dataset, product: string): string[] {
  const r = product ? ds.catalog.resolve(product) : null;
  if (!r) return [];
  return newestFirst([...ds.periodsOf(r.product.id, "", "actual"), ...ds.periodsOf(r.product.id, "", "forecast")]);
}

/** Keeps what is still on offer, else falls back to the defaults. */
export function reconcileSpec(spec: TemplateSpec | null, opts: TemplateOptions, months: readonly string[] = []): TemplateSpec {
  const d = opts.defaults;
  if (!spec) return { ...d };
  const keep = (v: string, list: readonly string[], fallback: string): string => (v && list.includes(v) ? v : fallback);
  return {
    choice: spec.choice,
    month: keep(spec.month, opts.forecastMonths, d.month),
    from: keep(spec.from, opts.forecastMonths, d.from),
    to: keep(spec.to, opts.forecastMonths, d.to),
    dashboardMonth: keep(spec.dashboardMonth, opts.editionMonths, d.dashboardMonth),
    product: spec.product || d.product,
    productFrom: keep(spec.productFrom, months, ""),
    productTo: keep(spec.productTo, months, ""),
  };
}

const month = (p: string): string => formatPeriodLong(p);

/** The core request a choice makes, or why there is none yet. */
export function templateRequest(spec: TemplateSpec, builtAt?: string): Result<TemplateRequest> {
  const at = builtAt ? { builtAt } : {};
  switch (spec.choice) {
    case "fva-month":
      if (!spec.month) return failure("No loaded edition has a forecast: import at least two consecutive editions first.");
      return success({ kind: "forecast-vs-actual", month: spec.month, ...at });
    case "fva-range":
      if (!spec.from || !spec.to) return failure("No loaded edition has a forecast: import at least two consecutive editions first.");
      if (spec.from > spec.to) return failure(`From (${month(spec.from)}) is after To (${month(spec.to)}): pick an earlier From month.`);
      if (spec.from === spec.to) return failure(`From and To are both ${month(spec.from)}: pick a longer range, or the one-month template.`);
      return success({ kind: "forecast-vs-actual", from: spec.from, to: spec.to, ...at });
    case "dashboard":
      if (!spec.dashboardMonth) return failure("No edition is loaded: import a report first.");
      return success({ kind: "dashboard", month: spec.dashboardMonth, ...at });
    case "product-history":
      if (!spec.product) return failure("Choose a product: type its name, an alias or an id above.");
      if (spec.productFrom && spec.productTo && spec.productFrom > spec.productTo)
        return failure(`From (${month(spec.productFrom)}) is after To (${month(spec.productTo)}): pick an earlier From month.`);
      return success({
        kind: "product-history",
        product: spec.product,
        ...(spec.productFrom ? { from: spec.productFrom } : {}),
        ...(spec.productTo ? { to: spec.productTo } : {}),
        ...at,
      });
    default:
      return failure(`Unknown template ${JSON.stringify((spec as { choice: unknown }).choice)}.`);
  }
}

/** The grid to insert: the core's pure builder in mode "smm" (live =SMM.* formulas). */
export function buildTemplateGrid(ds: Dataset, spec: TemplateSpec, builtAt?: string): Result<Grid> {
  const req = templateRequest(spec, builtAt);
  if (!req.ok) return req;
  try {
    return success(buildTemplate(ds, req.value, "smm"));
  } catch (e) {
    return failure(`Could not build the template: ${e instanceof Error ? e.message : String(e)}.`);
  }
}

/** Formula cells of a grid, and how many of them call =SMM.* functions. */
export function countFormulas(grid: Grid): { formulas: number; smm: number } {
  let formulas = 0;
  let smm = 0;
  for (const c of Object.values(grid.cells)) {
    if (!c.formula) continue;
    formulas++;
    if (/\bSMM\.[A-Z]+\(/i.test(c.formula)) smm++;
  }
  return { formulas, smm };
}

// ------------------------------------------------------------------------------------ preview

/** A number as Excel would show it with a format such as "0.00%", "+0.00%;-0.00%;0.00%", "#,##0". */
export function formatCellValue(v: CellValue | undefined, numFmt?: string): string {
  if (v === undefined || v === null || v === "") return "";
  if (isErrorValue(v)) return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  return formatNumber(v, numFmt);
}

export interface PreviewCell {
  text: string;
  numeric: boolean;
  /** The formula behind the value (shown as a tooltip). */
  formula?: string;
}

export interface TemplatePreview {
  /** The sheet name the template asks for (Excel may add " (2)"). */
  name: string;
  /** The title block (rows 1-3). */
  title: string[];
  header: string[];
  rows: PreviewCell[][];
  /** Size of the whole sheet. */
  sheetRows: number;
  sheetCols: number;
  /** Rows and columns of the main table not shown. */
  moreRows: number;
  moreCols: number;
  formulas: number;
  smmFormulas: number;
  charts: string[];
}

const STYLE_HEADER = (g: Grid, row: number, col: number): boolean => {
  const s = g.cells[`${colLetter(col)}${row}`]?.style;
  return s?.bold === true && s.borderBottom === true;
};

/** Title rows and the first rows of the grid's main table (the block under its header row). */
export function templatePreview(grid: Grid, maxRows = 8, maxCols = 8): TemplatePreview {
  const { rows, cols } = gridBounds(grid);
  const cell = (r: number, c: number) => grid.cells[`${colLetter(c)}${r}`];
  const text = (r: number, c: number): PreviewCell => {
    const x = cell(r, c);
    const t = formatCellValue(x?.spill ? x.spill.values[0]?.[0] : x?.value, x?.numFmt);
    return { text: t, numeric: typeof x?.value === "number", ...(x?.formula ? { formula: x.formula } : {}) };
  };
  const title: string[] = [];
  for (let r = 1; r <= Math.min(3, rows); r++) {
    const t = text(r, 1).text;
    if (t) title.push(t);
  }
  // The header: the last of the first run of header-styled rows below the title block.
  let head = 0;
  for (let r = 4; r <= rows; r++) {
    const isHead = STYLE_HEADER(grid, r, 1) || STYLE_HEADER(grid, r, 2);
    if (isHead) head = r;
    else if (head) break;
  }
  if (!head) head = 4;
  // Columns: contiguous from A while the header names one; hidden columns are left out, and so are
  // the grey key columns (product ids) the formulas read, to leave the narrow pane to the figures.
  const columns: number[] = [];
  for (let c = 1; c <= cols; c++) {
    if (!text(head, c).text) break;
    if (grid.columns[colLetter(c)]?.hidden) continue;
    columns.push(c);
  }
  if (!columns.length) for (let c = 1; c <= Math.min(cols, maxCols); c++) columns.push(c);
  let last = head;
  for (let r = head + 1; r <= rows; r++) if (columns.some((c) => cell(r, c))) last = r;
  const isKey = (c: number): boolean => {
    let n = 0;
    let grey = 0;
    for (let r = head + 1; r <= last; r++) {
      const x = cell(r, c);
      if (x?.value === undefined || x.value === "") continue;
      n++;
      if (x.style?.color === COLORS.subtle) grey++;
    }
    return n > 0 && grey * 2 >= n;
  };
  const main = columns.length > 3 ? columns.filter((c) => !isKey(c)) : columns;
  const shownCols = main.slice(0, maxCols);
  // A row label merged across the table (a dashboard's group) shows in the first column shown.
  const spanning = (r: number): PreviewCell | null => {
    for (const m of grid.merges) {
      const [a, b] = m.split(":");
      if (!a || !b) continue;
      const p = parseA1(a);
      const q = parseA1(b);
      if (p.row === r && q.row === r && p.col <= (shownCols[0] ?? 1) && q.col >= (shownCols[0] ?? 1)) return text(r, p.col);
    }
    return null;
  };
  const body: PreviewCell[][] = [];
  for (let r = head + 1; r <= last && body.length < maxRows; r++) {
    const label = spanning(r);
    body.push(label ? [label, ...shownCols.slice(1).map(() => ({ text: "", numeric: false }))] : shownCols.map((c) => text(r, c)));
  }
  const f = countFormulas(grid);
  return {
    name: grid.name,
    title,
    header: shownCols.map((c) => text(head, c).text),
    rows: body,
    sheetRows: rows,
    sheetCols: cols,
    moreRows: Math.max(0, last - head - body.length),
    moreCols: columns.length - shownCols.length,
    formulas: f.formulas,
    smmFormulas: f.smm,
    charts: grid.charts.map((c) => c.title),
  };
}

/** One line on what the sheet holds ("55 rows x 20 columns, 656 formulas (294 =SMM.* calls), 1 chart"). */
export function describeGrid(p: Pick<TemplatePreview, "sheetRows" | "sheetCols" | "formulas" | "smmFormulas" | "charts">): string {
  return `${p.sheetRows} rows x ${p.sheetCols} columns, ${plural(p.formulas, "formula")} (${plural(p.smmFormulas, "=SMM.* call")})${p.charts.length ? `, ${plural(p.charts.length, "chart")}` : ""}`;
}

/** What to say once Excel has the sheet. */
export function insertedMessage(grid: Grid, sheetName: string): { title: string; body: string } {
  const f = countFormulas(grid);
  const { rows, cols } = gridBounds(grid);
  const renamed = sheetName !== grid.name ? ` A sheet "${grid.name}" already exists, so this one is "${sheetName}".` : "";
  return {
    title: `Inserted the sheet "${sheetName}"`,
    body: `${plural(f.formulas, "formula")} written (${plural(f.smm, "=SMM.* call")}) in ${rows} rows x ${cols} columns${grid.charts.length ? `, with ${plural(grid.charts.length, "chart")}` : ""}.${renamed} The formulas recalculate when the data changes.`,
  };
}
