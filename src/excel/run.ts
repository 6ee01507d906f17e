/**
 * Excel.run with a counted sync and errors turned into clear messages. Every Office.js call of the
 * task pane goes through here (src/excel/* only).
 */
import type { ExcelFailure, ExcelOutcome } from "./types";

export const NO_EXCEL_MESSAGE = "Writing to a sheet needs Excel: open this pane from the SMM add-in in Excel. Here you can still explore, preview and import.";

/** True when the Excel JavaScript API is present (inside Excel, or a test's fake host). */
export function excelAvailable(): boolean {
  try {
    return typeof Excel !== "undefined" && typeof Excel.run === "function";
  } catch {
    return false;
  }
}

/** A controlled failure thrown inside `runExcel` bodies. */
export class ExcelStop extends Error {
  constructor(
    readonly code: ExcelFailure,
    message: string,
    readonly address?: string,
  ) {
    super(message);
  }
}

export const stop = (code: ExcelFailure, message: string, address?: string): never => {
  throw new ExcelStop(code, message, address);
};

/** Office.js errors (OfficeExtension.Error has .code and .message) -> what the user can do about it. */
export function describeExcelError(e: unknown, action: string): { code: ExcelFailure; message: string } {
  const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
  const msg = e instanceof Error ? e.message : typeof e === "object" && e !== null && "message" in e ? String((e as { message: unknown }).message) : String(e);
  switch (code) {
    case "AccessDenied":
      return {
        code: "protected",
        message: `Excel refused to ${action}: the sheet or workbook is protected or read-only. Unprotect it (Review > Unprotect Sheet) or pick another sheet.`,
      };
    case "InvalidOperationInCellEditMode":
      return { code: "edit-mode", message: `Excel is editing a cell: press Enter or Esc, then try again to ${action}.` };
    case "InvalidSelection":
      return { code: "no-selection", message: `Select a cell first: a chart, shape or nothing is selected, so there is nowhere to ${action}.` };
    case "ItemNotFound":
    case "InvalidReference":
      return { code: "not-found", message: `Excel could not ${action}: a sheet, name or range it needs is gone (${msg}).` };
    case "InvalidArgument":
      return {
        code: "no-room",
        message: `Excel could not ${action}: the block does not fit (it would run past the sheet's last row or column) or a value was refused. Pick a cell higher up or further left. (${msg})`,
      };
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return { code: "failed", message: `Excel could not ${action}: too much data in one go. Choose fewer products, measures or months.` };
    case "ApiNotFound":
      return { code: "failed", message: `This version of Excel lacks a feature needed to ${action} (${msg}). Update Excel or use Excel on the web.` };
    default:
      return { code: "failed", message: `Excel could not ${action}: ${msg}${code ? ` (${code})` : ""}.` };
  }
}

/**
 * Runs one Excel batch. `sync` counts the context.sync() calls (each is a round trip to Excel);
 * actions keep to one or two.
 */
export async function runExcel<T>(action: string, body: (ctx: Excel.RequestContext, sync: () => Promise<void>) => Promise<T>): Promise<ExcelOutcome<T>> {
  if (!excelAvailable()) return { ok: false, code: "no-excel", message: NO_EXCEL_MESSAGE, syncs: 0 };
  let syncs = 0;
  try {
    const value = await Excel.run(async (ctx) => {
      const sync = async (): Promise<void> => {
        syncs++;
        await ctx.sync();
      };
      return body(ctx, sync);
    });
    return { ok: true, value, syncs };
  } catch (e) {
    if (e instanceof ExcelStop) return { ok: false, code: e.code, message: e.message, syncs, ...(e.address ? { address: e.address } : {}) };
    const d = describeExcelError(e, action);
    return { ok: false, ...d, syncs };
  }
}

/** A cell that holds nothing. */
export const isEmptyCell = (v: unknown): boolean => v === "" || v === null || v === undefined;
