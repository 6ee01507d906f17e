/**
 * The Office side of the runtime: adapters from the interfaces in ./persist.ts to Office APIs,
 * and `bootOffice()`, which starts the shared runtime once Office is ready. Everything that
 * touches `Office`, `Excel` or `OfficeRuntime` lives here so the logic stays testable in jest.
 */
import type { HostInfo } from "../excel/host";
import { officeReady } from "../excel/host";
import type { KeyValueStore, WorkbookStore } from "./persist";
import { MemoryStore, XML_NAMESPACE } from "./persist";
import type { FetchLike } from "./sources";
import { getRuntime } from "./state";
import { workbookPartStore } from "../excel/workbookPart";

/** Set by webpack's DefinePlugin (SMM_TEAM_URL at build time); absent under jest. */
declare const __SMM_TEAM_URL__: string | undefined;
/** Set by webpack: the origins the page's CSP connect-src allows besides its own; absent under jest. */
declare const __SMM_CONNECT__: { origins: string[]; localhost: boolean } | undefined;
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

/**
 * Why the page's Content-Security-Policy would block a fetch of `url`, or null when it allows it:
 * connect-src is the page's own origin plus the team-source origins named at build
 * (SMM_TEAM_URL / SMM_TEAM_ORIGINS; webpack.config.js). Saying so beats the browser's bare
 * "Failed to fetch". `connect` absent (jest, or a page not built by webpack): no check.
 */
export function connectRefusal(url: string, pageOrigin: string | null, connect: { origins: readonly string[]; localhost: boolean } | undefined): string | null {
  if (!connect) return null;
  let u: URL;
  try {
    u = new URL(url, pageOrigin ?? undefined);
  } catch {
    return null; // not a URL: the caller's own check says so
  }
  if (u.origin === pageOrigin || connect.origins.includes(u.origin)) return null;
  if (connect.localhost && (u.hostname === "localhost" || u.hostname === "127.0.0.1")) return null;
  const allowed = [pageOrigin ?? "this add-in's own address", ...connect.origins].join(", ");
  return `this build of the add-in may fetch only from ${allowed}; ${u.origin} is not among them (its Content-Security-Policy). Ask whoever deploys it to rebuild with SMM_TEAM_ORIGINS=${u.origin}, or put the dataset on one of those hosts`;
}

function pageOrigin(): string | null {
  try {
    const href = (globalThis as { location?: Location }).location?.href;
    return href ? new URL(href).origin : null;
  } catch {
    return null;
  }
}

/** Starts the shared runtime with the real adapters. Safe to call more than once. */
export function startInOffice(): void {
  const rt = getRuntime();
  if (rt.isStarted) return;
  const pageFetch = typeof fetch === "function" ? (fetch.bind(globalThis) as unknown as FetchLike) : undefined;
  const connect = typeof __SMM_CONNECT__ === "object" ? __SMM_CONNECT__ : undefined;
  const fetchFn: FetchLike | undefined = pageFetch
    ? (url, init) => {
        const refused = connectRefusal(url, pageOrigin(), connect);
        return refused ? Promise.reject(new Error(refused)) : pageFetch(url, init);
      }
    : undefined;
  rt.start({
    fetch: fetchFn,
    bundledUrl: pageUrl(BUNDLED_PATH),
    storage: officeStorage() ?? localStorageStore() ?? new MemoryStore(),
    workbook: excelWorkbookStore(),
    defaultTeamUrl: typeof __SMM_TEAM_URL__ === "string" && __SMM_TEAM_URL__ ? __SMM_TEAM_URL__ : null,
    requestRecalc: requestFullRecalc,
  });
}

let booting: Promise<HostInfo> | null = null;

/**
 * Starts the runtime once Office has answered (`officeReady`, no timeout): inside Excel with
 * Excel's stores (OfficeRuntime.storage, the workbook's part), in a plain browser with the
 * browser's. Never before the answer: a start on a guess ("no answer yet, so not Excel") would
 * load the wrong local store and skip the workbook's part for the whole session. Excel calls no
 * function before Office is ready, and a function called meanwhile waits for the load (invoke.ts).
 * Called by the functions bundle and the task pane; one start, one answer for both.
 */
export function bootOffice(): Promise<HostInfo> {
  booting ??= officeReady().then((info) => {
    startInOffice();
    return info;
  });
  return booting;
}

/**
 * The functions bundle's start: only when office.js is on the page. Jest imports the functions
 * without it and starts the runtime itself; a page without office.js is started by the task pane.
 */
export function bootWithOffice(): void {
  if (typeof Office !== "undefined") void bootOffice();
}
