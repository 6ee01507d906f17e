/**
 * Reading cells for Trace: the active cell (formula, value, spill anchor, linked table) in one
 * sync, and the values of cells an =SMM.* formula refers to in one more.
 */
import { parseArea, splitSheet } from "../core/a1";
import { cachedLinks } from "./linkedTables";
import { supportsExcelApi } from "./requirements";
import { runExcel } from "./run";
import type { ActiveCellInfo, ExcelOutcome, LinkRecord } from "./types";

export interface ActiveCellRead extends ActiveCellInfo {
  /** When the cell lies in a linked table: the table and the cell's offset in it. */
  linked?: { rec: LinkRecord; row: number; col: number };
}

const first = (x: unknown): unknown => (Array.isArray(x) ? (Array.isArray(x[0]) ? x[0][0] : x[0]) : x);

export async function readActiveCell(): Promise<ExcelOutcome<ActiveCellRead>> {
  return runExcel("read the active cell", async (ctx, sync) => {
    const cell = ctx.workbook.getActiveCell();
    cell.load("address,formulas,values");
    let parent: Excel.Range | null = null;
    // ExcelApi 1.12: office.js defines it everywhere, an older Excel fails the sync (ApiNotFound)
    if (supportsExcelApi("1.12")) {
      parent = cell.getSpillParentOrNullObject();
      parent.load("address,formulas");
    }
    const links = cachedLinks() ?? [];
    const names = links.map((rec) => {
      const n = ctx.workbook.names.getItemOrNullObject(rec.name);
      n.load("formula");
      return n;
    });
    await sync();
    const { sheet } = splitSheet(cell.address);
    const info: ActiveCellRead = { address: cell.address, sheet, formula: String(first(cell.formulas) ?? ""), value: first(cell.values) };
    const here = parseArea(cell.address);
    if (parent && parent.isNullObject !== true && parent.address && parent.address !== cell.address) {
      const top = parseArea(parent.address);
      if (top && here) info.spill = { address: parent.address, formula: String(first(parent.formulas) ?? ""), row: here.r0 - top.r0, col: here.c0 - top.c0 };
    }
    if (here) {
      links.forEach((rec, i) => {
        const n = names[i];
        const f = n && n.isNullObject !== true && typeof n.formula === "string" ? n.formula.replace(/^=/, "") : "";
        const a = f ? parseArea(f) : null;
        if (!info.linked && a && a.sheet.toLowerCase() === sheet.toLowerCase() && here.r0 >= a.r0 && here.r0 <= a.r1 && here.c0 >= a.c0 && here.c0 <= a.c1) {
          info.linked = { rec, row: here.r0 - a.r0, col: here.c0 - a.c0 };
        }
      });
    }
    return info;
  });
}

/** Values of cell references ("B2", "Inputs!$C$3"), relative to `sheet`. One sync. */
export async function readCellValues(refs: readonly string[], sheet: string): Promise<ExcelOutcome<Record<string, unknown>>> {
  return runExcel("read the formula's input cells", async (ctx, sync) => {
    const ranges = refs.map((ref) => {
      const { sheet: s, range } = splitSheet(ref);
      const r = ctx.workbook.worksheets.getItem(s || sheet).getRange(range.replace(/\$/g, ""));
      r.load("values");
      return r;
    });
    if (ranges.length) await sync();
    const out: Record<string, unknown> = {};
    refs.forEach((ref, i) => {
      out[ref] = first(ranges[i]?.values);
    });
    return out;
  });
}
