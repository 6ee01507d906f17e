/**
 * Template: SMM's forecast versus the actual, for one month M or a range of months.
 *
 * The forecast for M is the one SMM published in edition M-1 (basis "forecast"), the actual the
 * one edition M reported (basis "actual"); when a later edition restates either, the newest wins,
 * as in =SMM.FORECAST / =SMM.ACTUAL. Per product: MoM forecast and actual, the error (actual minus
 * forecast, percentage points), the direction each side gives (SMM.TREND) and whether they agree
 * (hit / miss), output forecast and actual (tonnes) and their error; a note says why a side is
 * missing. A summary block gives the hit rate, mean absolute error, bias and the biggest misses;
 * misses are highlighted; a chart compares forecast and actual MoM.
 *
 * For a range of months: one row per product and month that has a forecast, and summaries by
 * product (hit rate and bias over time) and by month.
 */
import type { Dataset } from "../dataset";
import { measureFormat } from "../measures";
import { addMonths, formatPeriodLong, periodRange } from "../periods";
import { callFunction, trendText } from "../query";
import type { Hedge } from "../types";
import { catalogOrder, checkPeriod, editionLabel, formatBuilt, modeLine, num, titleBlock, uniqueEditions } from "./common";
import { COLORS, FMT, GridBuilder, HEADER_STYLE, a1, colLetter, isErrorValue, literalText, rangeRef, str, type CellValue, type Grid, type Mode } from "./grid";
import { expectFigure, expectTrend, ref, resultValue, sourceFor, text, type FigureSource, type Operand } from "./source";

export interface ForecastVsActualOptions {
  /** The month M (YYYY-MM). Ignored when `from` and `to` are given. */
  month?: string;
  /** A range of months (both included). */
  from?: string;
  to?: string;
  /** ISO time stamped on the sheet (default: now). */
  builtAt?: string;
  /** Worksheet name (default "FvA 2025-03" / "FvA 2024-01 to 2025-12"). */
  sheetName?: string;
}

// Column layout of the detail table (both variants).
const C = {
  a: 1,
  b: 2,
  c: 3,
  fcMom: 4,
  acMom: 5,
  err: 6,
  abs: 7,
  fDir: 8,
  aDir: 9,
  hit: 10,
  fcOut: 11,
  acOut: 12,
  outErr: 13,
  outPct: 14,
  note: 15,
  key: 16,
  month: 17,
} as const;
const L = colLetter;
const FIRST = 7; // first data row (row 5: column groups, row 6: headers)
const SUMMARY_COL = 18; // R

/** What one detail row holds (the expected values of its formulas). */
export interface PairModel {
  product: string;
  name: string;
  group: string;
  month: string;
  fcMom: CellValue;
  acMom: CellValue;
  err: CellValue;
  abs: CellValue;
  fDir: CellValue;
  aDir: CellValue;
  hit: "hit" | "miss" | "n/a";
  fcOut: CellValue;
  acOut: CellValue;
  outErr: CellValue;
  outPct: CellValue;
  /** What the note column shows (its formula picks one of the parts below). */
  note: string;
  /** Shown when both MoM figures exist: hedges, restatements ("" when none). */
  noteOk: string;
  /** Shown when the MoM forecast / actual is missing: why (the #N/A message). */
  noteNoForecast: string;
  noteNoActual: string;
  editions: string[];
}

const HEDGE_WORDS: Record<Hedge, string> = { exact: "", approx: "approximate", over: "a lower bound (over)", under: "an upper bound (below)" };

function hedgeNote(ds: Dataset, product: string, month: string): string {
  const parts: string[] = [];
  const f = ds.lookup(product, "", month, "forecast", "mom");
  const a = ds.lookup(product, "", month, "actual", "mom");
  if (f && f.hedge !== "exact") parts.push(`forecast is ${HEDGE_WORDS[f.hedge]}`);
  if (a && a.hedge !== "exact") parts.push(`actual is ${HEDGE_WORDS[a.hedge]}`);
  if (f && f.provenance.edition !== addMonths(month, -1)) parts.push(`forecast as restated in the ${f.provenance.edition} edition`);
  return literalText(parts.join("; "));
}

/** Why one side's MoM figure is missing, in a few words ("" when it is there). */
export function sideReason(ds: Dataset, product: string, month: string, basis: "actual" | "forecast"): string {
  const side = basis === "forecast" ? "No MoM forecast" : "No MoM actual";
  if (ds.lookup(product, "", month, basis, "mom")) return "";
  if (!ds.covers(month, basis)) {
    return basis === "forecast"
      ? `${side}: no loaded edition has forecasts for ${month} (the ${addMonths(month, -1)} edition would).`
      : `${side}: the ${month} edition is not loaded.`;
  }
  const parts = ds.segmentsOf(product).filter((seg) => ds.lookup(product, seg, month, basis, "mom"));
  const forParts = parts.length ? `MoM stated only for parts (${parts.join(", ")})` : "";
  const t = ds.trend(product, "", month, basis);
  if (t) return literalText(`${side}: the report gives only a direction (${trendText(t.direction, t.magnitude)})${forParts ? `; ${forParts}` : ""}.`);
  const chg = ds.lookup(product, "", month, basis, "mom_chg");
  if (chg) return `${side}: only the change in tonnes is stated (${chg.value > 0 ? "+" : ""}${Math.round(chg.value).toLocaleString("en-US")} mt).`;
  if (forParts) return literalText(`${side}: ${forParts}.`);
  return basis === "forecast"
    ? `${side}: none for ${month} in the loaded editions (SMM would state it in the ${addMonths(month, -1)} edition).`
    : `${side}: not stated in the loaded editions.`;
}

function missingParts(ds: Dataset, product: string, month: string): { forecast: string; actual: string } {
  const f = sideReason(ds, product, month, "forecast");
  const a = sideReason(ds, product, month, "actual");
  return { forecast: f && a ? `${f} ` : f, actual: a };
}

/** The expected values of one product's row for month M. */
export function pairModel(ds: Dataset, product: string, month: string, mode: Mode): PairModel {
  const p = ds.catalog.get(product);
  const fcMom = expectFigure(ds, product, month, "mom", "forecast");
  const acMom = expectFigure(ds, product, month, "mom", "actual");
  const fcOut = expectFigure(ds, product, month, "output", "forecast");
  const acOut = expectFigure(ds, product, month, "output", "actual");
  const fDir = expectTrend(ds, product, month, "forecast");
  const aDir = expectTrend(ds, product, month, "actual");
  const f = num(fcMom);
  const a = num(acMom);
  let err: CellValue = "";
  if (f !== undefined && a !== undefined) err = mode === "smm" ? resultValue(callFunction(ds, "SURPRISE", [product, month, "mom"])) : a - f;
  const e = num(err);
  const hit = typeof fDir === "string" && typeof aDir === "string" ? (fDir.slice(0, 2) === aDir.slice(0, 2) ? "hit" : "miss") : "n/a";
  const fo = num(fcOut);
  const ao = num(acOut);
  const outErr: CellValue = fo !== undefined && ao !== undefined ? ao - fo : "";
  const oe = num(outErr);
  const outPct: CellValue = oe !== undefined && fo !== undefined && fo !== 0 ? oe / fo : "";
  const miss = missingParts(ds, product, month);
  const noteOk = hedgeNote(ds, product, month);
  const note = f !== undefined && a !== undefined ? noteOk : (f !== undefined ? "" : miss.forecast) + (a !== undefined ? "" : miss.actual);
  const editions = uniqueEditions(
    (["mom", "output"] as const).flatMap((m) => [
      ds.lookup(product, "", month, "forecast", m)?.provenance.edition,
      ds.lookup(product, "", month, "actual", m)?.provenance.edition,
    ]),
  );
  return {
    product,
    name: p?.name ?? product,
    group: p?.group ?? "",
    month,
    fcMom,
    acMom,
    err,
    abs: e !== undefined ? Math.abs(e) : "",
    fDir,
    aDir,
    hit,
    fcOut,
    acOut,
    outErr,
    outPct,
    note,
    noteOk,
    noteNoForecast: miss.forecast,
    noteNoActual: miss.actual,
    editions,
  };
}

const isValue = (v: CellValue): boolean => v !== "" && v !== null && !isErrorValue(v);
const hasForecast = (m: PairModel): boolean => isValue(m.fcMom) || isValue(m.fcOut) || isValue(m.fDir);
const hasActual = (m: PairModel): boolean => isValue(m.acMom) || isValue(m.acOut) || isValue(m.aDir);
/** 0: both MoM numbers; 1: something comparable; 2: forecast only; 3: actual only. */
const completeness = (m: PairModel): number => (num(m.err) !== undefined ? 0 : m.hit !== "n/a" || num(m.outErr) !== undefined ? 1 : hasForecast(m) ? 2 : 3);

/** Writes columns D..Q of one detail row; `product`/`period` are the operands the formulas use. */
function writePairRow(b: GridBuilder, src: FigureSource, row: number, product: Operand, period: Operand, m: PairModel): void {
  const r = row;
  const c = (col: number): string => `${L(col)}${r}`;
  b.formula(r, C.fcMom, src.figure(product, period, "mom", "forecast"), m.fcMom, { numFmt: measureFormat("mom") });
  b.formula(r, C.acMom, src.actual(product, period, "mom"), m.acMom, { numFmt: measureFormat("mom") });
  const both = `AND(ISNUMBER(${c(C.fcMom)}),ISNUMBER(${c(C.acMom)}))`;
  const surprise =
    src.mode === "smm"
      ? `SMM.SURPRISE(${"ref" in product ? product.ref : str(product.text)},${"ref" in period ? period.ref : str(period.text)},"mom")`
      : `${c(C.acMom)}-${c(C.fcMom)}`;
  b.formula(r, C.err, `IF(${both},${surprise},"")`, m.err, { numFmt: FMT.pctSigned });
  b.formula(r, C.abs, `IF(ISNUMBER(${c(C.err)}),ABS(${c(C.err)}),"")`, m.abs, { numFmt: FMT.pct });
  b.formula(r, C.fDir, src.trend(product, period, "forecast"), m.fDir, { style: { align: "center" } });
  b.formula(r, C.aDir, src.trend(product, period, "actual"), m.aDir, { style: { align: "center" } });
  b.formula(r, C.hit, `IF(AND(ISTEXT(${c(C.fDir)}),ISTEXT(${c(C.aDir)})),IF(LEFT(${c(C.fDir)},2)=LEFT(${c(C.aDir)},2),"hit","miss"),"n/a")`, m.hit, {
    style: { align: "center" },
  });
  b.formula(r, C.fcOut, src.figure(product, period, "output", "forecast"), m.fcOut, { numFmt: measureFormat("output") });
  b.formula(r, C.acOut, src.actual(product, period, "output"), m.acOut, { numFmt: measureFormat("output") });
  b.formula(r, C.outErr, `IF(AND(ISNUMBER(${c(C.fcOut)}),ISNUMBER(${c(C.acOut)})),${c(C.acOut)}-${c(C.fcOut)},"")`, m.outErr, { numFmt: FMT.tonnesSigned });
  b.formula(r, C.outPct, `IF(ISNUMBER(${c(C.outErr)}),IF(${c(C.fcOut)}<>0,${c(C.outErr)}/${c(C.fcOut)},""),"")`, m.outPct, { numFmt: FMT.pctSigned });
  // The note: hedges when both MoM figures exist, otherwise why a side is missing (the #N/A message).
  const noteFormula = `IF(${both},${str(m.noteOk)},IF(ISNUMBER(${c(C.fcMom)}),"",${str(m.noteNoForecast)})&IF(ISNUMBER(${c(C.acMom)}),"",${str(m.noteNoActual)}))`;
  b.formula(r, C.note, noteFormula, m.note, { style: { wrap: false, color: "#404040" } });
  const abs = num(m.abs);
  b.formula(r, C.key, `IF(ISNUMBER(${c(C.abs)}),${c(C.abs)}-ROW()/1000000000,"")`, abs !== undefined ? abs - r / 1e9 : "");
}

function tableHeaders(b: GridBuilder, first: [string, string, string], withMonth: boolean): void {
  const heads: string[] = [
    ...first,
    "Forecast",
    "Actual",
    "Error (actual − forecast)",
    "|Error|",
    "Forecast direction",
    "Actual direction",
    "Direction",
    "Forecast",
    "Actual",
    "Error, mt",
    "Error, % of forecast",
    "Note (why a side is missing)",
    "sort key",
    "month #",
  ];
  b.value(5, C.fcMom, "MoM change (SMM.FORECAST vs SMM.ACTUAL)", { style: { ...HEADER_STYLE } });
  b.style(rangeRef(5, C.fcMom, 5, C.hit), { ...HEADER_STYLE });
  b.merge(rangeRef(5, C.fcMom, 5, C.hit));
  b.value(5, C.fcOut, "Output, mt", { style: { ...HEADER_STYLE } });
  b.style(rangeRef(5, C.fcOut, 5, C.outPct), { ...HEADER_STYLE });
  b.merge(rangeRef(5, C.fcOut, 5, C.outPct));
  b.style(rangeRef(5, 1, 5, 3), { ...HEADER_STYLE });
  b.style(rangeRef(5, C.note, 5, C.note), { ...HEADER_STYLE });
  heads.forEach((h, i) => {
    if (i + 1 === C.month && !withMonth) return;
    if (i + 1 === C.key || i + 1 === C.month) b.value(6, i + 1, h, { style: { color: COLORS.subtle } });
    else b.value(6, i + 1, h, { style: HEADER_STYLE });
  });
}

function tableFormats(b: GridBuilder, last: number): void {
  const all = rangeRef(FIRST, 1, last, C.note);
  b.conditional({ range: all, formula: `=$${L(C.hit)}${FIRST}="miss"`, style: { fill: COLORS.missFill, color: COLORS.missFont } });
  b.conditional({ range: rangeRef(FIRST, C.hit, last, C.hit), formula: `=$${L(C.hit)}${FIRST}="hit"`, style: { color: COLORS.hitFont, bold: true } });
  b.conditional({ range: rangeRef(FIRST, C.fcMom, last, C.outPct), formula: `=ISERROR(${L(C.fcMom)}${FIRST})`, style: { color: "#A6A6A6" } });
  [18, 26, 18, 10, 10, 12, 10, 16, 16, 9, 12, 12, 11, 11, 60, 8, 8].forEach((w, i) => b.width(i + 1, w, i + 1 === C.key || i + 1 === C.month));
  b.freeze(6, 2);
  b.height(6, 45);
}

/** Summary block (labels in column R, values in S); returns the next free row. */
function summaryBlock(b: GridBuilder, top: number, first: number, last: number, models: readonly PairModel[], title: string): number {
  const col = SUMMARY_COL;
  const rng = (c: number): string => `$${L(c)}$${first}:$${L(c)}$${last}`;
  const V = L(col + 1);
  b.value(top, col, title, { style: HEADER_STYLE });
  b.style(rangeRef(top, col, top, col + 2), HEADER_STYLE);
  b.merge(rangeRef(top, col, top, col + 2));
  const pairs = models.filter((m) => num(m.err) !== undefined);
  const judged = models.filter((m) => m.hit !== "n/a").length;
  const hits = models.filter((m) => m.hit === "hit").length;
  const outs = models.map((m) => num(m.outErr)).filter((x): x is number => x !== undefined);
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
  const absErrs = pairs.map((m) => num(m.abs) as number);
  const errs = pairs.map((m) => num(m.err) as number);
  const rows: [string, string, CellValue, string, string][] = [
    ["Rows in the table", `COUNTA(${rng(C.a)})`, models.length, FMT.count, "rows"],
    ["MoM: forecast and actual both stated", `COUNT(${rng(C.err)})`, pairs.length, FMT.count, "pairs"],
    ["Direction judged (SMM.TREND on both sides)", `COUNTIF(${rng(C.hit)},"hit")+COUNTIF(${rng(C.hit)},"miss")`, judged, FMT.count, "judged"],
    ["Direction hits", `COUNTIF(${rng(C.hit)},"hit")`, hits, FMT.count, "hits"],
    ["Direction hit rate", `IF(${V}${top + 3}=0,"n/a",${V}${top + 4}/${V}${top + 3})`, judged ? hits / judged : "n/a", FMT.pct, "hitRate"],
    ["Mean absolute error, MoM", `IF(${V}${top + 2}=0,"n/a",AVERAGE(${rng(C.abs)}))`, pairs.length ? mean(absErrs) : "n/a", FMT.pct, "mae"],
    ["Bias, MoM: mean of actual − forecast", `IF(${V}${top + 2}=0,"n/a",AVERAGE(${rng(C.err)}))`, pairs.length ? mean(errs) : "n/a", FMT.pctSigned, "bias"],
    ["Output: forecast and actual both stated", `COUNT(${rng(C.outErr)})`, outs.length, FMT.count, "outPairs"],
    [
      "Mean absolute error, output (mt)",
      `IF(${V}${top + 8}=0,"n/a",(SUMIF(${rng(C.outErr)},">0")-SUMIF(${rng(C.outErr)},"<0"))/${V}${top + 8})`,
      outs.length ? outs.reduce((s, x) => s + Math.abs(x), 0) / outs.length : "n/a",
      FMT.tonnes,
      "outMae",
    ],
    [
      "Bias, output: mean of actual − forecast (mt)",
      `IF(${V}${top + 8}=0,"n/a",AVERAGE(${rng(C.outErr)}))`,
      outs.length ? mean(outs) : "n/a",
      FMT.tonnesSigned,
      "outBias",
    ],
  ];
  rows.forEach(([label, f, v, fmt, anchor], i) => {
    const r = top + 1 + i;
    b.value(r, col, label);
    b.formula(r, col + 1, f, v, { numFmt: fmt, style: { bold: anchor === "hitRate" || anchor === "mae", align: "right" } });
    b.anchor(anchor, `${V}${r}`);
  });
  return top + 1 + rows.length;
}

/** Top-k misses by |MoM error| (ties: the upper row first); returns the next free row. */
function missesBlock(b: GridBuilder, top: number, first: number, last: number, models: readonly PairModel[], k: number, withMonth: boolean): number {
  const col = SUMMARY_COL;
  const keyR = `$${L(C.key)}$${first}:$${L(C.key)}$${last}`;
  b.value(top, col, `Biggest misses (largest |MoM error|)`, { style: HEADER_STYLE });
  b.style(rangeRef(top, col, top, col + 2), HEADER_STYLE);
  b.merge(rangeRef(top, col, top, col + 2));
  [withMonth ? "Product (month)" : "Product", "Error", "Direction"].forEach((h, i) => b.value(top + 1, col + i, h, { style: HEADER_STYLE }));
  const ranked = models
    .map((m, i) => ({ m, key: num(m.abs) !== undefined ? (num(m.abs) as number) - (first + i) / 1e9 : undefined }))
    .filter((x): x is { m: PairModel; key: number } => x.key !== undefined)
    .sort((x, y) => y.key - x.key);
  for (let i = 1; i <= k; i++) {
    const r = top + 1 + i;
    const hit = ranked[i - 1];
    const guard = (expr: string): string => `IF(COUNT(${keyR})<${i},"",${expr})`;
    const at = (c: number): string => `INDEX($${L(c)}$${first}:$${L(c)}$${last},MATCH(LARGE(${keyR},${i}),${keyR},0))`;
    const nameF = withMonth ? guard(`"${i}. "&${at(C.c)}&" ("&${at(C.a)}&")"`) : guard(`"${i}. "&${at(C.b)}`);
    b.formula(r, col, nameF, hit ? (withMonth ? `${i}. ${hit.m.name} (${hit.m.month})` : `${i}. ${hit.m.name}`) : "");
    b.formula(r, col + 1, guard(at(C.err)), hit ? hit.m.err : "", { numFmt: FMT.pctSigned, style: { align: "right" } });
    b.formula(r, col + 2, guard(at(C.hit)), hit ? hit.m.hit : "", { style: { align: "center" } });
    b.anchor(`miss${i}`, `${L(col)}${r}`);
    b.anchor(`missErr${i}`, `${L(col + 1)}${r}`);
  }
  return top + 2 + k;
}

function summaryWidths(b: GridBuilder): void {
  b.width(SUMMARY_COL, 42);
  b.width(SUMMARY_COL + 1, 14);
  b.width(SUMMARY_COL + 2, 12);
}

/** Forecast vs actual for one month M (mode "smm": =SMM.* formulas; "plain": over the Data sheet). */
export function forecastVsActualMonth(ds: Dataset, options: { month: string; builtAt?: string; sheetName?: string }, mode: Mode): Grid {
  const month = checkPeriod(options.month, "month");
  const builtAt = options.builtAt ?? new Date().toISOString();
  const src = sourceFor(ds, mode);
  const order = catalogOrder(ds);
  const models = ds.catalog
    .all()
    .map((p) => pairModel(ds, p.id, month, mode))
    .filter((m) => hasForecast(m) || hasActual(m))
    .sort((x, y) => completeness(x) - completeness(y) || order(x.product) - order(y.product));
  const fcEdition = addMonths(month, -1);
  const editions = uniqueEditions([...models.flatMap((m) => m.editions)]);
  const b = new GridBuilder({ name: options.sheetName ?? `FvA ${month}`, kind: "forecast-vs-actual", mode, builtAt, editions });
  const loaded = new Set(ds.listEditions().map((e) => e.id));
  const ed = (id: string): string => `${editionLabel(id)}${loaded.has(id) ? "" : " — not loaded"}`;
  const others = editions.filter((e) => e !== fcEdition && e !== month);
  titleBlock(
    b,
    C.note,
    `SMM forecast vs actual — ${formatPeriodLong(month)}`,
    `Forecasts for ${month} from the ${ed(fcEdition)}; actuals from the ${ed(month)}${others.length ? `; also drawn on: ${others.join(", ")} (restatements and revisions: newest wins)` : ""}.`,
    `Built ${formatBuilt(builtAt)} from ${ds.listEditions().length} loaded editions. ${modeLine(mode)} Error = actual − forecast; direction from SMM.TREND (hit when both sides say up, down or flat).`,
  );
  tableHeaders(b, ["Product id", "Product", "Group"], false);
  const last = Math.max(FIRST, FIRST + models.length - 1);
  models.forEach((m, i) => {
    const r = FIRST + i;
    b.value(r, C.a, m.product, { style: { color: COLORS.subtle } });
    b.value(r, C.b, m.name, { style: { bold: true } });
    b.value(r, C.c, m.group);
    writePairRow(b, src, r, ref(`$A${r}`), text(month), m);
  });
  if (!models.length) b.value(FIRST, C.b, `No forecast or actual for ${month} in the loaded editions.`, { style: { italic: true } });
  tableFormats(b, last);
  let next = summaryBlock(b, 5, FIRST, last, models, `Summary — ${formatPeriodLong(month)}`);
  next = missesBlock(b, next + 1, FIRST, last, models, 3, false);
  summaryWidths(b);
  const paired = models.filter((m) => num(m.err) !== undefined).length;
  if (paired > 0) {
    const end = FIRST + paired - 1;
    b.chart({
      kind: "column",
      title: `MoM change, ${formatPeriodLong(month)}: SMM forecast vs actual`,
      categories: rangeRef(FIRST, C.b, end, C.b),
      series: [
        { name: `Forecast (${fcEdition} edition)`, values: rangeRef(FIRST, C.fcMom, end, C.fcMom) },
        { name: `Actual (${month} edition)`, values: rangeRef(FIRST, C.acMom, end, C.acMom) },
      ],
      from: a1(next + 1, SUMMARY_COL),
      to: a1(next + 21, SUMMARY_COL + 6),
      valueFormat: "0%",
    });
  }
  b.anchor("firstRow", a1(FIRST, 1)).anchor("lastRow", a1(last, 1));
  return b.grid;
}

/** Forecast vs actual over a range of months: detail rows, per-product and per-month summaries. */
export function forecastVsActualRange(ds: Dataset, options: { from: string; to: string; builtAt?: string; sheetName?: string }, mode: Mode): Grid {
  const from = checkPeriod(options.from, "from");
  const to = checkPeriod(options.to, "to");
  if (from > to) throw new RangeError(`from (${from}) is after to (${to})`);
  const builtAt = options.builtAt ?? new Date().toISOString();
  const src = sourceFor(ds, mode);
  const order = catalogOrder(ds);
  const months = periodRange(from, to);
  const models: PairModel[] = [];
  for (const p of ds.catalog.all()) {
    // Only months with some forecast figure or direction for the product can have a row.
    const withForecast = new Set(ds.periodsOf(p.id, "", "forecast"));
    for (const m of months) {
      if (!withForecast.has(m)) continue;
      const pm = pairModel(ds, p.id, m, mode);
      if (hasForecast(pm)) models.push(pm);
    }
  }
  models.sort((x, y) => order(x.product) - order(y.product) || (x.month < y.month ? -1 : x.month > y.month ? 1 : 0));
  const editions = uniqueEditions(models.flatMap((m) => m.editions));
  const b = new GridBuilder({ name: options.sheetName ?? `FvA ${from} to ${to}`, kind: "forecast-vs-actual-range", mode, builtAt, editions });
  titleBlock(
    b,
    C.note,
    `SMM forecast vs actual — ${formatPeriodLong(from)} to ${formatPeriodLong(to)}`,
    `Forecasts for month M from edition M-1, actuals from edition M (newest statement wins); editions drawn on: ${editions.length ? editions.join(", ") : "none"}.`,
    `Built ${formatBuilt(builtAt)} from ${ds.listEditions().length} loaded editions. ${modeLine(mode)} One row per product and month with a forecast.`,
  );
  tableHeaders(b, ["Month", "Product id", "Product"], true);
  const first = FIRST;
  const last = Math.max(first, first + models.length - 1);
  models.forEach((m, i) => {
    const r = first + i;
    b.value(r, C.a, m.month, { style: { align: "center" } });
    b.value(r, C.b, m.product, { style: { color: COLORS.subtle } });
    b.value(r, C.c, m.name, { style: { bold: true } });
    writePairRow(b, src, r, ref(`$B${r}`), ref(`$A${r}`), m);
    b.value(r, C.month, Number(m.month.replace("-", "")));
  });
  if (!models.length) b.value(first, C.c, `No forecasts for ${from}..${to} in the loaded editions.`, { style: { italic: true } });
  tableFormats(b, last);

  // By product: hit rate and bias over the range.
  const col = SUMMARY_COL;
  const rng = (c: number): string => `$${L(c)}$${first}:$${L(c)}$${last}`;
  const products = [...new Set(models.map((m) => m.product))];
  const blockHeaders = (top: number, title: string, firstHead: string, secondHead: string): void => {
    b.value(top, col, title, { style: HEADER_STYLE });
    b.style(rangeRef(top, col, top, col + 7), HEADER_STYLE);
    b.merge(rangeRef(top, col, top, col + 7));
    [firstHead, secondHead, "Judged", "Hits", "Hit rate", "Bias, MoM", "MAE, MoM", "Bias, output (mt)"].forEach((h, i) =>
      b.value(top + 1, col + i, h, { style: HEADER_STYLE }),
    );
  };
  const statsRow = (r: number, sel: readonly PairModel[], crit: string): void => {
    const judged = sel.filter((m) => m.hit !== "n/a").length;
    const hits = sel.filter((m) => m.hit === "hit").length;
    const errs = sel.map((m) => num(m.err)).filter((x): x is number => x !== undefined);
    const abss = sel.map((m) => num(m.abs)).filter((x): x is number => x !== undefined);
    const outs = sel.map((m) => num(m.outErr)).filter((x): x is number => x !== undefined);
    const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
    const J = (c: number): string => `${L(c)}${r}`;
    b.formula(r, col + 2, `COUNTIFS(${crit},${rng(C.hit)},"hit")+COUNTIFS(${crit},${rng(C.hit)},"miss")`, judged, { numFmt: FMT.count });
    b.formula(r, col + 3, `COUNTIFS(${crit},${rng(C.hit)},"hit")`, hits, { numFmt: FMT.count });
    b.formula(r, col + 4, `IF(${J(col + 2)}=0,"n/a",${J(col + 3)}/${J(col + 2)})`, judged ? hits / judged : "n/a", { numFmt: FMT.pct });
    const nErr = `COUNTIFS(${crit},${rng(C.abs)},">=0")`;
    b.formula(r, col + 5, `IF(${nErr}=0,"n/a",SUMIFS(${rng(C.err)},${crit})/${nErr})`, errs.length ? sum(errs) / errs.length : "n/a", {
      numFmt: FMT.pctSigned,
    });
    b.formula(r, col + 6, `IF(${nErr}=0,"n/a",SUMIFS(${rng(C.abs)},${crit})/${nErr})`, abss.length ? sum(abss) / abss.length : "n/a", { numFmt: FMT.pct });
    const nOut = `(COUNTIFS(${crit},${rng(C.outErr)},">=0")+COUNTIFS(${crit},${rng(C.outErr)},"<0"))`;
    b.formula(r, col + 7, `IF(${nOut}=0,"n/a",SUMIFS(${rng(C.outErr)},${crit})/${nOut})`, outs.length ? sum(outs) / outs.length : "n/a", {
      numFmt: FMT.tonnesSigned,
    });
  };
  let top = 5;
  blockHeaders(top, `By product — ${from} to ${to}`, "Product id", "Product");
  products.forEach((id, i) => {
    const r = top + 2 + i;
    const sel = models.filter((m) => m.product === id);
    b.value(r, col, id, { style: { color: COLORS.subtle } });
    b.value(r, col + 1, sel[0]?.name ?? id, { style: { bold: true } });
    statsRow(r, sel, `${rng(C.b)},$${L(col)}${r}`);
    b.anchor(`product:${id}`, a1(r, col));
  });
  top = top + 2 + products.length + 1;
  const monthsWith = months.filter((m) => models.some((x) => x.month === m));
  blockHeaders(top, "By month", "Month", "Forecast edition");
  const monthTop = top + 2;
  monthsWith.forEach((m, i) => {
    const r = monthTop + i;
    b.value(r, col, m, { style: { align: "center", bold: true } });
    b.value(r, col + 1, addMonths(m, -1), { style: { color: COLORS.subtle, align: "center" } });
    statsRow(
      r,
      models.filter((x) => x.month === m),
      `${rng(C.month)},${Number(m.replace("-", ""))}`,
    );
    b.anchor(`month:${m}`, a1(r, col));
  });
  top = monthTop + monthsWith.length + 1;
  top = summaryBlock(b, top, first, last, models, `Overall — ${from} to ${to}`) + 1;
  top = missesBlock(b, top, first, last, models, 5, true);
  b.width(col, 26);
  b.width(col + 1, 30);
  for (let i = 2; i <= 7; i++) b.width(col + i, 12);
  if (monthsWith.length > 0) {
    const end = monthTop + monthsWith.length - 1;
    b.chart({
      kind: "column",
      title: "Forecast directions judged and hit, by month",
      categories: rangeRef(monthTop, col, end, col),
      series: [
        { name: "Judged (both sides state a direction)", values: rangeRef(monthTop, col + 2, end, col + 2) },
        { name: "Hits (same direction)", values: rangeRef(monthTop, col + 3, end, col + 3) },
      ],
      from: a1(top + 1, col),
      to: a1(top + 21, col + 6),
      valueFormat: "0",
    });
  }
  b.anchor("firstRow", a1(first, 1)).anchor("lastRow", a1(last, 1));
  return b.grid;
}

/** Forecast vs actual: one month (`month`) or a range (`from`..`to`). */
export function buildForecastVsActual(ds: Dataset, options: ForecastVsActualOptions, mode: Mode): Grid {
  const base = { ...(options.builtAt ? { builtAt: options.builtAt } : {}), ...(options.sheetName ? { sheetName: options.sheetName } : {}) };
  if (options.from && options.to && options.from !== options.to) return forecastVsActualRange(ds, { from: options.from, to: options.to, ...base }, mode);
  const month = options.month ?? options.from ?? options.to;
  if (!month) throw new RangeError("forecast vs actual needs a month (or from and to)");
  return forecastVsActualMonth(ds, { month, ...base }, mode);
}

/** Months (sorted) for which some product has a forecast figure or direction. */
export function forecastMonths(ds: Dataset): string[] {
  const out = new Set<string>();
  for (const p of ds.catalog.all()) for (const m of ds.periodsOf(p.id, "", "forecast")) out.add(m);
  return [...out].sort();
}

/**
 * The default month of the template: the latest month with a MoM forecast and a MoM actual for the
 * same product; failing that, the latest with any comparable pair (output or direction); or null.
 */
export function latestPairedMonth(ds: Dataset): string | null {
  const periods = forecastMonths(ds).reverse();
  const models = (m: string): PairModel[] =>
    ds.catalog
      .all()
      .filter((p) => ds.periodsOf(p.id, "", "forecast").includes(m))
      .map((p) => pairModel(ds, p.id, m, "plain"));
  for (const m of periods) if (models(m).some((pm) => num(pm.err) !== undefined)) return m;
  for (const m of periods) if (models(m).some((pm) => pm.hit !== "n/a" || num(pm.outErr) !== undefined)) return m;
  return null;
}
