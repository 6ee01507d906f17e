/**
 * Template: one product's history over a range of months. A month-by-month table (one column per
 * measure the loaded editions state for the product, SMM's MoM forecast for each month and the
 * surprise) feeding two charts, and to its right the raw series as SMM.SERIES returns them
 * (spilled [period, value] rows, months without a figure left out).
 */
import type { Dataset } from "../dataset";
import { measureFormat } from "../measures";
import { formatPeriodLong, periodRange } from "../periods";
import { callFunction } from "../query";
import type { Measure, Scalar } from "../types";
import { checkPeriod, formatBuilt, modeLine, num, titleBlock, uniqueEditions } from "./common";
import { COLORS, FMT, GridBuilder, HEADER_STYLE, a1, colLetter, rangeRef, str, type CellValue, type Grid, type Mode } from "./grid";
import { expectFigure, expectTrend, ref, resultValue, sourceFor, text } from "./source";

export interface ProductHistoryOptions {
  /** Product id, heading or alias ("copper", "copper-cathode"). */
  product: string;
  /** Default: the product's first month with a figure. */
  from?: string;
  /** Default: the product's last month with a figure. */
  to?: string;
  builtAt?: string;
  sheetName?: string;
}

/** Measures a history may show, in column order, with their header and number format. */
const MEASURE_COLUMNS: { measure: Measure; head: string; fmt: string }[] = [
  { measure: "output", head: "Output, mt", fmt: measureFormat("output") },
  { measure: "mom", head: "MoM", fmt: measureFormat("mom") },
  { measure: "yoy", head: "YoY", fmt: measureFormat("yoy") },
  { measure: "mom_chg", head: "MoM change, mt", fmt: measureFormat("mom_chg") },
  { measure: "ytd_output", head: "YTD output, mt", fmt: measureFormat("ytd_output") },
  { measure: "ytd_yoy", head: "YTD YoY", fmt: measureFormat("ytd_yoy") },
  { measure: "operating_rate", head: "Operating rate", fmt: measureFormat("operating_rate") },
  { measure: "operating_rate_mom", head: "Operating rate MoM change", fmt: measureFormat("operating_rate_mom") },
  { measure: "capacity", head: "Capacity, mt/year", fmt: measureFormat("capacity") },
];

const HEAD = 5;
/** Measures whose raw SMM.SERIES block is shown next to the table. */
const SERIES_MEASURES: readonly Measure[] = ["output", "mom", "yoy", "operating_rate"];

export function buildProductHistory(ds: Dataset, options: ProductHistoryOptions, mode: Mode): Grid {
  const resolved = ds.catalog.resolve(options.product);
  if (!resolved || resolved.segment) throw new RangeError(`unknown product "${options.product}" (use a catalog id such as copper-cathode)`);
  const p = resolved.product;
  const periods = [...new Set([...ds.periodsOf(p.id, "", "actual"), ...ds.periodsOf(p.id, "", "forecast")])].sort();
  if (!periods.length && (!options.from || !options.to))
    throw new RangeError(`no figures for ${p.id} in the loaded editions: give from and to, or pick another product`);
  const from = checkPeriod(options.from ?? periods[0] ?? "", "from");
  const to = checkPeriod(options.to ?? periods[periods.length - 1] ?? "", "to");
  if (from > to) throw new RangeError(`from (${from}) is after to (${to})`);
  const months = periodRange(from, to);
  const builtAt = options.builtAt ?? new Date().toISOString();
  const src = sourceFor(ds, mode);

  // Columns: the measures stated at least once in the range, then forecast, surprise, direction.
  const stated = (measure: Measure, basis: "actual" | "forecast"): boolean => months.some((m) => ds.lookup(p.id, "", m, basis, measure) !== undefined);
  const measures = MEASURE_COLUMNS.filter((c) => stated(c.measure, "actual"));
  if (!measures.some((c) => c.measure === "mom")) measures.splice(Math.min(1, measures.length), 0, MEASURE_COLUMNS[1] as (typeof MEASURE_COLUMNS)[number]);
  const withOutputForecast = stated("output", "forecast");
  const editions = uniqueEditions(
    months.flatMap((m) => [
      ...MEASURE_COLUMNS.map((c) => ds.lookup(p.id, "", m, "actual", c.measure)?.provenance.edition),
      ds.lookup(p.id, "", m, "forecast", "mom")?.provenance.edition,
      ds.lookup(p.id, "", m, "forecast", "output")?.provenance.edition,
    ]),
  );
  const b = new GridBuilder({ name: options.sheetName ?? `History ${p.id}`, kind: "product-history", mode, builtAt, editions });

  const heads: string[] = ["Month", ...measures.map((c) => c.head), "MoM forecast (made the month before)", "MoM surprise (actual − forecast)"];
  if (withOutputForecast) heads.push("Output forecast, mt");
  heads.push("Direction (SMM.TREND)");
  const width = heads.length;
  titleBlock(
    b,
    width,
    `SMM product history — ${p.name} (${p.id}), ${formatPeriodLong(from)} to ${formatPeriodLong(to)}`,
    `Editions with figures for ${p.id} in this range: ${editions.length ? editions.join(", ") : "none loaded"}. Forecasts for month M come from edition M-1.`,
    `Built ${formatBuilt(builtAt)}. ${modeLine(mode)} Gaps (#N/A, grey): the loaded editions state no figure for that month.`,
  );
  heads.forEach((h, i) => b.value(HEAD, i + 1, h, { style: HEADER_STYLE }));

  const first = HEAD + 1;
  const colOf = new Map<string, number>();
  months.forEach((m, i) => {
    const r = first + i;
    const P = text(p.id);
    const M = ref(`$A${r}`);
    b.value(r, 1, m, { style: { bold: true, align: "center" } });
    let c = 2;
    for (const mc of measures) {
      b.formula(r, c, src.figure(P, M, mc.measure, "actual"), expectFigure(ds, p.id, m, mc.measure, "actual"), { numFmt: mc.fmt });
      colOf.set(mc.measure, c);
      c++;
    }
    const fc = expectFigure(ds, p.id, m, "mom", "forecast");
    b.formula(r, c, src.figure(P, M, "mom", "forecast"), fc, { numFmt: FMT.pctSigned });
    colOf.set("forecast", c);
    const momCol = colOf.get("mom") ?? 3;
    const act = expectFigure(ds, p.id, m, "mom", "actual");
    const fcRef = a1(r, c);
    const acRef = a1(r, momCol);
    c++;
    const both = num(fc) !== undefined && num(act) !== undefined;
    const surprise: CellValue = both
      ? mode === "smm"
        ? resultValue(callFunction(ds, "SURPRISE", [p.id, m, "mom"]))
        : (num(act) as number) - (num(fc) as number)
      : "";
    const surpriseExpr = mode === "smm" ? `SMM.SURPRISE(${str(p.id)},$A${r},"mom")` : `${acRef}-${fcRef}`;
    b.formula(r, c, `IF(AND(ISNUMBER(${fcRef}),ISNUMBER(${acRef})),${surpriseExpr},"")`, surprise, { numFmt: FMT.pctSigned });
    colOf.set("surprise", c);
    c++;
    if (withOutputForecast) {
      b.formula(r, c, src.figure(P, M, "output", "forecast"), expectFigure(ds, p.id, m, "output", "forecast"), { numFmt: FMT.tonnes });
      colOf.set("outputForecast", c);
      c++;
    }
    const t = expectTrend(ds, p.id, m, "actual");
    b.formula(r, c, `IFERROR(${src.trend(P, M, "actual")},"")`, typeof t === "string" ? t : "", { style: { align: "center" } });
  });
  const last = first + months.length - 1;
  b.conditional({ range: rangeRef(first, 2, last, width), formula: `=ISERROR(${a1(first, 2)})`, style: { color: "#A6A6A6" } });
  b.width(1, 10);
  for (let c = 2; c <= width; c++) b.width(c, 14);
  b.freeze(HEAD, 1);
  b.height(HEAD, 45);

  // The raw series, as SMM.SERIES returns them (plain mode: the same rows over the Data sheet).
  let sc = width + 2;
  const seriesTop = HEAD;
  b.value(seriesTop - 1, sc, `Series as SMM.SERIES returns them (${from} to ${to}; months without a figure left out)`, {
    style: { italic: true, color: COLORS.subtle },
  });
  const seriesBlocks = new Map<Measure, { top: number; rows: number; col: number }>();
  for (const mc of measures.filter((x) => SERIES_MEASURES.includes(x.measure))) {
    const res = callFunction(ds, "SERIES", [p.id, mc.measure, from, to]);
    b.value(seriesTop, sc, `${mc.measure}: month`, { style: HEADER_STYLE });
    b.value(seriesTop, sc + 1, mc.head, { style: HEADER_STYLE });
    const anchorRow = seriesTop + 1;
    if (!res.ok || !Array.isArray(res.value)) {
      const expected: CellValue = res.ok ? "" : { error: res.error };
      if (mode === "smm") b.formula(anchorRow, sc, `SMM.SERIES(${str(p.id)},${str(mc.measure)},${str(from)},${str(to)})`, expected);
      else b.value(anchorRow, sc, "(no figures)", { style: { color: COLORS.subtle } });
    } else {
      const rows = res.value as Scalar[][];
      seriesBlocks.set(mc.measure, { top: anchorRow, rows: rows.length, col: sc });
      if (mode === "smm") {
        b.formula(anchorRow, sc, `SMM.SERIES(${str(p.id)},${str(mc.measure)},${str(from)},${str(to)})`, rows[0]?.[0] ?? "", {
          spill: { rows: rows.length, cols: 2, values: rows.map((x) => [x[0] ?? "", x[1] ?? ""]) },
        });
        rows.forEach((_, i) => b.set(anchorRow + i, sc + 1, { numFmt: mc.fmt }));
      } else {
        rows.forEach((x, i) => {
          const r = anchorRow + i;
          b.value(r, sc, String(x[0] ?? ""), { style: { align: "center" } });
          b.formula(r, sc + 1, src.figure(text(p.id), ref(`$${colLetter(sc)}${r}`), mc.measure, "actual"), x[1] ?? "", { numFmt: mc.fmt });
        });
      }
    }
    b.width(sc, 12);
    b.width(sc + 1, 14);
    b.width(sc + 2, 2);
    b.anchor(`series:${mc.measure}`, a1(anchorRow, sc));
    sc += 3;
  }

  // Charts under the table.
  const chartTop = last + 2;
  // Output over time from the SERIES block (months with a figure only: no gaps in the line).
  const outCol = colOf.get("output");
  const outSeries = seriesBlocks.get("output");
  if (outCol && outSeries && outSeries.rows > 1) {
    const end = outSeries.top + outSeries.rows - 1;
    b.chart({
      kind: "line",
      title: `${p.name}: output, mt (SMM.SERIES)`,
      categories: rangeRef(outSeries.top, outSeries.col, end, outSeries.col),
      series: [{ name: "Output, mt", values: rangeRef(outSeries.top, outSeries.col + 1, end, outSeries.col + 1) }],
      from: a1(chartTop, 1),
      to: a1(chartTop + 18, 6),
      valueFormat: "#,##0",
    });
  }
  const momCol = colOf.get("mom") ?? 3;
  const fcCol = colOf.get("forecast") ?? 4;
  b.chart({
    kind: "column",
    title: `${p.name}: MoM change, actual vs SMM forecast`,
    categories: rangeRef(first, 1, last, 1),
    series: [
      { name: "MoM actual", values: rangeRef(first, momCol, last, momCol) },
      { name: "MoM forecast", values: rangeRef(first, fcCol, last, fcCol) },
    ],
    from: a1(chartTop, b.grid.charts.length ? 7 : 1),
    to: a1(chartTop + 18, b.grid.charts.length ? 13 : 7),
    valueFormat: "0%",
  });
  b.anchor("firstRow", a1(first, 1)).anchor("lastRow", a1(last, 1));
  for (const [k, v] of colOf) b.anchor(`col:${k}`, colLetter(v));
  return b.grid;
}
