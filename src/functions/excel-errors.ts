/**
 * The ONE place where core results become Excel values: `{ ok: true, value }` is returned as is;
 * `{ ok: false, error, message }` becomes a CustomFunctions.Error (#VALUE! -> invalidValue,
 * #N/A -> notAvailable) carrying the message Excel shows when hovering the cell.
 */
import type { ErrorCode, QueryResult, QueryValue } from "../core/types";

/** Excel shows the message in a tooltip: keep it readable. */
export const MAX_MESSAGE_LENGTH = 500;

const clip = (s: string): string => (s.length > MAX_MESSAGE_LENGTH ? `${s.slice(0, MAX_MESSAGE_LENGTH - 3)}...` : s);

/** A CustomFunctions.Error for a core error code (a plain Error outside Excel, e.g. a bare browser). */
export function excelError(code: ErrorCode, message: string): Error | CustomFunctions.Error {
  if (typeof CustomFunctions === "undefined" || typeof CustomFunctions.Error !== "function") {
    return new Error(`${code} ${message}`);
  }
  const ec = code === "#VALUE!" ? CustomFunctions.ErrorCode.invalidValue : CustomFunctions.ErrorCode.notAvailable;
  return new CustomFunctions.Error(ec, clip(message));
}

const errors = new WeakMap<QueryResult, Error | CustomFunctions.Error>();

/** What a wrapper hands Excel: the value, or the error the cell shows (with its message). */
export type CellResult = QueryValue | Error | CustomFunctions.Error;

/**
 * The cell value for a result: the value itself, or the CustomFunctions.Error for a failure,
 * RETURNED rather than thrown. Excel's custom-functions runtime serialises a returned
 * CustomFunctions.Error as the cell's error value with its message, exactly as it does a thrown
 * one (custom-functions-runtime: _setResultWithOutboundData, `result instanceof
 * CustomFunctionError`), and as it does an error inside a spilled array; returning it costs no
 * exception unwinding on the #N/A path, which sheets hit often (a month not yet reported).
 */
export function toExcel(r: QueryResult): CellResult {
  if (!r.ok) {
    // the core hands out the same failure object for the same question (memoised per argument
    // and dataset version): its Excel error is made once
    let e = errors.get(r);
    if (!e) errors.set(r, (e = excelError(r.error, r.message)));
    return e;
  }
  const v = r.value;
  if (typeof v === "number" && !Number.isFinite(v)) return excelError("#N/A", "the figure is not a finite number");
  return v;
}
