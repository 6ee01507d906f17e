/**
 * writeGrid: one block of cells (values or formulas, number formats, bold headers) written at the
 * active cell or an address in two syncs: one to check the target (protection, cells in the way,
 * the linked-table registry), one to write. Optionally registers the block as a linked table.
 */
import { areaAddress, parseArea } from "../core/a1";
import { addLinkInBatch, readRegistryInBatch } from "./linkedTables";
import { isEmptyCell, runExcel, stop } from "./run";
import type { ExcelOutcome, Grid, WriteOptions, WriteResult, WriteTarget } from "./types";

export function gridSize(grid: Grid): { rows: number; cols: number } {
  return { rows: grid.cells.length, cols: grid.cells.reduce((n, r) => Math.max(n, r.length), 0) };
}

/** Rectangular copies: cells (null -> "") and formats padded to the widest row. */
function rectangular(grid: Grid, cols: number): { cells: (string | number | boolean)[][]; formats: string[][] } {
  const cells = grid.cells.map((r) => Array.from({ length: cols }, (_, j) => r[j] ?? "").map((v) => (v === null ? "" : v)));
  const formats = grid.cells.map((_, i) => Array.from({ length: cols }, (_, j) => grid.numberFormats[i]?.[j] ?? "General"));
  return { cells, formats };
}

export async function writeGrid(target: WriteTarget, grid: Grid, opts: WriteOptions = {}): Promise<ExcelOutcome<WriteResult>> {
  const { rows, cols } = gridSize(grid);
  if (!rows || !cols) return { ok: false, code: "failed", message: "Nothing to write: the table is empty.", syncs: 0 };
  const { cells, formats } = rectangular(grid, cols);
  return runExcel("write to the sheet", async (ctx, sync) => {
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

    const range = anchor.getResizedRange(rows - 1, cols - 1);
    range.numberFormat = formats;
    range.formulas = cells;
    if (grid.headerRows > 0) anchor.getResizedRange(Math.min(grid.headerRows, rows) - 1, cols - 1).format.font.bold = true;
    if (grid.headerRows > 0 && rows > grid.headerRows)
      range.getCell(grid.headerRows, 0).getResizedRange(rows - grid.headerRows - 1, cols - 1).format.font.bold = false;
    if (rows > 1 || cols > 1) range.format.autofitColumns();
    let linked: WriteResult["linked"];
    if (opts.link && registry) linked = addLinkInBatch(ctx, registry, range, writtenAddress, opts.link.query, opts.link.title);
    await sync();
    return { address: writtenAddress, rows, cols, ...(linked ? { linked } : {}) };
  });
}
