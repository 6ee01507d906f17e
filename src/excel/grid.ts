/**
 * The one Excel writer: a Grid (src/core/grid.ts, the one model) goes
 * - to a new worksheet (`{ kind: "sheet" }`: templates), in two syncs: probe which sheet names are
 *   taken, then add the sheet and queue everything (number formats and formulas as two 2-D arrays
 *   over the used range, styles by rectangles, merges, column widths, row heights, conditional
 *   formats, charts, frozen panes, activation);
 * - or at the active cell or an address (Explore's tables, the formula builder), in two syncs: one
 *   to check the target (protection, cells in the way, a spilling formula's cells, the
 *   linked-table registry), one to write; optionally registering the block as a linked table.
 * Linked-table refresh (linkedTables.ts) writes through `queueCells` too.
 *
 * Requirement sets: ExcelApi 1.4 (getItemOrNullObject), 1.6 (conditional formats), 1.7 (freeze
 * panes, chart series), 1.8 (axis number format); features above what the host supports are
 * skipped, not failed.
 */
import { areaAddress, parseArea } from "../core/a1";
import { a1, gridMatrices, gridSize, nameCandidates, parseRange, safeSheetName, sheetParts, styleRuns, type CellStyle, type Grid } from "../core/grid";
import { COLORS } from "../core/templates/grid";
import { addLinkInBatch, readRegistryInBatch } from "./linkedTables";
import { isEmptyCell, runExcel, stop } from "./run";
import type { ExcelOutcome, WriteOptions, WriteResult, WriteTarget } from "./types";

function defaultSupports(version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
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

/**
 * Queues a grid's cells: number formats, then formulas (so text stays text) over its used range in
 * one assignment each, styles by rectangles, merges, and column autofit when the grid asks (and
 * `autofit` is not false: a refresh keeps the widths the user set). `at` maps the grid's own A1
 * ranges to ranges of the sheet. Returns the used range.
 */
export function queueCells(at: (ref: string) => Excel.Range, grid: Grid, autofit = true): Excel.Range {
  const m = gridMatrices(grid);
  const used = at(m.rows === 1 && m.cols === 1 ? "A1" : `A1:${a1(m.rows, m.cols)}`);
  used.numberFormat = m.numberFormats;
  used.formulas = m.formulas;
  for (const [addr, style] of styleRuns(grid)) applyStyle(at(addr), style);
  for (const mg of grid.merges) at(mg).merge(false);
  if (autofit && grid.autofit && (m.rows > 1 || m.cols > 1)) used.format.autofitColumns();
  return used;
}

/** Maps a grid's own A1 ranges to ranges from `anchor` (the grid's A1 is the anchor's top-left cell). */
export const rangesFrom =
  (anchor: Excel.Range) =>
  (ref: string): Excel.Range => {
    const r = parseRange(ref);
    return anchor.getCell(r.top - 1, r.left - 1).getResizedRange(r.bottom - r.top, r.right - r.left);
  };

/** Sheet-level parts: column widths, row heights, conditional formats, frozen panes, charts. */
function queueSheetParts(ws: Excel.Worksheet, grid: Grid, supports: (version: string) => boolean): void {
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
}

/** To a new worksheet named after the grid ("name (2)"... when taken). */
async function toNewSheet(ctx: Excel.RequestContext, sync: () => Promise<void>, grid: Grid, opts: WriteOptions): Promise<WriteResult> {
  const sheets = ctx.workbook.worksheets;
  const candidates = nameCandidates(grid.name);
  const probes = candidates.map((n) => {
    const p = sheets.getItemOrNullObject(n);
    p.load("isNullObject");
    return p;
  });
  await sync();
  const free = candidates.find((_, i) => probes[i]?.isNullObject === true);
  const name = free ?? safeSheetName(`${grid.name.slice(0, 20)} ${Date.now().toString(36)}`);

  const ws = sheets.add(name);
  const { rows, cols } = gridSize(grid);
  queueCells((ref) => ws.getRange(ref), grid);
  queueSheetParts(ws, grid, opts.supports ?? defaultSupports);
  if (opts.activate !== false) ws.activate();
  await sync();
  return { name, address: `${name}!A1:${a1(rows, cols)}`, rows, cols, cells: Object.keys(grid.cells).length };
}

/** At the active cell or an address, after checking the target. */
async function atCell(
  ctx: Excel.RequestContext,
  sync: () => Promise<void>,
  target: Exclude<WriteTarget, { kind: "sheet" }>,
  grid: Grid,
  opts: WriteOptions,
): Promise<WriteResult> {
  const { rows, cols } = gridSize(grid);
  const wb = ctx.workbook;
  const anchor = target.kind === "active" ? wb.getActiveCell() : wb.worksheets.getItem(target.sheet).getRange(target.address).getCell(0, 0);
  const checkRows = Math.max(rows, opts.spill?.rows ?? 0);
  const checkCols = Math.max(cols, opts.spill?.cols ?? 0);
  const area = anchor.getResizedRange(checkRows - 1, checkCols - 1);
  area.load("address,values");
  const ws = anchor.worksheet;
  ws.load("name");
  ws.protection.load("protected");
  const registry = opts.link ? readRegistryInBatch(ctx) : null;
  await sync();

  if (ws.protection.protected === true)
    stop("protected", `Sheet "${ws.name}" is protected: unprotect it (Review > Unprotect Sheet) or choose another sheet. Nothing was written.`);
  const a = parseArea(area.address);
  if (!a) stop("failed", `Excel gave an unreadable address: ${area.address}`);
  const at = a as NonNullable<typeof a>;
  const written = { ...at, r1: at.r0 + rows - 1, c1: at.c0 + cols - 1 };
  const writtenAddress = areaAddress(written);
  let busy = 0;
  const values = area.values as unknown[][];
  for (let i = 0; i < values.length; i++) {
    const row = values[i] ?? [];
    for (let j = 0; j < row.length; j++) {
      if (opts.spill && i === 0 && j === 0) continue;
      if (!isEmptyCell(row[j])) busy++;
    }
  }
  if (opts.spill && busy > 0) {
    stop(
      "spill-blocked",
      `The result spills into ${areaAddress(at)} (${checkRows} x ${checkCols} cells) but ${busy} of those cells ${busy === 1 ? "is" : "are"} not empty, so Excel would show #SPILL!. Clear them or pick another cell. Nothing was written.`,
      areaAddress(at),
    );
  }
  if (!opts.overwrite && busy > 0) {
    stop(
      "not-empty",
      `${busy} cell${busy === 1 ? "" : "s"} in ${writtenAddress} ${busy === 1 ? "is" : "are"} not empty. Choose "Overwrite" to replace ${busy === 1 ? "it" : "them"}, or select an empty cell. Nothing was written.`,
      writtenAddress,
    );
  }

  const range = queueCells(rangesFrom(anchor), grid);
  let linked: WriteResult["linked"];
  if (opts.link && registry) linked = addLinkInBatch(ctx, registry, range, writtenAddress, opts.link.query, opts.link.title);
  await sync();
  return { name: ws.name, address: writtenAddress, rows, cols, cells: Object.keys(grid.cells).length, ...(linked ? { linked } : {}) };
}

/**
 * Writes a grid to a new sheet (templates) or at a cell (Explore's tables, the formula builder).
 * Errors come back as an outcome with a message for the user (see runExcel), never thrown.
 */
export async function writeGrid(target: WriteTarget, grid: Grid, opts: WriteOptions = {}): Promise<ExcelOutcome<WriteResult>> {
  const { rows, cols } = gridSize(grid);
  if (!rows || !cols) return { ok: false, code: "failed", message: "Nothing to write: the table is empty.", syncs: 0 };
  if (target.kind === "sheet") return runExcel(`insert the ${grid.name} sheet`, (ctx, sync) => toNewSheet(ctx, sync, grid, opts));
  const parts = sheetParts(grid);
  if (parts.length)
    return { ok: false, code: "failed", message: `This grid has ${parts.join(", ")}: it goes into a sheet of its own. Nothing was written.`, syncs: 0 };
  return runExcel("write to the sheet", (ctx, sync) => atCell(ctx, sync, target, grid, opts));
}
