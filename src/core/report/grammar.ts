/**
 * The grammar of a production statement.
 *
 * A sentence is read as a chain of *figures* (a number with its unit) separated by *gaps* of words.
 * Each figure takes its roles from the words around it:
 *   - subject (product, segment) and metric noun (production, operating rate, capacity, ...) from the
 *     words before it, or inherited from the previous figure when only a conjunction separates them;
 *   - level ("was 82.81%", "reached 110,000 mt", "to 969,000 mt") or change ("up 4.38%", "an increase
 *     of", "decreased by") and the sign of the change from the nearest direction word;
 *   - comparison basis (MoM, YoY, cumulative, versus expectations) from the words right after it, or
 *     before it ("a MoM decline of"), or shared along a list ("1.2% and 6.5% MoM, respectively",
 *     "44,400 mt MoM, up 4.38%", "14,500 mt, down 4.8% MoM");
 *   - hedge from the words right before it ("approximately", "over", "below");
 *   - month from the nearest month mention that is not a comparison base ("from January").
 * Numbers in contexts that are not production figures (prices, inventories, shares, weekly or daily
 * figures, companies and plants, survey samples) are reported as unused, never turned into figures.
 */
import type { Direction, Hedge, Magnitude, Measure, ReasonCode, Unit } from "../types";
import {
  BASE_ABBREV_SRC,
  NOT_OUTPUT_NOUNS,
  NOT_PART_WORDS,
  OBJECT_WORD_SRC,
  OUTPUT_WORD_RE,
  METRIC_WORD_LABEL_RE,
  SPAN_LABEL_RE,
  PART_QUALIFIER_RE,
  PART_AMOUNT_RE,
  PROJECT_NOUN_SRC,
  CHANGE_AFTER_RE,
  DESCRIPTIVE_WORDS,
  DIRECTION_RE,
  DOWNSTREAM_RE,
  FACILITY_RE,
  FUTURE_RE,
  HEDGE_APPROX_RE,
  HEDGE_OVER_RE,
  HEDGE_UNDER_RE,
  METRIC_RES,
  MOM_RE,
  MONTH_RE_SRC,
  PLANT_NOUN_SRC,
  TIER_ADJ_SRC,
  APPROX_SPACE_SRC,
  TOTAL_WORD_RE,
  NEGATION_RE,
  maskPastExpect,
  PROPER_WHITELIST,
  REGION_RE,
  SIGNIFICANT_RE,
  SLIGHT_RE,
  SUBSET_RE,
  YOY_RE,
  directionOf,
  monthNumber,
  OTHER_CLAUSE_BEFORE_MONTH_RE,
  type Metric,
  FORECAST_LABEL_SRC,
  MONTH_FORECAST_LABEL_SRC,
  ASPECT_SIDE_RE,
  TRANSITIVE_BEFORE_RE,
  APPOSITIVE_RE,
  PARTICIPLE_ASIDE_RE,
  CHANGE_OF_OTHER_RE,
  MOVED_CHANGE_NOUN_SRC,
  MOVED_VERB_SRC,
  ROLE_WORDS,
  CAUSE_VERB_BASE_SRC,
  CONTRAST_NOT_NAME,
  CLAUSE_CHANGE_VERB_SRC,
  CLASS_ANAPHOR_RE,
  CLAUSE_WORD_SRC,
  DISCOURSE_ASIDE_SRC,
  EXPECT_VERB_STEMS_SRC,
  DIMENSION_SRC,
} from "./lexicon";
import { PART_HOMES } from "../catalog";
import { basisOf } from "./basis";
import { has, lex, TAGS } from "./tokens";
import { leadOfNext, roleOf, type Role } from "./roles";

/** Why a number is not a figure: a reason code (for logic) and words (for the message). */
export interface Exclusion {
  reason: ReasonCode;
  why: string;
  /** "the 1 million mt mark": kept as a bound when nothing else states the level. */
  threshold?: boolean;
}
const ex = (reason: ReasonCode, why: string): Exclusion => ({ reason, why });

export type UnitClass = "pct" | "pp" | "mt" | "mtyear" | "price" | "daily" | "days" | "other";

export interface Figure {
  /** Offsets within the sentence. */
  start: number;
  end: number;
  raw: string;
  value: number;
  unitClass: UnitClass;
  explicitSign: 1 | -1 | 0;
  hedge: Hedge;
}

export interface MonthMention {
  start: number;
  end: number;
  month: number;
  year: number | null;
  role: "period" | "compare" | "range-end" | "since";
  /** "dec f/c": a chat's lower-case month named next to a forecast's abbreviation (only a later month than the edition's is read). */
  forecastAbbrev?: true;
}

/** A figure with its roles resolved (period still relative: month + optional year). */
export interface Reading {
  figure: Figure;
  metric: Metric | null;
  kind: "level" | "change" | null;
  basis: "mom" | "yoy" | "expect" | null;
  ytd: boolean;
  direction: Direction | null;
  /** Subject text (for product and segment). */
  subject: string;
  /** "Compared with March 2025, output was 4.6% higher": the month a clause-leading comparison names (year 0: "June last year", the year before the figure's). */
  leadCompare?: { month: number; year: number };
  /** "the expected 1.0166 million mt": the forecast for the edition month. */
  expectedLevel: boolean;
  /** The rules of the role table (roles.ts) and of the basis table (basis.ts) that read the figure, or null (later steps may still change the reading). */
  roleRule: string | null;
  basisRule: string | null;
  month: MonthMention | null;
  excludedReason: Exclusion | null;
  measure: Measure | null;
  value: number;
  unit: Unit;
  /** Set by "respectively" distribution. */
  segmentOverride?: string;
  /** "output totalled 10.28 million mt in 2022": the year whose total the figure is (left out, unless the edition is that year's December: its year to date). */
  wholeYear?: number;
  /** "3,420 mt for the year": a year's total with no year named (the year to date in a December edition's actuals). */
  yearUnnamed?: boolean;
  /** "against 10,700 mt in January last year, a rise of 4.7%": a change from the year-ago level named before it. */
  yearAgoBase?: boolean;
  /** "1,600 mt was battery-grade lithium carbonate": a tonnage a grade's output is. */
  gradeTonnage?: boolean;
  /** "revised ... to 1.48 million mt from the 1.47 million mt published": the figure a revision replaced. */
  replaced?: boolean;
  /** "large smelters, capacity above 100,000 mt/yr,": a size bracket of plants (the figures after it go on about the plants). */
  sizeBracket?: boolean;
  /** The subject is a field label's part ("Monocrystalline: 2.05 GW"): a span's label after it ("; January-June: ...") is not that part's. */
  fieldPart?: boolean;
}

// ("40 000 t", "1 200 mt": thousands grouped by a space, the SI way; never a year's digits: "2024 500" is no group)
const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?)`;
const FIGURE_RE = new RegExp(
  // (never the tail of a malformed number: "1,350.7,887 mt" is no "887 mt")
  String.raw`(?<![\w.])(?<!\d[.,])([+-])?\s?((?:US)?\$|¥|RMB\s?)?` +
    NUM +
    // ("3.79m t", "45m t/yr": a British "m" for million before a spaced tonne)
    String.raw`(\s?(?:million|mln|mn|billion|bn|ten thousand|wan(?=\s(?:tons|tonnes|mt|t)\b)|thousand|k|m(?=\s(?:t|tonnes)\b))\b)?` +
    String.raw`(\s?(?:%|percent\b|per\s?cent\b|-?\s?percentage[- ]points?\b|pct\.?\s?(?:pts?|points?)\b|pct\b|ppts?\b|pts\b|pp\b|mt\/(?:year|yr|a|annum)\b|t\/(?:year|yr|a)\b|mtpa\b|mt per (?:year|annum)\b|tonnes?\/(?:year|yr)\b|(?:metric )?(?:tonnes|tons|mt) per year\b|(?:tonnes|tons|mt|t) a year\b|mt\/(?:day|d)\b|mt per day\b|tonnes? per day\b|yuan\/(?:mt|t|tonne)\b|yuan\b|\/mt\b|\/t\b|\/tonne\b|(?:metal|physical|nickel|Ni)[- ](?:tonnes?|tons?|mt)\b|Mt\b|mt\b|metric tons?\b|tonnes?\b|tons?\b|kt\b|wm?t\/(?:year|yr|a)\b|wm?t\b(?!\s?%)|GW\b|gigawatts?\b|t\b(?!\/)|days?\b))?`,
  "g",
);

/** Numbers with units in a sentence. Numbers without a unit (years, counts, dates) are not figures. */
/** A label's bracketed tonnage unit right before its value: "Production (t): ", "Jan-Jun output (kt): " (group 1 the unit). */
const LABEL_TONNE_UNIT_RE = /[A-Za-z]\s*\(\s*(t|mt|tonnes|metric tons|kt|'?000 (?:t|mt|tonnes)|thousand (?:mt|tonnes|t))\s*\)\s*:\s*$/i;

export function findFigures(s: string): Figure[] {
  const out: Figure[] = [];
  if (!/\d/.test(s)) return out; // every figure has a digit
  FIGURE_RE.lastIndex = 0;
  for (let m = FIGURE_RE.exec(s); m; m = FIGURE_RE.exec(s)) {
    if (m[0].length === 0) {
      FIGURE_RE.lastIndex++;
      continue;
    }
    const sign = m[1];
    const cur = m[2];
    const numText = m[3] ?? "";
    const scale = (m[4] ?? "").trim().toLowerCase();
    const unitRaw = (m[5] ?? "").trim().toLowerCase();
    if (numText.replace(/[,.]/g, "").length > 15) continue; // not a figure anyone reports
    let n = Number(numText.replace(/[,\s\u00a0\u2009\u202f]/g, ""));
    if (!Number.isFinite(n)) continue;
    if (scale === "million" || scale === "mln" || scale === "mn" || scale === "m") n *= 1e6;
    else if (scale === "billion" || scale === "bn") n *= 1e9;
    else if (scale === "thousand" || scale === "k") n *= 1e3;
    // "377.2 ten thousand mt": China's unit of ten thousand tonnes (万吨) written out
    // ("1.26 wan tons": 万 left in pinyin)
    else if (scale === "ten thousand" || scale === "wan") n *= 1e4;
    // ("1.0176 million": 1,017,600, not 1,017,600.0000000001)
    if (scale) n = Number(n.toPrecision(12));
    // "Mt": million tonnes (megatonnes), as a text that defines "mt = million tonnes" is rewritten (text.ts)
    if ((m[5] ?? "").trim() === "Mt" && !scale) n *= 1e6;
    // A sign glued after a word is a hyphen ("5-series", "Q1-2025"), not a minus.
    let explicit: 1 | -1 | 0 = 0;
    if (sign === "+") explicit = 1;
    else if (sign === "-" && (m.index === 0 || /[\s(,:;]/.test(s[m.index - 1] ?? " "))) explicit = -1;
    let unitClass: UnitClass;
    let labelUnit: RegExpExecArray | null;
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 12).toLowerCase();
    if (cur || /^\/(mt|t|tonne)|^ ?yuan/.test(unitRaw) || /^\s*(?:yuan|usd|\$|\/mt|\/t\b)/.test(after)) unitClass = "price";
    else if (unitRaw === "") {
      if (scale && /^\s*(?:mt|tonnes?|tons?)\b/.test(after)) unitClass = "mt";
      // "Production (t): 7,350", "Change vs May (kt): +3.4": a label's bracketed unit, the number right after its colon
      else if (!scale && (labelUnit = LABEL_TONNE_UNIT_RE.exec(s.slice(Math.max(0, m.index - 40), m.index)))) {
        unitClass = "mt";
        if (/^(?:kt|'?000)/i.test(labelUnit[1] ?? "") || /^thousand/i.test(labelUnit[1] ?? "")) n *= 1000;
      } else if (!scale && declaredPercent(s, m.index, m.index + m[0].length, sign, n)) unitClass = "pct";
      else continue; // not a figure
    } else if (/percentage|pct\.?\s?p|ppt|^pp$|^pts$/.test(unitRaw)) unitClass = "pp";
    // ("rose 1.7 pct m-o-m": a percent; "up 0.77 pct point" above is points)
    else if (unitRaw.startsWith("%") || unitRaw.startsWith("percent") || unitRaw.startsWith("per") || unitRaw.startsWith("pct")) {
      if (unitRaw.startsWith("per") && unitRaw.includes("cent") === false && !unitRaw.startsWith("percent")) continue;
      unitClass = "pct";
    } else if (/day|\/d$/.test(unitRaw)) unitClass = unitRaw.startsWith("day") ? "days" : "daily";
    else if (/year|yr|\/a|annum|mtpa/.test(unitRaw)) {
      unitClass = "mtyear";
      if (unitRaw.startsWith("wt") || unitRaw.startsWith("wmt")) n *= 10000; // "wt", "wmt": China's 10,000 mt (万吨)
    } else if (unitRaw === "wt" || unitRaw === "wmt") {
      unitClass = "mt";
      n *= 10000;
    } else if (unitRaw === "kt") {
      unitClass = "mt";
      n *= 1000;
    } else unitClass = "mt";
    if (unitClass === "mt" && /^\s*(?:\/\s*(?:year|yr)|per (?:year|annum)|\/day|per day)/.test(after)) unitClass = /day/.test(after) ? "daily" : "mtyear";
    let start = m.index + (m[0].length - m[0].trimStart().length);
    // "Copper cathode — 878,600 mt": a dash between spaces after a word, before a tonnage, separates a label from its level
    // ("China alumina output, March 2016 - 4.87 million mt": after a label's year too)
    if (
      sign === "-" &&
      unitClass === "mt" &&
      /^-\s/.test(m[0]) &&
      s[m.index - 1] === " " &&
      (/[A-Za-z)]/.test(s[m.index - 2] ?? "") || /[A-Za-z]+\s+(?:19|20)\d{2}$/.test(s.slice(Math.max(0, m.index - 16), m.index - 1)))
    ) {
      explicit = 0;
      start = m.index + 1 + (m[0].slice(1).length - m[0].slice(1).trimStart().length);
    }
    // "(1 wt = 10,000 mt)": a unit's definition, no figure
    if (/^\s*=/.test(s.slice(m.index + m[0].length)) || /=\s*$/.test(s.slice(Math.max(0, start - 4), start))) continue;
    // "Unit: 1,000 tonne", "(units: 10,000 mt)": a unit declared, no figure
    if (/\bunits?\s*(?::|=|in)\s*$/i.test(s.slice(Math.max(0, start - 12), start))) continue;
    // "30.45 10,000 mt", "361.25 (10,000 mt)": China's unit of ten thousand tonnes (万吨)
    let end = m.index + m[0].length;
    /** The number as printed, before its scale (for the bare numbers of a list that share its unit). */
    let baseNum = Number(numText.replace(/[,\s\u00a0\u2009\u202f]/g, ""));
    // ("14.8 10k mt": ten thousand tonnes written "10k")
    const tenThousand = (/^10,?000$/.test(numText) && !scale) || (numText === "10" && scale === "k");
    // "10,000 tons of 52.3": a machine translation's order for 52.3 (10,000 mt)
    const ofWan =
      (unitClass === "mt" || unitClass === "mtyear") && tenThousand ? /^\s+of\s+(\d+(?:\.\d+)?)(?![\d,]*\s*(?:%|mt|tons?|tonnes?))/.exec(s.slice(end)) : null;
    if (ofWan) {
      n = Number(ofWan[1]) * 10000;
      end += ofWan[0].length;
    }
    if (!ofWan && (unitClass === "mt" || unitClass === "mtyear") && tenThousand) {
      const lead = /(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+|\s*\(\s*)$/.exec(s.slice(Math.max(0, start - 24), start));
      if (lead) {
        baseNum = Number((lead[1] ?? "").replace(/,/g, ""));
        n = baseNum * 10000;
        start -= lead[0].length;
        if (lead[0].includes("(")) {
          const close = /^[^()]{0,12}?\)/.exec(s.slice(end));
          if (close) end += close[0].length;
        }
      }
    }
    // ("Output of the 300-series, 200-series and 400-series was 124.5, 80.3 and 47.8 (10,000 mt), respectively": the bare
    // numbers of a list before a figure share its unit and scale)
    if ((unitClass === "mt" || unitClass === "pct") && baseNum > 0 && /\brespectively\b/i.test(s.slice(end))) {
      const list = BARE_LIST_BEFORE_RE.exec(s.slice(Math.max(0, start - 60), start));
      if (list) {
        const listAt = start - list[0].length + list[0].indexOf(list[1] ?? "");
        for (const b of (list[1] ?? "").matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
          const bStart = listAt + (b.index ?? 0);
          const bNum = Number(b[0].replace(/,/g, ""));
          if (out.some((o) => o.end > bStart)) continue;
          out.push({
            start: bStart,
            end: bStart + b[0].length,
            raw: b[0],
            value: Number(((bNum * n) / baseNum).toPrecision(12)),
            unitClass,
            explicitSign: 0,
            hedge: "exact",
          });
        }
      }
    }
    out.push({
      start,
      end,
      raw: s.slice(start, end).trim(),
      // ("2.99 10,000 Ni mt": 29,900, not 29,900.000000000004)
      value: Number(n.toPrecision(12)),
      unitClass,
      explicitSign: explicit,
      // ("-2ish MoM": a hedge glued after a bare declared change)
      hedge: unitRaw === "" && !scale && /^ish\b/i.test(s.slice(end)) ? "approx" : hedgeBefore(s.slice(Math.max(0, start - 40), start)),
    });
  }
  return out;
}

/** Bare numbers of a list right before its last member: "124.5, 80.3 and " (no unit of their own, no other word). */
const BARE_LIST_BEFORE_RE = /(?:^|[^\w.,])((?:\d[\d,]*(?:\.\d+)?\s*,\s*)*\d[\d,]*(?:\.\d+)?)\s*,?\s+and\s+$/;

export function hedgeBefore(before: string): Hedge {
  const b = before.replace(/\s*(?:by|of|at|to)?\s*$/i, "").trimEnd();
  const b2 = before.trimEnd();
  if (HEDGE_APPROX_RE.test(b2) || HEDGE_APPROX_RE.test(b)) return "approx";
  if (HEDGE_OVER_RE.test(b2) || HEDGE_OVER_RE.test(b)) return "over";
  if (HEDGE_UNDER_RE.test(b2) || HEDGE_UNDER_RE.test(b)) return "under";
  return "exact";
}

// (a day is no figure: "May 23.5kt", "May 118kt", "May 2.95Mt" are the month and a tonnage)
const MONTH_MENTION_RE = new RegExp(
  String.raw`\b(` +
    MONTH_RE_SRC +
    String.raw`)(?:\s+(\d{1,2})(?!\d|\.\d|\s*(?:kt|Mt|mt|t|tonnes?|GW|%)(?![\w-]))(?:st|nd|rd|th)?,?)?(?:\s*,?\s*((?:19|20)\d{2}))?(?![\w-])` +
    String.raw`(?:'s)?`,
  "g",
);
const RANGE_RE = new RegExp(
  String.raw`\b(?:(?:from|between)\s+)?(` +
    MONTH_RE_SRC +
    String.raw`)\s*(?:-to-|-|–|to|through|and|until)\s*(` +
    MONTH_RE_SRC +
    String.raw`)(?:\s*,?\s*((?:19|20)\d{2}))?\b`,
  "g",
);
const PART_OF_YEAR_RE =
  /\b(full[- ]year|whole[- ]year|entire year|(?:the )?whole of|(?:the )?year as a whole|(?<=\b(?:for|in|over)\s)(?:19|20)\d{2} as a whole|(?<=\b(?:for|over)\s)the year(?=\s+(?:was|were|came|totalled|totaled|reached|stood|amounted))|(?<=(?:^|[.;:]\s*)(?:for|over)\s)the year(?=\s*,)|annual(?=\s+(?:output|production|total|supply|volume))|(?<=\bthe\s)(?:19|20)\d{2}\s+total\b|first[- ]quarter|first quarter|Q1|first[- ]half|first half|H1|1H|first three quarters|Q1-Q3)(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b/gi;
// ("1-8 month cumulative output": a machine translation's January-August)
const FIRST_N_MONTHS_RE =
  /\b(?:(?:the )?first (two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) months(?: of (?:(?:19|20)\d{2}|this year|the year))?|1\s?-\s?(\d{1,2}) months?(?=\s+(?:cumulative|accumulated|total)))\b/gi;
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/**
 * Per-parse memo of what several steps ask about the same sentence (its month mentions, its
 * tense): set by withSentenceMemo around one parse, so nothing outlives it. Results are shared:
 * callers must not change them.
 */
let memo: {
  months: Map<string, MonthMention[]>;
  future: Map<string, boolean>;
  collapsed: Map<string, Collapsed>;
  /** The text declares its changes in % ("changes in % unless i say pp"): see `declarePercentChanges`. */
  barePercentChanges: boolean;
} | null = null;

/** Runs fn (one parse) with the sentence memo on. */
export function withSentenceMemo<T>(fn: () => T): T {
  const outer = memo;
  memo = { months: new Map(), future: new Map(), collapsed: new Map(), barePercentChanges: false };
  try {
    return fn();
  } finally {
    memo = outer;
  }
}

/**
 * The text being parsed declares that its changes are in % ("tonnes in kt, changes in % unless i say
 * pp"; `declaresPercentChanges` in text.ts): for the rest of this parse, a bare signed number right
 * after or before a MoM/YoY marker ("MoM +2.1", "-8.5 MoM") and a bare number right after "op rate"
 * are percentages. Only within the parse that declares it (the sentence memo's lifetime).
 */
export function declarePercentChanges(on: boolean): void {
  if (memo) memo.barePercentChanges = on;
}

const BARE_CHANGE_MARKER_BEFORE_RE = new RegExp(String.raw`\b${BASE_ABBREV_SRC}\s*:?\s*$`, "i");
const BARE_CHANGE_MARKER_AFTER_RE = new RegExp(String.raw`^(?:ish)?\s*${BASE_ABBREV_SRC}\b`, "i");
const BARE_RATE_BEFORE_RE = /\b(?:op\.?|operating)\s+rates?\s*:?\s*$/i;

/** A bare number that a declaration "changes in %" makes a percentage (see `declarePercentChanges`). */
function declaredPercent(s: string, index: number, end: number, sign: string | undefined, n: number): boolean {
  if (!memo?.barePercentChanges) return false;
  const before = s.slice(Math.max(0, index - 16), index);
  const after = s.slice(end, end + 12);
  // ("4.5 kt", "1,163" next to a marker are not bare changes: a number with thousands separators is a tonnage)
  if (/,\d{3}/.test(s.slice(index, end))) return false;
  if (sign) return BARE_CHANGE_MARKER_BEFORE_RE.test(before) || BARE_CHANGE_MARKER_AFTER_RE.test(after);
  // "op rate 84.6": an operating rate is a percentage level
  return n > 0 && n <= 100 && BARE_RATE_BEFORE_RE.test(before) && !/^\s*(?:[\w%]|\.\d)/.test(after);
}

/** Month mentions of a sentence with their role. */
export function monthMentions(s: string): MonthMention[] {
  if (!memo) return findMonthMentions(s);
  let r = memo.months.get(s);
  if (!r) memo.months.set(s, (r = findMonthMentions(s)));
  return r;
}

/**
 * Words every match of a month pattern contains (keep each in step with its pattern): a sentence
 * without them is not scanned with the pattern (most sentences name no month, half-year or "first
 * N months").
 */
const MONTH_HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/; // MONTH_RE_SRC: RANGE_RE, MONTH_MENTION_RE
const PART_OF_YEAR_HINT = /year|whole of|as a whole|annual|quarter|q1|half|h1|1h|total/i;
const FIRST_N_MONTHS_HINT = /first|1\s?-\s?\d{1,2} month/i;

/** The month patterns with their hints (for a test that the hints hold). */
export const MONTH_PATTERN_HINTS: readonly { re: RegExp; hint: RegExp }[] = [
  { re: RANGE_RE, hint: MONTH_HINT },
  { re: MONTH_MENTION_RE, hint: MONTH_HINT },
  { re: PART_OF_YEAR_RE, hint: PART_OF_YEAR_HINT },
  { re: FIRST_N_MONTHS_RE, hint: FIRST_N_MONTHS_HINT },
];

/** A forecast's abbreviation in a chat ("f/c", "exp."). */
const FORECAST_ABBREV_HINT = /f\/c|\bexp\./;
const LOWER_MONTH_SRC =
  "(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
/** A lower-case month right before a forecast's abbreviation (up to two words between: "dec alu f/c") or right after it ("f/c for dec"). */
const FORECAST_ABBREV_MONTH_RE_SRC = String.raw`\b${LOWER_MONTH_SRC}\b(?=(?:\s+[a-z][\w-]*){0,2}\s+(?:f\/c|exp\.)(?:\s|$))|(?<=\b(?:f\/c|exp\.)\s+(?:for\s+)?)${LOWER_MONTH_SRC}\b`;
const FORECAST_ABBREV_MONTH_TEST_RE = new RegExp(FORECAST_ABBREV_MONTH_RE_SRC);
const FORECAST_ABBREV_MONTH_RE = new RegExp(FORECAST_ABBREV_MONTH_RE_SRC, "g");

function findMonthMentions(s: string): MonthMention[] {
  const out: MonthMention[] = [];
  const taken: [number, number][] = [];
  const monthWords = MONTH_HINT.test(s);
  const partOfYear = PART_OF_YEAR_HINT.test(s);
  const firstMonths = FIRST_N_MONTHS_HINT.test(s);
  // "dec f/c 1,180 kt", "smm dec alu f/c", "zn dec exp. up": a chat's lower-case month next to a forecast's abbreviation
  if (FORECAST_ABBREV_HINT.test(s)) {
    FORECAST_ABBREV_MONTH_RE.lastIndex = 0;
    for (let m = FORECAST_ABBREV_MONTH_RE.exec(s); m; m = FORECAST_ABBREV_MONTH_RE.exec(s)) {
      const month = monthNumber(m[0]);
      if (month) out.push({ start: m.index, end: m.index + m[0].length, month, year: null, role: "period", forecastAbbrev: true });
    }
  }
  if (!monthWords && !partOfYear && !firstMonths) return out.sort((a, b) => a.start - b.start);
  RANGE_RE.lastIndex = 0;
  for (let m = monthWords ? RANGE_RE.exec(s) : null; m; m = RANGE_RE.exec(s)) {
    const a = monthNumber(m[1] ?? "");
    const b = monthNumber(m[2] ?? "");
    if (!a || !b || b <= a) continue;
    if (a !== 1 && !/cumulative|total|ytd|year-to-date/i.test(s)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, month: b, year: m[3] ? Number(m[3]) : null, role: "range-end" });
    taken.push([m.index, m.index + m[0].length]);
  }
  PART_OF_YEAR_RE.lastIndex = 0;
  for (let m = partOfYear ? PART_OF_YEAR_RE.exec(s) : null; m; m = PART_OF_YEAR_RE.exec(s)) {
    const w = (m[1] ?? m[2] ?? "").toLowerCase();
    const month = /full|whole|annual|entire|^the year$|total$/.test(w) ? 12 : /three quarters|q1-q3|q3/.test(w) ? 9 : /half|h1|1h/.test(w) ? 6 : 3;
    const y = /((?:19|20)\d{2})/.exec(m[0]);
    out.push({ start: m.index, end: m.index + m[0].length, month, year: y ? Number(y[1]) : null, role: "range-end" });
    taken.push([m.index, m.index + m[0].length]);
  }
  FIRST_N_MONTHS_RE.lastIndex = 0;
  for (let m = firstMonths ? FIRST_N_MONTHS_RE.exec(s) : null; m; m = FIRST_N_MONTHS_RE.exec(s)) {
    const w = (m[1] ?? "").toLowerCase();
    const n = NUMBER_WORDS[w] ?? Number(w);
    if (!(n >= 1 && n <= 12)) continue;
    const y = /((?:19|20)\d{2})/.exec(m[0]);
    out.push({ start: m.index, end: m.index + m[0].length, month: n, year: y ? Number(y[1]) : null, role: "range-end" });
    taken.push([m.index, m.index + m[0].length]);
  }
  MONTH_MENTION_RE.lastIndex = 0;
  for (let m = monthWords ? MONTH_MENTION_RE.exec(s) : null; m; m = MONTH_MENTION_RE.exec(s)) {
    const start = m.index;
    if (taken.some(([a, b]) => start >= a && start < b)) continue;
    const word = m[1] ?? "";
    // "May" at the start of a clause followed by a verb-like word is the modal verb.
    if (/^May$/.test(word) && /^May\s+(?:also|be|have|not|still|further|continue|rise|fall|increase|decrease|decline|remain)\b/.test(s.slice(start))) continue;
    if (/^Mar$/.test(word) && !/^Mar\.?\s*(?:\d|,|\s)/.test(s.slice(start))) continue;
    const month = monthNumber(word);
    if (!month) continue;
    const before = s.slice(Math.max(0, start - 40), start).toLowerCase();
    // "as the April maintenance ends", "the March holiday": a month naming an event is not a time
    // the figure is about ("the April output" is)
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 30);
    // ("the May maintenance", "steel mills' October tenders": a month naming an event is no figure's month)
    if (!m[3] && /\b(?:the|its|their|[a-z]+s'|[a-z]+'s)\s+$/i.test(before) && ATTRIBUTIVE_MONTH_RE.test(after)) continue;
    let role: MonthMention["role"] = "period";
    if (
      /\b(?:from|than|versus|vs\.?|compared (?:to|with)|compare(?: to| with)?|relative to|over|on|against|above|below|since|previous|last|prior|in contrast to|unlike|(?:nearly\s+|almost\s+|about\s+|roughly\s+|more than\s+)?(?:double|twice|triple|treble|half))\s+(?:in\s+|during\s+)?(?:the\s+)?(?:revised\s+|previous\s+|preliminary\s+|adjusted\s+|final\s+)?(?:end of\s+|level (?:of|in)\s+|levels (?:of|in)\s+)?$/.test(
        before,
      )
    )
      role = /since\s+$/.test(before) ? "since" : "compare";
    // ("From November, when the dry season begins, output may fall": a clause opened by the month something starts in)
    if (role === "compare" && /^\s*(?:on(?:wards?)?\s*)?,/.test(after) && /(?:^|[.;:!?]\s+)from\s+$/i.test(s.slice(0, start))) role = "period";
    // "SMM, September 6:" is a dateline, not the month a figure describes ("as of February 28" is)
    if (m[2] && role === "period" && !/\b(?:as of|as at|by|end of|until|through)\s+$/.test(before)) role = "since";
    // "published the correction on 8 Oct", "(30 Sep)": a day before the month is a date too
    if (
      !m[2] &&
      role === "period" &&
      /(?:^|[^\d.,])\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+$/.test(before) &&
      !/\b(?:as of|as at|by|end of|until|through)\s+\S+\s+$/.test(before)
    )
      role = "since";
    if (/^(?:'s)?\s+(?:levels?|figures?)\b/.test(s.slice(m.index + m[0].length, m.index + m[0].length + 10)) && /\b(?:than|from|compared)\b/.test(before))
      role = "compare";
    // "production, which had already begun to slow in November, dropped 9.3%": a month inside a
    // relative clause dates that clause, not the figure after it
    if (role === "period" && /,\s*which\b[^,]*$/i.test(s.slice(0, start)) && /^[^,\d]*,/.test(s.slice(m.index + m[0].length))) role = "since";
    out.push({ start, end: m.index + m[0].length, month, year: m[3] ? Number(m[3]) : null, role });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The noun after "the <Month>" when the month names an event (maintenance, a holiday, a cut). */
const ATTRIBUTIVE_MONTH_RE =
  /^\s+(?:maintenance|outage|outages|shutdown|shutdowns|overhaul|overhauls|holiday|holidays|festival|inspection|inspections|cut|cuts|curtailment|curtailments|disruption|disruptions|accident|flood|floods|strike|strikes|policy|policies|meeting|meetings|tender|tenders|auction|auctions|orders)\b/i;

/** Past "expected" phrases are blanked so that they do not read as forecasts. */
export function isFutureText(s: string): boolean {
  if (!memo) return futureText(s);
  let r = memo.future.get(s);
  if (r === undefined) memo.future.set(s, (r = futureText(s)));
  return r;
}

function futureText(s: string): boolean {
  // the month "May" is not the modal "may" (only a sentence-initial "May also/be/..." is)
  const noMonth = s.replace(/\bMay\b(?!\s+(?:also|be|have|not|still|further|continue|rise|fall|increase|decrease|decline|remain)\b)/g, "Mon");
  // ("dec f/c 1,180 kt", "zn dec exp. up": a month next to a forecast's abbreviation)
  return FUTURE_RE.test(maskPastExpect(noMonth, () => " ")) || (FORECAST_ABBREV_HINT.test(s) && FORECAST_ABBREV_MONTH_TEST_RE.test(s));
}

/** The global variant of each RegExp lastMatch scans with, made once per RegExp (no flags string built per call). */
const GLOBAL_VARIANT = new WeakMap<RegExp, RegExp>();

/** Patterns whose last match the grammar looks for (module constants: lastMatch caches its global variant per RegExp). */
const RATE_PHRASE_RE = /\b(?:operating rates?|op\.? rates?|capacity utili[sz]ation(?: rates?)?|utili[sz]ation rates?)\b/i;
const RATE_OWNER_HEAD_RE = new RegExp(
  String.raw`\b(?:${PLANT_NOUN_SRC})\b(?:\s+(?:not\s+)?using\s+(?:copper\s+)?(?:concentrates?|scrap|anodes?|blister(?:\s+copper)?|[a-z]+))?`,
);
const RATE_CLAUSE_CUT_RE = /[;:,]|\bwhile\b|\band\b/;
const RATE_CLAUSE_HEAD_RE = new RegExp(String.raw`\b(?:${PLANT_NOUN_SRC})\b(?:\s+(?:not\s+)?using\s+[a-z -]+?)?(?=\s)`);
const SERIES_NP_RE = /\b(?:the\s+)?([a-z0-9]+-series)\b/;
const SUBJECT_HEAD_RE = new RegExp(
  String.raw`\b(?:${PLANT_NOUN_SRC})\b(?:\s+(?:not\s+)?using\s+[a-z -]+?)?(?=\s*(?::|,|\(|\b(?:ran|run|running|operated|operating|dropped|fell|rose|produced|turned|churned|made|delivered|contributed|slipped|climbed|declined|increased|decreased|edged|eased|dipped|improved|recovered|rebounded|managed|averaged|held|stayed|remained|were|was|are|is|stood|reached|came|hit|at|had|with|lifted|raised|saw|recorded|seen|expected|forecast|projected|estimated|likely|it|they)\b|$))`,
);
const TAIL_CUT_RE = /[;:]|,\s/;
const CLAUSE_CUT_BEFORE_RE =
  /(?:;|\bwhile\b|\bwhereas\b|\bbut\b|,\s+(?:and\s+)?(?:with|while|as|although|though|which|mainly|due|because|leading|resulting|driving)\b|\.\s)/i;

function lastMatch(re: RegExp, s: string): { index: number; text: string } | null {
  let g = GLOBAL_VARIANT.get(re);
  if (!g) GLOBAL_VARIANT.set(re, (g = new RegExp(re.source, re.global ? re.flags : re.flags + "g")));
  g.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = g.exec(s); m; m = g.exec(s)) {
    last = m;
    if (m[0].length === 0) g.lastIndex++;
  }
  return last && { index: last.index, text: last[0] };
}

/** Nearest metric noun at the end of a left context. */
export function nearestMetric(left: string): { metric: Metric; index: number; text: string } | null {
  let best: { metric: Metric; index: number; text: string } | null = null;
  for (const { metric, re } of METRIC_RES) {
    const m = lastMatch(re, left);
    if (!m) continue;
    const endPos = m.index + m.text.length;
    if (!best || endPos > best.index + best.text.length || (endPos === best.index + best.text.length && m.text.length > best.text.length))
      best = { metric, index: m.index, text: m.text };
  }
  // ("Operating rates across another major producing hub, Sichuan, dropped 3.9 percentage points": a place's "producing"
  // describes the place; the rate named before it is the figure's)
  if (best?.metric === "production" && /^producing$/i.test(best.text) && PRODUCING_PLACE_RE.test(left.slice(best.index + best.text.length))) {
    const rate = lastMatch(OPRATE_RE, left.slice(0, best.index));
    if (rate) return { metric: "oprate", index: rate.index, text: rate.text };
  }
  return best;
}
const OPRATE_RE = (METRIC_RES.find((x) => x.metric === "oprate") as { re: RegExp }).re;
/** The place noun a "producing" describes: "producing hub", "producing provinces". */
const PRODUCING_PLACE_RE = /^\s+(?:hubs?|regions?|provinces?|areas?|bases?|centres?|centers?|clusters?)\b/i;

/** The part of a gap that belongs to the figure before it (comparison markers right after). */
const TRAILING_RE = new RegExp(
  String.raw`^(?:\s*(?:mt|tonnes|%)?\s*(?:,\s*)?(?:(?:higher|lower|more|less|fewer|up|down|above|below|increase|decrease|decline|drop|rise|fall|gain|growth|reduction|contraction)\s+)?(?:from\s+(?=YoY|MoM|y\/y|m\/m))?(?:` +
    [
      MOM_RE.source,
      YOY_RE.source,
      String.raw`(?:` + MONTH_RE_SRC + String.raw`)\s*,?\s*(?:last year|of last year|(?:19|20)\d{2}|a year (?:earlier|ago|before))`,
      String.raw`(?:than (?:in )?(?:19|20)\d{2}\b)|(?:from|than|over|on|compared (?:to|with)|versus|vs\.?|against) (?:in |during )?(?:the same month (?:of |in )?)?(?:` +
        MONTH_RE_SRC +
        String.raw`)(?:\s*,?\s*(?:(?:19|20)\d{2}|last year|of last year|a year (?:earlier|ago|before)|(?:of )?(?:the )?(?:previous|prior|last) year))?(?!\s*(?:-|to|through|until)\s*` +
        MONTH_RE_SRC +
        String.raw`)`,
      String.raw`(?:compared|relative) (?:to|with) (?:` + MONTH_RE_SRC + String.raw`)`,
      String.raw`respectively`,
      // ("was 19.3% higher in June than a year earlier": the figure's month between it and its base)
      String.raw`in (?:` + MONTH_RE_SRC + String.raw`)(?:\s+(?:19|20)\d{2})?(?=\s+(?:than|from|compared|versus|vs|against)\s+(?:a|the|last|in)\b)`,
      String.raw`of (?:total )?capacity`,
      String.raw`in (?:metal|physical|nickel|Ni) content`,
      String.raw`(?:higher|lower|more|less) than (?:expected|the forecast|expectations)`,
      String.raw`(?:above|below|over|beyond|short of) (?:the )?(?:expectations?|forecast)`,
    ].join("|") +
    // ("546,200 tons, month-on-month decline of 3.41%": a marker heading a change noun and its "of" is the next figure's)
    String.raw`)(?!\s+(?:${ROLE_WORDS.markerNoun.join("|")})\s+(?:of|by)\b))+`,
  "i",
);

/** A gap that names a new subject of its own ("medium-sized smelters at"). */
/** A line that starts with a short label and a colon ("* Lithium carbonate: ..."), not a time ("09:12"). */
/** A short field label, a bullet's or a line's ("- 200-series", "Monocrystalline"), before its colon. */
const FIELD_LABEL_SRC = String.raw`(?:[-•*▪–]\s*)?[A-Za-z0-9][\w()/ -]{0,40}`;
/** All that stands before a figure is a bullet's label and its colon ("- 200-series: "). */
const LABEL_ONLY_RE = new RegExp(String.raw`^\s*${FIELD_LABEL_SRC}:\s*$`);
/** A field label before a figure, at the line's start or after ";": "Monocrystalline: ", "; Xinjiang: ". */
const FIELD_LABEL_RE = new RegExp(String.raw`(?:^|;)\s*(${FIELD_LABEL_SRC}):\s*$`);
/** After a level, its change marked by its base: ", -1.5% MoM", " (+2.0% y/y)". */
const LEVEL_THEN_BASED_CHANGE_RE = new RegExp(String.raw`^\s*[,(;]\s*[-+−]?\d[\d.]*\s*%\s*${BASE_ABBREV_SRC}\b`, "i");
const PRODUCT_LABEL_LINE_RE = /^\s*(?:[-•*▪–]\s*)?[A-Za-z][A-Za-z()/ -]{1,50}:\s+\D/;
const ACCOUNTED_FOR_RE = new RegExp(String.raw`\baccount(?:ed|s|ing)?\s+for\s+(?:${APPROX_SPACE_SRC})?$`, "i");
/** "Of this, energy-storage grade LFP was ", "of which 300-series came in at ": a part named after "of this" or "of which"
 * and the verb that gives its tonnage. */
const OF_THIS_PART_WAS_RE = new RegExp(
  String.raw`\bof\s+(?:this|which|that|the total)\s*,?\s+((?:[\w-]+\s+){1,4}?)(?:was|were|stood at|came in at|reached|totall?ed|amounted to)\s+(?:${APPROX_SPACE_SRC})?$`,
  "i",
);
/** ", and Guizhou's fell ", ", whereas Jiangxi slipped ": a name (its possessive), its noun left out, and a verb of change. */
const SIBLING_POSSESSIVE_RE =
  /(?:,\s*|\b)(?:and|while|whereas|but)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:['’]s)?\s+(fell|rose|dropped|declined|increased|decreased|slipped|climbed|grew|gained|jumped|plunged|was\s+(?:up|down))\s*(?:by\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+)?$/;
/** ", and Sichuan 31,500 mt": a name and its figure, the verb of the clause before left out. */
// (" MoM) and Henan ": after the first province's bracketed change too)
const GAPPED_REGION_RE =
  /^\s*(?:(?:MoM|YoY|m\/m|y\/y|m-o-m|y-o-y)?\s*\)\s*)?,?\s*(?:and|while|whereas)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:(?:about|around|approximately|roughly|nearly|some)\s+)?$/;
/** ", lepidolite ", " and salt lake brine ": a lower-case name alone between two levels of a list. */
// (", and recycled material contributed ": the name's own verb of a share)
const GAPPED_PART_RE =
  /^\s*(?:,\s*(?:and\s+)?|and\s+)([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:(?:contributed|supplied|accounted\s+for|made\s+up)\s+)?(?:(?:about|around|approximately|roughly|nearly|some)\s+)?$/;
/** "; recycled material contributed ": a clause after a semicolon of a lower-case name and its verb of a share. */
const CONTRIBUTION_CLAUSE_RE =
  /;\s*((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:contributed|supplied|made\s+up|accounted\s+for)\s+(?:(?:about|around|approximately|roughly|nearly|some)\s+)?$/;
/** A subject that ends with the verb of producing: "Yunnan produced ". */
const PRODUCED_END_RE = /\b(?:produced|turned out|smelted|made)\s*$/i;
const GAPPED_FOR_RE = new RegExp(String.raw`^\s*,?\s*(?:and|while|whereas)\s+[a-z][\w-]*(?:\s+[\w-]+){0,3}\s+for\s+(?:${APPROX_SPACE_SRC})?$`, "i");
/** The words between two figures (or from the sentence's start) are only a name: "; 300-series ", "ternary cathode ", ", and 400-series ". */
const NAME_ONLY_GAP_RE = /(?:^\s*(?:[-•*▪–]\s+)?|[;:,(]|\band\b)\s*(?:and\s+)?[A-Za-z0-9][\w-]*(?:\s+[\w-]+){0,3}\s*$/;
/** A region's name and nothing else ("yunnan", "inner mongolia"). */
const REGION_WHOLE_RE = new RegExp(`^(?:${REGION_RE.source})$`, "i");
/** A bracket opened right after a name, before its first figure: "Copper cathode (", "NPI (Ni content ", "LFP (~". */
const NAME_BRACKET_BEFORE_RE = /[A-Za-z]\s*\(\s*(?:(?:Ni|metal|physical)\s+content\s+|~\s*|about\s+|est\.\s*)?$/i;
/**
 * "SMM's earlier forecast of a ", "our previous estimate of an ": an earlier forecast named before the change it forecast
 * (not "contrary to SMM's expectation of a 3.5% decline", which the readings leave as no figure).
 */
const FORECAST_OF_A_LEFT_RE = new RegExp(
  String.raw`\b(?:SMM's|our|its|the)\s+(?:(?:earlier|previous|prior|original|initial|own|last month's)\s+)?(?:forecast|estimate|projection|call)\s+(?:of|for)\s+an?\s+(?:${APPROX_SPACE_SRC})?$`,
  "i",
);
/**
 * After a forecast level SMM's verb gave, its change in apposition: " of cobalt sulphate output for November, a decline of "
 * (not ", down 7.2% MoM" after "slightly above SMM's forecast of 515,000 mt": the actual's change goes on).
 */
const FORECAST_LEVEL_THEN_CHANGE_RE =
  /^\s*(?:mt\s+)?(?:of\s+[^,;]{1,60})?,\s*(?:a|an)\s+(?:MoM\s+|month-on-month\s+)?(?:decline|decrease|drop|fall|reduction|cut|dip|rise|increase|gain|growth)\s+of\s+(?:about\s+|around\s+|roughly\s+|approximately\s+)?$/i;
/** "% MoM rise", "% decrease": the change noun right after the percentage of a quoted forecast. */
const QUOTED_CHANGE_NOUN_RE =
  /^\s*%?\s*(?:(?:MoM|m-o-m|m\/m|month-on-month|YoY|y-o-y|y\/y|year-on-year)\s+)?(rise|increase|gain|growth|uptick|decline|decrease|drop|fall|reduction|cut|dip)\b/i;
/** "; November alone contributed ": a month, alone, and a verb that gives its level. */
const MONTH_ALONE_VERB_RE = new RegExp(
  String.raw`;\s*(?:${MONTH_RE_SRC})\s+(?:alone\s+|itself\s+|on its own\s+)?(?:contributed|accounted for|added|produced|came to|came in at|was|stood at|reached|totall?ed)\s+(?:${APPROX_SPACE_SRC})?$`,
  "i",
);
/** "; November alone contributed ", "; in November, ": a clause after a semicolon that opens on one month. */
const MONTH_CLAUSE_AFTER_SEMICOLON_RE = new RegExp(String.raw`;\s*(?:and\s+|while\s+)?(?:in\s+)?(?:${MONTH_RE_SRC})\b(?!\s*[-–])[^;]*$`, "i");
/** "expectations of ", "the April call of about ": a forecast named right before its level. */
const EXPECTATION_OF_RE = new RegExp(String.raw`\b(?:expectations? of|forecast of|estimate of|call of|projection of)\s*(?:${APPROX_SPACE_SRC})?$`, "i");
/** "; Dec f'cast ", "(Jan est. ~": a month's forecast label right before its level. */
const MONTH_FORECAST_LABEL_BEFORE_RE = new RegExp(
  String.raw`(?:^|[;,(]\s*)(?:${MONTH_RE_SRC})\s+${MONTH_FORECAST_LABEL_SRC}(?:\s+est\.?)?\s*:?\s*(?:~\s*|${APPROX_SPACE_SRC})?$`,
  "i",
);
/**
 * "April's actual is revised up to ", "March's figure has been revised to about ", "SMM has revised its January figure to ",
 * "revised its March copper cathode figure to ", "against July output, which SMM has revised to ": a month's own figure, revised.
 */
const MONTH_REVISED_TO_RE = new RegExp(
  String.raw`(?:(?:^|[;.:]\s*)(?:the\s+)?(?:${MONTH_RE_SRC})(?:'s)?\s+(?:(?:metal|physical|nickel)[- ]content\s+|output\s+)?(?:actual|figure|number|total)\s+(?:(?:was|is|has been)\s+)?revised|\b(?:revised|raised|lowered|lifted|trimmed|adjusted|restated)\s+(?:its|the|our)\s+(?:${MONTH_RE_SRC})\s+((?:[A-Za-z][\w-]*\s+){0,3}?)(?:actual|figure|number|total|estimate|reading)|\b(?:${MONTH_RE_SRC})(?:'s)?\s+(?:output|production|figure|number)\s*,\s*which\s+(?:SMM\s+|we\s+|it\s+)?(?:has\s+|had\s+|have\s+)?(?:been\s+|was\s+|is\s+)?revised)\s+(?:(?:up|down)(?:wards?)?\s+)?to\s+(?:${APPROX_SPACE_SRC})?$`,
  "i",
);
/** The word right after a month that names a report of that month: "SMM's July report", "its March edition". */
const REPORT_AFTER_MONTH_RE = /^\s*(?:report|edition|issue|update|round-?up)s?\b/i;
/** The word right after a month that makes it the month a forecast was made in: "our April call", "the May forecast". */
export const CALL_AFTER_MONTH_RE = /^\s*(?:call|forecast|estimate|projection|expectation|report|edition|issue|update)s?\b/i;
/** A bullet or clause that is only a base label: "* Y/Y ", "- MoM: ". */
const BASE_LABEL_ONLY_RE = new RegExp(String.raw`(?:^|;)\s*(?:[-•*]\s*)?(${BASE_ABBREV_SRC})\s*:?\s*$`, "i");
/** A clause that is only a month, a forecast word and a hedge before a tonnage ("May ", "; May seen ", ". May ~"). */
const MONTH_ONLY_CLAUSE_RE = new RegExp(
  String.raw`(?:^|[;.]\s*|^\s*[-•*]\s*)\b(?:${MONTH_RE_SRC})(?:\s*[-–]\s*(?:${MONTH_RE_SRC}))?(?:\s+(?:seen|guided|expected|est\.?|f\/c|revised(?:\s+(?:up|down))?\s+to))?\s*(?:~|≈|about|around|approx\.?)?\s*$`,
);
/** A terse line's name before its signed change: "Pr-Nd oxide + about ", "- NPI -", "Cobalt sulphate ▲ ". */
const TERSE_NAME_CHANGE_RE = /^\s*(?:[-•*]\s*)?([A-Za-z][\w-]*(?:\s+[\w-]+){0,2})\s*[+▲▼]\s*(?:about|around|approx\.?|approximately|roughly|~)?\s*$/i;
/** A terse line's name before its tonnage: a few words from the line's start, not ending in a preposition or a verb ("LFP ", "ternary cathode "). */
const TERSE_NAME_RE =
  /^\s*(?:[-•*]\s*)?[A-Za-z0-9][\w-]*(?:\s+[\w-]+){0,3}(?<!\b(?:at|to|of|in|on|by|for|from|was|were|is|are|about|around|reached|hit|totalled|totaled))(?:\s*(?:~|≈|about|around|approx\.?|approximately|roughly))?\s*$/i;
/** A MoM/YoY marker after a tonnage that a bare signed number follows ("590 kt, MoM -1.8"): it leads that number. */
const BARE_NUMBER_LEAD_RE = new RegExp(String.raw`^(\s*(?:kt|mt|t|tonnes)?\s*)[,;(]\s*${BASE_ABBREV_SRC}\s*:?\s*[+-]\d`, "i");
/** A few words ending in a forecast's abbreviation right before the figure: "dec f/c ", "smm dec alu f/c ", "dec exp. ". */
const FORECAST_ABBREV_LABEL_RE = /^\s*(?:[A-Za-z][\w-]*\s+){0,3}(?:f\/c|exp\.)\s*(?:~|about|around|approx\.?)?\s*$/i;
/** "By raw material: spodumene-derived ": a label, a colon, then a name right before the tonnage. */
// (not a direction word after the label: "vs October: down 860 mt" is a change, no name's level)
/** A label that is a month or a span of months: "Jan-Nov: ", "November 2025: " (what it measures is output, not capacity). */
const MONTHS_LABEL_RE = new RegExp(
  String.raw`^\s*(?:[^\w\s]{1,4}\s*)?(?:${MONTH_RE_SRC})\.?(?:\s*[-–]\s*(?:${MONTH_RE_SRC})\.?)?(?:\s+(?:19|20)\d{2})?\s*:\s*$`,
  "i",
);
const LABELLED_NAME_RE =
  /^\s*(?:[-•*]\s*)?[A-Za-z][\w ]{0,30}:\s*(?!(?:up|down|higher|lower|plus|minus|flat|unchanged)\s*$)[A-Za-z0-9][\w-]*(?:\s+[\w-]+){0,2}\s*$/;
/**
 * What follows a terse line's tonnage: its change ("LFP 268,300 t, down 9.8% m/m", "..., -7.5% m/m", "(+4.1% MoM)"), also
 * after the month ("copper cathode 0.82 Mt in June, up 3.1% m/m").
 */
const TERSE_CHANGE_NEXT_RE = new RegExp(
  String.raw`^\s*(?:mt|t|tonnes)?\s*(?:(?:Ni|nickel|metal)\s+content|Ni)?\s*(?:in\s+(?:${MONTH_RE_SRC})(?:\s+\d{4})?\s*)?[,(]\s*(?:(?:mom|yoy|m\/m|y\/y|m-o-m|y-o-y)\s*:?\s*)?(?:(?:up|down|higher|lower)\s+(?:by\s+)?)?[+-]?\d`,
  "i",
);
/** "(refined ", "(of which 300-series ": a bracket opened on a name right before a tonnage. */
const BRACKET_PART_RE = /\(\s*((?:of which\s+|including\s+|mainly\s+)?[A-Za-z0-9][\w-]*(?:\s+[\w-]+){0,2})\s*$/i;
/** Words that open a bracket without naming a part ("(about 40,000 mt", "(or 3,300 mt", "(up 2,100 mt"). */
const NOT_A_BRACKET_PART_RE =
  /^(?:converted (?:in)?to|equal to|equivalent to|equating to|equals|about|around|approximately|roughly|nearly|some|over|under|below|above|or|and|up|down|by|of|from|to|vs|versus|than|an?|the|i\.e|e\.g|including|incl\.?|of which|of this|mainly|mt|tonnes|metal content|nickel content|physical content|in [a-z]+ (?:content|terms)|ni|total|ytd|cumulative|mom|yoy|m\/m|y\/y|\w+ly)$/i;
/** "... Physical 13.2wt", "; gross (physical) tonnage ≈262kt": a label of the physical tonnage right before the figure. */
const PHYSICAL_LABEL_RE = /(?:^|[.;:,]\s*)(?:physical|gross)(?:\s*\(physical\))?(?:\s+(?:output|tonnage|content|terms|weight))?\s*(?:~|≈|about|around)?\s*$/i;
/** "its July output to around": the output of something named before, by a pronoun. */
const ITS_OUTPUT_RE = /\b(?:its|their)\s+(?:[a-z]+\s+){0,2}(?:output|production|rate|utili[sz]ation)\b/i;
/** Where a clause with a subject of its own begins: ", while ", ", whereas ", ", but " (not "but its output"). */
const CONTRAST_CLAUSE_BREAK_RE = /,\s*(?:while|whereas|but)\s+(?!its\b|their\b)/g;
/** "a single producer", "one smelter": one company or plant. */
const ONE_PRODUCER_RE = new RegExp(
  String.raw`\b(?:a|one|another|the\s+(?:largest|biggest|leading|top|second-largest|dominant))\s+(?:single\s+)?(?:(?:large|major|leading|new|private|state-owned)\s+)?(?:[A-Z][A-Za-z0-9-]*\s+)?(?:producer|${PLANT_NOUN_SRC.replace(/s\?/g, "").replace(/\|refineries/, "")}|company|firm)\b(?!s)`,
  "i",
);
/**
 * "... revised ... to 37,200 mt, from ", "(Corrects ... to 41,300 metric tons, from ", "revised up to 451,000 mt from the
 * preliminary " right before a figure: the old figure of a revision.
 */
/** A bracket that gives the figure a revision replaced: "(previously a decrease of ", "(originally ". */
/**
 * ", and metal content by ", " in November 2020, while the 300-series by ": the second of two changes whose verb is left
 * out, its own subject before "by" (a month of the first may come between).
 */
const GAPPED_BY_LEFT_RE = new RegExp(
  String.raw`^\s*(?:mom|yoy|m\/m|y\/y|m-o-m|y-o-y)?\s*(?:(?:in|for)\s+(?:${MONTH_RE_SRC})(?:\s+(?:19|20)\d{2})?\s*)?(?:,\s*(?:and\s+|while\s+)?|and\s+|while\s+)(?:the\s+)?([a-z0-9][\w -]{0,40}?)\s+by\s*(?:about|approximately|around|nearly|over|more than|roughly)?\s*$`,
  "i",
);
/** "has revised the figure up to ", "lowered its estimate to about ": the new level of a figure the text stated before. */
const REVISED_THE_FIGURE_TO_RE =
  /\b(?:revised|raised|lowered|adjusted|corrected|restated|lifted|trimmed)\s+(?:the|this|that|its|our)\s+(?:figure|estimate|number|reading|total)\s+(?:(?:up|down|upwards?|downwards?)\s+)?to\s+(?:about\s+|around\s+|approximately\s+|roughly\s+)?$/i;
/**
 * "an earlier version of this article put November output at ", "originally reported at ": a figure since corrected (every
 * figure the correction lists: "gave the operating rate as 76.1% and the increase in output as ").
 */
const EARLIER_VERSION_RE =
  /\b(?:(?:earlier|previous|original|initial|first)\s+(?:version|draft|release)\b(?:\s+of\s+(?:this|the|our)\s+[a-z]+)?\s+(?:put|gave|had|stated|showed|reported|said|listed)|(?:originally|initially)\s+(?:reported|published|put|given|stated))\b(?:[^.;]|\.(?=\d)){0,100}$/i;
// ("(the earlier reading was 3.23 million mt)", "(the preliminary figure was ...)": the reading a revision replaced)
const PREVIOUSLY_BRACKET_RE =
  /\(\s*(?:previously|formerly|originally|initially|(?:the\s+)?(?:earlier|previous|prior|preliminary|initial|original|first)\s+(?:reading|figure|estimate|print|number|data)\s+(?:was|had\s+been|of|stood\s+at))\b[^()]*$/i;
/** Right before the figure a revision replaced: ", revised up from the ", "(revised down from ". */
const REVISED_UP_FROM_RE =
  /\brevised\s+(?:up|down|upwards?|downwards?|higher|lower)?\s*from\s+(?:the\s+|an?\s+)?(?:(?:previously|initially|originally)\s+(?:published|reported)\s+)?(?:about\s+)?$/i;
const REVISED_FROM_RE =
  /\b(?:revis(?:ed|es|ing|ion)|correct(?:s|ed|ing|ion)|(?:raised|lowered|lifted|trimmed|adjusted|restated)\s+(?:its|the|our)\s+[^.;]{0,40}?\b(?:estimate|figure|number|total|reading))\b[^.;]{0,120}?\bto\s+(?:about\s+)?[\d.,]+(?:[^.;]|\.(?=\d)){0,30}?(?:,?\s+|\s*\(\s*)from\s+(?:the\s+|an?\s+)?(?:previously\s+(?:published|reported)\s+|(?:preliminary|provisional|initial|original|earlier|flash)\s+(?:(?:figure|estimate|reading|count)\s+of\s+)?)?$/i;
/** ", and July output": a clause with an output of its own after a direction word. */
const NEXT_OUTPUT_CLAUSE_RE = /,\s+and\s+(?:[A-Za-z-]+\s+){0,2}(?:output|production)\b/i;
/** A cause's verb right before the output it moves: "are expected to reduce refined zinc ", "will lift ". */
// ("Maintenance at three smelters meant copper cathode production in April eased": what a cause meant for the output)
const CAUSE_VERB_BEFORE_RE = new RegExp(
  String.raw`\b(?:(?:to\s+|will\s+|would\s+|could\s+|may\s+)(?:${CAUSE_VERB_BASE_SRC})|meant|means)\s+(?:[a-z-]+\s+){0,3}$`,
);
/** "flat with ", "in line with ": the words before a month a level is held against. */
const LEVEL_WITH_BEFORE_RE = /\b(?:flat|level|unchanged|stable|steady|in line|on a par|on par)\s+with\s+(?:the\s+)?$/i;
/** A grade's range at the end of a name, up to a range's second number: "High-grade NPI with a nickel content of 10-". */
const GRADE_RANGE_TAIL_RE = /\s+with\s+(?:an?\s+)?(?:nickel|ni|metal)\s+(?:content|grade)\s+of\s+[\d.]+\s*%?\s*[-–]\s*$/i;
/** Plural plants that open a clause whose participle after a comma states their output ("Shanxi producers ..., raising"). */
const PLANTS_LEADING_CLAUSE_SRC = "(?:producers|smelters|plants|refineries|mills|enterprises)";
/** "Shanxi producers offset the loss, raising output ": plants, their clause, and the participle that moves their output. */
const PARTICIPLE_OUTPUT_RE = new RegExp(
  String.raw`^(.*?\b${PLANTS_LEADING_CLAUSE_SRC})\b[^,;]*,\s*(?:raising|lifting|boosting|cutting|reducing|lowering|trimming|increasing)\s+(?:its\s+|their\s+)?(output|production)\b`,
  "i",
);
/** Plants, then a participle of producing after a comma: "Yunnan producers bucked the trend, producing ". */
const PRODUCING_PARTICIPLE_RE = new RegExp(String.raw`^(.*?\b${PLANTS_LEADING_CLAUSE_SRC})\b[^,;]*,\s*(?:producing|turning out|smelting)\b`, "i");
/** "Yunnan saw (its) output": a name that saw its output move (a province, when the whole name is one). */
const SAW_OUTPUT_RE = /\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+saw\s+(?:its\s+|their\s+)?(output|production)\b/;
/** A year's possessive right before a figure: "2010's ", "from 2010's total of about ". */
const YEAR_POSSESSIVE_BEFORE_RE =
  /\b((?:19|20)\d{2})['’]s\s+(?:(?:total|output|production|level|figure)\s+(?:of\s+)?)?(?:about\s+|around\s+|approximately\s+|roughly\s+)?$/i;
/** A clause opened by one week of a month, with no other clause between it and the figure: "In the final week of June, output topped ". */
const ONE_WEEK_OPENING_RE = /(?:^|[.;]\s*)(?:in|during|over)\s+the\s+(?:first|second|third|fourth|final|last|past)\s+week\s+of\s+[^,;]{2,30},\s*[^,;]*$/i;
/** A remark that what happened was not expected: "contrary to many expectations" (not "despite expectations that ...", whose figures are the expectations'). */
const CONTRARY_TO_EXPECTATIONS_RE =
  /\b(?:contrary to|defying|against|despite)\s+(?:many\s+|most\s+|market\s+|some\s+|earlier\s+|widespread\s+|general\s+)?expectations\b(?!\s+(?:that|of|for)\b)/gi;
/** SMM's survey showing a tonnage: "The survey now shows ", "SMM's data show about ". */
const SURVEY_SHOWS_RE =
  /^\s*(?:the|SMM's|our)\s+(?:latest\s+|monthly\s+)?(?:survey|data|figures?|count|statistics)\s+(?:now\s+)?(?:shows?|showed)\s+(?:about\s+|around\s+|roughly\s+)?$/i;
/** A sentence opened by "At" and a level: "At 1,083,400 mt, it beat ...". */
const FRONTED_AT_RE = /^\s*At\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$/;
/** After a fronted level, its subject the output named before: ", it beat", ", output was", ", production came". */
const PRONOUN_SUBJECT_AFTER_RE =
  /^\s*(?:mt|tonnes|t)?\s*,\s*(?:it|output|production|the month's output|the figure)\s+(?:was|beat|topped|exceeded|missed|came|stood|marked|remained|sat|is)\b/i;
/** ", in line with expectations, to 4,060 mt": an aside on the forecast before the level a change reached (the level is output's). */
const IN_LINE_ASIDE_RE =
  /,\s*(?:broadly\s+|largely\s+|roughly\s+)?(?:in line with|matching|as)\s+(?:SMM's\s+|market\s+|our\s+|the\s+)?(?:expectations?|expected|forecasts?)\s*,(?=\s*(?:to|at)\s*(?:about\s+|around\s+|roughly\s+|approximately\s+)?$)/gi;
/** The whole gap between two figures a reason clause closed by a comma: " as the rains eased and shipments resumed, ". */
const REASON_ASIDE_RE = /^\s*(?:mt|tonnes|t)?\s+(?:as|because|since|after|amid|when)\s[^,;.()]*,\s*$/i;
/** ", where new capacity continues to start up,": a where-clause between commas, with no output noun of its own. */
/** A fronted reason, then a change noun right before the first figure: "With LMO makers restocking, a recovery of about ". */
const FRONTED_REASON_CHANGE_RE = new RegExp(
  String.raw`^\s*(?:${ROLE_WORDS.reasonOpener.join("|")})\s(?!of\b|a result\b|the exception\b)[^,;:()]*,\s*((?:an?\s+)?(?:further\s+|slight\s+|modest\s+|sharp\s+|small\s+)?(?:recovery|rebound|${ROLE_WORDS.changeNoun.join("|")})\s+of\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|nearly\s+|some\s+)?)$`,
  "i",
);
const WHERE_ASIDE_RE = /,\s*where\s(?![^,;]*\b(?:output|production)\b)[^,;]{1,80},/gi;
/** "in the 200-series, where output": a place or part, then "where" and its output. */
const WHERE_OUTPUT_RE = /\b(?:in|among|at)\s+(?:the\s+)?([\w#-]+(?:\s+[\w-]+){0,2}),\s+where\s+(?:its\s+|their\s+)?(output|production)\b/i;
/** "included dysprosium oxide, whose output fell 48%": the output of the noun phrase "whose" stands for (up to three words). */
const WHOSE_OUTPUT_RE =
  /\b(?:(?:included|includes|including|notably|especially|such\s+as|led\s+by|in|for|of|at)\s+)?([\w#-]+(?:\s+[\w-]+){0,2}),\s+whose\s+(output|production)\b/i;
/** "low-grade NPI from blast furnaces saw its metal content": a grade, where it comes from, and "saw" its output. */
const GRADE_SAW_RE =
  /\b((?:high|low|medium)-grade\s+[\w-]+)(?:\s+(?:from|in|at)\s+[a-z][\w -]{0,30}?)?\s+saw\s+(?:its\s+|their\s+)?(output|production|metal content)\b/i;
/** "producers in Ningxia, raised output", "Ningxia producers, raised output": plants of a place, a comma left by a relative clause, and the verb moving their output. */
// (not plants named after "from", "with", "by", "of": "Co3O4 producers, with new orders from LCO makers, lifted output" is the
// Co3O4 producers')
const PLANTS_COMMA_VERB_RE = new RegExp(
  String.raw`(?<!\b(?:from|with|by|of)\s+(?:[\w-]+\s+){0,2})\b((?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+)?(?:${PLANT_NOUN_SRC}|mines)(?:\s+(?:in|from)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)\s*,\s+(raised|lifted|cut|increased|reduced|boosted|lowered|trimmed)\s+(output|production)\b`,
);
/** "large enterprises, whose operating rate": plants, then "whose" and their rate or output. */
const PLANTS_WHOSE_RATE_RE = new RegExp(
  String.raw`\b((?:(?!(?:among|in|at|of|for|by)\b)[\w-]+\s+){0,2}(?:${PLANT_NOUN_SRC})),\s+whose\s+(operating rate|output|production)\b`,
  "i",
);
/** "High-grade NPI, nickel content: ": a label naming a part, a comma, and the content its figure is in. */
const LABEL_COMMA_CONTENT_RE = /([A-Za-z][\w -]*?)\s*,\s*(nickel|metal|ni|physical)\s+content\s*:\s*$/i;
/** "Guangxi was the weakest region: output there": a name, the rest of its clause, and "output there" after a colon or a comma. */
const OUTPUT_THERE_RE = /\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b([^.;]*?[:,]\s*)(output|production)\s+there\b/;
/** "Regions: Yunnan, still in the wet season, ran its furnaces hard and produced ": a name opening the clause, an aside, and "produced" at the end. */
const REGION_ASIDE_PRODUCED_RE =
  /^(\s*(?:[A-Za-z][\w ]{0,20}:\s*)?)([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s[^,;:]{0,60},\s+(?:[^,;:]{0,40}\band\s+)?(?:produced|turned out)\s*$/;
/** "Inner Mongolia rose ", "Hunan should recover by around ": a name as a clause's whole subject, then a verb of change. */
const REGION_MOVED_RE =
  /^(\s*)([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+((?:(?:should|may|might|could|will|is expected to|is likely to)\s+)?(?:rose|fell|increased|decreased|dropped|declined|slipped|climbed|grew|gained|edged (?:up|down)|jumped|plunged|recover|rebound|rise|fall|increase|decrease|drop|decline|grow|climb)\b[^,;]*)$/;
/** A city, then its province, between commas: "in Fugu, Shaanxi,". */
const CITY_PROVINCE_RE = /\b(in|from|at)\s+([A-Z][a-z]+),\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),/g;
/** A name, a verb moving output and (its) output: "Shaanxi lifted its output by", "Shaanxi lifted output by". */
const VERB_ITS_OUTPUT_RE =
  /\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:lifted|raised|increased|boosted|cut|reduced|lowered|trimmed|curtailed|expanded|ramped up)\s+(?:its\s+|their\s+)?(output|production)\b/;
/** "Inner Mongolia led the increase, with output up sharply": the output of the place that led the change. */
const LED_WITH_OUTPUT_RE =
  /\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:led|drove|dominated)\s+the\s+(?:increase|rise|growth|gains?|decline|drop|fall|cuts?|reduction)\s*,\s*with\s+(?:its\s+)?(output|production)\b/;
/** "the 300 series led the way, up ": a name that led the change, then the change's direction. */
const LED_THE_WAY_RE =
  /\b((?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)\s+led\s+the\s+(?:way|gains?|rise|increase|growth|decline|drop|fall)\s*,\s*(up|down|rising|falling|higher|lower)\s+(?:by\s+)?(?:about\s+|around\s+|roughly\s+)?$/i;
/** A part's qualifier that may stand before a product's name ("refined secondary lead", "crude secondary lead"). */
const PRODUCT_QUALIFIER_HINT_RE = /\b(?:refined|crude)\s/i;
/**
 * Whether "refined"/"crude" names a part of the product: its catalog names know both parts ("secondary refined lead",
 * "secondary crude lead") and the qualified words are not a name of the product itself ("refined copper", "refined primary
 * lead").
 */
function qualifierIsPart(qualifier: string, qualified: string, productPhrases: readonly string[]): boolean {
  const named = (w: string): boolean => productPhrases.some((p) => p.split(" ").includes(w));
  return !productPhrases.includes(qualified) && named(qualifier) && named("refined") && named("crude");
}
/** "from secondary smelters": producers named by a word (the product's own, when it is no part). */
const OWN_PRODUCERS_RE = new RegExp(String.raw`\s+from\s+(?:the\s+)?([a-z-]+)\s+(?:${PLANT_NOUN_SRC})\b`, "gi");
/** "refined|crude <product phrase> " (under "=<phrase>": a phrase that holds its own qualifier): one RegExp per phrase, kept. */
const qualifiedNameRes = new Map<string, RegExp>();
/** "Refined secondary lead rose " -> "Refined secondary lead output rose ": the qualified name read as a part's output. */
function qualifiedNameAsOutput(s: string, productPhrases: readonly string[]): string {
  const lower = s.toLowerCase();
  for (const ph of productPhrases) {
    // ("Secondary crude lead gained 5.2%": a name of the product that holds its part's word, where the product has both parts)
    if (/\b(?:refined|crude)\b/.test(ph)) {
      let named = qualifiedNameRes.get(`=${ph}`);
      if (!named) qualifiedNameRes.set(`=${ph}`, (named = new RegExp(String.raw`\b${ph.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\s+(?=[a-z])`)));
      const at = lower.search(named);
      const qualifier = /\b(refined|crude)\b/.exec(ph)?.[1] ?? "";
      if (at >= 0 && qualifierIsPart(qualifier, "", productPhrases)) return `${s.slice(0, at + ph.length)} output${s.slice(at + ph.length)}`;
      continue;
    }
    let re = qualifiedNameRes.get(ph);
    if (!re) qualifiedNameRes.set(ph, (re = new RegExp(String.raw`\b(refined|crude)\s+${ph.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\s+(?=[a-z])`)));
    const m = re.exec(lower);
    if (!m || !qualifierIsPart(m[1] ?? "", `${m[1] ?? ""} ${ph}`, productPhrases)) continue;
    const at = m.index;
    const end = lower.indexOf(ph, at) + ph.length;
    return `${s.slice(0, end)} output${s.slice(end)}`;
  }
  // ("Refined lead rose 4.1%" in secondary lead's section: the qualifier before one word of the product's names)
  // (the qualified name opens its clause: in "total production including crude lead was down" the part is no subject)
  const bare = /(?:^|[,;:]\s*|\b(?:and|while|whereas|but)\s+)(?:(?:the|china's|domestic)\s+)?(refined|crude)\s+([a-z]+)\s+(?=[a-z])/.exec(lower);
  if (bare && qualifierIsPart(bare[1] ?? "", bare[0].trim(), productPhrases) && productPhrases.some((p) => p.split(" ").includes(bare[2] ?? ""))) {
    const end = bare.index + bare[0].trimEnd().length;
    return `${s.slice(0, end)} output${s.slice(end)}`;
  }
  return s;
}
/** ", with secondary refined lead up about ": a name and its change in a with-clause after a figure. */
// (", with the 300-series expected to fall about 2%": a forecast's verb after the name)
const WITH_NAME_CHANGE_RE =
  /,\s*with\s+((?:[A-Za-z0-9][\w-]*\s+){0,3}?[A-Za-z0-9][\w-]*?)(?:\s+(?:output|production))?\s+((?:up|down|rising|falling|higher|lower|edging\s+(?:up|down)|(?:expected|forecast|seen|likely|projected|set)\s+to\s+(?:rise|fall|drop|decline|increase|decrease|grow|climb|slip|ease|edge\s+(?:up|down)))\s+(?:by\s+)?(?:about|around|approximately|roughly|nearly|some)?\s*)$/i;
/** ", with secondary refined lead up about ": the name after "with" as the change's own subject ("<name> output up about"). */
function withNameSubject(left: string): string | null {
  const m = WITH_NAME_CHANGE_RE.exec(left);
  if (!m || /^(?:it|its|this|that|output|production|the\s+(?:output|production|rest|remainder))$/i.test(m[1] ?? "")) return null;
  return ` ${m[1] ?? ""} output ${m[2] ?? ""}`;
}
/** "...: its output rose to ", "...: its metal content rose ": a possessive right after a colon or a semicolon, about the sentence's opening name. */
const ITS_AFTER_COLON_RE = /[:;]\s*its\s+(output|production|metal content)\b([^:;]*)$/i;
/** A bare output noun right after a colon: ": output rose ". */
const BARE_OUTPUT_AFTER_COLON_RE = /:\s*(output|production)\b([^:;]*)$/i;
/** The name a sentence opens with, before its first comma or bracket: "High-grade NPI, with ...". */
const OPENING_NAME_RE = /^\s*([A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)\s*(?:,|\()/;
/**
 * The name a sentence opens with, before a verb of how it fared: "Inner Mongolia went the other way", "High-grade NPI
 * from electric furnaces held up better" (a region's or a grade's only: "Cobalt chloride held up better" names another
 * product).
 */
const OPENING_FARED_RE =
  /^\s*([A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)(?:\s+(?:from|in|at)\s+[a-z][^:;,]{0,40}?)?\s+(?:went|held|bucked|fared|moved|did|stood|proved|performed|accounted|bore|took|led)\b/;
/** ", with its output down ": a possessive in a with-clause, about the sentence's opening name (a region's or a grade's). */
const ITS_WITH_RE = /,\s*with\s+its\s+(output|production)\b([^:;,]*)$/i;
/** A region's or a grade's name. */
const regionOrGrade = (name: string): boolean => REGION_WHOLE_RE.test(name.toLowerCase()) || /\b(?:high|low|medium|battery|industrial)-grade\b/i.test(name);
/**
 * The opening name of a sentence whose "its" after a colon is that name's (see ITS_AFTER_COLON_RE): any name before a
 * comma or bracket, a region's or a grade's before a verb of how it fared (only a region's or a grade's when `strict`).
 */
function openingName(s: string, strict = false): string | null {
  const named = OPENING_NAME_RE.exec(s)?.[1];
  if (named !== undefined && (!strict || regionOrGrade(named))) return named;
  const fared = OPENING_FARED_RE.exec(s)?.[1];
  return fared && regionOrGrade(fared) ? fared : null;
}
/** The words before a month that make it the month a forecast was made in: "the forecast SMM published in ". */
const CALL_MADE_BEFORE_MONTH_RE =
  /\b(?:forecast|estimate|expectation|projection|call)s?\s+(?:that\s+)?(?:SMM|we)\s+(?:had\s+)?(?:published|made|issued|released|gave|put out)\s+(?:in|at|on)\s+(?:(?:early|mid|late|the end of|the start of)\s+)?$/i;
/** SMM's verb of forecasting and the month it was made in, up to that month: "SMM had forecast in ", "we had expected in early ". */
const FORECAST_MADE_IN_SRC = String.raw`(?:SMM|we)\s+(?:had\s+)?(?:previously\s+|originally\s+)?(?:forecast|expected|estimated|projected|predicted|pencill?ed\s+in)\s+(?:in|at|on)\s+(?:(?:early|mid|late|the end of|the start of)\s+)?$`;
/** From a quoted level to the month its forecast was made in: " mt SMM had forecast in ", " mt we had expected at the end of ". */
const FORECAST_VERB_BEFORE_MONTH_RE = new RegExp(String.raw`^\s*(?:mt|tonnes|t)?\s*${FORECAST_MADE_IN_SRC}`, "i");
/** The same before a month anywhere: "... SMM had forecast in " (then "September by 450 mt"). */
const FORECAST_VERB_THEN_MONTH_RE = new RegExp(String.raw`\b${FORECAST_MADE_IN_SRC}`, "i");
/** The change nouns a month may follow ("a 9.4% rise in November"). */
const CHANGE_NOUN_BEFORE_MONTH_SRC = "rise|increase|gain|growth|fall|decline|drop|decrease|jump|slump|dip";
/** From a percentage to the month of its change noun: "% rise in ", "% MoM decline in ". */
const CHANGE_NOUN_IN_MONTH_RE = new RegExp(String.raw`^\s*%?\s*(?:MoM\s+|YoY\s+|m-o-m\s+)?(?:${CHANGE_NOUN_BEFORE_MONTH_SRC})\s+in\s+$`, "i");
/** An earlier change in an after-aside, before its month: "after a 9.4% rise in ", "following a sharp drop in ". */
const AFTER_EARLIER_CHANGE_MONTH_RE = new RegExp(
  String.raw`\b(?:after|following)\s+(?:a|an)\s+(?:[\d.]+%\s+)?(?:[a-z-]+\s+){0,2}(?:${CHANGE_NOUN_BEFORE_MONTH_SRC})\s+in\s+$`,
  "i",
);
/** The words right before a month that make it the month of a plan or a prediction: "as producers had planned in ". */
const PLAN_MONTH_BEFORE_RE =
  /\b(?:planned|predicted|expected|forecast|projected|anticipated|estimated|feared|targeted|scheduled)\s+(?:(?:in|for|during)\s+)?$/i;
/** The words after "reduction" that make it a process's name ("reduction furnace", "reduction pots"), not a fall. */
const REDUCTION_EQUIPMENT_RE = /^\s+(?:furnaces?|pots?|retorts?|reactors?|kilns?|cells?|lines?|process(?:es)?|technology|method|units?)\b/i;
/** A figure's content named right after it, before the next figure: "(mt) of metal content, ", "in physical terms, ". */
const CONTENT_LEAD_RE = /^\s*(?:mt\s+)?(?:of|in)\s+(?:the\s+)?(?:metal|nickel|ni|physical)(?:\s+(?:content|terms|tonnes|tons))?(?=\s*,)/i;
const LEVEL_AFTER_CHANGE_RE = new RegExp(String.raw`^\s*(?:%\s*)?(?:(?:MoM|YoY)\s+)?to\s+(?:${APPROX_SPACE_SRC})?$`, "i");
// ("..., whereas capacity-type LMO, sold mainly into consumer cells, fell 6.8%": a typed part and its name are a subject of
// their own too; not "..., lepidolite-based 3,050 mt", a list's item)
const OWN_SUBJECT_RE =
  /\bthose\s+(?:not\s+)?using\b[^;]*$|\b(?:smelters?|plants?|enterprises?|producers?|refineries|mills?|series|production|output|content|tonnage|[a-z0-9]+-(?:type|grade|based)(?=\s+[a-z]))\b(?:[^,;]*|\s*,?\s*(?:it|they|this|that)\s+(?:was|were|is|are|stood|came)\b[^,;]*)$/i;
const NEW_CLAUSE_LEVEL_RE =
  /;\s*(?:and\s+)?[a-z][^;,]{3,60}?\s(?:came to|came in at|stood at|reached|was|were|totall?ed|amounted to)\s*(?:about\s+|approximately\s+|around\s+|roughly\s+)?$/i;
/** A verb of being before a level, and the hedges that may follow it (one list for the readers below). */
const COPULA_SRC = String.raw`(?:is|was|are|were|stood at|came to|came in at)`;
/** A clause's whole subject as a name, then a verb of being: "Copper cathode in January came in at", "China's LFP was about". */
const NAME_COPULA_LEVEL_RE = new RegExp(
  String.raw`^\s*(?:(?:China's|the)\s+)?([A-Za-z][\w-]*(?:\s+[\w-]+){0,3}?)\s+(?:in\s+(?:${MONTH_RE_SRC})(?:\s+\d{4})?\s+)?(?:was|came in at|came to|stood at|totall?ed|amounted to)\s*(?:${APPROX_SPACE_SRC})?\s*$`,
  "i",
);
const COPULA_HEDGE_SRC = String.raw`(?:about|around|approximately|roughly|some)`;
/**
 * A sentence that opens with a part's name alone and a verb of being ("N-type is", "The 400 series
 * was", "Low-grade stood at"): a type, grade or series word (a hyphen, a digit, or "series/grade/type").
 */
const SIBLING_PART_RE = new RegExp(
  String.raw`^\s*(?:the\s+)?(?:[A-Za-z]+-[A-Za-z]+|#?\d{2,3}(?:-|\s+)?series|[A-Za-z]+\s+(?:series|grade|type))\s+${COPULA_SRC}\s*${COPULA_HEDGE_SRC}?\s*$`,
  "i",
);
/**
 * "Pr-Nd oxide output fell 8.4% MoM and Pr-Nd alloy fell 5.6%": after "and"/"while" with no comma, a part's name (a hyphen,
 * a series, grade or type) and a verb of change leave out the noun the clause before measured.
 */
const SIBLING_CHANGE_RE = new RegExp(
  String.raw`^\s*(?:${MOM_RE.source}|${YOY_RE.source})?(?:\s+in\s+(?:${MONTH_RE_SRC})\.?(?:\s+(?:19|20)\d{2})?)?\s*,?\s*(?:and|while|whereas)\s+(?:the\s+)?((?:[A-Za-z]+-[A-Za-z]+)(?:\s+[A-Za-z]+)?|#?\d{2,3}(?:-|\s+)?series|[A-Za-z]+\s+(?:series|grade|type))\s+((?:${CLAUSE_CHANGE_VERB_SRC})(?:\s+by)?)\s*(?:${COPULA_HEDGE_SRC})?\s*$`,
  "i",
);
/** ", while secondary lead fell 3.4%": a contrast clause's name (up to four words) and its verb of change. */
/** " and metal content ": after a change, "and" and a name with no verb of its own (the verb left out the second time). */
/** ", led by Inner Mongolia (": the name that led a change, its own change in the bracket after it. */
const LED_BY_BRACKET_RE = /,\s*(?:led|driven|dragged|pulled)\s+(?:down\s+|up\s+)?by\s+(?:the\s+)?([A-Za-z0-9][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})\s*\(\s*$/;
// ("200-series output fell 13.5% and 300-series output 8.9%": a series' name, and the output noun after the name)
const GAPPED_CHANGE_RE =
  /^\s*(?:(?:MoM|YoY|m-o-m|y-o-y|m\/m|y\/y)\b)?\s*,?\s*and\s+(?:the\s+)?((?:\d{3}-series|[a-z][\w-]*)(?:\s+[a-z][\w-]*){0,2}?)(?:\s+(?:output|production))?\s*$/i;
// ("; refined secondary lead fell 3.4% MoM": a clause after a semicolon too)
const CONTRAST_NAME_CHANGE_RE = new RegExp(
  String.raw`(?:,\s*(?:while|whereas|but)|\s(?:while|whereas)|;\s*(?:and\s+|while\s+|but\s+)?)\s+(?:the\s+)?((?:\d{3}[\s-]series|[a-z][\w-]*)(?:\s+[a-z][\w-]*){0,3}?)\s+((?:${CLAUSE_CHANGE_VERB_SRC})(?:\s+by)?)\s*(?:about|around|approximately|roughly|some)?\s*$`,
  "i",
);
/** Whether a clause's words before its verb can be a name: no stop word, pronoun or base among them ("month on month it"). */
const clauseName = (words: string): boolean => !words.split(/\s+/).some((w) => NP_STOP.has(w.toLowerCase()) || CONTRAST_NOT_NAME.has(w.toLowerCase()));
const SIBLING_VERB_RE = new RegExp(String.raw`\s+${COPULA_SRC}\s*${COPULA_HEDGE_SRC}?\s*$`, "i");
/** "...: that was China's refined copper output": a cleft after the level (other figures may stand between). */
const FRONTED_LEVEL_CLEFT_RE = /^(?:[^:;.]|\.(?=\d)){0,90}?[:,]\s*(?:that|this|it)\s+(?:was|is)\s+((?:[A-Za-z'’-]+\s+){0,6}?(?:output|production))\b/i;
/** "6.89 million mt: China's alumina output", "At 3.55 million mt, China's primary aluminium output": the country's output next. */
const FRONTED_LEVEL_NAMED_RE =
  /^\s*(?:in\s+(?:metal|nickel|physical)\s+(?:content|terms)\s*)?[:,]\s*((?:China's|China’s|the country's|national|domestic)\s+(?:[A-Za-z'’-]+\s+){0,5}?(?:output|production))\b/i;
/** A word of a sentence that so far holds only figures and their little words: "Up 27.1% MoM at ", "Down 3%, or ". */
const FIGURE_LEAD_WORD_RE =
  /^(?:up|down|at|by|or|and|to|about|around|approximately|roughly|nearly|some|mom|yoy|m\/m|y\/y|m-o-m|y-o-y|mt|tonnes|[+~-]?\d[\d.,]*%?)$/i;
const figuresOnly = (text: string): boolean => text.length <= 80 && text.split(/[\s,]+/).every((w) => w === "" || FIGURE_LEAD_WORD_RE.test(w));
/** After fronted figures: ", lithium carbonate output hit" (a verb of its own follows the output noun). */
const FRONTED_FIGURES_NP_RE =
  /^(?:[^,;.:]|[.,](?=\d)){0,60}?,\s*((?:[a-z][\w-]*\s+){0,4}?(?:output|production))\s+(?:hit|was|were|reached|rose|fell|came|stood|totall?ed|increased|decreased|grew|climbed|dropped|declined|edged|jumped|slipped|set|marked)\b/i;
/** A subject that is another one than China's output of the section's product: the lexicon's world, trade,
 * country, province, plant and company words, and "excluding"/"outside", "stocks", "inventories". */
const FOREIGN_SUBJECT_TAGS = TAGS.world | TAGS.trade | TAGS.country | TAGS.province | TAGS.plant | TAGS.companySuffix | TAGS.excluding;
const foreignSubject = (np: string): boolean =>
  lex(np).some((tk) => has(tk, FOREIGN_SUBJECT_TAGS)) || /\b(?:overseas|outside|inner|inventor\w*|stocks?|provinces?)\b/i.test(np);
/** "This included 26,700 mt": an inclusion verb right before an amount (a hedge between). */
const INCLUSION_LEFT_RE =
  /\b(?:this|which|that|it|these|they)\s+(?:included|includes|include|comprised|comprises|comprise|consisted of|consists of)\s+(?:about|approximately|around|nearly|roughly|some|over)?\s*$/i;
/** "..., down 12.87% on the month, and 7,200 mt": the next item of the same inclusion list. */
const INCLUSION_NEXT_RE = /^[^.;:()]*,\s*(?:and|with|plus)\s+(?:about|approximately|around|nearly|roughly|some|over)?\s*$/i;
/** After a bracket of parts closes, a change's own words only: "), down ", ") in May, down ", "), an increase of ". */
const AFTER_PARTS_RE = new RegExp(
  String.raw`^[^()]*\)\s*(?:in\s+(?:${MONTH_RE_SRC})(?:\s+(?:19|20)\d{2})?)?\s*,?\s*(?:and\s+)?(?:down|up|rising|falling|an? (?:(?:year-on-year|month-on-month|yoy|mom|y-o-y|m-o-m)\s+)?(?:increase|decrease|rise|fall|drop|decline) of)?\s*(?:by\s+)?(?:about|approximately|around|nearly|roughly)?\s*$`,
  "i",
);
/** A bracket of parts opening right before the amount: "... in April (including ", "(of which ", "(incl. about ". */
const BRACKET_OF_PART_LEFT_RE = /\(\s*(?:including|incl\.?|of which|comprising)\s+(?:about|approximately|around|nearly|roughly|some)?\s*$/i;
/** "mt Ni of high-grade NPI,": what the amount is of (a short noun phrase, ended by a comma, a clause end or a change). */
const AMOUNT_OF_RE =
  /^\s*(?:Ni|metal|in metal content)?\s*of\s+((?:[A-Za-z\d][\w-]*\s+){0,3}?[A-Za-z\d][\w-]*)(?=\s*(?:[,;.)]|$)|\s+(?:and|down|up|which|was|were|in)\b)/;
const MONTH_LEAD_RE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+/i;
/** ", and that of X is": a pronoun for the previous clause's metric noun, with a subject of its own. */
const THAT_OF_RE = new RegExp(
  String.raw`(?<=^|[,;]\s*|\b(?:and|while|whereas|but)\s+)(?:that|those)\s+of(?=\s+[a-z][^,;]{1,60}?\s(?:${COPULA_SRC.slice(3, -1)}|reached|totall?ed|amounted to)\b)`,
  "i",
);
/** The noun a metric's figures are stated with, for a pronoun that stands for it. */
const METRIC_NOUN: Partial<Record<string, string>> = { production: "output", oprate: "operating rate", capacity: "capacity" };
const CONJ_ONLY_RE =
  /^\s*\)?\s*(?:,\s*)?(?:and|or|as well as|,)?\s*(?:by\s+)?(?:approximately|about|around|nearly|over|more than|some|roughly|almost|close to)?\s*$/i;
const PAREN_OPEN_RE = /^\s*(?:,\s*)?\(\s*$/;
/** "up 3.3 per cent m/m on the longer month and 2.0 per cent y/y": a short remark on the change, then "and" the next. */
const REMARK_THEN_AND_RE = /^\s*(?:m\/m|mom|m-o-m|month on month)?\s+(?:on|as|due to|after|with)\s+(?:the\s+)?[a-z][a-z -]{2,30}\s+and\s*$/i;
/** Between two changes, the second's "by" again: " and by ", ", or by about ". */
/** Between a price and its change in apposition: ", roughly ", ", or ", ", " (no words of its own). */
const PRICE_APPOSITION_GAP_RE = /^\s*,\s*(?:(?:about|around|roughly|approximately|some|nearly|or|up|down)\s+)*$/i;
/** After a percentage, a comparative and the output noun: " more ferromolybdenum output", " less production". */
const MORE_OUTPUT_AFTER_RE = /^\s*(?:more|less|fewer|higher|lower)\s+(?:[a-z][\w-]*\s+){0,3}(?:output|production)\b/i;
/** A label that is a clause, a verb in the past or an adverb after its first word: "Iron phosphate plants restarted quickly". */
const CLAUSE_LABEL_RE = new RegExp(String.raw`\b[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)*?${CLAUSE_WORD_SRC}`, "i");
/** Right after a tonnage, a month as its time unit: " per month", " a month", "/month", " mt/month", " monthly". */
const PER_MONTH_AFTER_RE = /^\s*(?:mt|tonnes|tons|t|kt)?\s*(?:per\s+month|a\s+month|\/\s*month|\/\s*mo\b|monthly\b)/i;
/** Between a rate and its change: " per cent of their capacity, ", "% of total capacity, ". */
const RATE_OF_CAPACITY_GAP_RE = /^\s*(?:per\s*cent|percent|%)?\s*of\s+(?:their|its|the|total)?\s*(?:[a-z-]+\s+)?capacity\s*,\s*$/i;
// ("a decline of 3.1% MoM and of 8.0% YoY": the change noun's "of" again, after the first change's base)
const AND_BY_RE = /^\s*(?:mom|yoy|m\/m|y\/y|m-o-m|y-o-y)?\s*,?\s*(?:and|or)\s+(?:by|of)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$/i;
/** An open list of parts before the figure: "..., including ", "of which 7,400 mt from spodumene and " (no clause end since). */
const INCLUDING_OPEN_RE = /\b(?:including|incl\.|of which|among which)\s(?:[^.;:()]|\.(?=\d))*$/i;
/** Right after a part's tonnage, where it came from: " from Yunnan", " mt from spodumene" (group 1 the source), the list going on. */
const FROM_SOURCE_SRC = String.raw`^\s*(?:mt|tonnes|t)?\s*(?:came\s+)?from\s+(?:the\s+)?([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)`;
const FROM_PART_AFTER_RE = new RegExp(String.raw`${FROM_SOURCE_SRC}\s*(?=,|;|\.|\)|\band\b|$)`, "i");
/** The same "from <source>" opening the gap to the next figure (stripped before the gap is judged). */
const FROM_PART_LEFT_RE = new RegExp(String.raw`${FROM_SOURCE_SRC}(?=\s*,)`, "i");
const APPOSITION_RE =
  /^\s*(?:,|or)?\s*(?:or\s+)?(?:up|down|rising|falling|increasing|decreasing|declining|growing|dropping|a (?:rise|decline|drop|fall|decrease|increase) of|an (?:increase|decrease) of)?\s*(?:by\s+)?(?:approximately|about|around|nearly|over|more than)?\s*$/i;

export interface SentenceContext {
  /** Month of the edition (1..12) and year, when known. */
  editionMonth: number | null;
  /** Month mentioned last in the paragraph (carried into sentences that name none). */
  paragraphMonth: MonthMention | null;
}

interface Collapsed {
  text: string;
  map: number[] | null;
}

/** collapseSpaces of a sentence, once per parse (the figures and the direction words read the same sentence). */
function collapsedOf(s: string): Collapsed {
  if (!memo) return collapseSpaces(s);
  let r = memo.collapsed.get(s);
  if (!r) memo.collapsed.set(s, (r = collapseSpaces(s)));
  return r;
}

/** Reads every figure of a sentence. */
/** Runs of whitespace collapsed to one space (the grammar's regular expressions then cannot backtrack over them), with the map back to offsets in the original. */
export function collapseSpaces(s: string): Collapsed {
  if (!/\s{2}|[\t\n\r]/.test(s)) return { text: s, map: null };
  const map: number[] = [];
  let out = "";
  let prevSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    const sp = c === " " || c === "\t" || c === "\n" || c === "\r";
    if (sp && prevSpace) continue;
    out += sp ? " " : c;
    map.push(i);
    prevSpace = sp;
  }
  map.push(s.length);
  return { text: out, map };
}

export function readSentence(original: string, carryMetric: Metric | null = null, isProductName?: (name: string) => boolean): Reading[] {
  const { text: s, map } = collapsedOf(original);
  const readings = readCollapsed(s, carryMetric, isProductName);
  if (map) for (const r of readings) r.figure = { ...r.figure, start: map[r.figure.start] ?? r.figure.start, end: map[r.figure.end] ?? r.figure.end };
  // ("China's production of ternary precursor, which is used to produce ternary materials, rebounded 66.4%": a
  // relative clause between commas, with no figure, names no subject of the figure)
  for (const r of readings) if (r.subject.includes(", wh")) r.subject = r.subject.replace(RELATIVE_CLAUSE_RE, ",");
  // "Large recyclers, those with annual capacity of more than 50,000 mt, ran at an operating rate of 48.5%, up 6.3
  // percentage points": the figures after an apposition that holds a number of its own have the subject before it
  for (let i = 1; i < readings.length; i++) {
    const p = readings[i - 1] as Reading;
    const at = p.subject.search(APPOSITION_OPEN_RE);
    const r = readings[i] as Reading;
    if (at <= 0 || !VERB_AFTER_APPOSITION_RE.test(r.subject)) continue;
    const was = r.subject;
    const now = p.subject.slice(0, at) + was.replace(/^[^,;]*,/, "");
    for (let k = i; k < readings.length; k++) if ((readings[k] as Reading).subject === was) (readings[k] as Reading).subject = now;
  }
  if (/\bdays?\b/i.test(original)) checkDayCounts(readings, original);
  return readings;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH_DAYS_RE = new RegExp(String.raw`\b(${MONTH_RE_SRC})\s*(?:\d{4}\s*)?\(\s*(\d{2})\s+(?:calendar\s+|working\s+)?days?\s*\)`, "gi");
const DAILY_WORD_RE = /\b(?:daily|per day|a day|average daily|daily average)\b/i;

/**
 * Checks a sentence's figures against the days it counts: "3.361 million mt of aluminium in May (30 calendar
 * days)" names a month that has no 30 days (the month is in doubt, its figures are left out); "around 3.07
 * million mt in June (30 days), with an average daily output of 202,400 mt" states a level that disagrees
 * with its own daily average times the days (by more than a tenth: the level is left out).
 */
function checkDayCounts(readings: Reading[], s: string): void {
  let days: number | null = null;
  for (const m of s.matchAll(MONTH_DAYS_RE)) {
    const month = monthNumber(m[1] ?? "");
    const n = Number(m[2]);
    if (month === null) continue;
    days = n;
    const ok = month === 2 ? n === 28 || n === 29 : n === DAYS_IN_MONTH[month - 1];
    if (ok) continue;
    const at = m.index;
    for (const r of readings)
      if (!r.excludedReason && r.month && r.month.start === at)
        r.excludedReason = ex("other-time", `${m[1]} has no ${n} days: the month the text names is in doubt`);
  }
  if (days === null) days = Number(/\((\d{2})\s+(?:calendar\s+)?days?\)/i.exec(s)?.[1] ?? 0) || null;
  if (days === null) return;
  const daily = readings.find(
    (r) => r.figure.unitClass === "daily" || (r.figure.unitClass === "mt" && r.excludedReason?.reason === "weekly-daily" && DAILY_WORD_RE.test(s)),
  );
  if (!daily) return;
  for (const r of readings)
    if (r !== daily && !r.excludedReason && r.measure === "output" && r.figure.unitClass === "mt") {
      const implied = daily.figure.value * days;
      if (Math.abs(r.value - implied) > 0.1 * r.value)
        r.excludedReason = ex("implausible", `${r.figure.raw} disagrees with the daily average ${daily.figure.raw} over ${days} days`);
    }
}

/** A non-restrictive relative clause with no figure: ", which is used to produce ternary materials for batteries,". */
const RELATIVE_CLAUSE_RE = /,\s*(?:which|who)\s[^,;.\d]{0,120},/gi;
/** ", those with annual capacity of more than 50,000 mt,": an apposition that defines the subject before it, and the verb after it. */
const APPOSITION_OPEN_RE = /,\s*(?:those|namely|i\.e\.|home to)\s/i;
/** The rest of an apposition after its number and the verb after it: " of the country's capacity, saw output fall ". */
const VERB_AFTER_APPOSITION_RE = /^[^,;]{0,80},\s*(?:ran|run|operated|were|was|posted|produced|saw|had|reached|rose|fell|increased|decreased)\b/i;

interface ClauseLead {
  /** Where the marker starts and where the clause it leads begins. */
  at: number;
  end: number;
  basis: "mom" | "yoy";
  /** "Compared with March 2025": the month compared with (checked against the figure's period); year 0: "last year"; -1: a bare month, the last of that name before the figure's. */
  compare?: { month: number; year: number };
}

const LEAD_BASE_RE = new RegExp(
  `(?:^|[,;:]\\s*|\\b(?:while|whereas|but|and|although|though)\\s+)(?:(year[- ](?:on|over)[- ]year|y\\/y|yoy|y-o-y|on an? (?:year-(?:on|over)-year|yoy|y\\/y|annual|yearly) basis|(?:compared (?:with|to)|(?:set |measured )?against) (?:a year (?:earlier|ago|before)|the same (?:month|period) (?:(?:of |in )?(?:last|the previous|the prior) year|a year (?:earlier|ago|before))))|(month[- ](?:on|over)[- ]month|m\\/m|mom|m-o-m|on an? (?:monthly|month-(?:on|over)-month|mom|m\\/m) basis|compared (?:with|to) (?:the )?(?:previous|prior|preceding) month)|(?:compared (?:with|to)|(?:set |measured )?against) (${MONTH_RE_SRC})\\s+((?:19|20)\\d{2})|compared (?:with|to) (${MONTH_RE_SRC})\\s+(?:of\\s+)?(?:last year|the (?:previous|prior) year|a year (?:earlier|ago|before))|compared (?:with|to) (?:about |around |roughly )?[\\d,.]+\\s*(?:million\\s+)?(?:mt|tonnes|t)\\s+(?:in|for)\\s+(${MONTH_RE_SRC})\\s+((?:19|20)\\d{2})|(?:compared (?:with|to)|versus|vs\\.?|(?:set |measured )?against) (${MONTH_RE_SRC})(?!\\s+(?:19|20)\\d{2}))(?:\\s*\\((?:y\\/y|yoy|y-o-y|m\\/m|mom|m-o-m)\\))?(?:\\s*,|\\s+(?=(?:it|output|production|they|the output|the figure|China's output|the (?:decline|drop|fall|decrease|increase|rise|growth|gain))\\b|(?:[\\w'’-]+\\s+){1,4}(?:output|production)\\b))`,
  "gi",
);

/** The comparison bases that lead clauses of a sentence, in order. */
function clauseLeads(s: string): ClauseLead[] {
  const out: ClauseLead[] = [];
  LEAD_BASE_RE.lastIndex = 0;
  for (let m = LEAD_BASE_RE.exec(s); m; m = LEAD_BASE_RE.exec(s)) {
    const at = m.index + (m[0].length - m[0].trimStart().length);
    if (m[3]) {
      const month = monthNumber(m[3]);
      if (month) out.push({ at, end: m.index + m[0].length, basis: "yoy", compare: { month, year: Number(m[4]) } });
    } else if (m[6]) {
      // "Compared with 1.394 million mt in June 2010, output rose 7.32%": the month of the level compared with
      const month = monthNumber(m[6]);
      if (month) out.push({ at, end: m.index + m[0].length, basis: "yoy", compare: { month, year: Number(m[7]) } });
    } else if (m[5]) {
      // "Compared with June last year": the year before the figure's (year 0 until the figure's period is known)
      const month = monthNumber(m[5]);
      if (month) out.push({ at, end: m.index + m[0].length, basis: "yoy", compare: { month, year: 0 } });
    } else if (m[8]) {
      // "; compared with June, it rose 1.9%": a bare month, the last one of that name before the figure's (year -1)
      const month = monthNumber(m[8]);
      if (month) out.push({ at, end: m.index + m[0].length, basis: "mom", compare: { month, year: -1 } });
    } else out.push({ at, end: m.index + m[0].length, basis: m[1] ? "yoy" : "mom" });
  }
  return out;
}

/** The lead of the clause a figure at `pos` sits in: the last one before it, unless a stop (";", ".") comes between. */
function lastLeadBefore(s: string, leads: readonly ClauseLead[], pos: number): ClauseLead | undefined {
  const between = (a: number, b: number): string => s.slice(a, b);
  let best: ClauseLead | undefined;
  for (const l of leads) if (l.end <= pos) best = l;
  return best && !/[;.]\s/.test(between(best.end, pos)) ? best : undefined;
}

/** Between a change and the price level it reaches: " MoM to an average of ", ", to around ". */
const PRICE_LEVEL_AFTER_RE = new RegExp(
  // ("fell 4.5% during the month to 66,500 yuan/mt": a time phrase between)
  String.raw`^\s*${BASE_ABBREV_SRC}?\s*(?:(?:during|in|over|across)\s+the\s+(?:month|week|period)\s*)?,?\s*to\s+(?:an?\s+)?(?:average\s+(?:of\s+)?)?(?:about\s+|around\s+|approximately\s+)?(?:RMB\s?|US\$|\$|¥)?$`,
  "i",
);

/** A bare metal's name as a clause's subject, then its verb: "Zinc slumped ", "Aluminium fell 2.8% MoM in March and ". */
const BARE_METAL_SUBJECT_RE =
  /^\s*(?:copper|aluminium|aluminum|zinc|lead|nickel|tin|cobalt|lithium)\s+(?:slumped|fell|rose|dropped|declined|climbed|gained|lost|slid|jumped|surged|plunged|tumbled|rallied|eased|edged (?:up|down)|was (?:up|down))\b/i;

/** A price's unit anywhere in a text: "yuan/mt", "$/t", "USD". */
const PRICE_UNIT_IN_TEXT_RE = /\byuan\b|\$|\busd\b|\brmb\b/i;
/** Between two changes of one price: " MoM in March and ", " and ", ", or ". */
const PRICE_CHANGE_JOINT_RE = new RegExp(
  String.raw`^\s*(?:${BASE_ABBREV_SRC}\s*)?(?:(?:in|during)\s+(?:${MONTH_RE_SRC})\s*)?(?:,?\s*and|,?\s*or)\s+(?:by\s+)?$`,
  "i",
);

/** The excluded metric nouns (prices, inventories, sample capacity...), for a test anywhere in a text. */
const EXCLUDED_METRIC_RES = METRIC_RES.filter((x) => x.metric === "excluded").map((x) => new RegExp(x.re.source, "i"));

/** A bare outlook's change, then the level it reaches: "SMM projects a further decline in June, to about ". */
const BARE_OUTLOOK_TO_RE =
  /^\s*(?:SMM|we)\s+(?:expects?|projects?|forecasts?|sees|anticipates?|predicts?)\s+an?\s+(?:(?:further|slight|sharp|modest|small|significant|marked|strong)\s+)*(?:decline|decrease|drop|fall|increase|rise|rebound|recovery|growth|reduction|pickup)(?:\s+in\s+[A-Z][a-z]+)?,?\s+to\s+(?:about|around|roughly|approximately|nearly|some|just under|close to)?\s*$/;

/** A forecast revised by its author: "SMM has lowered its July zinc forecast to ". */
export const FORECAST_REVISED_RE =
  /\b(?:lowered|raised|cut|trimmed|revised|lifted)\s+(?:its|the|our)\s+(?:[\w-]+\s+){0,3}(?:forecast|estimate|outlook|projection|view)\s+(?:for\s+[\w-]+\s+)?(?:to|at)\s+(?:about\s+|around\s+)?$/i;

/** A MoM/YoY abbreviation right after a figure ("▲ about 3% MoM"). */
const BASE_ABBREV_LEAD_RE = new RegExp(String.raw`^\s*${BASE_ABBREV_SRC}\b`, "i");

/** A label that is only a short name: "Zn:", "HC FeCr:", "Si metal:". */
const SHORT_NAME_LABEL_RE = /^\s*[A-Za-z][A-Za-z0-9]*(?:[ -][A-Za-z0-9]+){0,2}:\s*$/;

/** A label that names a forecast ("Our forecast for March:", "SMM estimate:"). */
const FORECAST_WORD_LABEL_RE = /\b(?:forecasts?|outlook|estimates?|projections?|expects?|expected|expectations?|f['’]cast|fcst)\b/i;

/** A bracket that states a grade or a basis, no figure: "(10-15% Ni)", "(45% Mo basis)", "(6% Li2O)", "(99.99% purity)". */
const SPEC_BRACKET_RE =
  /\(\s*\d[\d.,]*\s*(?:-\s*\d[\d.,]*\s*)?%\s*(?:(?:Ni|Mo|Li2O|Cu|Zn|Pb|Sn|Co|Mn|Cr|Fe|Si|TiO2|REO|Al2O3)\b\s*(?:basis|grade|content)?|basis|grade|content|purity)\s*\)/g;

function readCollapsed(s: string, carryMetric: Metric | null, isProductName?: (name: string) => boolean): Reading[] {
  const figs = findFigures(s);
  if (figs.length === 0) return []; // the steps below only read figures
  const months = monthMentions(s);
  const readings: Reading[] = [];
  let prevTrailEnd = 0;
  let prevGapStart = 0;
  let specBrackets: RegExpMatchArray[] | null = null; // the sentence's grade brackets, found once when first asked
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i] as Figure;
    const prev = readings[i - 1];
    const gapStart = prev ? prevTrailEnd : 0;
    const left = s.slice(gapStart, f.start);
    // ("Of which high-grade (10-15% Ni) NPI metal content 2.96 wan tons": the grade's bracket before the figure is an aside
    // of its subject, which starts before the bracket)
    const inSpec =
      prev && /^[^()]*\)/.test(left)
        ? (specBrackets ??= [...s.matchAll(SPEC_BRACKET_RE)]).some(
            (m) => m.index !== undefined && prev.figure.start >= m.index && prev.figure.end <= m.index + m[0].length,
          )
        : false;
    const subjectLeft = inSpec ? s.slice(prevGapStart, f.start) : left;
    prevGapStart = gapStart;
    const nextStart = figs[i + 1]?.start ?? s.length;
    const rightFull = s.slice(f.end, nextStart);
    const trail = TRAILING_RE.exec(rightFull);
    // "71,500 mt, m-o-m up 1.1%", "MoM -4.0%, YoY -19.8%": words that lead the next figure (roles.ts's
    // NEXT_LEAD_RULES) say nothing of this one's basis or role
    // ("590 kt, MoM -1.8" where no unit makes "-1.8" a figure: the marker is the bare number's, not the tonnage's)
    const bareLead = BARE_NUMBER_LEAD_RE.exec(rightFull);
    const lead = (i + 1 < figs.length ? leadOfNext(rightFull) : null) ?? (bareLead ? { start: (bareLead[1] ?? "").length } : null);
    const right = lead ? rightFull.slice(0, lead.start) : rightFull;
    let trailing = trail ? trail[0] : "";
    if (lead && lead.start < trailing.length) trailing = trailing.slice(0, lead.start);
    const r: Reading = {
      figure: f,
      metric: null,
      kind: null,
      basis: null,
      ytd: false,
      direction: null,
      subject: "",
      expectedLevel: false,
      roleRule: null,
      basisRule: null,
      month: null,
      excludedReason: null,
      measure: null,
      value: f.value,
      unit: "",
    };
    // ---- units that are never figures of the dataset
    if (f.unitClass === "price") r.excludedReason = ex("not-production", "a price");
    else if (f.unitClass === "daily") r.excludedReason = ex("weekly-daily", "a daily figure");
    else if (f.unitClass === "days") r.excludedReason = ex("no-measure", "a number of days");
    if (/^\s*(?:mt|tonnes)?\s*(?:[a-z]+\s+){0,3}(?:mark|threshold|milestone|line|level|ceiling|cap|limit)\b/i.test(rightFull) && /\bthe\s*$/i.test(left))
      r.excludedReason = { ...ex("no-measure", "a threshold, not a figure"), threshold: true };
    if (
      f.unitClass === "pct" &&
      /^\s*of\s+(?:the\s+|all\s+|our\s+|its\s+)?(?:[\w-]+\s+){0,2}(?:companies|enterprises|smelters|producers|firms|plants|respondents|sample|samples|total|output|production|supply|market|demand|imports|exports)\b/i.test(
        rightFull,
      )
    )
      r.excludedReason = ex("not-production", "a share, not a change");
    // "a single producer in Gansu, which lifted its July output to around 14,000 mt": one producer's own output
    // ("The largest smelter kept its output steady, while national output rose 4.1%": a contrast clause has its own subject)
    if (ITS_OUTPUT_RE.test(left)) {
      const contrast = [...left.matchAll(CONTRAST_CLAUSE_BREAK_RE)].pop();
      const own = contrast?.index !== undefined ? gapStart + contrast.index + contrast[0].length : 0;
      if (ITS_OUTPUT_RE.test(s.slice(Math.max(own, gapStart), f.start)) && ONE_PRODUCER_RE.test(s.slice(own, f.start)))
        r.excludedReason = ex("facility", "one producer's output, not the product's or a region's");
    }
    // ("3.1 percentage points, or about 3.8%, below October's": a rate's change in points restated as a percentage of the
    // rate is no change of output)
    if (f.unitClass === "pct" && prev?.figure.unitClass === "pp" && /^\s*,?\s*or\s+(?:about|around|roughly|some|nearly|almost)?\s*$/i.test(left))
      r.excludedReason = ex("no-measure", "a change in points restated as a percentage");
    // "revised March silver output down to 1,352 mt, from 1,371 mt": the figure a revision replaced
    // ("revised to an increase of 1.36% (previously a decrease of 0.04%)": the change a revision replaced, in its bracket)
    // ("Correction: an earlier version of this article put November output at 262,000 mt": the figure the correction replaced)
    if (
      REVISED_FROM_RE.test(s.slice(0, f.start)) ||
      // ("SMM now puts December output at 1,573 mt, revised up from the 1,548 mt first reported")
      (REVISED_UP_FROM_RE.test(s.slice(Math.max(0, f.start - 40), f.start)) && !/^\s*(?:mt|tonnes)?\s*to\b/i.test(s.slice(f.end, f.end + 12))) ||
      PREVIOUSLY_BRACKET_RE.test(s.slice(Math.max(0, f.start - 60), f.start)) ||
      EARLIER_VERSION_RE.test(s.slice(0, f.start))
    ) {
      r.excludedReason = ex("other-time", "the figure a revision replaced");
      r.replaced = true;
    }
    // ---- comparison basis: the basis table (basis.ts), own markers before, after, then words before
    const b = basisOf(left, trailing, rightFull);
    r.basis = b.basis;
    r.basisRule = b.rule;
    // ("the YoY decline narrowed by 4.5 percentage points to 5.1%": the figure after "to" is the change's new size, read as
    // if the amount it moved by were not there, on that amount's basis; the amount is no figure, precision rule
    // change-moved-by)
    const movedFrom = prev && MOVED_TO_LEFT_RE.test(left) ? CHANGE_MOVED_BY_RE.exec(s.slice(0, prev.figure.start)) : null;
    if (movedFrom && r.basis === null) {
      const label = /\b(?:(YoY|y-o-y|y\/y|year[- ]on[- ]year)|MoM|m-o-m|m\/m|month[- ]on[- ]month)\s+$/i.exec(s.slice(0, movedFrom.index));
      r.basis = label ? (label[1] ? "yoy" : "mom") : (prev?.basis ?? null);
    }
    // ---- metric and subject
    let gappedLevel = false;
    // ("accounted for 9,700 mt of metal content, up 8.2% MoM": the content named right after the figure before is that
    // figure's unit, not a new subject)
    const blank = (m: string): string => " ".repeat(m.length);
    // ("did not decline in November, contrary to many expectations; it rose 4.3% MoM": a remark on expectations is no
    // measure of the figure)
    // ("Output in the north-west, where new capacity continues to start up, rose 3.5%": a where-clause's nouns are its own)
    // ("totalled 3.285 million mt, or 109,500 mt a day on average; that was 2.09% lower": the day is the figure before's)
    const unbracketed = left
      .replace(/^\s*(?:a|per)\s+day(?:\s+on\s+average)?(?=\s*[;,])/i, blank)
      .replace(/\([^)]*\)/g, blank)
      .replace(CONTRARY_TO_EXPECTATIONS_RE, blank)
      .replace(IN_LINE_ASIDE_RE, blank)
      .replace(WHERE_ASIDE_RE, blank);
    // ("recovered to 11,650 mt as the rains eased and mine shipments resumed, 3.3% higher than in July": a reason clause
    // set between the figures names the reason's nouns, not the next figure's)
    // ("With sulphuric acid costs rising, a further decline of roughly 3% is expected": after a fronted reason, a change
    // noun with no subject of its own is the section's output's change; the reason's nouns, costs or LMO, are not its subject)
    const frontedChange = prev ? null : FRONTED_REASON_CHANGE_RE.exec(left);
    let metric = frontedChange
      ? { metric: "production" as Metric, index: left.length - (frontedChange[1] ?? "").length, text: frontedChange[1] ?? "" }
      : prev && REASON_ASIDE_RE.test(left)
        ? null
        : nearestMetric(prev && CONTENT_LEAD_RE.test(left) ? unbracketed.replace(CONTENT_LEAD_RE, blank) : unbracketed);
    if (metric?.metric === "production" && /content/i.test(metric.text)) {
      // (within its clause: "idle on losses; metal content down around 4%" is the output's change)
      const before = left.slice(Math.max(0, metric.index - 50, left.lastIndexOf(";", metric.index) + 1), metric.index);
      const ex = EXCLUDED_METRIC_RES.some((re) => re.test(before));
      if (ex) metric = { metric: "excluded", index: metric.index, text: metric.text };
    }
    // "High-grade NPI accounted for 27,200 mt of metal": a tonnage a part "accounts for" is its output (a share is a percentage)
    if (
      metric?.metric === "excluded" &&
      f.unitClass === "mt" &&
      ACCOUNTED_FOR_RE.test(left) &&
      !EXCLUDED_METRIC_RES.some((re) => re.test(left.slice(0, metric?.index ?? 0)))
    )
      metric = { metric: "production", index: metric.index, text: "accounted for" };
    // ("Of this, energy-storage grade LFP was 14.2 wmt": the tonnage a part named after "of this" is, is its output, as a
    // tonnage it accounts for is)
    const ofThisPart = !metric && f.unitClass === "mt" ? OF_THIS_PART_WAS_RE.exec(left) : null;
    if (ofThisPart) metric = { metric: "production", index: ofThisPart.index, text: "of this part" };
    // "; lepidolite converters ran at only 31.5%": producers running at a percentage is their operating rate
    // (only after a figure of the same sentence: alone, "smelters ran at 91.22%" needs an operating-rate context)
    // ("Cell makers operated at 79.6%": "operated at" says it without any context)
    // ("Refineries outside China ran at 79.2% on average, 0.3 percentage points higher": a change in points right after says it too)
    const ranAt =
      f.unitClass === "pct" &&
      ((prev && /[;,]/.test(left)) || /\b(?:operated|operating)\s+at\b/i.test(left) || POINTS_CHANGE_AFTER_RE.test(s.slice(f.end, f.end + 60)))
        ? RAN_AT_RE.exec(left)
        : null;
    if (ranAt) metric = { metric: "oprate", index: ranAt.index, text: ranAt[0] };
    // "The industry ran at 54.2% of its nameplate capacity", "Mines ran at an average 66.3% of capacity": the share of
    // capacity something ran at is its operating rate, whoever ran
    const ranAtOfCapacity = !ranAt && f.unitClass === "pct" && OF_CAPACITY_AFTER_RE.test(rightFull) ? RAN_AT_ANY_RE.exec(left) : null;
    if (ranAtOfCapacity) metric = { metric: "oprate", index: ranAtOfCapacity.index, text: ranAtOfCapacity[0] };
    // "Yunnan contributed 52,000 mt": a province's contribution in tonnes is its output
    const contributed = !metric && f.unitClass === "mt" ? REGION_CONTRIBUTED_RE.exec(left) : null;
    if (contributed && REGION_WHOLE_RE.test((contributed[1] ?? "").toLowerCase()))
      metric = { metric: "production", index: contributed.index, text: contributed[0] };
    // ("At 1,083,400 mt, it beat SMM's April forecast ...": a fronted level whose subject, the output just named, follows it)
    if (!metric && !prev && f.unitClass === "mt" && FRONTED_AT_RE.test(left) && PRONOUN_SUBJECT_AFTER_RE.test(rightFull))
      metric = { metric: "production", index: 0, text: "" };
    // ("The survey now shows 74,600 mt, a decrease of 3.2% from June": the tonnage SMM's survey shows is the output)
    if (!metric && !prev && f.unitClass === "mt" && SURVEY_SHOWS_RE.test(left)) metric = { metric: "production", index: 0, text: "" };
    const inherits = prev && (CONJ_ONLY_RE.test(left) || PAREN_OPEN_RE.test(left) || APPOSITION_RE.test(left) || !metric);
    if (metric && !(inherits && prev && metric.index + metric.text.length < left.length - 40)) {
      r.metric = metric.metric;
      // ("Mills ran at 78.5 per cent of their capacity, 3.1 percentage points higher": the rate's change in points, the
      // capacity only what the rate is a share of)
      if (r.metric === "capacity" && f.unitClass === "pp" && prev?.metric === "oprate" && RATE_OF_CAPACITY_GAP_RE.test(left)) r.metric = "oprate";
      // (the part that "accounted for" a tonnage is the subject of its output)
      r.subject =
        metric.text === "accounted for"
          ? // ("Lithium-manganese-grade EMD, which goes into LMO cathodes, accounted for": the relative aside is no part of the name)
            left.replace(RELATIVE_THEN_ACCOUNTED_RE, " ").replace(ACCOUNTED_FOR_RE, "output was ")
          : metric.text === "of this part"
            ? left.replace(OF_THIS_PART_WAS_RE, "of which $1output was ")
            : frontedChange
              ? metric.text
              : subjectLeft;
      // (the part named is the figure's, whatever the clause before the comma names)
      if (metric.text === "of this part") r.segmentOverride = (ofThisPart?.[1] ?? "").trim();
      // ("High-grade NPI with a nickel content of 10-15% accounted for 3,900 mt": the grade's range is the name's, not a subject)
      if (metric.text === "accounted for" && prev && /^\s*%?\s*accounted\s+for\b/i.test(left) && GRADE_RANGE_TAIL_RE.test(prev.subject))
        r.subject = `${prev.subject.replace(GRADE_RANGE_TAIL_RE, " ")}output was `;
    } else if (prev && WITH_ASIDE_TAIL_RE.test(prev.subject) && ASIDE_CLOSE_VERB_RE.test(left)) {
      // ("Production across the 33 surveyed enterprises, with combined capacity of 190,000 mt/year, was 7,820 mt": after a
      // with-aside set off by commas, the verb is the subject's before it, and so is the measure)
      const head = prev.subject.replace(WITH_ASIDE_TAIL_RE, " ");
      r.metric = nearestMetric(head)?.metric ?? carryMetric ?? null;
      r.subject = `${head}${left.replace(/^\s*(?:mt\/year|mt|tonnes)?\s*,\s*/i, "")}`;
    } else if (prev?.sizeBracket) {
      // "Average operating rate at large smelters, capacity above 100,000 mt/yr, increased 1.31 percentage points": after
      // a size bracket set off by a comma, the sentence goes on about what it named before the bracket
      const named = prev.subject.replace(SIZE_BRACKET_TAIL_RE, " ");
      // (the plants' metric, or the one the sentence or the text goes on with: "By smelter size, large smelters (capacity of
      // 400,000 mt/year or above) ran at 91.06%" after a sentence about the operating rate)
      const earlier = [...readings].reverse().find((x) => x !== prev && x.metric && x.metric !== "excluded" && !x.sizeBracket);
      r.metric = nearestMetric(named)?.metric ?? earlier?.metric ?? carryMetric ?? null;
      r.subject = afterSizeBracket(prev.subject, left);
    } else if (prev) {
      r.metric = prev.metric;
      // "ran at 54.2% of its nameplate capacity of 34,500 mt/year, down 1.1 percentage points": a change in points after
      // a capacity is the rate's before it (capacity changes in tonnes or %, never in points)
      const rateBefore = prev.metric === "capacity" && f.unitClass === "pp" ? readings.find((x) => x.metric === "oprate" && x.kind !== "change") : undefined;
      if (rateBefore) r.metric = "oprate";
      // ("...; and lithium carbonate from recycled material came to 4,420 mt": a new clause with its own subject)
      // ("whereas small producers, most of them dependent on scrap, managed only 58.5%": an appositive between commas is
      // no clause of its own)
      r.subject =
        OWN_SUBJECT_RE.test(left.replace(/\([^)]*\)/g, " ").replace(APPOSITIVE_RE, (m) => " ".repeat(m.length))) || NEW_CLAUSE_LEVEL_RE.test(left)
          ? left
          : prev.subject;
      // "the output of battery grade nickel sulfate is 39,100 tons, and that of electroplating grade is 5,500 tons":
      // "that of" stands for the last clause's metric noun, about a new subject
      // "...; the 200-series was 774,500 mt": a part's name alone before the verb, as in the clause before
      const sibling = left.replace(/^[^;,]*[;,]\s*(?:and\s+)?/, "");
      if (sibling !== left && SIBLING_PART_RE.test(sibling)) r.subject = `${sibling.replace(SIBLING_VERB_RE, "")} output was `;
      // (an aside between the name and its verb is blanked first: ", and the 300 series, the largest group, rose")
      const bare = left.includes(",")
        ? left.replace(PARTICIPLE_ASIDE_RE, (m) => " ".repeat(m.length)).replace(APPOSITIVE_RE, (m) => " ".repeat(m.length))
        : left;
      const siblingChange = SIBLING_CHANGE_RE.exec(bare);
      if (siblingChange) r.subject = ` and ${siblingChange[1] ?? ""} output ${siblingChange[2] ?? ""} `;
      // ", while secondary lead, squeezed by a shortage of scrap batteries, fell 3.4%": a contrast clause with a name of its
      // own before its verb is that name's change (a name that is no product's, "prices", is left out later for it)
      const contrast = siblingChange ? null : CONTRAST_NAME_CHANGE_RE.exec(bare);
      // (not a base or a pronoun before the verb: ", but month on month it fell", ", while YoY it fell", ", while the latter rose")
      if (contrast && !/^(?:output|production|the\s+(?:output|production))$/i.test(contrast[1] ?? "") && clauseName(contrast[1] ?? ""))
        r.subject = ` ${contrast[1] ?? ""} output ${contrast[2] ?? ""} `;
      // "..., with secondary refined lead up about 4% MoM": the name after "with" is the change's own subject
      // ("Output rose 3.7% to 448,000 mt, led by Inner Mongolia (+5.2%)": the bracket after the leader's name is the leader's change)
      const ledBy = LED_BY_BRACKET_RE.exec(left);
      if (ledBy && clauseName(ledBy[1] ?? "")) r.subject = ` ${ledBy[1] ?? ""} output `;
      const withName = withNameSubject(left);
      if (withName) r.subject = withName;
      // ("large smelters 90.2%, medium-sized smelters 78.5%, industry-wide 85.1%": the whole named after its parts, its
      // metric noun left out)
      // ("the rate of integrated plants was 71.3% and that of independent plants was 48.6%, giving 58.9% for the industry as a
      // whole": the whole named right after the figure)
      if (
        GAPPED_WHOLE_RE.test(left) ||
        (WHOLE_AFTER_FIGURE_RE.test(s.slice(f.end, f.end + 60)) && /^\s*%?\s*,\s*(?:giving|bringing|making|for|and|or)?\s*$/i.test(left))
      )
        r.subject = prev.metric === "oprate" ? " the industry operating rate was " : " national output was ";
      const thatOf = THAT_OF_RE.exec(left);
      if (thatOf)
        r.subject = `${left.slice(0, thatOf.index)} ${(prev.metric && METRIC_NOUN[prev.metric]) || "output"} of${left.slice(thatOf.index + thatOf[0].length)}`;
      // ("cut output by 7.2% m-o-m in November, and Guizhou's fell 10.6%": another region's output, its noun left out)
      const siblingOwn = SIBLING_POSSESSIVE_RE.exec(left);
      if (siblingOwn && REGION_WHOLE_RE.test((siblingOwn[1] ?? "").toLowerCase())) r.subject = `${siblingOwn[1] ?? ""}'s output ${siblingOwn[2] ?? ""} `;
      // "Yunnan produced 52,000 mt, 21.5% more than in June, and Sichuan 31,500 mt": a region's verb left out the second time
      const gappedRegion = GAPPED_REGION_RE.exec(left);
      if (gappedRegion && REGION_WHOLE_RE.test((gappedRegion[1] ?? "").toLowerCase()) && PRODUCED_END_RE.test(prev.subject))
        r.subject = `${gappedRegion[1] ?? ""} produced `;
      // ("Shanxi alone turned out 1.61 million mt, up 6.2% MoM, while Henan was broadly stable at 1.08 million mt": a contrast
      // clause with a province as its whole subject and its own verb, the province's output)
      const regionClause = gappedRegion ? null : REGION_CLAUSE_LEFT_RE.exec(left);
      if (regionClause && REGION_WHOLE_RE.test((regionClause[1] ?? "").toLowerCase())) r.subject = `${regionClause[1] ?? ""} output was `;
      // ("spodumene accounted for 9,800 mt, lepidolite 5,600 mt and salt lake brine 5,100 mt": a list of parts' levels, each
      // name before its figure, the verb left out after the first)
      const gappedPart =
        prev.kind === "level" && prev.figure.unitClass === "mt" && f.unitClass === "mt" && /\boutput was\s*$/.test(prev.subject)
          ? GAPPED_PART_RE.exec(left)
          : null;
      const partWords = (gappedPart?.[1] ?? "").split(/\s+/);
      // (not "and recycled material contributed ": a verb of its own)
      if (
        gappedPart &&
        partWords.every((w) => !NP_STOP.has(w) && !MONTH_WORD.test(w) && !directionOf(w)) &&
        !/^[a-z]+ed$/.test(partWords[partWords.length - 1] ?? "")
      ) {
        r.subject = ` ${gappedPart[1] ?? ""} output was `;
        gappedLevel = true;
      }
      // ("..., and salt-lake output fell 2.5% as brines stayed cold; recycled material contributed 9,300 mt": a clause of a name
      // and its verb of a share after a semicolon is that name's output, not the clause before's)
      const contribution = !gappedPart && f.unitClass === "mt" ? CONTRIBUTION_CLAUSE_RE.exec(left) : null;
      if (contribution && !/\b(?:imports?|exports?|inventor(?:y|ies)|stocks?|demand|sales|prices?|consumption)\b/i.test(contribution[1] ?? "")) {
        r.metric = "production";
        r.subject = ` ${contribution[1] ?? ""} output was `;
      }
      // "High-grade NPI accounted for 27,200 mt ..., and low-grade NPI for 4,740 mt": the verb is left out the second time
      if (GAPPED_FOR_RE.test(left) && /\boutput was\s*$/.test(prev.subject)) {
        r.subject = left.replace(/\s+for\s+[a-z ]*$/i, " output was ");
        gappedLevel = readings.some((x) => x.kind === "level" && x.subject === prev.subject);
      }
      if (
        !r.excludedReason &&
        prev.excludedReason &&
        // ("hovering around 16,000 yuan/mt, roughly 12% below its level a year earlier": a price's own change in apposition)
        (prev.figure.unitClass !== "price" || PRICE_APPOSITION_GAP_RE.test(left)) &&
        prev.figure.unitClass !== "days" &&
        prev.excludedReason.threshold !== true &&
        // (the figure a revision replaced, and its own change, not a clause after it: "...; on the revised basis, November's
        // decline narrows to 1.7%")
        !(prev.replaced && left.includes(";"))
      ) {
        r.excludedReason = prev.excludedReason;
        if (prev.wholeYear !== undefined) r.wholeYear = prev.wholeYear;
      }
    } else if (
      carryMetric &&
      carryMetric !== "excluded" &&
      // (not the idiom "as it was": "Our forecast for March stays as it was: 2.98 million mt")
      // ("SMM puts it at 98.6 thousand mt": what the last sentence measured, put at a figure)
      (/(?<!\bas\s)\b(?:it|this|that|the rate|the figure|the ratio)\s+(?:is|was|will|would|has|had|could|may|might|should|stood|came|rose|fell|climbed|dropped|increased|decreased)\b(?!\s*:)/i.test(
        left,
      ) ||
        // ("SMM has revised the figure up to 268,500 mt": the figure the sentence before stated, revised)
        REVISED_THE_FIGURE_TO_RE.test(left) ||
        // ("Alumina production rebounded in October. It totalled 6.01 million mt": a tonnage the pronoun totalled)
        (f.unitClass === "mt" && /(?<!\bas\s)\b(?:it|this|that)\s+(?:totall?ed|reached|amounted)\b(?!\s*:)/i.test(left)) ||
        /\b(?:SMM|we)\s+(?:puts|put|pegs|pegged|places|placed|estimates|estimated)\s+it\s+at\s+(?:about\s+|around\s+|approximately\s+|roughly\s+)?$/i.test(
          left,
        )) &&
      !/\b(?:price|inventor|stock|import|export|demand)/i.test(left)
    ) {
      // "In January 2025 it is expected to fall to around 48%": "it" is what the last sentence measured
      r.metric = carryMetric;
      r.subject = left;
    } else if (!prev && carryMetric === "production" && SIBLING_PART_RE.test(left)) {
      // "P-type cell production is 15.41GW, down 28% MoM. N-type is 26.13GW, down 18% MoM.": a part's name
      // alone before the verb leaves out the noun the last sentence measured
      r.metric = carryMetric;
      r.subject = `${left.replace(SIBLING_VERB_RE, "")} output was `;
    } else if (f.unitClass === "mt" && !prev && BARE_OUTLOOK_TO_RE.test(left)) {
      // "SMM projects a further decline in June, to about 18,900 t": the level a bare outlook of the section's product reaches
      r.metric = "production";
      r.subject = left;
    } else if (DATA_LABEL_RE.test(left) || (f.unitClass === "mt" && FORECAST_LABEL_MOVE_RE.test(left))) {
      // a data-release label: "July estimate: 1,156,000 t", "July view: further rise, to about 902,000 mt"
      r.metric = "production";
      r.subject = left;
    } else if ((f.unitClass === "pct" || f.unitClass === "mt") && !prev && carryMetric === "production" && BASE_ONLY_ROW_LABEL_RE.test(left)) {
      // a two-column text table under a line about output ("Production      10,250 mt"): a row labelled by its base alone,
      // "vs March      +640 mt / +6.7%", "vs April 2020      +21.4%", "Jan-Apr y/y      +18.2%", is the output's change
      r.metric = "production";
      r.subject = `output ${left}`;
      // (the label's colon, its spaces collapsed away: "vs April 2020 " is "vs April 2020: ", the same month a year before)
      if (r.basis === null) {
        const labelled = basisOf(`${left.replace(/\s*:?\s*$/, "")}: `, trailing, rightFull);
        r.basis = labelled.basis;
        r.basisRule = labelled.rule;
      }
    } else if (f.unitClass === "pct" && !prev && carryMetric === "production" && CHANGE_LABEL_RE.test(left)) {
      // "Change on June: +6.8 per cent", "Year-to-date change: +47.1%", "August change on July, SMM forecast: +2.4%": in a
      // list of fields about output, a change label's figure is the output's change
      r.metric = "production";
      r.subject = left;
    } else if (f.unitClass === "mt" && FORECAST_REVISED_RE.test(left)) {
      // "SMM has lowered its July zinc forecast to 519,000 mt": the forecast's new level, its month's output
      r.metric = "production";
      r.subject = left;
    } else if (f.unitClass === "mt" && FORECAST_FOR_IS_RE.test(left)) {
      // "The forecast for January is 7,092 mt": the forecast named as the subject, its month's output
      r.metric = "production";
      r.subject = left;
    } else if (!prev && (f.unitClass === "mt" || f.unitClass === "pct") && FORECAST_ABBREV_LABEL_RE.test(left)) {
      // a chat's forecast note: "dec f/c 1,180 kt", "smm dec alu f/c 3.85 mln t", "dec exp. -2ish MoM"
      r.metric = "production";
      r.subject = left;
    } else if (f.unitClass === "mt" && LABEL_FIGURE_IS_RE.test(left)) {
      // "High-carbon ferrochrome: SMM's May 2026 figure is 738,600 mt": the label's product, its month's output
      r.metric = "production";
      r.subject = left;
    } else if (
      !prev &&
      // ("■ Copper cathode — 878,600 mt": a dash between spaces separates the label too)
      // ("🔋 Lithium carbonate: 36,210 mt": an emoji bullet too; "Oct f'cast: ~872,000 mt": an abbreviation's apostrophe too)
      /^\s*(?:[^\w\s]{1,4}\s*)?[A-Za-z](?:[\w()/ -]|['’](?=cast\b)|,(?= )){1,50}?(?::|\s-)\s*(?:about|approximately|around|approx\.?|~)?\s*$/i.test(left) &&
      (f.unitClass === "mt" ||
        (carryMetric === "oprate" && f.unitClass === "pct") ||
        // ("Zn: +3.0%" in a list of products' lines about output: a short name's change)
        (carryMetric === "production" && f.unitClass === "pct" && SHORT_NAME_LABEL_RE.test(left)))
    ) {
      // a product list ("Lithium carbonate: 71,250 mt, up 4.1% MoM"): a tonnage after a product label is its
      // output; under "Operating rates:" a percentage is the rate
      // (a tonnage after a line about the rate, "Run rate: 47.5%" then "Oct f'cast: ~9,000 mt", is output)
      // (a forecast's label, "Our forecast for March stays as it was: 2.98 million mt", after a line about capacity: the output forecast)
      r.metric =
        (carryMetric === "oprate" && f.unitClass === "pct") || (carryMetric === "capacity" && !FORECAST_WORD_LABEL_RE.test(left) && !MONTHS_LABEL_RE.test(left))
          ? carryMetric
          : "production";
      r.subject = left;
    } else if (carryMetric === "oprate" && (PLANT_NOUN_RE.test(left) || THE_RATE_RE.test(left))) {
      // "Large smelters ran at 83.16%" after a sentence about the operating rate ("The rate declined to 44.78%" too)
      r.metric = carryMetric;
      r.subject = left;
    } else {
      // metric named after the figure: "a 28-percentage-point drop in capacity utilisation"
      const after = CHANGE_AFTER_RE.exec(rightFull);
      if (after) {
        const m2 = metricOfChangeNoun(rightFull.slice(after[0].length, after[0].length + 40));
        if (m2) r.metric = m2;
      } else if (f.unitClass === "pct" && MORE_OUTPUT_AFTER_RE.test(rightFull)) r.metric = "production";
      r.subject = left;
    }
    // ("Operating rates: large smelters 90.2%, ...": a tier of plants named after the rate's label is the figure's part)
    const rateLabelTier = !prev && r.metric === "oprate" ? RATE_LABEL_TIER_RE.exec(left) : null;
    if (rateLabelTier) r.subject = `${rateLabelTier[1] ?? ""} operating rate was `;
    // (the first figure too: "SMM expects total output to drop slightly ..., with the 300-series expected to fall about 2%")
    const withFirst = !prev && r.metric === "production" ? withNameSubject(left) : null;
    if (withFirst) r.subject = withFirst;
    // ("Monocrystalline: 2.05 GW (+26.5% m-o-m)", "...; Xinjiang: 98,000 mt" among fields about output: a label that names no
    // measure or time names the part the line, or the clause after ";", is about; a product's full name with its qualifier,
    // "Secondary refined lead:", is read as before)
    const fieldLabel = r.metric === "production" ? FIELD_LABEL_RE.exec(left) : null;
    const label = (fieldLabel?.[1] ?? "").replace(/^\s*[-•*▪–]\s*/, "").trim();
    if (fieldLabel && (!prev || left.includes(";"))) {
      const qualifiedName = label.split(/\s+/).length >= 3 && label.split(/\s+/).some((w) => PART_QUALIFIER_RE.test(w));
      if (!OUTPUT_WORD_RE.test(label) && !METRIC_WORD_LABEL_RE.test(label) && !qualifiedName && !CLAUSE_LABEL_RE.test(label)) {
        r.subject = `${label} output was `;
        r.fieldPart = true;
      } else if (readings.some((x) => x.fieldPart) && SPAN_LABEL_RE.test(label)) r.subject = `${label}: `;
    }
    // ("Large smelters, those with annual capacity of 100,000 mt or more, raised output by 4.1%": after a size bracket,
    // the figure's own verb goes on about the plants named before the bracket)
    if (prev?.sizeBracket && metric && !/[;:]/.test(left) && SIZE_BRACKET_REST_RE.test(left)) r.subject = afterSizeBracket(prev.subject, left);
    const inRight =
      /^\s*(?:(?:MoM|YoY)\s+)?(?:increase|rise|growth|decrease|decline|drop|fall|reduction)\s+in\s+((?:[\w'-]+\s+){0,5}?(?:production|output|supply))\b/i.exec(
        rightFull,
      );
    if (inRight) {
      r.metric = "production";
      r.subject = `${left} ${inRight[1] ?? ""}`;
    }
    // "A total of 2,870 mt of cobalt sulphate was produced in July": the figure is the passive's subject, its output
    const passive = PRODUCED_PASSIVE_RE.exec(rightFull);
    if (passive && !r.metric) {
      r.metric = "production";
      r.subject = `${left} ${passive[1] ?? ""} output `;
    }
    // ("Of the total, 1,600 mt was battery-grade lithium carbonate and 1,190 mt industrial-grade": a grade the tonnage
    // "was" is that grade's output, and a grade named right after the next tonnage is the next grade's)
    const wasGrade =
      f.unitClass !== "mt"
        ? null
        : ((!r.metric ? WAS_GRADE_AFTER_RE.exec(rightFull) : null) ?? (prev?.gradeTonnage && /\band\s+$/.test(left) ? GRADE_AFTER_RE.exec(rightFull) : null));
    if (wasGrade) {
      r.metric = "production";
      r.kind = "level";
      r.subject = ` ${wasGrade[1] ?? ""} output was `;
      r.gradeTonnage = true;
    }
    // ("A total of 318,000 mt was produced in November": the section's product, the passive's subject)
    if (!r.metric && BARE_PRODUCED_PASSIVE_RE.test(rightFull)) {
      r.metric = "production";
      r.subject = `${left} output `;
    }
    // ("18.4 million mt/year of it in operation": the part of the capacity that runs; "70.86 million mt of capacity on an
    // annualised basis were in operation")
    // ("37.38 million mt of primary aluminium capacity in operation across the country")
    if (
      /^\s*(?:mt\/year\s*)?(?:of\s+(?:annuali[sz]ed\s+)?capacity(?:\s+on\s+an?\s+(?:annuali[sz]ed|annual|yearly)\s+basis)?\s+)?(?:was|were|is|are|of\s+(?:it|this|them|which))\s+(?:in\s+)?(?:operating|operation|running|in production)\b/i.test(
        rightFull,
      ) ||
      /^\s*(?:mt\/year\s*)?of\s+(?:[a-z-]+\s+){0,3}?capacity\s+in\s+(?:operation|production)\b/i.test(rightFull)
    )
      r.metric = "opcap";
    // ("and about 4.66 million mt of idle capacity": capacity standing idle is no capacity of the product's)
    if (IDLE_CAPACITY_AFTER_RE.test(rightFull)) {
      r.metric = "capacity";
      r.excludedReason = ex("not-production", "idle or curtailed capacity, not the product's capacity");
    }
    if (metric && CHANGE_AFTER_RE.test(rightFull)) {
      const after = CHANGE_AFTER_RE.exec(rightFull);
      const m2 = after ? metricOfChangeNoun(rightFull.slice(after[0].length, after[0].length + 40)) : null;
      if (m2) r.metric = m2;
    }
    if ((r.metric === "capacity" || r.metric === "opcap") && /\b(?:survey|surveyed|sample|samples)\b/i.test(s))
      r.excludedReason = ex("not-production", "a survey sample's capacity");
    if ((r.metric === "capacity" || r.metric === "opcap") && PLANTS_WITH_CAPACITY_RE.test(left)) {
      r.excludedReason = ex("facility", "a size bracket of plants, not the product's capacity");
      r.sizeBracket = true;
    }
    // "increase by about 20.21% Yo": a text cut off inside the word after the figure leaves its base unknown
    if (!r.excludedReason && /^\s*(?:Yo|Mo|Y|M|Y-o|M-o|YO|MO)\s*$/.test(s.slice(f.end)))
      r.excludedReason = ex("no-measure", "the text is cut off in the word after the figure");
    // (the last 60 characters, from a whole word: "extr|a day" is no "a day")
    // (the figure's own clause: "Daily output was flat, so April's total was 3.2% lower": the total is the month's)
    const subjectTail = (r.subject.length > 60 ? r.subject.slice(-60).replace(/^\S*/, "") : r.subject).replace(
      /^.*(?:,\s*(?:so|and so|but|yet|whereas)\s|;\s)/i,
      "",
    );
    if (/\b(?:weekly|daily|per week|a week|per day|a day|per (?:calendar|working|production) day)\b/i.test(subjectTail) && !r.excludedReason)
      r.excludedReason = ex("weekly-daily", "a weekly or daily figure");
    // ("In the final week of June, output topped 20,000 mt": a week's figure, the week named in the clause's opening)
    if (!r.excludedReason && ONE_WEEK_OPENING_RE.test(r.subject)) r.excludedReason = ex("weekly-daily", "a week's figure");
    // "Op rate: 61.8% (weekly sample, last week of Nov)": a bracket right after the figure says it is a week's or a day's
    if (!r.excludedReason && /^\s*\(\s*(?:weekly|daily|week|last week|per day)\b/i.test(s.slice(f.end, f.end + 24)))
      r.excludedReason = ex("weekly-daily", "a weekly or daily figure (its bracket says so)");
    // "the impact from maintenance was 42,200 mt", "maintenance involving a capacity of 750,000 mt": not the product's output or capacity
    if (!r.excludedReason && /\b(?:maintenance|overhaul|outages?|shutdowns?|curtailments?)\b/i.test(s) && (f.unitClass === "mt" || f.unitClass === "mtyear")) {
      if (
        (/\b(?:impact|impacts|affected|affecting|involving|involved|loss|losses|cutting|cut|cuts|reducing|reduced|lowering|lowered|resulting in)\b/i.test(
          s.slice(Math.max(0, f.start - 160), f.start),
        ) &&
          // ("SMM has lowered its July zinc forecast to 519,000 mt, after a smelter announced a shutdown": the forecast itself)
          !FORECAST_REVISED_RE.test(s.slice(Math.max(0, f.start - 160), f.start))) ||
        r.metric === "capacity" ||
        r.metric === "opcap"
      )
        r.excludedReason = ex("facility", "a maintenance impact or capacity, not the product's figure");
    }
    // "* Lithium carbonate: expected to fall by around 6% MoM to about 39,300 mt": on a line that starts
    // with a label, the level a change goes "to" is the label's output when no metric noun names it (a
    // label that names another measure, "Imports:", "Inventories:", is that measure's metric above)
    if (r.metric === null && f.unitClass === "mt" && prev?.kind === "change" && LEVEL_AFTER_CHANGE_RE.test(left) && PRODUCT_LABEL_LINE_RE.test(s))
      r.metric = "production";
    // "- 200-series: 1,010,000 mt, -1.5% MoM": a label's tonnage, its change beside it marked MoM or YoY, is the label's output
    if (r.metric === null && f.unitClass === "mt" && !prev && LABEL_ONLY_RE.test(left) && LEVEL_THEN_BASED_CHANGE_RE.test(s.slice(f.end)))
      r.metric = "production";
    // "P-type cells fell by about 4.0 GW, or 11.5%, to 30.8 GW": the level a change with no metric noun goes "to" is
    // read as that change is (a change with a direction and no other subject is the product's output change)
    if (
      r.metric === null &&
      f.unitClass === "mt" &&
      prev?.kind === "change" &&
      prev.metric === null &&
      prev.direction &&
      !prev.excludedReason &&
      /^\s*,?\s*to\s*(?:about|approximately|around|roughly|nearly|some)?\s*$/i.test(left)
    )
      r.metric = "production";
    // "Nickel sulphate Mar output 2.9wt Ni, ... Physical 13.2wt": the physical tonnage after a metal-content figure
    if (r.metric === null && f.unitClass === "mt" && PHYSICAL_LABEL_RE.test(left)) {
      r.metric = "production";
      r.subject = left;
      r.segmentOverride = "physical-content";
    }
    // "LFP 268,300 t, down 9.8% m/m": a terse line, a name and a tonnage followed by its change, is the name's output
    // ("By raw material: spodumene-derived 33,630 mt, up 4.2% MoM; ...; salt-lake 9,610 mt": the items of a
    // list after a sentence about output, each a name and its tonnage)
    let itemLeft: string | null = null;
    const listItem =
      (!prev && carryMetric === "production" && LABELLED_NAME_RE.test(left)) ||
      // ("salt lake-based lithium carbonate up 15% m/m ...; spodumene-based 9,420 mt, up 3.1% m/m": after the product's own
      // change, with no metric noun, the next item names its own part)
      ((prev?.metric === "production" ||
        (prev?.metric === null && prev.kind === "change" && prev.direction && !prev.excludedReason && shortName(left.slice(left.lastIndexOf(";") + 1)))) &&
        /;/.test(left) &&
        NAME_ONLY_GAP_RE.test(left) &&
        // (the item's own words, after the last ";", name no direction: "as Qinghai warms up" is the last item's remark)
        !DIRECTION_RE.test(left.slice(left.lastIndexOf(";"))));
    if (
      r.metric === null &&
      f.unitClass === "mt" &&
      // ("rare earths: Pr-Nd oxide 5,820 mt, up 6.3% m/m": a label before the name too)
      ((!prev && (TERSE_NAME_RE.test(left) || LABELLED_NAME_RE.test(left))) || listItem) &&
      // ("High-grade NPI 2.23wt Ni" on a line about output: the name's metal content)
      (TERSE_CHANGE_NEXT_RE.test(rightFull + s.slice(nextStart, nextStart + 12)) ||
        (carryMetric === "production" && /^\s*Ni\b\s*(?:[.;]|$)/.test(rightFull)) ||
        (listItem && /^\s*(?:[.;]|$)/.test(rightFull)))
    ) {
      r.metric = "production";
      // (an item after ";" is its own words: "...; spodumene-based 9,420 mt" names the part, and a remark before the ";"
      // gives it no direction)
      if (listItem && /;/.test(left)) itemLeft = left.slice(left.lastIndexOf(";") + 1);
      // (a bare name is the subject of its output: "High-grade NPI" names the part)
      // ("The NPI sector delivered 5,760 mt", "Inner Mongolia supplied 251,000 mt": a verb of producing is no name, "delivered"
      // no part; what delivered it is the subject of the output)
      if (!/\b(?:output|production|contributed|produced|made|accounted for)\s*$/i.test(left))
        r.subject = `${(itemLeft ?? left).replace(/\s+(?:delivered|turned out|churned out|put out|supplied|poured|yielded|smelted)\s*$/i, "").trimEnd()} output `;
    }
    // "Pr-Nd oxide ▲ about 3% MoM": a terse line, a name and a signed change with its base, is the name's change
    else if (
      f.unitClass === "pct" &&
      !prev &&
      (r.metric === null || (r.metric === "production" && !metric)) &&
      TERSE_NAME_CHANGE_RE.test(left) &&
      !DIRECTION_RE.test(left.replace(/^\s*(?:[-•*]\s*)?/, "").split(/\s*[+▲▼]/)[0] ?? "") &&
      BASE_ABBREV_LEAD_RE.test(rightFull)
    ) {
      r.metric = "production";
      r.subject = `${(TERSE_NAME_CHANGE_RE.exec(left)?.[1] ?? "").trimEnd()} output `;
    }
    // "Primary Pb 275.0kt (+2.2% m/m); secondary Pb 320.5kt (-3.0% m/m)": an item of the list names its own subject,
    // not the first item's
    else if (
      r.metric === "production" &&
      !metric &&
      f.unitClass === "mt" &&
      prev?.metric === "production" &&
      /^[\s)]*;\s*[A-Za-z][\w-]*(?:\s+[\w-]+){0,2}\s*$/.test(left) &&
      !DIRECTION_RE.test(left) &&
      !SIBLING_VERB_RE.test(left) &&
      TERSE_CHANGE_NEXT_RE.test(rightFull + s.slice(nextStart, nextStart + 12))
    )
      r.subject = `${left.trimEnd()} output `;
    // "May 265kt.", "...; op rate 83.5%; May 118kt", "May ~580kt": a clause that is only a month (a forecast word, a
    // hedge) and a tonnage is that month's output
    if (f.unitClass === "mt" && (r.metric === null || (r.metric === "oprate" && prev?.metric === "oprate")) && MONTH_ONLY_CLAUSE_RE.test(left)) {
      r.metric = "production";
      // (the forecast word names no part: "May guided 125kt" is May's output)
      r.subject = `${left.replace(/\s+(?:seen|guided|expected|est\.?|f\/c|revised(?:\s+(?:up|down))?\s+to)(?=\s|$)/, "").trimEnd()} output `;
    }
    // "Copper cathode in January came in at 862,000 tonnes", "Silicomanganese was 936,000 tonnes": a clause whose whole
    // subject is a product's name (the catalog's, passed in), before a verb of being, states that product's output
    // ("Lithium hydroxide: up 4.9% MoM at 17,100 mt": after a name's label, its change, then the level it went to)
    if (
      f.unitClass === "mt" &&
      r.metric === null &&
      prev?.metric === null &&
      prev.kind === "change" &&
      prev.direction &&
      /^\s*[A-Za-z][\w-]*(?:\s+[\w-]+){0,3}:\s+(?:up|down)?\s*$/i.test(s.slice(0, prev.figure.start)) &&
      /^\s*(?:MoM|YoY|m-o-m|y-o-y|m\/m|y\/y)?\s*,?\s*(?:at|to)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$/i.test(left)
    )
      r.metric = "production";
    if (f.unitClass === "mt" && r.metric === null && !prev && isProductName) {
      const named = NAME_COPULA_LEVEL_RE.exec(left);
      if (named && isProductName(named[1] ?? "")) r.metric = "production";
    }
    // "April's actual is revised up to 14,600 mt": a month's own figure revised, in text about output, is that month's output
    // ("SMM has revised its November titanium dioxide figure to": the name between the month and the figure is the subject)
    // (after a clause about output, "...; June's figure has been revised to 5.79 million mt": the subject carries on, the
    // month is the revision's)
    const revisedTo = f.unitClass === "mt" && (r.metric === null || r.metric === "production") ? MONTH_REVISED_TO_RE.exec(left) : null;
    if (revisedTo && r.metric === null) {
      r.metric = "production";
      r.subject = `${revisedTo[1] ?? ""}output `;
    }
    /** Where the revision of a month's figure starts ("the September figure is revised to"): its month is the figure's. */
    const revisedAt = revisedTo ? gapStart + revisedTo.index : -1;
    // "...; op. rate 86.5%, +3.1pp; Dec f'cast est. -2% m/m to ~388kt": a month's forecast label starts a clause about
    // output again (the rate before it does not carry over)
    if ((f.unitClass === "pct" || f.unitClass === "mt") && MONTH_FORECAST_LABEL_BEFORE_RE.test(left) && r.metric !== "excluded") r.metric = "production";
    // "* Y/Y +6.4%" under a line about output: a base label alone before a change is the output's change
    const baseLabel = f.unitClass === "pct" && r.metric === null && carryMetric === "production" ? BASE_LABEL_ONLY_RE.exec(left) : null;
    if (baseLabel) {
      r.metric = "production";
      r.subject = "output ";
      r.kind = "change";
      r.basis = /^y/i.test(baseLabel[1] ?? "") ? "yoy" : "mom";
    }
    if (r.metric === "excluded" && !r.excludedReason) {
      const m = metric ?? null;
      r.excludedReason = ex("not-production", `not a production figure (${m ? m.text : "context"})`);
    }
    // "(refined 218,400 mt, down 23.1% m/m)", "(300-series 1.46 million mt; ...)": a part named in a bracket
    // after a figure, its tonnage right after the name, is that part's output
    const bracketPart = prev && f.unitClass === "mt" ? BRACKET_PART_RE.exec(left) : null;
    const partName = bracketPart ? (bracketPart[1] ?? "").replace(/^(?:of which|of this|incl\.?|including|mainly|e\.g\.?|i\.e\.?)\s+/i, "") : "";
    if (partName && !NOT_A_BRACKET_PART_RE.test(partName) && !NOT_A_BRACKET_PART_RE.test((bracketPart?.[1] ?? "").trim()) && !DIRECTION_RE.test(partName)) {
      r.segmentOverride = partName;
      r.metric = "production";
      r.subject = left;
    }
    // "(including 54,000 mt of high-grade silicon manganese, 915,400 mt of regular ...)": in a bracket of parts after a
    // level, an amount "of" a named part is that part's output
    const inBracket = s.lastIndexOf("(", f.start) > s.lastIndexOf(")", f.start);
    const inParts =
      prev && f.unitClass === "mt" && !r.segmentOverride
        ? BRACKET_OF_PART_LEFT_RE.test(left) || (inBracket && prev.segmentOverride !== undefined && /^[^()]*?,\s*(?:and\s+)?$/.test(left))
        : false;
    // what a tonnage is "of" ("mt Ni of high-grade NPI"), read once for the bracket and inclusion-list readers below
    const amountOf = f.unitClass === "mt" ? AMOUNT_OF_RE.exec(rightFull)?.[1] : undefined;
    const ofPart = inParts ? amountOf : undefined;
    if (
      ofPart &&
      (prev?.kind === "level" || prev?.segmentOverride !== undefined) &&
      !foreignSubject(ofPart) &&
      !EXCLUDED_METRIC_RES.some((re) => re.test(ofPart))
    ) {
      r.segmentOverride = ofPart;
      r.metric = "production";
      r.subject = `${ofPart} output `;
    }
    // "Stainless steel mills produced 705,000 mt of 200-series, 1.28 million mt of 300-series and 560,000 mt of
    // 400-series": outside a bracket too, a tonnage of a series or a grade is that part's output
    if (!r.segmentOverride && amountOf && PART_AMOUNT_RE.test(amountOf) && (r.metric === null || r.metric === "production")) {
      r.segmentOverride = amountOf;
      r.metric = "production";
      r.subject = `${amountOf} output `;
    }
    // "Silicon metal output, including 71,500 mt from Yunnan and 44,800 mt from Sichuan, was 247,000 mt": in a list after
    // "including"/"of which", a tonnage "from" a named source or place is that part's output
    const fromPart =
      !r.segmentOverride && f.unitClass === "mt" && (r.metric === null || r.metric === "production") && INCLUDING_OPEN_RE.test(s.slice(0, f.start))
        ? FROM_PART_AFTER_RE.exec(rightFull)?.[1]
        : undefined;
    // (a province's share, "71,500 mt from Yunnan", is left out as a part: a list's name is read as a product's or a
    // feedstock's, not a place's; another country, imports or a plant are no part either)
    if (fromPart && lex(fromPart).some((tk) => has(tk, TAGS.province)))
      r.excludedReason = ex("part-of-industry", `the share from ${fromPart}, a part of the whole`);
    else if (fromPart && !foreignSubject(fromPart) && !EXCLUDED_METRIC_RES.some((re) => re.test(fromPart))) {
      // (the subject stays the product's: the part is its segment, and the figures after the list keep the product)
      r.segmentOverride = fromPart;
      r.metric = "production";
    }
    // "(refined 218,400 mt, down 23.1% m/m)": the change after the part's tonnage, in the same bracket, is the part's
    // ("including 7,400 mt from spodumene, up 5.7% m-o-m": after the part's "from" too)
    const partGap = left.replace(FROM_PART_LEFT_RE, "");
    // "grew by 8% in August and by 5% in September": a second "by" after a change is a change too, in the same direction
    // ("an increase of 186,000 mt MoM and of 10.6% YoY": a tonnage's change, then its percentage, one direction)
    if (
      r.kind === null &&
      prev?.kind === "change" &&
      (f.unitClass === prev.figure.unitClass || (/^(?:mt|pct)$/.test(f.unitClass) && /^(?:mt|pct)$/.test(prev.figure.unitClass))) &&
      AND_BY_RE.test(left.replace(/^\s*in\s+[A-Z][a-z]+/, ""))
    ) {
      r.kind = "change";
      if (r.direction === null) r.direction = prev.direction;
    }
    if (!r.segmentOverride && prev?.segmentOverride && !/[)(;]/.test(partGap) && (CONJ_ONLY_RE.test(partGap) || APPOSITION_RE.test(partGap)))
      r.segmentOverride = prev.segmentOverride;
    // "81.96% for medium-sized smelters (-2.24 pp MoM)": the subject follows the figure
    // ("The rate rose to 35.56% at medium smelters": a rate "at" a tier of plants after the figure is the tier's)
    const forSeg = f.unitClass === "pct" ? (FOR_PLANTS_RE.exec(rightFull) ?? (r.metric === "oprate" ? AT_TIER_PLANTS_RE.exec(rightFull) : null)) : null;
    if (forSeg && (prev || r.metric === "oprate") && (prev?.metric === "oprate" || r.metric === "oprate")) {
      r.segmentOverride = (forSeg[1] ?? "").replace(/^the\s+/i, "");
      r.metric = "oprate";
      r.kind = "level";
      r.direction = null;
    }
    // "1,006,000 mt: that was China's refined copper output in August", "At 3.55 million mt, China's primary
    // aluminium output in August was up 1.4%", "6.89 million mt: China's alumina output in August": a level
    // stated first, its subject after it (China's output only, never a region's or a company's)
    if (r.metric === null && f.unitClass === "mt" && !r.excludedReason) {
      const after = s.slice(f.end, f.end + 240);
      const np = (FRONTED_LEVEL_CLEFT_RE.exec(after) ?? FRONTED_LEVEL_NAMED_RE.exec(after))?.[1];
      if (np && !foreignSubject(np)) {
        r.metric = "production";
        r.subject = `${np.replace(MONTH_LEAD_RE, "")} was `;
      }
    }
    // "Up 27.1% MoM at 30,750 mt, lithium carbonate output hit a record": a sentence that opens with its figures, then
    // names the output they are of (a plain product noun phrase: no one's possessive, no other subject)
    if (
      (r.metric === null || (r.metric === "production" && !metric)) &&
      (f.unitClass === "mt" || f.unitClass === "pct") &&
      !r.excludedReason &&
      figuresOnly(s.slice(0, f.start))
    ) {
      const np = FRONTED_FIGURES_NP_RE.exec(s.slice(f.end, f.end + 160))?.[1];
      if (np && !/['’]/.test(np) && !foreignSubject(np)) {
        r.metric = "production";
        r.subject = `${np} was `;
      }
    }
    // "This included 26,700 mt Ni of high-grade NPI, down 12.87% on the month, and 7,200 mt Ni of low-grade NPI":
    // in text about output, an amount "of" a named thing after an inclusion verb (and the list's next item) is that
    // thing's output
    if (f.unitClass === "mt" && !r.excludedReason && (r.metric === null ? carryMetric === "production" : r.metric === "production" && !metric)) {
      const of = amountOf;
      const listed =
        INCLUSION_LEFT_RE.test(left) ||
        (INCLUSION_NEXT_RE.test(left) &&
          readings.some((x) => x.figure.unitClass === "mt" && x.metric === "production" && INCLUSION_LEFT_RE.test(s.slice(0, x.figure.start))));
      if (of && listed && !foreignSubject(of) && !MONTH_WORD.test(of) && !EXCLUDED_METRIC_RES.some((re) => re.test(of))) {
        r.metric = "production";
        r.subject = `${of} output `;
      }
    }
    // "stood at 969,400 mt in April (including 54,000 mt of high-grade ...), down 4% on the month": after a bracket
    // of parts closes, the figure is the subject's before the bracket again
    // (and after a remark in brackets whose own number is left out: "168,000 mt (... lasts 7-10 days in July), a
    // year-on-year decrease of 45.98%" is the 168,000 mt's change, not the remark's)
    // ("• High-grade NPI (10-15% Ni), nickel content: 29,300 mt": a range in the label's brackets, the sentence's only figure
    // before, is no subject; the label is)
    if (
      prev &&
      readings.length === 1 &&
      r.metric === "production" &&
      /^[^()]*\)[^()]*:\s*$/.test(left) &&
      s.lastIndexOf("(", prev.figure.start) > s.lastIndexOf(")", prev.figure.start)
    )
      r.subject = s.slice(0, f.start).replace(/\([^)]*\)/g, (m) => " ".repeat(m.length));
    const remarkBefore = prev?.excludedReason !== null && prev !== undefined && s.lastIndexOf("(", prev.figure.start) > s.lastIndexOf(")", prev.figure.start);
    if ((prev?.segmentOverride !== undefined || remarkBefore) && !r.segmentOverride && AFTER_PARTS_RE.test(left)) {
      const open = s.lastIndexOf("(", prev.figure.start);
      const outer = open >= 0 ? [...readings].reverse().find((x) => x.figure.end <= open) : undefined;
      if (outer && outer.segmentOverride === undefined) r.subject = outer.subject;
    }
    // ---- level or change, direction
    const lk =
      forSeg && r.segmentOverride
        ? { kind: "level" as const, direction: null }
        : levelOrChange(
            movedFrom
              ? `${s.slice(0, movedFrom.index)}${movedFrom[1] ?? ""} to `
              : (itemLeft ?? left).replace(/\s+(?:MoM|YoY|m-o-m|y-o-y|m\/m|y\/y|month-on-month|year-on-year)\s*$/i, " "),
            f,
            right,
          );
    r.roleRule = "rule" in lk ? lk.rule : null;
    if (!lk.kind && (gappedLevel || itemLeft !== null)) {
      r.kind = "level";
      r.direction = null;
    } else if (lk.kind) {
      r.kind = lk.kind;
      r.direction = lk.direction;
    } else if (
      prev &&
      (CONJ_ONLY_RE.test(left) || PAREN_OPEN_RE.test(left) || (prev.kind === "change" && REMARK_THEN_AND_RE.test(left))) &&
      (prev.kind !== "level" || /\b(?:and|or)\b/i.test(left))
    ) {
      // "dropped by 15.3% MoM to 48,900 mt, and by 4.1% YoY": "and by" goes back to the last change
      const pctOf = (x: Reading): boolean => x.figure.unitClass === "pct" || x.figure.unitClass === "pp";
      const sameClass = [...readings].reverse().find((x) => pctOf(x) === pctOf(r));
      // "..., up 2.1% YoY, or 50,700 mt": "or" restates the change right before it in another unit
      const restates = prev.kind === "change" && /^\s*,\s*or\s*(?:approximately|about|around|nearly|over|more than|some|roughly)?\s*$/i.test(left);
      // ("fell by 6,800 mt in April to 285,200 mt, or 2.33%": a percentage after the level the change went to is that
      // change's, in another unit)
      const changeBeforeLevel =
        !sameClass && pctOf(r) && prev.kind === "level" && /^\s*,\s*or\s*$/i.test(left)
          ? [...readings].reverse().find((x) => x.kind === "change" && x.direction && x.figure.unitClass === "mt")
          : undefined;
      const src = restates
        ? prev
        : prev.kind === "level" && /\bby\b/i.test(left)
          ? ([...readings].reverse().find((x) => x.kind === "change") ?? prev)
          : (sameClass ?? changeBeforeLevel ?? prev);
      // ("24,600 mt in metal content, up 6.9% MoM, or 111,800 mt in physical content": a tonnage in another
      // content than the level before it restates the level)
      const content = f.unitClass === "mt" ? contentAfter(s, f.end) : null;
      const otherContentLevel =
        content !== null &&
        readings.some(
          (x) => x.kind === "level" && x.figure.unitClass === "mt" && contentAfter(s, x.figure.end) !== null && contentAfter(s, x.figure.end) !== content,
        );
      r.kind = otherContentLevel ? "level" : src.kind;
      r.direction = otherContentLevel ? null : src.direction;
    }
    // ("SMM expects both to decline in January, with Pr-Nd oxide down about 4% MoM": the first figure of its sentence in a
    // with-clause is the named part's too)
    if (!prev && r.metric === null) {
      const withName = withNameSubject(left);
      if (withName) r.subject = withName;
    }
    // "200-series production decreased by 11.2% MoM, 300-series by 7.1% MoM": the verb is not repeated
    const gappedBy = prev?.kind === "change" && prev.direction && r.direction === null ? GAPPED_BY_LEFT_RE.exec(left) : null;
    if (gappedBy && prev?.direction) {
      r.kind = "change";
      r.direction = prev.direction;
      // ("Refineries in Shanxi raised output by 6.8% in December, and those in Henan by 1.9%": the second clause's own
      // subject, not the first's)
      if (r.subject === prev.subject) r.subject = ` ${gappedBy[1] ?? ""} output `;
    }
    // "physical content is projected to rise 2.2% and metal content 1.8% MoM": the verb left out the second time, no "by"
    const gapped =
      prev?.kind === "change" && prev.direction && r.direction === null && f.unitClass === prev.figure.unitClass ? GAPPED_CHANGE_RE.exec(left) : null;
    if (gapped && prev?.direction && clauseName(gapped[1] ?? "")) {
      r.kind = "change";
      r.direction = prev.direction;
      r.subject = ` and ${gapped[1] ?? ""} output ${prev.direction === "down" ? "fell" : "rose"} `;
    }
    // ("to fall by about 1.5% in May, and by a further 2% or so in June": the change again, the verb left out)
    if (prev?.kind === "change" && prev.direction && r.direction === null && FURTHER_BY_RE.test(left)) {
      r.kind = "change";
      r.direction = prev.direction;
    }
    if (f.explicitSign !== 0) {
      r.kind = "change";
      r.direction = f.explicitSign > 0 ? "up" : "down";
    }
    // "the expected 1.0166 million mt" is the forecast level for the edition month
    if (
      /\bthe (?:expected|forecast(?:ed)?|estimated)\s*(?:level of\s*)?(?:of\s*)?$/i.test(left) ||
      EXPECTATION_OF_RE.test(left) ||
      /\b(?:SMM|we|the market)\s+(?:had\s+)?(?:previously\s+|originally\s+)?(?:expected|forecast|estimated|projected|predicted|pencill?ed\s+in)\s*(?:output\s+(?:of|at)\s*)?$/i.test(
        left,
      )
    ) {
      r.expectedLevel = true;
      r.kind = "level";
      r.metric = r.metric === "expect" || r.metric === null ? "production" : r.metric;
    }
    if (!r.expectedLevel && f.unitClass === "mt" && /\bthe\s*$/i.test(left) && EXPECT_TAIL_START_RE.test(rightFull)) {
      r.expectedLevel = true;
      r.kind = "level";
      r.metric = "production";
    }
    // ("exceeding SMM's forecast of a 2.05% MoM rise", "versus SMM's earlier forecast of a 2% increase": an earlier forecast
    // of the month's change, quoted against the actual, is the forecast of the edition month's change, its direction the noun's)
    const quotedChange = !r.expectedLevel && f.unitClass === "pct" && FORECAST_OF_A_LEFT_RE.test(left) ? QUOTED_CHANGE_NOUN_RE.exec(rightFull) : null;
    if (quotedChange) {
      r.expectedLevel = true;
      r.kind = "change";
      r.direction = /^(?:rise|increase|gain|growth|uptick)$/i.test(quotedChange[1] ?? "") ? "up" : "down";
      r.metric = "production";
      if (r.basis === null || r.basis === "expect") r.basis = "mom";
    }
    // ("SMM had pencilled in 6,900 mt of cobalt sulphate output for November, a decline of 2.1% MoM": the change set after
    // a forecast level, in its clause, is that forecast's change)
    if (
      !r.expectedLevel &&
      prev?.expectedLevel &&
      prev.kind === "level" &&
      f.unitClass === "pct" &&
      r.kind === "change" &&
      FORECAST_LEVEL_THEN_CHANGE_RE.test(left) &&
      /\b(?:SMM|we)\s+had\s+\S+(?:\s+in)?\s*$/i.test(prev.subject)
    ) {
      r.expectedLevel = true;
      r.metric = "production";
      if (r.basis === null || r.basis === "expect") r.basis = "mom";
    }
    // "... exceeding the expected X by Y mt", "beat the X SMM had expected by Y": Y is versus expectations
    if (prev?.expectedLevel && EXPECT_BY_RE.test(left)) {
      r.basis = "expect";
      r.kind = "change";
      const verb = s.slice(Math.max(0, prev.figure.start - 60), prev.figure.start);
      r.direction = /\b(?:below|lower|short|under|less|missed|trailed|lagged)\b/i.test(verb) ? "down" : "up";
      r.metric = "expect";
    }
    if (r.metric === "expect" && r.basis !== "expect" && !r.expectedLevel) r.basis = "expect";
    if (r.basis === "expect" && r.direction === null) {
      // "12,900 mt below SMM's own expectation": the comparison word may follow the figure
      const ctx = (
        left +
        " " +
        trailing +
        " " +
        (/^\s*(?:mt\s+)?(?:above|below|over|beyond|short of|higher|lower|more|less)\b/i.exec(rightFull)?.[0] ?? "")
      ).toLowerCase();
      r.direction = /\b(?:below|lower|short|under|less|missed|miss|shortfall|fell short|trailed|lagged|behind)\b/.test(ctx) ? "down" : "up";
      r.kind = "change";
    }
    // ---- cumulative
    const ownYtd =
      /\b(?:cumulative|cumulatively|year[- ]to[- ]date|ytd|so far this year|accumulated)\b|\b(?:over|in|during|for) the same (?:[a-z]+ )?months\b/i.test(
        left,
      ) ||
      // (not a span named before a semicolon: "a target of 300,000 mt for the full year; ... output in August will increase to 622,000 mt")
      months.some(
        (mm) => mm.role === "range-end" && mm.end <= f.start && mm.start >= (left.includes(";") ? gapStart + left.lastIndexOf(";") + 1 : gapStart - 5),
      );
    // ("...; November alone contributed 91,850 mt, up 2.6% MoM": a clause after a semicolon about one month is that month's,
    // and a month alone before its verb is no part: the output's)
    const monthClause = prev?.ytd === true && !metric && MONTH_CLAUSE_AFTER_SEMICOLON_RE.test(left);
    r.ytd = ownYtd || (prev?.ytd === true && !metric && !monthClause);
    if (monthClause && MONTH_ALONE_VERB_RE.test(left)) r.subject = "output ";
    // "High-grade NPI, with ..., accounted for most of the increase: its output rose to 3,650 mt": "its" right after the
    // colon is the name the sentence opens with
    // ("Anhui, home of the recycling cluster, took the heaviest blow, with its output down 41%": "with its" after the
    // region's or grade's clause is that name's too)
    const itsColon = r.metric === "production" ? ITS_AFTER_COLON_RE.exec(r.subject) : null;
    const itsWith = r.metric === "production" && !itsColon ? ITS_WITH_RE.exec(r.subject) : null;
    // ("High-grade NPI (10-15% Ni) led the recovery in March: output rose 14.6%": a bare "output" after the colon of a
    // grade's or a region's clause is that name's)
    const bareColon = r.metric === "production" && !itsColon && !itsWith ? BARE_OUTPUT_AFTER_COLON_RE.exec(r.subject) : null;
    const opening = itsColon ? openingName(s) : itsWith || bareColon ? openingName(s, true) : null;
    const its = itsColon ?? itsWith ?? bareColon;
    if (its && opening !== null) r.subject = `${opening} ${its[1] ?? ""} ${its[2] ?? ""}`;
    // ---- month
    r.month = pickMonth(months, f, s);
    // ("In October it reached 11,350 mt; the September figure is revised to 10,999 mt": September's)
    const revisedMonth = revisedAt >= 0 ? months.find((mm) => mm.start >= revisedAt && mm.end <= f.start) : undefined;
    if (revisedMonth) r.month = { ...revisedMonth, role: "period" };
    // ("May output missed our April call by 1,150 mt": the month of a call is when it was made, not the figure's month)
    if ((r.metric === "expect" || r.expectedLevel) && r.month && CALL_AFTER_MONTH_RE.test(s.slice(r.month.end, r.month.end + 16))) {
      const at = r.month.start;
      r.month = [...months].reverse().find((mm) => mm.end <= at && !CALL_AFTER_MONTH_RE.test(s.slice(mm.end, mm.end + 16))) ?? null;
    }
    // "output was 13.5 million mt in 2024": a year's total, not a month's figure
    const yearOnly = /^\s*(?:mt|tonnes|t)?\s*(?:in|for|during|over)\s+(?:the\s+(?:whole\s+)?year\s+)?((?:19|20)\d{2})\b(?!\s*[-/]\d)/i.exec(rightFull);
    // a cumulative flag carried from the figure before holds only for the year that figure is about
    // ("Full-year 2024 output ..., up 3.87% YoY, compared with growth of 3.7% in 2023": 2023's growth is no 2024 figure)
    const sameYearCarried = r.ytd && !ownYtd && yearOnly !== null && prev !== undefined && s.slice(0, prev.figure.start).includes(yearOnly[1] ?? "");
    if (
      yearOnly &&
      !ownYtd &&
      (!r.ytd || !sameYearCarried) &&
      !months.some((mm) => mm.role === "range-end" && (mm.year === null || String(mm.year) === yearOnly[1]))
    ) {
      r.excludedReason = ex("other-time", `a figure for the year ${yearOnly[1]}, not a month`);
      r.wholeYear = Number(yearOnly[1]);
    }
    // ("bringing the total to 172,000 mt for the year", "some 180,000 mt for the full year": a year's total with no
    // year named, so so far this year or the whole year's; not a month's figure either way)
    if (!r.excludedReason && !r.ytd && !yearOnly && WHOLE_YEAR_AFTER_RE.test(rightFull)) {
      r.excludedReason = ex("other-time", "a figure for the year (to date or whole), not a month");
      r.yearUnnamed = true;
    }
    // "up 82.98% from 2010's 45,250 mt": a year's possessive right before a tonnage names that year's total, the base
    const yearOwn = !yearOnly && f.unitClass === "mt" ? YEAR_POSSESSIVE_BEFORE_RE.exec(s.slice(Math.max(0, f.start - 40), f.start)) : null;
    if (yearOwn && !r.excludedReason) {
      r.excludedReason = ex("other-time", `a figure for the year ${yearOwn[1]}, not a month`);
      r.wholeYear = Number(yearOwn[1]);
    }
    // ("rising to 68.5% from 63.2% a month earlier": the figure compared with, the month before's)
    if (!r.excludedReason && COMPARED_WITH_BEFORE_RE.test(s.slice(Math.max(0, f.start - 40), f.start)) && EARLIER_AFTER_FIGURE_RE.test(rightFull))
      r.excludedReason = ex("other-time", "the figure compared with, a month or a year earlier");
    // ("compared with the January revised data of 19.82 ten thousand tons": the level of the month compared with, that
    // month's figure)
    const comparedMonth =
      f.unitClass === "mt" && !r.excludedReason
        ? months.find(
            (mm) =>
              mm.role === "compare" &&
              mm.end <= f.start &&
              f.start - mm.end < 50 &&
              COMPARED_MONTH_LEVEL_RE.test(s.slice(mm.end, f.start)) &&
              /\b(?:compared|relative)\s+(?:with|to)\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, mm.start - 24), mm.start)),
          )
        : undefined;
    if (comparedMonth) r.month = { ...comparedMonth, role: "period" };
    // ("an increase of 10.4% on the 22.03 million mt of 2012": the year's total compared with)
    const comparedYear =
      !yearOnly && !yearOwn && f.unitClass === "mt" && COMPARED_WITH_BEFORE_RE.test(s.slice(Math.max(0, f.start - 40), f.start))
        ? YEAR_AFTER_FIGURE_RE.exec(rightFull)
        : null;
    if (comparedYear && !r.excludedReason) {
      r.excludedReason = ex("other-time", `a figure for the year ${comparedYear[1]}, not a month`);
      r.wholeYear = Number(comparedYear[1]);
    }
    // (not across a reason clause: "to rise by about 2% MoM as smelters push to meet their full-year plans")
    const rangeAfter = months.find(
      (mm) =>
        mm.role === "range-end" &&
        mm.start >= f.end &&
        !/[,;]/.test(s.slice(f.end, mm.start)) &&
        !OTHER_CLAUSE_BEFORE_MONTH_RE.test(s.slice(f.end, mm.start)) &&
        // ("22.4% less than in the first half of 2008": the span compared with)
        !/\b(?:than|from|versus|vs\.?|compared (?:with|to))\s+(?:in\s+)?(?:the\s+)?$/i.test(s.slice(f.end, mm.start)) &&
        mm.start - f.end < 40,
    );
    if (rangeAfter) {
      r.month = rangeAfter;
      r.ytd = true;
    }
    if (r.month?.role === "range-end") r.ytd = true;
    readings.push(r);
    prevTrailEnd = f.end + trailing.length;
  }
  // a comparison base leading a clause ("YoY, output fell 2.2%", "Y/y it rose 7.6%", "..., while YoY it
  // fell 3.2%", "Compared with March 2025, output was 4.6% higher"): it holds for the clause's figures
  // that have no base of their own, up to the next clause that leads with one
  const leads = clauseLeads(s);
  for (const r of readings) {
    if (r.basis || r.kind === "level") continue;
    const lead = lastLeadBefore(s, leads, r.figure.start);
    if (!lead) continue;
    r.basis = lead.basis;
    if (lead.compare) r.leadCompare = lead.compare;
  }
  const byList = /\bby (?:feedstock|raw materials?|material|type|source|series|product|grade|region|origin|route)\s*:/i.exec(s);
  if (byList) {
    for (const r of readings) {
      if (r.figure.start < byList.index) continue;
      const before = s.slice(byList.index + byList[0].length, r.figure.start);
      // ("spodumene up 19.4% m-o-m; lepidolite up 8.2%": an item's direction word may stand between its name and its figure)
      const item =
        /(?:^|[,;:]|\band\b)\s*([A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,2}?)\s*(?:output\s*)?(?:(?:was|were|rose|fell|up|down|increased|decreased|grew|declined|dropped|climbed)\s+(?:by\s+)?)?[:\s]*$/.exec(
          before,
        );
      if (item && !/\b(?:up|down|rose|fell|mom|yoy|m\/m|y\/y)\b/i.test(item[1] ?? "")) r.segmentOverride = item[1];
    }
  }
  // "Cobalt sulphate rose 4.1% MoM to an average of 86,500 yuan/mt": a change whose level is a price is the price's
  for (let k = 0; k + 1 < readings.length; k++) {
    const r = readings[k] as Reading;
    const n = readings[k + 1] as Reading;
    if (r.excludedReason || n.figure.unitClass !== "price" || r.figure.unitClass === "price") continue;
    if (PRICE_LEVEL_AFTER_RE.test(s.slice(r.figure.end, n.figure.start))) {
      r.excludedReason = ex("not-production", "the change of a price (its level is a price)");
      // ("Aluminium fell 2.8% MoM in March and 11.6% YoY, to an average of 16,050 yuan/mt": the changes joined before it too)
      for (let j = k - 1; j >= 0; j--) {
        const p = readings[j] as Reading;
        const q = readings[j + 1] as Reading;
        if (p.excludedReason || p.figure.unitClass !== "pct" || !PRICE_CHANGE_JOINT_RE.test(s.slice(p.figure.end, q.figure.start))) break;
        p.excludedReason = ex("not-production", "the change of a price (its level is a price)");
      }
    }
  }
  // "Zinc slumped 5.3% in April from March ..., with the SMM #1 zinc ingot average sinking to 15,080 yuan/mt": a bare metal
  // as the subject of a change, in a sentence that states a price, is the metal's price
  if (readings.some((x) => x.figure.unitClass === "price"))
    for (const r of readings)
      if (!r.excludedReason && r.figure.unitClass === "pct" && BARE_METAL_SUBJECT_RE.test(s.slice(0, r.figure.start).split(/[;:]|,\s+(?=[a-z]+\s)/)[0] ?? ""))
        r.excludedReason = ex("not-production", "the change of a metal's price (the sentence states the price)");
  for (const r of readings) {
    if (r.excludedReason?.threshold !== true) continue;
    const other = readings.some((x) => x !== r && !x.excludedReason && x.figure.unitClass === r.figure.unitClass && (x.kind === "level" || x.kind === null));
    if (other) continue;
    r.excludedReason = null;
    r.kind = "level";
    r.direction = null;
    if (r.figure.hedge === "exact") r.figure.hedge = /\b(?:below|under|less than|short of)\b[^,;]*$/i.test(s.slice(0, r.figure.start)) ? "under" : "over";
  }
  // "dropped to 52.3% from 57.9%", "rose to 1.2 million mt from 1.1 million mt": the level it moved from is the month before's
  for (let k = 1; k < readings.length; k++) {
    const r = readings[k] as Reading;
    const p = readings[k - 1] as Reading;
    // (only where nothing dates it: "to 61.5% in June from 57.1% in May" dates May's own level, read as May's)
    if (r.excludedReason || r.month || p.kind !== "level" || r.figure.unitClass !== p.figure.unitClass) continue;
    if (!/^\s*(?:mt|tonnes|t|%)?\s*from\s+(?:about\s+|around\s+)?$/i.test(s.slice(p.figure.end, r.figure.start))) continue;
    if (!/\bto\s+(?:about\s+|around\s+|approximately\s+)?$/i.test(s.slice(Math.max(0, p.figure.start - 24), p.figure.start))) continue;
    r.excludedReason = ex("other-time", "the level it moved from, an earlier month's");
  }
  markRanges(readings, s);
  // "a 7.81% MoM and 4.55% YoY drop": the direction noun after the pair is the first number's too
  for (let k = 0; k + 1 < readings.length; k++) {
    const r = readings[k] as Reading;
    const n = readings[k + 1] as Reading;
    if (r.direction !== null || r.figure.explicitSign !== 0 || r.kind === "level" || n.kind !== "change" || !n.direction) continue;
    if (!/^\s*(?:MoM|YoY|m-o-m|y-o-y|m\/m|y\/y|month-on-month|year-on-year)\s+and\s+(?:a\s+)?$/i.test(s.slice(r.figure.end, n.figure.start))) continue;
    if (!CHANGE_AFTER_RE.test(s.slice(n.figure.end))) continue;
    r.kind = "change";
    r.direction = n.direction;
  }
  gappedChanges(readings, s);
  changeAfterComparedLevel(readings, s);
  shareDirection(readings, s);
  pairExpectations(readings, s);
  shareComparisons(readings, s);
  distributeRespectively(readings, s);
  pairComparedChanges(readings, s);
  respectiveBases(readings, s);
  frontedBasis(readings, s);
  slashPairBasis(readings, s);
  for (const r of readings) assignMeasure(r, s);
  return readings;
}

// ("Against May last year, when 1,631 mt was produced, output was 6.8% lower": a month of last year; "- Year on year, March
// output slid 3.4%": after a list's bullet too)
const FRONTED_YOY_RE = new RegExp(
  String.raw`^\s*(?:[-•*▪–]\s+)?(?:(?:compared (?:with|to)|from|relative to|versus|against)\s+(?:a year (?:ago|earlier|before)|the same (?:month|period) (?:of |in )?(?:last|the previous) year|(?:${MONTH_RE_SRC}\s+)?last year)|year[- ]on[- ]year|on the year)\s*,`,
  "i",
);
const FRONTED_MOM_RE =
  /^\s*(?:[-•*▪–]\s+)?(?:(?:compared (?:with|to)|from|relative to|versus|against)\s+(?:a month (?:ago|earlier|before)|the (?:previous|prior|preceding) month|last month)|month[- ]on[- ]month|on the month)\s*,/i;

/**
 * "From a year ago, zinc output was up 12.6% and primary lead output was 0.8% lower": a comparison
 * base that opens the sentence is the base of every change in it that names none of its own, up to a ";".
 */
function frontedBasis(rs: Reading[], s: string): void {
  const basis = FRONTED_YOY_RE.test(s) ? "yoy" : FRONTED_MOM_RE.test(s) ? "mom" : null;
  if (!basis) return;
  // (up to the first ";": "Year on year, output was up 22%; from March it rose 4.0%" opens a clause with a base of its own)
  const semi = s.indexOf(";");
  const end = semi < 0 ? s.length : semi;
  for (const r of rs)
    if (r.basis === null && r.kind === "change" && r.figure.start < end) {
      r.basis = basis;
      r.basisRule = "fronted-base";
    }
}

const MONTH_YEAR_TO_RE = new RegExp(`${MONTH_RE_SRC}\\s+(?:19|20)\\d{2}\\s+to\\s*$`);

/** "1%-2%", "1-2%"-like pairs, "between 1% and 2%": a range is not one number (both are left out). */
function markRanges(rs: Reading[], s: string): void {
  for (const r of rs) {
    const before = s.slice(Math.max(0, r.figure.start - 24), r.figure.start);
    // "400,000-410,000 mt", "45-46GW": the first number carries no unit of its own
    // ("in August 2023 to 967,300 mt": a month's year is no first number)
    // "between 960,000 and 975,000 mt": the same with "between ... and"
    const before40 = s.slice(Math.max(0, r.figure.start - 40), r.figure.start);
    if (/\bbetween\s+(?:about\s+|around\s+|approximately\s+)?\d[\d,]*(?:\.\d+)?\s*(?:million|thousand|mn)?\s+and\s+(?:about\s+|around\s+)?$/i.test(before40))
      r.excludedReason = ex("no-measure", `a range (${before40.replace(/^.*?\bbetween\s+/i, "between ")}${r.figure.raw}), not one number`);
    // ("... in September 2022, to 27,400 mt": a comma before "to" ends a clause, no range)
    else if (
      // ("in a range of 2.05 million to 2.15 million mt": the first number's scale word, no unit)
      /(?:^|[^\w.,])\d[\d,]*(?:\.\d+)?\s*(?:(?:million|mln|mn|thousand)\s*)?(?:[-–—~]|to)\s*$/.test(before) &&
      !/\bfrom\s+\S+\s*to\s*$/i.test(before) &&
      // ("March 2016 - 4.87 million mt": a label's month and year, then its figure)
      !/[A-Za-z]+\s+(?:19|20)\d{2}\s+[-–—]\s+$/.test(before) &&
      !MONTH_YEAR_TO_RE.test(before) &&
      !/,\s*to\s*$/.test(before)
    )
      r.excludedReason = ex("no-measure", `a range (${before.replace(/^.*?(\d[\d,.]*\s*(?:[-–—~]|to)\s*)$/, "$1")}${r.figure.raw}), not one number`);
    // "silicon metal (Si≥97%)", "purity >99.9%": a grade, not a figure
    // ("refined ni 35.2 kt": a tonnage after an element's symbol is no grade)
    else if (/(?:[≥≤<>]=?|\bpurity(?: of)?|\bgrade(?: of)?)\s*$/i.test(before) || (r.figure.unitClass !== "mt" && /(?:\bSi|\bNi)\s*$/i.test(before)))
      r.excludedReason = ex("not-production", "a grade or specification, not a figure");
  }
  for (let i = 0; i + 1 < rs.length; i++) {
    const a = rs[i] as Reading;
    const b = rs[i + 1] as Reading;
    if (a.figure.unitClass !== b.figure.unitClass) continue;
    const between = s.slice(a.figure.end, b.figure.start);
    const dash = /^\s*[-–—~]\s*$/.test(between) || (between.trim() === "" && /^[-–—~]/.test(b.figure.raw));
    const betweenAnd = /^\s*and\s*$/i.test(between) && /\bbetween\s*$/i.test(s.slice(Math.max(0, a.figure.start - 12), a.figure.start));
    // "-6% to -8% MoM": two signed changes joined by "to" ("rose 5% to 120,000 mt" is a change and a level)
    const signedTo = /^\s*to\s*$/i.test(between) && a.figure.explicitSign !== 0 && b.figure.explicitSign !== 0;
    if (!dash && !betweenAnd && !signedTo) continue;
    const why = `a range (${s.slice(a.figure.start, b.figure.end)}), not one number`;
    a.excludedReason = ex("no-measure", why);
    b.excludedReason = ex("no-measure", why);
  }
}

/**
 * What joins the two numbers of one change: "or", "i.e.", or a bracket, optionally after the first's base and month
 * ("rose 4.5% m-o-m in October, or by 70 mt", "a decline of 80 mt in August (6.7%)").
 */
const PAIR_JOINT_RE = new RegExp(
  String.raw`^\s*(?:mt|tonnes|t)?\s*(?:${BASE_ABBREV_SRC}\s*)?(?:(?:in|during)\s+${MONTH_RE_SRC}(?:\s+\d{4})?\s*)?(?:(?:from|on|over|against)\s+(?:the\s+)?(?:(?:revised|preliminary)\s+)?(?:${MONTH_RE_SRC}\s+)?(?:level|figure|total|output)\s*)?(?:,?\s*(?:or|i\.e\.|equivalent to|representing)\s*(?:by\s+)?(?:about|approximately|around|nearly|roughly|some)?|\(\s*(?:or\s+)?)\s*$`,
  "i",
);

/** Before a level compared with: "against ", "compared with about ". */
const COMPARED_LEVEL_BEFORE_RE = /\b(?:against|compared (?:with|to)|versus|vs\.?)\s+(?:about\s+|around\s+)?$/i;
/** Between a year-ago level and the change from it: " mt in January last year, a rise of ", " mt a year earlier, up ". */
const YEAR_AGO_LEVEL_THEN_CHANGE_RE = new RegExp(
  String.raw`^\s*(?:mt|tonnes|tons|t)?\s+(?:(?:in|for)\s+(?:${MONTH_RE_SRC})\s+(?:of\s+)?last year|a year (?:earlier|ago|before))\s*,\s*(?:an?\s+(?:rise|increase|gain|drop|decline|fall|decrease)\s+of|up|down|higher|lower)\s*(?:about\s+|around\s+|by\s+)?$`,
  "i",
);

/** "at about 11,200 mt, against 10,700 mt in January last year, a rise of 4.7%": the change from a year-ago level is YoY. */
function changeAfterComparedLevel(rs: Reading[], s: string): void {
  for (let k = 0; k + 1 < rs.length; k++) {
    const a = rs[k] as Reading;
    const b = rs[k + 1] as Reading;
    if (a.figure.unitClass !== "mt" || b.basis !== null) continue;
    if (!COMPARED_LEVEL_BEFORE_RE.test(s.slice(Math.max(0, a.figure.start - 30), a.figure.start))) continue;
    if (!YEAR_AGO_LEVEL_THEN_CHANGE_RE.test(s.slice(a.figure.end, b.figure.start))) continue;
    b.basis = "yoy";
    b.yearAgoBase = true;
  }
}

/** A part's name alone between list commas before a gapped change: ", 200-series ", " and 400-series ". */
const GAPPED_ITEM_LEFT_RE = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s*$/i;
/** A change's level after it: " to 365,000 mt" (the number follows). */
const TO_LEVEL_AFTER_RE = /^\s*(?:MoM|m-o-m|m\/m)?\s*to\s*(?:about\s+|around\s+)?$/i;

/**
 * "300-series production dropped 3.6% to 540,000 mt, 200-series 3.9% to 365,000 mt and 400-series 2.3% to 215,000 mt":
 * list items that leave out the verb of the first take its direction (each item a name, a percentage and "to" a level, as
 * the first is).
 */
function gappedChanges(rs: Reading[], s: string): void {
  for (let k = 1; k + 1 < rs.length; k++) {
    const r = rs[k] as Reading;
    if (r.figure.unitClass !== "pct" || r.kind !== null || r.direction !== null || r.figure.explicitSign !== 0) continue;
    const prevEnd = (rs[k - 1] as Reading).figure.end;
    if (!GAPPED_ITEM_LEFT_RE.test(s.slice(prevEnd, r.figure.start))) continue;
    if (!TO_LEVEL_AFTER_RE.test(s.slice(r.figure.end, (rs[k + 1] as Reading).figure.start))) continue;
    const first = rs
      .slice(0, k)
      .find(
        (p, i) =>
          p.figure.unitClass === "pct" &&
          p.kind === "change" &&
          p.direction !== null &&
          rs[i + 1] !== undefined &&
          TO_LEVEL_AFTER_RE.test(s.slice(p.figure.end, (rs[i + 1] as Reading).figure.start)),
      );
    if (!first) continue;
    r.kind = "change";
    r.direction = first.direction;
    r.basis = r.basis ?? first.basis;
    if (!r.metric) r.metric = first.metric;
  }
}

/** The bracket of a pair closing on a comparative: ") fewer than", ") higher than". */
const BRACKET_THEN_COMPARATIVE_RE = /^\s*\)\s*(?:more|less|fewer|higher|lower|above|below)\b/i;

/**
 * One direction for two numbers joined by "or": "485,900 mt or 6.5% more than a year earlier",
 * "fell by 12,000 mt, or 4.1%". The pair is one change: both take the direction, base and
 * cumulative flag of the one that states them.
 */
function shareDirection(rs: Reading[], s: string): void {
  for (let i = 0; i + 1 < rs.length; i++) {
    const a = rs[i] as Reading;
    const b = rs[i + 1] as Reading;
    // one year's total and its change ("totalled 10.28 million mt in 2022, up 3.07% or 306,200 mt") are still one change
    const sameYear = a.wholeYear !== undefined && a.wholeYear === b.wholeYear;
    if ((a.excludedReason || b.excludedReason) && !sameYear) continue;
    const between = s.slice(a.figure.end, b.figure.start);
    if (!PAIR_JOINT_RE.test(between)) continue;
    const mtThenPct = (a.figure.unitClass === "mt" && b.figure.unitClass === "pct") || (a.figure.unitClass === "pct" && b.figure.unitClass === "mt");
    if (!mtThenPct) continue;
    // "24,600 mt in metal content, up 6.9% MoM, or 111,800 mt in physical content": the tonnage after "or" restates
    // the level in the other content, not the change
    const mtOne = a.figure.unitClass === "mt" ? a : b;
    const ownContent = contentAfter(s, mtOne.figure.end);
    if (
      ownContent &&
      rs.some((x) => x !== mtOne && x.kind === "level" && x.figure.unitClass === "mt" && (contentAfter(s, x.figure.end) ?? ownContent) !== ownContent)
    )
      continue;
    const src = a.kind === "change" && a.direction ? a : b.kind === "change" && b.direction ? b : null;
    if (!src) continue;
    // ("1.14 million mt (+2.1% MoM)": a bracket after a level gives the level's change; only after a change, "a decline of
    // 80 mt in August (6.7%)", does it restate the change)
    // (but "0.38 GW (14.4%) fewer than": a comparative after the bracket makes the pair one change)
    if (src !== a && /\(\s*(?:or\s+)?$/.test(between) && !BRACKET_THEN_COMPARATIVE_RE.test(s.slice(b.figure.end))) continue;
    // ("fell by 6,800 mt to 285,200 mt, or 2.33%": the level a change went "to" stays a level; the percentage is the change's)
    if (
      src !== a &&
      a.kind === "level" &&
      /\bto\s+(?:about\s+|around\s+|approximately\s+|roughly\s+|some\s+|nearly\s+)?$/i.test(s.slice(Math.max(0, a.figure.start - 24), a.figure.start))
    )
      continue;
    for (const r of [a, b]) {
      if (r === src) continue;
      r.kind = "change";
      r.direction = src.direction;
      r.basis = r.basis ?? src.basis;
      r.ytd = r.ytd || src.ytd;
      if (!r.metric || r.metric === "production") r.metric = src.metric;
    }
    if (!src.basis && (a.basis || b.basis)) src.basis = a.basis ?? b.basis;
  }
}

/** Text up to the first clause break ("higher, with new capacity": the metric after a comma is another clause's). */
const clauseHead = (t: string): string => t.split(/[,;.]\s/)[0] ?? t;

/** METRIC_RES for a first match (not global: no lastIndex state). */
const METRIC_FIRST_RES = METRIC_RES.map(({ metric, re }) => ({ metric, re: new RegExp(re.source, re.flags.replace("g", "")) }));

/**
 * The metric a change noun after a figure is of: "a 28-percentage-point drop in capacity utilisation" (its "in"/"of"
 * object; not the next clause's noun: "a further 4.05% MoM rise and an operating rate of 86.1%").
 */
function metricOfChangeNoun(after: string): Metric | null {
  const head = clauseHead(after);
  return /^\s*(?:and\s+|but\s+|while\s+)/i.test(head) ? null : nearestMetricAhead(head);
}
function nearestMetricAhead(text: string): Metric | null {
  let best: { metric: Metric; index: number } | null = null;
  for (const { metric, re } of METRIC_FIRST_RES) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = { metric, index: m.index };
  }
  return best?.metric ?? null;
}

/** Level or change, and the change's direction: the first rule of the role table (roles.ts) that matches; `rule` names it. */
/** Between a month compared with and its level: "'s revised data of ", " output of about ". */
const COMPARED_MONTH_LEVEL_RE =
  /^(?:'s)?\s+(?:revised\s+|preliminary\s+|published\s+)?(?:data|figure|level|output|production)\s+(?:of|at)\s+(?:about\s+|around\s+|approximately\s+)?$/i;
/** A change noun that moved by an amount: "the decline narrowed by ", "the YoY gain widened by around " (group 1: up to the verb). */
const CHANGE_MOVED_BY_RE = new RegExp(
  String.raw`\b((?:${MOVED_CHANGE_NOUN_SRC})\s+(?:${MOVED_VERB_SRC}))\s+by\s+(?:about|around|roughly|some|nearly)?\s*$`,
  "i",
);
/** Between the amount a change moved by and its new size: " percentage points to ", " pp to ", " to ". */
const MOVED_TO_LEFT_RE = /^\s*(?:percentage points?|pct\.? pts?|ppts?|pp|pts)?\s*to\s*$/i;
function levelOrChange(left: string, f: Figure, right: string): Role {
  return roleOf(left, f.hedge, right);
}

/** The month a figure describes: the nearest period mention (before preferred), else none. */
/** What joins a month to the figure it names: "February figure of", "May level at about". */
const MONTH_NAMES_FIGURE_RE = new RegExp(String.raw`^\s+(?:figure|level|output|total|reading|number)\s+(?:of|at)\s+(?:${APPROX_SPACE_SRC})?$`, "i");

/** The words before a figure compared with: "compared with ", "from a revised ", "versus about ". */
const COMPARED_WITH_SRC = String.raw`\b(?:compared (?:with|to)|versus|vs\.?|against|from)\s+(?:(?:the|an?|its)\s+)?(?:(?:revised|preliminary|restated)\s+)?(?:about\s+|around\s+|roughly\s+|approximately\s+)?`;
/** What comes before the month of a figure compared with: "compared with 1,400 mt in ", "versus about 2.1 million mt in ". */
const COMPARED_FIGURE_MONTH_RE = new RegExp(String.raw`${COMPARED_WITH_SRC}[\d,.]+\s*(?:million\s+)?(?:mt|tonnes|tons|t|GW)?\s+(?:in|for|during)\s+$`, "i");
/** ", and by a further ", ", and again by about ": a second change with the verb of the first left out. */
const FURTHER_BY_RE =
  /^\s*(?:in\s+[A-Z][a-z]+\s*)?,?\s*(?:and|then)\s+(?:again\s+by|by\s+(?:another|a\s+further))\s+(?:about\s+|around\s+|roughly\s+|approximately\s+)?$/;
/** A figure compared with, right before the figure: "from 84,300 mt" (the text before it). */
const COMPARED_WITH_BEFORE_RE = new RegExp(`(?:${COMPARED_WITH_SRC}|\\bon\\s+the\\s+)$`, "i");
/** What dates a figure compared with to the month or year before: " a month earlier", " in the previous month", " last year". */
const EARLIER_AFTER_FIGURE_RE =
  /^\s*(?:mt|tonnes|t)?\s*(?:(?:a|one)\s+(?:month|year)\s+(?:earlier|before|ago)|(?:in|during)\s+the\s+(?:previous|prior|preceding)\s+(?:month|year)|last\s+(?:month|year))\b/i;
/** A year right after a figure: " mt of 2012", " mt in 2012". */
const YEAR_AFTER_FIGURE_RE = /^\s*(?:mt|tonnes|t)?\s+(?:of|in)\s+((?:19|20)\d{2})\b(?!\s*[-/]\d)/i;

/** Right after a month, the forecast made then: " SMM had forecast", ", we had expected", " (SMM) had projected". */
const FORECAST_MADE_AFTER_MONTH_RE =
  /^\s*,?\s*(?:SMM|we|analysts)\s+had\s+(?:previously\s+|originally\s+)?(?:forecast|expected|projected|predicted|estimated)\b/i;

function pickMonth(months: MonthMention[], f: Figure, s = ""): MonthMention | null {
  // "compared to June's 6,559.3 mt": a month's possessive right before the number is its month
  // ("down 2.3% from May's revised 1.134 million mt": a revised figure's too)
  const own = months.find(
    (m) =>
      m.end <= f.start &&
      /^['’]s\s+(?:(?:revised|preliminary|restated|final)\s+)?(?:(?:output|production|total|level|figure)\s+(?:of\s+)?)?(?:approximately\s+|about\s+|around\s+)?$/i.test(
        s.slice(m.end, f.start).replace(/^\s*/, (x) => (/['’]s$/.test(s.slice(m.start, m.end)) ? "'s" + x : x)),
      ),
  );
  if (own) return { ...own, role: "period" };
  // "1.9% less than in October (8,510 mt)": a level in brackets right after a month is that month's
  // (a tonnage alone in the brackets; "October (-0.37% MoM)" is the change against October)
  const bracketed =
    f.unitClass === "mt" && /^\s*\)/.test(s.slice(f.end))
      ? months.find((m) => m.end <= f.start && /^(?:\s+(?:19|20)\d{2})?\s*\(\s*(?:about\s+|around\s+)?$/.test(s.slice(m.end, f.start)))
      : undefined;
  if (bracketed) return { ...bracketed, role: "period" };
  // "up 31.5% from a revised February figure of 10,360 mt": the month naming the figure right before it is its month
  const named = months.find((m) => m.end <= f.start && MONTH_NAMES_FIGURE_RE.test(s.slice(m.end, f.start)));
  if (named) return { ...named, role: "period" };
  // ("after a 9.4% rise in November": the month right after a change's own noun is its month, whatever month came before)
  const nounMonth = months.find((m) => m.start >= f.end && m.role === "period" && CHANGE_NOUN_IN_MONTH_RE.test(s.slice(f.end, m.start)));
  if (nounMonth && AFTER_EARLIER_CHANGE_MONTH_RE.test(s.slice(Math.max(0, nounMonth.start - 50), nounMonth.start))) return nounMonth;
  // "Unlike April, when a 6.2% increase was recorded, ...": the when-clause is about the month it follows
  const whenOf = months.find((m) => m.end <= f.start && /^\s*,?\s*when\b[^,;.]*$/i.test(s.slice(m.end, f.start)));
  if (whenOf) return { ...whenOf, role: "period" };
  // "dropped to 79,600 mt in June from 84,300 mt in May": the figure compared with is the month's named right after it
  if (COMPARED_WITH_BEFORE_RE.test(s.slice(Math.max(0, f.start - 40), f.start))) {
    const compared = months.find((m) => m.start >= f.end && /^\s*(?:in|for|during)\s+$/i.test(s.slice(f.end, m.start)));
    if (compared) return { ...compared, role: "period" };
  }
  // "528,900 mt in June and 508,800 mt in July 2022": a month right after the figure is its own
  // ("to reach about 45,000 mt of nickel in May": after the figure's content words too)
  const ownAfter = months.find(
    (m) =>
      m.start >= f.end &&
      m.role !== "compare" &&
      m.role !== "since" &&
      /^\s*(?:(?:of\s+|in\s+)?(?:nickel|metal|ni|physical)(?:\s+content)?\s+)?(?:in|for|during)\s+$/i.test(s.slice(f.end, m.start)),
  );
  // (the month before belongs to another figure, or to the clause before an "and": "rise 3.5% in April and to reach about 45,000 mt in May")
  // ("498,000 mt in April, 505,000 mt in May": or a list's comma, the month before another figure's)
  if (ownAfter && months.some((m) => m.end <= f.start && m.role === "period" && /\d|\band\b|^\s*,\s*$/.test(s.slice(m.end, f.start)))) return ownAfter;
  let best: MonthMention | null = null;
  let bestCost = Infinity;
  for (const m of months) {
    if (m.role === "compare" || m.role === "since") continue;
    // a month named after the figure in another clause ("fell 1.6%, and in October it is projected ...", "down 2.2% MoM,
    // with a further drop in December", "up 11.2% MoM, mostly because February had only 28 days", "up 1.6% to 95.2%, some
    // local refineries resumed normal production in early February") is not its month
    if (m.start >= f.end && OTHER_CLAUSE_BEFORE_MONTH_RE.test(s.slice(f.end, m.start))) continue;
    // "did not increase as some producers had planned in September; it fell to 8,600 mt": the month of a plan or a
    // prediction before a semicolon dates the plan, not the figure after it
    if (m.end <= f.start && s.slice(m.end, f.start).includes(";") && PLAN_MONTH_BEFORE_RE.test(s.slice(Math.max(0, m.start - 40), m.start))) continue;
    // ("In September SMM had forecast October output to rise 6%; it rose 8.3%": the month the forecast was made in, before
    // a semicolon, dates the forecast, not the outcome after it)
    if (m.end <= f.start && s.slice(m.end, f.start).includes(";") && FORECAST_MADE_AFTER_MONTH_RE.test(s.slice(m.end, m.end + 40))) continue;
    // "to fall by more than 10% m-o-m and March output to recover to ...": a month after the figure that opens another
    // subject ("and March output") dates that subject, not the figure
    if (
      m.start >= f.end &&
      /\b(?:and|while|with|but|whereas)\s+(?:in\s+)?$/i.test(s.slice(f.end, m.start)) &&
      /^(?:['’]s)?\s+(?:output|production|supply)\b/i.test(s.slice(m.end))
    )
      continue;
    // "to rise by approximately 40% from the very low December base": the month of the base compared with
    if (
      m.start >= f.end &&
      /\b(?:from|than|versus|vs\.?|against|compared (?:with|to))\s+(?:the\s+)?(?:[a-z]+\s+){0,3}$/i.test(s.slice(f.end, m.start)) &&
      /^(?:['’]s\b|\s+(?:base|level|figure|total|output|production)\b)/i.test(s.slice(m.end))
    )
      continue;
    // "up 9.4% YoY, beating SMM's November forecast by 1,100 mt": the month of a forecast named after the figure is the call's
    if (m.start >= f.end && CALL_AFTER_MONTH_RE.test(s.slice(m.end, m.end + 16))) continue;
    // ("In its March report, SMM had expected a rise ...; the actual increase was 3.1%": the month of a report is when it came out)
    if (m.end <= f.start && REPORT_AFTER_MONTH_RE.test(s.slice(m.end, m.end + 16))) continue;
    // ("below the 38,500 mt SMM had forecast in August": the month after SMM's verb is when the forecast was made)
    if (m.start >= f.end && FORECAST_VERB_BEFORE_MONTH_RE.test(s.slice(f.end, m.start))) continue;
    // ("fell 6.2% MoM ... in December 2019, after a 9.4% rise in November, while it was up 21.5% from the same month of 2018":
    // the month of an earlier change set in an after-aside dates that change only)
    if (m.end <= f.start && AFTER_EARLIER_CHANGE_MONTH_RE.test(s.slice(Math.max(0, m.start - 50), m.start)) && /,/.test(s.slice(m.end, f.start))) continue;
    // ("... SMM had forecast in September by 450 mt": nor the gap's after it)
    if (m.end <= f.start && FORECAST_VERB_THEN_MONTH_RE.test(s.slice(Math.max(0, m.start - 50), m.start)) && /^\s*by\s*$/i.test(s.slice(m.end, f.start)))
      continue;
    // "exceeding the forecast SMM made in March by 30,000 mt", "above the forecast SMM published in March": when it was made
    if (CALL_MADE_BEFORE_MONTH_RE.test(s.slice(Math.max(0, m.start - 50), m.start))) continue;
    // "compared with 1,400 mt in April, an increase of 60 mt": the month of the figure compared with is that figure's, not
    // the change's after it
    if (m.end <= f.start && COMPARED_FIGURE_MONTH_RE.test(s.slice(Math.max(0, m.start - 60), m.start))) continue;
    // "... 528,900 mt in June and 508,800 mt in July 2022, which means output rose 2.33% MoM": the months compared
    // with before the conclusion are not the conclusion's month
    // ("In June 2010, output was 2.42 million mt, so the y/y gain was 17.4%": the conclusion after ", so" is the month's)
    if (m.end <= f.start && /\b(?:which|this|that) means\b|,\s*meaning\b|,\s*so\s+(?:the|its|that)\b/i.test(s.slice(m.end, f.start))) continue;
    // "10.59% above the 541,000 mt of November 2024": the month of the figure compared with
    // ("3.6% above the August level", "2% below the level seen in July": the month of the level compared with)
    if (
      m.start >= f.end &&
      /\b(?:above|below|than|versus|vs\.?|compared (?:with|to)|from)\s+(?:in\s+)?(?:(?:the|an?|its)\s+)?(?:(?:revised|preliminary|restated)\s+)?(?:[\d,.]+|(?:level|figure|output|total|volume)\b|(?:first|second|third|fourth)\s+(?:half|quarter)\b|$)/i.test(
        s.slice(f.end, m.start),
      )
    )
      continue;
    // "Smelters that had been idled for inspections in October restarted, and ... produced 96,000 mt": the month of a
    // relative clause in the past perfect is an earlier time, not the figure's
    if (m.end <= f.start && /\b(?:that|which|who)\s+had\s+(?:been\s+)?[a-z]+\b[^,;.]*$/i.test(s.slice(Math.max(0, m.start - 80), m.start))) continue;
    // "rose 9.3% MoM from the holiday-hit February.": a month after "from the <words>" that ends the clause is compared with
    if (
      m.start >= f.end &&
      /\b(?:from|than|versus|vs\.?|against|compared (?:with|to))\s+the\s+(?:[a-z-]+\s+){1,3}$/i.test(s.slice(f.end, m.start)) &&
      /^\s*(?:[.,;:)]|$)/.test(s.slice(m.end))
    )
      continue;
    // "0.3 percent higher than that at the end of May 2020", "below the rate at the end of May": the time compared with
    if (
      m.start >= f.end &&
      /\b(?:above|below|than|versus|vs\.?|compared (?:with|to)|from)\s+(?:(?:that|those|the\s+(?:rate|level|figure))\s+)?(?:(?:at|by|in)\s+)?(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+)?(?:(?:early|mid|late)[-\s])?$/i.test(
        s.slice(f.end, m.start),
      ) &&
      /\b(?:that|those|rate|level|figure|end|start|beginning|middle|early|mid|late)\b/i.test(s.slice(f.end, m.start))
    )
      continue;
    // a month inside brackets the figure is not in ("(30 days versus 31 days in October)") is an aside
    const openBefore = s.lastIndexOf("(", m.start);
    if (openBefore >= 0 && s.indexOf(")", openBefore) > m.start && !(f.start > openBefore && f.start < s.indexOf(")", openBefore))) continue;
    if (m.role === "range-end" && m.end > f.start) continue;
    const cost = m.end <= f.start ? f.start - m.end : (m.start - f.end) * 1.3 + 5;
    if (cost < bestCost) {
      best = m;
      bestCost = cost;
    }
  }
  return best;
}

// ("13,400 mt short of that forecast": a demonstrative for the forecast just quoted too)
const EXPECT_TAIL = String.raw`(?:SMM(?:'s)?|our|we|the market(?:'s)?|its|the|that|this)?\s*(?:had\s+|has\s+|previously\s+|originally\s+|prior\s+|earlier\s+)*(?:forecast|forecasted|expected|estimated|projected|predicted|anticipated|estimate|expectations?|projection|pencill?ed\s+in)`;
const EXPECT_TAIL_START_RE = new RegExp(`^\\s*(?:mt\\s+)?(?:that\\s+)?${EXPECT_TAIL}`, "i");
// ("beat the 10,400 mt SMM had forecast in September by 450 mt": the month the forecast was made in, before "by")
const EXPECT_BY_RE = new RegExp(`^\\s*(?:mt\\s+)?(?:that\\s+)?(?:${EXPECT_TAIL}\\s+(?:(?:in|at)\\s+(?:${MONTH_RE_SRC})\\s+)?)?by\\s*$`, "i");
const EXPECT_DIRECT_RE = new RegExp(`^(?:what\\s+)?${EXPECT_TAIL}|^(?:expectations?|expected|forecast|the forecast|estimates?)\\b`, "i");
/**
 * "6,500 mt higher than SMM had forecast", "10,100 mt above the 1.0034 million mt SMM had expected",
 * "9,100 mt lower than the 959,400 mt SMM had forecast": a change versus expectations, and the
 * expected level (the forecast for the edition month).
 */
function pairExpectations(rs: Reading[], s: string): void {
  for (let i = 0; i < rs.length; i++) {
    const a = rs[i] as Reading;
    const b = rs[i + 1];
    const after = s.slice(a.figure.end, b ? b.figure.start : s.length);
    const cmp = /^\s*(?:mt\s+|t\s+|tonnes\s+|kt\s+)?(higher|lower|more|less|above|below|over|under|short of|ahead of|behind)\s+(?:than\s+)?(?:the\s+)?/i.exec(
      after,
    );
    // ("came in 58,000 mt, or 3.2%, below SMM's forecast": a tonnage and its percentage, one distance from the forecast)
    const prior = rs[i - 1];
    const pairCmp =
      !cmp &&
      a.figure.unitClass === "pct" &&
      prior?.figure.unitClass === "mt" &&
      /^\s*(?:mt|tonnes|t)?\s*,?\s*or\s+(?:about\s+)?$/i.test(s.slice(prior.figure.end, a.figure.start))
        ? /^\s*,\s*(higher|lower|more|less|above|below|over|under|short of|ahead of|behind)\s+(?:than\s+)?(?:the\s+)?/i.exec(after)
        : null;
    if (pairCmp && prior && EXPECT_DIRECT_RE.test(after.slice(pairCmp[0].length))) {
      const pairUp = /higher|more|above|over|ahead/i.test(pairCmp[1] ?? "");
      for (const x of [prior, a]) {
        x.basis = "expect";
        x.kind = "change";
        x.direction = pairUp ? "up" : "down";
        x.metric = "expect";
      }
      continue;
    }
    if (!cmp) continue;
    const up = /higher|more|above|over|ahead/i.test(cmp[1] ?? "");
    const rest = after.slice(cmp[0].length);
    const direct = EXPECT_DIRECT_RE.test(rest);
    const viaLevel = b && rest.trim() === "" && EXPECT_TAIL_START_RE.test(s.slice(b.figure.end));
    if (!direct && !viaLevel) continue;
    if (a.figure.unitClass !== "mt") continue;
    a.basis = "expect";
    a.kind = "change";
    a.direction = up ? "up" : "down";
    a.metric = "expect";
    if (viaLevel && b) {
      b.expectedLevel = true;
      b.kind = "level";
      b.metric = "production";
      b.basis = null;
      i++;
    }
  }
}

/**
 * Shares comparison bases along lists: "1.2% and 6.5% MoM" (forward), "44,400 mt MoM, up 4.38%" (back, other
 * unit), "14,500 mt, down 4.8% MoM" (forward, other unit), "up 2.31% MoM (+23,200 mt)" (parenthesis: back).
 */
function shareComparisons(rs: Reading[], s: string): void {
  const gapBefore = (i: number): string => {
    const r = rs[i] as Reading;
    const p = rs[i - 1];
    return p ? s.slice(p.figure.end, r.figure.start) : s.slice(0, r.figure.start);
  };
  const pctLike = (r: Reading): boolean => r.figure.unitClass === "pct" || r.figure.unitClass === "pp";
  // parenthesis and apposition backwards
  for (let i = 1; i < rs.length; i++) {
    const r = rs[i] as Reading;
    const p = rs[i - 1] as Reading;
    const g = gapBefore(i);
    const stripped = g.replace(TRAILING_RE, "");
    if (!/^\s*(?:,\s*)?\(\s*[+-]?\s*$/.test(stripped)) continue;
    if (!r.basis && p.basis) {
      r.basis = p.basis;
      if (r.direction === null) r.direction = p.direction;
      if (r.kind === null) r.kind = p.kind;
    } else if (p.kind === "change" && p.direction !== null && r.direction === null && pctLike(p) && !pctLike(r)) {
      // "up 2.1% (23,700 mt) m-o-m": the bracket restates the change in tonnes; a base right after it is both's
      const after = /^\s*\)\s*(m-o-m|mom|m\/m|month[- ]on[- ]month|y-o-y|yoy|y\/y|year[- ]on[- ]year)?(?![\w-])/i.exec(s.slice(r.figure.end));
      if (!after) continue;
      const base = after[1] ? (/^(?:m|month)/i.test(after[1]) ? "mom" : "yoy") : p.basis;
      if (!base) continue;
      if (!p.basis) p.basis = base;
      r.basis = base;
      r.direction = p.direction;
      r.kind = "change";
    }
  }
  // forward along lists (from the end so chains resolve)
  for (let i = rs.length - 2; i >= 0; i--) {
    const r = rs[i] as Reading;
    const n = rs[i + 1] as Reading;
    if (r.basis || !n.basis || n.basis === "expect" || r.kind === "level") continue;
    // "Output: 24,600 mt, +4.2% MoM": a figure right after a label is the level the label names
    if (
      r.kind === null &&
      /(?::|\b(?:output|production|supply|volume|(?:metal|nickel|physical) content)(?:\s+(?:of|at|was|reached|totalled|totaled))?)\s*(?:about|approximately|around|nearly|roughly|some|approx\.)?\s*$/i.test(
        s.slice(Math.max(0, r.figure.start - 40), r.figure.start),
      )
    )
      continue;
    // "; 300-series 1.4426 million mt, down 2.9% MoM", "ternary cathode 61,900 t, -7.5% m/m": a tonnage right
    // after a name, with no verb or change word of its own, is the level the change after it describes
    if (r.kind === null && !pctLike(r) && pctLike(n) && NAME_ONLY_GAP_RE.test(gapBefore(i)) && !DIRECTION_RE.test(gapBefore(i))) continue;
    // "45,600 mt MoM, up 4.52%, and by 7.83% YoY": 4.52% restates the change before it (backward apposition below)
    const p = rs[i - 1];
    if (p?.basis && p.basis !== "expect" && pctLike(p) !== pctLike(r) && APPOSITION_RE.test(s.slice(p.figure.end, r.figure.start).replace(TRAILING_RE, "")))
      continue;
    const g = s.slice(r.figure.end, n.figure.start);
    // "Op rate 68.2%, +2.9pp mom": a change in points after a percentage is the change of the level before it
    if (r.figure.unitClass === "pct" && n.figure.unitClass === "pp") continue;
    const sameClass = pctLike(r) === pctLike(n);
    // ("Copper cathode (1.118 Mt, -1.6% m/m, ...)": an unsigned tonnage opening a bracket right after a name is the level
    // its changes follow, not one of them)
    if (
      !sameClass &&
      !pctLike(r) &&
      r.figure.explicitSign === 0 &&
      r.direction === null &&
      !r.excludedReason &&
      (NAME_BRACKET_BEFORE_RE.test(s.slice(0, r.figure.start)) || MONTH_FORECAST_LABEL_BEFORE_RE.test(s.slice(0, r.figure.start)))
    ) {
      r.kind = "level";
      if (r.metric === null) r.metric = "production";
      continue;
    }
    // ("According to SMM's survey, 15,120 mt, a rise of 4.6% from October": a tonnage with no change word before it, then
    // "a rise of" the percentage, is the level the change describes)
    if (
      !sameClass &&
      !pctLike(r) &&
      r.kind === null &&
      r.direction === null &&
      r.figure.explicitSign === 0 &&
      /^\s*,\s*an?\s+(?:rise|decline|drop|fall|decrease|increase)\s+of\s*$/i.test(g) &&
      !DIRECTION_RE.test(gapBefore(i)) &&
      !/\bby\s*(?:about|around|approximately|nearly|some)?\s*$/i.test(gapBefore(i))
    ) {
      r.kind = "level";
      continue;
    }
    if ((sameClass && CONJ_ONLY_RE.test(g)) || (!sameClass && APPOSITION_RE.test(g))) {
      r.basis = n.basis;
      if (r.direction === null && (r.kind as string | null) !== "level") r.direction = n.direction;
      if (r.kind === null) r.kind = "change";
    }
  }
  // "output was 620,500 tonnes, or 5.42 per cent, higher than in 2023": both are the change
  for (let i = 0; i + 1 < rs.length; i++) {
    const r = rs[i] as Reading;
    const n = rs[i + 1] as Reading;
    if (
      r.kind === "level" &&
      n.kind === "change" &&
      n.basis &&
      pctLike(n) !== pctLike(r) &&
      /^\s*,?\s*or\s*$/i.test(s.slice(r.figure.end, n.figure.start)) &&
      CHANGE_AFTER_RE.test(s.slice(n.figure.end, n.figure.end + 30))
    ) {
      r.kind = "change";
      r.direction = n.direction;
      r.basis = n.basis;
    }
  }
  // backward apposition of the other unit: "44,400 mt MoM, up 4.38%"
  for (let i = 1; i < rs.length; i++) {
    const r = rs[i] as Reading;
    const p = rs[i - 1] as Reading;
    if (r.basis || !p.basis || p.basis === "expect" || r.kind === "level") continue;
    const g = s.slice(p.figure.end, r.figure.start).replace(TRAILING_RE, "");
    if (pctLike(r) !== pctLike(p) && APPOSITION_RE.test(g)) {
      r.basis = p.basis;
      if (r.direction === null) r.direction = p.direction;
      if (r.kind === null) r.kind = "change";
    }
  }
}

/** Qualifiers a list can give one shared head noun: "primary and secondary lead", "large and small smelters". */
const SHARED_HEAD_QUALIFIER_RE = /^(?:primary|secondary|refined|crude|high|low|large|medium|medium-sized|small|big|\d{3})$/i;

/** From "respectively" to a second list of figures: " in November, to ", ", up ", ", reaching about ". */
const RESPECTIVE_TAIL_RE =
  /^\s*(?:in\s+[A-Z][a-z]+(?:\s+(?:19|20)\d{2})?\s*)?,?\s*(?:to|at|up|down|reaching|rising to|falling to|standing at|higher|lower|(?:with\s+)?(?:changes|increases|decreases|gains|declines|rises|falls|drops)\s+of)?\s*(?:about|around|approximately|roughly|nearly)?\s*$/i;
/** A rate's label, then a tier of plants: "Operating rates: large smelters " (group 1 the tier). */
const RATE_LABEL_TIER_RE =
  /^\s*(?:(?:operating|utili[sz]ation|run|capacity utili[sz]ation)\s+rates?|utili[sz]ation)\s*:\s*((?:[\w-]+\s+){0,3}(?:smelters|producers|plants|enterprises|refineries|mills|converters))\s*(?:at\s+)?$/i;
/** The whole named after its parts in a list, its noun left out: ", industry-wide ", " and the industry as a whole at ". */
/** " for the industry as a whole", " across the whole sector": the whole, named right after a figure. */
const WHOLE_AFTER_FIGURE_RE = /^\s*(?:for|across)\s+(?:the\s+)?(?:(?:whole|entire)\s+)?(?:industry|sector)(?!['’-])(?:\s+as\s+a\s+whole)?\b/i;
const GAPPED_WHOLE_RE =
  /^\s*(?:%\s*)?(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)(?:the\s+)?(?:industry(?:-wide)?|industry as a whole|whole industry|overall|nationwide|national average|industry average)\s*(?:at\s+|of\s+|was\s+|stood at\s+|:\s*)?$/i;
/** "zinc output grew faster than lead output, rising " before the first of two changes (groups: the two names). */
const COMPARED_PAIR_LEAD_RE =
  /\b([A-Za-z][\w-]*(?:\s+[\w-]+){0,2}?)\s+(?:output|production)\s+(?:grew|rose|increased|climbed|fell|dropped|declined|decreased|slid)\s+(?:(?:far|much|slightly|a little)\s+)?(?:faster|slower|more(?:\s+(?:steeply|sharply|slowly|quickly|strongly))?|less(?:\s+(?:steeply|sharply|quickly|strongly))?)\s+than\s+(?:did\s+)?([A-Za-z][\w-]*(?:\s+[\w-]+){0,2}?)\s+(?:output|production)(?:\s+did)?\s*,\s*(?:rising|growing|increasing|climbing|falling|dropping|declining|decreasing|sliding|up|down)\s+(?:by\s+)?(?:about\s+|around\s+)?$/i;
/** Between the two changes so compared: " against ", " versus ", " vs. ", " compared with ". */
const COMPARED_PAIR_GAP_RE = /^\s*%?\s*(?:against|versus|vs\.?|compared\s+(?:with|to))\s+(?:about\s+|around\s+)?$/i;

/**
 * Two products' changes compared in one sentence: "refined zinc output grew faster than primary lead output, rising 4.1%
 * against 1.2% month-on-month": the first change is the first name's, the second the second's (with the first's direction
 * and the base after them), not both the name mentioned last.
 */
function pairComparedChanges(rs: Reading[], s: string): void {
  for (let k = 0; k + 1 < rs.length; k++) {
    const a = rs[k] as Reading;
    const b = rs[k + 1] as Reading;
    if (a.figure.unitClass !== "pct" || b.figure.unitClass !== "pct") continue;
    const lead = COMPARED_PAIR_LEAD_RE.exec(s.slice(0, a.figure.start));
    if (!lead || !COMPARED_PAIR_GAP_RE.test(s.slice(a.figure.end, b.figure.start))) continue;
    a.segmentOverride = lead[1] ?? "";
    b.segmentOverride = lead[2] ?? "";
    b.kind = "change";
    if (b.direction === null) b.direction = a.direction;
    if (a.basis === null) a.basis = b.basis;
    if (b.basis === null) b.basis = a.basis;
    if (b.measure === null && a.measure !== null) b.measure = a.measure;
    return;
  }
}
/** A list item's own direction word before its change: "up", "down 1.4%", "rising". */
const LIST_DIRECTION_SRC = "up|down|higher|lower|rising|falling|rose|fell";
/** Between a list of levels and a list of changes: " in May, up ", ", down ", " mt, " (the month and the first direction). */
const LISTS_GAP_RE = new RegExp(String.raw`^\s*(?:mt\s*)?(?:in\s+[A-Z][a-z]+(?:\s+(?:19|20)\d{2})?\s*)?,\s*(?:${LIST_DIRECTION_SRC})?\s*(?:by\s+)?$`, "i");
/** Between two figures of the list after "respectively", each with its own direction: "down 3.2% and up 6.5% MoM". */
const CONJ_DIRECTION_RE = new RegExp(String.raw`^\s*(?:,\s*|,?\s*and\s+)(?:${LIST_DIRECTION_SRC})\s+(?:by\s+)?$`, "i");
/** A "respectively" list's item that is the output itself, or the (industry's) operating rate: a measure, not a part. */
const MEASURE_ITEM_OUTPUT_RE = /^(?:total\s+|national\s+|overall\s+)?(?:output|production)$/i;
const MEASURE_ITEM_RATE_RE =
  /^(?:(?:industry|industry-wide|overall|average|sample)\s+)?(?:operating rate|capacity utili[sz]ation(?: rate)?|utili[sz]ation rate)$/i;
/** After a level of a list of levels: "of high-NPI and ", "of low-NPI in May, up by " (the part the level is of). */
const LEVEL_OF_PART_RE = new RegExp(
  String.raw`^\s*(?:mt\s+)?of\s+([A-Za-z][\w-]*(?:\s[\w-]+){0,2}?)\s*(?:,?\s*and\s*|,\s*|\s+in\s+[A-Z][a-z]+(?:\s+(?:19|20)\d{2})?\s*,\s*(?:${LIST_DIRECTION_SRC})?\s*(?:by\s+)?)$`,
  "i",
);
/**
 * "China produced 22.6 kt of high-NPI and 7.3 kt of low-NPI in May, up by 3% and 12% respectively": with no list of names
 * before the verb, each level of as many levels right before the changes names its part after "of"; the changes pair with them.
 */
/** Between the last of a list of levels by content and its changes: " (10,000 mt) in physical content in June, down ". */
const CONTENT_LISTS_GAP_RE = new RegExp(
  String.raw`^\s*(?:mt\s*|\([^()]{1,20}\)\s*)?(?:in|of)\s+(?:metal|physical|nickel|ni)\s+(?:content|terms|tonnage)\s*(?:in\s+[A-Z][a-z]+(?:\s+(?:19|20)\d{2})?\s*)?,\s*(?:${LIST_DIRECTION_SRC})?\s*(?:by\s+)?$`,
  "i",
);
/** Two bases named in a list's tail: "MoM and YoY", "YoY and MoM" (a list of bases, not of what the levels measure). */
const TWO_BASES_RE = /\b(?:mom|m-o-m|month-on-month)\s+and\s+(?:yoy|y-o-y|year-on-year)\b|\b(?:yoy|y-o-y|year-on-year)\s+and\s+(?:mom|m-o-m|month-on-month)\b/i;
/** A part's name right before its level in a list: ", 300-series ", " and 400-series ", "200-series output was ". */
const PART_BEFORE_LEVEL_RE = /(?:^|,\s*|\band\s+|:\s*)([A-Za-z0-9][\w-]*)\s+(?:(?:output|production)\s+)?(?:(?:was|were|of|at)\s+)?(?:about\s+|around\s+)?$/;
/** A part's name that is a series or a grade ("300-series", "high-grade", "NCM523"), not a verb or a base. */
const PART_NAME_WORD_RE = /^(?:\d{3}-series|[a-z]+-(?:grade|type|based)|[A-Z]{2,}\d*)$/i;
function levelsNameParts(rs: Reading[], s: string, group: readonly Reading[]): void {
  const first = group[0] as Reading;
  const levels = rs.filter((r) => r.figure.end <= first.figure.start).slice(-group.length);
  if (levels.length !== group.length || levels.some((r) => r.figure.unitClass !== "mt" || r.kind === "change" || r.excludedReason)) return;
  if (group.some((r) => r.kind !== "change" || r.figure.unitClass !== "pct")) return;
  const after = levels.map((r, k) => LEVEL_OF_PART_RE.exec(s.slice(r.figure.end, (levels[k + 1] ?? first).figure.start))?.[1]);
  // ("200-series output was 0.852 million mt, 300-series 1.481 million mt and 400-series 0.65 million mt, down 3.2%, 8.9% and
  // 2.4% MoM respectively": each level's part named right before it, as many names as changes, all of them distinct)
  const before = levels.map((r, k) => PART_BEFORE_LEVEL_RE.exec(s.slice(k === 0 ? 0 : (levels[k - 1] as Reading).figure.end, r.figure.start))?.[1]);
  // ("14,300 mt in metal content and 65,000 mt in physical content, up 4.8% and 4.6% MoM respectively": each level's content
  // named right after it, all of them distinct; not "16,400 mt in metal content (74,550 mt in physical content), up 6.8% MoM
  // and 21.5% YoY, respectively", where the list is of bases)
  // (nor "45.9 in physical content and 5.46 in metal content, the latter up 4.0% and 9.8% MoM and YoY respectively": the
  // changes right after the last level's content, with one base)
  const contents = levels.map((r) => contentAfter(s, r.figure.end));
  const oneBasis = new Set(group.map((r) => r.basis)).size === 1 && !TWO_BASES_RE.test(s.slice(first.figure.start, s.search(/\brespectively\b/i)));
  const contentsGap = CONTENT_LISTS_GAP_RE.test(s.slice((levels[levels.length - 1] as Reading).figure.end, first.figure.start));
  const byContent =
    oneBasis && contentsGap && contents.every((c) => c) && new Set(contents).size === contents.length ? contents.map((c) => `${c ?? ""} content`) : null;
  const names =
    byContent ??
    (after.every((x) => x) ? after : before.every((x) => x && PART_NAME_WORD_RE.test(x)) && new Set(before).size === before.length ? before : after);
  if (names.some((x) => !x || /^(?:which|this|that|it|the|them)$/i.test(x))) return;
  group.forEach((r, k) => {
    r.segmentOverride = names[k];
    if (r.direction === null) r.direction = first.direction;
  });
  levels.forEach((r, k) => {
    r.segmentOverride ??= names[k];
  });
}
/** A bare number and a slash right before a figure: "+1.8/" in "(+1.8/+4.6 pp MoM/YoY)". */
const SLASH_FIRST_BEFORE_RE = /[+\-−]?\d+(?:\.\d+)?\s*(?:%|pp)?\s*\/\s*$/;
/** Two bases paired by a slash, a unit before them: "% MoM/YoY", " pp m/m / y/y" (the first group names the first base). */
const SLASH_BASES_SRC = String.raw`\s*(?:%|pp|percentage points?)?\s*(mom|m\/m|m-o-m|yoy|y\/y|y-o-y)\s*\/\s*(mom|m\/m|m-o-m|yoy|y\/y|y-o-y)\b`;
/** The second of a slash pair and the bases after the first figure: "/+37.8% MoM/YoY". */
const SLASH_SECOND_AFTER_RE = new RegExp(String.raw`^\s*\/\s*[+\-−]?\d+(?:\.\d+)?${SLASH_BASES_SRC}`, "i");
/** The bases right after the second figure of a pair: " pp MoM/YoY". */
const SLASH_BASES_AFTER_RE = new RegExp(`^${SLASH_BASES_SRC}`, "i");
/** The basis a base word of a pair names. */
const pairBasis = (w: string | undefined): "mom" | "yoy" => (/^m/i.test(w ?? "") ? "mom" : "yoy");
/**
 * "the operating rate was 63.9% (+1.8/+4.6 pp MoM/YoY)", "(+4.3%/+37.8% MoM/YoY)": the second of a slash pair takes the second
 * base, the first the first (a first number with no unit of its own is no figure here).
 */
function slashPairBasis(rs: Reading[], s: string): void {
  for (const r of rs) {
    if (r.figure.unitClass !== "pct" && r.figure.unitClass !== "pp") continue;
    // ("(+4.3%/+37.8% MoM/YoY)": the first of the pair takes the first base)
    const first = SLASH_SECOND_AFTER_RE.exec(s.slice(r.figure.end, r.figure.end + 40));
    if (first) {
      r.basis = pairBasis(first[1]);
      continue;
    }
    if (!SLASH_FIRST_BEFORE_RE.test(s.slice(Math.max(0, r.figure.start - 12), r.figure.start))) continue;
    const m = SLASH_BASES_AFTER_RE.exec(s.slice(r.figure.end, r.figure.end + 24));
    if (m) r.basis = pairBasis(m[2]);
  }
}

/** An apposition after a list of names, before its verb: ", the two largest producing regions, ", ", both in the north, ". */
const LIST_APPOSITION_RE =
  /,\s*(?:the|both|all|each)\s+(?:two|three|four|main|largest|biggest|leading|top)?\s*[^,;]{0,50}?(?:regions?|provinces?|producers?|areas?|bases?|hubs?|grades?|series|types?)\s*,\s*(?=[a-z]+\s)/i;
/** A relative aside right before "accounted for": ", which goes into LMO cathodes, " (the name before it is the part's). */
const RELATIVE_THEN_ACCOUNTED_RE = /,\s*(?:which|that)\s[^,;]{1,80},\s*(?=accounted\s+for\b)/i;
/** A with-aside open at the end of a subject: ", with combined capacity of ". */
const WITH_ASIDE_TAIL_RE = /,\s*with\s+[^,;]{0,60}$/i;
/** The close of such an aside and the verb of the subject before it: " mt/year, was ", ", totalled about ". */
const ASIDE_CLOSE_VERB_RE =
  /^\s*(?:mt\/year|mt|tonnes)?\s*,\s*(?:was|were|is|are|stood at|came to|came in at|totall?ed|reached|amounted to)\s*(?:about\s+|around\s+|approximately\s+|roughly\s+)?$/i;
/** "the 300-series and 400-series increased by 1.2% and 6.5% MoM, respectively" */
function distributeRespectively(rs: Reading[], s: string): void {
  const idx = s.search(/\brespectively\b/i);
  if (idx < 0) return;
  const before = rs.filter((r) => r.figure.end <= idx);
  const group: Reading[] = [];
  for (let k = before.length - 1; k >= 0; k--) {
    const r = before[k] as Reading;
    const nxt = group[0];
    // ("up 3.1%, down 1.4% and up 2.2% m-o-m respectively": each change with its own direction word)
    const gap = nxt ? s.slice(r.figure.end, nxt.figure.start) : "";
    if (nxt && !CONJ_ONLY_RE.test(gap.replace(TRAILING_RE, "")) && !CONJ_DIRECTION_RE.test(gap)) break;
    // ("..., 400-series 0.65 million mt, down 3.2%, 8.9% and 2.4% MoM respectively": a level before the changes is no member
    // of their list)
    // (a percentage and points may share a list: "fell 6.4% and 3.1 percentage points respectively")
    if (nxt && (r.figure.unitClass === "mt") !== (nxt.figure.unitClass === "mt")) break;
    group.unshift(r);
  }
  if (group.length < 2) return;
  const first = group[0] as Reading;
  // ("Inner Mongolia and Ningxia, the two largest producing regions, produced ...": an apposition between the list and its verb)
  const subj = first.subject.replace(LIST_APPOSITION_RE, " ");
  // the list of subjects: "A, B, and C" / "A and B" right before the verb
  const m =
    /((?:[\w-]+(?:\s[\w-]+)?,\s+)*[\w-]+(?:\s[\w-]+)?,?\s+and\s+[\w-]+(?:\s[\w-]+){0,3}?)\s+(?:production\s+|output\s+)?(?:will|are|were|is|was|also|both|have|has|increased|decreased|rose|fell|declined|grew|saw|recorded|expected|showing|posting|recording|registering|seeing|came|stood|totalled|totaled|reached|amounted|produced|contributed|made|turned out)/i.exec(
      subj,
    );
  if (!m) {
    levelsNameParts(rs, s, group);
    return;
  }
  const items = (m[1] ?? "")
    .split(/,\s*and\s+|,\s+|\s+and\s+/)
    .map((x) =>
      x
        .replace(/^(?:(?:the|of|from|for|in|output of|production of)\s+)+/i, "")
        .replace(/\s+(?:output|production)$/i, "")
        .trim(),
    )
    .filter(Boolean);
  if (items.length < group.length) return;
  items.splice(0, items.length - group.length);
  // ("Output and the industry operating rate fell 6.4% and 3.1 percentage points m-o-m respectively": a list of measures, not
  // of parts: each figure measures its own)
  const itemMetrics = items.map((x) => (MEASURE_ITEM_OUTPUT_RE.test(x) ? "production" : MEASURE_ITEM_RATE_RE.test(x) ? "oprate" : null));
  if (itemMetrics.every((x) => x !== null) && new Set(itemMetrics).size === itemMetrics.length) {
    group.forEach((r, k) => {
      r.metric = itemMetrics[k] ?? null;
      r.subject = ` ${items[k] ?? ""} `;
      if (r.kind === null) r.kind = first.kind;
      if (r.direction === null) r.direction = first.direction;
    });
    return;
  }
  // ("the MoM and YoY changes were +5.2% and +18.7%, respectively": a list of bases, which each figure already reads, not of
  // parts)
  if (items.every((x) => BASIS_ITEM_RE.test(x))) return;
  // ("primary and secondary lead output rose 2.1% and 5.6%": one head noun shared by the list's words)
  const lastWords = (items[items.length - 1] ?? "").split(/\s+/);
  // (only qualifiers that share a noun: "Co3O4 and cobalt sulphate output", "spodumene, lepidolite and salt lakes" do not)
  if (lastWords.length >= 2 && items.slice(0, -1).every((x) => SHARED_HEAD_QUALIFIER_RE.test(x)))
    for (let k = 0; k < items.length - 1; k++) items[k] = `${items[k] ?? ""} ${lastWords.slice(1).join(" ")}`;
  group.forEach((r, k) => {
    r.segmentOverride = items[k];
    if (r.kind === null) r.kind = first.kind;
    if (r.direction === null) r.direction = first.direction;
  });
  // "came to 521,000 mt, 272,000 mt and 318,000 mt in May, up 3.1%, down 1.4% and up 2.2% m-o-m respectively": a list of
  // as many levels right before the changes pairs with the names the same way
  const earlier = rs.filter((r) => r.figure.end <= first.figure.start);
  const levels: Reading[] = [];
  for (let k = earlier.length - 1; k >= 0 && levels.length < group.length; k--) {
    const r = earlier[k] as Reading;
    const nxt = levels[0];
    const gap = s.slice(r.figure.end, (nxt ?? first).figure.start);
    if (nxt ? !CONJ_ONLY_RE.test(gap.replace(TRAILING_RE, "")) : !LISTS_GAP_RE.test(gap)) break;
    if (r.figure.unitClass !== "mt" || r.kind === "change" || r.segmentOverride) break;
    levels.unshift(r);
  }
  if (levels.length === group.length && group.every((r) => r.kind === "change" && r.figure.unitClass === "pct"))
    levels.forEach((r, k) => {
      r.segmentOverride = items[k];
    });
  // "rose 1.8% and 7.4% MoM respectively in November, to 262,000 mt and 301,500 mt", "came to 271,000 mt and 318,400 mt
  // respectively, up 3.4% and 5.6% MoM": a second list of as many figures right after "respectively" pairs the same way
  const after = rs.filter((r) => r.figure.start > idx);
  const second: Reading[] = [];
  for (const r of after) {
    const prev = second[second.length - 1];
    const gap = prev ? s.slice(prev.figure.end, r.figure.start).replace(TRAILING_RE, "") : s.slice(idx + "respectively".length, r.figure.start);
    if (prev ? !CONJ_ONLY_RE.test(gap) && !CONJ_DIRECTION_RE.test(gap) : !RESPECTIVE_TAIL_RE.test(gap)) break;
    second.push(r);
  }
  if (second.length === group.length) {
    const lead = second[0] as Reading;
    // (", changes of 3.1% and -2.4% MoM": a change noun makes them changes, each with its own sign)
    const noun = /\b(changes|increases|decreases|gains|declines|rises|falls|drops)\s+of\b/i.exec(s.slice(idx, lead.figure.start))?.[1]?.toLowerCase();
    second.forEach((r, k) => {
      r.segmentOverride = items[k];
      if (noun) {
        r.kind = "change";
        if (r.direction === null) r.direction = changeNounDirection(noun, r.figure.explicitSign);
      }
      if (r.kind === null) r.kind = lead.kind;
      if (r.direction === null && !noun) r.direction = lead.direction;
    });
  }
  // "..., respectively, totalling 2.63 million mt, up 2.1% MoM": the total and what follows it are
  // the whole product's, not the list's first part
  const list = m[1] ?? "";
  for (const r of rs) {
    if (r.figure.start <= idx || !TOTAL_WORD_RE.test(s.slice(idx, r.figure.start))) continue;
    if (r.subject.includes(list)) r.subject = r.subject.replace(list, " ");
  }
}

/** The direction of a figure after a change noun: its own sign, else the noun's ("increases of" up; "changes of" none). */
function changeNounDirection(noun: string, sign: -1 | 0 | 1): "up" | "down" | null {
  if (sign !== 0) return sign > 0 ? "up" : "down";
  if (noun === "changes") return null;
  return /^(?:increases|gains|rises)$/.test(noun) ? "up" : "down";
}

/** A comparison base's words: "month-on-month", "MoM", "y/y", "year on year". */
const BASE_WORD_SRC = String.raw`(?:month[- ]on[- ]month|year[- ]on[- ]year|m-o-m|y-o-y|mom|yoy|m\/m|y\/y|on the month|on the year)`;
/** Two bases listed before their changes: "month-on-month and year-on-year gains of ", "MoM and YoY increases of ". */
const BASES_LISTED_RE = new RegExp(
  String.raw`\b(${BASE_WORD_SRC})\s+and\s+(${BASE_WORD_SRC})\s+(?:(?:gains?|increases?|rises?|growth|declines?|decreases?|falls?|drops?|changes?|rates?)\s+)?(?:of|at|by|were|was|stood at|came in at)?\s*(?:about|around|approximately|roughly|some)?\s*$`,
  "i",
);

/** Two bases fronting the clause of their changes: "YoY and MoM, output rose ", "MoM and YoY, it was down by ". */
const BASES_FRONTED_RE = new RegExp(
  String.raw`(?:^|[.;:]\s*)(${BASE_WORD_SRC})\s+and\s+(${BASE_WORD_SRC})\s*,\s*[A-Za-z' -]{0,40}?\b(?:${CLAUSE_CHANGE_VERB_SRC}|(?:was|were)\s+(?:up|down))\s+(?:by\s+)?(?:about\s+|around\s+|approximately\s+|roughly\s+|some\s+)?$`,
  "i",
);

/** Between two changes of a "respectively" pair: " and ", " and fell ", ", and by ". */
const RESPECTIVE_GAP_RE = new RegExp(String.raw`^\s*,?\s*and\s+(?:(?:${CLAUSE_CHANGE_VERB_SRC})\s+)?(?:by\s+)?$`, "i");
/** Two bases listed after two changes, before "respectively": " MoM and YoY, ". */
const BASES_AFTER_RE = new RegExp(String.raw`^\s*(${BASE_WORD_SRC})\s+and\s+(${BASE_WORD_SRC})\s*,?\s*$`, "i");

/**
 * "representing month-on-month and year-on-year gains of 1.8% and 6.9%, respectively", "with MoM and YoY increases of 1.1% and
 * 4.4% respectively": two bases listed before two changes are theirs in order (the first base is no base of both).
 */
function respectiveBases(rs: Reading[], s: string): void {
  const idx = s.search(/\brespectively\b/i);
  if (idx < 0) return;
  const before = rs.filter((r) => r.figure.end <= idx);
  const second = before[before.length - 1];
  const first = before[before.length - 2];
  if (!first || !second || !RESPECTIVE_GAP_RE.test(s.slice(first.figure.end, second.figure.start))) return;
  // (or after them: "fell 2% and 5% MoM and YoY, respectively")
  const listed =
    BASES_LISTED_RE.exec(s.slice(Math.max(0, first.figure.start - 80), first.figure.start)) ??
    BASES_AFTER_RE.exec(s.slice(second.figure.end, idx)) ??
    // ("YoY and MoM, output rose 2.9% and 0.58%, respectively": the bases fronting the clause)
    BASES_FRONTED_RE.exec(s.slice(0, first.figure.start));
  if (!listed) return;
  const baseOf = (w: string): "mom" | "yoy" => (/^m|\bmonth\b/i.test(w) ? "mom" : "yoy");
  const [a, b] = [baseOf(listed[1] ?? ""), baseOf(listed[2] ?? "")];
  if (a === b) return;
  first.basis = a;
  second.basis = b;
  first.basisRule = second.basisRule = "respective-bases";
  if (second.direction === null) second.direction = first.direction;
  if (second.kind === null) second.kind = first.kind;
}

/** The words after a change in points up to the level it reached, a percentage: " month on month to 65.49%". */
const POINTS_TO_LEVEL_RE = /^[^.;,\d]{0,40}?\bto\s+(?:about\s+|around\s+|approximately\s+)?\d[\d.]*\s?%/i;

function assignMeasure(r: Reading, s: string): void {
  const f = r.figure;
  // a year's total keeps its exclusion, but its measure is read: the December edition takes it as the year to date
  if (r.excludedReason && r.wholeYear === undefined && !r.yearUnnamed) return;
  const pct = f.unitClass === "pct" || f.unitClass === "pp";
  const mt = f.unitClass === "mt" || f.unitClass === "mtyear";
  // a change whose direction nothing states ("a MoM change of about 1%") has no sign to give it
  const unsigned =
    r.direction === null && f.explicitSign === 0 && f.value !== 0 && r.basis !== "expect" && (r.kind !== "level" || r.basis === "mom" || r.basis === "yoy");
  if (unsigned && /\bchanges?\s+(?:of|by|was|were)\s*(?:about|approximately|around|nearly|roughly|some)?\s*$/i.test(r.subject.slice(-40))) {
    r.excludedReason = ex("no-measure", "a change with no direction");
    return;
  }
  // "7% on the month", "dipping 0.56% MoM" read without its verb: a change whose sign nothing states
  // is left out, never given a default "up"
  if (
    unsigned &&
    r.kind !== "level" &&
    (pct || r.kind === "change") &&
    (r.basis === "mom" || r.basis === "yoy" || r.kind === "change") &&
    r.metric !== "expect"
  ) {
    r.excludedReason = ex("no-measure", "a change with no stated direction");
    return;
  }
  const sign = r.direction === "down" ? -1 : 1;
  const setPct = (m: Measure): void => {
    r.measure = m;
    r.value = round((sign * f.value) / 100);
    r.unit = f.unitClass === "pp" ? "pp" : "%";
  };
  switch (r.metric) {
    case "oprate":
      if (!pct) return void (r.excludedReason = ex("no-measure", "a tonnage next to an operating rate"));
      if (r.kind === "change" || ((r.basis === "mom" || r.basis === "yoy") && r.kind !== "level")) {
        // A change of a rate is in percentage points, even when printed with "%".
        r.measure = r.basis === "yoy" ? "operating_rate_yoy" : "operating_rate_mom";
        r.value = round((sign * f.value) / 100);
        r.unit = "pp";
      } else {
        r.measure = "operating_rate";
        r.value = round(f.value / 100);
        r.unit = "%";
      }
      return;
    case "opcap":
    case "capacity":
      if (pct) {
        if (r.metric === "capacity" && /\b(?:of capacity|capacity utili)/i.test(r.subject.slice(-40))) break;
        return void (r.excludedReason = ex("no-measure", "a % change of capacity (no measure for it)"));
      }
      if (r.kind === "change") return void (r.excludedReason = ex("no-measure", "a change of capacity (no measure for it)"));
      // ("Capacity stood at 26,500 mt per month": a monthly capacity, where the measure is a year's)
      if (PER_MONTH_AFTER_RE.test(s.slice(f.end, f.end + 24)))
        return void (r.excludedReason = ex("no-measure", "a capacity per month (the measure is a capacity per year)"));
      r.measure = r.metric === "opcap" ? "operating_capacity" : "capacity";
      r.value = f.value;
      r.unit = "mt/year";
      return;
    case "expect":
      if (r.expectedLevel && mt) {
        r.measure = "output";
        r.value = f.value;
        r.unit = "mt";
        return;
      }
      if (!mt) return void (r.excludedReason = ex("no-measure", "a % versus expectations (no measure for it)"));
      // (an annual rate is a capacity's, never a distance from a monthly forecast: "forced smelters to idle 250,000 mt/year")
      if (f.unitClass === "mtyear") return void (r.excludedReason = ex("no-measure", "an annual rate beside a distance from a forecast"));
      r.measure = "vs_expected_chg";
      r.value = sign * f.value;
      r.unit = "mt";
      return;
    case "production":
    case null:
      break;
    default:
      return;
  }
  if (r.metric === null && r.basis === null && !r.expectedLevel && !(r.kind === "change" && r.direction && f.unitClass !== "pp" && f.explicitSign === 0))
    return void (r.excludedReason = ex("no-measure", "no production subject"));
  // ("smelters ran at ..., up 0.2 percentage point from September": a change in points that names no measure is a rate's
  // more often than output's; the judgement that reads points as % holds where output is named)
  if (r.metric === null && f.unitClass === "pp" && !r.expectedLevel)
    return void (r.excludedReason = ex("no-measure", "a change in points with no measure named"));
  if (r.expectedLevel && mt) {
    r.measure = "output";
    r.value = f.value;
    r.unit = "mt";
    return;
  }
  if (r.basis === "expect") {
    if (!mt) return void (r.excludedReason = ex("no-measure", "a % versus expectations (no measure for it)"));
    r.measure = "vs_expected_chg";
    r.value = sign * f.value;
    r.unit = "mt";
    return;
  }
  if (pct) {
    // ("Rate increased 8 percentage points month on month to 65.49%": a change in points to a percentage level is a rate's)
    if (f.unitClass === "pp" && POINTS_TO_LEVEL_RE.test(s.slice(f.end, f.end + 80)))
      return void (r.excludedReason = ex("no-measure", "a change in percentage points to a percentage level (a rate's, not output's)"));
    if (r.kind === "level" && r.basis === null) return void (r.excludedReason = ex("not-production", "a percentage level of production (a share?)"));
    if (r.kind === null && r.basis === null) return void (r.excludedReason = ex("no-measure", "a percentage with no direction or comparison"));
    setPct(r.ytd ? "ytd_yoy" : r.basis === "yoy" ? "yoy" : "mom");
    if (cumulativeMom(r, s)) r.excludedReason = ex("no-measure", "a cumulative MoM change");
    return;
  }
  if (mt) {
    if (f.unitClass === "mtyear") return void (r.excludedReason = ex("no-measure", "an annual rate with no capacity subject"));
    if (r.kind === "change" || ((r.basis === "mom" || r.basis === "yoy") && r.kind !== "level")) {
      r.measure = r.ytd ? "ytd_yoy_chg" : r.basis === "yoy" ? "yoy_chg" : "mom_chg";
      r.value = sign * f.value;
      r.unit = gigawatts(f) ? "GW" : "mt";
      if (cumulativeMom(r, s)) r.excludedReason = ex("no-measure", "a cumulative MoM change");
      return;
    }
    // "Output changed by 70 mt", "moved by about 70 mt": a tonnage "by" which something changed is a change, never a level;
    // with no direction stated it has no sign
    if (BY_AMOUNT_RE.test(s.slice(Math.max(0, f.start - 40), f.start))) return void (r.excludedReason = ex("no-measure", "a change with no stated direction"));
    r.measure = r.ytd ? "ytd_output" : "output";
    r.value = f.value;
    r.unit = gigawatts(f) ? "GW" : "mt";
  }
}

/** A tonnage that opens a passive of production: "2,870 mt of cobalt sulphate was produced", "of which ... were turned out". */
const PRODUCED_PASSIVE_RE =
  /^\s*(?:mt|tonnes|t)?\s*of\s+((?:[\w'-]+\s+|\([^()]{1,20}\)\s+){1,6}?)(?:was|were|had been|has been|have been)\s+(?:produced|turned out|made|smelted|refined)\b/i;

/** A tonnage that is the subject of a passive of production with no product named: "318,000 mt was produced". */
const BARE_PRODUCED_PASSIVE_RE = /^\s*(?:mt|tonnes|t)?\s*(?:was|were|had been|has been|have been)\s+(?:produced|turned out|smelted)\b/i;

/**
 * A cumulative figure read against the month before: no measure, unless what it is compared with is the same span a
 * year earlier ("a drop of about 700,000 mt, or 10.6%, from January-June 2008": its year to date's change).
 */
const cumulativeMom = (r: Reading, s: string): boolean => r.ytd && r.basis === "mom" && !SAME_SPAN_LAST_YEAR_RE.test(s.slice(r.figure.end, r.figure.end + 48));
/** The same span of another year: "from January-June 2008", "than in the first half of 2008". */
const SAME_SPAN_LAST_YEAR_RE = new RegExp(
  String.raw`^(?:[^.;]|\.(?=\d))*?\b(?:from|than|compared (?:with|to)|versus|over)\s+(?:in\s+)?(?:the\s+)?(?:(?:Jan(?:uary)?\.?\s*[-–]\s*(?:${MONTH_RE_SRC}))|first\s+(?:half|quarter|\w+\s+months))(?:\s+of)?\s+(?:19|20)\d{2}\b`,
  "i",
);

/** "by" right before a number, through a hedge: the amount of a change ("by about 70 mt"). */
const BY_AMOUNT_RE = new RegExp(String.raw`\bby\s+(?:${APPROX_SPACE_SRC}|(?:over|more than|less than)\s+)?$`, "i");

/** PV modules and cells are counted in GW: the number is kept as printed, with its unit. */
const gigawatts = (f: Figure): boolean => /(?:gw|gigawatts?)$/i.test(f.raw);

const round = (x: number): number => Math.round(x * 1e10) / 1e10;

// ------------------------------------------------------------------ subjects, segments, trends

/** Sentence-level contexts that make every figure in it not a dataset figure. */
/** A figure about a named company, plant or project: facility words in its subject or right after it. */
export function facilityFigure(subjectFull: string, right: string, sentence: string): string | null {
  const cut = Math.max(subjectFull.lastIndexOf(","), subjectFull.lastIndexOf(";"));
  // ("but with maintenance at one large plant SMM expects October output to drop": SMM's verb starts the figure's own subject)
  const clause = cut >= 0 && /[A-Za-z]{3,}/.test(subjectFull.slice(cut + 1)) ? subjectFull.slice(cut + 1) : subjectFull;
  const smm = SMM_EXPECTS_RE.exec(clause);
  const subject = (smm && smm.index > 0 ? clause.slice(smm.index) : clause)
    // ("Mine output of molybdenum concentrate totalled": a concentrate's output is mined; the noun names no mine)
    .replace(/\b(?:refinery|refineries|smelter|smelters|plant|plants|mill|mills|mine)\s+(?=operating rates?|output|production|capacity utili)/gi, "")
    // ("the operating rate of the plants in SMM's sample": the survey's sample is the industry, no plant of its own)
    .replace(SAMPLE_PLANTS_RE, "sample");
  // capacity being maintained, commissioned or added is not the existing capacity
  if (
    /\b(?:maintenance|overhaul|involving|affected|affecting|new capacity|newly added|commissioned|commissioning|under construction|planned capacity)\b/i.test(
      subject,
    ) &&
    /\bcapacit/i.test(subject) &&
    // ("New capacity in Jiangxi should lift June output by 7%": the figure is the output's, named after the capacity)
    !/\bcapacit[\s\S]*\b(?:output|production)\b/i.test(subject)
  )
    return "capacity under maintenance or being added, not the existing capacity";
  // the company's name is looked for only where a rule below needs it
  let pn: string | null | undefined;
  const name = (): string | null => (pn === undefined ? (pn = properNoun(subject)) : pn);
  if (/\bcapacit/i.test(subject + right.slice(0, 20)) && /'s\b/.test(subject) && name()) return `a company's capacity (${name()})`;
  const fw = FACILITY_WORD_RE;
  if (fw.test(subject)) return "a company or plant figure";
  // ("Alcoa's Western Australian refineries produced around 1.1 million mt": a company's own plants, a place's name between)
  const owned = OWNED_PLANTS_RE.exec(subject);
  if (
    owned &&
    !lex(owned[1] ?? "").some((tk) => has(tk, TAGS.province | TAGS.country | TAGS.world | TAGS.agency)) &&
    !/^(?:china|smm|the)$/i.test(owned[1] ?? "")
  )
    return `a company's own plants (${owned[1] ?? ""})`;
  if (
    /^\s*(?:mt(?:\/year)?\s+)?(?:(?!as\b|mom\b|yoy\b|and\b|or\b|in\b|at\b|to\b|from\b|by\b|for\b|with\b)[a-z-]+\s+)?(?:plant|smelter|refinery|project|mine|production line|furnace)\b/i.test(
      right,
    )
  )
    return "a company or plant figure";
  if (fw.test(sentence) && name()) return `a company or plant figure (${name()})`;
  return null;
}

/** A contrast clause led by a province and its own verb: ", while Henan was broadly stable at ", "; and Yunnan reached ". */
const REGION_CLAUSE_LEFT_RE =
  /^[^,;]*[,;]\s*(?:and|while|whereas|but)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:was|were|stood|held|remained|came in|reached|totall?ed|produced|turned out|made)\b[^,;]*$/;
/** A proper name's possessive before its plural plants: "Alcoa's Western Australian refineries", "Tsingshan's mills". */
const OWNED_PLANTS_RE = /\b([A-Z][\w&.-]+)['’]s\s+(?:[A-Za-z-]+\s+){0,3}(?:plants|refineries|smelters|mills|mines|furnaces|potlines|lines)\b/;
/** SMM's verb of expecting, which opens a subject of its own: "SMM expects ", "SMM forecasts ". */
const SMM_EXPECTS_RE = new RegExp(String.raw`\bSMM\s+(?:${EXPECT_VERB_STEMS_SRC})s\s`);
/** Plants named as a survey's sample: "the plants in SMM's sample", "smelters covered by the survey". */
const SAMPLE_PLANTS_RE = /\bthe\s+(?:plants|smelters|refineries|mills|enterprises|producers)\s+(?:in|of|covered by)\s+(?:SMM's|the)\s+(?:sample|survey)\b/gi;
const FACILITY_WORD_RE = new RegExp(
  String.raw`\b(?:plant|plant's|refinery|refinery's|${PROJECT_NOUN_SRC}|company|company's|group|group's|mine|facility|phase|furnace|production line|(?:industrial\s+)?park|park's|industrial estate|(?:the|these|those|both) (?:two|three|four|five|six|\d+ )?(?:[\w-]+ )?(?:plants|refineries|mines|projects|lines))\b`,
  "i",
);

/** Capitalised words that are not a company's name (sentence starts, products, generic subjects). */
const NOT_PROPER = new Set(
  "The|Chinese|New|Year|Festival|Spring|Lantern|Golden|Silver|Ramadan|Philippine|Indonesian|Overall|Despite|Although|Additionally|Meanwhile|Currently|However|Based|According|Looking|Entering|Since|During|After|Before|With|Due|In|On|At|For|From|By|As|This|These|Those|It|Its|Some|Most|Many|Both|Also|Output|Production|Among|Large|Medium|Small|Domestic|Total|Cumulative|Smelters|Operating|Existing|Capacity|Refined|Primary|Secondary|Recycled|Battery|Lithium|Copper|Nickel|Zinc|Tin|Lead|Aluminium|Aluminum|Alumina|Silicon|Magnesium|Cobalt|Manganese|Titanium|Antimony|Bismuth|Silver|Molybdenum|Tungsten|Ferrochrome|Stainless|Rare|Light|Medium-Heavy|Pr-Nd|Topcon|Module|Solar|Polysilicon|Iron|Ternary|Overseas|Indonesian|Nickel-bearing|Net|Our|We|SMM's|China's".split(
    "|",
  ),
);

/** Whether `part` occurs at least twice in `text` (non-overlapping). */
function occursTwice(text: string, part: string): boolean {
  const i = text.indexOf(part);
  return i >= 0 && text.indexOf(part, i + part.length) >= 0;
}

function properNoun(text: string): string | null {
  const lowerText = text.toLowerCase();
  const words = text
    .replace(/^\s*[-•*]?\s*[A-Za-z][\w -]{0,30}:\s*/, " ")
    .split(/[^A-Za-z0-9'&-]+/)
    .filter(Boolean);
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    if (!/^[A-Z][a-z]+/.test(w) && !/^[A-Z][a-z]*\d+/.test(w)) continue;
    // a common noun capitalised at the start of a label appears in lower case too ("Lepidolite: ... lepidolite")
    if (occursTwice(lowerText, w.toLowerCase())) continue;
    const lw = w.toLowerCase().replace(/'s$/, "");
    if (PROPER_WHITELIST.has(lw) || monthNumber(lw) || REGION_RE.test(lw)) continue;
    if (NOT_PROPER.has(w)) continue;
    return w;
  }
  return null;
}

export function sentenceExclusion(s: string): string | null {
  if (/\bFY\s?\d{2,4}\b|\bfiscal year\b/i.test(s)) return "a company's fiscal-year figure";
  // ("the plants in SMM's sample" are the industry's sample)
  if (/\b(?:the|these|those) (?:three|two|four|five|\d+) plants\b|\bthe plant'?s?\b|\bthe company'?s?\b/i.test(s.replace(SAMPLE_PLANTS_RE, "sample")))
    return "a company or plant figure";
  return null;
}

/** Old sentence-wide facility test (kept for direction statements). */
export function facilitySentence(s: string): string | null {
  // a named facility: a capitalised name (not a month, region, product word) next to a facility word
  if (FACILITY_RE.test(s)) {
    const words = s.split(/[^A-Za-z0-9'&-]+/).filter(Boolean);
    for (let i = 1; i < words.length; i++) {
      const w = words[i] as string;
      if (!/^[A-Z][a-z]+/.test(w) && !/^[A-Z]{2,}\d*$/.test(w) && !/^[A-Z][a-z]*\d+/.test(w)) continue;
      const lw = w.toLowerCase().replace(/'s$/, "");
      if (PROPER_WHITELIST.has(lw) || monthNumber(lw) || REGION_RE.test(lw)) continue;
      if (
        /^(?:SMM|MoM|YoY|PV|NPI|EMM|EMD|DMC|LFP|LCO|LMO|NEV|NdFeB|APT|RKAB|TC|RC|TCs|RCs|CR\d|SiMn|Pr|Nd|Pr-Nd|Topcon|Ni|Co|Li|Mn|Q\d|H\d|LME|SHFE|US|USD|RMB|MAP|EVA|Co3O4|Mn3O4)$/.test(
          w,
        )
      )
        continue;
      if (
        /^(?:The|Chinese|New|Year|Festival|Spring|Lantern|Golden|Silver|March|April|Ramadan|Philippine|Indonesian|Overall|Despite|Although|Additionally|Meanwhile|Currently|However|Based|According|Looking|Entering|Since|During|After|Before|With|Due|In|On|At|For|From|By|As|This|These|Those|It|Its|Some|Most|Many|Both|Also)$/.test(
          w,
        )
      )
        continue;
      // a capitalised word within the sentence that names something: treat as a facility sentence
      if (/\b(?:plant|plants|refinery|refineries|project|company|group|mine|facility|smelter)\b/i.test(s)) return `a company or plant figure (${w})`;
    }
    if (/\b(?:the|these|those) (?:three|two|four|five|\d+) plants\b|\bthe plant'?s?\b|\bthe company'?s?\b|\bthe project\b/i.test(s))
      return "a company or plant figure";
  }
  return null;
}

export interface SubjectInfo {
  /** Product ids mentioned in the subject. */
  segment: string;
  subset: boolean;
  downstream: boolean;
  region: string | null;
  /** Nickel content basis named ("metal" / "physical"). */
  content: "metal" | "physical" | null;
  /** A part within a province ("dysprosium oxide in Jiangxi"): neither the part's figure nor the province's. */
  regionalPart?: boolean;
  /** Another grade of a product named by its grade ("industrial-grade manganese sulphate" for battery-grade): another product. */
  otherGrade?: boolean;
}

const HEDGE_WORDS = new Set(["approximately", "about", "around", "roughly", "nearly", "almost", "over", "above", "below", "under", "some", "exceeding"]);
const NP_STOP = new Set([
  "that",
  "which",
  "who",
  "in",
  "of",
  "by",
  "for",
  "to",
  "is",
  "was",
  "were",
  "are",
  "be",
  "been",
  "will",
  "would",
  "may",
  "might",
  "could",
  "should",
  "has",
  "have",
  "had",
  "and",
  "or",
  "but",
  "while",
  "whereas",
  "with",
  "as",
  "at",
  "on",
  "from",
  "than",
  "a",
  "an",
  "estimates",
  "estimated",
  "expects",
  "expected",
  "show",
  "shows",
  "showed",
  "data",
  "statistics",
  "according",
  "based",
  "survey",
  "surveys",
  "assessments",
  "analysis",
  "forecasts",
  "predicts",
  "anticipates",
  // ("For September, SMM foresees copper cathode output rising by 1.9%")
  "foresees",
  "foresee",
  "envisages",
  "said",
  "says",
  "reported",
  "means",
  "meant",
  // ("Stainless steel mills set another output record": a verb and its object before the noun)
  "set",
  // ("Production of metallurgical-grade alumina outside China edged up 0.8%": where, and a verb, after the name)
  "outside",
  "edged",
  "sets",
  "another",
  "meaning",
  "reports",
  "report",
  "notes",
  "noted",
  "finds",
  "found",
  "indicates",
  "indicated",
  "reveals",
  "revealed",
  "also",
  "further",
  "again",
  "increase",
  "decrease",
  "decline",
  "growth",
  "drop",
  "rise",
  "fall",
  "reduction",
  "mom",
  "yoy",
  "its",
  "their",
  "both",
  "total",
  "overall",
  "this",
  "these",
  "that",
  "such",
  "among",
  "them",
  "specifically",
  "including",
  "additionally",
  "meanwhile",
  "however",
  // ("this is estimated to yield output of 6.03 million mt", "This lowered overall output in January-September": a verb
  // before the noun)
  "lowered",
  "lifted",
  "pushed",
  "dragged",
  "yield",
  "generate",
  "produce",
  "moreover",
  "furthermore",
  "then",
  "so",
  "thus",
  "therefore",
  "hence",
  "consequently",
  "accordingly",
  "leading",
  "resulting",
  "driving",
  "causing",
  "pushing",
  "bringing",
  "mainly",
  "due",
  "because",
  "since",
  "after",
  "before",
  "during",
  "despite",
  "although",
  "though",
  "if",
  "when",
  "where",
  "projects",
  "projected",
  "expect",
  "forecast",
  "forecasts",
  "sees",
  "see",
  "estimate",
  "put",
  "puts",
  "views",
  "shanghai",
  "beijing",
  "experienced",
  "experience",
  "saw",
  "see",
  "seen",
  "showed",
  "show",
  "recorded",
  "record",
  "achieved",
  "achieve",
  "posted",
  "maintained",
  "maintain",
  "kept",
  "keep",
  "faced",
  "face",
  "reduced",
  "reduce",
  "cut",
  "increased",
  "decreased",
  "boosted",
  "boosting",
  "affected",
  "affecting",
  "impacting",
  "impacted",
  "continued",
  "continue",
  "remained",
  "remain",
  "significant",
  "significantly",
  "slight",
  "slightly",
  "sharp",
  "sharply",
  "fewer",
  "more",
  "less",
  "higher",
  "lower",
  "limited",
  "larger",
  "smaller",
  "some",
  "any",
  "no",
  "not",
  "reason",
  "reasons",
  "main",
  "primary",
  "impact",
  "days",
  "planned",
  "plans",
  "plan",
  "put",
  "puts",
  "putting",
  "lift",
  "lifts",
  "lifted",
  "lifting",
  "raise",
  "raised",
  "push",
  "pushed",
  "bring",
  "brought",
  "add",
  "added",
  "exceeded",
  "exceeds",
  "exceed",
  "topped",
  "surpassed",
  "hit",
  "hits",
  "drag",
  "dragged",
  "trim",
  "trimmed",
  "came",
  "come",
  "comes",
  "totalled",
  "totaled",
  "reached",
  "stood",
  "was",
  "were",
]);
const MONTH_WORD =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|\d{4}|\d{1,2})$/;
const PROD_NOUN_RE = /\b(?:production|output|outputs|supply|schedules|content|yield|volumes?|tonnage)\b/gi;
const PLANT_NOUN_RE = new RegExp(String.raw`\b(?:${PLANT_NOUN_SRC})\b`, "i");
const FOR_PLANTS_RE = new RegExp(String.raw`^\s*for\s+((?:the\s+)?(?:[\w-]+\s+){0,3}(?:${PLANT_NOUN_SRC}))\b`, "i");
/** "The rate" standing for the operating rate named before: "The rate declined slightly to ". */
const THE_RATE_RE = /\b(?:the|this|that|its|their)\s+rate\b/i;
/** Capacity standing idle right after a tonnage: " mt of idle capacity", " mt/year of suspended capacity". */
const IDLE_CAPACITY_AFTER_RE =
  /^\s*(?:mt(?:\/year|\/yr)?\s+)?of\s+(?:[a-z-]+\s+){0,2}?(?:idle|idled|suspended|shut|shut-in|halted|curtailed|closed|mothballed|offline|stopped)\s+capacity\b/i;
/** A tier of plants "at" which a rate stood, right after the figure: " at medium smelters". */
const AT_TIER_PLANTS_RE = new RegExp(String.raw`^\s*at\s+((?:${TIER_ADJ_SRC})\s+(?:[\w-]+\s+){0,3}?(?:${PLANT_NOUN_SRC}))\b`, "i");
/** A tier of plants: "large secondary lead smelters", "small smelters", "medium-sized producers". */
const TIER_PLANTS_RE = new RegExp(String.raw`^(?:${TIER_ADJ_SRC})\s+(?:[a-z-]+\s+){0,3}(?:${PLANT_NOUN_SRC})$`);
/** The rest of a size bracket after its number: " mt or more, ", " mt/year, ", ") ". */
const SIZE_BRACKET_REST_RE = /^\s*(?:(?:mt|tonnes|t)(?:\/year|\/yr)?\s*)?(?:or more|or less|or above|or below|and above|and below|and more)?\s*[,)]\s*/;
/** The subject of a figure after a size bracket: the plants named before the bracket, then the figure's own words. */
const afterSizeBracket = (bracketSubject: string, left: string): string =>
  `${bracketSubject.replace(SIZE_BRACKET_TAIL_RE, " ").trimEnd()} ${left.replace(SIZE_BRACKET_REST_RE, "").replace(/^\s*,\s*/, "")}`;
/** A size bracket set off by a comma at the end of a subject: ", capacity above ". */
const SIZE_BRACKET_TAIL_RE = /[,(]\s*(?:those\s+)?(?:with\s+)?(?:an?\s+)?(?:annual\s+)?capacit(?:y|ies)\s+[^,;]*$/i;
const PLANTS_WITH_CAPACITY_RE = new RegExp(
  // ("seven aluminum smelters in Siberia (with a total capacity of 3.933 million mt)": the plants just named, in a bracket)
  // ("large secondary lead smelters, capacity above 100,000 mt/yr,": a size bracket set off by a comma)
  String.raw`\b(?:${PLANT_NOUN_SRC})(?:\s+(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s*(?:\(?\s*with\s+(?:a\s+|an\s+)?(?:total\s+|combined\s+|annual\s+)?capacit(?:y|ies)\s+(?:of\s+)?(?:over|above|below|under|more than|less than|exceeding)?|[,(]\s*(?:those\s+)?(?:with\s+)?(?:an?\s+)?(?:annual\s+)?capacit(?:y|ies)\s+(?:of\s+)?(?:over|above|below|under|more than|less than|exceeding|between|of at least|of up to)?\s*(?:[\d,.]+\s*(?:-|to|and)\s*)?)\s*$`,
  "i",
);
const LABEL_FIGURE_IS_RE = new RegExp(
  String.raw`^\s*[-•*]?\s*[A-Za-z][\w()/ -]{1,50}:\s*(?:SMM(?:'s)?\s+)?(?:(?:${MONTH_RE_SRC})(?:\s+(?:19|20)\d{2})?\s+)?(?:figure|total|reading|number)\s+(?:is|was|came to|came in at|stood at)\s*(?:about\s+|approximately\s+|around\s+)?$`,
  "i",
);
/** A run verb and "at" before a percentage, with no plant noun asked for ("The industry ran at", "Mines ran at an average"). */
const RAN_AT_ANY_RE = new RegExp(
  String.raw`\b(?:ran|run|running|runs|operated|operating|worked|working)\s+at\s+(?:only\s+|just\s+|an?\s+average(?:\s+of)?\s+|${APPROX_SPACE_SRC})?$`,
  "i",
);
/** What follows a percentage of capacity: "of its nameplate capacity", "of capacity". */
const OF_CAPACITY_AFTER_RE =
  /^\s*of\s+(?:(?:its|their|the|total|nameplate|installed|available|existing|effective|rated|design(?:ed)?|production)\s+)*capacity\b/i;
/** A change in points right after a figure: "% on average, 0.3 percentage points higher", "%, up 2.1 pp". */
// ("ran at 88.2% in October, up 0.2 percentage point": the month between)
const POINTS_CHANGE_AFTER_RE = new RegExp(
  String.raw`^\s*(?:on average\s*)?(?:in\s+(?:${MONTH_RE_SRC})(?:\s+(?:19|20)\d{2})?\s*)?,\s*(?:up\s+|down\s+|an?\s+(?:increase|decrease|rise|drop|gain|fall)\s+of\s+)?\d+(?:\.\d+)?\s*(?:percentage points?|pp|ppts?|pct\.?\s?pts?)\b`,
  "i",
);
const RAN_AT_RE = new RegExp(
  // ("Refineries outside China operated at 83.7%", "smelters in Yunnan ran at": where the plants are, between them and the verb)
  // ("PV-grade lines ran at about 84.7% on average, 3.9 percentage points below": production lines, furnaces)
  String.raw`\b(?:${PLANT_NOUN_SRC}|lines|potlines|furnaces|kilns)\s+(?:(?:outside|in|across|abroad|overseas)\s+(?:[A-Z][\w-]*\s+){0,2})?(?:(?:have|has|had)\s+)?(?:ran|run|running|operated|operating|worked|held|stayed|remained|stood)\s+at\s+(?:only\s+|just\s+|about\s+|around\s+|approximately\s+|roughly\s+|nearly\s+|an average of\s+)?$`,
  "i",
);
const HEAD_NOUNS = new RegExp(String.raw`^(?:${PLANT_NOUN_SRC}|companies)$`);

/** Noun-phrase tokens right before position `end` of `s` (stops at verbs, prepositions, punctuation). */
function npBefore(s: string, end: number): string[] {
  const toks = s.slice(0, end).split(/(\s+|[,;:()"])/);
  const out: string[] = [];
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = (toks[i] ?? "").trim().toLowerCase();
    if (t === "") continue;
    if (/^[,;:()"]$/.test(t)) break;
    if (!/^[a-z0-9][a-z0-9'./-]*$/.test(t)) break;
    // "lepidolite-based lithium carbonate total production": "total" right before the noun does not end the phrase
    if (out.length === 0 && (t === "total" || t === "overall")) continue;
    // ("Yunnan's May production": a month between a possessive and the noun is the output's month, not the phrase's end)
    if (out.length === 0 && MONTH_WORD.test(t)) {
      const [w1 = "", w2 = ""] = toks
        .slice(0, i)
        .reverse()
        .map((x) => x.trim().toLowerCase())
        .filter((x) => x !== "");
      if (/'s$/.test(w1) && (REGION_WHOLE_RE.test(w1) || REGION_WHOLE_RE.test(`${w2} ${w1}`))) continue;
    }
    if ((NP_STOP.has(t) && !(t === "not" && out[0] === "using")) || MONTH_WORD.test(t)) break;
    if (out.length && /'s?$/.test(t) && !/^(?:china|china's|smm|smm's)$/.test(t)) {
      out.unshift(t);
      // ("Inner Mongolia's ferrochrome output": a region of two words keeps both)
      const before = [...toks.slice(0, i)].reverse().find((x) => x.trim() !== "");
      const w = (before ?? "").trim().toLowerCase();
      if (w && REGION_WHOLE_RE.test(`${w} ${t.replace(/'s?$/, "")}`)) out.unshift(w);
      break;
    }
    out.unshift(t);
    if (out.length > 7) break;
  }
  return out;
}

const PART_WORD_RE = /\b(?:crude|refined|oxides?|alloys?|series|content|ingots?|metal)\b/;

const TYPED_PART_HINT_RE = /-(?:type|grade|based)\s|\sgrade\s/i;
/** A type or grade opening a clause: "Power-type ", "whereas capacity-type ", "; energy-storage grade ". */
const TYPED_PART_RE = /(?:^|[,;]\s*|\b(?:whereas|while|but|and)\s+)((?:[a-z0-9]+-)+(?:type|grade|based)|[a-z0-9-]+ grade)\s+/g;

/**
 * "Power-type LMO held up well and rose ": the typed part's name with "output" after it (the last such clause decides);
 * null for another grade of a product named by its grade ("Industrial-grade manganese sulphate" beside battery-grade
 * manganese sulphate: another product, no part of it).
 */
function typedNameAsOutput(s: string, productWords: readonly string[], productPhrases: readonly string[]): string | null {
  const lower = s.toLowerCase();
  const lead = lastMatch(TYPED_PART_RE, lower);
  if (!lead) return s;
  const at = lead.index + lead.text.length;
  const tail = lower.slice(at);
  if (tail.search(PROD_NOUN_RE) >= 0 || RATE_PHRASE_RE.test(tail)) return s;
  const ph = longestFirst(productPhrases).find((p) => tail.startsWith(`${p} `) || tail.startsWith(`${p},`));
  if (!ph) return s;
  const qualifier = lead.text.trim().split(/\s+/).pop() ?? "";
  if (productWords.some((w) => /^[a-z0-9]+-(?:type|grade|based)$/.test(w) && w !== qualifier)) return null;
  const end = at + ph.length;
  const rest = lower.slice(end);
  // ("low-grade NPI from blast furnaces dropped to": where the part is made is no part of its own; left out up to the verb,
  // or to the subject's end: "Low-grade NPI from blast furnaces ")
  if (/^\s+from\s/.test(rest)) {
    if (/^\s+from\s+(?:[a-z-]+\s*){1,3}$/.test(rest)) return `${s.slice(0, end)} output `;
    const words = rest.split(/(?=\s)/).slice(0, 7);
    const verbAt = words.findIndex(
      (w, k) => k >= 2 && (directionOf(w.trim()) !== null || /^\s(?:was|were|came|stood|reached|totall?ed|contributed|accounted)$/.test(w)),
    );
    if (verbAt > 0) return `${s.slice(0, end)} output ${s.slice(end + words.slice(0, verbAt).join("").length)}`;
  }
  return `${s.slice(0, end)} output${s.slice(end)}`;
}

/** "whereas Pr-Nd alloy increased ": the part's name (a product phrase with a part's word) with "output" after it. */
function partNameAsOutput(s: string, productPhrases: readonly string[]): string {
  const lower = s.toLowerCase();
  const lead = lastMatch(/(?:^|[,;]\s*|\b(?:whereas|while|but|and)\s+)/g, lower);
  if (!lead) return s;
  const at = lead.index + lead.text.length;
  const tail = lower.slice(at);
  if (tail.search(PROD_NOUN_RE) >= 0) return s;
  const ph = longestFirst(productPhrases).find((p) => PART_WORD_RE.test(p) && tail.startsWith(`${p} `));
  const verb = ph ? (tail.slice(ph.length).trim().split(/\s+/)[0] ?? "") : "";
  return ph && directionOf(verb) ? `${s.slice(0, at + ph.length)} output${s.slice(at + ph.length)}` : s;
}

/** A product's phrases, longest first (sorted once per list: the parser passes the same list for a product; read-only). */
const LONGEST_FIRST = new WeakMap<readonly string[], string[]>();
function longestFirst(phrases: readonly string[]): string[] {
  let r = LONGEST_FIRST.get(phrases);
  if (!r) LONGEST_FIRST.set(phrases, (r = [...phrases].sort((a, b) => b.length - a.length)));
  return r;
}

/** A solar cell's or module's technology ("PERC", "TOPCon", "HJT", "n-type"): a part's name before the product's head noun. */
const PV_TECH_RE = /^(?:perc|topcon|hjt|ibc|bc|n-type|p-type|bifacial|monofacial|perovskite|tandem|heterojunction)$/;
/** Cleans a noun phrase into a segment name: drops the product's name and descriptive words. */
function cleanSegment(np: string[], productWords: readonly string[], productPhrases: readonly string[]): string {
  if (np.length === 0) return ""; // no words, no part (what the steps below make of an empty phrase)
  // (the includes() tests only skip patterns that cannot match the word)
  let h =
    " " +
    np
      .join(" ")
      .replace(/\b(\d{3}) series\b/g, "$1-series")
      .split(" ")
      .map((w) => (w.includes("'") ? w.replace(/'s$/, "").replace(/'$/, "") : w))
      .filter(
        (w) =>
          !w.includes("-") || !/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/.test(w),
      )
      .join(" ")
      .replace(/sulfate/g, "sulphate")
      .replace(/aluminium/g, "aluminum") +
    " ";
  const heading = productPhrases[0] ?? "";
  // "antimony ingots", "magnesium ingots": the product's own name in the plural is the product
  h = h
    .split(" ")
    .map((w) => (w.length > 3 && w.endsWith("s") && productWords.includes(w.slice(0, -1)) ? w.slice(0, -1) : w))
    .join(" ");
  // ("high carbon ferrochrome": a hyphenated name written with a space is the name too)
  const spaced = productPhrases.filter((p) => p.includes("-")).map((p) => p.replace(/-/g, " "));
  for (const ph of longestFirst(spaced.length ? [...productPhrases, ...spaced] : productPhrases)) {
    const i = h.indexOf(` ${ph} `);
    if (i < 0) continue;
    if (PART_WORD_RE.test(ph) && !PART_WORD_RE.test(heading)) continue; // "pr-nd oxide", "secondary crude lead": parts
    const rest = (h.slice(0, i) + " " + h.slice(i + ph.length + 2)).trim();
    // ("industrial silicon metal": two of the product's own names overlapping, "industrial silicon" and "silicon metal")
    if (
      productPhrases.some((o) => o !== ph && h.includes(` ${o} `) && ph.split(" ").some((w) => o.split(" ").includes(w))) &&
      rest.split(/\s+/).every((w) => !w || DESCRIPTIVE_WORDS.has(w) || productWords.includes(w))
    )
      return "";
    // ("8-series ternary precursor": a series before the product's name is the part, the name dropped)
    if (PART_WORD_RE.test(rest) && !/^[a-z0-9]+-series$/.test(rest) && rest.split(/\s+/).filter((w) => w && !DESCRIPTIVE_WORDS.has(w)).length === 1) break; // "(domestic) pr-nd" + "oxide": keep the part whole
    h = " " + h.slice(0, i) + " " + h.slice(i + ph.length + 2) + " ";
    break;
  }
  if (productWords.length > 1 && productWords.every((w) => h.includes(` ${w} `))) for (const w of productWords) h = h.replace(` ${w} `, " ");
  const stainless = productWords.includes("stainless");
  const words = h
    .split(" ")
    .map((w) => (w.includes("-") ? w.replace(/-(?:based|derived|sourced|fed)$/, "") : w))
    .filter((w) => w && !DESCRIPTIVE_WORDS.has(w) && !NOT_PART_WORDS.has(w) && !/^\d+$/.test(w) && !(stainless && w === "crude"));
  if (words.length === 1 && HEAD_NOUNS.test(words[0] as string)) return "";
  // "zinc smelters", "copper cathode producers": the whole industry, not a part
  const core = words.filter((w) => !productWords.includes(w));
  if (core.length < words.length && core.length > 0 && core.every((w) => HEAD_NOUNS.test(w))) return "";
  if (words.length === 1 && /^oxides?$/.test(words[0] as string)) return "";
  if (words.length === 2 && words[0] === "medium" && /^smelters?$/.test(words[1] as string)) return "medium-sized-smelters";
  // ("crude lead output" of secondary lead, whose names know its crude and refined parts: the qualifier names the part;
  // "refined copper", a name of the product itself, does not)
  if (
    words.length === 2 &&
    /^(?:refined|crude)$/.test(words[0] as string) &&
    productWords.includes(words[1] as string) &&
    qualifierIsPart(words[0] as string, words.join(" "), productPhrases)
  )
    return words[0] as string;
  // ("PERC cells: 17.8 GW": a cell technology before the product's own head noun is the part)
  if (words.length === 2 && PV_TECH_RE.test(words[0] as string) && productWords.includes(words[1] as string)) return words[0] as string;
  if (words.length && productWords.includes(words[words.length - 1] as string) && words.length <= 2) return "";
  return slug(words.join(" "));
}

/**
 * "Large recyclers ran at an operating rate of ": a tier of plants before the verb, and the rate after it (other
 * plants, "Smelters outside China", "smelters processing spodumene", are read where they stand).
 */
const RAN_AT_RATE_OF_RE =
  /(?<=^|[,;]\s*|\.\s+)((?:large|small|medium|medium-sized|big|major|larger|smaller)\s+[A-Za-z][\w'-]*)\s+(?:ran|operated|were running|was running)\s+at\s+(?:an?\s+)?(?:average\s+)?(?:operating|utili[sz]ation)\s+rate\s+of\s*$/i;

/** "<product phrase> (derived) from ": one RegExp per phrase, kept. */
const derivedFrom = new Map<string, RegExp>();
function derivedFromRe(ph: string): RegExp {
  let r = derivedFrom.get(ph);
  if (!r)
    derivedFrom.set(ph, (r = new RegExp(`\\b${ph.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+(?:(?:derived|produced|made|sourced|extracted)\\s+)?from\\s`)));
  return r;
}

/**
 * The product phrase a subject says a part is derived from: "lithium carbonate (made) from ", or the name's head noun alone
 * ("By feedstock, carbonate from spodumene rose 11.2%": the section's product by its last word, six letters or more).
 */
function derivedPhraseOf(lower: string, productPhrases: readonly string[]): string | null {
  const ph = productPhrases.find((p) => derivedFromRe(p).test(lower));
  if (ph) return ph;
  const head = productPhrases[0]?.split(" ").pop() ?? "";
  return head.length >= 6 && head !== productPhrases[0] && !GENERIC_HEADS.has(head) && derivedFromRe(head).test(lower) ? head : null;
}
const GENERIC_HEADS: ReadonlySet<string> = new Set(["material", "materials", "metal", "metals", "product", "products", "powder"]);

/** An end use right after a product's name: " for energy storage", " for power batteries", " for consumer electronics". */
const USE_AFTER_RE =
  /^\s*for\s+(?:use\s+in\s+)?((?:(?:energy|power|consumer|electric|new-energy|ev)\s+)?(?:storage|batteries|battery|vehicles|electronics|cells))\b/;

/** A list item that is a comparison base: "MoM", "YoY changes", "year-on-year growth". */
const BASIS_ITEM_RE =
  /^(?:mom|yoy|m\/m|y\/y|m-o-m|y-o-y|month-on-month|year-on-year|month-over-month|year-over-year)(?:\s+(?:changes?|growth|rates?|comparisons?|figures?|readings?))?$/i;

const clauseTailOf = (lower: string): string => {
  const i = Math.max(lower.lastIndexOf(","), lower.lastIndexOf(";"), lower.lastIndexOf(":"));
  return i >= 0 ? lower.slice(i + 1) : lower;
};

/**
 * Reads the subject of a figure or direction word (the words before it) into a segment,
 * subset/downstream flags, a region and a nickel content basis. Segments come only from a few
 * structures: "<NP> production", "production derived from <NP>", "operating rate of <NP>",
 * "<NP> at N%", "<Region>'s production".
 */
/** One or two words that can be a name ("spodumene-based", "300-series"): no month, no stop word ("August could add another" is a clause). */
function shortName(t: string): boolean {
  const ws = t.trim().toLowerCase().split(/\s+/);
  return ws.length >= 1 && ws.length <= 2 && ws.every((w) => /^[a-z0-9][\w-]*$/.test(w) && !NP_STOP.has(w) && !MONTH_WORD.test(w));
}

/** "salt lake-based lithium carbonate", "spodumene-derived lithium carbonate": the modifiers of a feedstock before the product's whole name. */
function feedstockBefore(lower: string, productPhrases: readonly string[]): string[] | null {
  if (!/-(?:based|derived|sourced|fed)\b/.test(lower)) return null;
  for (const ph of longestFirst(productPhrases)) {
    const at = lower.lastIndexOf(ph);
    if (at < 0 || /[a-z0-9-]/.test(lower[at + ph.length] ?? "")) continue;
    const mods = npBefore(lower, at);
    const last = mods[mods.length - 1] ?? "";
    if (mods.length === 0 || mods.length > 3 || !/^[a-z]+-(?:based|derived|sourced|fed)$/.test(last)) return null;
    return [...mods, ...ph.split(" ")];
  }
  return null;
}

/** A province that "contributed" the tonnage after it: "Yunnan contributed ", "; Sichuan alone contributed about ". */
const REGION_CONTRIBUTED_RE =
  /(?<=^|[,;]\s*|\.\s+|\band\s+)([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:alone\s+)?contributed\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|approximately\s+)?$/;

/** A discourse aside between commas before a lower-case verb: ", by contrast,", ", however,", ", for their part,". */
const DISCOURSE_ASIDE_RE = new RegExp(String.raw`,\s*${DISCOURSE_ASIDE_SRC}\s*,(?=\s*[a-z])`, "gi");

/** A tonnage that "was" a grade: " mt was battery-grade lithium carbonate", " mt were high-purity". */
const WAS_GRADE_AFTER_RE = /^\s*(?:mt|tonnes|tons|t)?\s+(?:was|were)\s+([a-z][\w-]*-(?:grade|purity)(?:\s+[a-z][\w-]*){0,3}?)(?=\s*(?:[,.;]|\band\b|$))/i;
/** A grade named right after a tonnage: " mt industrial-grade". */
const GRADE_AFTER_RE = /^\s*(?:mt|tonnes|tons|t)?\s+([a-z][\w-]*-(?:grade|purity))(?=\s*(?:[,.;]|\band\b|$))/i;

/** A province's label, then "The province" and an aside: "Yunnan: The province, home to most of China's tin smelting, ". */
const LABEL_THE_PROVINCE_RE = /^(\s*)([A-Z][a-z]+(?:\s[A-Z][a-z]+)?):\s+(?:The|This)\s+province\b(?:\s*,[^,;]{0,80},)?\s*/;

/** A relative clause between commas before a lower-case verb: ", several of which had been shut for inspections,". */
const RELATIVE_ASIDE_RE = /,\s*(?:(?:several|some|many|most|all|both|two|three|four|none|one|each|half)\s+of\s+)?(?:which|whom)\s[^,;]{0,100},(?=\s*[a-z])/gi;

/** "For low-grade materials, <a cause> lowered output ": a part fronted by "For" (not a time: "For July,", "For the year,"). */
const FRONTED_FOR_PART_RE = new RegExp(
  String.raw`^\s*For\s+(?!(?:the|this|next|last|that|its|their|our|${MONTH_RE_SRC}|h[12]|q[1-4]|20\d\d)\b)([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}),\s+[^,;]*?\b(lowered|lifted|raised|cut|reduced|boosted|curbed|trimmed|pushed up|dragged down)\s+(output|production)\s+`,
  "i",
);
/** A replacement for a subject rewrite: a pattern string ("$1 output ") or a replacer. */
type SubjectReplacement = string | ((match: string, ...groups: string[]) => string);
/**
 * A rewrite of a subject before it is read: its name, the example it is for, a cheap hint (a substring or a RegExp the
 * subject must contain), the pattern and what replaces it (for the metric being read). Applied in order.
 */
export interface SubjectRewrite {
  readonly name: string;
  readonly example: string;
  readonly hint: string | RegExp;
  readonly pattern: RegExp;
  readonly to: (metric: Metric | null) => SubjectReplacement;
}
/** Blanks what matched, keeping every position. */
const BLANK = (m: string): string => " ".repeat(m.length);
/** "<name>'s <noun>" when the name is a region, the match unchanged otherwise. */
const REGION_OWNS = (m: string, name: string, noun: string): string => (REGION_WHOLE_RE.test(name.toLowerCase()) ? `${name}'s ${noun}` : m);

/** The subject rewrites of readSubject, in order (each example is rewritten by its own rule: tests/core/unit). */
export const SUBJECT_REWRITES: readonly SubjectRewrite[] = [
  // ("NPI output on a metal-content basis fell": the basis said another way, "in metal content")
  {
    name: "content-basis",
    example: "NPI output on a metal-content basis fell",
    hint: /\bbasis\b/i,
    pattern: /\bon an? (metal|nickel|ni|physical)[- ]content basis\b/gi,
    to: () => "in $1 content",
  },
  // ("On a YoY basis alumina output was down": a fronted base is no part of the subject)
  {
    name: "fronted-basis",
    example: "On a YoY basis alumina output was ",
    hint: /\bbasis\b/i,
    pattern: /\bon an? (?:yoy|mom|y\/y|m\/m|year-on-year|month-on-month|year-over-year|month-over-month|monthly|yearly|annual) basis\b,?/gi,
    to: () => BLANK,
  },
  // ("Two new furnaces took PV glass output up": the cause that took output up or down is no part of it)
  {
    name: "cause-took-output",
    example: "Two new furnaces took PV glass output ",
    // ("Inspections in Fugu, Shaanxi, pulled magnesium ingot output down": commas of a place inside the cause too)
    // ("maintenance in Inner Mongolia should pull output down by": the verb's other forms too)
    // (not a plan's verb: "some plan to bring full-year output to" stays a plan)
    hint: /\b(?:took|pushed|push|pushes|pulled|pull|pulls|dragged|drag|drags|drove|drive|drives|sent|brought)\s/i,
    pattern:
      /^[^;]*?(?<!\b(?:plans?|aims?|intends?|wants?|seeks?|targets?|hopes?)\s+to\s+)\b(?:took|pushed|push|pushes|pulled|pull|pulls|dragged|drag|drags|drove|drive|drives|sent|brought)\s+(?=(?:[\w-]+\s+){0,3}(?:output|production)\b)/gi,
    to: () => BLANK,
  },
  // ("of which high-grade NPI accounted for 32,800 mt, up 1.5%": the tonnage a part accounts for is its output, as the
  // readings have it, so the direction after it is the part's)
  {
    name: "accounted-for-tonnage",
    example: "of which high-grade NPI accounted for 32,800 mt, ",
    hint: /\baccount/i,
    pattern: new RegExp(
      String.raw`\baccount(?:ed|s|ing)?\s+for\s+(?=(?:${APPROX_SPACE_SRC})?\d[\d,.]*\s*(?:million\s+|thousand\s+)?(?:mt|tonnes?|tons?|t|kt)\b)`,
      "gi",
    ),
    to: () => "output was ",
  },
  // a bracket is no part of the subject
  { name: "bracket", example: "Output (excluding scrap) rose", hint: "(", pattern: /\([^)]*\)/g, to: () => BLANK },
  // ("For low-grade materials, the switch at northern plants lowered output by": the part fronted by "For", a cause's verb after)
  {
    name: "fronted-for-part",
    example: "For low-grade materials, the switch at northern plants lowered output by ",
    hint: /^\s*for\s/i,
    pattern: FRONTED_FOR_PART_RE,
    to: () => "$1 $3 $2 ",
  },
  // ("We think output will stabilise", "SMM believes that output": the speaker's frame before the subject is no part of it)
  {
    name: "speaker-frame",
    example: "We think output will stabilise at about ",
    hint: /\b(?:think|believe|reckon|feel)s?\b/i,
    pattern: /\b(?:we|i|smm|analysts?)\s+(?:think|believe|reckon|feel)s?\s+(?:that\s+)?/gi,
    to: () => BLANK,
  },
  // ("SMM expects further cuts in November, forecasting output at": a participle of forecasting before the output is the
  // speaker's frame, no part of the subject)
  {
    name: "forecasting-participle",
    example: "SMM expects further cuts, forecasting output at ",
    hint: /ing\s/i,
    pattern:
      /,\s*(?:forecasting|projecting|expecting|estimating|predicting|anticipating|seeing|putting|pegging)\s+(?=(?:[\w-]+\s+){0,2}(?:output|production)\b)/gi,
    to: () => BLANK,
  },
  // ("Output of the alloy in China reached", "the metal's producers": a class noun that stands for the product is no part)
  { name: "class-anaphor", example: "Output of the alloy in China reached", hint: /\bthe\s/i, pattern: CLASS_ANAPHOR_RE, to: () => BLANK },
  // ("mainly in the 200-series, where output fell 8.8%", "in Yunnan, where production rose": the output of what "where" stands for)
  { name: "where-output", example: "mainly in the 200-series, where output fell", hint: /\bwhere\s/i, pattern: WHERE_OUTPUT_RE, to: () => "$1 $2 " },
  // ("The sharp fall included dysprosium oxide, whose output fell 48%": the output of what "whose" stands for)
  { name: "whose-output", example: "The fall included dysprosium oxide, whose output fell", hint: /\bwhose\s/i, pattern: WHOSE_OUTPUT_RE, to: () => "$1 $2 " },
  // "N-type cells, mainly TOPCon with a small volume of HJT, reached": an appositive between commas is no part of the subject
  { name: "appositive", example: "N-type cells, mainly TOPCon with some HJT, reached", hint: ",", pattern: APPOSITIVE_RE, to: () => BLANK },
  // ("Plants in Fugu, Shaanxi, raised output": a city and its province between commas name the province's plants)
  {
    name: "city-province",
    example: "Plants in Fugu, Shaanxi, raised output by",
    hint: ",",
    pattern: CITY_PROVINCE_RE,
    to: () => (m: string, prep: string, _city: string, province: string) => (REGION_WHOLE_RE.test(province.toLowerCase()) ? `${prep} ${province} ` : m),
  },
  // ("output stood at some 15,600 tonnes", "by circa 3.8 per cent": the hedge before the figure is no quantifier of the subject)
  { name: "hedge-before-figure", example: "output stood at some ", hint: /\b(?:some|circa)\s*$/i, pattern: /\b(?:some|circa)\s*$/i, to: () => BLANK },
  // "for those not using copper concentrate": "those" stands for the smelters just named
  { name: "those-using", example: "output for those not using", hint: /those/i, pattern: /\bthose(\s+(?:not\s+)?using)\b/gi, to: () => "smelters$1" },
  // ", and that of electroplating grade nickel sulfate is": "that of" stands for the metric noun just used
  {
    name: "that-of",
    example: "and that of electroplating grade nickel sulfate was",
    hint: /\b(?:that|those)\s+of\b/i,
    pattern: THAT_OF_RE,
    to: (metric) => (metric === "oprate" ? "operating rate of" : metric === "capacity" ? "capacity of" : "output of"),
  },
  // "#400 stainless steel", "the #300 series": a stainless series
  {
    name: "hash-series",
    example: "#400 stainless steel rose",
    hint: "#",
    pattern: /#(\d{3})(\s+series\b)?/g,
    to: () => (_m: string, d: string, ser?: string) => (ser ? `${d}${ser}` : `${d}-series`),
  },
  // ("the production of #1 silver", "No. 1 silver": the standard grade is the product itself, no part)
  { name: "standard-grade", example: "the production of No. 1 silver rose", hint: /#1\b|\bno\.\s?1\b/i, pattern: /#1\b|\bno\.\s?1\b/gi, to: () => BLANK },
  // ("The 300 series rose 6.2%": the series' name with a space)
  { name: "spaced-series", example: "The 300 series rose", hint: /\d{3} series\b/i, pattern: /\b(\d{3}) (series)\b/gi, to: () => "$1-$2" },
  // ("Output of 300-series steel fell 5.1%": a series of steel is the stainless series)
  {
    name: "series-steel",
    example: "Output of 300-series steel fell ",
    hint: /-series\s+steel\b/i,
    pattern: /\b(\d{3}-series)\s+steel\b/gi,
    to: () => "$1 stainless steel",
  },
  // ("Yunnan: The province, home to most of China's tin smelting, produced 7,420 mt": the province is the label's)
  {
    name: "label-the-province",
    example: "Yunnan: The province, home to most smelters, produced ",
    hint: /\bprovince\b/i,
    pattern: LABEL_THE_PROVINCE_RE,
    to: () => (m: string, lead: string, name: string) => (REGION_WHOLE_RE.test(name.toLowerCase()) ? `${lead}${name} ` : m),
  },
  // ("Production of 300-series stainless fell 3.7%": the series of stainless, "steel" left out)
  {
    name: "series-stainless",
    example: "Production of 300-series stainless fell ",
    hint: /-series\s+stainless\b/i,
    pattern: /\b(\d{3}-series)\s+stainless\b(?!\s+steel)/gi,
    to: () => "$1 stainless steel",
  },
  // ("Large recyclers ran at an operating rate of": the plants that ran are the rate's, as in "the operating rate of large recyclers was")
  {
    name: "ran-at-rate-of",
    example: "Large recyclers ran at an operating rate of",
    hint: /\bat\s+(?:an?\s+)?(?:average\s+)?(?:operating|utili[sz]ation)\s+rate\s+of\s*$/i,
    pattern: RAN_AT_RATE_OF_RE,
    to: () => "the operating rate of $1 was ",
  },
  // ("Shanxi producers offset the loss, raising output by about 600 mt": the participle's output is its clause's plants')
  {
    name: "participle-output",
    example: "Shanxi producers offset the loss, raising output by",
    hint: /,\s*(?:raising|lifting|boosting|cutting|reducing|lowering|trimming|increasing)\s/i,
    pattern: PARTICIPLE_OUTPUT_RE,
    to: () => "$1 $2 ",
  },
  // ("Yunnan producers bucked the trend, producing 61,400 mt, 4.1% more than in March": what the plants produced is theirs)
  {
    name: "producing-participle",
    example: "Yunnan producers bucked the trend, producing ",
    hint: /,\s*(?:producing|turning out|smelting)\s/i,
    pattern: PRODUCING_PARTICIPLE_RE,
    to: () => "$1 output ",
  },
  // ("Refineries in Hebei, inside the Olympic control zone, cut output by": a place's aside between commas is no part of
  // the subject)
  {
    name: "locative-aside",
    example: "Refineries in Hebei, inside the Olympic control zone, cut output by ",
    hint: ",",
    pattern: /,\s*(?:inside|within|near|along|close to|next to)\s+[^,;]{2,50},(?=\s*[a-z])/gi,
    to: () => BLANK,
  },
  // ("Crude stainless steel output by series in March: 200-series 612,000 mt": a label that splits output by a dimension
  // names the whole; the list item after its colon is the part)
  {
    name: "by-dimension-label",
    example: "Crude stainless steel output by series in March: 200-series ",
    hint: ":",
    pattern: new RegExp(String.raw`^[^:;]*\bby\s+${DIMENSION_SRC}\b[^:;]*:\s*(?=\S)`, "gi"),
    to: () => BLANK,
  },
  // ("date 2019-11-13 Production of stainless steel shrank": a page's dateline before the subject is no part of it)
  {
    name: "dateline",
    example: "date 2019-11-13 Production of stainless steel shrank",
    hint: /\d{4}-\d{2}-\d{2}/,
    pattern: /\bdate[d:]?\s+\d{4}-\d{2}-\d{2}\b/gi,
    to: () => BLANK,
  },
  // ("the recovery ... will grow output of low-grade materials by": a cause's verb before "output of" a part is no part)
  {
    name: "verb-output-of",
    example: "the recovery will grow output of low-grade materials by ",
    hint: /\boutput of\s|\bproduction of\s/i,
    pattern: /\b(?:grow|boost|lift|raise|increase|cut|lower|reduce|trim|curb|drive|push)\s+(?=(?:the\s+)?(?:output|production)\s+of\s)/gi,
    to: () => BLANK,
  },
  // ("Shaanxi lifted its output by 15%": the province whose own output moved)
  {
    name: "verb-its-output",
    example: "Shaanxi lifted its output by",
    hint: /\b(?:lifted|raised|increased|boosted|cut|reduced|lowered|trimmed|curtailed|expanded|ramped up)\s/i,
    pattern: VERB_ITS_OUTPUT_RE,
    to: () => (m: string, name: string, noun: string) => (REGION_WHOLE_RE.test(name.toLowerCase()) ? `${name}'s ${noun} ` : m),
  },
  // ("Inner Mongolia led the increase, with output up sharply, by 14.6%": the province's output, as "Yunnan saw output fall")
  {
    name: "led-with-output",
    example: "Inner Mongolia led the increase, with output up by",
    hint: /\bled\s|\bdrove\s|\bdominated\s/i,
    pattern: LED_WITH_OUTPUT_RE,
    to: () => REGION_OWNS,
  },
  // ("the 300 series led the way, up 4.2%": what led the change moved by the figure after it)
  {
    name: "led-the-way",
    example: "the 300 series led the way, up ",
    hint: /\bled\s/i,
    pattern: LED_THE_WAY_RE,
    to: () => "$1 output $2 ",
  },
  // ("Yunnan saw output fall 8.5%": what saw its output move is the output's owner, as in "Yunnan's output fell")
  // (a province only: "Qinghai Lihao saw their production ramped up" is a company's)
  { name: "saw-output", example: "Yunnan saw output fall", hint: /\bsaw\s/i, pattern: SAW_OUTPUT_RE, to: () => REGION_OWNS },
  // ("low-grade NPI from blast furnaces saw its metal content fall 3.5%": a grade that saw its output move)
  { name: "grade-saw", example: "low-grade NPI from blast furnaces saw its metal content fall", hint: /\bsaw\s/i, pattern: GRADE_SAW_RE, to: () => "$1 $2" },
  // ("producers in Ningxia, who pay less for power, raised output by 20%", its relative clause already gone: "producers in
  // Ningxia, raised output")
  {
    name: "plants-comma-verb",
    example: "and producers in Ningxia, raised output by ",
    hint: ",",
    pattern: PLANTS_COMMA_VERB_RE,
    to: () => "$1 $2 $3",
  },
  // ("large enterprises, whose operating rate reached 78%": the rate of the plants "whose" stands for)
  {
    name: "plants-whose-rate",
    example: "among large enterprises, whose operating rate reached ",
    hint: /\bwhose\s/i,
    pattern: PLANTS_WHOSE_RATE_RE,
    to: () => "the $2 of $1 ",
  },
  // ("• High-grade NPI, nickel content: ": a label's part, then its content after a comma)
  {
    name: "label-comma-content",
    example: "• High-grade NPI, nickel content: ",
    hint: /content\s*:\s*$/i,
    pattern: LABEL_COMMA_CONTENT_RE,
    to: () => "$1 $2 content output ",
  },
  // ("Guangxi was the weakest region: output there fell 8.9%": "there" is the region the clause before names)
  {
    name: "output-there",
    example: "Guangxi was the weakest region: output there fell",
    hint: /\bthere\b/i,
    pattern: OUTPUT_THERE_RE,
    to: () => (m: string, name: string, mid: string, noun: string) => (REGION_WHOLE_RE.test(name.toLowerCase()) ? `${name}${mid}${name}'s ${noun}` : m),
  },
  // ("Regions: Yunnan, still in the wet season, ran its furnaces hard and produced": a region, an aside, and what it produced)
  {
    name: "region-aside-produced",
    example: "Regions: Yunnan, still in the wet season, ran its furnaces hard and produced ",
    hint: /\b(?:produced|turned out)\s*$/i,
    pattern: REGION_ASIDE_PRODUCED_RE,
    to: () => (m: string, lead: string, name: string) => (REGION_WHOLE_RE.test(name.toLowerCase()) ? `${lead}${name} produced ` : m),
  },
  // ("Henan's smelters, squeezed by high power tariffs, cut output by 7.2%": an aside opened by a participle and "by" names a cause)
  {
    name: "participle-aside",
    example: "Henan's smelters, squeezed by high power tariffs, cut output by ",
    hint: ",",
    pattern: PARTICIPLE_ASIDE_RE,
    to: () => BLANK,
  },
  // ("producers in Inner Mongolia, by contrast, raised output by": a discourse aside between commas is no part of the subject)
  {
    name: "discourse-aside",
    example: "producers in Inner Mongolia, by contrast, raised output by ",
    hint: ",",
    pattern: DISCOURSE_ASIDE_RE,
    to: () => BLANK,
  },
  // ("Smelters in Henan, several of which had been shut for inspections, raised their output by": a relative clause between
  // commas is no part of the subject)
  {
    name: "relative-aside",
    example: "Smelters in Henan, several of which had been shut, raised output by ",
    hint: /\b(?:which|whom)\s/i,
    pattern: RELATIVE_ASIDE_RE,
    to: () => BLANK,
  },
  // ("Inner Mongolia rose 1.9% to 31,500 mt", "Hunan should recover by around 6%": a region as the clause's whole subject
  // is the region's output)
  {
    name: "region-moved",
    example: "Inner Mongolia rose ",
    hint: /^\s*[A-Z]/,
    pattern: REGION_MOVED_RE,
    to: () => (m: string, lead: string, name: string, rest: string) => (REGION_WHOLE_RE.test(name.toLowerCase()) ? `${lead}${name}'s output ${rest}` : m),
  },
];

/** Words that are the product's own name ("crude stainless steel"), after descriptive words ("China's") only. */
function ownNameOnly(np: readonly string[], productPhrases: readonly string[]): boolean {
  const text = np.join(" ");
  return productPhrases.some((ph) => {
    if (text !== ph && !text.endsWith(` ${ph}`)) return false;
    const lead = text.slice(0, text.length - ph.length).trim();
    return lead === "" || lead.split(/\s+/).every((w) => DESCRIPTIVE_WORDS.has(w) || NP_STOP.has(w));
  });
}
/** After a production noun: "of the 200-series", "of battery-grade", "of n-type" (a series, grade or type named after "of"). */
const OF_SERIES_OR_GRADE_RE = /^\s*of\s+(?:the\s+)?(?:\d{3}-series|[a-z]+-(?:grade|type|based))\b/;

export function readSubject(
  subject: string,
  productWords: readonly string[],
  productPhrases: readonly string[],
  metric: Metric | null = "production",
): SubjectInfo {
  let s = subject;
  // (each rewrite only where its hint can match)
  for (const r of SUBJECT_REWRITES) {
    if (typeof r.hint === "string" ? !s.includes(r.hint) : !r.hint.test(s)) continue;
    const to = r.to(metric);
    s = typeof to === "string" ? s.replace(r.pattern, to) : s.replace(r.pattern, to);
  }
  // ("Refined lead from secondary smelters rose 4.1%": the product's own producers, no part)
  if (/\bfrom\s/i.test(s)) s = s.replace(OWN_PRODUCERS_RE, (m: string, w: string) => (productWords.includes(w.toLowerCase()) ? " " : m));
  // ("Refined secondary lead rose 8.3%": a part's qualifier before the product's name, with no production noun, names the part)
  if (PRODUCT_QUALIFIER_HINT_RE.test(s) && !PROD_NOUN_RE.test(s.toLowerCase())) s = qualifiedNameAsOutput(s, productPhrases);
  // ("..., whereas Pr-Nd alloy increased ": a part's own name opening the last clause, a verb after it and no production
  // noun in the clause, is that part's output)
  if (PART_WORD_RE.test(s.toLowerCase())) s = partNameAsOutput(s, productPhrases);
  // ("Power-type LMO held up well and rose ", "whereas capacity-type LMO, sold mainly into consumer cells, fell ": a type or
  // grade before the product's own name, opening a clause with no production noun, names the part whose output moved)
  if (TYPED_PART_HINT_RE.test(s)) {
    const typed = typedNameAsOutput(s, productWords, productPhrases);
    if (typed === null) return { segment: "", subset: false, downstream: false, region: null, content: null, otherGrade: true };
    s = typed;
  }
  const lower = s.toLowerCase();
  let np: string[] = [];
  let after = "";
  /** The product phrase the subject says a part is derived from (derivedPhraseOf), looked for once. */
  let derived: string | null = null;
  // the last operating-rate phrase or production noun decides
  const rate = metric === "oprate" || metric === null || metric === "production" ? lastMatch(RATE_PHRASE_RE, lower) : null;
  let prod = metric === "production" || metric === null || metric === "oprate" ? lastMatch(PROD_NOUN_RE, lower) : null;
  // "High-grade NPI output in metal content was": the subject's noun is "output"; "in metal content" says its basis
  if (prod?.text === "content" && /\bin\s+(?:metal|physical|nickel|ni)\s+$/.test(lower.slice(0, prod.index))) {
    const inAt = lower.slice(0, prod.index).search(/\bin\s+(?:metal|physical|nickel|ni)\s+$/);
    const earlier = lastMatch(PROD_NOUN_RE, lower.slice(0, inAt));
    if (earlier && /^\s*$/.test(lower.slice(earlier.index + earlier.text.length, inAt))) prod = earlier;
  }
  if (rate && (!prod || rate.index > prod.index)) {
    const before = lower.slice(Math.max(0, rate.index - 50), rate.index).replace(/^.*[,;:]/, "");
    const ofX =
      /^\s*(?:of|for|among|at)\s+(.+?)(?:\s+(?:was|were|is|are|stood|reached|remained|will|in|had|increased|decreased|rose|fell|declined|climbed|dropped|averaged|edged|came|hit|ran|held|at|to|staged|posted|saw|showed|recorded|registered|logged|suffered|led)\b|\s*,|$)/.exec(
        lower.slice(rate.index + rate.text.length),
      );
    if (/\b(?:their|its)\s+(?:[a-z-]+\s+)?$/.test(before)) {
      // "production at smelters not using copper concentrates declined, as reflected in their lower operating rate"
      const head = lastMatch(RATE_OWNER_HEAD_RE, lower.slice(0, rate.index));
      np = head ? npBefore(lower, head.index + head.text.length) : [];
    } else if (/,\s*whose\s+(?:[a-z-]+\s+)?$/.test(lower.slice(0, rate.index))) {
      // ("... than second-tier assemblers, whose operating rates were closer to 45%": the rate of the noun before "whose")
      np = npBefore(lower, lower.slice(0, rate.index).search(/,\s*whose\s+(?:[a-z-]+\s+)?$/));
    } else if (
      /\b(?:overall|industry|average|sample|total|national|whole)\b/.test(before) &&
      // ("Average operating rate at large secondary lead smelters increased": an average of a tier's plants is the tier's)
      !(/\baverage\b/.test(before) && !/\b(?:overall|industry|sample|total|national|whole)\b/.test(before) && ofX && TIER_PLANTS_RE.test(ofX[1] ?? ""))
    )
      np = [];
    else if (ofX) {
      // "the operating rate of large smelters slid to": the phrase ends at the verb, whichever direction word it is
      const ws = (ofX[1] ?? "").split(/\s+/);
      const verb = ws.findIndex((w) => !!directionOf(w) || /^(?:hovered|registered|stayed|kept|ran|stood|came|totall?ed)$/.test(w));
      np = (verb >= 0 ? ws.slice(0, verb) : ws).filter((w) => w && !HEDGE_WORDS.has(w));
    } else {
      const had =
        /(?:^|[,;]\s*|\band\s+|\bwhile\s+)([a-z0-9' -]+?)\s+(?:(?:is|are) expected to\s+)?(?:had|have|has|with|saw|recorded|maintained)\s+(?:an?\s+)?(?:average\s+)?$/.exec(
          lower.slice(0, rate.index),
        );
      if (had) np = (had[1] ?? "").trim().split(/\s+/);
      else np = npBefore(lower, rate.index);
    }
    if (!/\b(?:overall|industry|average|sample|total|national|whole)\b/.test(before) && np.every((w) => DESCRIPTIVE_WORDS.has(w) || NP_STOP.has(w))) {
      const cut = lastMatch(RATE_CLAUSE_CUT_RE, lower.slice(0, rate.index));
      const clause = lower.slice(cut ? cut.index + cut.text.length : 0, rate.index);
      const head = lastMatch(RATE_CLAUSE_HEAD_RE, clause);
      if (head) np = npBefore(clause, head.index + head.text.length);
    }
  } else if (!prod && (derived = lower.includes("from") ? derivedPhraseOf(lower, productPhrases) : null)) {
    const ph = derived;
    after = lower.slice(lower.indexOf(ph) + ph.length, lower.indexOf(ph) + ph.length + 60);
  } else if (
    prod &&
    /^\s*of\s+(?!the same|a year|last)/.test(lower.slice(prod.index + prod.text.length)) &&
    (npBefore(lower, prod.index).every((w) => DESCRIPTIVE_WORDS.has(w) || NP_STOP.has(w)) ||
      // ("Crude stainless steel output of the 200-series was": the product's own name before its noun, a series, grade or
      // type after "of")
      (OF_SERIES_OR_GRADE_RE.test(lower.slice(prod.index + prod.text.length)) && ownNameOnly(npBefore(lower, prod.index), productPhrases)))
  ) {
    // "the production of secondary refined lead rose"
    const rest = lower.slice(prod.index + prod.text.length).replace(/^\s*of\s+/, "");
    const toks: string[] = [];
    let used = 0;
    for (const w of rest.split(/(\s+)/)) {
      if (/^\s*$/.test(w)) {
        used += w.length;
        continue;
      }
      const t = w.replace(/[,.;:]+$/, "");
      if (!t || NP_STOP.has(t) || HEDGE_WORDS.has(t) || directionOf(t) || MONTH_WORD.test(t) || (/^\d/.test(t) && !/^\d{1,3}(?:-series)?$/.test(t))) break;
      used += w.length;
      toks.push(t);
      if (/[,.;:]$/.test(w) || toks.length >= 5) break;
    }
    // "production of Pr-Nd oxide and Pr-Nd alloy both ...": every part, i.e. the product
    // ("China's total output of the chemical": the product itself, named again)
    np = /^(?:[\w-]+\s+){0,3}and\s/.test(rest) || /^the (?:chemical|compound|material)$/.test(toks.join(" ")) ? [] : toks;
    after = " " + rest.slice(used);
  } else if (prod) {
    // "Salt-lake producers in Qinghai lifted output by 38%": output as the object of a verb, its subject before the verb
    // (producers only: in "the holiday cut output by 27%" the subject is a cause)
    const verb = TRANSITIVE_BEFORE_RE.exec(lower.slice(0, prod.index));
    // ("Ningxia plants that had passed inspection raised output": the doer is the noun before its relative clause)
    // (plants only: in "despite earlier talk that Ningxia producers would cut output" the "that" opens what was said)
    const relAt = verb ? lower.slice(0, verb.index).search(/\s(?:that|which|who)\s[^,;]*$/) : -1;
    const relDoer = relAt >= 0 ? npBefore(lower, relAt) : [];
    const doer = verb ? (relDoer.length && PLANT_NOUN_RE.test(relDoer.join(" ")) ? relDoer : npBefore(lower, verb.index)) : [];
    // ("Sichuan lifted its April output to 9,870 mt": a province that raised its own output names the part)
    const doerClause = lower.slice(0, verb?.index ?? 0);
    const regionDoer = doer.length > 0 && REGION_WHOLE_RE.test(doer.join(" ").replace(/'s$/, "")) && REGION_WHOLE_RE.test(clauseTailOf(doerClause).trim());
    const plantDoer = doer.length > 0 && PLANT_NOUN_RE.test(doerClause.split(/[,;]/).pop() ?? "");
    np = regionDoer || plantDoer ? doer : npBefore(lower, prod.index);
    after = lower.slice(prod.index + prod.text.length, prod.index + prod.text.length + 60);
    if (prod.text === "content") np.push("content");
  } else {
    const series = lastMatch(SERIES_NP_RE, lower);
    // "medium-sized smelters at", "Large smelters ran at", "large smelters: 84.80%"
    const head = series ? null : lastMatch(SUBJECT_HEAD_RE, lower);
    // "P-type cells fell by about 4.0 GW": the product's own head noun, its modifiers naming the part
    // (only a product of several words, the head alone after a hyphenated type: "n-type", "high-nickel")
    const own = productWords.length > 1 ? (productWords[productWords.length - 1] ?? "") : "";
    const ownHead = series || head || own.length < 4 ? null : lastMatch(headNounRe(own), lower);
    const typed = ownHead ? npBefore(lower, ownHead.index) : [];
    // ("Salt lake-based lithium carbonate rose 15%": a feedstock's "-based" modifier before the product's whole name names the part)
    const fed = head || series ? null : feedstockBefore(lower, productPhrases);
    if (head) np = npBefore(lower, head.index + head.text.length);
    else if (series) np = [series.text.replace(/^the\s+/, "")];
    else if (fed) np = fed;
    // (the head noun stands for the product's whole name: "p-type cells" is "p-type solar cell")
    else if (typed.length && typed.length <= 2 && typed.every((w) => w.includes("-") && !productWords.includes(w))) np = [...typed, ...productWords];
  }
  // ("Cuts in Yunnan and Sichuan drive China's silicon metal output down": the noun phrase starts at the country's possessive)
  const country = np.lastIndexOf("china's");
  if (country > 0) np = np.slice(country);
  const npText = np.join(" ");
  let content: SubjectInfo["content"] = null;
  const nickelProduct = productWords.some((w) => /^(?:npi|nickel|sulphate|sulfate)$/.test(w));
  // ("nickel-content output": the hyphenated compound too; "NPI physical output": a nickel product's "physical" alone)
  if (nickelProduct && np.includes("physical") && !np.includes("metal")) content = "physical";
  else if (/\bmetal[- ]content\b|\bnickel[- ]content\b|\bni[- ]content\b|^metal$/.test(npText) || /^\s*in (?:metal|nickel|ni) content/.test(after))
    content = "metal";
  else if (/\bphysical[- ]content\b|^physical$/.test(npText) || /^\s*in physical content/.test(after)) content = "physical";
  if (!content && /\bboth physical and metal content\b/.test(lower)) content = "metal";
  const contentNp =
    np.some((w) => w === "content" || w === "terms" || /^(?:metal|physical|nickel|ni)-content$/.test(w)) ||
    // ("the national electrolytic nickel production": the product's own name, no content)
    (nickelProduct && /^(?:physical|metal|nickel)$/.test(np[np.length - 1] ?? "") && !productPhrases.some((ph) => ph.includes(" ") && npText.endsWith(ph)));
  const cleanNp = contentNp ? np.filter((w) => !/^(?:metal|physical|nickel|ni|content|terms|(?:metal|physical|nickel|ni)-content)$/.test(w)) : np;
  const tailCut = lastMatch(TAIL_CUT_RE, lower);
  const clauseTail = tailCut ? lower.slice(tailCut.index + tailCut.text.length) : lower;
  // ("Output across Gansu smelters stood flat": a province's plants after the noun name the part too)
  const inRegion = prod
    ? /^\s*(?:in|across)\s+(?:the\s+)?((?:[a-z-]+\s){0,2}[a-z-]+)/.exec(after)
    : /^\s*(?:[a-z]+\s+){0,2}?([a-z]+(?:\s[a-z]+)?(?:\s+and\s+[a-z]+(?:\s[a-z]+)?)?)(?:'s(?:\s+(?:smelters|plants|producers|refineries|mills))?)?(?:\s+(?:alone|only|together))?\s+(?:produced|produce|produces|turned out|made|contributed|output|production)\b/.exec(
        clauseTailOf(lower),
      );
  // ("Yunnan was ▲ 9.8% MoM": a province that is the clause's whole subject, before a verb of being)
  const regionWas = prod ? null : /^\s*([a-z]+(?:\s[a-z]+)?)\s+(?:was|were)\b/.exec(clauseTailOf(lower));
  const rm =
    REGION_RE.exec(npText) ??
    (inRegion && REGION_RE.test(inRegion[1] ?? "") ? REGION_RE.exec(inRegion[1] ?? "") : null) ??
    (regionWas && REGION_WHOLE_RE.test(regionWas[1] ?? "") ? REGION_RE.exec(regionWas[1] ?? "") : null) ??
    (/\b(?:areas|regions|region|province|provinces)\b/.test(clauseTail) ? REGION_RE.exec(clauseTail) : null);
  // ("Inner Mongolia and Ningxia together produce 520,000 ton": two provinces' figure, their joint part, never one of them)
  const pair = inRegion ? /^(.+?)\s+and\s+(.+)$/.exec(inRegion[1] ?? "") : null;
  const both = pair && REGION_WHOLE_RE.test(pair[1] ?? "") && REGION_WHOLE_RE.test(pair[2] ?? "") ? `${pair[1]} and ${pair[2]}` : null;
  const region = both ?? (rm ? `${rm[1] ?? ""}${rm[2] ?? ""}`.trim() : null);
  let segment = "";
  const afterNoOf = after.replace(
    /^\s*of\s+(?:[a-z0-9-]+\s+){1,3}?(?=(?:derived from|made from|produced from|sourced from|extracted from|from|based on|using|via)\s)/,
    " ",
  );
  // ("output via causticisation of lithium carbonate": the process "via" names the part too)
  const dm = /^\s*(?:derived from|made from|produced from|sourced from|extracted from|from|based on|using|via)\s+/.exec(afterNoOf);
  const derivedWords: string[] = [];
  if (dm) {
    for (const w of afterNoOf.slice(dm[0].length).split(/\s+/)) {
      const t = w.replace(/[,.;:]+$/, "");
      if (
        !t ||
        NP_STOP.has(t) ||
        MONTH_WORD.test(t) ||
        directionOf(t) ||
        /^\d/.test(t) ||
        /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/.test(t)
      )
        break;
      derivedWords.push(t);
      if (/[,.;:]$/.test(w) || derivedWords.length >= 3) break;
    }
  }
  const derivedClean = derivedWords
    .filter((w) => !DESCRIPTIVE_WORDS.has(w) && !/^(?:brines?|materials?|feedstock)$/.test(w))
    .map((w) => w.replace(/^(lake)s$/, "$1"));
  // "output from the smelting route": the route names the part ("smelting")
  const route = /^(?:the|a|an)$/.test(derivedWords[0] ?? "") && /^(?:route|process|pathway|method)$/.test(derivedWords[derivedWords.length - 1] ?? "");
  const routeWords = route ? derivedWords.slice(1, -1).filter((w) => !DESCRIPTIVE_WORDS.has(w)) : [];
  // ("Output of LFP for energy storage rose 15%": the end use after the product names the part)
  const use = USE_AFTER_RE.exec(after);
  if (routeWords.length) segment = slug(routeWords.join(" "));
  else if (use && !derivedClean.length) segment = slug((use[1] ?? "").trim());
  else if (derivedClean.length && !/^(?:the|a|an)$/.test(derivedWords[0] ?? "")) segment = slug(derivedClean.join(" "));
  else if (region && !productWords.some((w) => w.startsWith(slug(region).split("-")[0] ?? "\u0000"))) segment = slug(region);
  else segment = cleanSegment(cleanNp, productWords, productPhrases);
  // "the output of dysprosium oxide in Jiangxi", "300-series output in Guangxi": a part within a province is
  // neither the part's figure nor the province's
  // (the part named right before "in <province>": "output of X in", "X output in"; not "restarts in Yunnan lifted the
  // province's output", not "production areas in Anhui")
  let homePart = "";
  const regionalPart =
    !!region &&
    segment === slug(region) &&
    !both &&
    (() => {
      const at = lower.indexOf(` in ${region}`);
      if (at < 0) return false;
      // ("The smelters in Fangchenggang and Wuzhou in Guangxi": places within the province, some of its plants)
      const within = /\bin\s+([a-z]+)(?:\s+and\s+([a-z]+))?\s*$/.exec(lower.slice(0, at));
      if (within && [within[1], within[2]].every((w) => w === undefined || (!REGION_WHOLE_RE.test(w) && !MONTH_WORD.test(w) && !NP_STOP.has(w)))) return true;
      const m =
        /(?:\b(?:output|production)\s+of\s+(?:the\s+)?((?:[a-z0-9-]+\s+){0,2}[a-z0-9-]+)|\b((?:[a-z0-9-]+\s+){0,1}[a-z0-9-]+)\s+(?:output|production))\s*$/.exec(
          lower.slice(0, at),
        );
      if (!m) return false;
      // ("New furnaces lifted output in Xinjiang": a verb before the noun, no part)
      const ws = (m[1] ?? m[2] ?? "").split(/\s+/);
      if (ws.some((w) => directionOf(w) || /^(?:lifted|boosted|pushed|took|brought|drove|kept|held|raised|lowered|dragged|curbed|capped)$/.test(w)))
        return false;
      const part = cleanSegment(ws, productWords, productPhrases);
      // ("salt-lake output in Qinghai": a part in the province it lies in by nature is the part)
      if (PART_HOMES[part]?.includes(slug(region))) {
        homePart = part;
        return false;
      }
      return part !== "" && !part.includes(slug(region)) && !slug(region).includes(part);
    })();
  if (homePart) segment = homePart;
  // "On the smelting side, lithium hydroxide production ...": a side named before the clause's subject is its
  // part (an aspect is not: "on the supply side", "on the cost side")
  const side = !segment && prod ? SIDE_LEAD_RE.exec(lower.slice(0, prod.index)) : null;
  if (side && !ASPECT_SIDE_RE.test(side[1] ?? "")) segment = slug(side[1] ?? "");
  // ("maintenance at two smelters is expected to reduce refined zinc production by 1.2%": what a cause does to the output is
  // the output's change; the plants in the cause make it no part's)
  // (not plants that cut their own output: "Some smelters are expected to reduce zinc production")
  const causeVerb = prod ? CAUSE_VERB_BEFORE_RE.exec(lower.slice(0, prod.index)) : null;
  const doer = causeVerb ? clauseTailOf(lower.slice(0, causeVerb.index)).trimStart() : "";
  const caused =
    causeVerb && !(SUBSET_RE.exec(doer)?.index === 0 || /^(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:smelters|plants|producers|refineries|mills)\b/.test(doer))
      ? causeVerb
      : null;
  const tailForSubset = caused ? lower.slice(caused.index + caused[0].length, prod?.index ?? lower.length) : clauseTail.slice(0, 60);
  // ("The average operating rate at smaller smelters fell": the rate of a tier of plants by size is that tier's)
  const rateTier = rate !== null && (!prod || rate.index > prod.index) && TIER_PLANTS_RE.test(segment.replace(/-/g, " "));
  const subset = (SUBSET_RE.test(npText) || SUBSET_RE.test(tailForSubset)) && !region && !rateTier;
  const rawWord = /\b(raw materials?|ores?|concentrates?|scrap|feedstock)\b/.exec(npText);
  const downstream =
    DOWNSTREAM_RE.test(npText) || (!!rawWord && !productWords.some((w) => (rawWord[1] ?? "").startsWith(w.replace(/s$/, ""))) && !PLANT_NOUN_RE.test(npText));
  return { segment, subset, downstream, region: homePart ? null : region, content, ...(regionalPart ? { regionalPart } : {}) };
}

/** "On the smelting side, lithium hydroxide production": a side opening the clause, a few words before its production noun. */
const SIDE_LEAD_RE = /(?:^|[.;:]\s*)on the ([a-z][a-z-]*(?: [a-z][a-z-]*)?) side,\s*(?:[a-z0-9'-]+\s+){0,4}$/;

/** A product's head noun ("cell", "cells") as a word; one RegExp per noun, kept. */
const HEAD_NOUN_RES = new Map<string, RegExp>();
const headNounRe = (w: string): RegExp => {
  let r = HEAD_NOUN_RES.get(w);
  if (!r) HEAD_NOUN_RES.set(w, (r = new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}s?\\b`, "g")));
  return r;
};

export const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/** A data-release label before a figure: "July estimate: ", "Oct f'cast: ", "Output: ". */
const DATA_LABEL_RE = new RegExp(
  String.raw`^\s*[-•*]?\s*(?:[A-Za-z]+\s+){0,3}(?:${FORECAST_LABEL_SRC}|expectation|output|production)\s*:\s*(?:about|approximately|around)?\s*$`,
  "i",
);
/** A forecast label, a few words of movement, then the level it moves to: "July view: further rise, to about ",
 * "Aug f'cast: flat at about ", "July view: deeper cuts, total seen at ", "July view: output up again, near ". */
const FORECAST_LABEL_MOVE_RE = new RegExp(
  String.raw`^\s*[-•*]?\s*(?:[A-Za-z]+\s+){0,3}${FORECAST_LABEL_SRC}\s*:\s*(?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+\s*(?:,?\s*(?:(?:total|output|production)\s+)?(?:seen\s+|expected\s+)?(?:to|at|near)\s+(?:${APPROX_SPACE_SRC})?|,\s*(?:${APPROX_SPACE_SRC})?)\s*$`,
  "i",
);
/**
 * A row label that names only a base, the whole sentence before its value (a two-column text table's row, its spaces
 * collapsed): "vs March ", "vs April 2020 ", "Jan-Apr y/y ", "MoM: ".
 */
/** "172,000 mt for the year", "for the full year": a year's total with no year named (not "for the year to March",
 * "for the year so far" read as year to date elsewhere, nor "year-on-year"). */
const WHOLE_YEAR_AFTER_RE =
  /^\s*(?:mt|tonnes|t)?\s*(?:for|in|over)\s+the\s+(?:whole\s+|full\s+|entire\s+)?year\b(?![-\s]+on\b|\s+(?:to|so|ago|before|earlier|(?:19|20)\d{2})\b|-)/i;
const BASE_ONLY_ROW_LABEL_RE = new RegExp(
  String.raw`^\s*(?:(?:vs\.?|versus|against)\s+(?:${MONTH_RE_SRC})(?:\s+(?:19|20)\d{2})?|(?:jan(?:uary)?\s*[-–]\s*(?:${MONTH_RE_SRC})\s+)?${BASE_ABBREV_SRC})\s*:?\s*$`,
  "i",
);
/** A field label naming a change: "Change on June: ", "Year-to-date change: ", "August change on July, SMM forecast: ". */
const CHANGE_LABEL_RE =
  /^\s*[-•*▪–]?\s*(?:[A-Za-z][\w-]*\s+){0,2}(?:change|chg\.?|growth)(?:\s+(?:on|vs\.?|versus|against|from|over)\s+[^:,;]{2,30}?)?(?:,\s*(?:SMM\s+)?(?:forecast|estimate|f'cast|fcst))?\s*:\s*$/i;
/** "The forecast for January is ", "SMM's estimate for May 2026 stands at about ": a forecast of a month, in the present. */
const FORECAST_FOR_IS_RE = new RegExp(
  String.raw`(?:^|[,;]\s*)(?:the\s+|SMM's\s+|SMM\s+)?${FORECAST_LABEL_SRC}\s+(?:for|of)\s+(?:${MONTH_RE_SRC})(?:\s+(?:19|20)\d{2})?(?:'s\s+output)?\s+(?:is|stands at|comes in at|is put at|is set at)\s*(?:about|approximately|around|roughly|nearly)?\s*$`,
  "i",
);
/** "Outlook: a further decline", "Oct f'cast: broadly stable": a forecast label, then a direction of its own. */
const FORECAST_LABEL_ONLY_RE = new RegExp(String.raw`\b${FORECAST_LABEL_SRC}\s*:\s*(?:[\w-]+\s+){0,2}$`, "i");

/**
 * The content a tonnage states right after it, the one reader of it: "mt in physical content", ", in metal terms",
 * "(in nickel content)", "tonnes of nickel", "t of contained nickel", "tons in kind", "40.2kt Ni". "physical" or
 * "metal" (nickel content), or null when nothing is stated there.
 */
// ("63,200 mt of nickel sulphate by physical content": "of nickel" opening a product's name is no content)
const CONTENT_AFTER_RE =
  /^\s*(?:mt\s+)?[,(]?\s*(?:(?:in\s+)?(metal|physical|nickel|ni)\s+(?:content|terms|tons|tonnes)\b|of\s+(?:metal|nickel|contained nickel)\b(?![\s-]+(?:sulphate|sulfate|pig|matte|ore|intermediates?|hydroxide|chloride|salts?|concentrates?|cathodes?|briquettes?|plates?|beans?|powder|alloys?)\b)|in\s+(kind)\b|Ni\b|in\s+(?:ni|nickel)\s+metal\b)/i;
/** A tonnage restated right after in nickel: "450,000 ton in October, which equals 7,300 mt of nickel", "440,000 tons (7,200 mt of nickel)",
 * "745 kt of NPI (converted to 29.9 kt in Ni metal)". */
// ("40,100 mt of nickel sulphate, or about 8,930 mt of contained nickel": "or" and the tonnage in nickel after the product's name)
const EQUALS_NICKEL_AFTER_RE =
  /^\s*(?:mt|kt|tons?|tonnes?|t)?\s*(?:of\s+[a-z][a-z -]{0,30}?\s*(?=,)|of\s+[A-Z][A-Za-z-]{0,20}\s*(?=\())?(?:in\s+[A-Z][a-z]+(?:\s+(?:19|20)\d{2})?\s*)?,?\s*(?:(?:which\s+)?(?:equals|is\s+equal\s+to|equal\s+to|equivalent\s+to|is\s+equivalent\s+to|equating\s+to)\s+|\(\s*(?:converted\s+(?:in)?to\s+|equal\s+to\s+|equivalent\s+to\s+)?|or\s+)(?:about\s+|around\s+|approximately\s+|roughly\s+|some\s+)?[\d,.]+\s*[A-Za-z]*\s+(?:of\s+|in\s+(?=(?:[Nn]i|[Nn]ickel)\s+metal\b))?(?:contained\s+)?(?:nickel|ni|Ni|metal)\b/;

export const contentAfter = (s: string, at: number): "metal" | "physical" | null => {
  if (EQUALS_NICKEL_AFTER_RE.test(s.slice(at, at + 90))) return "physical";
  const m = CONTENT_AFTER_RE.exec(s.slice(at, at + 30));
  if (!m) return null;
  return m[1]?.toLowerCase() === "physical" || m[2] !== undefined ? "physical" : "metal";
};

export interface DirectionStatement {
  /** Offset of the direction word in the sentence. */
  start: number;
  end: number;
  direction: Direction;
  magnitude: Magnitude;
  subject: string;
  /** The comparison is year on year (not a MoM trend). */
  yoyOnly: boolean;
  /** Compared with a month other than the previous one ("compared to January"). */
  compareMonth: number | null;
  negated: boolean;
  /** Whether the clause is about production/output/supply. */
  production: boolean;
  operatingRate: boolean;
  month: MonthMention | null;
}

/** Direction words of a sentence with their clause, for SMM.TREND. */
export function directionStatements(original: string): DirectionStatement[] {
  const { text: s, map } = collapsedOf(original);
  const out = directionStatementsCollapsed(s);
  if (map)
    for (const d of out) {
      d.start = map[d.start] ?? d.start;
      d.end = map[d.end] ?? d.end;
    }
  return out;
}

const DIRECTION_ALL_RE = new RegExp(DIRECTION_RE.source, "gi");
/** "a rise in the number of ...", "an increase in spot prices": the direction word's object, right after it, is no output. */
const CHANGE_IN_OTHER_RE = new RegExp(
  String.raw`^\s*(?:in|of)\s+(?:the\s+)?(?:number|proportion|share|prices?|costs?|demand|inventor\w*|orders?|sales|profits?|losses|imports?|exports?|fees?|(?:${OBJECT_WORD_SRC}[\w-]+\s+){0,3}(?:prices?|costs?|demand|inventor\w*|orders|sales|imports?|exports?|fees?|premiums?))\b`,
  "i",
);

/** The metric noun nearest before a direction word is a capacity ("capacity expansion slowed"): the clause is not about output. */
function capacityNounBefore(left: string): boolean {
  const metric = nearestMetric(left)?.metric;
  return metric === "opcap" || metric === "capacity";
}

const DATE_AFTER_RE = new RegExp(
  String.raw`^\s+(?:on|in the week of)\s+(?:(?:the\s+)?\d|${MONTH_RE_SRC}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`,
  "i",
);
/** A subject naming prices, stocks, demand... ("the bidding prices for X by Y mills continued to "). */
/** A constraint on output right before "ease": "the power restrictions in Inner Mongolia ", "curbs ". */
const EASING_CONSTRAINT_BEFORE_RE =
  /\b(?:restrictions?|curbs?|rationing|controls?|limits?|shortages?|constraints?|disruptions?|tightness|pressures?|checks|inspections)(?:\s+(?:in|on|at|across)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+$/i;
const NOT_OUTPUT_SUBJECT_RE = new RegExp(String.raw`\b${NOT_OUTPUT_NOUNS}\b`, "i");
const NOT_OUTPUT_NOUN_BEFORE_RE = new RegExp(String.raw`\b${NOT_OUTPUT_NOUNS}\s+$`, "i");
const NOT_OUTPUT_OBJECT_RE = new RegExp(
  String.raw`^\s+(?:(?!(?:and|or|but|as|while|with|to|in|on|of|by|from|than|amid|due|because|since|after|for)\b)[a-z][\w'’-]*\s+){0,4}?${NOT_OUTPUT_NOUNS}(?=[\s,.;:]|$)`,
  "i",
);

/** "flat or decline": the direction offered after "or" (and, below, before it). */
const ALTERNATIVE_AFTER_RE = new RegExp(String.raw`^\s+(?:[a-z]+\s+)?or\s+(?:[a-z]+\s+)?(${DIRECTION_RE.source})`, "i");
const ALTERNATIVE_BEFORE_RE = new RegExp(String.raw`(${DIRECTION_RE.source})\s+(?:[a-z]+\s+)?or\s+(?:[a-z]+\s+)?$`, "i");

function directionStatementsCollapsed(s: string): DirectionStatement[] {
  const out: DirectionStatement[] = [];
  const months = monthMentions(s);
  const masked = maskPastExpect(s, (m) => " ".repeat(m.length));
  // ("to be broadly flat with May": the month a level is held against dates no direction)
  const mentions = months.filter(
    (mm) => (mm.role === "period" || mm.role === "range-end") && !LEVEL_WITH_BEFORE_RE.test(s.slice(Math.max(0, mm.start - 24), mm.start)),
  );
  const re = DIRECTION_ALL_RE;
  re.lastIndex = 0;
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    const word = m[0];
    const dir = directionOf(word);
    if (!dir) continue;
    if (/^(?:up|level)$/i.test(word) && /^\s*(?:to|for|of)\b/i.test(masked.slice(m.index + word.length))) continue; // "up to", "level of"
    // ("next month's round-up", "a follow-up", "start-up costs": the word's compound names no direction)
    if (
      /^(?:up|down)$/i.test(word) &&
      /\b(?:round|follow|start|run|set|lock|mark|wrap|write|break|shut|slow|tear|wind|count|check|top)-$/i.test(masked.slice(Math.max(0, m.index - 8), m.index))
    )
      continue;
    if (/^lower$/i.test(word) && /\b(?:prices?|costs?)\s*$/i.test(masked.slice(0, m.index))) continue;
    // "a new reduction furnace line": the magnesium or titanium reduction process names equipment, not a fall
    if (/^reductions?$/i.test(word) && REDUCTION_EQUIPMENT_RE.test(masked.slice(m.index + word.length))) continue;
    if (
      /^down$/i.test(word) &&
      /\b(?:shut|shutting|shuts|slow|slowed|slowing|break|broke|broken|wind|winding|step|stepped|calm|calmed|turn|turned|settle|settled|bring|brought|drag|dragged|pull|pulled|hold|held|back)\s*$/i.test(
        masked.slice(Math.max(0, m.index - 12), m.index),
      )
    )
      continue;
    if (CHANGE_IN_OTHER_RE.test(masked.slice(m.index + word.length, m.index + word.length + 60))) continue;
    if (/^(?:cut|cuts)$/i.test(word) && /\bprice\s*$/i.test(masked.slice(0, m.index))) continue;
    // "until the rains ease", "once the weather eases": the weather or a condition in a time clause, no output
    if (
      /^(?:ease|eases|eased|easing)$/i.test(word) &&
      /\b(?:until|once|when|before|after|unless|as soon as)\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?\s+$/i.test(masked.slice(Math.max(0, m.index - 40), m.index))
    )
      continue;
    // "as ... the power restrictions in Inner Mongolia ease": what eases is a constraint on output, not the output
    if (/^(?:ease|eases|eased|easing)$/i.test(word) && EASING_CONSTRAINT_BEFORE_RE.test(masked.slice(Math.max(0, m.index - 60), m.index))) continue;
    // "the holiday fell on February 17": a date, not a fall
    if (/^(?:fell|falls|fall|falling)$/i.test(word) && DATE_AFTER_RE.test(masked.slice(m.index + word.length, m.index + word.length + 30))) continue;
    // "continued price decline", "inventory drop": the noun the direction word belongs to is no output
    if (NOT_OUTPUT_NOUN_BEFORE_RE.test(masked.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "significantly reducing silicon wafer stock", "boosted cell makers' purchasing enthusiasm": what
    // rises or falls is the verb's object, and it is no output
    if (NOT_OUTPUT_OBJECT_RE.test(masked.slice(m.index + word.length, m.index + word.length + 60))) continue;
    // clause around the word
    const before = masked.slice(0, m.index);
    const bcut = lastMatch(CLAUSE_CUT_BEFORE_RE, before);
    const clauseStart = bcut ? bcut.index + bcut.text.length : 0;
    const afterText = masked.slice(m.index + word.length);
    const acut = afterText.search(
      /;|\bwhile\b|\bwhereas\b|\bbut\b|,\s+(?:and\s+)?(?:with|while|as|although|though|which|mainly|due|because|leading|resulting|driving|reflecting)\b|\.\s/i,
    );
    const clauseEnd = m.index + word.length + (acut >= 0 ? acut : afterText.length);
    const clause = masked.slice(clauseStart, clauseEnd);
    const near = masked.slice(Math.max(clauseStart, m.index - 25), Math.min(clauseEnd, m.index + word.length + 22));
    let magnitude: Magnitude = "none";
    if (SIGNIFICANT_RE.test(near)) magnitude = "significant";
    else if (SLIGHT_RE.test(near)) magnitude = "slight";
    // the magnitude word must not belong to a YoY phrase ("significant YoY growth")
    const yoyNear = YOY_RE.test(near) && !MOM_RE.test(near);
    const afterWord = masked.slice(m.index + word.length, clauseEnd);
    const phraseEnd = afterWord.search(/,|;|\band\b|\bbut\b|\bwhile\b|\bwith\b/i);
    const phrase = masked.slice(Math.max(clauseStart, m.index - 18), m.index + word.length + (phraseEnd >= 0 ? phraseEnd : afterWord.length));
    // ("; from a year earlier output was down 3.4%": a base that opens the clause, however far before the word)
    const lead = masked.slice(clauseStart, m.index);
    const fronted = YOY_RE.exec(lead);
    const frontedYoy = !!fronted && /^[\s,;:(]*(?:[-•*▪–]\s+)?$/.test(lead.slice(0, fronted.index)) && !MOM_RE.test(lead);
    const yoyOnly = (YOY_RE.test(phrase) && !MOM_RE.test(phrase) && !/\bboth\b/i.test(phrase)) || frontedYoy;
    if (yoyNear) magnitude = "none";
    // a magnitude about some plants or regions is not the product's ("slight cuts at some plants")
    if (magnitude !== "none") {
      // (the clause back to a comma or a semicolon: "a few refineries will shut; SMM expects output to increase slightly")
      const cs = Math.max(masked.lastIndexOf(",", m.index), masked.lastIndexOf(";", m.index));
      const ceComma = masked.indexOf(",", m.index);
      const ceCause = masked.slice(m.index).search(/\b(?:as|because|due to|since|after|while|amid|with)\b/i);
      const ce = ceCause >= 0 && (ceComma < 0 || m.index + ceCause < ceComma) ? m.index + ceCause : ceComma;
      if (SUBSET_RE.test(masked.slice(cs < 0 ? 0 : cs, ce < 0 ? masked.length : ce))) magnitude = "none";
    }
    // (the comparison of a clause of its own is not this word's: "to rise by a further 3,000 mt, and July output to be
    // about 2% lower than June's")
    const nextSubject = afterText.search(NEXT_OUTPUT_CLAUSE_RE);
    const compareEnd = nextSubject >= 0 ? Math.min(clauseEnd, m.index + word.length + nextSubject) : clauseEnd;
    const cm = months.find((mm) => mm.role === "compare" && mm.start >= clauseStart && mm.end <= compareEnd);
    const compareMonth = cm && !/\b(?:previous|prior|last) month\b/i.test(clause) ? cm.month : null;
    // "SMM expects a sharp increase in September", "A further decline is anticipated in October": a bare outlook is about the product
    const bareOutlook =
      /^(?:increase|rise|decline|decrease|drop|rebound|recovery|fall|reduction|growth|pickup|uptick)$/i.test(word) &&
      /^\s*(?:(?:SMM|we|the market)\s+(?:expects?|forecasts?|sees|anticipates?|predicts?|projects?)\s+)?(?:an?\s+)?(?:further\s+|slight\s+|sharp\s+|significant\s+|modest\s+|small\s+|marked\s+|strong\s+)*$/i.test(
        masked.slice(clauseStart, m.index).replace(/^.*\b(?:SMM|we)\b/i, (x) => x.replace(/^.*?(?=\b(?:SMM|we)\b)/i, "")),
      );
    const labelSpan = masked.slice(clauseStart, m.index);
    // (the label's pattern has a colon in every match: a span without one is no label, unscanned)
    const labelOnly = labelSpan.includes(":") && FORECAST_LABEL_ONLY_RE.test(labelSpan);
    const causedOutput =
      /\b(?:drove|drive|led to|lead to|caused|resulted in|brought about|triggered|saw|recorded|posted|registered)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?$/i.test(
        masked.slice(Math.max(clauseStart, m.index - 40), m.index),
      ) && /^\s*(?:in\s+(?:production|output|supply)|in\s+[A-Z][a-z]+|[,.;]|$)/.test(afterWord);
    // ("the bidding prices for ferrochrome by stainless mills continued to fall, ... reducing their production willingness":
    // the subject before the word is prices, and names no output)
    const subjectBefore = masked.slice(clauseStart, m.index);
    const otherSubject =
      (NOT_OUTPUT_SUBJECT_RE.test(subjectBefore) && !OUTPUT_WORD_RE.test(subjectBefore)) ||
      // ("Zinc slumped 5.3% ..., with the zinc ingot average sinking to 15,080 yuan/mt": a bare metal in a sentence stating a price)
      (BARE_METAL_SUBJECT_RE.test(masked.slice(clauseStart, m.index + word.length + 1)) && PRICE_UNIT_IN_TEXT_RE.test(masked));
    const production = bareOutlook || causedOutput || labelOnly || (OUTPUT_WORD_RE.test(clause) && !capacityNounBefore(subjectBefore) && !otherSubject);
    const operatingRate = /\b(?:operating rates?|capacity utili[sz]ation|utili[sz]ation rates?)\b/i.test(clause);
    // "a possibility of an increase in alumina maintenance and production cuts": a change noun's own object
    // that is not output (maintenance, stocks, prices, demand...) makes it no statement about output
    const otherObject = CHANGE_OF_OTHER_RE.test(afterWord);
    const negStart = Math.max(clauseStart, m.index - 30);
    const negBeforeRaw = masked.slice(negStart, m.index);
    const negBefore = negStart > 0 && /\w/.test(masked.charAt(negStart - 1)) ? negBeforeRaw.replace(/^\w+/, "") : negBeforeRaw;
    // (15 characters after the word, without a word cut in two: "declined slightly in No|vember" has no "no")
    const negEnd = m.index + word.length + 15;
    const negAfterRaw = masked.slice(m.index + word.length, negEnd);
    // (a reason clause after the word is not its negation: "expected to stay flat as no new lines are due")
    const negAfter =
      (/\w/.test(masked.charAt(negEnd)) ? negAfterRaw.replace(/\w+$/, "") : negAfterRaw).split(/,|\bbut\b|;|\b(?:as|because|since|after|while|with)\b/)[0] ??
      "";
    // ("the anticipated further production cuts or halts did not occur": a change that did not happen)
    // ("is unlikely to change": the flat phrase carries its own "unlikely")
    const negated =
      NEGATION_RE.test(`${negBefore.slice(negBefore.lastIndexOf(",") + 1)} ${/^unlikely\s+to\s+change$/i.test(word) ? "" : word} ${negAfter}`) ||
      /^[^,;.]{0,40}?\b(?:did not|didn't|failed to|never|has not|have not|had not)\s+(?:occur|materiali[sz]e|happen|take place|come about)\b/i.test(afterWord);
    // ("will remain flat or decline slightly": one of two directions offered is no statement of either)
    const otherWay = (x: RegExpExecArray | null): boolean => !!x && directionOf(x[1] ?? "") !== null && directionOf(x[1] ?? "") !== dir;
    const alternative =
      otherWay(ALTERNATIVE_AFTER_RE.exec(afterWord)) || otherWay(ALTERNATIVE_BEFORE_RE.exec(masked.slice(Math.max(clauseStart, m.index - 40), m.index)));
    // subject = clause text before the direction word
    const subject = masked.slice(clauseStart, m.index);
    let month: MonthMention | null = null;
    let best = Infinity;
    for (const mm of mentions) {
      // ("increased 3% to 13,900 mt, as ...; it is expected to hold steady in February": a month after the word in another
      // clause dates that clause, as it does for a figure)
      if (mm.start >= m.index + word.length && OTHER_CLAUSE_BEFORE_MONTH_RE.test(masked.slice(m.index + word.length, mm.start))) continue;
      const cost = mm.end <= m.index ? m.index - mm.end : (mm.start - m.index) * 1.3 + 5;
      if (cost < best) {
        best = cost;
        month = mm;
      }
    }
    out.push({
      start: m.index,
      end: m.index + word.length,
      direction: dir,
      magnitude,
      subject,
      yoyOnly,
      compareMonth,
      negated,
      production: production && !otherObject && !alternative,
      operatingRate: operatingRate && !otherObject,
      month,
    });
  }
  return out;
}

export const isDownstream = (s: string): boolean => DOWNSTREAM_RE.test(s);
