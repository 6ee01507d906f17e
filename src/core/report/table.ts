/**
 * Tables written as text ("Product | March output | MoM | YoY", then one row a product): the
 * header names each column's measure (and month), a row's first cell names the product (or a part
 * of the section's product), and each other cell holds one figure. A second production beside the
 * sentence grammar: what a cell means comes from its column, not from words around it.
 */
import type { Measure } from "../types";
import { PART_QUALIFIER_RE, WHOLE_ROW_LABEL_RE } from "./lexicon";
import { has, lex, TAGS } from "./tokens";

export interface Cell {
  text: string;
  /** Offsets in the line. */
  start: number;
  end: number;
}

export interface Column {
  measure: Measure | null;
  /** The unit the heading gives its bare-number cells ("Output (kt)" -> kt), or null. */
  unit: "kt" | "mt" | "10kt" | "Mt" | "GW" | "%" | "pp" | null;
  /** Month number (1..12) the column names ("April output"), or null. */
  month: number | null;
  year: number | null;
  /**
   * A forecast column ("Next-month fcst MoM", "Fcst MoM", "Oct fcst"): its cells are about a month
   * after the edition's, never the edition's own (absent: not a forecast column).
   */
  forecast?: boolean;
  /** Months after the row's (or the table's) month ("Next-month fcst MoM": 1); absent: 0. */
  offset?: number;
  /** The heading names only a month and a forecast ("Oct fcst"): the measure comes from the unit. */
  byUnit?: boolean;
  /** An actual's column ("basis=actual"): a cell about a later month than the edition's is not read. */
  actual?: boolean;
  /** A month's final or revised figures ("Aug. (Final Data)"): the month before the edition's is read too. */
  revised?: boolean;
  /** The content a column's tonnages are in ("Physical content (mt)", "Metal content (mt)"); absent: the row's. */
  content?: "metal" | "physical";
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
  /** A "Period" / "Month" column of a wide table: the month of each row's figures (-1: none). */
  periodCol: number;
  /** The header's cells (a units row under it reads the columns again with their units). */
  headings: readonly Cell[];
  /**
   * Products as columns and measures as rows ("Jul 2023 (kt) | Copper Cathode | Refined Zinc", then
   * "Output | 1,094.6 | 536.3"): the unit the corner cell gives bare tonnages ("kt unless stated").
   * Each row is read through `transposedRows`. Absent: products are rows.
   */
  transposed?: { unit: Column["unit"] };
  /** A row of a product's measures-by-month table that names a part ("From spodumene"), or the whole ("Total"): its owner. */
  partOf?: { product: string; part: string };
  /** Headings a legend in the text says are SMM's ("JUL EST = SMM EXPECTATION OF ..."): not another source's. */
  smmNames?: readonly string[];
  /**
   * A product section's table of measures by month ("metric | Jul-20 | Jun-20 | MoM"): each row a measure of the
   * section's product, the latest month's column its value, the change column its change. Read through `metricRows`.
   */
  byMetric?: {
    valueCol: number;
    firstMonthCol: number;
    changeCol: number;
    /** A year-on-year change column ("Item | Aug 2026 | MoM | YoY"); -1 when none. */
    yoyCol?: number;
    /** A month's column marked as a forecast ("Nov 2016 (f)"), and its month; -1 when none. */
    forecastCol: number;
    forecastMonth?: { month: number; year: number | null };
    /** The column of the month right before the latest ("Item | Oct | Nov | MoM": Oct), its levels read for that month. */
    beforeCol?: { col: number; month: number; year: number | null };
    /** "This month | Last month": the month before the table's, named only as such (its cells the previous month's). */
    lastMonthCol?: number;
    /** A column of each row's unit ("metric,value,unit"): the value's unit, as if written after it. */
    unitCol?: number;
  };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * The cells of a "|"-separated line, or of a line whose columns are aligned with runs of spaces or
 * tabs (a table pasted as plain text: "SiMn alloy     812,400    +3.9%    46.1%"); null when it is not
 * a table line (fewer than 3 cells, or a cell as long as prose).
 */
export function tableCells(line: string): Cell[] | null {
  // "-------+-------+----", "+=====+=====+": the rule under a header drawn with "+" (its cells are the dashes)
  if (/^\s*\+?(?:-{3,}|={3,})(?:\+(?:-{3,}|={3,}))+\+?\s*$/.test(line)) return splitCells(line.replace(/=/g, "-").replace(/^(\s*)\+|\+(\s*)$/g, "$1$2"), "+");
  // "-----------------" across a screen: a rule inside a space-aligned table (one cell of dashes)
  if (/^\s*(?:-{10,}|={10,})\s*$/.test(line)) {
    const start = line.search(/\S/);
    return [{ text: "---", start, end: line.trimEnd().length }];
  }
  if (line.split("|").length < 3) return unmarked(alignedCells(line));
  const out = unmarked(splitCells(line, "|"));
  // a leading or trailing pipe ("| a | b |") leaves empty cells at the ends
  const framed = /^\s*\|.*\|\s*$/.test(line);
  // (only the one before a leading pipe: "| | units | kt |" keeps its empty first cell in its column)
  // (" | Apr 2025 | May 2025 | Jun 2025" over unframed rows "Output, mt | 2,905,000 | ...": an unframed header that opens
  // with its pipe leaves the label column's cell empty, and keeps it)
  const blankLabel = !framed && /^\s*\|\s*[A-Z][a-z]{2}\w*\.?\s+(?:19|20)\d{2}\b/.test(line);
  if (/^\s*\|/.test(line)) {
    if (!blankLabel) out.shift();
  } else while (out.length && out[0]?.text === "") out.shift();
  while (out.length && out[out.length - 1]?.text === "") out.pop();
  // a Markdown row framed by pipes may have two cells ("| NdFeB | +3.0% |")
  return out.length >= 3 || (framed && out.length === 2) ? out : null;
}

/**
 * Footnote markers glued to a cell's end ("27,150[3]", "NPI, metal content[2]") are not part of it:
 * the cell ends before them (its start, and so every offset in it, is unchanged).
 */
function unmarked(cells: Cell[]): Cell[];
function unmarked(cells: Cell[] | null): Cell[] | null;
function unmarked(cells: Cell[] | null): Cell[] | null {
  if (!cells) return null;
  return cells.map((c) => {
    const m = /(?<=\S)(?:\[\d{1,2}\])+$/.exec(c.text);
    return m ? { text: c.text.slice(0, m.index), start: c.start, end: c.start + m.index } : c;
  });
}

/** The measure a column heading names, or null. */
/** A column heading's words for what is not output: prices, stocks, trade, shares, margins. */
const NOT_OUTPUT_HEADING_RE = /\b(?:prices?|costs?|stocks?|inventor(?:y|ies)|imports?|exports?|shares?|premiums?|spreads?|margins?|profits?|yuan|sales)\b/;
export function measureOfHeading(h: string): Measure | null {
  const t = h.toLowerCase();
  // ("SHFE avg price (yuan/mt)", "Price MoM", "Exports MoM", "Share of total": a column of something other than output)
  if (NOT_OUTPUT_HEADING_RE.test(t)) return null;
  const change = /\b(?:change|chg|mt|tonnes|kt)\b/.test(t) && !/%/.test(t);
  if (/\b(?:mom|m\/m|m-o-m|month[- ]on[- ]month|vs\.? (?:the )?previous month)\b/.test(t))
    return /operating rate|utili[sz]ation|\bopr\b/.test(t) ? "operating_rate_mom" : change ? "mom_chg" : "mom";
  if (/\b(?:yoy|y\/y|y-o-y|year[- ]on[- ]year|vs\.? (?:a )?year (?:earlier|ago))\b/.test(t)) {
    if (/\b(?:cumulative|ytd|year-to-date|jan(?:uary)?\s*[-–]\s*[a-z]+)\b/.test(t)) return "ytd_yoy";
    return /operating rate|utili[sz]ation/.test(t) ? "operating_rate_yoy" : change ? "yoy_chg" : "yoy";
  }
  // ("OPR", "OPR CHG": a terminal screen's operating rate)
  // ("Aug rate", "Rate (%)": a bare rate, after a month or alone, is the operating rate)
  if (/operating rate|utili[sz]ation|\bop\.? rate|\bopr\b/.test(t) || BARE_RATE_HEADING_RE.test(t.trim()))
    // "Op. rate chg", "Operating rate Δ (pp)": the rate's change (from the month before)
    return /\b(?:chg|change|diff)\b|[Δδ]|\bdelta\b|\+\/-|±/.test(t) ? "operating_rate_mom" : "operating_rate";
  if (/operating capacity/.test(t)) return "operating_capacity";
  if (/capacity/.test(t)) return "capacity";
  if (/\b(?:cumulative|ytd|year-to-date)\b|\bjan(?:uary)?\s*[-–]\s*[a-z]+\b/.test(t) && /\b(?:output|production)\b/.test(t)) return "ytd_output";
  if (/\b(?:output|production|volume|supply)\b/.test(t)) return "output";
  // "2022 total (mt)", "Full-year 2022": a year's total, the year to date at its December (readColumns dates it)
  if (YEAR_TOTAL_HEADING_RE.test(t.trim())) return "ytd_output";
  // "Jan-Dec 2022", "Jan-Sep", "Jan.-Sep.": a year-to-date column with no other word
  if (/^(?:smm\s+)?jan(?:uary)?\.?\s*[-–]\s*[a-z]+\.?(?:\s+(?:19|20)\d{2}|[-'’ ]\d{2})?(?:\s*\((?:mt|t|tonnes|kt)\))?$/.test(t.trim())) return "ytd_output";
  // "Sep. (Preliminary Data)", "Aug. (Final Data)", "Oct. (E)": a month's level, what kind of figure in brackets
  if (MONTH_NOTE_HEADING_RE.test(t.trim())) return "output";
  // "Dec-2022", "SMM Jun-23", "Jan-2023F", "SMM Jul-23F": a month's level (F: a forecast)
  if (
    /^(?:smm\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+(?:19|20)\d{2}|[-'’ ](?:19|20)?\d{2})[fe]?(?:\s+(?:forecast|f'cast|f\/c|est\.?|e))?(?:\s*\((?:actual|act\.?)\))?(?:\s*\((?:mt|t|tonnes|kt)\))?$/.test(
      t.trim(),
    )
  )
    return "output";
  // "Sep-22 forecast (mt)": a forecast level in tonnes (its month says which)
  if (/\b(?:forecast|estimate|expected)\b/.test(t) && /\((?:mt|t|tonnes|kt|10,?000 (?:mt|t|tonnes))\)/.test(t)) return "output";
  return null;
}

/** "2022 total (mt)", "2022 full-year output", "Full-year 2022", "Total 2022 (kt)": a year's total, its year captured. */
const YEAR_TOTAL_HEADING_RE =
  /^(?:((?:19|20)\d{2})\s+(?:total|full[- ]year)(?:\s+(?:output|production|total))?|(?:total|full[- ]year)(?:\s+(?:output|production))?\s+((?:19|20)\d{2}))(?:\s*\((?:mt|t|tonnes|kt|10,?000 mt)\))?$/;
/** "Physical content (mt)", "Metal content", "Ni content (t)": a column of a content's tonnages (group 1 the content). */
const CONTENT_HEADING_RE = /^(physical|gross|metal|nickel|ni)[- ]content(?:\s*\((?:mt|t|tonnes|kt)\))?$/i;
/** "Aug rate", "Rate (%)", "Sep 2021 rate": a rate with at most a month before it and a unit after. */
const BARE_RATE_HEADING_RE = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+(?:19|20)\d{2})?\s+)?rates?(?:\s*\(%\))?$/;

/** What a forecast column's bracket says: "(E)", "(F)", "(Est.)", "(Forecast)". */
const FORECAST_NOTE_SRC = String.raw`e|f|est\.?|estimated?|forecast|fcst`;
/** What a final or revised month's column bracket says: "(Final Data)", "(Revised)". */
const REVISED_NOTE_SRC = String.raw`final(?: data)?|revised(?: data)?`;
/** A month and, in brackets, what kind of figure its column holds: "Sep. (Preliminary Data)", "Aug. (Final Data)", "Oct. (E)". */
const MONTH_NOTE_HEADING_RE = new RegExp(
  String.raw`^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\((?:preliminary(?: data)?|prelim\.?|actual|${REVISED_NOTE_SRC}|${FORECAST_NOTE_SRC})\)$`,
);
/** A month's heading and its forecast note: "Jul 2025 (forecast)", "October 2016 (SMM forecast)" (group 1 the month). */
const NOTED_FORECAST_HEADING_RE = new RegExp(String.raw`^(.+?)\s*\((?:smm\s+)?(?:${FORECAST_NOTE_SRC})\)$`, "i");
/** The bracket of a forecast's column: "Oct. (E)", "Nov (F)", "Dec (Est.)". */
const FORECAST_NOTE_RE = new RegExp(String.raw`\((?:${FORECAST_NOTE_SRC})\)\s*$`, "i");
/** The bracket of a month's final or revised figures: "Aug. (Final Data)". */
const REVISED_NOTE_RE = new RegExp(String.raw`\((?:${REVISED_NOTE_SRC})\)\s*$`, "i");

function monthOf(h: string): { month: number | null; year: number | null } {
  // "April 2025", "Aug-22" (a two-digit year)
  const m = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+((?:19|20)\d{2})|[-'’ ]((?:19|20)\d{2})|[-'’ ](\d{2}))?(?=[fe]\b|\b)/i.exec(h);
  if (!m || /[-–]\s*[a-z]/i.test(h.slice(m.index + m[0].length, m.index + m[0].length + 3))) return { month: null, year: null };
  const year = m[2] ?? m[3];
  return { month: MONTHS.indexOf((m[1] ?? "").toLowerCase()) + 1 || null, year: year ? Number(year) : m[4] ? 2000 + Number(m[4]) : null };
}

/**
 * Abbreviations a legend line defines as SMM's own ("JUL EST = SMM EXPECTATION OF JUL 2025 OUTPUT"):
 * a column so headed is SMM's, though "EST" alone would be someone's estimate.
 */
export function smmLegend(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b([A-Z][A-Z0-9/]*(?: [A-Z0-9/]+){0,2}) ?= ?SMM\b/g)) if (m[1] && m[1] !== "SMM") out.push(m[1]);
  return out;
}

/** A header row: no figures, a first column naming the rows, and at least one column naming a measure. */
export function readHeader(cells: readonly Cell[], smmNames: readonly string[] = []): TableHeader | null {
  const MONTH_YY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[-'’ ]\d{2}\b/gi;
  if (
    cells.some((c) =>
      /\d/.test(
        c.text
          .replace(MONTH_YY, "")
          .replace(/\b(?:19|20)\d{2}(?:F\b|\b)/gi, "")
          .replace(/[-'’ ]\d{2}[FE]\b/gi, "")
          .replace(/\(\s*10,000\s*(?:mt|tonnes|t)\s*\)/gi, "")
          // ("Output ('000 mt)", "Capacity ('000 mt/yr)": thousands of tonnes)
          .replace(/\(\s*'?000\s*(?:mt|tonnes|t)(?:\/(?:yr|year|a))?\s*\)/gi, ""),
      ),
    )
  )
    return null;
  // "Source | Product | ...": the rows' source and product columns; "Basis": the content a row states
  const named = (re: RegExp): number => cells.findIndex((c) => re.test(c.text.trim()));
  const sourceCol = named(/^(?:source|provider|data source)$/i);
  const productAt = named(/^(?:product|metal|commodity|item|material)s?$/i);
  const productCol = productAt > 0 && (sourceCol < 0 || sourceCol < productAt) ? productAt : 0;
  const basisCol = named(/^(?:basis|content|metal basis)$/i);
  // "Product | Period | Measure | Value | Unit | Source": one figure a row
  const measureCol = named(/^(?:measure|metric|indicator|item type|series)$/i);
  const valueCol = named(/^(?:value|figure|number|amount)$/i);
  const periodCol = named(/^(?:period|month|date|reporting month)$/i);
  // ("Product | Measure | Apr 2018 | Unit | Notes": the value column headed by the month its values are about)
  const monthCols = valueCol > 0 || measureCol <= 0 ? [] : cells.flatMap((c, i) => (i > measureCol && periodOfCell(c.text)?.month ? [i] : []));
  const datedValueCol = monthCols.length === 1 ? (monthCols[0] as number) : -1;
  if (measureCol > 0 && (valueCol > 0 || datedValueCol > 0)) {
    const unitCol = named(/^(?:unit|units)$/i);
    const none: Column = { measure: null, unit: null, month: null, year: null };
    const when = datedValueCol > 0 ? (periodOfCell((cells[datedValueCol] as Cell).text) as { month: number | null; year: number | null }) : null;
    return {
      columns: cells.map(() => none),
      productCol,
      sourceCol,
      basisCol,
      long: { measureCol, valueCol: valueCol > 0 ? valueCol : datedValueCol, periodCol, unitCol },
      month: when?.month ?? null,
      year: when?.year ?? null,
      periodCol: -1,
      headings: cells,
    };
  }
  const t: TableHeader = {
    columns: [],
    productCol,
    sourceCol,
    basisCol,
    long: null,
    month: null,
    year: null,
    periodCol,
    headings: cells,
    ...(smmNames.length ? { smmNames } : {}),
  };
  const read = readColumns(t, []);
  // ("| | SMM forecast | Actual | Gap |": a forecast beside the actual of the same rows is the forecast made for the actual's
  // month, not the next month's; not read as either)
  const besideActual = cells.some((c) => ACTUAL_HEADING_RE.test(c.text.trim()));
  const columns = besideActual
    ? read.map((c, i) =>
        c.forecast && c.month === null && c.offset === 1 && !/\bnext\b/i.test(cells[i]?.text ?? "")
          ? { ...c, measure: null }
          : ACTUAL_HEADING_RE.test(cells[i]?.text.trim() ?? "") && !c.measure
            ? { ...c, measure: "output" as const, byUnit: true }
            : c,
      )
    : read;
  if (!columns.some((c) => c.measure)) return null;
  // the table's month: a column's that is not a year to date nor a forecast ("Oct fcst" after the
  // month's own columns), or the first column's ("Jan-2026F output | MoM | YoY": a forecast table)
  // ("Dec 2023 (actual) | Jan 2024 (actual) | MoM Jan": of two months' levels, the later is the table's;
  // the earlier is the month before, never the edition's own)
  const first = columns.find((c) => c.measure);
  const levels = columns.filter((c) => c.measure === "output" && c.month !== null && c.year !== null && !c.forecast);
  const later = levels.reduce<Column | undefined>(
    (a, c) => (!a || (c.year ?? 0) * 12 + (c.month ?? 0) > (a.year ?? 0) * 12 + (a.month ?? 0) ? c : a),
    undefined,
  );
  const dated =
    (levels.length > 1 ? later : undefined) ??
    columns.find((c) => c.month !== null && c.measure !== "ytd_output" && !c.forecast) ??
    (first?.month !== null && first?.measure !== "ytd_output" ? first : undefined);
  return { ...t, columns, month: dated?.month ?? null, year: dated?.year ?? null };
}

/** A column heading naming the actual figures: "Actual", "Actual output", "Reported". */
const ACTUAL_HEADING_RE = /^(?:actuals?|actual (?:output|production|figure|result)|reported|outturn)$/i;

/** A header whose columns the reader names itself (a transposed table, a table of measures by month): no measure in any column yet. */
function bareHeader(cells: readonly Cell[], when: { month: number | null; year: number | null }): TableHeader {
  const none: Column = { measure: null, unit: null, month: null, year: null };
  return { columns: cells.map(() => none), productCol: 0, sourceCol: -1, basisCol: -1, long: null, ...when, periodCol: -1, headings: cells };
}

/**
 * A header naming products across ("Jul 2023 | unit: kt unless stated", then a product a cell): every
 * cell after the corner names a product (at least two), the corner names none and holds no figure but
 * a month. `isProduct` says whether a cell names a product.
 */
export function readTransposedHeader(cells: readonly Cell[], isProduct: (text: string) => boolean): TableHeader | null {
  const corner = cells[0]?.text ?? "";
  const heads = cells.slice(1);
  // (the cheap tests first: a data row has figures)
  if (heads.length < 2 || heads.some((c) => c.text === "" || /^[-+~]?\d[\d,.]*\s*%?$/.test(c.text))) return null;
  if (/\d/.test(corner.replace(/\b(?:19|20)\d{2}\b/g, "").replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[-'’ ]\d{2}\b/gi, "")))
    return null;
  if (heads.some((c) => !isProduct(c.text)) || isProduct(corner)) return null;
  const unit = unitOfText(corner);
  return {
    ...bareHeader(cells, monthOf(corner)),
    transposed: { unit: unit === "kt" || unit === "mt" || unit === "10kt" || unit === "Mt" || unit === "GW" ? unit : null },
  };
}

/** Relative month headings: "This month", "Current month"; "Last month", "Previous month"; "Same month last year", "A year ago". */
const RELATIVE_THIS_MONTH_RE = /^(?:this|current|the)\s+month$/i;
const RELATIVE_LAST_MONTH_RE = /^(?:last|previous|prior|preceding)\s+month$/i;
const RELATIVE_YEAR_AGO_RE = /^(?:(?:the\s+)?same\s+(?:month|period)\s+(?:of\s+)?last\s+year|a\s+year\s+(?:ago|earlier)|year[- ]ago(?:\s+month)?)$/i;

/**
 * A header of measures by month inside a product's section ("metric,Jul-20,Jun-20,MoM"): a corner that names the rows as
 * measures, one or more months with their years, and a change column or none.
 */
export function readMetricHeader(cells: readonly Cell[], cornerIsProduct: (text: string) => boolean = () => false): TableHeader | null {
  // ("| SiMn alloy | Aug 2016 | Sep 2016 | Oct 2016 | Nov 2016 (f) |": a product's name in the corner, its measures the rows)
  const corner = cells[0]?.text.trim() ?? "";
  // (a blank corner over measure rows too: " | Apr 2025 | May 2025 | Jun 2025 | Jul 2025 (forecast)")
  if (cells.length < 2 || !(/^(?:metric|measure|indicator|item|kpi)s?$/i.test(corner) || corner === "" || cornerIsProduct(corner))) return null;
  let valueCol = -1;
  let firstMonthCol = -1;
  let changeCol = -1;
  let yoyCol = -1;
  let latest = -1;
  let forecastCol = -1;
  let forecastMonth: { month: number; year: number | null } | undefined;
  let yearless: number | null = null;
  let unitCol = -1;
  let lastMonthCol = -1;
  const monthCols: { col: number; month: number; year: number | null }[] = [];
  let vsMonth: RegExpExecArray | null;
  for (let i = 1; i < cells.length; i++) {
    const h = (cells[i] as Cell).text.trim();
    const m = monthOf(h);
    // ("Jul 2025 (forecast)", "Jan 2022F": a forecast noted in brackets or by a letter glued to the year)
    // ("October 2016 (SMM forecast)": SMM's own, named in the bracket)
    const noted = NOTED_FORECAST_HEADING_RE.exec(h) ?? /^([a-z]{3,9}\.?[-'’ ](?:19|20)?\d{2})[FE]$/i.exec(h);
    // ("Item | Sep | Aug | MoM | Oct (F)": a month alone, among months with no year)
    const notedBare = !!noted && m.month !== null && m.year === null && /^[a-z]{3,9}\.?$/i.test((noted[1] ?? "").trim());
    if (noted && m.month !== null && (notedBare || (m.year !== null && /^[a-z]{3,9}\.?[-'’ ](?:19|20)?\d{2}$/i.test((noted[1] ?? "").trim())))) {
      if (forecastCol < 0) {
        forecastCol = i;
        forecastMonth = { month: m.month, year: m.year };
      }
      continue;
    }
    // ("Item | Oct | Nov | MoM": months with no year, in order, the last the latest; the edition's year decides)
    if (m.month !== null && m.year === null && /^[a-z]{3,9}\.?$/i.test(h) && latest < 0) {
      if (firstMonthCol < 0) firstMonthCol = i;
      valueCol = i;
      yearless = m.month;
      monthCols.push({ col: i, month: m.month, year: null });
    } else if (m.month !== null && m.year !== null && yearless === null && /^[a-z]{3,9}\.?[-'’ ](?:19|20)?\d{2}$/i.test(h)) {
      if (firstMonthCol < 0) firstMonthCol = i;
      monthCols.push({ col: i, month: m.month, year: m.year });
      const at = m.year * 12 + m.month;
      if (at > latest) {
        latest = at;
        valueCol = i;
      }
    } else if (/^(?:mom|m\/m|m-o-m|change|chg)(?:\s*\((?:%|pp)\))?$/i.test(h) && changeCol < 0) changeCol = i;
    // ("Indicator | July 2024 | vs June": a change against the month before the value column's, named)
    else if (
      changeCol < 0 &&
      valueCol >= 0 &&
      (vsMonth = /^(?:change\s+)?(?:vs\.?|versus|against|from)\s+([a-z]{3,9})\.?$/i.exec(h)) &&
      isMonthBefore(vsMonth[1] ?? "", cells, valueCol)
    )
      changeCol = i;
    else if (/^(?:yoy|y\/y|y-o-y)(?:\s*\((?:%|pp)\))?$/i.test(h) && yoyCol < 0) yoyCol = i;
    // ("Item | Value | MoM": an undated value column, the month the text is about)
    else if (/^(?:value|level|figure|data|amount)$/i.test(h) && valueCol < 0 && firstMonthCol < 0) valueCol = firstMonthCol = i;
    // ("| Refined tin | This month | Last month | Same month last year |": the text's month, the one before, a year before)
    else if (RELATIVE_THIS_MONTH_RE.test(h) && valueCol < 0 && firstMonthCol < 0) valueCol = firstMonthCol = i;
    else if (RELATIVE_LAST_MONTH_RE.test(h) && lastMonthCol < 0 && monthCols.length === 0) lastMonthCol = i;
    else if (RELATIVE_YEAR_AGO_RE.test(h) && monthCols.length === 0) continue;
    // ("| | SMM forecast | Actual | Gap |": the actual column is the month's value; the forecast made for it and the gap are
    // not read)
    else if (ACTUAL_HEADING_RE.test(h) && valueCol < 0 && firstMonthCol < 0) valueCol = firstMonthCol = i;
    else if (
      /^(?:(?:smm(?:'s)?\s+)?(?:forecast|expectation|estimate|expected)|gap|difference|diff\.?|surprise|deviation|vs\.?\s+forecast)$/i.test(h) &&
      monthCols.length === 0
    )
      continue;
    // ("metric,value,unit": each row's unit in a column of its own)
    else if (/^units?$/i.test(h) && unitCol < 0 && valueCol >= 0) unitCol = i;
    else return null;
  }
  if (valueCol < 0) return null;
  // ("| Indicator | May 2023 | May 2022 | Change |": a change column beside the same month a year earlier, and no month
  // before, is the change on the year)
  const others = monthCols.filter((c) => c.col !== valueCol);
  const yearAgoOnly = latest >= 0 && others.length === 1 && others[0]?.year !== null && (others[0]?.year ?? 0) * 12 + (others[0]?.month ?? 0) === latest - 12;
  if (yearAgoOnly && changeCol >= 0 && yoyCol < 0 && /^(?:change|chg)\b/i.test((cells[changeCol] as Cell).text.trim())) {
    yoyCol = changeCol;
    changeCol = -1;
  }
  // ("Item | Sep | Aug | MoM": months with no year, latest first, each the month before the one before it)
  const descending =
    yearless !== null && monthCols.length >= 2 && monthCols.every((c, k) => k === 0 || c.month === (((monthCols[k - 1]?.month ?? 1) + 10) % 12) + 1);
  if (descending && monthCols[0]) {
    valueCol = monthCols[0].col;
    yearless = monthCols[0].month;
  }
  // (an undated value column only beside a change column that names its base: "Value | Change" with "+0.42 pp YoY" in a cell
  // is read row by row as prose)
  if (
    latest < 0 &&
    yearless === null &&
    unitCol < 0 &&
    lastMonthCol < 0 &&
    !cells.some((c) => ACTUAL_HEADING_RE.test(c.text.trim())) &&
    !(changeCol >= 0 && /^(?:mom|m\/m|m-o-m)\b/i.test((cells[changeCol] as Cell).text.trim()))
  )
    return null;
  const month = latest % 12 || 12;
  const top = yearless !== null ? { month: yearless, year: null } : { month, year: latest < 0 ? null : (latest - month) / 12 };
  const prevMonth = top.month === 1 ? 12 : top.month - 1;
  const prevYear = top.year === null ? null : top.month === 1 ? top.year - 1 : top.year;
  const beforeCol = latest < 0 && yearless === null ? undefined : monthCols.find((c) => c.col !== valueCol && c.month === prevMonth && c.year === prevYear);
  return {
    ...bareHeader(
      cells,
      yearless !== null ? { month: yearless, year: null } : latest < 0 ? { month: null, year: null } : { month, year: (latest - month) / 12 },
    ),
    byMetric: {
      valueCol,
      firstMonthCol,
      changeCol,
      forecastCol,
      ...(yoyCol >= 0 ? { yoyCol } : {}),
      ...(forecastMonth ? { forecastMonth } : {}),
      ...(beforeCol ? { beforeCol } : {}),
      ...(lastMonthCol >= 0 ? { lastMonthCol } : {}),
      ...(unitCol >= 0 ? { unitCol } : {}),
    },
  };
}

/** The base a change cell names itself ("+3.2% YoY", "-4.6% m/m"), or null. */
function cellBase(text: string): "mom" | "yoy" | null {
  if (/\b(?:yoy|y\/y|y-o-y|year[- ]on[- ]year)\b/i.test(text)) return "yoy";
  if (/\b(?:mom|m\/m|m-o-m|month[- ]on[- ]month)\b/i.test(text)) return "mom";
  return null;
}

/** "Change vs Mar", "vs Apr 2023", "Chg from March": a column heading of a change against a named month (and year). */
const VS_MONTH_HEADING_RE = /^(?:(?:output\s+|production\s+)?(?:change|chg)\s+)?(?:vs\.?|versus|against|from|over)\s+[a-z]{3,9}\.?(?:\s+(?:19|20)\d{2})?$/i;
/** "change vs February", "output change versus March 2023": a change against a named month (and year). */
const VS_MONTH_ROW_RE = /^(?:output\s+|production\s+)?change\s+(?:vs\.?|versus|from|on|against|over)\s+([a-z]{3,9})\.?(?:\s+((?:19|20)\d{2}))?$/i;
/** A unit table row's label: the words before its measure ("Xinjiang output", "April forecast output", "national output"). */
const UNIT_ROW_LEAD_RE = /^([A-Za-z][A-Za-z' -]*?)\s+(?:output|production)$/i;

/** A part's lead before a measure: a series, a grade or a type ("300-series", "High-grade", "N-type"), or a province. */
function partLead(words: string): boolean {
  if (PART_LEAD_RE.test(words.trim())) return true;
  const tokens = lex(words);
  return tokens.length > 0 && tokens.every((tk) => has(tk, TAGS.province) || tk.lower === "inner");
}
const PART_LEAD_RE = /^(?:\d{1,3}[- ]series|[a-z]+-(?:grade|type|nickel)|(?:high|low|medium|mid)[- ]grade|[a-z]+ series)$/i;
/** "August forecast", "Aug (f)", "September outlook": a month and a forecast word, nothing else. */
const MONTH_FORECAST_LABEL_RE = /^[a-z]{3,9}\.?\s*(?:forecast|fcst|f'cast|outlook|estimate|\((?:f|e|forecast|est\.?)\))$/i;

/** "June" beside a value column headed "July 2024" (or "Jul"): the month named is the one before the column's. */
function isMonthBefore(name: string, cells: readonly Cell[], valueCol: number): boolean {
  const named = monthOf(name).month;
  const col = monthOf((cells[valueCol] as Cell).text.trim()).month;
  return named !== null && col !== null && named === (col === 1 ? 12 : col - 1);
}

/**
 * A row of a measures-by-month table ("output (mt),825000,808000,2.1%", "Aug-20 forecast output (mt),818000,,-0.8%"): the
 * label's measure of `product` (a cell naming the section's product) in the table's latest month, and its change; a row
 * labelled by a month of its own (a forecast) states that month's figure in the first month's column. One ordinary
 * one-column table a figure, as `transposedRows` gives. None for a row whose label names no measure, trade or another source.
 */
/** The measures a row of a measures-by-month table may state. */
// ("Change MoM (mt) | -13,900 | +8,400": the month's change in tonnes too)
const METRIC_ROW_MEASURES: ReadonlySet<string> = new Set([
  "output",
  "operating_rate",
  "capacity",
  "operating_capacity",
  "mom",
  "yoy",
  "mom_chg",
  "operating_rate_mom",
]);
export function metricRows(t: TableHeader, cells: readonly Cell[], product: Cell, cornerIsProduct = false): { header: TableHeader; cells: Cell[] }[] {
  const label = cells[0];
  if (!t.byMetric || !label || notProductionLabel(label.text) || otherSource(label.text)) return [];
  // ("metric,value,unit" over "Xinjiang output,208000,mt", "April forecast output,375000,mt": the words before the measure
  // name a part, the whole ("national"), or a month's forecast)
  const unitCell = t.byMetric.unitCol !== undefined ? cells[t.byMetric.unitCol] : undefined;
  // ("| 300-series output (mt) | 1,420,000 | 1,468,000 |" under "| | SMM forecast | Actual |", "Zhejiang output (mt)": without a
  // unit column too, words before the measure that name a series, a grade or a province make the row that part's)
  const anyLead = /^([A-Za-z0-9][A-Za-z0-9' -]*?)\s+(?:output|production)$/i.exec(label.text.replace(/\s*\([^()]*\)\s*$/, "").trim());
  const anyPart = !!anyLead && partLead(anyLead[1] ?? "");
  const lead = t.byMetric.unitCol !== undefined ? UNIT_ROW_LEAD_RE.exec(label.text.trim()) : anyPart ? anyLead : null;
  const leadWords = (lead?.[1] ?? "").trim();
  const leadForecast = !!leadWords && MONTH_FORECAST_LEAD_RE.test(leadWords);
  const leadPart = !!leadWords && !leadForecast && !/^(?:national|total|china|china's|overall|industry|industry-wide|sampled?)$/i.test(leadWords);
  if (lead && leadPart && !/^[A-Z]/.test(leadWords) && t.byMetric.unitCol !== undefined) return [];

  // ("change vs February,+14.8,%": the change of the month after the one named, a MoM; "change vs March 2023": the change
  // of that month a year on, a YoY. The period says which month; the parse keeps it only when it is the edition's.)
  const vs = t.byMetric.unitCol !== undefined ? VS_MONTH_ROW_RE.exec(label.text.trim()) : null;
  if (vs) {
    const m = monthOf(vs[1] ?? "").month;
    const y = vs[2] ? Number(vs[2]) : null;
    const rawCell = cells[t.byMetric.valueCol];
    if (m === null || !rawCell || (unitCell?.text.trim() ?? "") !== "%") return [];
    const col: Column =
      y === null ? { measure: "mom", unit: "%", month: m === 12 ? 1 : m + 1, year: null } : { measure: "yoy", unit: "%", month: m, year: y + 1 };
    const none: Column = { measure: null, unit: null, month: null, year: null };
    return [
      {
        header: { ...t, byMetric: undefined, columns: [none, col], headings: [product, label] },
        cells: [product, { ...rawCell, text: `${rawCell.text.trim()}%` }],
      },
    ];
  }
  const headed = measureOfHeading(label.text.replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[-'’ ](?:19|20)?\d{2}\b/i, ""));
  // ("output change m/m,+4.6,%": a change the unit column puts in percent is the percentage change)
  const unitPct = (unitCell?.text.trim() ?? "") === "%";
  const named = unitPct && headed === "mom_chg" ? "mom" : unitPct && headed === "yoy_chg" ? "yoy" : headed;
  // ("Lithium carbonate | Nov 2016 | MoM" over "Total | 6,950 mt | +8.2%", "From spodumene | 5,300 mt | +9.6%": under a product
  // named in the corner, a row that names no measure is the product's or a part's output, the row's words before the name)
  const partRow =
    !named &&
    cornerIsProduct &&
    /[a-z]/i.test(label.text) &&
    !lex(label.text).some((tk) => has(tk, TAGS.price | TAGS.trade | TAGS.world | TAGS.share | TAGS.agency | TAGS.country | TAGS.target | TAGS.metric));
  // ("| August forecast | about 19,900 mt | up 1.3% |" under "Indicator | July 2024 | vs June": a row labelled by the month
  // after the table's and a forecast word only is that month's output forecast)
  const labelMonth = monthOf(label.text);
  const nextMonthForecast =
    !named && t.month !== null && labelMonth.month === (t.month === 12 ? 1 : t.month + 1) && MONTH_FORECAST_LABEL_RE.test(label.text.trim());
  const measure = named ?? (partRow || nextMonthForecast ? "output" : null);
  // ("of which Inner Mongolia (mt)": the part's name without its lead-in and unit)
  const partName = label.text
    .replace(/^\s*(?:of which|incl\.?|including)\s*[:,-]?\s*/i, "")
    .replace(/\s*\((?:mt|t|tonnes|kt)\)\s*$/i, "")
    .trim();
  const partOf = partRow
    ? { product: product.text, part: WHOLE_ROW_LABEL_RE.test(partName) ? "" : partName }
    : lead && leadPart
      ? { product: product.text, part: leadWords }
      : undefined;
  // ("| MoM | +3.1% | +7.6% | +8.2% |": a change row states the latest month's change too)
  if (!METRIC_ROW_MEASURES.has(measure ?? "")) return [];
  const own =
    nextMonthForecast && labelMonth.year === null && t.year !== null ? { ...labelMonth, year: labelMonth.month === 1 ? t.year + 1 : t.year } : labelMonth;
  const forecast = forecastOf(label.text);
  const month = own.month !== null ? own : { month: t.month, year: t.year };
  const rawValue = cells[own.month !== null ? t.byMetric.firstMonthCol : t.byMetric.valueCol];
  // (a unit column's unit written after the bare value: "8420" and "mt", "+4.6" and "%")
  const unitText = unitCell?.text.trim() ?? "";
  const value =
    rawValue && unitText && /^[+-]?\d[\d,.]*$/.test(rawValue.text.trim())
      ? { ...rawValue, text: `${rawValue.text.trim()}${unitText === "%" ? "%" : ` ${unitText}`}` }
      : rawValue;
  const none: Column = { measure: null, unit: null, month: null, year: null };
  const out: { header: TableHeader; cells: Cell[] }[] = [];
  // ("output (mt Ni)", "output (physical mt)": the content the row states, as a product row's label says it)
  const content = /\((?:[^)]*\s)?(?:ni|nickel|metal)(?:\s+content)?\)/i.test(label.text)
    ? " (Ni content)"
    : /\bphysical|gross\b/i.test(label.text)
      ? " (physical)"
      : "";
  const owner: Cell = { ...product, text: product.text + content };
  const one = (col: Column, cell: Cell): void => {
    out.push({ header: { ...t, byMetric: undefined, columns: [none, col], headings: [owner, label], ...(partOf ? { partOf } : {}) }, cells: [owner, cell] });
  };
  if (value && value.text.trim() !== "") one({ measure, unit: unitOfHeading(label.text), ...month, ...forecast }, value);
  // ("Item | Oct | Nov | MoM": the month before's level, as the edition states it now (a revision of the earlier edition's))
  const before = t.byMetric.beforeCol;
  const beforeCell =
    before && own.month === null && !forecast.forecast && (measure === "output" || measure === "operating_rate") ? cells[before.col] : undefined;
  if (before && beforeCell && beforeCell.text.trim() !== "" && !emptyCell(beforeCell.text))
    one({ measure, unit: unitOfHeading(label.text), month: before.month, year: before.year, revised: true }, beforeCell);
  // ("This month | Last month": the last month's level, the month before the text's)
  const lastCell =
    t.byMetric.lastMonthCol !== undefined && own.month === null && !forecast.forecast && (measure === "output" || measure === "operating_rate")
      ? cells[t.byMetric.lastMonthCol]
      : undefined;
  if (lastCell && lastCell.text.trim() !== "" && !emptyCell(lastCell.text))
    one({ measure, unit: unitOfHeading(label.text), month: t.month, year: t.year, offset: -1, revised: true }, lastCell);
  // ("Nov 2016 (f)": the forecast column states the next month's output and change)
  const fc = t.byMetric.forecastCol >= 0 ? cells[t.byMetric.forecastCol] : undefined;
  const fm = t.byMetric.forecastMonth;
  // (and its change in tonnes, and its operating rate: "| Operating rate | 83.6% | 84.9% |")
  if (
    fc &&
    fm &&
    own.month === null &&
    (measure === "output" || measure === "mom" || measure === "mom_chg" || measure === "operating_rate") &&
    fc.text.trim() !== "" &&
    !emptyCell(fc.text)
  )
    one({ measure, unit: unitOfHeading(label.text), month: fm.month, year: fm.year, forecast: true }, fc);
  // the change columns: an output's change is in %, a rate's in points (a capacity's is in tonnes and not read); an empty
  // change cell ("n/a") states nothing
  const changeOf = (col: number | undefined, outputMeasure: Measure, rateMeasure: Measure): void => {
    const cell = col !== undefined && col >= 0 ? cells[col] : undefined;
    // (a cell that names its own base, "+3.2% YoY" under "Change", is a change against that base)
    const own = cell ? cellBase(cell.text) : null;
    if (own === "yoy" && outputMeasure === "mom") [outputMeasure, rateMeasure] = ["yoy", "operating_rate_yoy"];
    else if (own === "mom" && outputMeasure === "yoy") [outputMeasure, rateMeasure] = ["mom", "operating_rate_mom"];
    // ("| Output, year on year | | +3.2% YoY |": a change row whose value cell is empty states its change in the change column)
    if (measure === outputMeasure && (measure === "mom" || measure === "yoy") && (!value || value.text.trim() === "") && cell && /%/.test(cell.text)) {
      one({ measure, unit: "%", ...month, ...forecast }, cell);
      return;
    }
    const changeMeasure = measure === "output" ? outputMeasure : measure === "operating_rate" ? rateMeasure : null;
    if (!cell || !changeMeasure || cell.text.trim() === "" || emptyCell(cell.text)) return;
    const unit = /pp|pts?\b|ppt|percentage points?/i.test(cell.text) ? "pp" : /%/.test(cell.text) ? "%" : null;
    if ((changeMeasure === outputMeasure && unit === "%") || (changeMeasure === rateMeasure && unit === "pp"))
      one({ measure: changeMeasure, unit, ...month, ...forecast }, cell);
  };
  changeOf(t.byMetric.changeCol, "mom", "operating_rate_mom");
  changeOf(t.byMetric.yoyCol, "yoy", "operating_rate_yoy");
  return out;
}

/** Measures stated in tonnes: a transposed table's corner unit is theirs. */
const TONNE_MEASURES: ReadonlySet<Measure> = new Set(["output", "ytd_output", "mom_chg", "yoy_chg", "capacity", "operating_capacity"]);

/**
 * A row of a transposed table ("MoM (%) | -0.84% | 3.12%"): its label names the measure (and month,
 * and whether a forecast), each cell is the figure of the product heading its column. One ordinary
 * one-column table a cell: the header to read it by, and the cells [product heading, figure]. None
 * for a row whose label names no measure, or trade ("Refined imports (customs)") or another source.
 */
export function transposedRows(t: TableHeader, cells: readonly Cell[]): { header: TableHeader; cells: Cell[] }[] {
  const label = cells[0];
  if (!t.transposed || !label || notProductionLabel(label.text) || otherSource(label.text)) return [];
  const measure = measureOfHeading(label.text);
  const forecast = forecastOf(label.text);
  // ("Aug 2023 forecast | 1,101.0": a forecast heading with no measure takes it from the corner's unit)
  if (!measure && !forecast.byUnit) return [];
  const none: Column = { measure: null, unit: null, month: null, year: null };
  const out: { header: TableHeader; cells: Cell[] }[] = [];
  for (let i = 1; i < cells.length && i < t.headings.length; i++) {
    const product = t.headings[i] as Cell;
    const cell = cells[i] as Cell;
    // the row label's unit, else the product heading's ("Refined Tin (t)"), else the corner's for tonnages
    const own = unitOfHeading(label.text) ?? unitOfHeading(product.text);
    const unit = own ?? (!measure || TONNE_MEASURES.has(measure) ? t.transposed.unit : null);
    const columns = [none, { measure, unit, ...monthOf(label.text), ...forecast }];
    finishColumns(columns, [product, label]);
    out.push({ header: { ...t, transposed: undefined, columns, headings: [product, label] }, cells: [product, cell] });
  }
  return out;
}

/** "Desk est. MoM", "Consensus YoY", "MYS Jun-23": a column of someone else's numbers is not read. */
const otherSource = (h: string): boolean =>
  /\b(?:desk|our|consensus|broker|house|street|analysts?|est|estimates?|mys|mysteel|antaike|cru|baiinfo|nbs|insg|infolink|woodmac|bloomberg|my|internal|model|poll|reuters|ita|icsg|ilzsg|iai|argus|platts|fastmarkets)\b/i.test(
    h,
  ) && !/\bSMM\b/.test(h);

/** A heading that contains a name the text's legend gives SMM ("JUL EST M/M(%)" under "JUL EST = SMM ..."). */
const namedSmm = (h: string, names: readonly string[] = []): boolean => names.some((n) => new RegExp(`(?:^|\\s)${n.replace(/[/]/g, "\\/")}(?:\\s|$)`).test(h));

/** The heading's unit, else the units row's; none when the two disagree ("Output (mt)" over "kt"). */
const unitOf = (heading: Column["unit"], row: Column["unit"]): Column["unit"] => (heading && row && heading !== row ? null : (heading ?? row));

/**
 * An export's field name read as a heading: "output_t" -> "output (mt)", "forecast_next_mom_pct" ->
 * "forecast next mom (%)", "operating_rate_pct" -> "operating rate (%)" (words joined by underscores,
 * the last one a unit). Any other heading is returned as it is.
 */
export function fieldHeading(h: string): string {
  const t = h.trim();
  if (!/^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/i.test(t)) return h;
  const parts = t.toLowerCase().split("_");
  const last = parts[parts.length - 1] ?? "";
  const unit = /^(?:t|mt|tonnes)$/.test(last) ? "mt" : last === "kt" ? "kt" : /^(?:pct|percent)$/.test(last) ? "%" : last === "pp" ? "pp" : null;
  return unit ? `${parts.slice(0, -1).join(" ")} (${unit})` : parts.join(" ");
}

/** Each heading's column: its measure, unit (the heading's, else the units row's), month and forecast. */
function readColumns(t: TableHeader, units: readonly Column["unit"][]): Column[] {
  const none = (): Column => ({ measure: null, unit: null, month: null, year: null });
  const columns: Column[] = t.headings.map((c, i) => {
    if (i <= t.productCol || i === t.sourceCol || i === t.basisCol || i === t.periodCol || (otherSource(c.text) && !namedSmm(c.text, t.smmNames)))
      return none();
    const h = fieldHeading(c.text);
    // ("2022 total (mt)": the year to date at the year's December)
    const yearTotal = YEAR_TOTAL_HEADING_RE.exec(h.toLowerCase().trim());
    const when = yearTotal ? { month: 12, year: Number(yearTotal[1] ?? yearTotal[2]) } : monthOf(h);
    const content = CONTENT_HEADING_RE.exec(h.trim())?.[1]?.toLowerCase();
    return {
      // ("Physical content (mt)", "Metal content (mt)": a column of a content's tonnages, the output in that content; as a row's
      // label, "Physical content | 497,000", it names the row's content instead)
      // ("| Month | Refined zinc (mt) | m-o-m |": in a table of months as rows, a tonnage column that names no measure, a
      // product's name, is its output)
      measure:
        measureOfHeading(h) ?? (content || (t.periodCol >= 0 && t.periodCol === t.productCol && /\((?:mt|t|tonnes|kt)\)\s*$/i.test(h)) ? "output" : null),
      unit: unitOf(unitOfHeading(h), units[i] ?? null),
      ...when,
      ...forecastOf(h),
      ...(content ? { content: /^(?:physical|gross)$/.test(content) ? ("physical" as const) : ("metal" as const) } : {}),
    };
  });
  finishColumns(columns, t.headings);
  return columns;
}

const FORECAST_WORD =
  /\b(?:fcst|f'cast|f\/c|forecast|outlook|expected|expectations?|projected|projection)\b|\bnext[- ]month\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:est(?:imate)?|e)\b/i;
const MONTH_WORD = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?(?:[-'’ ](?:19|20)?\\d{2})?";
/** A heading that is a month alone ("Dec", "Sep 2021"). */
const MONTH_ONLY_RE = new RegExp(`^${MONTH_WORD}$`, "i");
/** A unit table row's lead that is a month's forecast ("April forecast"). */
const MONTH_FORECAST_LEAD_RE = new RegExp(`^${MONTH_WORD}\\s+(?:forecast|fcst|outlook|estimate)$`, "i");
/** "Oct fcst", "Fcst (%)", "SMM Nov-24 forecast": a heading that names only a forecast (and its month). */
// ("Next month (f)": the next month alone, its bracketed note removed)
const FORECAST_ONLY = new RegExp(
  `^(?:smm\\s+)?(?:${MONTH_WORD}\\s+)?(?:next[- ]month(?:\\s+(?:fcst|f'cast|f\\/c|forecast)\\.?)?|(?:fcst|f'cast|f\\/c|forecast)\\.?)$`,
  "i",
);

/** "Oct F", "Oct. F MoM": a month's name and a capital F (forecast) after it. */
const MONTH_F_RE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+F\b/i;
const MONTH_F_ONLY_RE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+F$/i;
/**
 * A forecast heading: "Next-month fcst MoM" and "Fcst MoM (next month)" are about the month after
 * the row's; "Oct fcst", "Apr-2025F" about the month named (and never the edition's own).
 */
function forecastOf(h: string): Pick<Column, "forecast" | "offset" | "byUnit" | "revised"> {
  // ("vs expected", "Actual vs forecast": a comparison, not a forecast)
  if (/\b(?:vs\.?|versus|than|against)\b/i.test(h)) return {};
  // ("Oct. (E)": a month's estimate; "Aug. (Final Data)": a month's final figures)
  if (FORECAST_NOTE_RE.test(h) && monthOf(h).month !== null) return { forecast: true };
  if (REVISED_NOTE_RE.test(h) && monthOf(h).month !== null) return { revised: true };
  const named = monthOf(h).month !== null;
  const word = FORECAST_WORD.test(h);
  // ("Jan-2023F", "Jun-26e": a month's level marked as a forecast or an estimate; "Oct F (mt)", "Oct F MoM": a month and an F)
  if (!word) return /\d{2}[FE]\b/i.test(h) || (named && MONTH_F_RE.test(h)) ? { forecast: true } : {};
  const bare = h.replace(/\([^)]*\)/g, "").trim();
  return {
    forecast: true,
    ...(named ? {} : { offset: 1 }),
    ...(word && FORECAST_ONLY.test(bare) ? { byUnit: true } : {}),
  };
}

/** The units of a tonnage column. */
const TONNE_UNITS: ReadonlySet<string> = new Set(["mt", "kt", "10kt", "Mt"]);

/** "Chg", "Change (pp)", "SMM Δ", "+/-": a heading that names only a change. */
const CHANGE_ONLY = /^(?:smm\s+)?(?:chg|change|diff|[Δδ]|delta|\+\/-|±)\.?$/i;

/**
 * What a column means from its neighbours and unit (again after a units row): a change in pp after a
 * rate is the rate's change; a forecast heading with no measure takes one from its unit.
 */
function finishColumns(columns: Column[], headings: readonly Cell[]): void {
  // ("Product | Sep (mt) | MoM | YoY | Oct (f)": a month and a tonnage unit, nothing else, head the month's output)
  columns.forEach((c, i) => {
    const bare = (headings[i]?.text ?? "").replace(/\([^)]*\)/g, "").trim();
    // ("Product | Dec | Nov | MoM | Jan (f)" under "... (mt):": a month alone heads that month's output too; its cells say
    // in what unit)
    if (!c.measure && !c.forecast && c.month !== null && (c.unit === null || TONNE_UNITS.has(c.unit)) && MONTH_ONLY_RE.test(bare)) c.measure = "output";
    // ("Oct F (mt)": a month's forecast in tonnes is its output)
    if (!c.measure && c.forecast && c.month !== null && c.unit !== null && TONNE_UNITS.has(c.unit) && MONTH_F_ONLY_RE.test(bare)) c.measure = "output";
  });
  // ("Product | Apr output (mt) | Change vs Mar | Change vs Apr 2023": a change against the month before the output
  // column's is its MoM, against the same month of a named year its YoY; the column is the output's month)
  const monthOutput = columns.find((c) => c.measure === "output" && !c.forecast && c.month !== null);
  columns.forEach((c, i) => {
    const vs = c.measure || !monthOutput ? null : VS_MONTH_HEADING_RE.exec((headings[i]?.text ?? "").replace(/\([^)]*\)/g, "").trim());
    if (!vs || c.month === null || !monthOutput || monthOutput.month === null) return;
    const before = monthOutput.month === 1 ? 12 : monthOutput.month - 1;
    const yearBefore = monthOutput.year === null ? null : monthOutput.month === 1 ? monthOutput.year - 1 : monthOutput.year;
    const mom = c.month === before && (c.year === null || yearBefore === null || c.year === yearBefore);
    const yoy = c.month === monthOutput.month && c.year !== null && (monthOutput.year === null || c.year === monthOutput.year - 1);
    if (!mom && !yoy) return;
    const change = c.unit === "mt" || c.unit === "kt" || c.unit === "10kt" || c.unit === "Mt";
    c.measure = mom ? (change ? "mom_chg" : "mom") : change ? "yoy_chg" : "yoy";
    c.month = monthOutput.month;
    c.year = monthOutput.year;
  });
  const hasRate = columns.some((c) => c.measure === "operating_rate");
  // "Jun-26e | Jun MoM": a column naming the month of a forecast column (and no other year) is that forecast's too
  const forecastMonths = columns.filter((c) => c.forecast && c.month !== null);
  for (const c of columns)
    if (!c.forecast && c.measure && c.month !== null && forecastMonths.some((f) => f.month === c.month && (c.year === null || c.year === f.year))) {
      c.forecast = true;
      if (c.year === null) c.year = forecastMonths.find((f) => f.month === c.month)?.year ?? null;
    }
  // "Product | July forecast | MoM | Notes": a forecast heading with no unit, in a table with no output column of its own
  // month, holds the forecast's levels (a cell in %, not a level, is not read there)
  if (!columns.some((c) => !c.forecast && c.measure === "output")) for (const c of columns) if (c.byUnit && !c.measure && c.unit === null) c.measure = "output";
  // "Product | Forecast output | MoM": in a table whose only output column is a forecast, a change column with no month of
  // its own is that forecast's change
  const forecastOutput = columns.find((c) => c.forecast && c.measure === "output");
  if (forecastOutput && !columns.some((c) => !c.forecast && (c.measure === "output" || c.measure === "operating_rate")))
    for (const c of columns)
      if (!c.forecast && c.month === null && (c.measure === "mom" || c.measure === "yoy" || c.measure === "mom_chg")) {
        c.forecast = true;
        if (forecastOutput.offset) c.offset = forecastOutput.offset;
      }
  columns.forEach((c, i) => {
    const h = (headings[i]?.text ?? "").replace(/\([^)]*\)/g, "").trim();
    // "Jan.-Sep. | YoY": a bare YoY right after a year-to-date column is the year to date's
    // (and of its year: "2022 total (mt) | YoY" is the year's)
    const ytdBefore = columns[i - 1];
    if (c.measure === "yoy" && /^(?:yoy|y\/y|y-o-y)$/i.test(h) && ytdBefore?.measure === "ytd_output") {
      c.measure = "ytd_yoy";
      if (c.month === null && ytdBefore.month !== null) {
        c.month = ytdBefore.month;
        c.year = ytdBefore.year;
      }
    }
    // "Operating rate (%) | Change (pp, MoM)": a change column after a rate column is the rate's change
    if (hasRate && c.measure === "mom" && c.unit === "pp") c.measure = "operating_rate_mom";
    // "SMM op. rate | SMM chg (pp)": a bare change right after the rate, in pp (or no unit)
    if (!c.measure && CHANGE_ONLY.test(h) && columns[i - 1]?.measure === "operating_rate" && (c.unit === "pp" || c.unit === null))
      c.measure = "operating_rate_mom";
    // "Oct fcst" in kt is a level; in % a MoM (unless the table has a rate a % could be)
    if (c.byUnit && !c.measure)
      c.measure =
        c.unit === "kt" || c.unit === "mt" || c.unit === "10kt" || c.unit === "Mt" || c.unit === "GW" ? "output" : c.unit === "%" && !hasRate ? "mom" : null;
    // "Output (mt) | MoM | Next-month f'cast": a forecast heading with no unit, beside the month's output column, is that output's
    if (c.byUnit && !c.measure && c.unit === null) {
      const out = columns.find((x) => x.measure === "output" && !x.forecast && x.unit !== null);
      if (out) {
        c.measure = "output";
        c.unit = out.unit;
      }
    }
  });
}

/**
 * A units row right under the header ("| units | month | kt | % | pp"): its first cell "unit(s)" or
 * empty, every other cell a unit (or "month", or empty). The header with each column's unit, or null
 * when the line is not one.
 */
export function readUnitsRow(t: TableHeader, cells: readonly Cell[]): TableHeader | null {
  if (t.long || t.transposed) return null;
  const first = (cells[t.productCol]?.text ?? "").trim();
  if (first !== "" && !UNIT_LABEL.test(first)) return null;
  const units: Column["unit"][] = [];
  for (const [i, c] of cells.entries()) {
    const x = c.text.trim();
    if (x === "" || UNIT_LABEL.test(x) || PERIOD_LABEL.test(x)) continue;
    const u = UNIT_CELL.test(x) ? unitOfText(x) : null;
    if (!u) return null;
    units[i] = u;
  }
  if (!units.some(Boolean)) return null;
  return { ...t, columns: readColumns(t, units) };
}

/**
 * The heading each cell of a line lies under: by index when the line has as many cells as the
 * header, else by position (a screen's columns aligned with spaces: "(KT)" under "OUTPUT", a blank
 * under "PRODUCT"). null when a cell lies under no heading or two cells under one.
 */
export function underHeadings(headings: readonly Cell[], cells: readonly Cell[]): (Cell | undefined)[] | null {
  if (cells.length === headings.length) return [...cells];
  const out: (Cell | undefined)[] = headings.map(() => undefined);
  for (const c of cells) {
    let best = -1;
    let most = 0;
    headings.forEach((h, i) => {
      const overlap = Math.min(h.end, c.end) - Math.max(h.start, c.start);
      if (overlap > most) [best, most] = [i, overlap];
    });
    if (best < 0 || out[best]) return null;
    out[best] = c;
  }
  return out;
}

/**
 * A sheet's two-row header with merged cells, pasted as tabs: the top row ("\tOutput (mt)\t\tChange\t\tOp. rate")
 * has its label in the first column of each merged range and blanks after it; the row under it
 * ("Product\tFeb\tMar e\tMoM\tYoY\tFeb\tComment") names each column within. Each heading of the lower
 * row read with the label over it: "Output (mt) Feb", "Output (mt) Mar e", "MoM", "YoY" (a bare
 * "Change" over a heading that names a measure adds nothing), "Op. rate Feb". A blank continues the
 * label before it only over a heading that is a month, a measure or a unit ("Comment" after "Op.
 * rate" is a column of its own). Null when the line above is no such top row (a figure in it, a
 * first cell that is not blank, no label over a heading) or the lower row names no rows' column.
 */
export function mergedHeaderCells(above: string, cells: readonly Cell[]): Cell[] | null {
  if (!above.includes("\t") || /\d/.test(above.replace(/\(\s*10,?000\s*(?:mt|tonnes|t)\s*\)/gi, ""))) return null;
  const band = above.split("\t").map((x) => x.trim());
  // (the lower row names the rows' column, "Product": a units row under a header, "\tkt\t%", is read as one)
  const corner = cells[0]?.text.trim() ?? "";
  if (corner === "" || UNIT_LABEL.test(corner)) return null;
  if (band[0] !== "" || band.filter((x) => x !== "").length < 1 || band.some((x) => x.length > 40)) return null;
  let label = "";
  let merged = false;
  const out = cells.map((c, i) => {
    const own = band[i] ?? "";
    if (own) label = own;
    const sub = c.text.trim();
    const fits = sub !== "" && (monthOf(sub).month !== null || measureOfHeading(sub) !== null || UNIT_CELL.test(sub));
    if (!own && !fits) label = "";
    const over = own || label;
    if (!over || i === 0) return c;
    if (sub === "") return { ...c, text: over };
    merged = true;
    // ("Change" over "MoM": the lower heading's measure, with the top's unit if it gives one)
    const bare = over.replace(/\([^)]*\)/g, "").trim();
    if (CHANGE_ONLY.test(bare) && measureOfHeading(sub)) return { ...c, text: `${sub} ${over.slice(bare.length).trim()}`.trim() };
    return { ...c, text: `${over} ${sub}` };
  });
  return merged ? out : null;
}

/**
 * A sheet's two-row header pasted as tabs with the merged label on top: the top row ("Product\tOutput
 * (kt)\t\tMoM\tYoY") has a blank cell after a label that spans two columns; the row under it
 * ("\tJan-24\tDec-23\t%\t%") has a blank first cell and names each column within: a month, a unit or
 * a measure, nothing else. Each heading read with the sub-heading under it ("Output (kt) Jan-24",
 * "Output (kt) Dec-23", "MoM %"); a blank top cell continues the label before it. Null when the lower
 * row is not such a row, or the top row has no blank inside it (no merged label).
 */
export function subHeaderCells(headings: readonly Cell[], cells: readonly Cell[]): Cell[] | null {
  if ((cells[0]?.text ?? "") !== "" || cells.length > headings.length) return null;
  const subs = cells.map((c) => c.text.trim());
  if (!subs.some((x) => x !== "")) return null;
  // every sub-heading a month ("Jan-24"), a unit ("%", "kt") or a measure ("MoM"): no figure, no label
  if (subs.some((x) => x !== "" && periodOfCell(x) === null && !UNIT_CELL.test(x) && !measureOfHeading(x))) return null;
  // (a blank heading between two labels, with a sub-heading under it: the label over it is merged)
  const gap = headings.findIndex((h, i) => i > 0 && h.text.trim() === "" && (headings[i - 1]?.text.trim() ?? "") !== "" && (subs[i] ?? "") !== "");
  if (gap < 0) return null;
  let label = "";
  return headings.map((h, i) => {
    const own = h.text.trim();
    const sub = subs[i] ?? "";
    if (i === 0) return h;
    if (own) label = own;
    else if (!sub) label = "";
    const over = own || label;
    if (!sub) return { ...h, text: over };
    return { ...h, text: over ? `${over} ${sub}` : sub };
  });
}

/**
 * A header written over two lines ("PRODUCT  OUTPUT  M/M  ...  JUL EST", then "(KT)  (%)  ...
 * M/M(%)"): a line with no figures whose cells each lie under a heading, the product column's
 * blank. The header with each heading and the words under it read as one, or null.
 */
export function readHeaderContinuation(t: TableHeader, cells: readonly Cell[]): TableHeader | null {
  if (t.long || t.transposed) return null;
  const under = underHeadings(t.headings, cells);
  if (!under || (under[t.productCol]?.text ?? "") !== "") return null;
  if (!under.some((c) => c && c.text !== "") || under.some((c) => c && /\d/.test(c.text.replace(/\b10,?000\b|'000/g, "")))) return null;
  const headings = t.headings.map((h, i) => {
    const c = under[i];
    return c && c.text !== "" ? { ...h, text: `${h.text} ${c.text}` } : h;
  });
  const next: TableHeader = { ...t, headings };
  const columns = readColumns(next, []);
  return { ...next, columns };
}

const UNIT_LABEL = /^(?:units?|uom|unit of measure)\.?:?$/i;
const PERIOD_LABEL = /^(?:month|period|date|yyyy-mm|mmm-yy(?:yy)?)$/i;
/** A cell that is only a unit: "kt", "10kt", "wt", "万吨", "'000 t", "mt", "t", "%", "pp", "GW" (a bracketed remark may follow). */
const UNIT_CELL =
  /^\(?(?:kt|10\s?kt|million\s+(?:mt|tonnes|t)|wt|万吨|万t|'?000\s?t|thousand\s+(?:mt|tonnes|t)|10,?000\s?(?:mt|t|tonnes)|mt|t|tonnes|metric tons?|%|pct|percent|pp|ppt|percentage points?|gw)\)?(?:\s*\([^)]*\)|\s+[a-z]{1,2})?$/i;

/** The unit a column heading states in brackets: "Output (kt)", "(10,000 mt)", "(GW)", "(%)", "(pp, MoM)". */
export function unitOfHeading(h: string): Column["unit"] {
  const unit = unitOfText(/\(([^)]*)\)/.exec(h)?.[1] ?? "");
  if (unit) return unit;
  // "MoM %", "YoY %": the sign outside brackets
  if (/%/.test(h.replace(/\([^)]*\)/g, ""))) return "%";
  return null;
}

/** The unit a text names: "10,000 mt", "kt", "million mt", "GW", "pp", "%", "mt" ("mt Ni"), or null. */
export function unitOfText(text: string): Column["unit"] {
  const b = text.toLowerCase();
  // "Sep output (million mt)": "0.84" is 840,000 mt
  if (/\b(?:million|mln|mn)\s+(?:mt|tonnes|t|tons|metric tons)\b/.test(b)) return "Mt";
  if (/10,?000\s*(?:mt|t|tonnes)|\b10\s?kt\b|\bwt\b|万吨|万t/.test(b)) return "10kt";
  if (/\bkt\b|thousand\s+(?:mt|tonnes|t)\b|'?000\s?(?:t|mt|tonnes)\b/.test(b)) return "kt";
  if (/\bgw\b/.test(b)) return "GW";
  if (/\b(?:pp|ppt|percentage points?)\b/.test(b)) return "pp";
  if (/%|per\s?cent/.test(b)) return "%";
  if (/\b(?:mt|tonnes|t)\b/.test(b)) return "mt";
  return null;
}

/**
 * The month a row's Period cell names: "Sep-2024", "Sep 2024", "September", "2024-09", "09/2024";
 * { month: null } for an empty cell; null for a cell that is not one month ("Q3", "Jan-Sep", "W38").
 */
/** A cell that is a month's name, or a month and a year ("Jan", "March 2025"). */
const MONTH_CELL_RE = new RegExp(`^${MONTH_WORD}$|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(?:19|20)\\d{2}$`, "i");

/** The notes a row's month may carry in brackets, as "a|b": what kind of figure the row holds (a forecast's: FORECAST_NOTE_SRC). */
export const PERIOD_NOTE_SRC = String.raw`revised|final|actual|preliminary|prelim\.?|${FORECAST_NOTE_SRC}`;
/** A row's month with a note in brackets: "Jul 2019 (revised)", "Sep 2019 (forecast)" (group 1 the note). */
const PERIOD_NOTE_RE = new RegExp(String.raw`\s*\((${PERIOD_NOTE_SRC})\)\s*$`, "i");
const PERIOD_FORECAST_NOTE_RE = new RegExp(String.raw`^(?:${FORECAST_NOTE_SRC})$`, "i");

export function periodOfCell(text: string): { month: number | null; year: number | null; forecast?: true } | null {
  // ("Sep 2019 (forecast)": the month, marked a forecast; "Jul 2019 (revised)": the month, as now stated)
  const note = PERIOD_NOTE_RE.exec(text);
  if (note) {
    const bare = periodOfCell(text.slice(0, note.index));
    if (!bare || bare.month === null) return null;
    return PERIOD_FORECAST_NOTE_RE.test(note[1] ?? "") ? { ...bare, forecast: true } : bare;
  }
  const x = text.trim();
  if (x === "" || emptyCell(x)) return { month: null, year: null };
  let m = /^((?:19|20)\d{2})[-/.](0?[1-9]|1[0-2])$/.exec(x);
  if (m) return { month: Number(m[2]), year: Number(m[1]) };
  m = /^(0?[1-9]|1[0-2])[-/.]((?:19|20)\d{2})$/.exec(x);
  if (m) return { month: Number(m[1]), year: Number(m[2]) };
  if (!MONTH_CELL_RE.test(x)) return null;
  const r = monthOf(x);
  return r.month ? r : null;
}

/** The column a long table's row gives its value: the measure, unit and month of the row's own cells. */
export function longRowColumn(long: NonNullable<TableHeader["long"]>, cells: readonly Cell[]): Column {
  const cell = (i: number): string => (i >= 0 ? (cells[i]?.text ?? "") : "");
  const measure = cell(long.measureCol);
  // ("May forecast output" as a row's measure: the forecast of the month it names, else of the month after)
  const forecast = long.periodCol >= 0 ? {} : forecastOf(measure);
  return {
    measure: measureOfHeading(measure),
    unit: unitOfText(cell(long.unitCol)),
    ...(long.periodCol >= 0
      ? (periodOfCell(cell(long.periodCol)) ?? monthOf(cell(long.periodCol)))
      : forecast.forecast
        ? monthOf(measure)
        : { month: null, year: null }),
    ...(forecast.forecast ? { forecast: true, ...(forecast.offset ? { offset: forecast.offset } : {}) } : {}),
  };
}

const CONTENT = "(?:(metal|ni|nickel|co|cobalt|mn|manganese)|(physical|gross))(?:\\s+(?:content|tonnage|terms|basis))?";
const CONTENT_AFTER_COMMA = new RegExp(`^(.+?),\\s*${CONTENT}$`, "i");
const CONTENT_IN_BRACKETS = new RegExp(`^(.+?)\\s*\\(${CONTENT}\\)$`, "i");

/**
 * A row label's product name and what it says of the row: "of which 300-series" (a part of the row
 * above's product, also "o/w Yunnan" and a dashed "- from spodumene"), "NPI, metal content" / "NPI,
 * physical content" / "Nickel sulphate (Ni content)" (the content the row states), "Secondary lead
 * (refined)" (a qualifier in brackets: the part of the product the row states).
 */
/** A unit in brackets ending a row label: " (mt)", " (GW)", " ('000 mt)". */
const ROW_UNIT_RE = /\s*\((?:mt|t|kt|tonnes|tons|gw|mw|%|10,000 (?:mt|t|tonnes)|'000 (?:mt|t|tonnes)|mt\/(?:yr|year|a))\)\s*$/i;
export function rowLabel(label: string): { name: string; ofWhich: boolean; content: "metal" | "physical" | null; qualifier?: string; dashed?: boolean } {
  // ("NPI, physical content (mt)": the unit in brackets at the end is no part of the name)
  const t = label.trim().replace(ROW_UNIT_RE, "");
  // ("o/w Yunnan"; "- from spodumene", "– from salt-lake brine": a sub-row marked by a dash, under its product's row)
  const of = /^(?:of which|o\/w|incl(?:uding|\.)?|thereof)[:,]?\s+(\S.*)$/i.exec(t);
  if (of) return { name: of[1] ?? "", ofWhich: true, content: null };
  // (the caller reads a dashed row naming a product, "- Refined zinc", as that product's row)
  const dash = /^[-–—]\s+(?:from\s+)?([a-z]\S*(?:\s+\S+){0,3})$/i.exec(t);
  if (dash) return { name: dash[1] ?? "", ofWhich: true, content: null, dashed: true };
  // "NPI, metal content", "Nickel sulphate (Ni content)", "Nickel sulphate (physical)"
  const c = CONTENT_AFTER_COMMA.exec(t) ?? CONTENT_IN_BRACKETS.exec(t);
  if (c) return { name: c[1] ?? "", ofWhich: false, content: c[2] ? "metal" : "physical" };
  // "Secondary lead (refined)": a word in brackets naming a part (a remark, "(revised)", or a unit, "(t)", does not)
  const q = /^(.+?)\s*\(([a-z][a-z -]{1,28})\)$/i.exec(t) ?? /^([^,]+),\s*([a-z][a-z -]{1,28})$/i.exec(t);
  if (q && PART_QUALIFIER_RE.test(q[2] ?? "")) return { name: q[1] ?? "", ofWhich: false, content: null, qualifier: q[2] ?? "" };
  return { name: t, ofWhich: false, content: null };
}

/**
 * A terminal screen's row label: an element symbol, or one with an abbreviated form ("CU CATH",
 * "PB PRIM", "NI SULPH", "SN"), in capitals. The catalog resolves it to a product (aliases); it names
 * the product itself, never a part of it.
 */
export const symbolName = (label: string): boolean => /^[A-Z][A-Za-z]?(?: [A-Z]{2,6})?$/.test(label.trim());

/** "Refined tin imports (customs, not production)": a row or column label of trade, not output. */
export const notProductionLabel = (label: string): boolean => /\b(?:imports?|exports?|customs)\b|\bnot (?:smm )?(?:production|output)\b/i.test(label);

/** A cell that holds no figure: "n/a", "-", "—", "not available", empty (a remark may follow in brackets). */
export const emptyCell = (text: string): boolean =>
  /^(?:n\.?\/?a\.?|na|-+|—|–|\.\.\.?|…|not available|none|withheld)?(?:\s*\(.*\))?\s*$/i.test(text.trim()) ||
  /^(?:n\.?\/?a\.?|na|not available|withheld)\b/i.test(text.trim());

/** "(4.1%)", "(12,300)": a cell holding only an unsigned figure in brackets, a sheet's negative (the accounting format). */
export const bracketedFigure = (text: string): boolean => /^\(\s?\d[\d,]*(?:\.\d+)?\s?%?\s?\)$/.test(text.trim());

/**
 * The cells of a comma-separated line ("copper cathode,2026-02,output,1084000,SMM"), or null with fewer
 * than 3. A quoted field ("15,240", "said ""temporary""") is one cell, without its quotes.
 */
export function csvCells(line: string): Cell[] | null {
  if (line.split(",").length < 3) return null;
  const cells = line.includes('"') ? quotedCells(line) : splitCells(line, ",");
  return cells && cells.length >= 3 ? cells : null;
}

/**
 * The cells of a CSV line with quoted fields: a comma inside quotes is the cell's, '""' is one quote.
 * Null when a quote is where a CSV field cannot have one (prose with quotes and commas is no CSV line).
 */
function quotedCells(line: string): Cell[] | null {
  const out: Cell[] = [];
  let i = 0;
  for (;;) {
    while (line[i] === " ") i++;
    let next: number;
    if (line[i] === '"') {
      let text = "";
      let j = i + 1;
      for (;;) {
        if (j >= line.length) return null;
        if (line[j] === '"') {
          if (line[j + 1] !== '"') break;
          j++;
        }
        text += line[j];
        j++;
      }
      // (the offsets are those of the text inside the quotes; a figure's cell has no escaped quote)
      const lead = text.length - text.trimStart().length;
      const trimmed = text.trim();
      out.push({ text: trimmed, start: i + 1 + lead, end: i + 1 + lead + trimmed.length });
      next = j + 1;
      while (line[next] === " " || line[next] === "\r") next++;
      if (next < line.length && line[next] !== ",") return null;
    } else {
      next = line.indexOf(",", i);
      if (next < 0) next = line.length;
      const part = line.slice(i, next);
      if (part.includes('"')) return null;
      const trimmed = part.trim();
      out.push({ text: trimmed, start: i, end: i + trimmed.length });
    }
    if (next >= line.length) return out;
    i = next + 1;
  }
}

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

/**
 * A sheet row under a tab-separated header with fewer cells filled than a table line needs
 * ("Jan-Jul output\t6,532.0", its other cells empty): its cells, or null without a tab.
 */
export function sheetRowCells(line: string): Cell[] | null {
  if (!line.includes("\t")) return null;
  const out = splitCells(line, "\t");
  while (out.length && out[out.length - 1]?.text === "") out.pop();
  return out.length >= 2 && !out.some((c) => c.text.length > 160) ? out : null;
}

/** Cells separated by two or more spaces or a tab; at least 3, none longer than a heading. */
function alignedCells(line: string): Cell[] | null {
  if (!/\S(?: {2,}| *\t *)\S/.test(line)) return null;
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
  // ("N.A." is an empty cell, not the end of a sentence)
  if (out.length < 3 || out.some((c) => c.text.length > 40 || (/[.;:]$/.test(c.text) && !/^n\.\s?a\.$/i.test(c.text)))) return null;
  return out;
}

/** A key's words as a heading: a bare unit is the output ("forecast_next_t", "ytd_t": output, year-to-date output). */
function keyWords(words: string): string {
  const w = words.replace(/\s+/g, " ").trim();
  return /^(?:(?:ytd|cumulative)\s+)?(?:t|kt|mt|tonnes)$/.test(w) || w === "" ? w.replace(/(?:t|kt|mt|tonnes)?$/, " output").trim() : w;
}

/** Keys of a record that are another subject or a share ("global_output_t", "exports_t", "share_of_cathode_pct"). */
const NOT_OWN_KEY_RE = /(?:^|_)(?:global|world|overseas|exports?|imports?|share|shares|inventor(?:y|ies)|stocks?|prices?|cost|costs|demand)(?:_|$)/;

/**
 * A record exported as keys and values, one a line: "product=copper_cathode; period=2025-03;
 * basis=actual; output_t=1,134,800; mom=+7.62%" or {"product": "silver", "period": "2025-03", ...}.
 * Read as a one-row table: the header has a column per measure key ("output_t": output in t,
 * "op_rate_chg_pp": the rate's change in pp), the row the values. `trend` is "trend=up|down|flat".
 * null for a line that is no record (fewer than 3 keys, no product), and for a record that is not
 * China's production: "scope=global", a "metric=" of its own (imports, prices), a source other than
 * SMM, a comment saying so ("# world total, not China").
 */
export function keyValueRecord(line: string): { header: TableHeader; cells: Cell[]; trend: "up" | "down" | "flat" | null } | null {
  const pairs: { key: string; value: Cell }[] = [];
  let comment = "";
  // ("{...}," : a record inside a JSON array keeps its comma)
  if (/^\s*\{.*\}\s*,?\s*$/.test(line)) {
    for (const m of line.matchAll(/"([A-Za-z_][\w ]*)"\s*:\s*(?:"([^"]*)"|(-?[\d.]+))/g)) {
      const value = m[2] ?? m[3] ?? "";
      const start = (m.index ?? 0) + m[0].length - value.length - (m[2] !== undefined ? 1 : 0);
      pairs.push({ key: (m[1] ?? "").toLowerCase(), value: { text: value.trim(), start, end: start + value.trim().length } });
    }
  } else {
    if (!/^\s*[A-Za-z_]\w*\s*=[^=]*;/.test(line)) return null;
    const hash = line.search(/\s#/);
    if (hash >= 0) comment = line.slice(hash);
    const body = hash >= 0 ? line.slice(0, hash) : line;
    let at = 0;
    for (const part of body.split(";")) {
      const m = /^(\s*)([A-Za-z_][\w.]*)\s*=\s*/.exec(part);
      if (m) {
        const value = part.slice(m[0].length).trimEnd();
        pairs.push({ key: (m[2] ?? "").toLowerCase(), value: { text: value, start: at + m[0].length, end: at + m[0].length + value.length } });
      }
      at += part.length + 1;
    }
  }
  const get = (k: string): Cell | undefined => pairs.find((p) => p.key === k)?.value;
  const product = get("product");
  if (pairs.length < 3 || !product) return null;
  const scope = get("scope") ?? get("region") ?? get("country");
  const source = get("source");
  if (
    (scope && !/^(?:china|cn|domestic|national)$/i.test(scope.text)) ||
    get("metric") ||
    (source && !/\bSMM\b/i.test(source.text)) ||
    /\bnot (?:china|chinese|smm|production|output)\b|\b(?:imports?|exports?|prices?|global|world|memo)\b/i.test(comment)
  )
    return null;
  const basis = (get("basis")?.text ?? "").toLowerCase();
  const forecast = /^(?:forecast|fcst|f|expected|estimate|outlook)$/.test(basis);
  if (basis && !forecast && !/^(?:actual|a|act)$/.test(basis)) return null;
  const segment = get("segment") ?? get("part");
  const none: Column = { measure: null, unit: null, month: null, year: null };
  const headings: Cell[] = [{ text: "product", start: product.start, end: product.end }];
  const columns: Column[] = [none];
  const cells: Cell[] = [{ ...product, text: segment ? `${product.text}:${segment.text}` : product.text }];
  const period = get("period") ?? get("month");
  if (period) {
    headings.push({ text: "period", start: period.start, end: period.end });
    columns.push(none);
    cells.push(period);
  }
  for (const { key, value } of pairs) {
    const words = key.replace(/[_.]+/g, " ");
    // ("global_output_t", "exports_t", "share_of_cathode_pct": another subject or a share, not the product's figure)
    if (NOT_OWN_KEY_RE.test(key)) continue;
    // ("forecast_next_t", "forecast_next_mom_pct": the next month's forecast, in a record of actuals)
    const next = !forecast && /(?:^|_)(?:forecast|fcst|next)(?:_|$)/.test(key);
    const measure = /^(?:product|period|month|basis|segment|part|scope|region|country|source|trend|unit)$/.test(key)
      ? null
      : measureOfHeading(keyWords(next ? words.replace(/\b(?:forecast|fcst|next)\b/g, " ") : words));
    if (!measure) continue;
    const unit = /_t$/.test(key) ? "mt" : /_kt$/.test(key) ? "kt" : /_pp$/.test(key) ? "pp" : /_(?:pct|percent)$/.test(key) ? "%" : null;
    headings.push({ text: words, start: value.start, end: value.end });
    columns.push({ ...none, measure, unit, ...(forecast ? { forecast: true } : next ? { forecast: true, offset: 1 } : { actual: true }) });
    cells.push(value);
  }
  const trend = /^(up|down|flat)$/i.exec(get("trend")?.text ?? "")?.[1]?.toLowerCase() as "up" | "down" | "flat" | undefined;
  return { header: recordHeader(columns, period ? 1 : -1, headings), cells, trend: trend ?? null };
}

/** The header of a record read on its own (a key/value record, a header-less line of cells): the product first. */
function recordHeader(columns: Column[], periodCol: number, headings: Cell[]): TableHeader {
  return { columns, productCol: 0, sourceCol: -1, basisCol: -1, long: null, month: null, year: null, periodCol, headings };
}

/**
 * "EMD | October 2019 | 26,400 mt | +5.2% MoM": a line of cells with no header, each a record of its own: a product's name
 * (", alkaline-grade" after it names the part), a month (", revised" or ", forecast" after it), then figures that carry
 * their units and bases. Null unless every cell after the month is such a figure and one is.
 */
export function cellRecord(line: string, isProduct: (name: string) => boolean): { header: TableHeader; cells: Cell[] } | null {
  const cells = /\||\t/.test(line) ? tableCells(line) : null;
  if (!cells || cells.length < 3 || cells.length > 6) return null;
  const [name, when, ...figures] = cells as [Cell, Cell, ...Cell[]];
  const [own, part] = name.text.split(/\s*,\s*/, 3);
  if (!own || !isProduct(own)) return null;
  const tag = /\s*,\s*(revised|final|forecast|expected|estimate|outlook)\s*$|\s*\((f|e|fcst|forecast)\)\s*$/i.exec(when.text);
  const monthText = tag ? when.text.slice(0, tag.index) : when.text;
  const period = periodOfCell(monthText);
  if (!period?.month || !period.year) return null;
  const forecast = !!tag && !/^(?:revised|final)$/i.test(tag[1] ?? "");
  const none: Column = { measure: null, unit: null, month: null, year: null };
  const columns: Column[] = [none, none];
  // ("+3.6% m/m, +310 mt": a cell of several figures, each its own; a change in tonnes takes the base of the one before)
  const pieces: Cell[] = [];
  for (const f of figures)
    for (const m of f.text.matchAll(/(?:[^,]|,(?=\d))+/g)) {
      const text = (m[0] ?? "").trim();
      const at = f.start + (m.index ?? 0) + (m[0] ?? "").indexOf(text);
      pieces.push({ text, start: at, end: at + text.length });
    }
  let base: "mom" | "yoy" | null = null;
  for (const f of pieces) {
    const level = /^[~≈]?\s*\d[\d,]*(?:\.\d+)?\s*(mt|t|tonnes|kt|GW)$/i.exec(f.text);
    const change = /^[-+−]\d[\d,]*(?:\.\d+)?\s*(%|mt|t|tonnes)\s*(MoM|YoY|m-o-m|y-o-y|m\/m|y\/y)?$/i.exec(f.text);
    const stated = change?.[2] ? (/^(?:mom|m-o-m|m\/m)$/i.test(change[2]) ? "mom" : "yoy") : null;
    if (change && (stated ?? base) === null) return null;
    if (level) columns.push({ ...none, measure: "output", unit: /^kt$/i.test(level[1] ?? "") ? "kt" : /^gw$/i.test(level[1] ?? "") ? "GW" : "mt" });
    else if (change && change[1] === "%") columns.push({ ...none, measure: stated ?? base, unit: "%" });
    else if (change) columns.push({ ...none, measure: (stated ?? base) === "mom" ? "mom_chg" : "yoy_chg", unit: "mt" });
    else return null;
    if (stated) base = stated;
  }
  const header = recordHeader(
    columns.map((c, i) => (i >= 2 && forecast ? { ...c, forecast: true } : c)),
    1,
    [name, when, ...pieces].map((c) => ({ ...c, text: "" })),
  );
  return { header, cells: [{ ...name, text: part ? `${own}:${part}` : own }, { ...when, text: monthText }, ...pieces] };
}

/** One product's record read from an indented key/value dump: the header, its cells (offsets from `start`), its trend. */
export interface DumpRecord {
  header: TableHeader;
  cells: Cell[];
  trend: "up" | "down" | "flat" | null;
  forecast: boolean;
  /** The product's lines in the text. */
  start: number;
  end: number;
}

interface DumpNode {
  key: string;
  /** The scalar value (null for a mapping), its offsets in the text. */
  value: string | null;
  at: number;
  lineStart: number;
  indent: number;
  end: number;
  children: DumpNode[];
}

const DUMP_LINE = /^( *)([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+(\S.*?))?[ \t]*$/;
/** A mapping naming a record's forecast ("forecast:", "outlook:", "next_month:"). */
const DUMP_FORECAST_KEY = /^(?:forecast|fcst|outlook|guidance|next_month|next)$/i;
/** A mapping whose children are parts of the product ("regions:", "provinces:", "feedstock:"). */
const DUMP_PARTS_KEY = /^(?:(?:by_)?(?:regions?|provinces?|feedstocks?|series|grades?|segments?|parts?))$/i;
/** Keys that are not the product's own figure: a target or cap, another period's change ("qoq"), trade, a share. */
const DUMP_NOT_OWN_KEY = /(?:^|_)(?:target|targets|plan|planned|quota|cap|budget|consensus|qoq|wow|daily)(?:_|$)/;

/** A dump's scalar: quotes dropped, a trailing "# comment" cut; null for "null", "~" and an empty value. */
function dumpScalar(raw: string): { text: string; lead: number } | null {
  const q = /^(["'])(.*)\1(?:\s+#.*)?$/.exec(raw);
  const text = q ? (q[2] ?? "") : raw.replace(/\s+#.*$/, "").trim();
  if (/^(?:null|~|none|nil)?$/i.test(text)) return null;
  return { text, lead: q ? 1 : 0 };
}

/**
 * A YAML-like dump of key/value lines nested by indentation ("products:", then "  emm:", then
 * "    output_t: 118000", "    mom_pct: -8.6", "    forecast:" / "      month: 2026-03" ...): each
 * mapping holding measure keys is one product's record, read as a one-row table (as a
 * "key=value;" record is). A "forecast:" mapping is the product's forecast for the month its
 * "month:" names (else the next month); a "regions:" mapping's children are parts of the product.
 * Keys that are no figure of the product's are not read: targets and caps, "qoq", exports, shares;
 * "null" gives nothing. A dump whose "source:" is not SMM gives no record. `isProduct` says whether
 * a name is a product; a key naming its qualifier last ("manganese_sulphate_battery_grade") is tried
 * with the qualifier first. Each block: its extent in the text (the caller reads no prose in it) and records.
 */
export function dumpRecords(text: string, isProduct: (name: string) => boolean): { start: number; end: number; records: DumpRecord[] }[] {
  const out: { start: number; end: number; records: DumpRecord[] }[] = [];
  const lineRe = /[^\n]*/g;
  let run: DumpNode[] = [];
  let runStart = -1;
  let runEnd = -1;
  const flush = (): void => {
    if (run.length >= 6 && new Set(run.map((n) => n.indent)).size >= 2) out.push({ start: runStart, end: runEnd, records: readDump(run, isProduct) });
    run = [];
    runStart = -1;
  };
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const line = m[0].replace(/\r$/, "");
    const at = m.index;
    if (m[0] === "" && lineRe.lastIndex < text.length) lineRe.lastIndex++;
    else if (m[0] === "") break;
    else lineRe.lastIndex++;
    if (/^\s*(?:#.*)?$/.test(line)) {
      // (a comment inside the dump is part of it; a blank line too)
      if (runStart >= 0 && /^\s*#/.test(line)) runEnd = at + line.length;
      continue;
    }
    const kv = DUMP_LINE.exec(line);
    // (prose with a colon, "Note: output rose", is no key line: a key has no spaces)
    if (!kv) {
      flush();
      continue;
    }
    const raw = kv[3] ?? "";
    const valueAt = raw ? at + line.indexOf(raw, (kv[1] ?? "").length + (kv[2] ?? "").length + 1) : at + line.length;
    if (runStart < 0) runStart = at;
    runEnd = at + line.length;
    run.push({
      key: (kv[2] ?? "").toLowerCase(),
      value: raw === "" ? null : raw,
      at: valueAt,
      lineStart: at,
      indent: (kv[1] ?? "").length,
      end: runEnd,
      children: [],
    });
  }
  flush();
  return out;
}

function readDump(lines: DumpNode[], isProduct: (name: string) => boolean): DumpRecord[] {
  // the tree by indentation
  const root: DumpNode = { key: "", value: null, at: 0, lineStart: 0, indent: -1, end: 0, children: [] };
  const stack: DumpNode[] = [root];
  for (const n of lines) {
    while (stack.length > 1 && (stack[stack.length - 1] as DumpNode).indent >= n.indent) stack.pop();
    const parent = stack[stack.length - 1] as DumpNode;
    parent.children.push(n);
    for (const s of stack) s.end = Math.max(s.end, n.end);
    stack.push(n);
  }
  const scalar = (n: DumpNode, k: RegExp): DumpNode | undefined => n.children.find((c) => c.value !== null && k.test(c.key));
  const source = scalar(root, /^(?:source|provider)$/);
  if (source && !/\bSMM\b/i.test(source.value ?? "")) return [];
  const periodOf = (n: DumpNode): DumpNode | undefined => {
    const p = scalar(n, /^(?:period|month|edition|report_month)$/);
    const v = p && dumpScalar(p.value ?? "");
    return v && periodOfCell(v.text)?.month ? p : undefined;
  };
  const records: DumpRecord[] = [];
  const none: Column = { measure: null, unit: null, month: null, year: null };
  const record = (owner: DumpNode, name: string, n: DumpNode, period: DumpNode | undefined, forecast: boolean): void => {
    const start = owner.lineStart;
    const headings: Cell[] = [{ text: "product", start: 0, end: 0 }];
    const columns: Column[] = [none];
    const cells: Cell[] = [{ text: name, start: owner.lineStart + owner.indent - start, end: owner.lineStart + owner.indent + owner.key.length - start }];
    const pv = period && dumpScalar(period.value ?? "");
    if (period && pv) {
      headings.push({ text: "period", start: 0, end: 0 });
      columns.push(none);
      cells.push({ text: pv.text, start: period.at + pv.lead - start, end: period.at + pv.lead + pv.text.length - start });
    }
    for (const c of n.children) {
      if (c.value === null || NOT_OWN_KEY_RE.test(c.key) || DUMP_NOT_OWN_KEY.test(c.key)) continue;
      if (/^(?:product|period|month|edition|basis|segment|source|trend|unit|remarks?|notes?|comment)$/.test(c.key)) continue;
      const v = dumpScalar(c.value);
      if (!v) continue;
      const measure = measureOfHeading(keyWords(c.key.replace(/[_.]+/g, " ")));
      if (!measure) continue;
      const unit = /_t$/.test(c.key) ? "mt" : /_kt$/.test(c.key) ? "kt" : /_pp$/.test(c.key) ? "pp" : /_(?:pct|percent)$/.test(c.key) ? "%" : null;
      headings.push({ text: c.key.replace(/[_.]+/g, " "), start: 0, end: 0 });
      columns.push({ ...none, measure, unit, ...(forecast ? { forecast: true, ...(pv ? {} : { offset: 1 }) } : { actual: true }) });
      cells.push({ text: v.text, start: c.at + v.lead - start, end: c.at + v.lead + v.text.length - start });
    }
    const trendNode = scalar(n, /^trend$/);
    const trend = (/^(up|down|flat)$/i.exec(dumpScalar(trendNode?.value ?? "")?.text ?? "")?.[1]?.toLowerCase() ?? null) as DumpRecord["trend"];
    if (cells.length <= (pv ? 2 : 1) && !trend) return;
    const header: TableHeader = { columns, productCol: 0, sourceCol: -1, basisCol: -1, long: null, month: null, year: null, periodCol: pv ? 1 : -1, headings };
    records.push({ header, cells, trend, forecast, start, end: owner.end });
  };
  const measured = (n: DumpNode): boolean =>
    n.children.some((c) => c.value !== null && !NOT_OWN_KEY_RE.test(c.key) && !!measureOfHeading(keyWords(c.key.replace(/[_.]+/g, " "))));
  const nameOf = (key: string): string => {
    const w = key.split(/[_.-]+/).filter(Boolean);
    for (let i = 0; i < w.length; i++) {
      const name = [...w.slice(i), ...w.slice(0, i)].join(" ");
      if (isProduct(name)) return name;
    }
    return w.join(" ");
  };
  const visit = (n: DumpNode, period: DumpNode | undefined): void => {
    for (const c of n.children) {
      if (c.value !== null) continue;
      const own = periodOf(c) ?? period;
      const fc = c.children.find((x) => x.value === null && DUMP_FORECAST_KEY.test(x.key));
      if (!measured(c) && !fc) {
        if (!DUMP_PARTS_KEY.test(c.key) && !DUMP_FORECAST_KEY.test(c.key)) visit(c, own);
        continue;
      }
      const name = nameOf(c.key);
      record(c, name, c, own, false);
      if (fc) record(c, name, fc, periodOf(fc), true);
      for (const parts of c.children.filter((x) => x.value === null && DUMP_PARTS_KEY.test(x.key)))
        for (const p of parts.children) if (p.value === null && measured(p)) record(p, `${name}:${p.key.replace(/_/g, "-")}`, p, own, false);
    }
  };
  visit(root, periodOf(root));
  return records;
}
