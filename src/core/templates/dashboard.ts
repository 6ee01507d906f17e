/**
 * Template: the monthly dashboard. Every product of the catalog, grouped as the report groups them
 * (base metals, nickel & stainless, ..., rare earths), with its MoM and YoY change, output,
 * operating rate and SMM's forecast for the next month, and trend arrows from SMM.TREND
 * (▲ up, ▼ down, ► flat) for the month and for the next month's forecast.
 * A product or figure the loaded editions do not state shows "–".
 */
import { measureFormat } from "../measures";
import type { Dataset } from "../dataset";
import { addMonths, formatPeriodLong } from "../periods";
import type { Basis, Measure } from "../types";
import { checkPeriod, editionLabel, formatBuilt, modeLine, productsByGroup, titleBlock, uniqueEditions } from "./common";
import { COLORS, GridBuilder, HEADER_STYLE, a1, rangeRef, type CellValue, type Grid, type Mode } from "./grid";
import { expectFigure, expectTrend, ref, sourceFor, text } from "./source";

export interface DashboardOptions {
  month: string;
  builtAt?: string;
  sheetName?: string;
}

export const DASH = "–";
const ARROW = { up: "▲", down: "▼", flat: "►" } as const;

/** The arrow the dashboard shows for a SMM.TREND text ("" when there is none). */
export function arrowFor(trend: CellValue): string {
  if (typeof trend !== "string" || trend === "") return "";
  return trend.slice(0, 2) === "up" ? ARROW.up : trend.slice(0, 2) === "do" ? ARROW.down : ARROW.flat;
}

const COLS = { id: 1, name: 2, arrow: 3, trend: 4, mom: 5, yoy: 6, output: 7, rate: 8, fcMom: 9, fcArrow: 10, fcTrend: 11 } as const;
const WIDTH = 11;
const HEAD = 5;

export function buildDashboard(ds: Dataset, options: DashboardOptions, mode: Mode): Grid {
  const month = checkPeriod(options.month, "month");
  const next = addMonths(month, 1);
  const builtAt = options.builtAt ?? new Date().toISOString();
  const src = sourceFor(ds, mode);
  const used: (string | undefined)[] = [];
  const groups = productsByGroup(ds);
  const b = new GridBuilder({ name: options.sheetName ?? `Dashboard ${month}`, kind: "dashboard", mode, builtAt });
  const loaded = new Set(ds.listEditions().map((e) => e.id));

  // Rows first (they tell which editions the sheet draws on), title block after.
  let r = HEAD + 1;
  const orEmpty = (expr: string, fallback: string): string => `IFERROR(${expr},"${fallback}")`;
  const fig = (id: string, period: string, measure: Measure, basis: Basis): CellValue => {
    const v = expectFigure(ds, id, period, measure, basis);
    if (typeof v === "number") used.push(ds.lookup(id, "", period, basis, measure)?.provenance.edition);
    return typeof v === "number" ? v : DASH;
  };
  const trendOf = (id: string, period: string, basis: Basis): string => {
    const v = expectTrend(ds, id, period, basis);
    return typeof v === "string" ? v : "";
  };
  let stated = 0;
  for (const g of groups) {
    b.value(r, 1, g.group, { style: { bold: true, fill: COLORS.groupFill } });
    b.style(rangeRef(r, 1, r, WIDTH), { fill: COLORS.groupFill });
    b.merge(rangeRef(r, 1, r, WIDTH));
    b.anchor(`group:${g.group}`, a1(r, 1));
    r++;
    for (const p of g.products) {
      const P = ref(`$A${r}`);
      const M = text(month);
      const N = text(next);
      /** The arrow of the trend in column `from` (the same rule as arrowFor, as a formula). */
      const arrow = (c: number, from: number, trend: CellValue): void => {
        const t = a1(r, from);
        b.formula(r, c, `IF(${t}="","",IF(LEFT(${t},2)="up","${ARROW.up}",IF(LEFT(${t},2)="do","${ARROW.down}","${ARROW.flat}")))`, arrowFor(trend), {
          style: { align: "center", bold: true },
        });
      };
      /** A figure of the product (the month's actual, or SMM's forecast for the next), in its measure's format. */
      const figure = (c: number, measure: Measure, basis: Basis): CellValue => {
        const [period, at] = basis === "actual" ? [month, M] : [next, N];
        const value = fig(p.id, period, measure, basis);
        b.formula(r, c, orEmpty(src.figure(P, at, measure, basis), DASH), value, { numFmt: measureFormat(measure), style: { align: "right" } });
        return value;
      };
      b.value(r, COLS.id, p.id, { style: { color: COLORS.subtle } });
      b.value(r, COLS.name, p.name, { style: { bold: true } });
      const trend = trendOf(p.id, month, "actual");
      b.formula(r, COLS.trend, orEmpty(src.trend(P, M, "actual"), ""), trend);
      arrow(COLS.arrow, COLS.trend, trend);
      const mom = figure(COLS.mom, "mom", "actual");
      figure(COLS.yoy, "yoy", "actual");
      figure(COLS.output, "output", "actual");
      figure(COLS.rate, "operating_rate", "actual");
      figure(COLS.fcMom, "mom", "forecast");
      const fcTrend = trendOf(p.id, next, "forecast");
      b.formula(r, COLS.fcTrend, orEmpty(src.trend(P, N, "forecast"), ""), fcTrend);
      arrow(COLS.fcArrow, COLS.fcTrend, fcTrend);
      if (typeof mom === "number" || trend) stated++;
      b.anchor(`product:${p.id}`, a1(r, 1));
      r++;
    }
  }
  const last = r - 1;
  b.grid.editions = uniqueEditions(used);
  const nextEdition = month; // next month's forecast is published with this month's actuals
  titleBlock(
    b,
    WIDTH,
    `SMM monthly dashboard — ${formatPeriodLong(month)}`,
    `Actuals for ${month} from the ${editionLabel(month)}${loaded.has(month) ? "" : " — not loaded"}; forecasts for ${next} from the ${editionLabel(nextEdition)}${b.grid.editions.length ? `; editions drawn on: ${b.grid.editions.join(", ")}` : ""}.`,
    `Built ${formatBuilt(builtAt)}. ${modeLine(mode)} ▲ up ▼ down ► flat (SMM.TREND); "–": not stated in the loaded editions. ${stated} of ${groups.reduce((n, g) => n + g.products.length, 0)} products have a MoM figure or direction for ${month}.`,
  );
  const heads = [
    "Product id",
    "Product",
    "Trend",
    `Direction ${month} (SMM.TREND)`,
    "MoM",
    "YoY",
    "Output, mt",
    "Operating rate",
    `Forecast MoM ${next}`,
    "Trend",
    `Forecast direction ${next}`,
  ];
  heads.forEach((h, i) => b.value(HEAD, i + 1, h, { style: HEADER_STYLE }));
  for (const c of [COLS.arrow, COLS.fcArrow]) {
    const rg = rangeRef(HEAD + 1, c, Math.max(HEAD + 1, last), c);
    b.conditional({ range: rg, formula: `=${a1(HEAD + 1, c)}="${ARROW.up}"`, style: { color: COLORS.upFont } });
    b.conditional({ range: rg, formula: `=${a1(HEAD + 1, c)}="${ARROW.down}"`, style: { color: COLORS.downFont } });
  }
  // Rises green, falls red (conditional formats: number-format colours differ between Excel and LibreOffice).
  for (const [c1, c2] of [
    [COLS.mom, COLS.yoy],
    [COLS.fcMom, COLS.fcMom],
  ] as const) {
    const rg = rangeRef(HEAD + 1, c1, Math.max(HEAD + 1, last), c2);
    const tl = a1(HEAD + 1, c1);
    b.conditional({ range: rg, formula: `=AND(ISNUMBER(${tl}),${tl}>0)`, style: { color: COLORS.upFont } });
    b.conditional({ range: rg, formula: `=AND(ISNUMBER(${tl}),${tl}<0)`, style: { color: COLORS.downFont } });
  }
  [20, 30, 7, 20, 10, 10, 13, 11, 13, 7, 20].forEach((w, i) => b.width(i + 1, w));
  b.freeze(HEAD, 2);
  b.height(HEAD, 32);
  b.anchor("firstRow", a1(HEAD + 1, 1)).anchor("lastRow", a1(last, 1));
  return b.grid;
}
