/**
 * The one Excel adapter for templates: writes a Grid (src/core/templates) into a new worksheet
 * through Office.js, in two context.sync() calls:
 *   1. probe which sheet names are taken (getItemOrNullObject x N);
 *   2. add the sheet, then queue everything (number formats and formulas as two 2-D arrays over the
 *      used range, styles by horizontal runs, merges, column widths, conditional formats, charts,
 *      frozen panes, activation) and sync once.
 *
 * Office.js lives only here. Requirement sets: ExcelApi 1.4 (getItemOrNullObject), 1.6
 * (conditional formats), 1.7 (freeze panes, chart series), 1.8 (axis number format); features
 * above what the host supports are skipped, not failed.
 */
import type { ExcelOutcome } from "./types";
import { runExcel } from "./run";
import { COLORS, a1, cellText, gridBounds, isErrorValue, parseA1, safeSheetName, type CellStyle, type Grid } from "../core/templates/grid";

export interface WriteOptions {
  /** Whether the host supports an ExcelApi version (default: Office.context.requirements). */
  supports?: (version: string) => boolean;
  /** Make the new sheet the active one (default true). */
  activate?: boolean;
  /** The sync to use (default context.sync): runExcel passes its counted one. */
  sync?: () => Promise<void>;
}

export interface WriteResult {
  /** The name the sheet got (the grid's name, or "name (2)"... when taken). */
  name: string;
  /** context.sync() calls made. */
  syncs: number;
  cells: number;
}

function defaultSupports(version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
}

export { cellText };

/** The 2-D arrays written over the used range: formulas/values and number formats. */
export function gridMatrices(grid: Grid): { formulas: (string | number | boolean)[][]; numberFormats: string[][]; rows: number; cols: number } {
  const { rows, cols } = gridBounds(grid);
  const formulas: (string | number | boolean)[][] = Array.from({ length: rows }, () => new Array<string | number | boolean>(cols).fill(""));
  const numberFormats: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill("General"));
  for (const [ref, c] of Object.entries(grid.cells)) {
    const { row, col } = parseA1(ref);
    const f = formulas[row - 1] as (string | number | boolean)[];
    const n = numberFormats[row - 1] as string[];
    if (c.formula) f[col - 1] = c.formula;
    else if (typeof c.value === "string") f[col - 1] = cellText(c.value, c.numFmt);
    else if (typeof c.value === "number" || typeof c.value === "boolean") f[col - 1] = c.value;
    else if (isErrorValue(c.value)) f[col - 1] = `=NA()`;
    if (c.numFmt) n[col - 1] = c.numFmt;
  }
  return { formulas, numberFormats, rows, cols };
}

/** Horizontal runs of cells with the same style: [range, style]. */
export function styleRuns(grid: Grid): [string, CellStyle][] {
  const byRow = new Map<number, { col: number; key: string; style: CellStyle }[]>();
  for (const [ref, c] of Object.entries(grid.cells)) {
    if (!c.style || Object.keys(c.style).length === 0) continue;
    const { row, col } = parseA1(ref);
    const list = byRow.get(row) ?? [];
    list.push({ col, key: JSON.stringify(c.style, Object.keys(c.style).sort()), style: c.style });
    byRow.set(row, list);
  }
  const runs: [string, CellStyle][] = [];
  for (const [row, list] of [...byRow].sort((x, y) => x[0] - y[0])) {
    list.sort((x, y) => x.col - y.col);
    let start = list[0];
    let prev = list[0];
    for (let i = 1; i <= list.length; i++) {
      const cur = list[i];
      if (cur && prev && start && cur.col === prev.col + 1 && cur.key === start.key) {
        prev = cur;
        continue;
      }
      if (start && prev) runs.push([start.col === prev.col ? a1(row, start.col) : `${a1(row, start.col)}:${a1(row, prev.col)}`, start.style]);
      start = cur;
      prev = cur;
    }
  }
  return runs;
}

const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;

function applyStyle(range: Excel.Range, s: CellStyle): void {
  const font = range.format.font;
  if (s.bold !== undefined) font.bold = s.bold;
  if (s.italic !== undefined) font.italic = s.italic;
  if (s.size !== undefined) font.size = s.size;
  if (s.color) font.color = s.color;
  if (s.fill) range.format.fill.color = s.fill;
  if (s.align) range.format.horizontalAlignment = ALIGN[s.align];
  if (s.wrap !== undefined) range.format.wrapText = s.wrap;
  if (s.borderBottom) {
    const edge = range.format.borders.getItem("EdgeBottom");
    edge.style = "Continuous";
    edge.color = COLORS.subtle;
  }
}

/** Candidate sheet names: "Name", "Name (2)", ... within 31 characters. */
export function nameCandidates(name: string, n = 12): string[] {
  const base = safeSheetName(name);
  const out = [base];
  for (let i = 2; i <= n; i++) {
    const suffix = ` (${i})`;
    out.push(base.slice(0, 31 - suffix.length).trimEnd() + suffix);
  }
  return out;
}

/** Writes a grid into a new worksheet of the workbook behind `context`. */
export async function writeGrid(context: Excel.RequestContext, grid: Grid, options: WriteOptions = {}): Promise<WriteResult> {
  const supports = options.supports ?? defaultSupports;
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await (options.sync ? options.sync() : context.sync());
  };
  const sheets = context.workbook.worksheets;

  // 1. Which names are free?
  const candidates = nameCandidates(grid.name);
  const probes = candidates.map((n) => {
    const p = sheets.getItemOrNullObject(n);
    p.load("isNullObject");
    return p;
  });
  await sync();
  const free = candidates.find((_, i) => probes[i]?.isNullObject === true);
  const name = free ?? safeSheetName(`${grid.name.slice(0, 20)} ${Date.now().toString(36)}`);

  // 2. Everything else in one batch.
  const ws = sheets.add(name);
  const m = gridMatrices(grid);
  const used = ws.getRange(`A1:${a1(m.rows, m.cols)}`);
  used.numberFormat = m.numberFormats;
  used.formulas = m.formulas;
  for (const [addr, style] of styleRuns(grid)) applyStyle(ws.getRange(addr), style);
  for (const mg of grid.merges) ws.getRange(mg).merge(false);
  for (const [letter, spec] of Object.entries(grid.columns)) {
    const col = ws.getRange(`${letter}:${letter}`);
    if (spec.width !== undefined) col.format.columnWidth = Math.round(spec.width * 7 + 5);
    if (spec.hidden) col.columnHidden = true;
  }
  for (const [row, height] of Object.entries(grid.rowHeights)) ws.getRange(`${row}:${row}`).format.rowHeight = height;
  if (supports("1.6")) {
    for (const cf of grid.conditionalFormats) {
      const f = ws.getRange(cf.range).conditionalFormats.add("Custom");
      f.custom.rule.formula = cf.formula;
      if (cf.style.fill) f.custom.format.fill.color = cf.style.fill;
      if (cf.style.color) f.custom.format.font.color = cf.style.color;
      if (cf.style.bold !== undefined) f.custom.format.font.bold = cf.style.bold;
    }
  }
  if (supports("1.7")) {
    const { rows, cols } = grid.freeze;
    if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRange(`A1:${a1(rows, cols)}`));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else if (cols > 0) ws.freezePanes.freezeColumns(cols);
    for (const spec of grid.charts) {
      const [firstSeries, ...more] = spec.series;
      if (!firstSeries) continue;
      const chart = ws.charts.add(spec.kind === "line" ? "Line" : "ColumnClustered", ws.getRange(firstSeries.values), "Columns");
      chart.title.text = spec.title;
      chart.legend.position = "Bottom";
      const s0 = chart.series.getItemAt(0);
      s0.name = firstSeries.name;
      s0.setXAxisValues(ws.getRange(spec.categories));
      for (const s of more) {
        const added = chart.series.add(s.name);
        added.setValues(ws.getRange(s.values));
        added.setXAxisValues(ws.getRange(spec.categories));
      }
      if (spec.valueFormat && supports("1.8")) chart.axes.valueAxis.numberFormat = spec.valueFormat;
      chart.setPosition(spec.from, spec.to);
    }
  }
  if (options.activate !== false) ws.activate();
  await sync();
  return { name, syncs, cells: Object.keys(grid.cells).length };
}

/**
 * Inserts a template grid as a new worksheet of the open workbook (the task pane's entry point):
 * `insertTemplate(buildTemplate(dataset, { kind: "forecast-vs-actual", month: "2025-03" }, "smm"))`.
 * Errors come back as an outcome with a message for the user (see runExcel), never thrown.
 */
export async function insertTemplate(grid: Grid, options: WriteOptions = {}): Promise<ExcelOutcome<WriteResult>> {
  return runExcel(`insert the ${grid.name} sheet`, (context, sync) => writeGrid(context, grid, { ...options, sync }));
}
