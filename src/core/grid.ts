/**
 * The one grid model: what any writer puts on a sheet. A grid of cells (formula or value, number
 * format, style), merges, conditional formats, chart specs and frozen panes. Pure: no Office,
 * no exceljs, no DOM.
 *
 * Templates (core/templates) and Explore's flat tables (`tableGrid`) both build a Grid; one
 * adapter writes it into Excel (src/excel/grid.ts: to a new sheet or at the active cell), one
 * into an .xlsx (src/cli/workbook-command.ts, through exceljs).
 *
 * Conventions:
 * - Addresses are A1 style on the grid's own sheet ("B7", "D7:E20"); a grid written at a cell
 *   has its A1 there. Formulas are English with comma separators and a leading "=" (what
 *   Office.js `range.formulas` and exceljs expect).
 * - A formula cell's `value` is the result the builder expects (computed with the same core
 *   functions): adapters write it as the cached result, tests compare engines against it.
 * - Text values are stored as shown; writers escape them with `cellText` (the one rule).
 */
import { colToIndex, indexToCol, parseCell } from "./a1";

/** An Excel error as a cell value. */
export interface ErrorValue {
  error: "#N/A" | "#VALUE!" | "#DIV/0!" | "#REF!" | "#NAME?" | "#NUM!";
}
export type CellValue = string | number | boolean | null | ErrorValue;

export const isErrorValue = (v: unknown): v is ErrorValue => typeof v === "object" && v !== null && typeof (v as { error?: unknown }).error === "string";

export const NA: ErrorValue = Object.freeze({ error: "#N/A" }) as ErrorValue;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
  /** Font colour, "#RRGGBB". */
  color?: string;
  /** Fill colour, "#RRGGBB". */
  fill?: string;
  align?: "left" | "center" | "right";
  wrap?: boolean;
  /** A thin bottom border (header rows). */
  borderBottom?: boolean;
}

export interface Cell {
  /** "=..." (English, comma separators). */
  formula?: string;
  /** A literal; with a formula, the result the builder expects (the cached result). */
  value?: CellValue;
  /** Excel number format code ("0.00%", "#,##0"). */
  numFmt?: string;
  style?: CellStyle;
  /** The formula returns an array that spills into this many rows and columns (anchor included). */
  spill?: { rows: number; cols: number; values: CellValue[][] };
}

export interface ConditionalFormat {
  /** Range the rule applies to, e.g. "A7:O30". */
  range: string;
  /** Formula relative to the range's top-left cell, with a leading "=": `=$J7="miss"`. */
  formula: string;
  style: { fill?: string; color?: string; bold?: boolean };
}

export interface ChartSeries {
  name: string;
  /** Values range on the grid's sheet, one column ("D7:D15"). */
  values: string;
}

export interface ChartSpec {
  kind: "column" | "line";
  title: string;
  /** Category labels range, one column ("B7:B15"). */
  categories: string;
  series: ChartSeries[];
  /** Top-left and bottom-right cells the chart covers. */
  from: string;
  to: string;
  /** Number format of the value axis. */
  valueFormat?: string;
}

export interface ColumnSpec {
  /** Width in characters (Excel's column width unit). */
  width?: number;
  hidden?: boolean;
}

export type TemplateKind = "forecast-vs-actual" | "forecast-vs-actual-range" | "dashboard" | "product-history" | "data";
/** A template, or a flat table (Explore's insert, linked tables, a formula from the builder). */
export type GridKind = TemplateKind | "table";
/** smm: =SMM.* formulas; plain: values (and plain formulas). */
export type Mode = "smm" | "plain";

export interface Grid {
  /** Worksheet name (<= 31 characters, none of []:*?/\); the sheet a new-sheet write creates. */
  name: string;
  kind: GridKind;
  mode: Mode;
  /** Cells by A1 address. */
  cells: Record<string, Cell>;
  merges: string[];
  /** Rows and columns frozen at the top-left. */
  freeze: { rows: number; cols: number };
  conditionalFormats: ConditionalFormat[];
  charts: ChartSpec[];
  /** By column letter. */
  columns: Record<string, ColumnSpec>;
  /** Row heights in points, by row number (rows not listed keep the default height). */
  rowHeights: Record<number, number>;
  /** Editions the template draws on (YYYY-MM). */
  editions: string[];
  /** ISO time the grid was built ("" when not recorded). */
  builtAt: string;
  /** Autofilter over a header row and its data ("A1:K500"), for data tables. */
  autoFilter?: string;
  /** Named cells worth knowing (tests, the CLI summary): "hitRate" -> "S10". */
  anchors: Record<string, string>;
  /** Fit the columns to their content after writing (flat tables; templates set widths). */
  autofit?: boolean;
}

// --------------------------------------------------------------------------------- addresses

/** 1 -> "A", 27 -> "AA" (1-based, on core/a1.ts). */
export function colLetter(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new RangeError(`column must be >= 1, got ${col}`);
  return indexToCol(col - 1);
}

/** "AA" -> 27. */
export const colNumber = (letters: string): number => colToIndex(letters) + 1;

/** (7, 2) -> "B7"; absolute: "$B$7". */
export function a1(row: number, col: number, abs = false): string {
  if (!Number.isInteger(row) || row < 1) throw new RangeError(`row must be >= 1, got ${row}`);
  return abs ? `$${colLetter(col)}$${row}` : `${colLetter(col)}${row}`;
}

/** "B7" -> { row: 7, col: 2 } ($ signs ignored). */
export function parseA1(ref: string): { row: number; col: number } {
  const p = parseCell(ref);
  if (!p) throw new RangeError(`not an A1 cell address: ${ref}`);
  return { row: p.row + 1, col: p.col + 1 };
}

/** "B7:D9" -> corners (a single cell is a 1x1 range). */
export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } {
  const [p, q] = ref.split(":") as [string, string | undefined];
  const s = parseA1(p);
  const e = q ? parseA1(q) : s;
  return { top: Math.min(s.row, e.row), left: Math.min(s.col, e.col), bottom: Math.max(s.row, e.row), right: Math.max(s.col, e.col) };
}

export function rangeRef(top: number, left: number, bottom: number, right: number, abs = false): string {
  return `${a1(top, left, abs)}:${a1(bottom, right, abs)}`;
}

/** Rows and columns the grid uses (cells, spills, merges), at least 1x1. */
export function gridBounds(g: Grid): { rows: number; cols: number } {
  let rows = 1;
  let cols = 1;
  for (const [ref, c] of Object.entries(g.cells)) {
    const { row, col } = parseA1(ref);
    rows = Math.max(rows, row + (c.spill ? c.spill.rows - 1 : 0));
    cols = Math.max(cols, col + (c.spill ? c.spill.cols - 1 : 0));
  }
  for (const m of g.merges) {
    const r = parseRange(m);
    rows = Math.max(rows, r.bottom);
    cols = Math.max(cols, r.right);
  }
  return { rows, cols };
}

/** Excel sheet name rules: <= 31 characters, none of []:*?/\, not blank. */
export function safeSheetName(name: string): string {
  const s = name
    .replace(/[[\]:*?/\\]/g, "-")
    .replace(/^'+|'+$/g, "")
    .trim()
    .slice(0, 31)
    .trim();
  return s || "Sheet";
}

// --------------------------------------------------------------------------------- formulas

/**
 * Text as a formula literal can hold it: at most 250 characters (Excel's limit is 255) and no
 * double quotes (they become single quotes: HyperFormula cannot read doubled quotes).
 */
export function literalText(s: string): string {
  const t = s.replace(/"/g, "'");
  return t.length > 250 ? t.slice(0, 247) + "..." : t;
}

/** A string literal in a formula (see literalText). */
export function str(s: string): string {
  return `"${literalText(s)}"`;
}

/**
 * The one text-escape rule of both writers (Explore's tables and the templates): text Excel would
 * read as a formula gets a leading apostrophe, and so does text it would read as a number, date
 * or boolean, unless the cell is formatted as text ("@"), which keeps it as typed.
 */
export function cellText(s: string, numberFormat = "General"): string {
  if (/^[=+\-@']/.test(s)) return `'${s}`;
  if (numberFormat !== "@" && (/^[\d\s.,:/%-]+$/.test(s) || /^(true|false)$/i.test(s))) return `'${s}`;
  return s;
}

/** The value a formula's cached result shows for a missing number ("" in Excel terms). */
export const BLANK = "";

// --------------------------------------------------------------------------------- builder

export class GridBuilder {
  readonly grid: Grid;

  constructor(init: { name: string; kind: GridKind; mode: Mode; builtAt: string; editions?: string[] }) {
    this.grid = {
      name: safeSheetName(init.name),
      kind: init.kind,
      mode: init.mode,
      cells: {},
      merges: [],
      freeze: { rows: 0, cols: 0 },
      conditionalFormats: [],
      charts: [],
      columns: {},
      rowHeights: {},
      editions: init.editions ?? [],
      builtAt: init.builtAt,
      anchors: {},
    };
  }

  /** Sets a cell by row/column (1-based). Style is merged with any style already there. */
  set(row: number, col: number, cell: Cell): this {
    const ref = a1(row, col);
    const old = this.grid.cells[ref];
    this.grid.cells[ref] =
      old?.style && cell.style ? { ...cell, style: { ...old.style, ...cell.style } } : { ...(old?.style ? { style: old.style } : {}), ...cell };
    return this;
  }

  /** Sets a cell by A1 address. */
  at(ref: string, cell: Cell): this {
    const { row, col } = parseA1(ref);
    return this.set(row, col, cell);
  }

  /** A literal value. */
  value(row: number, col: number, value: CellValue, extra: Omit<Cell, "value" | "formula"> = {}): this {
    return this.set(row, col, { value, ...extra });
  }

  /** A formula and the result the builder expects. */
  formula(row: number, col: number, formula: string, expected: CellValue, extra: Omit<Cell, "value" | "formula"> = {}): this {
    return this.set(row, col, { formula: formula.startsWith("=") ? formula : `=${formula}`, value: expected, ...extra });
  }

  /** Adds a style to every cell of a range (creating empty cells where needed). */
  style(range: string, style: CellStyle): this {
    const r = parseRange(range);
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) {
        const ref = a1(row, col);
        const old = this.grid.cells[ref];
        this.grid.cells[ref] = { ...(old ?? {}), style: { ...(old?.style ?? {}), ...style } };
      }
    return this;
  }

  merge(range: string): this {
    this.grid.merges.push(range);
    return this;
  }

  width(col: number, width: number, hidden = false): this {
    this.grid.columns[colLetter(col)] = hidden ? { width, hidden } : { width };
    return this;
  }

  /** Row height in points. */
  height(row: number, points: number): this {
    this.grid.rowHeights[row] = points;
    return this;
  }

  freeze(rows: number, cols: number): this {
    this.grid.freeze = { rows, cols };
    return this;
  }

  conditional(cf: ConditionalFormat): this {
    this.grid.conditionalFormats.push(cf);
    return this;
  }

  chart(spec: ChartSpec): this {
    this.grid.charts.push(spec);
    return this;
  }

  anchor(name: string, ref: string): this {
    this.grid.anchors[name] = ref;
    return this;
  }
}

// --------------------------------------------------------------------------------- flat tables

/** One cell of a flat table: a number, a text (as shown: writers escape it), a boolean, a formula, or null for empty. */
export type CellInput = string | number | boolean | null | { formula: string };

/**
 * A flat table (Explore's insert, a linked table, one formula) as a grid: row-major cells (a string
 * is always text, even "=x": formulas are `{ formula }`), their number formats ("General"
 * where missing) and how many header rows are drawn bold (with a header, the rows below are set
 * not bold, so a table written over an old header shows no stale bold). Columns fit their content.
 */
export function tableGrid(rows: CellInput[][], numberFormats: string[][], headerRows = 0, init: { name?: string; mode?: Mode } = {}): Grid {
  const b = new GridBuilder({ name: init.name ?? "Table", kind: "table", mode: init.mode ?? "plain", builtAt: "" });
  const cols = rows.reduce((n, r) => Math.max(n, r.length), 0);
  rows.forEach((r, i) => {
    for (let j = 0; j < cols; j++) {
      const v = r[j] ?? null;
      const cell: Cell = { numFmt: numberFormats[i]?.[j] ?? "General", ...(headerRows > 0 ? { style: { bold: i < headerRows } } : {}) };
      if (typeof v === "object" && v !== null) cell.formula = v.formula;
      else if (v !== null) cell.value = v;
      b.set(i + 1, j + 1, cell);
    }
  });
  b.grid.autofit = true;
  return b.grid;
}

/** Rows and columns a flat table covers (0 x 0 when it has no cells). */
export function gridSize(g: Grid): { rows: number; cols: number } {
  return Object.keys(g.cells).length ? gridBounds(g) : { rows: 0, cols: 0 };
}

/** The parts of a grid that belong to a whole sheet (a write at a cell cannot place them). */
export function sheetParts(g: Grid): string[] {
  const parts: string[] = [];
  if (g.freeze.rows > 0 || g.freeze.cols > 0) parts.push("frozen panes");
  if (g.conditionalFormats.length) parts.push("conditional formats");
  if (g.charts.length) parts.push("charts");
  if (Object.keys(g.columns).length) parts.push("column widths");
  if (Object.keys(g.rowHeights).length) parts.push("row heights");
  if (g.autoFilter) parts.push("an autofilter");
  return parts;
}

// --------------------------------------------------------------------------------- what writers write

/** The 2-D arrays written over the used range: formulas/values (text escaped by cellText) and number formats. */
export function gridMatrices(grid: Grid): { formulas: (string | number | boolean)[][]; numberFormats: string[][]; rows: number; cols: number } {
  const { rows, cols } = gridBounds(grid);
  const formulas: (string | number | boolean)[][] = Array.from({ length: rows }, () => new Array<string | number | boolean>(cols).fill(""));
  const numberFormats: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill("General"));
  for (const [ref, c] of Object.entries(grid.cells)) {
    const { row, col } = parseA1(ref);
    const f = formulas[row - 1] as (string | number | boolean)[];
    const n = numberFormats[row - 1] as string[];
    if (c.formula) f[col - 1] = c.formula;
    else if (typeof c.value === "string") f[col - 1] = cellText(c.value, c.numFmt);
    else if (typeof c.value === "number" || typeof c.value === "boolean") f[col - 1] = c.value;
    else if (isErrorValue(c.value)) f[col - 1] = `=NA()`;
    if (c.numFmt) n[col - 1] = c.numFmt;
  }
  return { formulas, numberFormats, rows, cols };
}

/**
 * Rectangles of cells with the same style: [range, style]. Horizontal runs first; a run directly
 * below one with the same columns and style joins it (a table's data rows are one rectangle).
 */
export function styleRuns(grid: Grid): [string, CellStyle][] {
  const byRow = new Map<number, { col: number; key: string; style: CellStyle }[]>();
  for (const [ref, c] of Object.entries(grid.cells)) {
    if (!c.style || Object.keys(c.style).length === 0) continue;
    const { row, col } = parseA1(ref);
    const list = byRow.get(row) ?? [];
    list.push({ col, key: JSON.stringify(c.style, Object.keys(c.style).sort()), style: c.style });
    byRow.set(row, list);
  }
  type Run = { top: number; bottom: number; left: number; right: number; key: string; style: CellStyle };
  const runs: Run[] = [];
  /** Runs that ended on the previous row, by "left:right:key" (candidates to grow down). */
  let open = new Map<string, Run>();
  for (const [row, list] of [...byRow].sort((x, y) => x[0] - y[0])) {
    list.sort((x, y) => x.col - y.col);
    const next = new Map<string, Run>();
    let start = list[0];
    let prev = list[0];
    for (let i = 1; i <= list.length; i++) {
      const cur = list[i];
      if (cur && prev && start && cur.col === prev.col + 1 && cur.key === start.key) {
        prev = cur;
        continue;
      }
      if (start && prev) {
        const id = `${start.col}:${prev.col}:${start.key}`;
        const above = open.get(id);
        if (above && above.bottom === row - 1) {
          above.bottom = row;
          next.set(id, above);
        } else {
          const run = { top: row, bottom: row, left: start.col, right: prev.col, key: start.key, style: start.style };
          runs.push(run);
          next.set(id, run);
        }
      }
      start = cur;
      prev = cur;
    }
    open = next;
  }
  return runs.map((r) => [r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : rangeRef(r.top, r.left, r.bottom, r.right), r.style]);
}

/** Candidate sheet names: "Name", "Name (2)", ... within 31 characters. */
export function nameCandidates(name: string, n = 12): string[] {
  const base = safeSheetName(name);
  const out = [base];
  for (let i = 2; i <= n; i++) {
    const suffix = ` (${i})`;
    out.push(base.slice(0, 31 - suffix.length).trimEnd() + suffix);
  }
  return out;
}
