/**
 * The host: is this Excel, which theme, selection changes. Office.js calls only.
 */
import { excelAvailable } from "./run";

export interface HostInfo {
  /** True when the Excel API can write to a workbook. */
  inExcel: boolean;
  /** "Excel", or null outside Office (a plain browser). */
  host: string | null;
  platform: string | null;
}

const hasOffice = (): boolean => typeof Office !== "undefined" && typeof Office.onReady === "function";

let answer: Promise<HostInfo> | null = null;

/**
 * Office's answer to "where am I?": `Office.onReady()` resolves with the host ("Excel") inside
 * Excel and with no host in a plain browser. It is NOT bounded by a timeout: a slow cold start
 * (Excel on the web, Mac) is "still starting", not "not in Excel", so callers show that state
 * meanwhile (see src/taskpane/taskpane.ts) and act on the answer whenever it comes. Without
 * office.js at all (no `Office` global) the answer is at once: not in Excel. A rejected onReady
 * counts as not in Excel. One answer per page (memoized).
 */
export function officeReady(): Promise<HostInfo> {
  if (answer) return answer;
  if (!hasOffice()) {
    answer = Promise.resolve({ inExcel: false, host: null, platform: null });
    return answer;
  }
  answer = Office.onReady().then(
    (i) => {
      const host = i?.host ? String(i.host) : null;
      return { inExcel: host === "Excel" && excelAvailable(), host, platform: i?.platform ? String(i.platform) : null };
    },
    () => ({ inExcel: false, host: null, platform: null }),
  );
  return answer;
}

/** Forgets the memoized answer (tests). */
export function resetOfficeReady(): void {
  answer = null;
}

/** Office's theme: true for a dark body background, false for light, null when unknown (outside Office). */
export function officeThemeIsDark(): boolean | null {
  try {
    const bg = hasOffice() ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
    if (!bg) return null;
    const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(bg);
    if (!m) return null;
    const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? "0", 16) / 255) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
  } catch {
    return null;
  }
}

/** Calls `handler` when the selection changes (ExcelApi 1.2). Returns a function that stops it. */
export async function onSelectionChanged(handler: () => void): Promise<() => void> {
  if (!excelAvailable()) return () => undefined;
  try {
    let result: OfficeExtension.EventHandlerResult<Excel.SelectionChangedEventArgs> | null = null;
    await Excel.run(async (ctx) => {
      const wb = ctx.workbook as Excel.Workbook & { onSelectionChanged?: OfficeExtension.EventHandlers<Excel.SelectionChangedEventArgs> };
      if (!wb.onSelectionChanged) return;
      result = wb.onSelectionChanged.add(async () => handler());
      await ctx.sync();
    });
    return () => {
      const r = result as OfficeExtension.EventHandlerResult<Excel.SelectionChangedEventArgs> | null;
      if (!r) return;
      void Excel.run(r.context, async (ctx) => {
        r.remove();
        await ctx.sync();
      }).catch(() => undefined);
    };
  } catch {
    return () => undefined;
  }
}
