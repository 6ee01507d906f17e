/**
 * The shared body of every SMM.* wrapper: answer from the in-memory dataset, synchronously once it
 * is loaded; before that, return a promise that settles when the load does (bounded: never a
 * #BUSY! forever). Errors go through ./excel-errors.ts and are returned as values: nothing throws.
 */
import type { FunctionName } from "../core/query";
import { callFunction, figureOf } from "../core/query";
import type { QueryResult } from "../core/types";
import { fail } from "../core/types";
import type { SmmRuntime } from "../runtime/state";
import { getRuntime } from "../runtime/state";
import type { CellResult } from "./excel-errors";
import { toExcel } from "./excel-errors";

/** Longest a formula waits for the initial load before answering #N/A. */
export const LOAD_WAIT_MS = 120_000;

/** Adds why the data is missing to a #N/A when no data is loaded or the load failed. */
function withLoadContext(r: QueryResult, rt: SmmRuntime): QueryResult {
  if (r.ok || r.error !== "#N/A") return r;
  const st = rt.loadStatus();
  if (st.phase === "failed") return fail("#N/A", `${r.message} (${st.message})`);
  if (rt.dataset.editionCount() === 0) return fail("#N/A", `${r.message} (no SMM data is loaded: ${rt.problems() || "no source has editions"})`);
  return r;
}

/** The answer: a figure goes straight back (the common case); anything else through callFunction, which never throws. */
function answer(rt: SmmRuntime, name: FunctionName, args: readonly unknown[]): CellResult {
  let v: number | undefined;
  try {
    v = figureOf(rt.dataset, name, args);
  } catch {
    v = undefined; // callFunction reports it as an internal error (it never throws)
  }
  if (v !== undefined) return v;
  return toExcel(withLoadContext(callFunction(rt.dataset, name, args, false), rt));
}

function waitForLoad(rt: SmmRuntime): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), LOAD_WAIT_MS);
  });
  return Promise.race([rt.whenLoaded().then(() => true), timeout]).finally(() => timer !== undefined && clearTimeout(timer));
}

/**
 * Runs contract function `name` with Excel's arguments. Returns the value or the Excel error
 * (never throws) synchronously when the data is loaded, else a promise of the same.
 */
export function invoke(name: FunctionName, args: readonly unknown[]): CellResult | Promise<CellResult> {
  const rt = getRuntime();
  if (rt.isReady()) return answer(rt, name, args);
  return waitForLoad(rt).then((loaded) => {
    if (!loaded) return toExcel(fail("#N/A", `SMM data is still loading after ${LOAD_WAIT_MS / 1000} s: ${rt.loadStatus().message}`));
    return answer(rt, name, args);
  });
}
