/**
 * The contract between the task pane's actions (pure: they compute what to write) and the Excel
 * adapter (src/excel/*: the only code that calls Office.js). No Office types here.
 */

/** What is written: the one grid model (src/core/grid.ts); flat tables come from `tableGrid`. */
export type { CellInput, Grid } from "../core/grid";

export type ExcelFailure =
  | "no-excel" // not running inside Excel
  | "no-selection" // no cell is selected (a chart or shape is, or the workbook is busy)
  | "protected" // the sheet is protected
  | "not-empty" // the target cells hold data (the caller may ask and retry with overwrite)
  | "spill-blocked" // a spilling formula's cells hold data
  | "edit-mode" // Excel is editing a cell
  | "no-room" // the block would run past the sheet's last row or column
  | "not-found" // a named range, sheet or setting is gone
  | "failed"; // anything else

export type ExcelOutcome<T> = { ok: true; value: T; syncs: number } | { ok: false; code: ExcelFailure; message: string; syncs: number; address?: string };

/** Where a write goes: a new worksheet named after the grid, the active cell, or a given address. */
export type WriteTarget = { kind: "sheet" } | { kind: "active" } | { kind: "address"; sheet: string; address: string };

export interface WriteOptions {
  /** New sheet: whether the host supports an ExcelApi version (default: Office.context.requirements). */
  supports?: (version: string) => boolean;
  /** New sheet: make it the active one (default true). */
  activate?: boolean;
  /** Write over non-empty cells (otherwise a "not-empty" failure says how many and where). */
  overwrite?: boolean;
  /**
   * A single formula that spills: the size of its result. The cells it will spill into (all but the
   * anchor) must be empty, else "spill-blocked". The anchor itself is overwritten (a formula builder
   * writes into the active cell as typing would).
   */
  spill?: { rows: number; cols: number };
  /** Remember the written block as a linked table (values mode): its query, stored in the workbook. */
  link?: { query: unknown; title: string };
}

export interface WriteResult {
  /** The sheet written to (a new sheet: the grid's name, or "name (2)"... when taken). */
  name: string;
  /** Address of the written block, with its sheet ("Sheet1!B2:F14"). */
  address: string;
  rows: number;
  cols: number;
  /** Cells the grid holds. */
  cells: number;
  /** The linked table created, when `link` was given. */
  linked?: LinkRecord;
}

/** A linked table as the workbook remembers it (workbook setting + a named range). */
export interface LinkRecord {
  /** Stable id (letters and digits). */
  id: string;
  /** The workbook-scoped name of its range: SMM_T_<id>. */
  name: string;
  /** Short description for the task pane. */
  title: string;
  /** The query that re-pulls it (opaque here; validated by the task pane's actions). */
  query: unknown;
  createdAt: string;
  updatedAt: string;
  /** Address when last written (the named range is authoritative: it follows inserted rows). */
  address: string;
}

export type RefreshScope = "selection" | "sheet" | "workbook";

export interface TableRefresh {
  id: string;
  name: string;
  title: string;
  status: "refreshed" | "out-of-scope" | "blocked" | "protected" | "invalid" | "missing";
  message: string;
  address?: string;
  before?: { rows: number; cols: number };
  after?: { rows: number; cols: number };
}

export interface RefreshReport {
  scope: RefreshScope;
  /** Cells holding an =SMM.* formula in the scope (recalculated). */
  formulaCells: number;
  tables: TableRefresh[];
  /** The scope's address or sheet name(s), for the message. */
  where: string;
}

/** What the active cell holds (for Trace). */
export interface ActiveCellInfo {
  address: string;
  sheet: string;
  formula: string;
  value: unknown;
  /** When the cell is part of a spilled result: the anchor's address and formula, and this cell's offset in it. */
  spill?: { address: string; formula: string; row: number; col: number };
}
