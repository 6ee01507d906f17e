/**
 * What every tab's controller shares: the dataset and runtime, the shell (status, notifications,
 * tabs), the report texts Trace quotes, whether the pane runs in Excel, and the one way a tab
 * writes a block at the active cell.
 */
import type { Dataset } from "../../core/dataset";
import { writeGrid } from "../../excel/grid";
import { NO_EXCEL_MESSAGE } from "../../excel/run";
import type { Grid, RefreshScope } from "../../excel/types";
import type { SmmRuntime } from "../../runtime/state";
import type { SourceTexts } from "../actions/trace";
import type { Child, Tone } from "../view/dom";
import type { Shell } from "../view/shell";

export type Notify = (tone: Tone, title: string, body?: Child, actions?: { label: string; run: () => void; primary?: boolean }[]) => void;

export interface PaneContext {
  readonly ds: Dataset;
  readonly rt: SmmRuntime;
  readonly shell: Shell;
  readonly texts: SourceTexts;
  inExcel(): boolean;
  /** Refresh formulas and linked tables (the shell's Refresh). */
  refresh(scope: RefreshScope): Promise<void>;
  /** The Data tab lists the workbook's linked tables again. */
  listLinks(quiet?: boolean): Promise<void>;
}

/** A tab: its view's element, and what it does when the host or the data changes or it is shown. */
export interface TabController {
  readonly el: HTMLElement;
  setHost?(inExcel: boolean): void;
  dataChanged?(): void;
  shown?(): void;
}

export const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/** Writes a block at the active cell; the outcome is shown by `show` (next to the button pressed). */
export async function writeAtActive(
  ctx: PaneContext,
  grid: Grid,
  opts: Parameters<typeof writeGrid>[2],
  what: string,
  retry: (overwrite: boolean) => void,
  show: Notify,
): Promise<boolean> {
  if (!ctx.inExcel()) {
    show("info", "Writing needs Excel", NO_EXCEL_MESSAGE);
    return false;
  }
  const r = await writeGrid({ kind: "active" }, grid, opts);
  if (r.ok) {
    const v = r.value;
    show(
      "success",
      `Inserted ${what}`,
      `${v.rows} x ${v.cols} cells at ${v.address}${v.linked ? `; linked table ${v.linked.name}: Refresh re-pulls it when the data changes` : ""}.`,
    );
    return true;
  }
  if (r.code === "not-empty") {
    show("warning", "Cells in the way", r.message, [{ label: "Overwrite", run: () => retry(true), primary: true }]);
  } else {
    show(
      "error",
      r.code === "protected"
        ? "The sheet is protected"
        : r.code === "spill-blocked"
          ? "Spill blocked"
          : r.code === "no-selection"
            ? "No cell selected"
            : "Could not write",
      r.message,
    );
  }
  return false;
}
