/**
 * The Office side of the runtime: adapters from the interfaces in ./persist.ts to Office APIs,
 * and `bootOffice()`, which starts the shared runtime once Office is ready. Everything that
 * touches `Office`, `Excel` or `OfficeRuntime` lives here so the logic stays testable in jest.
 */
import type { KeyValueStore, WorkbookStore } from "./persist";
import { MemoryStore, XML_NAMESPACE } from "./persist";
import type { FetchLike } from "./sources";
import { getRuntime } from "./state";
import { workbookPartStore } from "../excel/workbookPart";

/** Set by webpack's DefinePlugin (SMM_TEAM_URL at build time); absent under jest. */
declare const __SMM_TEAM_URL__: string | undefined;
/** Path of the bundled dataset relative to the add-in's pages (webpack copies data/bundled.json there). */
export const BUNDLED_PATH = "data/bundled.json";

interface OfficeRuntimeGlobal {
  storage?: KeyValueStore;
}

/** OfficeRuntime.storage (shared runtime: ~10 MB per add-in, string values), or null. */
export function officeStorage(): KeyValueStore | null {
  const rt = (globalThis as { OfficeRuntime?: OfficeRuntimeGlobal }).OfficeRuntime;
  const s = rt?.storage;
  return s && typeof s.getItem === "function" && typeof s.setItem === "function" ? s : null;
}

/** window.localStorage as a KeyValueStore (outside Office, e.g. previewing the page in a browser). */
export function localStorageStore(prefix = "smm:"): KeyValueStore | null {
  try {
    const ls = (globalThis as { localStorage?: Storage }).localStorage;
    if (!ls) return null;
    return {
      getItem: async (k) => ls.getItem(prefix + k),
      setItem: async (k, v) => ls.setItem(prefix + k, v),
      removeItem: async (k) => ls.removeItem(prefix + k),
    };
  } catch {
    return null;
  }
}

const hasExcelApi = (version: string): boolean => {
  try {
    return typeof Excel !== "undefined" && typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
};

/** The workbook's custom XML part in the SMM namespace (ExcelApi 1.5), or null when unsupported. */
export function excelWorkbookStore(): WorkbookStore | null {
  return workbookPartStore(XML_NAMESPACE);
}

/** Recalculates the workbook so =SMM.* cells pick up changed data (they are not volatile). */
export async function requestFullRecalc(): Promise<void> {
  if (!hasExcelApi("1.1")) return;
  await Excel.run(async (ctx) => {
    ctx.workbook.application.calculate(Excel.CalculationType.full);
    await ctx.sync();
  });
}

function pageUrl(path: string): string {
  try {
    const base = (globalThis as { document?: Document }).document?.baseURI ?? (globalThis as { location?: Location }).location?.href;
    return base ? new URL(path, base).toString() : path;
  } catch {
    return path;
  }
}

/** Starts the shared runtime with the real adapters. Safe to call more than once. */
export function startInOffice(): void {
  const rt = getRuntime();
  if (rt.isStarted) return;
  const fetchFn = typeof fetch === "function" ? (fetch.bind(globalThis) as unknown as FetchLike) : undefined;
  rt.start({
    fetch: fetchFn,
    bundledUrl: pageUrl(BUNDLED_PATH),
    storage: officeStorage() ?? localStorageStore() ?? new MemoryStore(),
    workbook: excelWorkbookStore(),
    defaultTeamUrl: typeof __SMM_TEAM_URL__ === "string" && __SMM_TEAM_URL__ ? __SMM_TEAM_URL__ : null,
    requestRecalc: requestFullRecalc,
  });
}

/**
 * Boots the runtime when office.js is present: after Office.onReady, or after 10 s without it
 * (office.js loaded outside Office, or its host files missing) so functions never wait forever.
 * Does nothing under jest (no `Office` global): tests start the runtime themselves.
 */
export function bootOffice(): void {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return;
  const fallback = setTimeout(startInOffice, 10_000);
  Office.onReady()
    .then(() => {
      clearTimeout(fallback);
      startInOffice();
    })
    .catch(() => {
      clearTimeout(fallback);
      startInOffice();
    });
}
