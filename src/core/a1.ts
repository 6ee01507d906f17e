/**
 * A1 addresses (pure string logic): "Sheet1!B2:F14", "'My sheet'!$A$1", "C3". Zero-based indices.
 * The one A1 module: the Excel adapter (src/excel) and the grid model (core/grid.ts,
 * 1-based helpers on top of these) both use it.
 */

export interface CellPos {
  row: number;
  col: number;
}

export interface Area {
  sheet: string;
  /** Top-left and bottom-right, inclusive. */
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function colToIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) return -1;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

export function indexToCol(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseCell(ref: string): CellPos | null {
  const m = CELL.exec(ref.trim());
  if (!m) return null;
  const col = colToIndex(m[1] ?? "");
  const row = Number(m[2]) - 1;
  if (col < 0 || col >= MAX_COLS || row < 0 || row >= MAX_ROWS) return null;
  return { row, col };
}

/** Splits "Sheet1!A1:B2" / "'It''s'!A1" into sheet and range parts ("" sheet when none). */
export function splitSheet(address: string): { sheet: string; range: string } {
  const s = address.trim();
  const bang = s.lastIndexOf("!");
  if (bang < 0) return { sheet: "", range: s };
  let sheet = s.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: s.slice(bang + 1) };
}

export function parseArea(address: string, defaultSheet = ""): Area | null {
  const { sheet, range } = splitSheet(address);
  const [a, b] = range.split(":");
  const p = parseCell(a ?? "");
  const q = b === undefined ? p : parseCell(b);
  if (!p || !q) return null;
  return { sheet: sheet || defaultSheet, r0: Math.min(p.row, q.row), c0: Math.min(p.col, q.col), r1: Math.max(p.row, q.row), c1: Math.max(p.col, q.col) };
}

export const cellName = (p: CellPos): string => `${indexToCol(p.col)}${p.row + 1}`;

export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function areaAddress(a: Area, withSheet = true): string {
  const tl = cellName({ row: a.r0, col: a.c0 });
  const br = cellName({ row: a.r1, col: a.c1 });
  const r = tl === br ? tl : `${tl}:${br}`;
  return withSheet && a.sheet ? `${quoteSheet(a.sheet)}!${r}` : r;
}

export function intersects(a: Area, b: Area): boolean {
  return a.sheet.toLowerCase() === b.sheet.toLowerCase() && a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function contains(a: Area, p: CellPos & { sheet: string }): boolean {
  return a.sheet.toLowerCase() === p.sheet.toLowerCase() && p.row >= a.r0 && p.row <= a.r1 && p.col >= a.c0 && p.col <= a.c1;
}
