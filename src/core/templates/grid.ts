/**
 * A template as data: a grid of cells (formula or value, number format, style), merges,
 * conditional formats, chart specs and frozen panes. Pure: no Office, no exceljs, no DOM.
 *
 * Template modules build a Grid; one adapter writes it (src/excel/templates.ts into Excel through
 * Office.js, src/cli/workbook-command.ts into an .xlsx through exceljs).
 *
 * Conventions:
 * - Addresses are A1 style on the grid's own sheet ("B7", "D7:E20"); formulas are English with
 *   comma separators and a leading "=" (what Office.js `range.formulas` and exceljs expect).
 * - A formula cell's `value` is the result the builder expects (computed with the same core
 *   functions): adapters write it as the cached result, tests compare engines against it.
 */
import { colToIndex, indexToCol, parseCell } from "../a1";
import { NUMBER_FORMATS } from "../measures";

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
export type Mode = "smm" | "plain";

export interface Grid {
  /** Worksheet name (<= 31 characters, none of []:*?/\). */
  name: string;
  kind: TemplateKind;
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
  /** ISO time the template was built. */
  builtAt: string;
  /** Autofilter over a header row and its data ("A1:K500"), for data tables. */
  autoFilter?: string;
  /** Named cells worth knowing (tests, the CLI summary): "hitRate" -> "S10". */
  anchors: Record<string, string>;
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

  constructor(init: { name: string; kind: TemplateKind; mode: Mode; builtAt: string; editions?: string[] }) {
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

// --------------------------------------------------------------------------------- shared look

/** The number formats (the measures' formats come from ../measures.ts). */
export const FMT = NUMBER_FORMATS;

export const COLORS = {
  titleFill: "#1F3864",
  titleFont: "#FFFFFF",
  headerFill: "#D9E1F2",
  groupFill: "#EDEDED",
  subtle: "#7F7F7F",
  missFill: "#FCE4E4",
  missFont: "#9C0006",
  hitFont: "#006100",
  upFont: "#006100",
  downFont: "#9C0006",
} as const;

export const HEADER_STYLE: CellStyle = { bold: true, fill: COLORS.headerFill, borderBottom: true, wrap: true, align: "center" };
