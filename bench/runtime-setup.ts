/**
 * What the benchmark needs of the add-in's runtime: a CustomFunctions global like the one office.js
 * provides in Excel (the wrappers throw its Error for #VALUE!/#N/A), and the shared runtime started
 * on a given dataset through its real load path (bundled dataset fetched and validated).
 */
import { toDatasetFile } from "../src/core/store";
import type { Edition } from "../src/core/types";
import type { FetchLike } from "../src/runtime/sources";
import { resetRuntime, type SmmRuntime } from "../src/runtime/state";

export class CfError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

export function installCustomFunctions(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: CfError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    associate: () => undefined,
  };
}

const BUNDLED = "https://bench.invalid/data/bundled.json";

/** Starts a fresh shared runtime whose bundled dataset is these editions. */
export async function startRuntimeWith(editions: readonly Edition[]): Promise<SmmRuntime> {
  const body = JSON.stringify(toDatasetFile(editions));
  const fetchFn: FetchLike = async (url) =>
    url === BUNDLED
      ? { ok: true, status: 200, statusText: "OK", text: async () => body }
      : { ok: false, status: 404, statusText: "Not Found", text: async () => "" };
  const rt = resetRuntime();
  await rt.start({ fetch: fetchFn, bundledUrl: BUNDLED });
  if (!rt.isReady()) throw new Error(`runtime not ready: ${rt.loadStatus().message}`);
  return rt;
}
