/**
 * Tables written as text ("Product | March output | MoM | YoY", then one row a product): the
 * header names each column's measure (and month), a row's first cell names the product (or a part
 * of the section's product), and each other cell holds one figure. A second production beside the
 * sentence grammar: what a cell means comes from its column, not from words around it.
 */
import type { Measure } from "../types";

export interface Cell {
  text: string;
  /** Offsets in the line. */
  start: number;
  end: number;
}

export interface Column {
  measure: Measure | null;
  /** The unit the heading gives its bare-number cells ("Output (kt)" -> kt), or null. */
  unit: "kt" | "mt" | "10kt" | "GW" | "%" | "pp" | null;
  /** Month number (1..12) the column names ("April output"), or null. */
  month: number | null;
  year: number | null;
}

export interface TableHeader {
  columns: Column[];
  /** The column naming the rows' products (the first, unless a "Product" column comes later). */
  productCol: number;
  /** A "Source" column: only rows whose source is SMM are read (-1: none). */
  sourceCol: number;
  /** A "Basis" / "Content" column ("Ni content", "physical"): which content a row states (-1: none). */
  basisCol: number;
  /**
   * A long table, one figure a row ("Product | Period | Measure | Value | Unit | Source"): the
   * columns that say which measure, month and unit the row's value is. null for a wide table.
   */
  long: { measureCol: number; valueCol: number; periodCol: number; unitCol: number } | null;
  /** The month the whole table is about, when one column names it. */
  month: number | null;
  year: number | null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * The cells of a "|"-separated line, or of a line whose columns are aligned with runs of spaces or
 * tabs (a table pasted as plain text: "SiMn alloy     812,400    +3.9%    46.1%"); null when it is not
 * a table line (fewer than 3 cells, or a cell as long as prose).
 */
export function tableCells(line: string): Cell[] | null {
  if (line.split("|").length < 3) return alignedCells(line);
  const out = splitCells(line, "|");
  // a leading or trailing pipe ("| a | b |") leaves empty cells at the ends
  const framed = /^\s*\|.*\|\s*$/.test(line);
  while (out.length && out[0]?.text === "") out.shift();
  while (out.length && out[out.length - 1]?.text === "") out.pop();
  // a Markdown row framed by pipes may have two cells ("| NdFeB | +3.0% |")
  return out.length >= 3 || (framed && out.length === 2) ? out : null;
}

/** The measure a column heading names, or null. */
export function measureOfHeading(h: string): Measure | null {
  const t = h.toLowerCase();
  const change = /\b(?:change|chg|mt|tonnes|kt)\b/.test(t) && !/%/.test(t);
  if (/\b(?:mom|m\/m|m-o-m|month[- ]on[- ]month|vs\.? (?:the )?previous month)\b/.test(t))
    return /operating rate|utili[sz]ation/.test(t) ? "operating_rate_mom" : change ? "mom_chg" : "mom";
  if (/\b(?:yoy|y\/y|y-o-y|year[- ]on[- ]year|vs\.? (?:a )?year (?:earlier|ago))\b/.test(t)) {
    if (/\b(?:cumulative|ytd|year-to-date|jan(?:uary)?\s*[-–]\s*[a-z]+)\b/.test(t)) return "ytd_yoy";
    return /operating rate|utili[sz]ation/.test(t) ? "operating_rate_yoy" : change ? "yoy_chg" : "yoy";
  }
  if (/operating rate|utili[sz]ation|\bop\.? rate/.test(t)) return "operating_rate";
  if (/operating capacity/.test(t)) return "operating_capacity";
  if (/capacity/.test(t)) return "capacity";
  if (/\b(?:cumulative|ytd|year-to-date)\b|\bjan(?:uary)?\s*[-–]\s*[a-z]+\b/.test(t) && /\b(?:output|production)\b/.test(t)) return "ytd_output";
  if (/\b(?:output|production|volume|supply)\b/.test(t)) return "output";
  // "Jan-Dec 2022", "Jan-Sep": a year-to-date column with no other word
  if (/^(?:smm\s+)?jan(?:uary)?\s*[-–]\s*[a-z]+\.?(?:\s+(?:19|20)\d{2}|[-'’ ]\d{2})?(?:\s*\((?:mt|t|tonnes|kt)\))?$/.test(t.trim())) return "ytd_output";
  // "Dec-2022", "SMM Jun-23", "Jan-2023F", "SMM Jul-23F": a month's level (F: a forecast)
  if (
    /^(?:smm\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+(?:19|20)\d{2}|[-'’ ](?:19|20)?\d{2})f?(?:\s+(?:forecast|f'cast|est\.?|e))?(?:\s*\((?:mt|t|tonnes|kt)\))?$/.test(
      t.trim(),
    )
  )
    return "output";
  // "Sep-22 forecast (mt)": a forecast level in tonnes (its month says which)
  if (/\b(?:forecast|estimate|expected)\b/.test(t) && /\((?:mt|t|tonnes|kt|10,?000 (?:mt|t|tonnes))\)/.test(t)) return "output";
  return null;
}

function monthOf(h: string): { month: number | null; year: number | null } {
  // "April 2025", "Aug-22" (a two-digit year)
  const m = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+((?:19|20)\d{2})|[-'’ ]((?:19|20)\d{2})|[-'’ ](\d{2}))?(?=f\b|\b)/i.exec(h);
  if (!m || /[-–]\s*[a-z]/i.test(h.slice(m.index + m[0].length, m.index + m[0].length + 3))) return { month: null, year: null };
  const year = m[2] ?? m[3];
  return { month: MONTHS.indexOf((m[1] ?? "").toLowerCase()) + 1 || null, year: year ? Number(year) : m[4] ? 2000 + Number(m[4]) : null };
}

/** A header row: no figures, a first column naming the rows, and at least one column naming a measure. */
export function readHeader(cells: readonly Cell[]): TableHeader | null {
  const MONTH_YY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[-'’ ]\d{2}\b/gi;
  if (
    cells.some((c) =>
      /\d/.test(
        c.text
          .replace(MONTH_YY, "")
          .replace(/\b(?:19|20)\d{2}(?:F\b|\b)/gi, "")
          .replace(/[-'’ ]\d{2}F\b/gi, "")
          .replace(/\(\s*10,000\s*(?:mt|tonnes|t)\s*\)/gi, ""),
      ),
    )
  )
    return null;
  // "Desk est. MoM", "Consensus YoY", "MYS Jun-23": a column of someone else's numbers is not read
  const otherSource = (h: string): boolean =>
    /\b(?:desk|our|consensus|broker|house|street|analysts?|est|estimates?|mys|mysteel|antaike|cru|baiinfo|nbs|insg|infolink|woodmac|bloomberg)\b/i.test(h) &&
    !/\bSMM\b/.test(h);
  // "Source | Product | ...": the rows' source and product columns; "Basis": the content a row states
  const named = (re: RegExp): number => cells.findIndex((c) => re.test(c.text.trim()));
  const sourceCol = named(/^(?:source|provider|data source)$/i);
  const productAt = named(/^(?:product|metal|commodity|item|material)s?$/i);
  const productCol = productAt > 0 && (sourceCol < 0 || sourceCol < productAt) ? productAt : 0;
  const basisCol = named(/^(?:basis|content|metal basis)$/i);
  // "Product | Period | Measure | Value | Unit | Source": one figure a row
  const measureCol = named(/^(?:measure|metric|indicator|item type|series)$/i);
  const valueCol = named(/^(?:value|figure|number|amount)$/i);
  if (measureCol > 0 && valueCol > 0) {
    const periodCol = named(/^(?:period|month|date)$/i);
    const unitCol = named(/^(?:unit|units)$/i);
    const none: Column = { measure: null, unit: null, month: null, year: null };
    return { columns: cells.map(() => none), productCol, sourceCol, basisCol, long: { measureCol, valueCol, periodCol, unitCol }, month: null, year: null };
  }
  const columns: Column[] = cells.map((c, i) =>
    i <= productCol || i === sourceCol || i === basisCol
      ? { measure: null, unit: null, month: null, year: null }
      : { measure: otherSource(c.text) ? null : measureOfHeading(c.text), unit: unitOfHeading(c.text), ...monthOf(c.text) },
  );
  if (!columns.some((c) => c.measure)) return null;
  // "Operating rate (%) | Change (pp, MoM)": a change column after a rate column is the rate's change
  if (columns.some((c) => c.measure === "operating_rate"))
    for (const c of columns) if (c.measure === "mom" && c.unit === "pp") c.measure = "operating_rate_mom";
  const dated = columns.find((c) => c.month !== null && c.measure !== "ytd_output");
  return { columns, productCol, sourceCol, basisCol, long: null, month: dated?.month ?? null, year: dated?.year ?? null };
}

/** The unit a column heading states in brackets: "Output (kt)", "(10,000 mt)", "(GW)", "(%)", "(pp, MoM)". */
export function unitOfHeading(h: string): Column["unit"] {
  const unit = unitOfText(/\(([^)]*)\)/.exec(h)?.[1] ?? "");
  if (unit) return unit;
  // "MoM %", "YoY %": the sign outside brackets
  if (/%/.test(h.replace(/\([^)]*\)/g, ""))) return "%";
  return null;
}

/** The unit a text names: "10,000 mt", "kt", "GW", "pp", "%", "mt" ("mt Ni"), or null. */
function unitOfText(text: string): Column["unit"] {
  const b = text.toLowerCase();
  if (/10,?000\s*(?:mt|t|tonnes)/.test(b)) return "10kt";
  if (/\bkt\b|thousand\s+(?:mt|tonnes)/.test(b)) return "kt";
  if (/\bgw\b/.test(b)) return "GW";
  if (/\b(?:pp|ppt|percentage points?)\b/.test(b)) return "pp";
  if (/%|per\s?cent/.test(b)) return "%";
  if (/\b(?:mt|tonnes|t)\b/.test(b)) return "mt";
  return null;
}

/** The column a long table's row gives its value: the measure, unit and month of the row's own cells. */
export function longRowColumn(long: NonNullable<TableHeader["long"]>, cells: readonly Cell[]): Column {
  const cell = (i: number): string => (i >= 0 ? (cells[i]?.text ?? "") : "");
  return {
    measure: measureOfHeading(cell(long.measureCol)),
    unit: unitOfText(cell(long.unitCol)),
    ...(long.periodCol >= 0 ? monthOf(cell(long.periodCol)) : { month: null, year: null }),
  };
}

/** A cell that holds no figure: "n/a", "-", "—", "not available", empty (a remark may follow in brackets). */
export const emptyCell = (text: string): boolean =>
  /^(?:n\.?\/?a\.?|na|-+|—|–|\.\.\.|…|not available|none|withheld)?(?:\s*\(.*\))?\s*$/i.test(text.trim()) ||
  /^(?:n\.?\/?a\.?|na|not available|withheld)\b/i.test(text.trim());

/** The trimmed cells between separators, with their offsets in the line (empty cells kept). */
function splitCells(line: string, sep: string): Cell[] {
  const out: Cell[] = [];
  let at = 0;
  for (const part of line.split(sep)) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    out.push({ text, start: at + lead, end: at + lead + text.length });
    at += part.length + 1;
  }
  return out;
}

/** Cells separated by two or more spaces or a tab; at least 3, none longer than a heading. */
function alignedCells(line: string): Cell[] | null {
  if (!/\S(?: {2,}|\t)\S/.test(line)) return null;
  const out: Cell[] = [];
  // a row pasted from a sheet: one tab per cell, so an empty cell keeps its column
  if (line.includes("\t")) {
    out.push(...splitCells(line, "\t"));
    while (out.length && out[out.length - 1]?.text === "") out.pop();
    // (a comment column may hold a sentence: the tabs already say it is a table)
    if (out.filter((c) => c.text !== "").length < 3 || out.some((c) => c.text.length > 160)) return null;
    return out;
  }
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  if (out.length < 3 || out.some((c) => c.text.length > 40 || /[.;:]$/.test(c.text))) return null;
  return out;
}
