/**
 * parseReport: the text of one SMM edition -> observations, trends and issues. Never throws.
 *
 * Steps: normalise (offsets kept) -> lines -> sections (one heading line per product; unknown
 * headings become new products) -> edition month (text, else file name, else publication date;
 * `edition` option overrides) -> sentences -> figures read by the grammar (grammar.ts) ->
 * observations with provenance; direction statements -> one trend per product/segment/month.
 */
import { addMetalContentLevel } from "../content";
import { MEASURE_INFO } from "../measures";
import { detachFromText } from "./detach";
import {
  Catalog,
  canonicalPart as canonicalSegment,
  countriesArePartsOf,
  HIGH_LOW_GRADED,
  MINED_PRODUCTS,
  namesWholeProduct,
  outsideMentions,
  QUALIFIED_NAMES,
  TRAILING_DATELINE_RE,
  type Product,
  type TextMatch,
} from "../catalog";
import { addMonths, comparePeriods, makePeriod } from "../periods";
import {
  figureKey,
  frameKey,
  type Basis,
  type Direction,
  type Edition,
  type Issue,
  type Magnitude,
  type Measure,
  type Observation,
  type ParseOptions,
  type ParseResult,
  type ReasonCode,
  type TrendObservation,
} from "../types";
import {
  directionStatements,
  contentAfter,
  facilityFigure,
  findFigures,
  type Figure,
  type UnitClass,
  facilitySentence,
  isDownstream,
  isFutureText,
  monthMentions,
  readSentence,
  readSubject,
  sentenceExclusion,
  slug,
  type MonthMention,
  withSentenceMemo,
  declarePercentChanges,
  CALL_AFTER_MONTH_RE,
} from "./grammar";
import {
  FORECAST_QUESTION_RE,
  GENERIC_NAME_WORDS,
  MONTH_FORECAST_LABEL_SRC,
  NOT_A_PART_NAME_WORDS,
  NOT_OUTPUT_NOUNS,
  PARTICIPLE_ASIDE_RE,
  BARE_DEFINITE_OUTPUT_RE,
  CAUSE_VERB_PAST_SRC,
  COMPANY_NAME_ENDS,
  COMPOUND_NOUNS,
  DEFINITE_SUBJECT_RE,
  directionOf,
  FEEDSTOCK_BEFORE_RE,
  FEEDSTOCK_PROCESS_AFTER_RE,
  MOVED_CHANGE_NOUN_SRC,
  ONE_PLANT_OPENING_RE,
  PLANT_OPENING_RE,
  SMM_SPEAKER_RE,
  THEIR_OPENING_RE,
  WHOLE_WORD_RE,
  BASE_ABBREV_SRC,
  maskPastExpect,
  METAL_WORD_RE,
  NOT_PART_WORDS,
  HEADING_FILLER_WORD_RE,
  MONTH_RE_SRC,
  monthNumber,
  PART_QUALIFIER_RE,
  REASON_CLAUSE_RE,
  REGION_RE,
  REGIONS,
  TOTAL_WORD_RE,
  VERB_NOT_PART,
  type Metric,
  CLASS_ANAPHOR_RE,
  classNounFits,
  CLAUSE_WORD_SRC,
  DISCOURSE_ASIDE_SRC,
  EXPECT_VERB_STEMS_SRC,
  DIMENSION_SRC,
} from "./lexicon";
import { declaresPercentChanges, lines, looksBinary, normalizeWithMap, preparePaste, sentences, writerAt, type Span } from "./text";
import { precisionCheck, ruleWhy } from "./precision";
import { countryOf, has, lex, TAGS, type Token } from "./tokens";
import {
  bracketedFigure,
  cellRecord,
  csvCells,
  emptyCell,
  keyValueRecord,
  mergedHeaderCells,
  longRowColumn,
  measureOfHeading,
  notProductionLabel,
  periodOfCell,
  PERIOD_NOTE_SRC,
  readHeader,
  readHeaderContinuation,
  readTransposedHeader,
  readMetricHeader,
  metricRows,
  readUnitsRow,
  dumpRecords,
  subHeaderCells,
  sheetRowCells,
  rowLabel,
  smmLegend,
  symbolName,
  tableCells,
  transposedRows,
  unitOfHeading,
  unitOfText,
  type Cell,
  type Column,
  type TableHeader,
} from "./table";
import { unusedMessage } from "../messages";
import { implausible, implausibleForProduct } from "../plausible";
import { evidenceOf } from "./evidence";
import { validateEdition } from "../validate";

/** Rules that do not apply to a product: "overseas" and "outside China" subjects are the product itself for overseas products ("global" output, with China in it, is not). */
const NO_SKIP = new Set<string>();
const OVERSEAS_SKIP = new Set(["subject-outside-china", "subject-ex-china", "fronted-outside-china", "subject-rest-of-world", "subject-country"]);
/** The time rules a change from a year-ago level skips (its year-ago month is its base). */
const YEAR_AGO_BASE_RULES = ["month-last-year", "right-month-last-year"];
const yearAgoSkip = (base: ReadonlySet<string>): ReadonlySet<string> => new Set([...base, ...YEAR_AGO_BASE_RULES]);
const isOverseas = (p: Product): boolean => /^(?:overseas|global|world|indonesian)-/.test(p.id);
const skipRulesFor = (p: Product): ReadonlySet<string> => (isOverseas(p) ? OVERSEAS_SKIP : NO_SKIP);

/**
 * The parser's text normalisation (unicode digits, dashes and spaces, HTML tags and entities):
 * the text provenance offsets and sentences refer to. Public here so callers outside core need
 * not reach into the parser's internals (text.ts).
 */
export { normalize } from "./text";

/** Texts larger than this are read up to it (with an issue). */
export const MAX_TEXT = 8 * 1024 * 1024;

interface Section {
  heading: string;
  product: Product | null;
  /** Every product the heading names ("Silicon Metal and Polysilicon", "Lead (Primary and Secondary)"). */
  products: Product[];
  footer: boolean;
  paragraphs: Span[];
  /** The product the last statement of a multi-product section talked about. */
  current?: Product;
  /** A headingless round-up paragraph's topic: the product its first sentence names first (what "the metal" stands for). */
  topic?: Product;
  /** The part of `product` a list's name bullet heads ("- **Pr-Nd oxide**" over its sub-bullets: light rare earth's pr-nd-oxide). */
  part?: string;
  /** Headed by a list's name bullet (nameBullets): its lines are the name's labelled fields. */
  nameList?: boolean;
}

/** The catalog product a table cell names, by name or alias, else as a heading ("Modules"); null when none. */
const productNamed = (catalog: Catalog, text: string): Product | null => catalog.resolve(text)?.product ?? catalog.matchHeading(text) ?? null;

/** Products a heading names: "A and B", "A / B", "Lead (Primary and Secondary)" -> primary lead, secondary lead. */
function headingProducts(heading: string, catalog: Catalog, main: Product | null): Product[] {
  const out: Product[] = main ? [main] : [];
  const add = (p: Product | null | undefined): void => {
    if (p && !out.some((x) => x.id === p.id)) out.push(p);
  };
  const paren = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(heading);
  const parts: string[] = [];
  if (paren && /\b(?:and|&|\/)\b|,/.test(paren[2] ?? "")) {
    for (const q of (paren[2] ?? "").split(/\s*(?:,|\band\b|&|\/)\s*/)) if (q.trim()) parts.push(`${q.trim()} ${(paren[1] ?? "").trim()}`);
  } else parts.push(...heading.split(/\s*(?:\band\b|&|\/|,)\s*/));
  for (const q of parts) add(catalog.matchHeading(q) ?? catalog.resolve(q)?.product);
  for (const m of catalog.findInText(heading)) add(m.product);
  return out;
}

/**
 * ", which cover 97% of national capacity,", "(covering about 85% of the country's output)": how much of the industry a sample
 * covers, an aside that measures the sample, not the product; blanked (same length) so the clause reads across it.
 */
const COVERAGE_ASIDE_RE =
  /,\s*(?:which|that)\s+(?:together\s+|jointly\s+|collectively\s+)?(?:cover|covers|covered|represent|represents|represented|account\s+for|accounts\s+for|make\s+up|makes\s+up)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|almost\s+)?\d+(?:\.\d+)?\s*(?:%|per\s?cent\b|percent\b)\s+of\s+[^,;()]{1,60},|\(\s*(?:covering|representing|accounting\s+for|making\s+up)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|almost\s+)?\d+(?:\.\d+)?\s*(?:%|per\s?cent\b|percent\b)\s+of\s+[^,;()]{1,60}\)/gi;

/** A product named after a country other than China and a product ("Indonesian NPI"): another country's version of it. */
const isCountryVersion = (p: Product): boolean => REGIONS.some((r) => r !== "china" && ` ${p.name.toLowerCase()}`.includes(` ${r}`));
/**
 * A product named as what the output is made from, not what it is of: "causticisation of lithium carbonate", "made from
 * lithium carbonate", "from lithium carbonate causticisation".
 */
const feedstockMention = (text: string, m: { start: number; end: number }): boolean =>
  FEEDSTOCK_BEFORE_RE.test(text.slice(Math.max(0, m.start - 24), m.start)) || FEEDSTOCK_PROCESS_AFTER_RE.test(text.slice(m.end, m.end + 20));

/** A chart title's measure words after the product's name: " output", " operating rates by province", " capacity by region". */
const CHART_MEASURE_TAIL_RE =
  /\s+(?:monthly\s+)?(?:output|production|operating\s+rates?|capacity|capacity\s+utili[sz]ation|utili[sz]ation\s+rates?)(?:\s+by\s+[a-z]+(?:\s+[a-z]+)?)?$/i;

const REGION_SEG = new RegExp(`^(?:${REGIONS.map((r) => r.replace(/ /g, "-")).join("|")})(?:-|$)`);
/** "SHANGHAI, Jul 31 (SMM) -", "SMM, September 6:", "SMM May 30 News:" at the start of a sentence. */
const DATELINE_RE =
  /^(?:[A-Z]{3,}(?:\s[A-Z]+)*,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?:\(SMM\))?\s*[-:]\s*|SMM,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s+News)?\s*:\s*)/;

/** A heading's words that name a part of the text, not a product: "Market Outlook Summary", "Price Review". */
const DISCOURSE_HEADING_RE =
  /\b(?:market|outlook|summary|overview|analysis|view|views|comment|commentary|review|highlights?|background|prices?|demand|supply|trade|imports?|exports?|inventor(?:y|ies)|polic(?:y|ies)|news|update|conclusions?|costs?|margins?)\b/i;
/** A heading of the text's producers or its time frame, no product's name: "Producers", "Weekly operations", "Smelters". */
const WHO_HEADING_RE =
  /^(?:(?:weekly|daily|monthly|major|key|leading|large|small|domestic|chinese)\s+)?(?:producers?|smelters?|plants?|refiner(?:y|ies)|companies|company|enterprises?|mills?|operations?|production|output|runs|operating rates?)$/i;
/** A heading that names a part of the text or its producers, not a product (see DISCOURSE_HEADING_RE, WHO_HEADING_RE). */
function headsNoProduct(t: string): boolean {
  return DISCOURSE_HEADING_RE.test(t) || WHO_HEADING_RE.test(t);
}
const FOOTER_RE =
  /^\*?\s*(?:survey methodology|methodology|notes?|explanation|disclaimer|data source(?: statement)?|about smm|contact|for (?:queries|more information|any inquiries)|related (?:news|articles)|copyright|sponsored|advertisement|advertorial)\b/i;
/** A note that states the month's output: "Note: ... January NPI output was 262,000 mt" (not a note on the survey's method). */
const NOTE_WITH_OUTPUT_RE =
  /^\*?\s*notes?\s*:(?=[^\n]*\b(?:output|production)\b[^\n]*\d)(?![^\n]*\b(?:survey\w*|investigat\w*|coverage|since\s+(?:19|20)\d{2}|methodology)\b)/i;
const FOOTER_PARA_RE =
  /^\*?\s*(?:note|notes|explanation|disclaimer|data source statement|source|for queries|for more information|for any inquiries|copyright|smm production surveys|the results are published|during the survey process)\b/i;
const CHROME_RE =
  /\b(?:click|view|home|published|source\s*:|by\s*:|author|editor|\||share|print|subscribe|log ?in|sign ?up|copyright|contact|email|http|www\.|\.com|news\s*\/|metal news|quotes|historical price)\b/i;

export interface ParseReportOptions extends ParseOptions {
  catalog?: Catalog;
}

export function parseReport(input: unknown, options: ParseReportOptions = {}): ParseResult {
  const issues: Issue[] = [];
  try {
    return detachFromText(withSentenceMemo(() => parseInner(input, options, issues)));
  } catch (e) {
    issues.push({ code: "not-a-report", message: `the parser stopped on an unexpected input: ${e instanceof Error ? e.message : String(e)}` });
    return { edition: null, editionId: null, issues };
  }
}

/** "from <segment>" (its hyphens as spaces or hyphens), made once per segment (bounded, cleared when full). */
const FROM_SEGMENT_RES = new Map<string, RegExp>();
function fromSegmentRe(segment: string): RegExp {
  let re = FROM_SEGMENT_RES.get(segment);
  if (!re) {
    if (FROM_SEGMENT_RES.size >= 1000) FROM_SEGMENT_RES.clear();
    FROM_SEGMENT_RES.set(segment, (re = new RegExp(String.raw`\bfrom\s+${segment.replace(/-/g, "[\\s-]+")}\b`, "i")));
  }
  return re;
}

/** ("5-series" is a series, a part: one digit before "-series" is no stray number) */
const UNCLEAR_PART =
  /(?:^|-)(?:imports?|exports?|customs|clearance|\w+ly|continues|continued|less|more|divergent|pulled|back|reversed|plummeted|far|expected|included|achieving|regarding|assessed|raw|local|daily|average|h[12]|q[1-4]|\d(?!-series(?:-|$))|most|january|february|march|april|may|june|july|august|september|october|november|december|to)(?:-|$)/;

/** A part named first by an element the product's own names do not name ("zinc-alloy" of aluminium; "high-nickel" is not checked). */
function foreignMetalPart(segment: string, product: Product): boolean {
  const al = (t: string): string => t.toLowerCase().replace(/alumini?um/g, "alumin");
  const first = segment.split("-")[0] ?? "";
  if (!METAL_WORD_RE.test(first)) return false;
  // ("Lithium-manganese-grade EMD": a grade named by the metals of its use is the product's grade)
  if (/-(?:grade|type)$/.test(segment)) return false;
  return !al([product.name, ...product.aliases, ...product.textNames].join(" ")).includes(al(first));
}

const DESCRIPTIVE_HEADING_WORDS =
  /\b(?:overview|figure|fig|chart|table|trends?|production|output|supply|data|analysis|china's|china|chinese|monthly|the|of|in|and|smm|statistics|domestic|national|review|outlook|forecast|schedules?)\b/gi;

const YEAR_TOTAL_AS_YTD: Partial<Record<string, Measure>> = {
  output: "ytd_output",
  yoy: "ytd_yoy",
  yoy_chg: "ytd_yoy_chg",
  ytd_output: "ytd_output",
  ytd_yoy: "ytd_yoy",
  ytd_yoy_chg: "ytd_yoy_chg",
};

function parseInner(input: unknown, options: ParseReportOptions, issues: Issue[]): ParseResult {
  const catalog = options.catalog ?? new Catalog();
  /** The product level is the metal content (catalog data: products reported in physical and metal content). */
  const metalBasis = (id: string): boolean => catalog.get(id)?.contentBasis === "metal";
  if (typeof input !== "string") {
    issues.push({ code: "not-a-report", message: `expected the report as text, got ${input === null ? "null" : typeof input}` });
    return { edition: null, editionId: null, issues };
  }
  let raw = input;
  if (raw.trim() === "") {
    issues.push({ code: "empty", message: "the report is empty" });
    return { edition: null, editionId: null, issues };
  }
  if (looksBinary(raw)) {
    issues.push({ code: "binary", message: "this looks like a binary file, not report text (save the report as .txt or .html)" });
    return { edition: null, editionId: null, issues };
  }
  if (raw.length > MAX_TEXT) {
    issues.push({ code: "truncated", message: `the text is ${(raw.length / 1048576).toFixed(1)} MB; only the first ${MAX_TEXT / 1048576} MB were read` });
    raw = raw.slice(0, MAX_TEXT);
  }
  const normal = normalizeWithMap(raw);
  const map = normal.map;
  /** `chat`: a chat thread (its messages' prefixes were blanked), where each message stands alone. */
  const { text, chat, writers, quoted } = preparePaste(normal.text);
  /** A name the catalog knows as a product as a whole ("Copper cathode", "Silicomanganese"), for the grammar's name-subject rule. */
  const isProductName = (name: string): boolean => catalog.resolve(name)?.segment === "";
  /** The product a list item's leading name is ("Cu", "HC FeCr"), or null (a part, or no catalog name). */
  const listItemName = (name: string): Product | null => {
    const r = catalog.resolve(name);
    return r && r.segment === "" ? r.product : null;
  };
  // ("changes in % unless i say pp": bare signed numbers next to MoM/YoY are percentages in this text)
  declarePercentChanges(declaresPercentChanges(text));
  const orig = (i: number): number => (map ? (map[Math.min(i, map.length - 1)] ?? i) : i);
  const sections = splitSections(text, catalog, issues, chat);
  // the catalog is complete now (splitSections added the report's new headings): the products a
  // subject names are looked up once per distinct subject (shared, read-only)
  const mentionCache = new Map<string, TextMatch[]>();
  const mentionsIn = (subject: string): TextMatch[] => {
    let r = mentionCache.get(subject);
    if (!r) mentionCache.set(subject, (r = catalog.findInText(subject)));
    return r;
  };

  /** The product names in the text's first 200,000 characters (found once: the round-up test and textProducts read them). */
  let textMatches_: TextMatch[] | null = null;
  const textMatches = (): TextMatch[] => (textMatches_ ??= catalog.findInText(text.slice(0, 200_000)));
  /** The products the whole text names (once). */
  let named_: Product[] | null = null;
  const textProducts = (): Product[] =>
    (named_ ??= [...new Map((text.length <= 200_000 ? textMatches() : catalog.findInText(text)).map((m) => [m.product.id, m.product])).values()]);

  // ---- edition month
  const ed = detectEdition(text, sections, options, issues);
  if (!ed) {
    return { edition: null, editionId: null, issues };
  }
  const edition = ed;
  const source = options.source ?? options.fileName ?? "";
  const observations: Observation[] = [];
  const named = new Set<Observation>();
  /** The number as printed, for "agrees to rounding" (conflicts). */
  const raws = new Map<Observation, string>();
  const trendDrafts: TrendDraft[] = [];
  /** Figures of a later month stated as done, and the section|product|month keys forecast in the future tense. */
  const laterAsDone = new Map<Observation, LaterMonthStatement>();
  const laterInFuture = new Set<string>();
  const articleProduct = dominantProduct(text, catalog, sections);
  /** A text that names five products or more (a round-up): a paragraph's plants name its product, not a remark's. */
  const roundup = new Set(textMatches().map((m) => m.product.id)).size >= 5;
  /** The text names primary and secondary lead apart (so "refined lead" is their sum). */
  let leadParts: boolean | null = null;
  const leadPartsNamed = (): boolean => (leadParts ??= /\bprimary lead\b/i.test(text) && /\bsecondary lead\b/i.test(text));
  /** The one product every product section of the text is about (a single-product review under sub-headings), or null. */
  const sectionProducts = new Set(sections.flatMap((x) => x.products.map((p) => p.id)));
  const soleProduct = sectionProducts.size === 1 ? (sections.find((x) => x.product)?.product ?? null) : sectionProducts.size === 0 ? articleProduct : null;
  /** The product a table under a section is about when its rows name none: the section's, the one the text is on, else (not in a round-up) the item's. */
  const sectionOwner = (sec: Section): Product | null => sec.product ?? sec.current ?? (roundup ? null : soleProduct);
  /**
   * "We had pencilled in 541,000 mt ..., and our channel checks point to December output of 548,000 mt":
   * in a sentence that names SMM, or a text that names SMM and a desk's own tools ("our model"), "we",
   * "our" and "us" before a number or a direction, with no SMM between, are the writer's own. (SMM's
   * own reports say "SMM expects", and sometimes "we anticipate" or "our statistics": those stay SMM's.)
   */
  const deskText = /\bSMM\b/.test(text) && DESK_RE.test(text);
  /** An interview with SMM's own analyst ("SMM spoke with one of its manganese analysts"): the answers are SMM's. */
  const smmInterview = SMM_INTERVIEW_RE.test(text.slice(0, 2000));
  /** A text of questions and answers (the answers' markers are blanked: every line not a question is an answer). */
  const qaText = smmInterview && QUESTION_LINE_RE_M.test(text);
  const writersOwn = (s: string, at: number, answer = false): boolean => {
    // "HS est.: +9% YoY", "Consensus: ...": a line labelled with another source's estimate, in a text that names SMM
    if (OTHER_SOURCE_LABEL_RE.test(s) && /\bSMM\b/.test(text)) return true;
    // ("A: Our survey puts December output at 11,850 mt": SMM's analyst's "our"; "My own view is ... 12%" his own)
    if (answer && smmInterview) return /\b(?:my|I|personally)\b/.test(s.slice(0, at));
    // ("A (SMM analyst): By our count, ...": a line an SMM speaker answers is SMM's own)
    if (SMM_SPEAKER_RE.test(s)) return false;
    // ("\"We expect May output to fall by about 3% ...,\" said SMM analyst Li Wen": a quote of SMM's own analyst)
    if (SMM_QUOTED_RE.test(s)) return false;
    const weAt = s.slice(0, at).search(/\b(?:we|our|us|my|I)\b(?!.*\b(?:we|our|us|my|I)\b)/i);
    return weAt >= 0 && (deskText || /\bSMM\b/.test(s)) && !/\bSMM\b/.test(s.slice(weAt, at));
  };

  /** Column names a legend in the text gives SMM ("JUL EST = SMM EXPECTATION ..."). */
  const smmNames = smmLegend(text);
  /** Units a line above a table declares for its bare numbers (reset per section). */
  let declaredUnits: { tonnes: Column["unit"]; pct: boolean } = { tonnes: null, pct: false };
  const TONNE_MEASURES: ReadonlySet<Measure> = new Set(["output", "ytd_output", "mom_chg", "yoy_chg"]);
  let order = 0;
  const PCT_MEASURES: ReadonlySet<Measure> = new Set(["mom", "yoy", "ytd_yoy", "operating_rate", "operating_rate_mom", "operating_rate_yoy"]);
  let currentSection: Section | null = null;
  /** The product of a table's last row that named one ("of which ..." rows under it are its parts). */
  let rowParent: { table: TableHeader; product: Product } | null = null;
  /**
   * The one product the line right above a table's header names, in a section without a product of its own ("Alumina
   * output was 5.82 million mt." over "Province | June output (mt) | MoM" in a round-up without headings): the table's.
   */
  let tableLead: Product | null = null;
  /** One row of a text table: each cell is read by its column's measure. */
  const readTableRow = (t: TableHeader, cells: Cell[], para: Span, trend?: { direction: Direction; forecast: boolean }): void => {
    const sec = currentSection as Section;
    const first = cells[t.productCol] as Cell | undefined;
    if (!first) return;
    // "Antaike | Primary lead | 296,000": a row of another provider's numbers is not read
    const src = t.sourceCol >= 0 ? (cells[t.sourceCol]?.text ?? "") : "SMM";
    /** The whole row is not read: an issue says why. */
    const skipRow = (reason: ReasonCode, rule: string, why: string): void => {
      issues.push({
        code: "unused-number",
        reason,
        rule,
        message: `the row "${para.text.trim().slice(0, 80)}" ${why}: not read`,
        section: sec.heading,
        sentence: para.text,
        start: orig(para.start),
        end: orig(para.end),
      });
    };
    if (!/\bSMM\b/i.test(src)) {
      if (cells.some((c, i) => i !== t.productCol && i !== t.sourceCol && findFigures(c.text).length + (/\d/.test(c.text) ? 1 : 0) > 0))
        skipRow("other-subject", "table-source", `is ${src.trim() || "an unnamed source"}'s, not SMM's`);
      return;
    }
    // "Refined tin imports (customs, not production)": a row of trade, not output, is not read
    if (notProductionLabel(first.text)) return skipRow("not-production", "table-row", "is not production");
    // "Memo | Global nickel output | 290,000": a long table's measure cell about another subject (the world, trade,
    // prices, another agency) holds no figure of the product
    if (t.long && lex(cells[t.long.measureCol]?.text ?? "").some((tk) => has(tk, TAGS.world | TAGS.trade | TAGS.price | TAGS.agency | TAGS.country)))
      return skipRow("other-subject", "table-row", "is about another subject than the product");
    // "of which 300-series": a part of the row above's product; "NPI, physical content": the content stated
    const dashed = rowLabel(first.text);
    const label = dashed.dashed && catalog.resolve(dashed.name)?.product ? rowLabel(dashed.name) : dashed;
    const res = label.ofWhich ? null : catalog.resolve(label.name);
    let product: Product | null = res?.product ?? (label.ofWhich ? null : catalog.matchHeading(label.name)) ?? null;
    let segment = res?.segment ?? "";
    if (label.ofWhich && rowParent?.table === t && /[a-z0-9]/i.test(label.name)) {
      product = rowParent.product;
      segment = canonicalSegment(slug(label.name));
    }
    // (the product level is the metal content of a metal-basis product, the physical one of the others)
    if (product && label.content && !segment) segment = metalBasis(product.id) === (label.content === "metal") ? "" : `${label.content}-content`;
    if (!label.ofWhich) rowParent = product && !segment ? { table: t, product } : null;
    // (a part's row of a product's measures-by-month table: the product its corner names, the part the row's label)
    const partOwner = t.partOf ? productNamed(catalog, t.partOf.product) : null;
    if (t.partOf && partOwner) {
      product = partOwner;
      segment = t.partOf.part
        ? canonicalSegment(readSubject(`${t.partOf.part} production`, words(partOwner), phrases(partOwner)).segment || slug(t.partOf.part))
        : "";
    }
    // "Pr-Nd oxide" resolves to light rare earth by its alias, but names a part of it (as in a sentence)
    // (a screen's symbol for the product itself, "CU CATH", "NI SULPH", names no part)
    if (product && !segment && !symbolName(first.text) && !label.content && !label.ofWhich)
      segment = canonicalSegment(
        readSubject(`${label.qualifier ? `${label.qualifier} ${label.name}` : first.text} production`, words(product), phrases(product)).segment,
      );
    // ("high carbon ferrochrome", "battery grade manganese sulphate": words of the product's own name are no part of it)
    if (product && segment && !res?.segment && segment.split("-").every((w) => (product?.id ?? "").split("-").includes(w))) segment = "";
    // ("Output (mt) | 470,000 | 949,000" under "Refined zinc | Feb 2017 | Jan-Feb 2017": a row that names a measure is no part of
    // the product; its columns, a month's and a span's, are not read as they stand)
    if (!product && sec.product && measureOfHeading(first.text) && !namesWholeProduct(first.text) && !MONTH_ROW_LABEL_RE.test(first.text))
      return skipRow("no-measure", "table-row", "names a measure, not a part, in a table whose columns are not read as measures");
    if (!product && sec.product && /[a-z]/i.test(first.text)) {
      product = sec.product;
      // ("Oct 2012 | 1,676,400 | -1.1%": a month's row is the product's, dated by its label)
      segment = namesWholeProduct(first.text) || MONTH_ROW_LABEL_RE.test(first.text) ? "" : canonicalSegment(slug(first.text));
      // ("High-grade NPI" under NPI: the section's product's own name is no part of the row's part, "high-grade")
      const own = segment ? ownNamesOf(product).find((n) => n.length > 2 && segment.endsWith(`-${n}`)) : undefined;
      if (own) segment = canonicalSegment(segment.slice(0, -own.length - 1));
    }
    // "| Large smelters | 91.2% |" under a sub-heading ("## Operating rates") of a text about one product: the rows
    // are that product's parts, or the product itself ("All sampled smelters", "Total")
    // (in a round-up, the product of the paragraph the table sits under, never the article's most named product)
    const owner = tableLead ?? (roundup ? (sec.current ?? null) : soleProduct);
    if (!product && !sec.product && owner && /[a-z]/i.test(first.text)) {
      const whole = namesWholeProduct(first.text);
      const part = whole ? "" : canonicalSegment(readSubject(`${first.text} production`, words(owner), phrases(owner)).segment);
      if (part || whole) {
        product = owner;
        segment = part;
      }
    }
    // "NPI | physical | 287,600": a product reported in metal content, stated in physical terms
    if (product && !segment && t.basisCol >= 0 && metalBasis(product.id) && /\bphysical|gross\b/i.test(cells[t.basisCol]?.text ?? ""))
      segment = "physical-content";
    // "Nickel sulphate | Oct-2024 | Output (physical) | 113,450": the physical content of a metal-content product
    if (product && !segment && t.long && metalBasis(product.id) && /\b(?:physical|gross)\b/i.test(cells[t.long.measureCol]?.text ?? ""))
      segment = "physical-content";
    // "NPI | High-grade NPI output | 33,800": a long table's measure cell that names a part of the product
    if (product && !segment && t.long) segment = canonicalSegment(readSubject(cells[t.long.measureCol]?.text ?? "", words(product), phrases(product)).segment);
    const rowText = para.text;
    // ("EMM | t | 128,600": a "Unit" column gives the row's tonnages their unit)
    const unitAt = t.long ? -1 : t.headings.findIndex((c) => /^units?$/i.test(c.text.trim()));
    const rowUnit = unitOfHeading(first.text) ?? (unitAt >= 0 ? unitOfText(cells[unitAt]?.text ?? "") : null);
    // "Copper | SMM | Sep-2024 | ...": a Period column gives the row its month ("Q3", "Jan-Sep": not one month, not read)
    const rowPeriod: { month: number | null; year: number | null; forecast?: true } | null =
      t.periodCol >= 0 ? periodOfCell(cells[t.periodCol]?.text ?? "") : { month: null, year: null };
    if (!rowPeriod) return skipRow("other-time", "table-row", `is about "${cells[t.periodCol]?.text ?? ""}", not one month`);
    // ("| Month | Output (mt) | MoM |" over "| Aug 2019 | 18,760 | 4.5% |" in an item about one product: the month is the row's
    // label, the product the section's, or the item's)
    // ("| Month | Refined zinc (mt) | m-o-m |": a product a heading names is the rows')
    if (!product && t.periodCol === t.productCol && rowPeriod.month !== null) {
      const headed = [
        ...new Set(t.headings.flatMap((h, i) => (i === t.periodCol ? [] : [productNamed(catalog, h.text.replace(/\([^)]*\)/g, " ").trim())]))),
      ].filter((x): x is Product => x !== null);
      product = headed.length === 1 ? (headed[0] ?? null) : (sectionOwner(sec) ?? tableLead);
      segment = "";
    }
    // "trend=flat" in an exported record: the row's product and month go that way
    if (trend && product && rowPeriod.month) {
      const period = resolvePeriod({ start: 0, end: 0, month: rowPeriod.month, year: rowPeriod.year, role: "period" }, edition);
      const cmp = comparePeriods(period, edition);
      const at = para.start + first.start;
      if ((trend.forecast ? cmp > 0 : cmp === 0) && comparePeriods(period, addMonths(edition, 3)) <= 0)
        trendDrafts.push({
          product: product.id,
          segment,
          period,
          basis: cmp > 0 ? "forecast" : "actual",
          direction: trend.direction,
          magnitude: "none",
          order: order * 1000,
          prov: { edition, section: sec.heading, sentence: rowText, start: orig(at), end: orig(at + first.text.length), ...(source ? { source } : {}) },
          rate: false,
          figure: false,
        });
    }
    // a long table's row is one figure: its measure, month and unit from their own cells
    const longCol = (i: number): Column | null => (t.long && i === t.long.valueCol ? longRowColumn(t.long, cells) : null);
    // "29,400 (-7.7%)" in a tonnage column: the level, and its change on the month before in brackets (read as two cells)
    const split: { col: Column; cell: Cell }[] = [];
    for (let i = t.productCol + 1; i < cells.length && i < t.columns.length; i++) {
      const col = longCol(i) ?? (t.columns[i] as Column);
      const cell = cells[i] as Cell;
      const lc = col.measure === "output" ? LEVEL_WITH_CHANGE_CELL_RE.exec(cell.text) : null;
      if (!lc) split.push({ col, cell });
      else {
        const open = cell.text.indexOf("(");
        split.push({ col, cell: { ...cell, text: cell.text.slice(0, open).trimEnd() } });
        split.push({ col: { ...col, measure: "mom", unit: "%" }, cell: { ...cell, start: cell.start + open + 1, text: lc[1] ?? "" } });
      }
    }
    for (const [k, { col: column, cell }] of split.entries()) {
      // "| Operating rate (Jan) | Change MoM |" over "| 86.4% | down 2.3 pp |": a change in pp right after a rate is the rate's
      // ("| change m-o-m |" over "| +3.2% |": a change column with no tonne unit of its own holding a percentage is the % change)
      const pctCell = /^\s*[+-−]?\d[\d.,]*\s*%\s*$/.test(cell.text);
      const pctChange = (column.measure === "mom_chg" || column.measure === "yoy_chg") && column.unit === null && pctCell;
      // ("... | MoM | YoY | Next month (f)" over "... | 2% | 9.3% | -1.5%": a forecast heading with no measure of its own, read
      // as the output's beside an output column, holds the forecast's change when its cells are percentages)
      const forecastPct = column.byUnit === true && column.forecast === true && column.measure === "output" && pctCell;
      const col: Column =
        split[k - 1]?.col.measure === "operating_rate" &&
        (column.measure === "mom" || column.measure === "mom_chg") &&
        /\d\s*(?:pp|ppts?|percentage points?)\b/i.test(cell.text)
          ? { ...column, measure: "operating_rate_mom" }
          : pctChange
            ? { ...column, measure: column.measure === "mom_chg" ? "mom" : "yoy" }
            : forecastPct
              ? { ...column, measure: "mom", unit: null }
              : column;
      // "(4.1%)": a negative written in a sheet's brackets (else a bracketed cell is a remark)
      const bracketed = bracketedFigure(cell.text);
      if (!col.measure || (!bracketed && emptyCell(cell.text))) continue;
      // a column with no unit of its own takes the one the text declares over the table ("units: mt; MoM % ...")
      // ("Solar Cell (GW) | 58.3": a row label's own unit comes first)
      // (an operating rate is in %, and its change in pp, when nothing says otherwise)
      const rateUnit = col.measure === "operating_rate" ? "%" : col.measure === "operating_rate_mom" || col.measure === "operating_rate_yoy" ? "pp" : null;
      const unit =
        col.unit ??
        (PCT_MEASURES.has(col.measure) ? (declaredUnits.pct ? "%" : rateUnit) : TONNE_MEASURES.has(col.measure) ? (rowUnit ?? declaredUnits.tonnes) : null);
      // ("842,000" or "861,500*" in a month's output column of a table that names no unit: a count with thousands
      // separators is in tonnes, never in thousands of tonnes; a bare "512.3" stays unread)
      const cellText = cell.text.replace(/\*+\s*$/, "");
      const tonnesByShape = !unit && col.measure && TONNE_MEASURES.has(col.measure) && /^\s*[+-]?\d{1,3}(?:,\d{3})+\s*$/.test(cellText) ? "mt" : null;
      // ("| Alumina | 5.9-6.0 million mt | down |": a range in a cell is not one number)
      if (RANGE_CELL_RE.test(cellText)) continue;
      const f = findFigures(cell.text)[0] ?? bareFigure(cellText, unit ?? tonnesByShape);
      if (!f) continue;
      // ("0.80" in a rate column with no unit may be a fraction: not read)
      if (!col.unit && !declaredUnits.pct && col.measure === "operating_rate" && f.raw.endsWith(" %") && f.value <= 1) continue;
      const at = para.start + cell.start;
      const prov = { edition, section: sec.heading, sentence: rowText, start: orig(at + f.start), end: orig(at + f.end), ...(source ? { source } : {}) };
      const unused = (reason: ReasonCode, why: string): void => {
        issues.push({
          code: "unused-number",
          reason,
          message: unusedMessage(f.raw, reason, why),
          section: sec.heading,
          sentence: rowText,
          start: prov.start,
          end: prov.end,
          rule: "table-row",
        });
      };
      if (!product) {
        unused("no-product", `the row "${first.text}" names no product`);
        continue;
      }
      const pct = f.unitClass === "pct" || f.unitClass === "pp";
      if (PCT_MEASURES.has(col.measure) !== pct || f.unitClass === "price" || f.unitClass === "daily" || f.unitClass === "days") {
        unused("no-measure", `the column says ${col.measure}, the cell holds ${f.raw}`);
        continue;
      }
      // the column's own month, else the row's (Period column), else the table's; "Next-month fcst": one after
      const month = col.month ?? rowPeriod.month ?? t.month;
      const year = col.month ? (col.year ?? t.year) : rowPeriod.month ? rowPeriod.year : t.year;
      const base = month ? resolvePeriod({ start: 0, end: 0, month, year, role: "period" }, edition) : edition;
      const period = col.offset ? addMonths(base, col.offset) : base;
      const cmp = comparePeriods(period, edition);
      // (a row the Period column dates to an earlier month holds that month's actuals, as a sentence would)
      const earlierRow = cmp < 0 && !col.month && !col.forecast && rowPeriod.month !== null && comparePeriods(period, addMonths(edition, -12)) >= 0;
      // (a final or revised month's column, "Aug. (Final Data)", is read for the month before the edition's)
      const revisedBefore = col.revised === true && comparePeriods(period, addMonths(edition, -1)) === 0;
      if (
        (cmp < 0 && !earlierRow && !revisedBefore) ||
        comparePeriods(period, addMonths(edition, 3)) > 0 ||
        ((col.forecast || rowPeriod.forecast) && cmp <= 0) ||
        (col.actual && cmp > 0)
      ) {
        unused("other-time", `about ${period}${col.forecast && cmp <= 0 ? " (a forecast column)" : ""}`);
        continue;
      }
      // (a level in brackets is no negative level: not read)
      if (bracketed && (col.measure === "operating_rate" || !(pct || /_chg$/.test(col.measure)))) {
        unused("no-measure", `the column says ${col.measure}, the cell holds a bracketed ${f.raw}`);
        continue;
      }
      // ("down 2.3 pp" in a change column: the cell's own direction word)
      const sign = f.explicitSign < 0 || bracketed || (f.explicitSign === 0 && /^\s*(?:down|lower|fell|decreased|declined)\b/i.test(cell.text)) ? -1 : 1;
      const value =
        Math.round((pct ? (col.measure === "operating_rate" ? f.value : sign * f.value) / 100 : /_chg$/.test(col.measure) ? sign * f.value : f.value) * 1e10) /
        1e10;
      const bad = implausible(col.measure, value, f.unitClass) ?? implausibleForProduct(product.id, segment, col.measure, value);
      if (bad) {
        issues.push(implausibleIssue(f.raw, bad, sec.heading, rowText, prov, [product.id, segment, period, cmp > 0 ? "forecast" : "actual", col.measure]));
        continue;
      }
      // ("| Month | Physical content (mt) | Metal content (mt) |": a content's column is that content's part)
      const cellSegment =
        col.content && !segment ? (col.content === "physical" ? (metalBasis(product.id) ? "physical-content" : "") : "metal-content") : segment;
      const o: Observation = {
        product: product.id,
        segment: cellSegment,
        period,
        basis: cmp > 0 ? "forecast" : "actual",
        measure: col.measure,
        value,
        unit: pct
          ? col.measure.startsWith("operating_rate_")
            ? "pp"
            : "%"
          : col.measure === "capacity" || col.measure === "operating_capacity"
            ? "mt/year"
            : /gw$/i.test(f.raw)
              ? "GW"
              : "mt",
        hedge: f.hedge,
        direction: value > 0 ? "up" : value < 0 ? "down" : "flat",
        magnitude: "none",
        provenance: prov,
        evidence: {
          rule: "table-row",
          confidence: res?.product || !segment ? "high" : "low",
          ...(segment && !res?.product ? { review: ["distant-subject"] } : {}),
        },
      };
      if (MEASURE_INFO[o.measure].level) o.direction = "flat";
      raws.set(o, f.raw);
      named.add(o);
      observations.push(o);
      // a row's change of output gives its direction, as a sentence's does ("Output (mt) | 78,640 | 82,310 | 4.67%": up)
      if (o.measure === "mom" || o.measure === "mom_chg") trendDrafts.push(figureTrend(o, order * 1000 + (prov.start % 1000)));
    }
  };
  // "products:" / "  emm:" / "    output_t: 118000": a dump nested by indentation, one record a product
  // (read in the text before lines were joined: a dump's lines are not wrapped prose; the offsets are the same)
  const dumps = /^ +[A-Za-z_][\w.-]*:/m.test(normal.text) ? dumpRecords(normal.text, (x) => !!catalog.resolve(x)?.product) : [];
  const dumpsRead = new Set<(typeof dumps)[number]>();
  for (const sec of sections) {
    currentSection = sec;
    if (sec.footer) continue;
    // (under a list's name the catalog does not know, a field that names no product is that name's: not the article's product)
    const secArticle = sec.nameList && !sec.product ? null : articleProduct;
    const misdated = new Set<string>();
    const editionMonthName = formatMonthYear({ month: Number(edition.slice(5)), year: Number(edition.slice(0, 4)) } as MonthMention);
    const namesEditionYear = sec.paragraphs.some((p) => p.text.includes(editionMonthName) || /\bthis year\b/i.test(p.text));
    // a section is misdated when its first dated statement names last year's month; one that first
    // states the edition's month (or a month with no year) and later names last year's is quoting it
    // ("Output in December was 301,400 mt. In December 2023, output had been 299,000 mt.")
    // (... and one whose figures start before any month is named opens with the edition's own: "Revised: the YoY is
    // now 1.2%. ... For reference, February 2023 output was 6,351,000 mt.")
    let firstMonth: MonthMention | undefined;
    let undatedFirst = false;
    for (const p of sec.paragraphs) {
      firstMonth = monthMentions(p.text).find((m) => m.role === "period");
      if (findFigures(p.text.slice(0, firstMonth?.start ?? p.text.length)).some((f) => f.unitClass === "pct" || f.unitClass === "mt")) undatedFirst = true;
      if (firstMonth || undatedFirst) break;
    }
    const opensWithLastYear = !undatedFirst && !!firstMonth && firstMonth.year !== null && resolvePeriod(firstMonth, edition) === addMonths(edition, -12);
    let carryMetric: Metric | null = null;
    let blockMetric: Metric | null = null;
    let blockMonth: MonthMention | null = null;
    /** The block's month and metric come from a label line (not a question). */
    let blockFromLabel = false;
    /** "Q: How much high-carbon ferrochrome did China produce in May?": the question a bare amount answers ("A: About 692,000 mt."). */
    let askedOutput: string | null = null;
    /** "Q: Prices?": the question asks about something other than output; its answer's unnamed changes are that measure's. */
    let askedOther = false;
    let labelSegment = "";
    /** Under "By feedstock:" / "By raw material:": each bullet is a part, named by the bullet itself. */
    let labelDimension = false;
    let table: TableHeader | null = null;
    let unitsRowNext = false;
    let csvColumns: number | null = null;
    /** Rows under "| Item | Value |" (a label and its value a row, in an item about one product): output's unless the label says. */
    let labelValueRows = false;
    // ("Unit: 1,000 tonne" under a table: a line of its own that declares the section's units, read before its table)
    const unitsLine = sec.paragraphs.map((x) => (x.text.length <= 40 ? UNITS_DECLARED_RE.exec(x.text) : null)).find((m) => m !== null);
    declaredUnits = unitsLine ? unitsDeclared(unitsLine) : { tonnes: null, pct: false };
    let prevParaEnd = -1;
    let prevPara: Span | null = null;
    for (const para of sec.paragraphs) {
      const lineAbove = prevPara;
      prevPara = para;
      // a chat's messages are each their own: a product named in one message is not the subject of the next, unless the
      // same writer goes on ("aluminium: June output 3.06 million mt" then "operating rate 86.5%")
      if (chat && prevParaEnd >= 0 && /\n[ \t]*\n/.test(text.slice(prevParaEnd, para.start))) {
        const writer = writerAt(writers, para.start);
        if (writer === null || writer !== writerAt(writers, prevParaEnd - 1)) delete sec.current;
      }
      prevParaEnd = para.end;
      // (a round-up's paragraph under no heading: its topic, paragraphTopic; a table's row names its own product)
      if (roundup && !sec.product && !sec.heading.trim() && !chat && !/[|\t]/.test(para.text)) {
        const lead = paragraphTopic(sentencesOf(para), mentionsIn, !!sec.topic);
        if (lead) sec.current = sec.topic = lead;
      }
      // ("Source | Product | ..." heads a table; "Note: in physical tonnes, January NPI output was 262,000 mt" after a table
      // states figures of its own, read as any paragraph)
      if (FOOTER_PARA_RE.test(para.text) && !/\t|\|/.test(para.text) && !NOTE_WITH_OUTPUT_RE.test(para.text)) continue;
      // ---- tables written as text: the header gives each column's measure, the first cell the product
      // "(units: mt; MoM %, YoY % in percent)", "units: mt (nickel content); MoM, YoY and util. in %"
      const declared = UNITS_DECLARED_RE.exec(para.text);
      if (declared) declaredUnits = unitsDeclared(declared);
      // ("\tunits\tkt\t%": a sheet row whose first cells are empty keeps its leading tabs, so each cell stays in its column)
      const lineStart = text.lastIndexOf("\n", para.start - 1) + 1;
      // ("         (KT)      (%)": a space-aligned line keeps its indent, so its cells keep their columns)
      const row =
        (para.text.includes("\t") && text.slice(lineStart, para.start).includes("\t")) ||
        (lineStart < para.start && /\S {3,}\S/.test(para.text) && /^ +$/.test(text.slice(lineStart, para.start)))
          ? { ...para, text: text.slice(lineStart, para.end), start: lineStart }
          : para;
      // (a line of a nested dump: the dump's records are read once, and no line of it as prose)
      const dump = dumps.find((d) => para.start < d.end && para.end > d.start);
      if (dump) {
        table = null;
        if (!dumpsRead.has(dump)) {
          dumpsRead.add(dump);
          for (const r of dump.records)
            readTableRow(
              r.header,
              r.cells,
              { text: text.slice(r.start, r.end), start: r.start, end: r.end },
              r.trend ? { direction: r.trend, forecast: r.forecast } : undefined,
            );
        }
        continue;
      }
      // "product=copper_cathode; period=2025-03; output_t=1,134,800": a record exported as keys and values
      const record = keyValueRecord(row.text);
      if (record) {
        table = null;
        const forecast =
          record.header.columns.some((c) => c.forecast) || /\bbasis"?\s*[=:]\s*"?(?:forecast|fcst|f|expected|estimate|outlook)\b/i.test(row.text);
        readTableRow(record.header, record.cells, row, record.trend ? { direction: record.trend, forecast } : undefined);
        continue;
      }
      // "EMD | October 2019 | 26,400 mt | +5.2% MoM": a header-less line of cells, a record of its own
      const cellRec = table ? null : cellRecord(row.text, (x) => !!productNamed(catalog, x));
      if (cellRec) {
        readTableRow(cellRec.header, cellRec.cells, row);
        continue;
      }
      // "product,month,measure,value,source": a block exported as CSV is a table while its lines have the header's cells
      // (under a sheet's header, a row with most cells empty is still a row)
      let cells: Cell[] | null = tableCells(row.text) ?? (table && !table.long ? sheetRowCells(row.text) : null);
      if (!cells) {
        const csv = csvCells(row.text);
        if (csv && csvColumns !== null && csv.length === csvColumns) cells = csv;
        // (a header's cells are words, or months: "metric,Jul-20,Jun-20,MoM")
        else if (
          csv &&
          csv.every((c) => c.text.length <= 30 && (!/\d/.test(c.text) || periodOfCell(c.text) !== null)) &&
          (readHeader(csv) || readMetricHeader(csv)?.byMetric?.unitCol !== undefined)
        ) {
          cells = csv;
          csvColumns = csv.length;
        } else csvColumns = null;
      } else csvColumns = null;
      if (!cells || cells.length !== 2) labelValueRows = false;
      if (!cells) {
        // ("Magnesium and other minor metals (SMM forecast for June in the last column):" over a table: the label heads the
        // table, and the prose after the table is no longer under it)
        if (table && blockFromLabel) {
          blockMonth = null;
          blockMetric = null;
          blockFromLabel = false;
        }
        table = null;
      } else {
        // "(KT)  (%)  ...  M/M(%)": a header's second line (before it could be taken for a header of its own)
        const continued: TableHeader | null = table && unitsRowNext && !readUnitsRow(table, cells) ? readHeaderContinuation(table, cells) : null;
        if (continued) {
          table = continued;
          unitsRowNext = false;
          continue;
        }
        // ("Product\tOutput (kt)\t\tMoM" over "\tJan-24\tDec-23\t%": a merged top row's sub-headings under it)
        const subHeads: Cell[] | null =
          table && unitsRowNext && !table.long && !table.transposed && row.text.includes("\t") ? subHeaderCells(table.headings, cells) : null;
        const subHeader: TableHeader | null = subHeads ? readHeader(subHeads, smmNames) : null;
        if (subHeader) {
          table = subHeader;
          unitsRowNext = false;
          continue;
        }
        // ("Jul 2023 (kt) | Copper Cathode | Refined Zinc": products across, measures down)
        // ("\tOutput (mt)\t\tChange" over "Product\tFeb\tMar e\tMoM": a sheet's merged top row names the columns under it)
        const above = row.text.includes("\t") && lineStart > 0 ? text.slice(text.lastIndexOf("\n", lineStart - 2) + 1, lineStart - 1) : "";
        const merged: Cell[] | null = above ? mergedHeaderCells(above, cells) : null;
        const header: TableHeader | null =
          // ("metric,Jul-20,Jun-20,MoM" in a product's section: its measures by month; "SiMn alloy | Aug 2016 | ...": a
          // product's, named in the corner)
          ((sec.product ?? sec.current) || productNamed(catalog, cells[0]?.text.trim() ?? "")
            ? readMetricHeader(cells, (x) => !!productNamed(catalog, x))
            : null) ??
          (merged ? readHeader(merged, smmNames) : null) ??
          readHeader(cells, smmNames) ??
          readTransposedHeader(cells, (x) => !!productNamed(catalog, x));
        // ("| Item | Value |" over "| Change from May | -2.1% |": rows of one product's measures whose header names no month,
        // each read as prose; a label that names no measure is the output's)
        if (!header && !table && LABEL_VALUE_HEADER_RE.test(row.text) && (sec.product ?? sec.current ?? articleProduct)) {
          labelValueRows = true;
          continue;
        }
        if (header) {
          table = header;
          unitsRowNext = true;
          const named = !sec.product && lineAbove && !/\n[ \t]*\n/.test(text.slice(lineAbove.end, para.start)) ? catalog.findInText(lineAbove.text) : [];
          tableLead = named.length && named.every((m) => m.product.id === named[0]?.product.id) ? (named[0]?.product ?? null) : null;
          continue;
        }
        // "\tunits\tmonth\tkt\t%\tpp": a units row right under the header gives the columns their units
        // ("|---|---:|": a Markdown rule under the header is no row)
        if (table && cells.every((c) => /^:?-{3,}:?$/.test(c.text))) continue;
        const withUnits: TableHeader | null = table && unitsRowNext ? readUnitsRow(table, cells) : null;
        unitsRowNext = false;
        if (withUnits) {
          table = withUnits;
          continue;
        }
        if (table) {
          if (table.transposed) for (const r of transposedRows(table, cells)) readTableRow(r.header, r.cells, row);
          else if (table.byMetric) {
            const corner = table.headings[0]?.text.trim() ?? "";
            // (an item about one product, its table under no heading: "Data snapshot" then "| Measure | September 2016 | ...")
            const owner = productNamed(catalog, corner) ?? sectionOwner(sec);
            const first = cells[0];
            // ("| Inner Mongolia output | 286,300 mt |" in a two-column table of the item's measures, "| Indicator | November 2021 |":
            // a region's row, no measure of the whole)
            const regionRow = cells.length === 2 && !!first && REGION_RE.exec(first.text.toLowerCase())?.index === 0;
            if (regionRow)
              issues.push({
                code: "unused-number",
                reason: "part-of-industry",
                rule: "table-row",
                message: `the row "${row.text.trim().slice(0, 80)}" is a region's, among the measures of the whole: not read`,
                section: sec.heading,
                sentence: row.text,
                start: orig(row.start),
                end: orig(row.end),
              });
            else if (owner && first)
              for (const r of metricRows(table, cells, { ...first, text: owner.name }, !!productNamed(catalog, corner))) readTableRow(r.header, r.cells, row);
          } else readTableRow(table, cells, row);
          continue;
        }
      }
      // "Lithium carbonate derived from spodumene:" / "1. Lepidolite-Based Lithium Carbonate": a label
      // whose part the bullet lines under it talk about
      const bullet = /^\s*(?:[-•*▪–]|\(?[a-z0-9]{1,2}[.)])\s/i.test(para.text);
      if (!bullet) {
        labelSegment = "";
        labelDimension = false;
      }
      const labProduct = sec.product ?? sec.current ?? articleProduct;
      // a block label ("Operating rates, November:", "Outlook for December:"): what the lines under it measure, and when
      // ("Outlook: July 2024 (SMM expectations)", a slide's title line, is one too)
      if (
        (/:\s*$/.test(para.text) || /^\s*(?:outlook|forecasts?|guidance)\b[^.!?]{0,60}$/i.test(para.text) || outlookLabel(para.text)) &&
        para.text.length < 100 &&
        !/\d[\d,.]*\s*(?:%|mt|tonnes|kt|gw)/i.test(para.text)
      ) {
        const lt = para.text.toLowerCase();
        blockMetric = /operating rate|utili[sz]ation/.test(lt)
          ? "oprate"
          : /capacit/.test(lt)
            ? "capacity"
            : /\b(?:output|production)\b/.test(lt)
              ? "production"
              : null;
        blockMonth = monthMentions(para.text).find((m) => m.role === "period") ?? null;
        if (!blockMonth && /\b(?:outlook|forecast|next month|expected|expectations?)\b/.test(lt)) blockMonth = nextMonthMention(edition);
        blockFromLabel = true;
        carryMetric = blockMetric ?? "production";
      }
      // "Q: What does SMM expect for April?": a question heads its answer as a label does; one asking for an outlook
      // dates the answer (the month it names, else the next), any other ends the last one's outlook
      if (QUESTION_RE.test(para.text) && para.text.length < 200 && !/\d[\d,.]*\s*(?:%|mt|tonnes|kt|gw)/i.test(para.text)) {
        const asks = FORECAST_QUESTION_RE.test(para.text);
        const asked = asks ? (monthMentions(para.text).find((m) => m.role === "period") ?? null) : null;
        blockMonth = !asks ? null : asked && comparePeriods(resolvePeriod(asked, edition), edition) > 0 ? asked : nextMonthMention(edition);
        // (a question about the edition month's output that names one product: its answer's bare amount is that output)
        const askedMonths = monthMentions(para.text);
        // ("Q: How much did Chinese producers turn out in November?" in an item about one product: that product's)
        const askedProducts = new Set(mentionsIn(para.text).map((m) => m.product.id)).size;
        askedOutput =
          !asks &&
          OUTPUT_QUESTION_RE.test(para.text) &&
          (askedProducts === 1 || (askedProducts === 0 && !!secArticle && !roundup)) &&
          askedMonths.every((m) => resolvePeriod(m, edition) === edition)
            ? para.text
            : null;
        askedOther = OTHER_MEASURE_QUESTION_RE.test(para.text) && !OUTPUT_WORD_QUESTION_RE.test(para.text);
        continue;
      }
      const answered = askedOutput;
      askedOutput = null;
      const answersOther = askedOther;
      askedOther = false;
      if (
        (/:\s*$/.test(para.text) || /^\s*\(?\d{1,2}[.)]\s/.test(para.text)) &&
        para.text.length < 120 &&
        !/\d[\d,.]*\s*(?:%|mt|tonnes)/.test(para.text) &&
        labProduct
      ) {
        const labelText = para.text.replace(/^\s*\(?\d{1,2}[.)]\s*/, "").replace(/:\s*$/, "");
        const lab = readSubject(labelText + " production", words(labProduct), phrases(labProduct));
        // "Quick summary, all SMM figures:" names no part (a sentence before it, or a word for the data itself)
        // ("By feedstock:", "By smelter size:" name the dimension the bullets break down, not a part)
        labelDimension = /^\s*by\b/i.test(labelText) && !/[.!?]\s/.test(labelText);
        // ("Refined-lead production, however, lost ground because closures outweighed restarts:" is a clause, no part's name)
        const clauseLabel =
          /,|\b(?:because|however|although|though|whereas|while|since)\b/i.test(labelText) || labelText.split(/\s+/).some((w) => directionOf(w) !== null);
        labelSegment = /[.!?]\s/.test(labelText) || labelDimension || clauseLabel || NOT_A_PART_LABEL.test(lab.segment) ? "" : lab.segment;
        continue;
      }
      let paraMonth: MonthMention | null = null;
      // the part the paragraph's last stated figure was about: "It saw an 18.8% dip MoM" carries it
      let lastPart: { product: string; segment: string } | null = null;
      // "- Zinc alloy: 92,300 mt, +2,100 mt MoM": an inline label names the part its figures are about
      // ("a) Spodumene: 21,300 mt": a lettered sub-bullet is a bullet too)
      const inline = /^\s*(?:[-•*▪–]|\(?[a-h]\))\s*([^:]{2,60}):/.exec(
        para.text.replace(
          /^\s*(?:[-•*▪–]|\(?[a-h]\))\s*[^:]*\b(?:change|chg|m\/m|y\/y|m-o-m|y-o-y|mom|yoy|vs\.?|versus|against|outlook|forecast|estimate|expected|compared|next\s+month|coming\s+month|month\s+ahead)\b[^:]*:/i,
          "",
        ),
      );
      // ("- Tin: production to recover sharply" in a list of products' lines: a label that is a product's short name, which
      // prose never uses for it ("tin"), names the line's product all the same)
      const labelName = inline?.[1]?.trim() ?? "";
      if (labelName && labelName.split(/\s+/).length <= 3 && mentionsIn(labelName).length === 0) {
        const named = listItemName(labelName);
        if (named && named.id !== sec.product?.id && (sec.products.some((p) => p.id === named.id) || roundup)) sec.current = named;
      }
      const inlineProduct = sec.product ?? sec.current ?? articleProduct;
      // "Russia: The total output in June was about 340,000 mt", "- Europe (excluding Russia): ...": a line labelled by a
      // country or a region of the world states that place's figures (a part of an overseas product, another subject else)
      const placeLabel = /^\s*(?:[-•*▪–]\s*)?([A-Z][A-Za-z]+(?:\s+[A-Za-z]+)?(?:\s*\([^)]{1,40}\))?):\s/.exec(para.text)?.[1];
      const placeSegment = placeLabel && lex(placeLabel.replace(/\(.*$/, "")).some((tk) => has(tk, TAGS.country)) ? slug(placeLabel) : "";
      // ("Yunnan: output climbed 9.2% from August to 78,500 mt" in an item about one product: a province's line, its part)
      const provinceTokens = placeLabel && !placeSegment ? lex(placeLabel).filter((tk) => tk.lower !== "inner") : [];
      const provinceSegment = provinceTokens.length && provinceTokens.every((tk) => has(tk, TAGS.province)) ? slug(placeLabel ?? "") : "";
      // "Spodumene-derived lithium carbonate: Total production in September increased 5% MoM.": a paragraph
      // opened by a label naming a part of the product (no bullet)
      const opening = inline ? null : /^\s*([A-Za-z][A-Za-z -]{2,60}):\s+\S/.exec(para.text);
      // ("Refined copper imports stayed high: customs data show ...": a clause about trade, no part's name)
      const openingName = opening && inlineProduct ? catalog.findInText(opening[1] ?? "").find((m) => m.product.id === inlineProduct.id) : undefined;
      const openingOk =
        !!opening &&
        !!openingName &&
        // ("Iron phosphate plants restarted quickly:", "Sponge titanium bucked the seasonal trend:": a clause after the name,
        // its verb or adverb, no part's name)
        !CLAUSE_AFTER_NAME_RE.test((opening[1] ?? "").slice(openingName.end)) &&
        !lex(opening[1] ?? "").some((tk) => has(tk, TAGS.trade) || has(tk, TAGS.price) || has(tk, TAGS.dir) || NOT_PART_WORDS.has(tk.lower));
      const label = inline?.[1] ?? (openingOk ? opening?.[1] : undefined);
      const inlineRead =
        label && inlineProduct ? canonicalSegment(readSubject(`${label} production`, words(inlineProduct), phrases(inlineProduct)).segment) : "";
      // ("- Existing capacity at end-October: 6.5 million mt/year": a label's month says when, not which part)
      const inlineSegment = NOT_A_PART_LABEL.test(inlineRead) || MONTH_PART_RE.test(inlineRead) ? "" : inlineRead;
      // "- Lepidolite: 11,230 mt, down 3.5% MoM" after a line that ended on an operating rate: a part's
      // own line states its own output; the previous line's metric does not carry into it
      if (
        inline &&
        !blockMetric &&
        !/operating rate|utili[sz]ation|capacit/i.test(label ?? "") &&
        /^\s*(?:[-•*▪–]|\(?[a-h]\))[^:]*:\s*(?:about|approximately|around|~)?\s*[\d.,]+\s*(?:mt|tonnes|kt|t|million mt)\b/i.test(para.text)
      )
        carryMetric = null;
      // "- **Sponge titanium**" / "  - November: expected at 22,000 mt": under a list's name bullet, a field labelled by a month
      // (or "Next month") measures the named product's output in that month, whatever the field before it measured
      if (sec.nameList && !blockMetric && NAME_LIST_MONTH_FIELD_RE.test(para.text)) carryMetric = "production";
      const paraSentences = namedListItems(sentencesOf(para, chat), listItemName);
      /** The paragraph opens on a month alone: "Now February.", "Turning to March:". */
      const monthOpened = MONTH_OPENING_RE.test(para.text);
      const firstSentence = paraSentences[0];
      let plantTopic = false;
      let onePlantTopic = false;
      /** "Indonesia produced 117,900 mt of NPI ...": a country's product the paragraph has turned to, and the product it is a country's version of. */
      const paraRegional: { topic: { base: string; product: Product } | null } = { topic: null };
      let tierPart: { product: string; segment: string } | null = null;
      /** The paragraph's sentence before this one (a question asked in the prose is answered by the next). */
      let prevSent: Span | null = null;
      for (const sent of paraSentences) {
        const prevText = prevSent?.text ?? "";
        // ("How much refined tin did China produce in November? According to SMM's survey, 15,120 mt, ...": a question about
        // the edition month's output, asked in the paragraph's own prose, and its answer's first amount)
        const proseAsked =
          prevSent &&
          /\?\s*$/.test(prevSent.text) &&
          OUTPUT_QUESTION_RE.test(prevSent.text) &&
          !FORECAST_QUESTION_RE.test(prevSent.text) &&
          new Set(mentionsIn(prevSent.text).map((m) => m.product.id)).size === 1 &&
          monthMentions(prevSent.text).every((m) => resolvePeriod(m, edition) === edition)
            ? prevSent.text
            : null;
        prevSent = sent;
        // (what the text is about as the sentence starts, and how many figures were read before it)
        const currentAtSentence = sec.current;
        const observedBefore = observations.length;
        // a named list's item ("Al ~2.55Mt" after "Apr f'casts: Cu -2.0% m/m; ..."): its name reads as a label ("Al:~2.55Mt", same length)
        const itemName = LIST_ITEMS.get(sent) ?? labelledLead(sent, listItemName);
        const itemProduct = itemName?.product ?? null;
        // ("- 31,650 mt — China's ... output in October": a bullet that opens on its number, its label after a dash, read as
        // "label: number"; the figures' offsets map back to the line as written)
        const numberFirst = itemName || labelValueRows ? null : numberFirstLine(sent.text);
        const at = (i: number): number => sent.start + (numberFirst ? (numberFirst.map[i] ?? i) : i);
        // (the sentence as evidence shows it; the parser reads it with a sample's coverage aside blanked)
        const written = (
          itemName
            ? `${sent.text.slice(0, itemName.end)}:${sent.text.slice(itemName.end + 1)}`
            : labelValueRows
              ? labelValueRow(sent.text)
              : (numberFirst?.text ?? dashLabelLine(sent.text))
        ).replace(DATELINE_RE, (m) => " ".repeat(m.length));
        const s = written.replace(COVERAGE_ASIDE_RE, (m) => " ".repeat(m.length));
        order++;
        const sentenceFuture = isFutureText(s);
        let pastMasked: string | null = null;
        const future = sentenceFuture;
        const excl = sentenceExclusion(s);
        let tokens: Token[] | null = null;
        let ofPart: { subject: string; product: string; segment: string } | null = null;
        const readings = readSentence(s, itemName || labelValueRows ? "production" : (blockMetric ?? carryMetric), isProductName);
        // (a list item's figures take the list label's month: "Apr f'casts: ...; Al ~2.55Mt")
        if (itemName?.label) for (const r of readings) if (!r.month) r.month = { ...itemName.label, start: 0, end: 0 };
        // "A: About 692,000 mt." under an output question: the answer's bare amount, its first sentence, is the output asked for
        if (answered && sent === firstSentence && BARE_AMOUNT_RE.test(s))
          for (const r of readings)
            if (r.metric === null && r.figure.unitClass === "mt" && (!r.excludedReason || r.excludedReason.reason === "no-measure")) {
              r.excludedReason = null;
              r.metric = "production";
              r.kind = "level";
              r.measure = "output";
              r.unit = "mt";
              // ("Where did lithium hydroxide output land in April?": the question's words, not its question word, are the subject)
              r.subject = `${answered.replace(/^\s*(?:Q\s*[:.)]|Question\s*:)?\s*(?:where|what)\s+(?:did|does|was|is|were)\s+/i, "")} `;
            }
        const firstReading = readings[0];
        if (
          proseAsked &&
          firstReading?.metric === null &&
          firstReading.figure.unitClass === "mt" &&
          (!firstReading.excludedReason || firstReading.excludedReason.reason === "no-measure") &&
          PROSE_ANSWER_LEAD_RE.test(s.slice(0, firstReading.figure.start))
        ) {
          firstReading.excludedReason = null;
          firstReading.metric = "production";
          firstReading.kind = "level";
          firstReading.measure = "output";
          firstReading.unit = "mt";
          firstReading.subject = `${proseAsked.replace(/^\s*(?:how much|where|what)\s+(?:did|does|was|is|were)\s+/i, "")} `;
        }
        // "Q: Prices? A: Battery-grade lithium carbonate fell 6.9% MoM": under a question about prices (imports, stocks), a
        // change of the product that names no output is the asked measure's
        if (answersOther)
          for (const r of readings)
            if (!r.excludedReason && (r.metric === "production" || r.metric === null) && !ANSWER_OUTPUT_WORD_RE.test(r.subject))
              r.excludedReason = { reason: "not-production", why: "the answer to a question about prices, trade or stocks, not output" };
        // "The plant announced a restart in early 2022, but progress was slow. In September, the total production was about
        // 21,000 mt": after a sentence about one plant, "the production" with no name of its own is the plant's
        if (plantTopic)
          for (const r of readings)
            if (!r.excludedReason && BARE_DEFINITE_OUTPUT_RE.test(r.subject))
              r.excludedReason = { reason: "facility", why: "the output of the plant the sentence before is about, not the product's" };
        // "According to SMM, a second-tier enterprise with five workshops had two in operation. The actual output in August
        // is expected to be less than 7,000 mt, with the operating rate dropping to about 60%": after a sentence about one
        // unnamed plant, a sentence that names no product and no whole (China, the industry, SMM's total) goes on about it
        if (onePlantTopic && !WHOLE_WORD_RE.test(s) && mentionsIn(s).length === 0)
          for (const r of readings)
            if (!r.excludedReason && DEFINITE_SUBJECT_RE.test(r.subject))
              r.excludedReason = { reason: "facility", why: "about the one plant the sentence before names, not the product" };
        // "... by domestic zinc smelters during 1H 2010. Total output of refined zinc during this period was 2.477 million mt":
        // "this period" is the span of months the sentence before named, no month's (not the survey month of "from September 26
        // to October 25. Over that period, output was 842,000 mt")
        const thisPeriod = THIS_PERIOD_RE.exec(s);
        if (thisPeriod && SPAN_OF_YEAR_RE.test(prevText))
          for (const r of readings)
            if (!r.excludedReason && r.figure.start > thisPeriod.index)
              r.excludedReason = { reason: "other-time", why: `"${thisPeriod[0]}" is the span of months the sentence before names, not a month` };
        plantTopic = PLANT_OPENING_RE.test(s);
        onePlantTopic = ONE_PLANT_OPENING_RE.test(s);
        // "Large smelters accounted for most of the gain. Their operating rate climbed to 88.2%": a sentence with no figure
        // about a tier of plants is what the next sentence's opening "Their" refers to
        const tierLead = readings.length === 0 && inlineProduct ? TIER_OPENING_RE.exec(s) : null;
        const tierPartBefore = tierPart;
        tierPart = tierLead && inlineProduct ? { product: inlineProduct.id, segment: tierSegment(tierLead[1] ?? "", inlineProduct) } : null;
        // (a distance from a forecast is no subject a next sentence goes on about: "..., a beat of 410 mt. That was up 5.2% MoM")
        // (nor is a size bracket of plants: "..., capacity between 50,000-100,000 mt/yr. The rate declined to 44.78% at small smelters")
        // (nor a measure in a "with" adjunct after the main clause: "LMO output dropped 35.1%, with capacity utilisation at
        // 31.8%. It will probably rise 40%": "it" is the output the sentence is about)
        const carried = [...readings].reverse().filter((x) => x.metric && x.metric !== "expect" && !x.sizeBracket);
        const lastReading = carried[0];
        const mainReading = carried[carried.length - 1];
        const adjunct =
          lastReading &&
          mainReading &&
          lastReading.metric !== mainReading.metric &&
          WITH_ADJUNCT_RE.test(s.slice(mainReading.figure.end, lastReading.figure.start));
        const lastMetric = adjunct ? mainReading.metric : lastReading?.metric;
        if (lastMetric) carryMetric = lastMetric;
        // ("..., and national output fell significantly. SMM puts it at 98.6 thousand mt": a sentence with no figure that
        // says output moved is what the next sentence's "it" stands for)
        else if (readings.length === 0 && OUTPUT_MOVED_RE.test(s)) carryMetric = "production";
        const resolveMonth = (mm: MonthMention | null, at = -1): { period: string; misdated: boolean } => {
          // the tense of the figure's own clause ("fell 1.6%, and in October it is projected to ...")
          // (the past "expected" phrases masked in the whole sentence first: "is estimated at 612,400 mt for the month" is
          // past even where the clause is cut before "for the month")
          const future = at >= 0 ? isFutureText((pastMasked ??= maskPastExpect(s, (x) => " ".repeat(x.length))).slice(0, clauseEndOf(s, at))) : sentenceFuture;
          if (!mm && !paraMonth && blockMonth) return { period: resolvePeriod(blockMonth, edition), misdated: false }; // "Outlook for December:" over its lines
          const m = mm ?? paraMonth;
          if (!m) return { period: future ? addMonths(edition, 1) : edition, misdated: false };
          let p = resolvePeriod(m, edition);
          let mis = false;
          // a section that names last year's month and never the edition's year is misdated (read as the
          // edition month); one that also names the edition's year is quoting last year's figure
          if (m.year !== null && p === addMonths(edition, -12) && m.role !== "compare" && !namesEditionYear && opensWithLastYear) {
            p = edition;
            mis = true;
          }
          if (!mm) {
            // carried from an earlier sentence: follow this sentence's tense
            const cmp = comparePeriods(p, edition);
            if (future && cmp <= 0) p = addMonths(edition, 1);
            // (a sentence in the present, "N-type is 26.13GW, down 18% MoM", stays in the month carried)
            // (a sentence with no verb, "Aluminium down roughly 9% on the fewer days.", in a paragraph that opens on the month
            // alone, "Now February. ...", stays there too)
            else if (
              !future &&
              cmp > 0 &&
              // ("Output is not expected to fall again in August. SMM puts the increase at 1.8%": SMM's present estimate goes on)
              !/\b(?:is|are|SMM\s+(?:puts|sees|pegs|reckons|estimates|expects))\b/.test(s) &&
              !(monthOpened && !PAST_STATEMENT_RE.test(s) && !lex(s).some((t) => has(t, TAGS.dir) && t.lower.endsWith("ed")))
            )
              p = edition;
          }
          return { period: p, misdated: mis };
        };
        // ---- figures
        let prevFigureEnd = 0;
        let clauseSubject = null as string | null;
        /** The subject of the sentence's last figure left out as another subject's (a company, a plant). */
        let otherSubject: { subject: string; rule: string; reason: ReasonCode; end: number } | null = null;
        /** Where the sentence's last output level ended that is far below the product's (a few plants' output, not its own). */
        let smallOutputEnd = -1;
        for (const r of readings) {
          const f = r.figure;
          const fAt = at(f.start);
          // "LFP by roughly 12% MoM and iron phosphate by about 15% MoM": a product named between the
          // previous figure and this one is this figure's subject, whatever the grammar carried over
          const gap = s.slice(prevFigureEnd, f.start);
          prevFigureEnd = f.end;
          // "... to 1.0172 million mt, primary aluminium rose 3.4% MoM": a clause after a comma that names a product is about it
          // (a later figure of the same clause, "... rose 3.4% MoM to 3.6942 million mt", keeps that clause's subject)
          if (!/^\s*(?:MoM|YoY|m-o-m|y-o-y|month-on-month|year-on-year)?\s*(?:to|at)\s*(?:about|around|approximately|roughly)?\s*$/i.test(gap))
            clauseSubject = null;
          const commaClause: string = clauseSubject ?? gap.slice(gap.lastIndexOf(",") + 1);
          const listed =
            !r.segmentOverride &&
            (gap.includes(",") || clauseSubject) &&
            !/^\s*(?:in|at|on|as|with|from|than|for|of|to|by|amid|after|before|due|while|which|who)\b/i.test(commaClause) &&
            // ("On the smelting side, lithium hydroxide production rose": the side before the comma names the clause's part)
            (clauseSubject !== null || !/\bon the [a-z][a-z-]*(?: [a-z][a-z-]*)? side\s*$/i.test(gap.slice(0, gap.lastIndexOf(","))))
              ? mentionsIn(commaClause)
              : [];
          if (listed.length) clauseSubject = commaClause;
          const gapNames =
            listed.length > 0
              ? listed
              : !r.segmentOverride && prevFigureEnd > 0 && /^\s*(?:[a-z%/-]+\s+){0,3}?(?:,\s*)?(?:and|while|whereas|but)\b/i.test(gap)
                ? mentionsIn(gap)
                : [];
          const prov = {
            edition,
            section: sec.heading,
            sentence: numberFirst ? sent.text : written,
            start: orig(fAt),
            end: orig(at(f.end)),
            ...(source ? { source } : {}),
          };
          const unused = (reason: ReasonCode, why: string, rule?: string): void => {
            issues.push({
              code: "unused-number",
              reason,
              message: unusedMessage(f.raw, reason, why),
              section: sec.heading,
              sentence: s,
              start: prov.start,
              end: prov.end,
              ...(rule ? { rule } : {}),
            });
          };
          // a part's name made of words that name no part ("was", "higher"; a bare "high" of a product with no grades): no figure
          const noPart = (seg: string, productId: string): boolean => {
            const bad = notAPartName(seg, productId);
            if (bad) unused("no-product", `the words "${seg.replace(/-/g, " ")}" name no part of ${productId} ("${bad}" is no part's word)`, "part-name");
            return bad !== null;
          };
          const fac = excl ?? facilityFigure(r.subject, s.slice(f.end, f.end + 60), s);
          if (fac) {
            unused("facility", fac);
            continue;
          }
          // "output totalled 10.28 million mt in 2022" in the December 2022 edition: the year to date
          // ("The total output in 2021 is expected to rise 33.6% on the year to 2.94 million mt" in the November 2021 edition:
          // the forecast of the year to December, the month after the edition)
          const yearAhead = r.wholeYear !== undefined && edition === `${r.wholeYear}-11` && isFutureText(s.slice(0, clauseEndOf(s, f.start)));
          // ("silver output was 305 mt in December 2020 and 3,420 mt for the year" in the December edition: its year to date)
          const unnamedYear =
            r.yearUnnamed && edition.endsWith("-12") && (!r.month || r.month.month === 12) && !isFutureText(s.slice(0, clauseEndOf(s, f.start)))
              ? Number(edition.slice(0, 4))
              : undefined;
          const wholeYear = r.wholeYear ?? unnamedYear;
          const yearToDate =
            wholeYear !== undefined && r.excludedReason?.reason === "other-time" && (edition === `${wholeYear}-12` || yearAhead)
              ? YEAR_TOTAL_AS_YTD[r.measure ?? ""]
              : undefined;
          if (yearToDate) {
            r.excludedReason = null;
            r.measure = yearToDate;
            r.month = { start: f.start, end: f.start, month: 12, year: wholeYear ?? null, role: "period" };
          }
          if (r.excludedReason || !r.measure) {
            unused(r.excludedReason?.reason ?? "no-measure", r.excludedReason?.why ?? "no measure fits");
            continue;
          }
          // "a rebound of about 10% in EMM": a product named right after the figure ("in <product>") is its subject
          const namedAfter = productAfter(s, f.end, mentionsIn, f.unitClass === "mt");
          const attributedTo = namedAfter ?? r.segmentOverride ?? (listed.length ? commaClause : gapNames.length ? gap : r.subject);
          const who = itemProduct
            ? { product: itemProduct, why: "" }
            : attribute(attributedTo, sec, mentionsIn, secArticle, (x) => catalog.resolve(x)?.product ?? null, roundup, s.slice(0, f.start));
          if (!who.product) {
            unused(who.other ? "other-subject" : "no-product", who.why);
            continue;
          }
          // "Refined lead output through first half of 2013 totaled 2.27 million mt" in an item that names primary and secondary
          // lead apart, under no product's heading: refined lead is their sum ("lead" alone is primary lead only elsewhere)
          // ("China produced 405,000 mt of refined lead in June, up 3.1% MoM": the sentence's refined lead, its subject naming none)
          if (
            who.product.id === "primary-lead" &&
            !sec.product &&
            leadPartsNamed() &&
            !/\bprimary\b/i.test(s) &&
            (LEAD_METAL_RE.test(attributedTo) || (/\brefined lead\b/i.test(s) && mentionsIn(attributedTo).length === 0))
          ) {
            unused("other-subject", "refined lead, the sum of primary and secondary lead in a text that names both", "refined-lead-total");
            continue;
          }
          // ("The operating rate fell to around 48%, ... and once again diverged from the operating trend of molybdenum
          // concentrate mines": a figure with no product of its own is not the product it is set against later)
          const setAgainst =
            mentionsIn(r.subject).length === 0
              ? mentionsIn(s.slice(f.end, f.end + 240)).find(
                  (m) => m.product.id === who.product?.id && CONTRAST_BEFORE_RE.test(s.slice(Math.max(f.end, f.end + m.start - 60), f.end + m.start)),
                )
              : undefined;
          if (setAgainst) {
            unused("other-subject", `set against ${setAgainst.product.name} later in the sentence, so not its figure`);
            continue;
          }
          // ("The weekly operating rate of secondary lead smelters reached 52.7% ...; over the month as a whole the operating
          // rate averaged 49.8%" under primary lead: a clause naming no product, after a clause about another product's same
          // measure, is that product's)
          if (!itemProduct && who.product.id === sec.product?.id)
            who.product = productOfClauseBefore(s, f.start, r.metric, mentionsIn, sec.product ?? null) ?? who.product;
          // (a product named for its country, "Indonesian NPI" under "Indonesia:", is the label's own)
          const ownCountry = lex(who.product.name).some((tk) => has(tk, TAGS.country));
          const placePart = ownCountry ? "" : placeSegment;
          if (placePart && !countriesArePartsOf(who.product)) {
            // (a place outside China is a part of the product's overseas counterpart, when the catalog has one)
            const overseas = catalog.resolve(`overseas ${who.product.name}`)?.product;
            if (!overseas || !countriesArePartsOf(overseas)) {
              unused("other-subject", `about ${placeLabel ?? placeSegment}, the line's label, not China`);
              continue;
            }
            who.product = overseas;
          }
          // ("... In Q1, output rose 19% YoY to 353,700 mt": the paragraph's country goes on, unless the sentence names another
          // country or China)
          const topic = paraRegional.topic;
          if (topic && who.product.id === topic.base && !CHINA_WORD_RE.test(s) && !countryIn(s)) who.product = topic.product;
          tokens ??= lex(s);
          // (a change from a year-ago level the sentence names, "against 10,700 mt in January last year, a rise of 4.7%", is
          // this month's YoY: the year-ago month is its base, not its time)
          const skip = r.yearAgoBase ? yearAgoSkip(skipRulesFor(who.product)) : skipRulesFor(who.product);
          const sentenceTokens = tokens;
          const check = (skipRules: ReadonlySet<string>, overseas: boolean): ReturnType<typeof precisionCheck> =>
            precisionCheck(sentenceTokens, f.start, f.end, {
              skip: skipRules,
              edition,
              versusExpected: r.basis === "expect" || r.expectedLevel === true,
              isRate: r.metric === "oprate",
              overseas,
            });
          const hit = check(skip, isOverseas(who.product));
          // "Indonesia's NPI output" in an NPI section is Indonesian NPI (a product of its own), not another subject
          const country = hit?.rule === "subject-country" || hit?.rule === "fronted-country" ? REGION_RE.exec(s.toLowerCase())?.[1] : undefined;
          // ("In Indonesia, NPI metal content output rose 5.6%" in the Indonesian NPI section: the product's own country)
          const regionalOk = !!country && (regionalProduct(country, who.product, catalog) !== null || countryOwnProduct(country, who.product));
          // ("Primary aluminium output outside China totalled about 2.46 million mt" in an item that names no overseas product:
          // output outside China is the catalog's overseas version of the product, where it has one)
          // (read again as that product's: "the IAI has primary aluminium output outside China at 2.44 million mt" stays out)
          const overseasCandidate = hit?.outsideChina && !isOverseas(who.product) ? regionalProduct("overseas", who.product, catalog) : null;
          const overseasVersion = overseasCandidate && !check(skipRulesFor(overseasCandidate), true) ? overseasCandidate : null;
          // "In Indonesia, alumina production increased by 38.5% YoY" in the overseas alumina section: a country is a part of it
          const countryPart = countriesArePartsOf(who.product)
            ? countryIn(ownClauseOf(r.subject)) || (hit?.rule === "fronted-country" ? countryIn(s.slice(0, f.start)) : "")
            : "";
          if (overseasVersion) who.product = overseasVersion;
          else if (hit && !hit.partOnly && !hit.forecastOnly && !hit.yearTotal && !regionalOk && !countryPart) {
            unused(hit.reason, ruleWhy(hit.rule), hit.rule);
            if (hit.reason === "other-subject" || hit.reason === "facility")
              otherSubject = { subject: r.subject, rule: hit.rule, reason: hit.reason, end: f.end };
            continue;
          }
          // "Jiangxi Copper on its own produced about 82,000 mt in November, 6% more than a month earlier": a figure that goes
          // on with the subject of one left out as another's (a company, a plant) is that subject's too
          if (otherSubject && r.subject === otherSubject.subject && !hit && ATTACHED_CHANGE_GAP_RE.test(s.slice(otherSubject.end, f.start))) {
            unused(otherSubject.reason, ruleWhy(otherSubject.rule), otherSubject.rule);
            continue;
          }
          // "In Indonesia, by contrast, NPI output rose 3.6%": the country's own product (Indonesian NPI)
          const baseProduct = who.product;
          if (regionalOk && hit?.rule === "fronted-country" && country) who.product = regionalProduct(country, who.product, catalog) ?? who.product;
          // ("Indonesia produced 117,900 mt of NPI in March ... In Q1, output rose 19%": in a text without headings, the country's
          // product is what the next sentences go on about)
          const carryRegional = (base: Product, p: Product): void => {
            if (!sec.product && !itemProduct) sec.current = p;
            paraRegional.topic = { base: base.id, product: p };
          };
          if (regionalOk && hit?.rule === "fronted-country" && who.product !== baseProduct) carryRegional(baseProduct, who.product);
          const subj = readSubject(
            r.segmentOverride ? r.segmentOverride : listed.length ? commaClause : provinceAnaphor(bracketSubject(r.subject), s.slice(0, r.figure.start)),
            words(who.product),
            phrases(who.product),
            r.segmentOverride ? "production" : r.metric,
          );
          if (subj.otherGrade) {
            unused("other-subject", "about another grade than the product's own");
            continue;
          }
          if ((subj.region === null && (subj.subset || subj.downstream)) || subj.regionalPart) {
            unused(
              subj.subset || subj.regionalPart ? "part-of-industry" : "other-subject",
              subj.regionalPart ? "about a part within one province" : subj.subset ? "about part of the industry" : "about downstream demand",
            );
            continue;
          }
          const regional = subj.region ? regionalProduct(subj.region, who.product, catalog) : null;
          if (regional) {
            carryRegional(who.product, regional);
            who.product = regional;
          }
          const regionInName = !!subj.region && who.product.name.toLowerCase().includes(subj.region.replace(/'s$/, "").split(" ")[0] ?? "\u0000");
          let segment = r.segmentOverride
            ? segmentFromOverride(r.segmentOverride, who.product)
            : placePart
              ? placePart
              : regional || regionInName
                ? ""
                : subj.region
                  ? slug(subj.region)
                  : subj.segment;
          // "produced 291,600 mt of secondary refined lead": the part is named after the number
          if (!segment && !r.segmentOverride) {
            const ofNp =
              /^\s*(?:mt|tonnes|t|kt)?\s+of\s+((?:[a-z0-9-]+\s+){0,4}?[a-z0-9-]+)(?=\s+(?:in|during|for|was|were|last|this|and|,)|\s*[,.;(]|$)/i.exec(
                s.slice(f.end, f.end + 80),
              );
            // ("By series, June output was 1.31 million mt of 300-series": in a sentence split by a dimension, the part alone)
            if (
              ofNp &&
              (mentionsIn(ofNp[1] ?? "").some((m) => m.product.id === who.product?.id) ||
                (BY_DIMENSION_LEAD_RE.test(s) && readSubject(`${ofNp[1] ?? ""} production`, words(who.product), phrases(who.product)).segment !== ""))
            ) {
              segment = canonicalSegment(readSubject(`${ofNp[1] ?? ""} production`, words(who.product), phrases(who.product)).segment);
              if (segment) ofPart = { subject: r.subject, product: who.product.id, segment };
            } else if (ofPart && gap.includes(")"))
              ofPart = null; // (a bracket of parts closed: the figures after it are the whole's)
            else if (ofPart && ofPart.subject === r.subject && ofPart.product === who.product.id) segment = ofPart.segment; // "..., up 15.97% MoM": the same subject
          }
          // "a 94.34% monthly increase and a 15.21% yearly rise for crude lead": the part named after the figures of its phrase
          if (!segment && !r.segmentOverride) {
            const forNp = FOR_PART_AFTER_RE.exec(s.slice(f.end, f.end + 120));
            const np = forNp?.[1] ?? "";
            const own = words(who.product);
            if (np && own.includes(np.split(" ").pop() ?? "") && np.split(" ").length > 1) {
              const part = canonicalSegment(slug(np.split(" ").slice(0, -1).join(" ")));
              if (part && !ownNamesOf(who.product).includes(part)) segment = part;
            }
          }
          // "We expect carbonate output to rise by 6%" after a sentence about lithium hydroxide, "Ternary output" after LFP: a
          // part named by a word of another product's name, a product the text names, is that product, not a part of this one
          if (segment && !segment.includes("-")) {
            const own = words(who.product);
            const others =
              segment.length >= 5 && !GENERIC_NAME_WORDS.has(segment) && !own.includes(segment)
                ? textProducts().filter((p) => p.id !== who.product?.id && words(p).length > 1 && words(p).includes(segment))
                : [];
            // (one product only: "ternary" with both ternary cathode and ternary precursor named is no one's)
            const other = others.length === 1 ? others[0] : undefined;
            if (other) {
              who.product = other;
              segment = "";
            }
          }
          const resolved = resolveMonth(r.month, f.start);
          const mis = resolved.misdated;
          let period = resolved.period;
          // ("SMM's July estimate of 8.10 GW" in the June edition: no call is made in a later month, so the month before
          // "estimate" names the month estimated)
          if (r.expectedLevel && !r.month) {
            const call = monthMentions(s).find((m) => m.end <= f.start && CALL_AFTER_MONTH_RE.test(s.slice(m.end, m.end + 16)));
            if (call && comparePeriods(resolvePeriod(call, edition), edition) > 0) period = resolvePeriod(call, edition);
          }
          // ("the salt-lake figure exceeding SMM's April forecast of 700 mt, while converters ... raised their output by 3.7% MoM"
          // in the May edition: a forecast SMM made in an earlier month dates the call, not the figures around it)
          if (
            !r.expectedLevel &&
            r.metric !== "expect" &&
            r.month &&
            r.month.end > r.month.start &&
            /\b(?:SMM's|our|its)\s+$/i.test(s.slice(Math.max(0, r.month.start - 8), r.month.start)) &&
            CALL_WORD_AFTER_MONTH_RE.test(s.slice(r.month.end, r.month.end + 16)) &&
            !/\brevis/i.test(s) &&
            comparePeriods(period, edition) < 0
          )
            period = edition;
          /** A status "as of early <next month>" read as the edition month's (a weak reading: a direct statement wins). */
          let statusNext = false;
          if (mis && !misdated.has(sec.heading)) {
            misdated.add(sec.heading);
            issues.push({
              code: "misdated-section",
              message: `section "${sec.heading}" dates its figures ${formatMonthYear(r.month)} in the ${edition} edition; read as ${edition}`,
              section: sec.heading,
              sentence: s,
            });
          }
          const cmp = comparePeriods(period, edition);
          // "nov f/c 600 kt" in the November edition: an earlier forecast of this month, not its figure
          if (r.month?.forecastAbbrev && cmp <= 0) {
            unused("other-time", `a forecast for ${period}, not the edition's figure`);
            continue;
          }
          let basis: Basis = cmp > 0 ? "forecast" : "actual";
          if (r.expectedLevel) basis = "forecast";
          // a later month stated as done ("output was 300,000 mt in December, an increase of 10%" in a
          // November item) is a forecast only if the section states no forecast for that month in the
          // future tense; decided when the section is read (laterAsDone)
          let doneLater: LaterMonthStatement | null = null;
          if (cmp > 0 && !r.expectedLevel) {
            const clause = s.slice(0, clauseEndOf(s, f.start));
            const futureClause = isFutureText(clause);
            // "we can already give a preliminary July figure: output recovered to roughly 78,900 mt": a count of a later
            // month, not SMM's expectation of it
            if (!futureClause && PRELIMINARY_COUNT_RE.test(s) && PAST_STATEMENT_RE.test(clause)) {
              unused("other-time", `a preliminary count of ${period}, a later month than the edition, not SMM's forecast`);
              continue;
            }
            if (futureClause) laterInFuture.add(`${sec.heading}|${who.product.id}|${period}`);
            else if (r.month && PAST_STATEMENT_RE.test(clause))
              doneLater = {
                key: `${sec.heading}|${who.product.id}|${period}`,
                raw: f.raw,
                section: sec.heading,
                sentence: s,
                start: prov.start,
                end: prov.end,
                period,
              };
          }
          if (cmp < 0 && !r.expectedLevel && !/\brevised?\b|\brevision\b/i.test(s)) {
            if (comparePeriods(period, addMonths(edition, -2)) < 0 || future) {
              unused("other-time", `about ${period}, an earlier month than the edition`);
              continue;
            }
          }
          if (comparePeriods(period, addMonths(edition, 3)) > 0) {
            unused("other-time", `about ${period}, too far ahead of the edition`);
            continue;
          }
          // "; compared with June, it rose 1.9%": a clause led by a bare month compares with the last month of that name
          if (r.leadCompare?.year === -1 && r.measure && /^(?:mom|yoy|mom_chg|yoy_chg|operating_rate_mom|operating_rate_yoy)$/.test(r.measure)) {
            const py = Number(period.slice(0, 4));
            const lead = r.leadCompare;
            const rebased = measureAgainst(r.measure, period, makePeriod(lead.month < Number(period.slice(5, 7)) ? py : py - 1, lead.month));
            if (!rebased) {
              unused("other-base", `compared with ${monthName(lead.month)}, neither the month before nor a year earlier`, "compare-lead");
              continue;
            }
            r.measure = rebased;
          }
          // "13% below September 2023" in a 2025 edition: compared with two years earlier, not YoY
          if (r.measure === "yoy" || r.measure === "yoy_chg" || r.measure === "operating_rate_yoy") {
            const cmpMonth =
              (r.leadCompare && r.leadCompare.year !== -1
                ? { ...r.leadCompare, year: r.leadCompare.year || Number(period.slice(0, 4)) - 1, start: 0, end: 0, role: "compare" as const }
                : undefined) ??
              // ("up ... 2.8% YoY; compared with March 2017 it was about 6% higher": the next clause's base, not this figure's)
              monthMentions(s).find(
                (m) => m.role === "compare" && m.year !== null && m.start >= f.end && m.start - f.end < 40 && !s.slice(f.end, m.start).includes(";"),
              );
            // ("down 2.96% from December 2021" in January 2022: the month before, so month on month)
            if (cmpMonth) {
              const rebased = cmpMonth.year === null ? null : measureAgainst(r.measure, period, makePeriod(cmpMonth.year, cmpMonth.month));
              if (!rebased) {
                unused("other-base", `compared with ${formatMonthYear(cmpMonth)}, not the same month a year earlier`, "compare-year");
                continue;
              }
              r.measure = rebased;
            }
          }
          // "rose 2.1% from May" in the August figures: a bare month named as the base right after a month-on-month change
          // must be the month before the figure's (May is three months back: no MoM figure)
          if (r.measure === "mom" || r.measure === "mom_chg" || r.measure === "operating_rate_mom") {
            const bare = monthMentions(s).find(
              (m) =>
                m.role === "compare" &&
                m.year === null &&
                m.start >= f.end &&
                m.start - f.end < 40 &&
                BARE_BASE_GAP_RE.test(s.slice(f.end, m.start)) &&
                !/\d/.test(s.slice(m.start, m.end)) &&
                !/^\s*\d/.test(s.slice(m.end)),
            );
            if (
              bare &&
              bare.month !== Number(addMonths(period, -1).slice(5, 7)) &&
              !/\b(?:last|previous|prior) year\b|\ba year\b/i.test(s.slice(bare.end, bare.end + 24))
            ) {
              unused("other-base", `compared with ${monthName(bare.month)}, not the month before ${period}`, "compare-bare-month");
              continue;
            }
          }
          // "Compared with November 2020, output was 142% higher": a fronted comparison names the month compared with
          if (r.measure && /^(?:mom|yoy|mom_chg|yoy_chg)$/.test(r.measure)) {
            const fronted = monthMentions(s).find(
              (m) =>
                m.role === "compare" &&
                m.year !== null &&
                m.end <= f.start &&
                /^\s*(?:compared (?:with|to)|versus|against|relative to)\s+(?:the\s+)?$/i.test(s.slice(0, m.start)),
            );
            // (not a figure in a later clause led by a base of its own: "...; against October, it fell 3.9%", "Compared with March
            // 2025, output was up 4.9%; from February it rose by 15.3%")
            const ownLead =
              (r.leadCompare && fronted && (r.leadCompare.month !== fronted.month || r.leadCompare.year !== fronted.year)) ||
              (fronted && /;\s*(?:and\s+)?(?:from|compared (?:with|to)|against|versus|over)\s+(?:[A-Z][a-z]+|the\s)/.test(s.slice(fronted.end, f.start)));
            // (nor one with a base of its own right after it: "Compared with May 2020, output was up 148%, and it was 51.3%
            // higher than in May 2021")
            const ownAfter = fronted
              ? monthMentions(s).find(
                  (m) => m.role === "compare" && m.year !== null && m.start >= f.end && m.start - f.end < 40 && !/\d/.test(s.slice(f.end, m.start)),
                )
              : undefined;
            const base = ownAfter ?? fronted;
            if (base?.year && !ownLead) {
              const rebased = measureAgainst(r.measure, period, makePeriod(base.year, base.month));
              if (!rebased) {
                unused("other-base", `compared with ${formatMonthYear(base)}, neither the month before nor a year earlier`, "compare-fronted");
                continue;
              }
              r.measure = rebased;
            }
          }
          // "- Change on October: down 2.9%", "- Change on November 2024: up 6.8%": the label names the month compared with
          // "2.45% below October's 613,300 mt and 10.59% above the 541,000 mt of November 2024": the figure compared with names its month
          const changeMeasure = !!r.measure && /^(?:mom|yoy|mom_chg|yoy_chg)$/.test(r.measure);
          const changeLabel = changeMeasure ? (CHANGE_ON_LABEL_RE.exec(s.slice(0, f.start)) ?? COMPARED_FIGURE_RE.exec(s.slice(f.end, f.end + 90))) : null;
          if (changeLabel && r.measure) {
            const cm = monthMentions(changeLabel[0])[0];
            if (cm) {
              const py = Number(period.slice(0, 4));
              const pm = Number(period.slice(5, 7));
              // ("6.5% below the level of May last year": the year before the figure's)
              const lastYear = /\b(?:last|previous|prior) year|a year (?:earlier|ago|before)/i.test(changeLabel[0]);
              const rebased = measureAgainst(r.measure, period, makePeriod(cm.year ?? (lastYear ? py - 1 : cm.month < pm ? py : py - 1), cm.month));
              if (!rebased) {
                unused("other-base", `compared with ${formatMonthYear(cm)}, neither the month before nor a year earlier`, "change-on-label");
                continue;
              }
              r.measure = rebased;
            }
          }
          // "12.6% higher than in December-February (QoQ)": compared with a span of months, not the month before
          if ((r.measure === "mom" || r.measure === "mom_chg") && COMPARE_SPAN_RE.test(s.slice(f.end, f.end + 80))) {
            unused("other-base", "compared with a span of months, not the month before", "compare-span");
            continue;
          }
          // "We expect NdFeB output to rise about 5%, ahead of SMM's +3.0%": in a text that names SMM as a third
          // party, "we" and "our" are someone else (SMM's own reports say "SMM expects")
          if (writersOwn(s, f.start, qaText && !QUESTION_LINE_RE.test(para.text))) {
            unused("other-subject", "the writer's own number next to SMM's, not SMM's", "writer-not-smm");
            continue;
          }
          // ("\"Our own output hit 48,000 mt ... and our capacity will reach 600,000 mt a year,\" said Li Wei, Hengfeng's general
          // manager": a producer's own figure in its speaker's words, "we" or "our" before it, the speaker not SMM's)
          const speaker = OTHER_SPEAKER_QUOTE_RE.exec(s);
          if (
            speaker &&
            speaker.index > f.end &&
            /\b(?:we|our|us)\b/i.test(s.slice(0, f.start)) &&
            !/\bSMM\b|Shanghai Metals Market/i.test(s.slice(speaker.index))
          ) {
            unused("other-subject", "a producer's own figure, quoted from its speaker", "quoted-producer");
            continue;
          }
          // "The operating rate was 58.4%, 1.2 percentage points lower than SMM had expected": against SMM's expectation, not last month
          if (
            r.measure?.startsWith("operating_rate_") &&
            /^\s*(?:percentage points?|pp|ppts?)?\s*(?:lower|higher|below|above|short of)\s+(?:than\s+)?(?:SMM(?:'s)?\s+)?(?:had\s+)?(?:expected|forecast|estimated|expectations?)\b/i.test(
              s.slice(f.end, f.end + 60),
            )
          ) {
            unused("other-base", "compared with SMM's expectation, not the previous month or year", "rate-vs-expectation");
            continue;
          }
          const product = who.product.id;
          // a "part" named by trade words is imports or exports, not output; one named by an adverb, a verb or
          // a time span is no part at all ("steadily", "pulled-back", "smm-assessed", "h1", "january-to-september")
          // "Q1 output totalled ...", "H1 production": a span of the year, which the figure's months already say (year to date)
          if (segment && /^(?:q1|h1|ytd|first-quarter|first-half|1-\d{1,2})$/.test(segment) && r.ytd) segment = "";
          // ("Zinc alloy output rose by 3,800 mt" read under aluminium: a part named by another metal is another product's)
          if (segment && foreignMetalPart(segment, who.product)) {
            unused("other-subject", `the part "${segment}" names another metal than ${who.product.name}`, "foreign-metal-part");
            continue;
          }
          // ("..., taking output in the first half to about 590,000 mt": a verb before the subject names no part)
          if (VERB_NOT_PART.test(segment)) segment = "";
          if (segment && UNCLEAR_PART.test(segment)) {
            unused(
              /\b(?:imports?|exports?|customs|clearance)\b/.test(segment.replace(/-/g, " ")) ? "other-subject" : "part-of-industry",
              `the part "${segment}" is not a part of the product's output`,
            );
            continue;
          }
          // "In Anhui, the largest producing province, output rose 6.1%": the province's part
          if (!segment && hit?.placeIsPart && hit.province && hit.place) segment = slug(hit.place);
          // "High-grade NPI (Ni content) -4.0% MoM": the grade the rule found is the part (its figures are metal content)
          if ((!segment || segment.endsWith("-content")) && hit?.part) segment = slug(hit.part);
          if (countryPart) segment = placePart || countryPart;
          const wholeOrContent = segment === "" || segment.endsWith("-content");
          // "As of early July, operating capacity reached 41.05 million mt" in the June edition: the month's closing status,
          // not a forecast of July (an operating capacity only, a stock at the month's boundary: a rate "had risen to 61%"
          // by early March has moved into March, and "production capacity" names either capacity in SMM's translations)
          if (
            hit?.forecastOnly &&
            hit.rule === "status-as-of" &&
            basis === "forecast" &&
            period === addMonths(edition, 1) &&
            r.measure === "operating_capacity"
          ) {
            period = edition;
            basis = "actual";
            statusNext = true;
            doneLater = null;
          }
          if ((hit?.partOnly && wholeOrContent) || (hit?.forecastOnly && basis === "forecast")) {
            unused(hit.reason, ruleWhy(hit.rule), hit.rule);
            continue;
          }
          if (hit?.yearTotal) {
            // the edition year's total in the December edition is its year to date; any other reading of it is not a month's figure
            // (in the November edition, the outlook for the year is the forecast of December's year to date)
            const yearEndForecast = edition.endsWith("-11") && basis === "forecast" && period === `${edition.slice(0, 4)}-12`;
            const ytd = (basis === "actual" && edition.endsWith("-12")) || yearEndForecast ? YEAR_TOTAL_AS_YTD[r.measure ?? ""] : undefined;
            if (!ytd) {
              unused(hit.reason, ruleWhy(hit.rule), hit.rule);
              continue;
            }
            r.measure = ytd;
          }
          if (!segment && labelSegment && /^\s*(?:[-•*▪–])/.test(para.text)) segment = labelSegment;
          // ("- **Pr-Nd oxide**" over "  - Output: 6,400 mt": the part the list's name bullet names)
          if (!segment && sec.part && who.product.id === sec.product?.id) segment = sec.part;
          // "300-series output was 1.52 million mt. It saw a 3.1% rise MoM": the pronoun is the part just named, not the product
          if (!segment && !r.segmentOverride) segment = pronounPart(r.subject, who.product.id, lastPart, mentionsIn, s.slice(0, f.start));
          if (!segment && !r.segmentOverride && tierPartBefore?.product === who.product.id && THEIR_OPENING_RE.test(r.subject))
            segment = tierPartBefore.segment;
          if (!segment && inlineSegment && who.product.id === inlineProduct?.id) segment = inlineSegment;
          if (!segment && provinceSegment && who.product.id === inlineProduct?.id && !CHINA_WORD_RE.test(s)) segment = provinceSegment;
          // ("Overseas refined nickel output rose 1.5% MoM" in a China section: output outside China is no part of it)
          if (/^(?:overseas|global|world|worldwide|international)(?:-|$)/.test(segment)) {
            unused("other-subject", "about output outside China, not a part of China's", "overseas-part");
            continue;
          }
          // ("Yunnan produced 9,420 mt; operating rates there rose 5.6 percentage points": "there" stands for a place named
          // before; when no place was read as the part, the figure is not the country's)
          if (!segment && THERE_SUBJECT_RE.test(r.subject)) {
            unused("other-subject", 'about "there", a place named before, not the whole country', "subject-there");
            continue;
          }
          if (!segment && labelDimension && /^\s*(?:[-•*▪–])/.test(para.text)) {
            unused("part-of-industry", 'a line of a breakdown ("By feedstock:") whose part is not named as one', "breakdown-line");
            continue;
          }
          // (a bare "high" is checked before it becomes "high-grade": "to keep high operating rates")
          if (noPart(segment, who.product.id)) continue;
          segment = canonicalSegment(segment);
          // "China's electrolytic manganese metal (EMM) production": the product's own name is no part of it
          // ... and "China's NPI metal-content output" names the part after the product's name
          const ownNames = ownNamesOf(who.product);
          // ("cobalt sulpuate supply": the product's own name with a typo is the product, no part)
          if (segment && ownNames.some((n) => n === segment || misspelt(segment, n))) segment = "";
          // ("Mine output of molybdenum concentrate": a mined product's mine output is its own)
          if (segment === "mine" && MINED_PRODUCTS.has(who.product.id)) segment = "";
          const ownPrefix = /-(?:metal|physical)-content$/.test(segment)
            ? ownNames.find((n) => n && segment === `${n}${segment.slice(segment.search(/-(?:metal|physical)-content$/))}`)
            : undefined;
          if (ownPrefix) segment = canonicalSegment(segment.slice(ownPrefix.length + 1));
          // "refined secondary-lead output": the words before the product's own name are the part ("refined")
          const ownSuffix = segment ? ownNames.find((n) => n.length > 2 && segment.endsWith(`-${n}`)) : undefined;
          // ("industrial silicon metal": two of its own names overlapping, "industrial silicon" and "silicon metal", no part)
          if (ownSuffix)
            segment = ownNames.some((n) => n !== ownSuffix && n.length > 2 && segment.startsWith(`${n}-`))
              ? ""
              : canonicalSegment(segment.slice(0, -ownSuffix.length - 1));
          // ("Even though ingot output fell 3.2%" under Magnesium Alloy: a one-word part that makes another product's name
          // with the product's metal, "magnesium ingot", is that product's output, not a part)
          const sibling = segment && !segment.includes("-") ? siblingProduct(catalog, who.product, segment) : null;
          if (sibling) {
            unused("other-subject", `about ${sibling.name}, not a part of ${who.product.name}`, "sibling-product");
            continue;
          }
          // ("while cobalt chloride output fell 3.9%" under Cobalt Sulphate: another compound of the product's metal, no part)
          // ("cobalt sulphate produced from cobalt hydroxide": a compound named as the feedstock is the part made from it)
          const fromIt = segment ? fromSegmentRe(segment).test(r.subject) : false;
          const compound = segment && !fromIt ? otherCompound(who.product, segment) : null;
          if (compound) {
            unused("other-subject", `about ${compound}, another compound than ${who.product.name}`, "other-compound");
            continue;
          }
          // ("12,800 tonnes of nickel, ..., equivalent to 58,200 tonnes in physical terms": the amount's own words first)
          // (a change right after such an amount is its change: "13,000 tonnes of nickel, up 2.0% m-o-m, equivalent to ...")
          const ownMetal =
            metalBasis(who.product.id) &&
            r.unit !== "mt" &&
            /\b(?:tonnes|tons|mt|t)\s+of\s+(?:nickel|metal|contained nickel)\b[^.;]{0,20}$/i.test(s.slice(Math.max(0, f.start - 60), f.start));
          // ("a month on month decrease of 6.57% in physical tons": the content named right after the figure is its own)
          // ("27,700 mt in nickel content (up 5.95% MoM) or 662,000 mt in physical content (down 2.82% MoM)": a change in a
          // bracket right after a tonnage's content is in that content)
          const bracketContent =
            f.unitClass !== "pct" ? undefined : CONTENT_THEN_BRACKET_RE.exec(s.slice(Math.max(0, f.start - 60), f.start))?.[1]?.toLowerCase();
          let content = physicalRightBefore(s, f.start)
            ? "physical"
            : bracketContent
              ? bracketContent === "physical"
                ? "physical"
                : "metal"
              : (contentAfter(s, f.end) ?? frontedContent(s, f.start) ?? subj.content ?? (ownMetal ? "metal" : clauseContent(s, f.start, f.end)));
          // a label line: "- Output (physical content): 111,800 mt"
          const label = content === null ? /^([^:]{0,80}):\s*[^:]*$/.exec(s.slice(0, f.start)) : null;
          if (label && metalBasis(who.product.id))
            content = /\bphysical\b/i.test(label[1] ?? "") ? "physical" : /\b(?:metal|nickel|ni) content\b/i.test(label[1] ?? "") ? "metal" : null;
          // a metal-content product's tonnage with no content stated, in a sentence that states another tonnage in metal
          // content ("40.2kt Ni ...; 445kt"): which content it is is not said, so it is not the product's level
          if (
            metalBasis(product) &&
            content === null &&
            !segment &&
            r.unit === "mt" &&
            r.measure === "output" &&
            METAL_TONNAGE_RE.test(s.slice(0, f.start) + " ".repeat(f.end - f.start) + s.slice(f.end))
          ) {
            unused(
              "no-measure",
              "a tonnage of a product reported in metal content whose content is not stated, beside one in metal content",
              "content-unstated",
            );
            continue;
          }
          // ("The output of low-grade NPI was 450,000 ton, which equals 7,300 mt of nickel": a part of a product counted in metal,
          // stated in physical tonnes, is no level of that part)
          if (metalBasis(product) && content === "physical" && segment && !segment.endsWith("-content") && r.unit === "mt") {
            unused("no-measure", `a physical tonnage of the part "${segment}" of a product counted in metal content`, "part-physical");
            continue;
          }
          if (metalBasis(product) && content && (segment === "" || segment === `${content}-content`)) segment = `${content}-content`;
          if (noPart(segment, product)) continue;
          const o: Observation = {
            product,
            segment,
            period,
            basis,
            measure: r.measure as Measure,
            value: r.value,
            unit: r.unit,
            hedge: f.hedge,
            direction: r.value > 0 ? "up" : r.value < 0 ? "down" : "flat",
            magnitude: "none",
            provenance: prov,
          };
          if (MEASURE_INFO[o.measure].level) o.direction = "flat";
          const bad = implausible(o.measure, o.value, r.figure.unitClass) ?? implausibleForProduct(product, segment, o.measure, o.value);
          if (bad) {
            issues.push(implausibleIssue(f.raw, bad, sec.heading, s, prov, [product, segment, period, basis, o.measure]));
            if (o.measure === "output" && !segment && /far below/.test(bad)) smallOutputEnd = f.end;
            continue;
          }
          // ("output at 20 mills was 14 kt ..., with an average operating rate at 62.82%": the rate of the same few plants)
          if (o.measure === "operating_rate" && smallOutputEnd >= 0 && RATE_OF_SAME_PLANTS_RE.test(s.slice(smallOutputEnd, f.start))) {
            unused("part-of-industry", "the operating rate of the plants whose output, far below the product's, the clause gives");
            continue;
          }
          // ("China produced 141,000 tonnes of lithium iron phosphate (LFP) cathode material": the product named right after the
          // tonnage, as what it is of)
          const ofAfter = OF_PRODUCT_AFTER_RE.exec(s.slice(f.end, f.end + 24));
          const namesProduct =
            mentionsIn(r.subject).some((m) => m.product.id === product) ||
            (!!ofAfter &&
              mentionsIn(s.slice(f.end + ofAfter[0].length, f.end + ofAfter[0].length + 40)).some((m) => m.start === 0 && m.product.id === product));
          o.evidence = evidenceOf(r, {
            distant: !namesProduct && (sec.products.length > 1 || !sec.product),
            misdated: mis,
            carried: !r.month && !!paraMonth,
            statusNext,
          });
          raws.set(o, f.raw);
          observations.push(o);
          lastPart = o.segment.endsWith("-content") ? null : { product, segment: o.segment };
          if (doneLater) laterAsDone.set(o, doneLater);
          if (namesProduct) named.add(o);
          if (r.measure === "mom" || r.measure === "mom_chg") trendDrafts.push(figureTrend(o, order * 1000 + f.start, doneLater?.key));
        }
        // ---- direction statements (SMM.TREND)
        const staleYear = namesEarlierYear(s, Number(edition.slice(0, 4)));
        if (!excl && !staleYear && !facilitySentence(s)) {
          for (const d of directionStatements(s)) {
            // (a list item's direction right after its name, "SiMn:down", is its product's output's)
            // (an outlook line's direction right after its label, "Outlook, December: flat", "- Next month: slight
            // decrease", is the section's output's forecast; "Next month" dates it the month after the edition)
            const outlookLed = OUTLOOK_LINE_LABEL_RE.test(s.slice(0, d.start));
            if (outlookLed && !d.month && /next month/i.test(s.slice(0, d.start))) d.month = nextMonthMention(edition);
            const itemLed = (itemProduct !== null && itemName !== undefined && d.start <= itemName.end + 12) || outlookLed;
            // ("Sponge titanium output remained unchanged. It is likely to hold steady in February.": "it" opening the sentence
            // is the output the text goes on about)
            // (a sentence with figures gives its trend from them)
            const pronounLed = readings.length === 0 && !d.production && !d.operatingRate && carryMetric === "production" && /^\s*it\s/i.test(d.subject);
            if (!d.production && !d.operatingRate && !itemLed && !pronounLed) continue;
            // ("... because 200-series stainless mills cut schedules": a direction in a clause giving a reason is a
            // remark about something else; it neither gives a trend nor moves the text's current product)
            if (REASON_CLAUSE_RE.test(d.subject)) continue;
            // ("Copper output did not fall in September": a negated or YoY-only statement gives no trend, but its
            // subject is still the product the next sentences talk about)
            const who = itemLed && itemProduct ? { product: itemProduct, why: "" } : attribute(d.subject, sec, mentionsIn, secArticle, undefined, roundup);
            if (itemLed && !d.month && itemName?.label) d.month = { ...itemName.label, start: 0, end: 0 };
            if (d.negated || d.yoyOnly) continue;
            if (!who.product) continue;
            // the precision rules judge a direction word as they judge a number: another source's,
            // a desk's, a week's or a target's direction is not SMM's trend of the month
            tokens ??= lex(s);
            const dhit = precisionCheck(tokens, d.start, d.end, { skip: skipRulesFor(who.product), edition, overseas: isOverseas(who.product) });
            if (writersOwn(s, d.start)) continue;
            // "..., respectively, totalling 2.63 million mt, up 2.1%": the whole product's direction (its figure gives the trend), not the list's
            const resp = s.search(/\brespectively\b/i);
            if (resp >= 0 && resp < d.start && TOTAL_WORD_RE.test(s.slice(resp, d.start))) continue;
            if (
              dhit &&
              (TREND_EXCLUDING.has(dhit.reason) || (TREND_EXCLUDING_RULES.has(dhit.rule) && priceInOwnClause(s, d.start))) &&
              !dhit.partOnly &&
              !dhit.forecastOnly &&
              !dhit.yearTotal &&
              !COUNTRY_RULES.has(dhit.rule)
            )
              continue;
            // (another country's direction is no part of a China product: "NPI metal content in Indonesia fell" is not npi's)
            if (dhit && COUNTRY_RULES.has(dhit.rule) && !countriesArePartsOf(who.product)) continue;
            // (", and SMM sees it holding steady": the subject of SMM's own outlook clause, not the reason clause before it)
            const outlookAt = d.subject.search(SMM_OUTLOOK_CLAUSE_RE);
            const subj = readSubject(outlookAt >= 0 ? d.subject.slice(outlookAt) : d.subject, words(who.product), phrases(who.product));
            if (
              subj.downstream ||
              (subj.subset && !subj.region) ||
              subj.regionalPart ||
              isDownstream(d.subject.slice(Math.max(0, d.subject.lastIndexOf(", ")), d.subject.length))
            )
              continue;
            // ("Full-year 2012 output came to 675,000 mt, down 1.3%": a span's direction is no month's trend)
            if (d.month?.role === "range-end") continue;
            const { period } = resolveMonth(d.month, d.start);
            if (d.compareMonth !== null && d.compareMonth !== monthOf(addMonths(period, -1))) continue;
            const cmp = comparePeriods(period, edition);
            if (cmp < 0) continue;
            const doneClause = cmp > 0 && d.month ? s.slice(0, clauseEndOf(s, d.start)) : null;
            const doneLaterKey =
              doneClause !== null && !isFutureText(doneClause) && PAST_STATEMENT_RE.test(doneClause) ? `${sec.heading}|${who.product.id}|${period}` : undefined;
            // (a preliminary count of a later month is no forecast's direction either)
            if (doneLaterKey && PRELIMINARY_COUNT_RE.test(s)) continue;
            let segment =
              subj.region && !who.product.name.toLowerCase().includes(subj.region.replace(/'s$/, "").split(" ")[0] ?? "\u0000")
                ? slug(subj.region)
                : subj.segment;
            if (!segment) segment = pronounPart(d.subject, who.product.id, lastPart, mentionsIn, s.slice(0, d.start));
            if (!segment && sec.part && who.product.id === sec.product?.id) segment = sec.part;
            const tcontent = subj.content ?? (metalBasis(who.product.id) ? clauseContent(s, d.start, d.end) : null);
            if (metalBasis(who.product.id) && tcontent === "physical" && segment === "") segment = "physical-content";
            if (notAPartName(segment, who.product.id)) continue;
            // ("By series, June output was 1.31 million mt of 300-series (up 5.6% MoM), ...": a sentence split by a dimension
            // gives its parts' directions, never the whole's)
            if (!segment && BY_DIMENSION_LEAD_RE.test(s)) continue;
            const prov = {
              edition,
              section: sec.heading,
              sentence: numberFirst ? sent.text : s,
              start: orig(at(d.start)),
              end: orig(at(d.end)),
              ...(source ? { source } : {}),
            };
            trendDrafts.push({
              product: who.product.id,
              segment,
              period,
              basis: cmp > 0 ? "forecast" : "actual",
              direction: d.direction,
              magnitude: d.magnitude,
              order: order * 1000 + d.start,
              prov,
              rate: !d.production && !itemLed && !pronounLed,
              figure: false,
              ...(doneLaterKey ? { doneLaterKey } : {}),
            });
          }
        }
        // ("Overseas, nickel pig iron output in Indonesia climbed to 1.9 (10,000 mt)" in a refined nickel item, its figure left
        // out: a sentence that read no figure for the product it named does not turn the item to that product; "For May, SMM
        // expects output to rise" stays refined nickel's)
        if (!roundup && !sec.product && currentAtSentence && sec.current !== currentAtSentence && readings.length > 0 && observations.length === observedBefore)
          sec.current = currentAtSentence;
        // ("Co3O4 output did not drop in October: one producer lifted its output to fill a new LCO order, while LCO output grew
        // 6% MoM" in a Co3O4 item: another product that is only a contrast clause's subject in a sentence about the item's
        // product does not turn the item to it; the "Key indicators" lines after stay Co3O4's)
        const turnedTo = sec.current;
        if (
          !roundup &&
          !sec.product &&
          currentAtSentence &&
          turnedTo &&
          turnedTo !== currentAtSentence &&
          mentionsIn(s)[0]?.product.id === currentAtSentence.id &&
          mentionsIn(s).some(
            (m) => m.product.id === turnedTo.id && /\b(?:while|whereas)\s+(?:[\w'’-]+\s+){0,2}$/i.test(s.slice(Math.max(0, m.start - 40), m.start)),
          )
        )
          sec.current = currentAtSentence;
        // carry the month into the next sentences of this paragraph
        // (a later month named in a forecast clause, "...; Dec f'cast 97.0kt", dates that clause only: the next
        // sentence's own figures stay the edition's)
        const first = monthMentions(s).find(
          (m) =>
            m.role === "period" &&
            comparePeriods(resolvePeriod(m, edition), edition) >= 0 &&
            !(comparePeriods(resolvePeriod(m, edition), edition) > 0 && FORECAST_LABEL_AFTER_MONTH_RE.test(s.slice(m.end, m.end + 12))),
        );
        if (first) paraMonth = first;
      }
    }
  }

  // a later month stated as done in a section that also forecasts that month in the future tense is
  // misdated ("output was 300,000 mt in December, up 10%" beside "expected to stand at 295,000 mt in December")
  for (const [o, d] of laterAsDone) {
    if (!laterInFuture.has(d.key)) continue;
    observations.splice(observations.indexOf(o), 1);
    issues.push({
      code: "unused-number",
      reason: "other-time",
      rule: "done-later-month",
      message: unusedMessage(
        d.raw,
        "other-time",
        `stated as done for ${d.period}, after the ${edition} edition, while the text forecasts that month: misdated`,
      ),
      section: d.section,
      sentence: d.sentence,
      start: d.start,
      end: d.end,
    });
  }
  for (let i = trendDrafts.length - 1; i >= 0; i--) {
    const k = trendDrafts[i]?.doneLaterKey;
    if (k !== undefined && laterInFuture.has(k)) trendDrafts.splice(i, 1);
  }
  // the same figure stated twice: a statement that names the product outranks one that does not
  // ("nearly 40% of the companies surveyed" before "the sample operating rate of the copper cathode industry was 85.76%")
  const rankKey = (o: Observation): string => `${o.product}|${o.segment}|${o.period}|${o.basis}|${o.measure}`;
  const hasNamed = new Set(observations.filter((o) => named.has(o)).map(rankKey));
  const ranked = observations
    .filter((o) => !hasNamed.has(rankKey(o)) || named.has(o))
    .concat(observations.filter((o) => hasNamed.has(rankKey(o)) && !named.has(o)));
  // (a direction stated for the product level or its metal content, not an operating rate's, that the physical change's
  // sign does not agree with)
  const levelDirections = new Map<string, Set<string>>();
  for (const t of trendDrafts) {
    if (t.rate || (t.segment !== "" && t.segment !== "metal-content")) continue;
    const k = `${t.product}|${t.period}|${t.basis}`;
    levelDirections.set(k, (levelDirections.get(k) ?? new Set()).add(t.direction));
  }
  const obs = addMetalContentLevel(ranked, metalBasis, true, (o) => {
    // ("a month on month decrease of 6.57% in physical tons": a change the text itself marks as physical is no stand-in
    // for the metal content; the seed's stand-in is for a change that only follows a physical tonnage)
    if (contentAfter(raw, o.provenance.end) === "physical") return true;
    // ("up by 9% m-o-m but down by 17% y-o-y in actual tonnage": changes of one list whose tail names the physical tonnage)
    const tail = /^[^.;]*/.exec(raw.slice(o.provenance.end, o.provenance.end + 90))?.[0] ?? "";
    const named = PHYSICAL_TAIL_RE.exec(tail);
    if (named && !/\d\s*(?:mt|kt|tonnes|tons|t)\b/i.test(tail.slice(0, named.index)) && !METAL_NAMED_RE.test(tail.slice(0, named.index))) return true;
    // ("In February, physical-content output is expected to rise 3.0% m-o-m": a change whose own subject is the physical
    // content, no tonnage before it in its clause, is the physical content's only)
    // (unless the metal content is said to move alike: "...; the metal content fell by the same percentage to 8,870 mt")
    if (
      PHYSICAL_SUBJECT_BEFORE_RE.test(raw.slice(Math.max(0, o.provenance.start - 90), o.provenance.start)) &&
      !METAL_MOVED_ALIKE_RE.test(o.provenance.sentence)
    )
      return true;
    const stated = levelDirections.get(`${o.product}|${o.period}|${o.basis}`);
    return !!stated && !stated.has(o.value > 0 ? "up" : o.value < 0 ? "down" : "flat");
  });
  completeShortParts(obs, trendDrafts);
  // a trend about a segment no figure of the edition names is noise ("concentrated production ...")
  const segs = new Set(obs.map((o) => `${o.product}|${o.segment}`));
  for (let i = trendDrafts.length - 1; i >= 0; i--) {
    const t = trendDrafts[i] as TrendDraft;
    if (t.segment && !segs.has(`${t.product}|${t.segment}`) && !REGION_SEG.test(t.segment)) trendDrafts.splice(i, 1);
  }
  // a reply's own statements are newer than the message it quotes ("> " lines)
  const quotedOrig = quoted.map(([a, b]) => [orig(a), orig(b)] as const);
  const isQuoted = (o: Observation): boolean => quotedOrig.some(([a, b]) => o.provenance.start >= a && o.provenance.start < b);
  const settled = dropPartsAboveWhole(
    settleLevelPercents(
      settleLevelChanges(
        settleUnequalChanges(
          settleConflicts(
            applyCorrections(supersedeQuoted(preferDirectStatus(obs), isQuoted, issues), raws, text, orig, mentionsIn, issues),
            named,
            raws,
            issues,
          ),
          raws,
          issues,
        ),
        raws,
        issues,
      ),
      raws,
      issues,
    ),
    issues,
    metalBasis,
  );
  const trends = dropDisagreeingTrends(buildTrends(trendDrafts), settled, issues);
  const edn: Edition = {
    id: edition,
    source: source || "text",
    importedAt: new Date().toISOString(),
    sections: sections.filter((s) => !s.footer && s.heading).map((s) => s.heading),
    observations: settled,
    trends,
    issues,
  };
  if (settled.length === 0 && trends.length === 0) {
    issues.push({ code: "not-a-report", message: "no production figures or directions were found: is this an SMM production report?" });
  }
  // the rules every dataset file is held to (validate.ts), so what is imported loads back whole
  const checked = validateEdition(edn);
  issues.push(...checked.issues);
  return { edition: checked.edition, editionId: edition, issues };
}

// ------------------------------------------------------------------ sections

/** A sentence about one plant: "The plant announced a restart", "The smelter ...". */
/** A sentence opened by a tier of plants: "Large smelters accounted for ...", "Small and medium-sized smelters ...". */
const TIER_OPENING_RE =
  /^\s*((?:large|larger|big|major|medium(?:-sized)?|small(?:er)?|small and medium(?:-sized)?|small-\s?and\s?medium-sized)\s+(?:smelters|producers|plants|refineries|mills|enterprises))\b(?![^.]*\b(?:while|whereas|but)\b)/i;
/** The part a tier of plants names for a product ("large smelters" -> "large-smelters"). */
function tierSegment(tier: string, product: Product): string {
  return canonicalSegment(readSubject(`${tier} production`, words(product), phrases(product)).segment);
}

/** A month and its year as a label writes them: "Nov-19", "Oct 2012", "Sep'12". */
const MONTH_YEAR_SRC = String.raw`(?:${MONTH_RE_SRC})\.?(?:[-'’ ]\d{2}|\s+\d{4})`;
/** A table row's label that is a month alone ("Oct 2012", "Sep-12", "August"). */
// ("Dec 2025 (revised)", "Feb 2026 (forecast)": with a note on what kind of figure the row holds)
const MONTH_ROW_LABEL_RE = new RegExp(String.raw`^\s*(?:${MONTH_YEAR_SRC}|(?:${MONTH_RE_SRC})\.?)(?:\s*\((?:${PERIOD_NOTE_SRC})\))?\s*$`, "i");
/** A data card's month after its name: "COPPER CATHODE | Nov-19", "Refined zinc | November 2019". */
const CARD_MONTH_RE = new RegExp(String.raw`\s+\|\s*${MONTH_YEAR_SRC}\s*$`, "i");

/**
 * A product's name, then a colon or its output noun, and a short headline with no full stop: "Refined Zinc: Output Down
 * 5.50% in February", "Refined Zinc Output Falls 2.9% in June".
 */
const TITLED_HEADING_RE = /^([A-Z][A-Za-z0-9-]*(?: [A-Za-z0-9-]+){0,3}?)(?:\s*:\s+|\s+(?=(?:Output|Production|Supply)\s))([A-Z](?:[^.;!?:]|\.(?=\d)){3,70})$/;

function isHeadingShape(line: string): boolean {
  // ("REFINED ZINC |", "NICKEL SULPHATE |": a rule drawn after the name is no byline's separator)
  const t = line
    .replace(CARD_MONTH_RE, "")
    .replace(/\s+\|$/, "")
    .replace(TRAILING_DATELINE_RE, "");
  if (t.length > 70 || t.length < 2) return false;
  // e-mail header fields ("To: Battery Materials Desk", "Subject: FW: ...") are never headings
  if (/^(?:from|to|cc|bcc|sent|date|subject|re|fw|fwd|attachments?)\s*:/i.test(t)) return false;
  if (/\||\t|\b(?:source|by|author|editor|published|updated)\s*:/i.test(t) || /\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}/.test(t)) return false; // bylines and datelines
  if (/[.,;:!?]$/.test(t)) return false;
  // ("Sichuan output,17200,mt": a row of comma-separated values)
  if (/,\s*[+-]?\d[\d.]*\s*,/.test(t)) return false;
  // ("By SMM Tin Team", "By Jane Li": a byline; "By region" over a list stays in the section it stands in)
  if (/^by\s+\S/i.test(t)) return false;
  if (t.split(/\s+/).length > 9) return false;
  if (/\d+(?:\.\d+)?\s*%|\d{1,3},\d{3}/.test(t)) return false;
  // ("[Zinc]", "<Zinc>", "【Zinc】": a name in brackets on its own line)
  if (!/^[*#•■\-\d([<【]*\s*[A-Z0-9\u4e00-\u9fff]/.test(t)) return false;
  if (/\b(?:is|was|were|are|has|have|had|will|increased|decreased|rose|fell)\b/.test(t)) return false;
  return true;
}

/** A numbered entry with no figure in it ("3. Nickel", "(2) Base metals: copper, zinc"). */
const TOC_ENTRY_RE = /^\(?\d{1,2}[.)]\s+[^\d]{2,70}$/;
/** The month after the edition, as a mention ("Outlook:" and "What does SMM expect?" date the lines under them so). */
/** An outlook line's label and nothing after it but a magnitude: "Outlook, December: ", "- Next month: slight ", "Outlook (July): a ". */
const OUTLOOK_LINE_LABEL_RE =
  /^\s*(?:[-•*▪–]\s*)?(?:outlook|next month|forecast|looking ahead)(?:\s*\([^()]{1,24}\)|,\s*[A-Z][a-z]+(?:\s+\d{4})?)?\s*:\s*(?:an?\s+)?(?:(?:slight|slightly|modest|modestly|small|marginal|marginally|sharp|sharply|significant|significantly|mild|mildly)\s+)?$/i;
const nextMonthMention = (edition: string): MonthMention => {
  const next = addMonths(edition, 1);
  return { start: 0, end: 0, month: Number(next.slice(5)), year: Number(next.slice(0, 4)), role: "period" };
};
/** An interview with SMM's own analyst: "SMM spoke with one of its manganese analysts", "an interview with SMM analyst Li Wen". */
const SMM_INTERVIEW_RE =
  /\bSMM\s+(?:spoke|talked|sat down|caught up)\s+(?:with|to)\s+(?:one of its|its|an?)\s+(?:[\w-]+\s+){0,3}?(?:analysts?|researchers?)\b|\binterview(?:ed)?\s+(?:with\s+)?(?:an?\s+)?SMM(?:'s)?\s+(?:[\w-]+\s+){0,2}?(?:analyst|researcher)\b/i;
/** A question's line: "Q: ...", "Question: ..." (at a paragraph's start; with "m", anywhere in a text). */
const QUESTION_LINE_SRC = String.raw`^[ \t]*(?:Q|Question)\s*[:.)]`;
const QUESTION_LINE_RE = new RegExp(QUESTION_LINE_SRC);
const QUESTION_LINE_RE_M = new RegExp(QUESTION_LINE_SRC, "m");
/** An interviewer's question: "Q: What does SMM expect for April?", "Question: And alumina?". */
const QUESTION_RE = /^\s*(?:Q\s*[:.)]|Question\s*:)[^\n]*\?\s*$/i;
/** A question about what is not output ("Q: Prices?", "Q: What about imports and the wider market?"), naming no output. */
const OTHER_MEASURE_QUESTION_RE = /\b(?:prices?|quotes|imports?|exports?|inventor(?:y|ies)|stocks?|costs?|margins?|premiums?|profits?)\b/i;
const OUTPUT_WORD_QUESTION_RE = /\b(?:produc\w*|output|turn(?:ed)? out|operating|capacity|supply)\b/i;
/** An answer's subject that names output after all ("A: Output slipped 2%"). */
const ANSWER_OUTPUT_WORD_RE = /\b(?:produc\w*|output|supply|turn(?:ed)? out|made|make)\b/i;
/** A question asking how much was produced: "How much ... did China produce in May?", "What was ... output in May?". */
const OUTPUT_QUESTION_RE = /\b(?:how much|what|where)\b[^?]*\b(?:produce|produced|output|production|turn out|turned out|make|made)\b[^?]*\?\s*$/i;
/** The words before an answer's amount: none, or who counted it ("According to SMM's survey, ", "By our count, "). */
const PROSE_ANSWER_LEAD_RE =
  /^\s*(?:(?:according to|per)\s+[^,.;]{1,40},\s*|by our count,?\s*)?(?:about|around|approximately|roughly|some|nearly|just over|just under)?\s*$/i;
/** A sentence that is an amount only: "About 692,000 mt.", "Roughly 1.2 million tonnes." */
// ("A: Our estimate for October 2025 is 28,650 mt.", "A: It was about 692,000 mt.": the amount after a frame that names no
// other subject)
// ("A: Our survey puts it at 1,486 mt.": an answer's label, and who put the amount where)
const BARE_AMOUNT_RE =
  /^\s*(?:A\s*[:.)]\s*)?(?:(?:by our count,?\s+)?(?:(?:our|SMM's|the)\s+(?:estimate|figure|number|count|tally|reading)(?:\s+for\s+[A-Za-z]+(?:\s+\d{4})?)?|it|that)\s+(?:is|was|came to|came in at|stood at|stands at)\s+|(?:our|SMM's|the)\s+(?:survey|data|count|statistics)\s+(?:puts?|places?|pegs?|shows?)\s+it\s+at\s+|at\s+)?(?:about|around|approximately|roughly|some|nearly|just over|just under)?\s*[\d.,]+\s*(?:million\s+)?(?:mt|tonnes|tons|t|kt)(?:\s*,\s*by our count)?(?:\s*,?\s*in\s+[A-Z][a-z]+(?:\s+\d{4})?)?\s*\.?\s*$/i;
const TOC_TITLE_RE = /^(?:in this issue|contents|table of contents|inside this issue|inside)\s*:?$/i;

/**
 * The lines of a table of contents: a run of three or more numbered entries with no figure in them and
 * nothing between them, or two or more under a "Contents" / "In this issue" title.
 */
function tableOfContents(ls: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < ls.length;) {
    let j = i;
    while (j < ls.length && TOC_ENTRY_RE.test((ls[j] as Span).text)) j++;
    const titled = i > 0 && TOC_TITLE_RE.test((ls[i - 1] as Span).text);
    if (j - i >= 3 || (titled && j - i >= 2)) for (let k = i; k < j; k++) out.add(k);
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * A bulletin line run in under its product's short name: "Zn 494.1kt, +4.1% m/m", "Al: 3.29Mt", "CoSO4 down m/m",
 * "Ni (refined) 14.6kt". The name is one to three words (a bracketed remark may follow) right before a figure
 * or a direction word.
 */
// ("Refined tin: output flat m/m at ~13.6kt": after a colon, any words)
const RUN_IN_RE = /^([A-Z][A-Za-z0-9]*(?:[ -][A-Za-z0-9]+){0,2}(?:\s\([a-z -]{2,20}\))?)(?:\s*:\s*(?=\S)|\s+(?=[-+~]?\d|(?:up|down|flat)\b))/;

/**
 * The lines of a bulletin that each open with a product's name ("Cu cathode 836.2kt ...", "Al: 3.29Mt ..."): each
 * heads that product's section. Only where three or more lines name three or more products so, each once: one such
 * line in prose is a sentence about the product, not a layout.
 */
function runInHeadings(ls: readonly Span[], catalog: Catalog): Map<number, { name: string; product: Product }> {
  const out = new Map<number, { name: string; product: Product }>();
  ls.forEach((l, i) => {
    // ("**Refined zinc**: Smelters shed ...": the spaces a bold name leaves before its colon are no table's)
    const text = l.text.replace(/^([^:]{2,40}?) {2,}:/, "$1:");
    // a row of a table (cells divided by tabs, pipes or runs of spaces) is the table reader's
    if (/\t|\||\S {2,}\S/.test(text)) return;
    const m = RUN_IN_RE.exec(text);
    const name = m?.[1]?.trim() ?? "";
    const r = name ? catalog.resolve(name) : null;
    // ("Modules 11.8GW": a heading's plural)
    const product = r ? (r.segment ? null : r.product) : name ? catalog.matchHeading(name) : null;
    if (product) out.set(i, { name, product });
  });
  // a list that names a product on several lines ("Output:" lines, then "Operating rate:" lines, then "Forecast:"
  // lines) is a list of items under its own labels, not one line a product
  const ids = [...out.values()].map((v) => v.product.id);
  const distinct = new Set(ids).size;
  return distinct >= 3 && distinct === ids.length ? out : new Map();
}

/** A paragraph's lead-in name: a capital, then up to three more words ("Primary lead", "OVERSEAS METALLURGICAL-GRADE ALUMINA", "Co3O4"). */
const LEAD_NAME_SRC = String.raw`[A-Z][A-Za-z0-9-]*(?: [A-Za-z-]+){0,3}`;
/** Prose after a lead-in: a capital word, then a word ("Output eased", "China's crude", "Domestic NPI"). */
const PROSE_START_SRC = String.raw`[A-Z][\w'’-]*\s+`;
/**
 * "Aluminium. SMM puts July output at ...": a name and a full stop (or three spaces and an optional dash or colon, a bold
 * lead-in's marks blanked) before a capital; "**Aluminium:** China's ...", "**Nickel pig iron (NPI):** In November, ..."
 * (an abbreviation in brackets after the name).
 */
const RUN_IN_DOT_RE = new RegExp(String.raw`^(${LEAD_NAME_SRC}(?: \([A-Za-z0-9-]{2,8}\))?)(?:\.\s+|:?\s{3,}(?:[-–—:]\s+)?)(?=[A-Z])`);
/** A preposition and a month opening a lead-in's prose: "In October, ...", "During March ...". */
const PROSE_MONTH_START_SRC = String.raw`(?:In|During|For|Over|After|Last|This)\s+[A-Z][a-z]+\b`;
/**
 * "Primary lead - December output came to ...", "EMM - Electrolytic manganese ...", "Stainless Steel — In October, output
 * ...": a name and a spaced dash before prose.
 */
// ("NPI — China's NPI output in March was ...": a second capital word, then a lower-case one)
const RUN_IN_DASH_RE = new RegExp(String.raw`^(${LEAD_NAME_SRC})\s+[-–—]\s+(?=${PROSE_START_SRC}(?:[a-z]|[A-Z][\w'’-]*\s+[a-z])|${PROSE_MONTH_START_SRC})`);
/** "[Aluminum] Primary aluminum output in June was ...": a name in square brackets before prose. */
const RUN_IN_BRACKET_RE = new RegExp(String.raw`^\[(${LEAD_NAME_SRC})\]\s*[:\-–—]?\s+(?=[A-Z])`);
/** "POLYSILICON | Output dropped sharply in June, ...": a name and a pipe before a line of prose with no other pipe. */
const RUN_IN_PIPE_RE = new RegExp(String.raw`^(${LEAD_NAME_SRC})\s+\|\s+(?=${PROSE_START_SRC}[A-Za-z][^|]*[.;]\s*$)(?![^|]*\|)`);
/**
 * "Lithium carbonate: output rose 4.6% MoM ...", "Alumina: Output eased ...", "Cobalt sulphate: SMM has revised ...": a name
 * and a colon before prose (an acronym may open it), under another product's heading or as a round-up's first paragraph.
 */
// ("NPI (metal content, mt): In July, China's NPI output ...": a bracket of the unit before the colon; prose that opens on a
// preposition and a month)
const RUN_IN_COLON_RE = new RegExp(
  String.raw`^([A-Z][A-Za-z-]*(?: [A-Za-z-]+){0,3}(?: \([^()]{1,30}\))?):\s+(?=(?:[A-Za-z][a-z]*|[A-Z]{2,6})\s+[a-z]|${PROSE_MONTH_START_SRC})`,
);

/** A heading marker before a line's words: "▶ ", "► ", "■ "; or a number before a run-in lead-in: "1) ", "2. ". */
const HEADING_MARKER_RE = /^(?:[▶►▸◆■]\s*|\(?\d{1,2}[.)]\s+)/;
/**
 * "▶ Solar Cell", "1) Silicon Metal - Silicon metal output in November fell ...": a heading marker, or a number before a
 * product's run-in lead-in, is no part of the line's words (the line is read without it).
 */
function unmarkedLine(l: Span, catalog: Catalog): Span {
  const m = HEADING_MARKER_RE.exec(l.text);
  if (!m) return l;
  const rest = l.text.slice(m[0].length);
  if (/^\(?\d/.test(m[0])) {
    const lead = RUN_IN_DASH_RE.exec(rest) ?? RUN_IN_DOT_RE.exec(rest) ?? RUN_IN_BRACKET_RE.exec(rest);
    if (!lead || !catalog.matchHeading((lead[1] ?? "").replace(/\s*\([^)]*\)$/, ""))) return l;
  } else if (!/^[A-Z]/.test(rest)) return l;
  return { ...l, text: rest, start: l.start + m[0].length };
}

/** Where a line starts within its text line: its indent (a list's sub-bullets stand further in). */
const lineIndent = (text: string, l: Span): number => l.start - (text.lastIndexOf("\n", l.start - 1) + 1);

/** A list's bullet: "- ", "* ", "• ", "1. ", "2) ". */
const LIST_BULLET_RE = /^(?:[-*•▪–]|\d{1,2}[.)])\s+/;

interface NameBullet {
  name: string;
  /** The catalog product the name is (null: a part of the section's product, or a name the catalog does not know). */
  product: Product | null;
  /** The part of the product the name is ("Pr-Nd oxide" of light rare earth). */
  part: string;
  /** Where the name stands on its line: the sub-bullets under it are indented further. */
  indent: number;
  /** A region or feedstock ("Shaanxi", "Spodumene"): a part of the section's product. */
  partOfSection: boolean;
}

/**
 * A list whose bullets are each only a name, bold or not, over more-indented sub-bullets of labelled fields
 * ("- **Cobalt sulphate**" / "  - Output: 5,900 mt (+4.1% MoM)" / "  - Operating rate: 48.2%"): each name heads its
 * sub-bullets. A catalog product's name is that product (a part of it when the name is one: "Pr-Nd oxide" of light
 * rare earth); a region or a feedstock ("Shaanxi", "Spodumene") a part of the section's product; a name the catalog
 * does not know, in a list where other names at its depth are known, heads its sub-bullets with no product, so that
 * they are not the name above's.
 */
function nameBullets(ls: readonly Span[], text: string, catalog: Catalog): Map<number, NameBullet> {
  const indentOf = (l: Span): number => lineIndent(text, l);
  const out = new Map<number, NameBullet>();
  ls.forEach((l, i) => {
    const m = LIST_BULLET_RE.exec(l.text);
    const next = ls[i + 1];
    if (!m || !next || !LIST_BULLET_RE.test(next.text)) return;
    const indent = indentOf(l);
    if (indentOf(next) <= indent) return;
    const name = l.text
      .slice(m[0].length)
      .replace(/\*\*|__/g, "")
      .replace(/\s*:\s*$/, "")
      .trim();
    // (a name, not a clause or a figure: "Output fell 3%", "Jiangxi, Sichuan" are no names)
    if (name.length < 2 || name.length > 60 || /[.!?;,|\t]|\d[\d,.]*\s*(?:%|mt|kt|t|gw)\b/i.test(name) || name.split(/\s+/).length > 6) return;
    const r = catalog.resolve(name);
    const product = r?.product ?? catalog.matchHeading(name);
    if (product) {
      let part = r?.segment ?? "";
      // ("Pr-Nd oxide" resolves to light rare earth by its alias, but names a part of it, as a table's row does)
      if (!part) part = canonicalSegment(readSubject(`${name} production`, words(product), phrases(product)).segment);
      if (part && ownNamesOf(product).includes(part)) part = "";
      out.set(i, { name, product, part, indent, partOfSection: false });
      return;
    }
    const lower = name.toLowerCase();
    const region = REGION_RE.exec(lower);
    const partOfSection = (!!region && region.index === 0 && region[0].length === lower.length) || PART_QUALIFIER_RE.test(lower);
    out.set(i, { name, product: null, part: partOfSection ? canonicalSegment(slug(name)) : "", indent, partOfSection });
  });
  // a name the catalog does not know heads sub-bullets only in a list whose names at its depth are products
  const known = new Set([...out.values()].filter((b) => b.product).map((b) => b.indent));
  for (const [i, b] of out) if (!b.product && !b.partOfSection && !known.has(b.indent)) out.delete(i);
  return out;
}

function splitSections(text: string, catalog: Catalog, issues: Issue[], chat = false): Section[] {
  const ls = lines(text);
  const runIn = runInHeadings(ls, catalog);
  /** The section a run-in line opened last (the lines under it are its product's until a label that names none). */
  let runInSection: Section | null = null;
  const names = nameBullets(ls, text, catalog);
  const out: Section[] = [];
  let cur: Section = { heading: "", product: null, products: [], footer: false, paragraphs: [] };
  out.push(cur);
  /** The list's name bullets the current line stands under (nameBullets), innermost last, and the section the list stands in. */
  const nameStack: { indent: number; sec: Section }[] = [];
  let listOuter: Section = cur;
  /** The sections that only take up the outer section again after a list (dropped when nothing follows in them). */
  const resumed = new Set<Section>();
  /** Inside a block quoted from another release (QUOTED_RELEASE_RE), up to the next divider line. */
  let quotedRelease = false;
  /** The section a paragraph opened by another product's output ran on (runOnProduct), and the section it ran on from. */
  let runOn: { sec: Section; from: Section; once?: boolean } | null = null;
  const toc = tableOfContents(ls);
  /** A text naming five products or more (a round-up): a "Name: prose" line heads a section under no heading too. */
  // (not a chat's lines, each its writer's remark: "NPI: metal content 42,300 mt" heads nothing after it)
  // (looked for once, and only when a colon lead-in stands under no product: a whole-text scan is no cost every text pays)
  let roundupText: boolean | null = null;
  const isRoundupText = (): boolean => (roundupText ??= !chat && new Set(catalog.findInText(text).map((m) => m.product.id)).size >= 5);
  for (let i = 0; i < ls.length; i++) {
    const l = unmarkedLine(ls[i] as Span, catalog);
    // "- **Cobalt sulphate**" over "  - Output: 5,900 mt": a name bullet heads its more-indented sub-bullets; a line no more
    // indented than a name is out from under it, back in the name (or the section) the list stands in
    const nb = names.get(i);
    const inList = nameStack.length > 0;
    if (inList) {
      const indent = lineIndent(text, l);
      let popped = false;
      while (nameStack.length && indent <= (nameStack[nameStack.length - 1]?.indent ?? -1)) {
        nameStack.pop();
        popped = true;
      }
      const back = nameStack[nameStack.length - 1]?.sec ?? listOuter;
      if (popped && !nb) {
        cur = { ...back, paragraphs: [] };
        delete cur.current;
        resumed.add(cur);
        out.push(cur);
      }
    }
    if (nb) {
      if (!inList) listOuter = cur;
      const parent = nameStack[nameStack.length - 1]?.sec ?? listOuter;
      // (a region or feedstock is a part of the product it stands under; under no product, or under a part ("Pr-Nd oxide" /
      // "Shaanxi"), its fields are nobody's)
      const base = nb.partOfSection ? (parent.part ? null : parent.product) : nb.product;
      cur = {
        heading: nb.name,
        product: base,
        products: base ? [base] : [],
        footer: false,
        paragraphs: [],
        nameList: true,
        ...(base && nb.part ? { part: nb.part } : {}),
      };
      out.push(cur);
      nameStack.push({ indent: nb.indent, sec: cur });
      continue;
    }
    // a table of contents ("IN THIS ISSUE / 1. Headline numbers / 2. Base metals / 3. Nickel") names sections, it heads none
    if (toc.has(i)) {
      cur.paragraphs.push(l);
      continue;
    }
    // ("COPPER CATHODE | Nov-19": a data card's name and month; the month is the edition's)
    const t = l.text
      .replace(/^[*#•■\s]+/, "")
      .replace(CARD_MONTH_RE, "")
      .trim();
    // ("Notes" over bullets or numbered lines is an analyst's list of remarks, read as text)
    // ("Note: in this section wt = 10,000 mt." is a remark inside the section, not a footer's heading)
    if (
      FOOTER_RE.test(l.text) &&
      l.text.length < 60 &&
      !/^[^:]{1,30}:\s*\S+(?:\s+\S+){2,}/.test(t) &&
      !(/^notes?:?$/i.test(t) && /^\s*(?:[-•*▪–]|\(?\d{1,2}[.)])\s/.test(ls[i + 1]?.text ?? ""))
    ) {
      cur = { heading: t, product: null, products: [], footer: true, paragraphs: [] };
      out.push(cur);
      continue;
    }
    // "=== FOR COMPARISON ONLY: previous release (not part of this release) ===": what follows is
    // quoted from another release, not read (up to the next such divider line)
    const divider = /^[=*#~_-]{3,}.*[=*#~_-]{3,}$/.test(t);
    if (QUOTED_RELEASE_RE.test(t) || (quotedRelease && divider)) {
      quotedRelease = QUOTED_RELEASE_RE.test(t);
      cur = { heading: t, product: null, products: [], footer: true, paragraphs: [] };
      out.push(cur);
      continue;
    }
    if (quotedRelease) {
      cur.paragraphs.push(l);
      continue;
    }
    // "### September outlook" as a Markdown sub-heading inside a product's section: a label over the lines under it (the
    // block label reader dates them), not a section of its own ("May outlook" as a heading of its own heads the outlook
    // paragraph for every product)
    if (/^#{3,}\s/.test(l.text) && outlookLabel(t) && (cur.product || cur.products.length > 0)) {
      cur.paragraphs.push(l);
      continue;
    }
    // "Slide 4", "Page 2 of 9": a new slide or page starts, and the last one's product ends with it
    if (/^(?:slide|page)\s+\d+(?:\s+of\s+\d+)?$/i.test(t)) {
      cur = { heading: "", product: null, products: [], footer: false, paragraphs: [] };
      out.push(cur);
      continue;
    }
    // "Slide 3: China NPI – metal content down again": a slide's title heads its section when its first part names one product
    // ("Chart 6: NPI output, metal content": a chart's title too, its measure words after the name)
    const slide = /^(?:slide|chart|figure|fig\.|exhibit|graph)\s+\d+\s*[:.]\s*(.{2,80})$/i.exec(t);
    if (slide) {
      // ("Chart 2: Silicon metal operating rates by province, June 2019": the measure and its breakdown after the name)
      const head = ((slide[1] ?? "").split(/\s+[–—-]\s+|:\s|,\s/)[0] ?? "").replace(CHART_MEASURE_TAIL_RE, "").trim();
      const named = headingProducts(head, catalog, catalog.matchHeading(head));
      const one = named.length === 1 && catalog.matchHeading(head) ? (named[0] ?? null) : null;
      cur = { heading: one ? head : "", product: one, products: one ? [one] : [], footer: false, paragraphs: [] };
      out.push(cur);
      continue;
    }
    // "1. Spodumene-Based Lithium Carbonate", "(2) Jiangxi Region": labels inside the current section
    // ("3. Stainless steel (by series only)": a remark in brackets after the name is not part of it)
    const numbered = /^\(?\d{1,2}[.)]\s/.test(l.text)
      ? l.text
          .replace(/^\(?\d{1,2}[.)]\s*/, "")
          .replace(/\s*\([^)]*\)\s*$/, "")
          .trim()
      : null;
    const numberedProduct = numbered !== null ? (catalog.resolve(numbered)?.product ?? null) : null;
    if (numbered !== null && !(numberedProduct && !catalog.resolve(numbered)?.segment && numberedProduct.id !== cur.product?.id)) {
      cur.paragraphs.push(l);
      continue;
    }
    // "3. Stainless steel (by series only; this note gives no total)": a numbered line that is another
    // product's name heads that product's section
    if (numbered !== null && numberedProduct && numbered.length <= 60) {
      cur = { heading: numbered, product: numberedProduct, products: [numberedProduct], footer: false, paragraphs: [] };
      out.push(cur);
      continue;
    }
    // "Aluminium. SMM puts July output at 3.56 million mt, ...": a paragraph opened by a product's name and a
    // full stop (a run-in heading) starts that product's section; the rest of the line is its first paragraph
    // ("**Aluminum** China's primary aluminum output ...": a bold lead-in, its marks blanked, is one too)
    // ("Lithium carbonate: output rose 4.6% MoM ..." under another product's heading: a name and a colon before a sentence
    // of prose, when no list of such lines makes it a bulletin's, RUN_IN_RE's)
    const runInDot =
      RUN_IN_DOT_RE.exec(l.text) ??
      RUN_IN_DASH_RE.exec(l.text) ??
      RUN_IN_PIPE_RE.exec(l.text) ??
      RUN_IN_BRACKET_RE.exec(l.text) ??
      (runIn.has(i) || (!cur?.product && !isRoundupText()) ? null : RUN_IN_COLON_RE.exec(l.text));
    const colonLed = !!runInDot && runInDot[0].trimEnd().endsWith(":");
    // (after a colon, only a product the catalog knows by that very name, other than the section's)
    const runInName = (runInDot?.[1] ?? "").replace(/\s*\([^)]*\)$/, "");
    const colonProduct = colonLed ? catalog.resolve(runInName) : null;
    const runInProduct =
      runInDot && l.text.length - runInDot[0].length >= 40
        ? colonLed
          ? colonProduct && !colonProduct.segment && colonProduct.product.id !== cur?.product?.id
            ? colonProduct.product
            : null
          : catalog.matchHeading(runInName)
        : null;
    // ("**NPI and Indonesian NPI:** China's NPI output ...": a lead-in naming two products heads a section about both)
    const runInBoth =
      runInDot && !runInProduct && l.text.length - runInDot[0].length >= 40 && /\s(?:and|&)\s|\//.test(runInName)
        ? headingProducts(runInName, catalog, null)
        : [];
    const runInMain = runInProduct ?? (runInBoth.length >= 2 ? runInBoth[0] : undefined);
    if (runInDot && runInMain) {
      const k = runInDot[0].length;
      cur = {
        heading: runInDot[1] ?? "",
        product: runInMain,
        products: runInProduct ? [runInProduct] : runInBoth,
        footer: false,
        paragraphs: [{ text: l.text.slice(k), start: l.start + k, end: l.end }],
      };
      out.push(cur);
      continue;
    }
    // "Zn 494.1kt (-1.2% m/m)": a bulletin's line led by a product's short name (runInHeadings)
    const lead = runIn.get(i);
    if (lead) {
      cur = { heading: lead.name, product: lead.product, products: [lead.product], footer: false, paragraphs: [l] };
      out.push(cur);
      runInSection = cur;
      continue;
    }
    // "November expectations: SMM expects copper ... and nickel ..." after the run-in lines: a line under a label that
    // is no product, naming other products, closes the last product's run-in section (its figures go to the products
    // they name; "Outlook: November output ..." stays the section's)
    if (
      runInSection &&
      cur === runInSection &&
      /^[A-Z][^:\n]{2,40}:\s+\S/.test(l.text) &&
      catalog.findInText(l.text).some((m) => m.product.id !== runInSection?.product?.id)
    ) {
      cur = { heading: "", product: null, products: [], footer: false, paragraphs: [l] };
      out.push(cur);
      runInSection = null;
      continue;
    }
    // "Refined Zinc: Output Down 5.50% in February": a line of its own, a product's name and a colon, then a headline
    // (no full stop, a few words), above a paragraph: the name heads the section and the headline is its first line
    // (only among sections headed by products' names: in a note of its own layout, "COPPER: SMM's April print lands above
    // our model" heads no section that ends where the next metal's paragraph starts)
    // (a line that is a heading's shape anyway, "Refined Zinc: June output", stays one: only a headline with a figure needs this)
    const titled = out.some((x) => x.product && x.heading) && !isHeadingShape(l.text) ? TITLED_HEADING_RE.exec(l.text) : null;
    const titledProduct = titled && (ls[i + 1]?.text.length ?? 0) >= 60 ? catalog.matchHeading((titled[1] ?? "").trim()) : null;
    if (titled && titledProduct && !catalog.resolve((titled[1] ?? "").trim())?.segment) {
      cur = { heading: (titled[1] ?? "").trim(), product: titledProduct, products: [titledProduct], footer: false, paragraphs: [l] };
      out.push(cur);
      continue;
    }
    // ("Refined Zinc - highlights for January:" over its bullets: the name before a dash heads the section)
    const colonText = /^[^:]{2,60}:$/.test(l.text) ? l.text.slice(0, -1).trim() : null;
    const colonDashHead = colonText ? /^(.{2,40}?)\s+[–—-]\s+\S/.exec(colonText)?.[1]?.trim() : undefined;
    const colonHeading = colonText && catalog.matchHeading(colonText) ? colonText : colonDashHead && catalog.matchHeading(colonDashHead) ? colonDashHead : null;
    if (colonHeading || isHeadingShape(l.text)) {
      const next = ls[i + 1];
      // ("ZINC – OUTPUT DID NOT FALL DESPITE LOGISTICS HITCHES": a newsletter's headline, the product's name before a dash
      // and a remark after it)
      const dashHead = colonHeading ? undefined : /^(.{2,40}?)\s+[–—-]\s+\S/.exec(t)?.[1]?.trim();
      const tt = colonHeading ?? (dashHead && catalog.matchHeading(dashHead) ? dashHead : t);
      const named = headingProducts(tt, catalog, catalog.matchHeading(tt));
      const known = named[0] ?? null;
      // "Overview of Magnesium Ingot Production", "Figure: Trend of Silicone DMC Production": a known product's section
      const described =
        known && named.length === 1
          ? catalog.matchHeading(
              tt
                .replace(DESCRIPTIVE_HEADING_WORDS, " ")
                .replace(/[\s:,.-]+/g, " ")
                .trim(),
            )
          : null;
      // "SILICON" over "Polysilicon and silicon metal?": one word that several products named below share heads a
      // group, not the one product the word is an alias of
      const word = /^[A-Za-z-]{4,}$/.test(tt.trim()) ? tt.trim().toLowerCase() : "";
      const sharing = word
        ? new Set(
            catalog
              .findInText(
                ls
                  .slice(i + 1, i + 4)
                  .map((x) => x.text)
                  .join("\n"),
              )
              .map((m) => m.product)
              .filter((p) => p.name.toLowerCase().includes(word))
              // (a variant of the product, "overseas aluminium" below "Aluminium", shares its whole name: no group)
              .filter((p) => !known || p.id === known.id || !p.name.toLowerCase().includes(known.name.toLowerCase()))
              .map((p) => p.id),
          )
        : new Set<string>();
      if (known && named.length === 1 && sharing.size > 1 && sharing.has(known.id)) {
        cur = { heading: tt, product: null, products: [], footer: false, paragraphs: [] };
        out.push(cur);
        continue;
      }
      if (known && (catalog.matchHeading(tt) || named.length > 1 || described?.id === known.id)) {
        cur = { heading: tt, product: known, products: named, footer: false, paragraphs: [] };
        out.push(cur);
        continue;
      }
      // a sub-heading inside a product's text: "Overseas", "Indonesia", "China", "Outlook"
      const sub = subHeading(t, cur, out, catalog);
      if (sub) {
        cur = sub;
        out.push(cur);
        // ("Outlook for December 2021": the label dates the lines under it, as a block label does)
        if (outlookLabel(t)) cur.paragraphs.push(l);
        continue;
      }
      const titleCase = t.split(/\s+/).filter((w) => !/^(?:and|of|the|for|in|on|a|an|&|-)$/i.test(w));
      const capRatio = titleCase.filter((w) => /^[A-Z0-9\u4e00-\u9fff(]/.test(w)).length / Math.max(1, titleCase.length);
      // ("Minor Metals Table" over "Product | Sept output (mt) | ...": a group's heading over a table of its products)
      if (
        next &&
        capRatio >= 0.75 &&
        GROUP_HEADING_RE.test(t) &&
        tableCells(next.text) &&
        catalog.findInText(
          ls
            .slice(i + 2, i + 6)
            .map((x) => x.text)
            .join("\n"),
        ).length > 1
      ) {
        cur = { heading: t, product: null, products: [], footer: false, paragraphs: [] };
        out.push(cur);
        continue;
      }
      if (next && next.text.length >= 60 && capRatio >= 0.75 && !CHROME_RE.test(t) && !monthInside(t) && !/^smm\b/i.test(t)) {
        const nextLower = next.text.toLowerCase();
        const keys = titleCase.map((w) => w.toLowerCase().replace(/[^a-z0-9]/g, "")).filter((w) => w.length >= 3 && !HEADING_FILLER_WORD_RE.test(w));
        // "Silicon & PV Chain", "Base Metals", "Battery Materials": a heading over several products is no product
        if (GROUP_HEADING_RE.test(t) && catalog.findInText(next.text).length > 0) {
          cur = { heading: t, product: null, products: [], footer: false, paragraphs: [] };
          out.push(cur);
          continue;
        }
        // "Molybdenum" over "Ferromolybdenum output ...": one word of a catalog product's name that the text goes
        // on to name heads a group, not a new product (its figures go to the products they name)
        // ("ZINC AND LEAD" over "Zinc smelters ...": a heading listing words of several products' names is a group too)
        // (what the next lines name: a question line above its answer may name only "zinc smelters")
        const namedBelow = catalog
          .findInText(
            ls
              .slice(i + 1, i + 4)
              .map((x) => x.text)
              .join("\n"),
          )
          .map((m) => m.product);
        if (
          (keys.length === 1 || (keys.length <= 4 && /\band\b|&|,/i.test(t))) &&
          namedBelow.some((p) =>
            keys.some(
              (k) =>
                k.length >= 4 &&
                p.name
                  .toLowerCase()
                  .replace(/[^a-z0-9]/g, "")
                  .includes(k),
            ),
          )
        ) {
          cur = { heading: t, product: null, products: [], footer: false, paragraphs: [] };
          out.push(cur);
          continue;
        }
        // "TUNGSTEN: HOLIDAY TRIMS APT OUTPUT": a headline that names one catalog product heads that product's section
        // (a headline: a label and a clause, or four words or more; "Aluminum Alloy" is a new product's name)
        const headline = /[:—–]|\s-\s/.test(t) || t.trim().split(/\s+/).length >= 4;
        const inHeadline = headline ? [...new Map(catalog.findInText(t).map((m) => [m.product.id, m.product])).values()] : [];
        if (inHeadline.length === 1 && inHeadline[0]) {
          cur = { heading: t, product: inHeadline[0], products: [inHeadline[0]], footer: false, paragraphs: [] };
          out.push(cur);
          continue;
        }
        // ("Producers" over "Tianqi Lithium's Shehong plant produced ...", "Weekly operations": a heading of who or how, no product)
        if (!headsNoProduct(t) && keys.some((k) => nextLower.includes(k.slice(0, Math.min(k.length, 6))))) {
          let product: Product | null = null;
          try {
            product = catalog.add(t);
          } catch {
            product = null;
          }
          issues.push({
            code: "unknown-heading",
            message: `new section "${t}" is not in the catalog: added as product "${product?.id ?? slug(t)}"`,
            section: t,
            start: l.start,
            end: l.end,
          });
          cur = { heading: t, product, products: product ? [product] : [], footer: false, paragraphs: [] };
          out.push(cur);
          continue;
        }
        issues.push({
          code: "unknown-heading",
          message: `line "${t}" looks like a heading but its text does not talk about it; read as text`,
          start: l.start,
          end: l.end,
        });
        // ("Lithium Hexafluorophosphate" over "LiPF6 output was about 190 mt ...": a heading the catalog does not know
        // still ends the section before it; what follows names its own products or none)
        // ("Market Outlook Summary" over the section's own prose is a sub-heading of its text)
        if (
          cur.product &&
          !/\d/.test(t) &&
          !/^\s*[-•*▪–]/.test(l.text) &&
          !headsNoProduct(t) &&
          !catalog.findInText(next.text).some((m) => m.product.id === cur.product?.id)
        ) {
          cur = { heading: t, product: null, products: [], footer: false, paragraphs: [l] };
          out.push(cur);
          continue;
        }
      }
    }
    // "Primary aluminium output in China slid to 2.6 million mt ..." after the copper section's lines: a paragraph opened
    // by another catalog product's output runs that product's section on (a round-up that heads some products and not
    // others), up to the next heading or such paragraph
    // ("Ferromolybdenum output rose 3.4%" under Molybdenum Concentrate, then "SMM expects molybdenum concentrate output to
    // decrease ...": a line that names the section's product again takes that section up again)
    // (a regional variant's paragraph, "Indonesian NPI output climbed 4.4%" inside the NPI section, runs on for itself only)
    const back =
      runOn && cur === runOn.sec && (runOn.once || catalog.findInText(l.text).some((m) => m.product.id === runOn?.from.product?.id)) ? runOn.from : null;
    if (back) {
      cur = { ...back, paragraphs: [] };
      delete cur.current;
      resumed.add(cur);
      out.push(cur);
      runOn = null;
    }
    const runOnP = cur.product && cur.products.length === 1 && !cur.footer && !cur.nameList ? runOnProduct(l.text, cur.product, catalog) : null;
    if (runOnP) {
      const from = cur;
      cur = { heading: "", product: runOnP, products: [runOnP], footer: false, paragraphs: [l] };
      out.push(cur);
      runOn = { sec: cur, from, ...(runOnP.id.endsWith(`-${from.product?.id ?? ""}`) ? { once: true } : {}) };
      continue;
    }
    cur.paragraphs.push(l);
  }
  return resumed.size ? out.filter((x) => !resumed.has(x) || x.paragraphs.length > 0) : out;
}

/** The words a paragraph may open with before the product whose output it is about: "China's ", "In November, ", "SMM data show that ". */
/** The words that say a name is China's own: "China's nickel pig iron output" (not the overseas product's). */
const CHINA_LEAD_SRC = String.raw`China's|Chinese|Domestic`;
const CHINA_LEAD_END_RE = new RegExp(String.raw`\b(?:${CHINA_LEAD_SRC})\s+$`, "i");
// ("A 2.8% month-on-month increase took China's alumina output to 4.71 million mt": a change fronted before the name)
const RUN_ON_LEAD_RE = new RegExp(
  String.raw`^\s*(?:(?:In|For|During)\s+[A-Z][a-z]+(?:\s+\d{4})?,\s*)?(?:SMM\s+(?:data|figures)\s+show\s+that\s+)?` +
    String.raw`(?:An?\s+[\d.]+%\s+(?:(?:${BASE_ABBREV_SRC}|month-on-month|year-on-year)\s+)?(?:${MOVED_CHANGE_NOUN_SRC}|jump)\s+(?:took|lifted|brought|pushed|left|put)\s+)?` +
    // ("Environmental inspections in Shanxi and Henan cut alumina output to 6.05 million mt": a cause fronted before the name)
    String.raw`(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,8}?\s+(?:${CAUSE_VERB_PAST_SRC})\s+)?` +
    String.raw`(?:(?:${CHINA_LEAD_SRC}|The)\s+)?$`,
);
/** The product's output right after its name: " output", " (NPI) production"; or its label and tonnage: "Refined tin: 14,200 mt." */
const RUN_ON_OUTPUT_RE = /^\s*(?:\([^)]{1,20}\)\s*)?(?:(?:output|production)\b|:\s*(?:about\s+|around\s+|~\s*)?\d[\d,.]*\s*(?:mt|tonnes|t|kt|GW)\b)/i;

/** A paragraph opened by another product's output than the section's own (or a name within the section's own name). */
function runOnProduct(text: string, own: Product, catalog: Catalog): Product | null {
  const first = catalog.findInText(text.slice(0, 80))[0];
  if (!first || first.product.id === own.id) return null;
  if (!RUN_ON_LEAD_RE.test(text.slice(0, first.start)) || !RUN_ON_OUTPUT_RE.test(text.slice(first.end))) return null;
  // (a regional variant of the section's product is another product: "Indonesian NPI output rose" after the NPI paragraph)
  const variant = first.product.id.endsWith(`-${own.id}`);
  const ownName = ` ${own.name.toLowerCase().replace(/-/g, " ")} `;
  const name = first.product.name.toLowerCase().replace(/-/g, " ");
  // (a name within the section's own name is the section's, "NPI" under Indonesian NPI, unless China's: "China's nickel pig
  // iron output fell" after an Indonesian NPI paragraph)
  const chinas = CHINA_LEAD_END_RE.test(text.slice(0, first.start));
  if (!chinas && !variant && (ownName.includes(` ${name} `) || ` ${name} `.includes(ownName))) return null;
  // (a first sentence naming other products' output too is a summary: "Copper cathode output is expected to fall 1.9% MoM; refined
  // zinc output to rise 1.3% MoM; crude stainless steel output to remain flat")
  const firstSentence = text.slice(0, text.search(/\.\s+(?=[A-Z])|$/));
  if (catalog.findInText(firstSentence).some((m) => m.product.id !== first.product.id && RUN_ON_OUTPUT_RE.test(firstSentence.slice(m.end)))) return null;
  return first.product;
}

/** A divider line that says the text under it is another release, quoted for comparison. */
const QUOTED_RELEASE_RE =
  /^[=*#~_-]{2,}.*\b(?:for comparison only|not part of this release|previous release|last month's release|earlier release|archived?)\b.*[=*#~_-]{2,}$/i;

const GROUP_HEADING_RE = /&|\b(?:chain|metals|materials|sector|sectors|industries|complex|minor|battery|new energy|ferroalloys|rare earths)\b/i;

const GENERIC_SUBHEADING =
  /^(?:outlook|overview|summary|forecast|forecasts|production|output|supply|analysis|market|review|data|details|highlights|key figures|key data|operating rates?|capacity|next month|looking ahead|by region|by product|by feedstock|by raw material|domestic|china|overseas|global|international|abroad)$/i;
const ADJECTIVAL: Record<string, string> = { indonesia: "Indonesian", china: "China", overseas: "Overseas", philippines: "Philippine", india: "Indian" };

/**
 * A short heading that is not a product of its own but a part of the text it sits in: a region
 * ("Indonesia" under NPI is Indonesian NPI; "Overseas" under aluminium is overseas aluminium), or a
 * generic label ("Outlook"), which keeps every product named so far in play.
 */
/** "Indonesia" + NPI -> Indonesian NPI, "overseas" + aluminium -> Overseas Aluminum, when the catalog has it. */
/** Whether a product's own name is of the country ("Indonesian NPI" of Indonesia). */
function countryOwnProduct(region: string, product: Product): boolean {
  const r = region.replace(/'s$/, "").trim().toLowerCase();
  const adj = (ADJECTIVAL[r] ?? r).toLowerCase();
  return ` ${product.name.toLowerCase()} `.includes(` ${adj} `);
}

function regionalProduct(region: string, product: Product, catalog: Catalog): Product | null {
  const r = region.replace(/'s$/, "").trim();
  const adj = ADJECTIVAL[r.toLowerCase()] ?? r;
  const p = catalog.matchHeading(`${adj} ${product.name}`) ?? catalog.resolve(`${adj} ${product.name}`)?.product ?? null;
  return p && p.id !== product.id ? p : null;
}

function subHeading(t: string, cur: Section, all: Section[], catalog: Catalog): Section | null {
  const words = t.trim().split(/\s+/);
  // ("May outlook", "Outlook for May": the generic label with the month it is about)
  const { generic, dated } = monthLabel(t);
  if (words.length > 2 && !(dated && GENERIC_SUBHEADING.test(generic))) return null;
  const isRegion = REGION_RE.test(t.toLowerCase()) && words.length <= 2;
  if (!GENERIC_SUBHEADING.test(generic) && !isRegion) return null;
  const known = all.filter((x) => x.product).flatMap((x) => x.products);
  const base = cur.product ?? known[known.length - 1] ?? null;
  if (base && (isRegion || /^(?:domestic|china|overseas|global|international|abroad)$/i.test(t.trim()))) {
    const adj = ADJECTIVAL[t.trim().toLowerCase()] ?? t.trim();
    for (const cand of [`${adj} ${base.name}`, `${t.trim()} ${base.name}`]) {
      const p = catalog.matchHeading(cand) ?? catalog.resolve(cand)?.product;
      if (p) return { heading: t, product: p, products: [p], footer: false, paragraphs: [] };
    }
  }
  const products = [...new Map(known.map((p) => [p.id, p])).values()];
  return { heading: t, product: base, products: products.length ? products : base ? [base] : [], footer: false, paragraphs: [] };
}

/** A month (and year) that opens or closes a generic label ("May outlook", "Outlook for May 2024", "Forecast: June"). */
// ("Outlook (June 2023)": the month in brackets too)
const MONTH_LABEL_RE = new RegExp(
  String.raw`^(?:${MONTH_RE_SRC})(?:\s+(?:19|20)\d{2})?\s+|:?\s+(?:for\s+)?(?:${MONTH_RE_SRC})(?:\s+(?:19|20)\d{2})?$|\s+\((?:${MONTH_RE_SRC})(?:\s+(?:19|20)\d{2})?\)$`,
  "i",
);

/**
 * A label's words without the month it is about, read once for the section splitter, its sub-headings and the block
 * labels: "### September outlook" -> "outlook" (dated), "Outlook for July 2024:" -> "outlook" (dated), "Overview" -> "overview".
 */
function monthLabel(t: string): { generic: string; dated: boolean } {
  const bare = t
    .trim()
    .replace(/^#+\s*/, "")
    .replace(/\s*:$/, "");
  const generic = bare.replace(MONTH_LABEL_RE, "");
  return { generic, dated: generic !== bare };
}

/** An outlook label over the lines under it: "### September outlook", "Outlook for July 2024", "August forecast", "Next month". */
function outlookLabel(t: string): boolean {
  const { generic, dated } = monthLabel(t);
  return (dated && /^(?:outlook|forecast|view)$/i.test(generic)) || /^next[- ]month(?:\s+outlook)?$/i.test(generic);
}
const MONTH_INSIDE_RE = new RegExp(`\\b${MONTH_RE_SRC}\\b`, "i");
const monthInside = (t: string): boolean => MONTH_INSIDE_RE.test(t);

/**
 * A paragraph's sentences, split once (the edition month and the figures both read them); shared, read-only.
 * `chat`: a chat's message, typed in lower case ("... YoY +9.8. dec f/c 1,180 kt" is two sentences).
 */
const SENTENCES = new WeakMap<Span, Span[]>();
const CHAT_SENTENCES = new WeakMap<Span, Span[]>();
/** The list items namedListItems made, with where their leading name ends (the space after it becomes a label's colon). */
const LIST_ITEMS = new WeakMap<Span, ListItem>();
/** Where a list item's leading name ends, the product it names, and the month of the list's label. */
interface ListItem {
  end: number;
  product: Product;
  label: MonthMention | null;
}
/** A list item's lead: a product's short name ("Cu", "HC FeCr", "Si metal"), then a figure or a direction word. */
const LIST_ITEM_RE =
  /^(\s*)([A-Za-z][A-Za-z0-9]*(?:[ -][A-Za-z0-9]+){0,2}?)\s(?=\s*(?:[-+~]?\d|(?:(?:back|again|further|still)\s+)?(?:up|down|flat|stable|unchanged)\b))/;

/**
 * "Apr f'casts: Cu -2.0% m/m; Al ~2.55Mt; Zn +3.0%; NPI 38.9kt Ni, +4.5%; SiMn down": a sentence of three or more
 * ";"-items each led by a product's short name (the first after a label) is read item by item, each the product it
 * names (not the section's), in the label's month.
 */
function namedListItems(ss: Span[], nameOf: (name: string) => Product | null): Span[] {
  if (!ss.some((x) => (x.text.match(/;/g) ?? []).length >= 2)) return ss;
  const out: Span[] = [];
  for (const sent of ss) {
    const parts: Span[] = [];
    let at = 0;
    for (const piece of sent.text.split(";")) {
      parts.push({ text: piece, start: sent.start + at, end: sent.start + at + piece.length });
      at += piece.length + 1;
    }
    const label = /^\s*[^:;]{2,40}:\s*/.exec(parts[0]?.text ?? "")?.[0].length ?? 0;
    // ("Apr f'casts:": the label's month dates every item)
    const labelMonth = label ? (monthMentions((parts[0]?.text ?? "").slice(0, label)).find((m) => m.role === "period") ?? null) : null;
    const named = parts.map((x, k): ListItem | null => {
      const m = LIST_ITEM_RE.exec(k === 0 ? x.text.slice(label) : x.text);
      const product = m ? nameOf(m[2] ?? "") : null;
      return m && product ? { end: (k === 0 ? label : 0) + (m[1] ?? "").length + (m[2] ?? "").length, product, label: labelMonth } : null;
    });
    if (parts.length < 3 || named.filter(Boolean).length < 3) {
      out.push(sent);
      continue;
    }
    parts.forEach((x, k) => {
      const n = named[k];
      if (n) LIST_ITEMS.set(x, n);
      out.push(x);
    });
  }
  return out;
}

/**
 * "May: Cu back up ~3%.": a sentence of a month's label and a product's short name before its figure or direction is
 * that product's (read as a list item), whatever the section's product.
 */
function labelledLead(sent: Span, nameOf: (name: string) => Product | null): ListItem | undefined {
  const label = /^\s*[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?\s*:\s*/.exec(sent.text)?.[0];
  if (!label) return undefined;
  const month = monthMentions(label).find((m) => m.role === "period");
  const m = month ? LIST_ITEM_RE.exec(sent.text.slice(label.length)) : null;
  const product = m ? nameOf(m[2] ?? "") : null;
  if (!m || !product) return undefined;
  return { end: label.length + (m[1] ?? "").length + (m[2] ?? "").length, product, label: month ?? null };
}

function sentencesOf(p: Span, chat = false): Span[] {
  const memo = chat ? CHAT_SENTENCES : SENTENCES;
  let r = memo.get(p);
  if (!r) memo.set(p, (r = sentences(p, chat)));
  return r;
}

// ------------------------------------------------------------------ edition

/** A title that names the edition: "December 2021 edition", "edition: June 2025", "Edition for May 2024". */
const EDITION_NAMED_RE = new RegExp(
  String.raw`\b(?:(?:${MONTH_RE_SRC})\.?\s+(?:19|20)\d{2}\s+edition\b|edition\s*(?::|for|of)?\s*(?:${MONTH_RE_SRC})\.?\s+(?:19|20)\d{2}\b|` +
    // a title line ending in its month: "SMM APT MONTHLY SNAPSHOT - JUNE 2025", "Production digest | May 2024"
    String.raw`(?:monthly|snapshot|digest|bulletin|review|report|update|round-?up)\s*[-–—:|]\s*(?:${MONTH_RE_SRC})\.?\s+(?:19|20)\d{2}[ \t]*(?=\r?\n|$))`,
  "i",
);

function detectEdition(text: string, sections: Section[], options: ParseReportOptions, issues: Issue[]): string | null {
  const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;
  if (options.edition !== undefined) {
    if (PERIOD.test(options.edition)) return options.edition;
    issues.push({ code: "edition-unknown", message: `--edition "${options.edition}" is not a YYYY-MM month` });
    return null;
  }
  // "Production Monthly - December 2021 edition", "Edition: June 2025": the text names its edition
  const named = EDITION_NAMED_RE.exec(text.slice(0, 400));
  if (named) {
    // (a title in capitals, "JUNE 2025", is read in title case)
    const m = monthMentions(named[0].toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()))[0];
    if (m?.year) {
      const k = makePeriod(m.year, m.month);
      const hint = fileEdition(options.fileName);
      if (hint && hint !== k)
        issues.push({
          code: "edition-conflict",
          message: `the text dates this edition ${k} but the file name says ${hint}; using the text (pass --edition to override)`,
        });
      return k;
    }
  }
  const withYear = new Map<string, number>();
  /** How many of those mentions name a month word with the year (not a year alone). */
  let monthWithYear = 0;
  const monthOnly = new Map<number, number>();
  for (const sec of sections) {
    if (sec.footer) continue;
    for (const p of sec.paragraphs) {
      for (const s of sentencesOf(p)) {
        if (!/\b(?:production|output|produced|supply|operating rate)\b/i.test(s.text)) continue;
        // a revision restates an earlier month ("SMM has revised October output to ..."): not the edition's
        if (/\b(?:revis(?:ed|es|ing|ion)|correct(?:ed|s|ing|ion))\b/i.test(s.text)) continue;
        // ("SMM: China's refined tin output to rise about 5% in January 2019": a headline's infinitive is a forecast)
        const future = isFutureText(maskPastExpect(s.text, () => " ")) || HEADLINE_INFINITIVE_RE.test(s.text);
        // a sentence that states a figure outweighs a heading that only names a month
        // ("Overview of ... production in February 2020" over "In March 2020, ... production was 743,700 tons")
        const weight = findFigures(s.text).length > 0 ? 2 : 1;
        for (const m of monthMentions(s.text)) {
          if (m.role === "compare" || m.role === "since") continue;
          // "SMM FLASH | 6 May 2022 | ...", "May 6, 2022": a date (of publication), not a month the figures are about
          if (
            /\b\d{1,2}(?:st|nd|rd|th)?\s+$/.test(s.text.slice(Math.max(0, m.start - 6), m.start)) ||
            /^[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/.test(s.text.slice(m.start, m.end + 6))
          )
            continue;
          if (future && m.role !== "range-end") continue;
          // ("still below the 14,900 mt produced in December 2019": the month of a figure compared with names no edition)
          if (COMPARED_LEVEL_BEFORE_MONTH_RE.test(s.text.slice(Math.max(0, m.start - 80), m.start))) continue;
          // "For the whole of 2025, SMM expects ...": a year's end read from a year alone names no edition
          if (future && !MONTH_WORD_RE.test(s.text.slice(m.start, m.end))) continue;
          if (m.year !== null) {
            const k = makePeriod(m.year, m.month);
            // (a year alone, "for full-year 2025", names no month: it never outweighs one)
            const monthWord = MONTH_WORD_RE.test(s.text.slice(m.start, m.end));
            withYear.set(k, (withYear.get(k) ?? 0) + (monthWord ? weight : 1));
            if (monthWord) monthWithYear++;
          }
          monthOnly.set(m.month, (monthOnly.get(m.month) ?? 0) + 1);
        }
      }
    }
  }
  const fileHint = fileEdition(options.fileName);
  const mode = <K>(m: Map<K, number>): K | null => {
    let best: K | null = null;
    let n = 0;
    for (const [k, c] of m) {
      // ties go to the month named first (the lead sentence states the edition)
      if (c > n) {
        best = k;
        n = c;
      }
    }
    return best;
  };
  const actualMonth = mode(monthOnly);
  // no actual-tense sentence names the year: the file name decides (the contract's rule), else the
  // actuals' month with the publication date's year or a forecast sentence's year (never the
  // forecast's own month: "output in January 2022 is likely to drop" in a November 2021 report)
  // (a year alone, "for the full year of 2024", names no month either: the file name still decides)
  if ((withYear.size === 0 || monthWithYear === 0) && fileHint) return fileHint;
  // nor with no file name: "June output ..." beside "the full year of 2024" is June of an unnamed year (any year's
  // June lies in some full year), so the year alone is no evidence for the actuals' month
  if (withYear.size > 0 && monthWithYear === 0 && actualMonth !== null) withYear.clear();
  if (withYear.size === 0 && actualMonth) {
    const pub = publicationDate(text);
    if (pub) return makePeriod(actualMonth <= pub.month ? pub.year : pub.year - 1, actualMonth);
    for (const sec of sections) {
      if (sec.footer) continue;
      for (const p of sec.paragraphs)
        for (const s of sentencesOf(p)) {
          const f = monthMentions(s.text).find((m) => m.year !== null && m.role !== "compare" && m.role !== "since");
          if (!f || f.year === null) continue;
          const ahead = (f.month - actualMonth + 12) % 12;
          if (ahead >= 1 && ahead <= 3) return makePeriod(actualMonth <= f.month ? f.year : f.year - 1, actualMonth);
        }
    }
  }
  if (withYear.size === 0) {
    // only sentences that also forecast name the year: the earliest month they name is the actuals'
    for (const sec of sections) {
      if (sec.footer) continue;
      for (const p of sec.paragraphs)
        for (const s of sentencesOf(p)) {
          if (!/\b(?:production|output|produced|supply|operating rate)\b/i.test(s.text)) continue;
          const ms = monthMentions(s.text).filter(
            (m) => m.year !== null && m.role !== "compare" && m.role !== "since" && MONTH_WORD_RE.test(s.text.slice(m.start, m.end)),
          );
          const first = ms.sort((a, b) => comparePeriods(makePeriod(a.year as number, a.month), makePeriod(b.year as number, b.month)))[0];
          if (first) withYear.set(makePeriod(first.year as number, first.month), (withYear.get(makePeriod(first.year as number, first.month)) ?? 0) + 1);
        }
    }
  }
  const textEdition = mode(withYear);
  // ("In December 2025, output jumped ... In January 2026, by contrast, production fell ..." in ...-2026-01.txt): two months
  // named as often, one of them the file name's: the file name breaks the tie
  if (textEdition && fileHint && textEdition !== fileHint && withYear.get(fileHint) === withYear.get(textEdition)) return fileHint;
  // ("In July 2019, EMM output fell ... In August, by contrast, output rebounded ..." in ...-2019-08.txt): the file name's month,
  // named more often than the one month dated with a year, a month or two before it, is the edition
  if (textEdition && fileHint && textEdition !== fileHint) {
    const ahead = comparePeriods(fileHint, textEdition) > 0 && comparePeriods(fileHint, addMonths(textEdition, 2)) <= 0;
    const fileMonth = Number(fileHint.slice(5, 7));
    const textMonth = Number(textEdition.slice(5, 7));
    if (ahead && (monthOnly.get(fileMonth) ?? 0) > (monthOnly.get(textMonth) ?? 0)) return fileHint;
  }
  // the title names the file name's month and year ("SMM Metal Production Data for March 2020 Released" in
  // ...-2020-03.txt): the two agree, and a year named deeper in the text does not outvote them
  if (textEdition && fileHint && textEdition !== fileHint && titleNames(text, fileHint)) return fileHint;
  if (textEdition) {
    // a section misdated a year off must not outvote: prefer the latest year for the top month
    const [y, mo] = textEdition.split("-").map(Number) as [number, number];
    const later = makePeriod(y + 1, mo);
    // (unless the file name agrees with the top month)
    let chosen = withYear.has(later) && fileHint !== textEdition ? later : textEdition;
    // the one sentence that names a year is about a later month ("Estimated China's January 2024 output is ...")
    // than the month the other statements keep naming ("China's December production was ..."): the edition is theirs
    if (actualMonth !== null && actualMonth !== mo && (monthOnly.get(actualMonth) ?? 0) > 2 * (monthOnly.get(mo) ?? 0)) {
      const ahead = (mo - actualMonth + 12) % 12;
      if (ahead >= 1 && ahead <= 2) chosen = makePeriod(actualMonth < mo ? y : y - 1, actualMonth);
    }
    // the one month the text dates with a year is the file's month a year before, and the text names the file's year too
    // ("Q3 2020 Review ... in September 2019 output stood at 235,000 mt"): a year-ago comparison, the file name stands
    if (fileHint && chosen === addMonths(fileHint, -12) && new RegExp(String.raw`\b${fileHint.slice(0, 4)}\b`).test(text)) return fileHint;
    if (fileHint && fileHint !== chosen)
      issues.push({
        code: "edition-conflict",
        message: `the text dates this edition ${chosen} but the file name says ${fileHint}; using the text (pass --edition to override)`,
      });
    return chosen;
  }
  if (fileHint) return fileHint;
  const month = mode(monthOnly);
  const pub = publicationDate(text);
  if (month && pub) {
    const year = month <= pub.month ? pub.year : pub.year - 1;
    return makePeriod(year, month);
  }
  issues.push({
    code: "edition-unknown",
    message: month
      ? `the report names the month (${monthName(month)}) but not the year, and the file name has no YYYY-MM: set the edition month (e.g. --edition ${new Date().getUTCFullYear()}-${String(month).padStart(2, "0")})`
      : "the edition month could not be found in the text or the file name: set it (--edition YYYY-MM)",
  });
  return null;
}

/** A level compared with, before the month it was produced in: "below the 14,900 mt produced in ", "than 3.1 million mt in ". */
const COMPARED_LEVEL_BEFORE_MONTH_RE =
  /\b(?:below|above|than|from|versus|vs\.?|against|compared (?:with|to))\s+(?:the\s+|its\s+)?(?:about\s+|around\s+)?[\d,.]+\s*(?:million\s+)?(?:mt|tonnes|tons|t)\s+(?:(?:produced|seen|recorded|reported|made|turned out)\s+)?(?:in|during)\s+$/i;

/** Whether the text's first line names the month and year of `period` ("... for March 2020 Released"). */
function titleNames(text: string, period: string): boolean {
  const title = text.trimStart().split(/\r?\n/, 1)[0] ?? "";
  return monthMentions(title).some((m) => m.year !== null && makePeriod(m.year, m.month) === period && MONTH_WORD_RE.test(title.slice(m.start, m.end)));
}

export function fileEdition(name: string | undefined): string | null {
  if (!name) return null;
  const base = name.split(/[\\/]/).pop() ?? name;
  const m = /(?:^|[^\d])((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])(?:[^\d]|$)/.exec(base);
  return m ? `${m[1]}-${m[2]}` : null;
}

function publicationDate(text: string): { year: number; month: number } | null {
  const re = new RegExp(`\\b(${MONTH_RE_SRC})\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b`);
  const m = re.exec(text.slice(0, 5000));
  if (m) {
    const mo = monthNumber(m[1] ?? "");
    if (mo) return { year: Number(m[3]), month: mo };
  }
  const iso = /\b((?:19|20)\d{2})-(0[1-9]|1[0-2])-(\d{2})\b/.exec(text.slice(0, 3000));
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]) };
  return null;
}

function resolvePeriod(m: MonthMention, edition: string): string {
  if (m.year !== null) return makePeriod(m.year, m.month);
  const ey = Number(edition.slice(0, 4));
  const em = Number(edition.slice(5, 7));
  // the year that puts the month closest to the edition (within -6..+5 months)
  let diff = m.month - em;
  if (diff > 5) diff -= 12;
  if (diff < -6) diff += 12;
  return addMonths(makePeriod(ey, em), diff);
}

const monthOf = (p: string): number => Number(p.slice(5, 7));
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const monthName = (m: number): string => MONTH_NAMES[m - 1] ?? String(m);
const formatMonthYear = (m: MonthMention | null): string => (m ? `${monthName(m.month)}${m.year ? ` ${m.year}` : ""}` : "another month");

// ------------------------------------------------------------------ attribution

/** A product's name words and its textNames (a catalog never changes a product: each list is made once per product and shared, read-only). */
const WORDS = new WeakMap<Product, string[]>();
const PHRASES = new WeakMap<Product, string[]>();
const words = (p: Product): string[] => {
  let w = WORDS.get(p);
  if (!w)
    WORDS.set(
      p,
      (w = p.name
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, " ")
        .trim()
        .split(/\s+/)
        .filter(Boolean)),
    );
  return w;
};
/** A grade before a name: "battery-grade ", "technical-grade ". */
const GRADE_NAME_RE = /^[a-z]+-grade\s+/;
const phrases = (p: Product): string[] => {
  let ph = PHRASES.get(p);
  if (!ph) {
    const own = [p.name.toLowerCase(), ...p.textNames.filter((t) => /^[a-z0-9 '-]+$/.test(t))];
    // ("battery-grade lithium carbonate" finds the product, but its grade is a part: not one of the product's own phrases)
    PHRASES.set(p, (ph = own.filter((t) => !GRADE_NAME_RE.test(t) || !own.includes(t.replace(GRADE_NAME_RE, "")))));
  }
  return ph;
};

/**
 * A product's id, name and aliases as segment slugs (made once per product, shared, read-only), and
 * the head noun a longer name adds to a shorter one ("ndfeb blank" after "ndfeb": "Blank output rose
 * 9.5%" is NdFeB's own; a modifier before it, "sintered ndfeb", may name a part and is not added).
 */
const OWN_NAMES = new WeakMap<Product, string[]>();
const PART_FORMS: ReadonlySet<string> = new Set(["oxide", "oxides", "alloy", "alloys", "metal", "metals"]);
const ownNamesOf = (p: Product): string[] => {
  let n = OWN_NAMES.get(p);
  if (!n) {
    const names = [p.id, p.name, ...p.aliases].map(slug);
    const all = [...new Set([...names, ...p.textNames.map(slug)])];
    const heads = all.flatMap((long) => all.filter((short) => short && long.startsWith(`${short}-`)).map((short) => long.slice(short.length + 1)));
    // (not a material's form, which names a part where a product has several: light rare earths' oxide, alloy, metal)
    OWN_NAMES.set(p, (n = [...names, ...heads.filter((h) => h && !h.includes("-") && !PART_FORMS.has(h))]));
  }
  return n;
};

/** The product a subject talks about: the section's, or the one it names when there is no section. */
/** The issue for a value outside its measure's plausible range: where it stands and the figure it would have been. */
/** The direction a stated change of output gives (SMM.TREND), a sentence's or a table row's: its sign, no magnitude. */
function figureTrend(o: Observation, order: number, doneLaterKey?: string): TrendDraft {
  return {
    product: o.product,
    segment: o.segment,
    period: o.period,
    basis: o.basis,
    direction: o.value > 0 ? "up" : o.value < 0 ? "down" : "flat",
    magnitude: "none",
    order,
    prov: o.provenance,
    rate: false,
    figure: true,
    ...(doneLaterKey !== undefined ? { doneLaterKey } : {}),
  };
}

/** A figure left out because it disagrees with others the edition states: the issue, at the figure's own statement. */
function contradictionIssue(o: Observation, message: string): Issue {
  const { section, sentence, start, end } = o.provenance;
  return { code: "contradiction", reason: "conflict", message, section, sentence, start, end, path: figureKey(o).split("|") };
}

function implausibleIssue(raw: string, why: string, section: string, sentence: string, at: { start: number; end: number }, path: Issue["path"]): Issue {
  return { code: "implausible", reason: "implausible", message: unusedMessage(raw, "implausible", why), section, sentence, start: at.start, end: at.end, path };
}

/** Between a change and the bare month it is compared with: " from ", " MoM versus ", " on the revised " (not " m-o-m fall was published on "). */
const BARE_BASE_GAP_RE =
  /^\s*(?:mt\s+)?(?:m-o-m\s+|mom\s+|m\/m\s+)?(?:(?:decline|drop|fall|decrease|rise|increase|gain|growth|jump|slide)\s+)?(?:from|than|over|versus|vs\.?|against|compared (?:with|to)|on|above|below)\s+(?:in\s+)?(?:the\s+)?(?:revised\s+|previous\s+|preliminary\s+|adjusted\s+)?(?:level (?:of|in)\s+)?$/i;
/** A headline's infinitive of output's move: "China's refined tin output to rise about 5% in January" (not "caused output to rise"). */
const HEADLINE_INFINITIVE_RE =
  /^(?:[^.:]*:\s*)?[^.,;:]*?(?<!\b(?:caused|led|pushed|drove|prompted|forced|helped|allowed)\s(?:[\w'’-]+\s){0,3})\b(?:output|production)\s+(?:seen\s+)?to\s+(?:rise|fall|increase|decrease|grow|decline|drop|climb|rebound|recover|ease|edge|slip|dip|hold|stay)\b/i;
/** "during this period", "over that period": a period named before. */
const THIS_PERIOD_RE = /\b(?:during|in|over|for|across|within) (?:this|that|the said) (?:period|span)\b/i;
/** A span of months of a year: "1H 2010", "the first half", "Q1", "the first ten months", "January to October", "Jan-Sep". */
const SPAN_OF_YEAR_RE = new RegExp(
  String.raw`\b(?:[1-4]Q|Q[1-4]|[12]H|H[12]|first (?:half|quarter|three quarters|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months)|(?:${MONTH_RE_SRC})\s*(?:to|through|-|–)\s*(?:${MONTH_RE_SRC}))\b`,
  "i",
);
/** After a product's name in a label, a clause: a verb in the past or an adverb ("plants restarted quickly", "bucked the trend"). */
const CLAUSE_AFTER_NAME_RE = new RegExp(String.raw`\b${CLAUSE_WORD_SRC}`, "i");
/** A cell holding a range of two numbers: "5.9-6.0 million mt", "50,000-54,000 mt", "1%-2%", "30,000 to 31,000 mt". */
const RANGE_CELL_RE = /^\s*(?:about|around|~)?\s*\d[\d,.]*\s*(?:%|mt|kt|t)?\s*(?:[-–—~]|to)\s*\d[\d,.]*\s*(?:million|mln)?\s*(?:%|mt|kt|t|tonnes|GW)?\s*$/i;
/** A two-column header naming rows of measures and their values, no month: "| Item | Value |", "| Indicator | Figure |". */
const LABEL_VALUE_HEADER_RE = /^\s*\|?\s*(?:items?|indicators?|metrics?|measures?)\s*\|\s*(?:values?|figures?|data|amounts?|levels?)\s*\|?\s*$/i;
/**
 * "- 31,650 mt — China's battery-grade manganese sulphate output in October" as "- China's ... output in October: 31,650 mt":
 * a bullet that opens on a number (a sign, digits, a unit of a few letters) and a dash, then a label with no figure of its
 * own. `map[i]` is the offset in the line of the rewritten text's offset i.
 */
function numberFirstLine(line: string): { text: string; map: number[] } | null {
  const m = NUMBER_FIRST_RE.exec(line);
  if (!m) return null;
  const [, lead = "", figure = "", dash = "", label = ""] = m;
  // ("- 61.2% — industry operating rate, up 3.1 percentage points MoM": the label's head, the number, then the label's rest)
  const comma = label.indexOf(",");
  const head = comma >= 0 ? label.slice(0, comma) : label;
  const rest = comma >= 0 ? label.slice(comma) : "";
  if (/\d/.test(head.replace(/\b(?:19|20)\d{2}\b/g, ""))) return null;
  const labelAt = lead.length + figure.length + dash.length;
  const text = `${lead}${head}: ${figure}${rest}`;
  const map: number[] = [];
  for (let i = 0; i < lead.length; i++) map.push(i);
  for (let i = 0; i < head.length; i++) map.push(labelAt + i);
  map.push(labelAt + head.length, labelAt + head.length);
  for (let i = 0; i < figure.length; i++) map.push(lead.length + i);
  for (let i = 0; i <= rest.length; i++) map.push(labelAt + head.length + i);
  return { text, map };
}
// ("24,650 mt — China's output in June 2022": a sidebar's line, with no bullet, too)
const NUMBER_FIRST_RE =
  /^(\s*(?:[-•*▪]\s+)?)([+\-−]?\d[\d,.]*(?:\s?(?:million|mln|bn|billion))?(?:\s?[%A-Za-z][A-Za-z/]{0,8})?)(\s+[—–-]\s+)([A-Za-z][^—–]*?)\s*$/;
/** "| Change from May | -2.1% |" as its label and value: "  Change from May : -2.1%  " (the same length, so offsets hold). */
/**
 * A label, a dash and its value: the dash as the text has it after normalising, a spaced hyphen too; what follows is a level,
 * a hedge or a direction, or a percentage with its change in brackets ("Operating rate - 76.3% (down 1.7 percentage
 * points)" is no fall of 76.3%).
 */
const DASH_LABEL_LINE_RE =
  /^(\s*[A-Z][A-Za-z'’/()-]*(?:\s+[A-Za-z'’/()-]+){0,3})\s[—–-]\s(?=(?:about|around|approximately|roughly|nearly|some|over|under|up|down|flat|~)\b|\d[\d,.]*\s*(?:million\s+|thousand\s+)?(?:mt|tonnes|tons|t|kt|GW)\b|\d[\d,.]*%\s*\()/;
/**
 * "Output — 4.865 million mt (down 2.1% MoM)", "Year on year – up 6.4%": a short line of a label, a dash and its value, read
 * as "label: value" (the same length: ":  " for " — ", so every offset stays the line's).
 */
function dashLabelLine(line: string): string {
  if (line.length > 120 || !/\s[—–-]\s/.test(line)) return line;
  const m = DASH_LABEL_LINE_RE.exec(line);
  return m ? `${m[1] ?? ""}:  ${line.slice((m[1] ?? "").length + 3)}` : line;
}
function labelValueRow(row: string): string {
  const m = /^(\s*)\|([^|]+)\|([^|]+)\|?(\s*)$/.exec(row);
  return m ? `${m[1]} ${m[2]}:${m[3]}${/\|\s*$/.test(row) ? " " : ""}${m[4]}` : row;
}
/** A speaker named by his post: "the production manager of a large smelter", "a trader". */
const SPEAKER_POST_SRC = String.raw`(?:the|a|an|one)\s+(?:[\w'’-]+\s+){0,4}?(?:manager|director|executive|official|chairman|trader|engineer|spokes(?:person|man|woman)|owner|boss|supervisor)\b`;
/**
 * A quote closed and attributed to a speaker: '"...," said Li Wei, Hengfeng's general manager' (the speaker not SMM); '"We
 * produced about 5,600 mt," said the production manager of a large smelter'; in single quotes too.
 */
const OTHER_SPEAKER_QUOTE_RE = new RegExp(
  String.raw`["”'’],?\s+(?:(?:said|says|added|adds|noted|told)\s+(?!SMM\b)(?:[A-Z][\w'’-]*|${SPEAKER_POST_SRC})|${SPEAKER_POST_SRC}\s+(?:said|says|added|adds|noted|told)\b)`,
);
/** A quote attributed to SMM's analyst: "..., said SMM analyst Li Wen", "SMM analyst Zhang Rui said". */
const SMM_QUOTED_RE =
  /\b(?:said|says|added|adds|noted|notes|explained)\s+(?:an?\s+)?SMM(?:'s)?\s+(?:[\w-]+\s+){0,2}?(?:analyst|researcher|expert)s?\b|\bSMM(?:'s)?\s+(?:[\w-]+\s+){0,2}?(?:analyst|researcher|expert)s?\s+(?:[A-Z][\w-]*\s+){0,3}(?:said|says|added|noted)\b|\b(?:said|says|added|adds|noted|notes|explained)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:analyst|researcher|expert|director|manager|head)\s+(?:at|with|of|from)\s+(?:SMM|Shanghai Metals Market)\b/;
/** "refined lead output", "China's lead output": lead named as a metal (not its smelters, prices or concentrate). */
const LEAD_METAL_RE = /\blead\b(?!\s+(?:smelters?|plants?|producers?|prices?|concentrates?))/i;
/** A forecast's word right after a month: "SMM's April forecast", "our May call". */
const CALL_WORD_AFTER_MONTH_RE = /^\s*(?:call|forecast|projection)s?\b/i;
/** "... a rebound of about 10% in EMM": the product named by an "in" phrase right after a figure (its phrase), else null. */
const IN_AFTER_RE = new RegExp(String.raw`^\s*(?:mt|%)?\s*(?:${BASE_ABBREV_SRC}\s+)?in\s+(?:the\s+)?`, "i");
/** A tonnage's "of" before a product's name: " tons of ", " mt of " (the unit is in the figure or right after it). */
/** ("9,647 mt in metal content of nickel sulphate": the content between the tonnage and its "of") */
const OF_AFTER_RE = /^\s*(?:(?:million\s+)?(?:mt|tonnes|tons|t)\s+)?(?:in\s+(?:metal|nickel|ni|physical)\s+(?:content|terms)\s+)?of\s+(?:the\s+)?/i;
/** What may follow a product's whole name after "of": a clause's end, its month, its verb ("of alumina, of which", "of silicon in June"). */
const AFTER_OF_NAME_RE = /^\s*(?:[,.;:(]|$|(?:in|during|for|was|were|and|up|down|last|this|an?)\b)/i;
function productAfter(s: string, end: number, mentionsIn: (s: string) => TextMatch[], tonnage = false): string | null {
  // ("SMM China produced 5.709 million tons of alumina": a tonnage "of" a product's whole name, nothing after the name)
  const of = tonnage ? OF_AFTER_RE.exec(s.slice(end, end + 50)) : null;
  const m = of ? null : IN_AFTER_RE.exec(s.slice(end, end + 24));
  const lead = m ?? of;
  if (!lead) return null;
  const from = end + lead[0].length;
  const first = mentionsIn(s.slice(from, from + 60))[0];
  if (of && first && !AFTER_OF_NAME_RE.test(s.slice(from + first.end))) return null;
  return first && first.start === 0 ? first.phrase : null;
}

/** A fronted "With ... ," cause before a clause about output: "With stainless steel mills cutting runs, ". */
const FRONTED_WITH_CAUSE_RE = /^\s*(?:With|Amid)\s+[^,;]{3,80}?,\s+(?=[^,;]*\b(?:output|production)\b)/;
function attribute(
  subject: string,
  sec: Section,
  mentionsIn: (s: string) => TextMatch[],
  article: Product | null,
  resolve?: (name: string) => Product | null,
  roundup = false,
  /** The sentence up to the figure (the clauses before the subject's). */
  before = "",
): { product: Product | null; why: string; other?: boolean } {
  // ("Chinese cobalt sulphate producers, encouraged by a pick-up in orders from makers of lithium cobalt oxide, produced":
  // an aside opened by a participle and "by" names the cause, not the subject; blanked, so offsets stay)
  if (subject.includes(",")) subject = subject.replace(PARTICIPLE_ASIDE_RE, (m) => " ".repeat(m.length));
  // ("With stainless steel mills cutting runs, SMM expects December metal-content output to drop" in the NPI section: a
  // fronted cause names no subject of the output after it; blanked, so offsets stay)
  if (subject.includes(",")) subject = subject.replace(FRONTED_WITH_CAUSE_RE, (m) => " ".repeat(m.length));
  const mentions = mentionsIn(subject);
  // "SMM reports China's silicon wafer production ...": a product outside the catalog, named after any catalog product
  const outside = outsideMentions(subject).pop();
  const lastNamed = mentions[mentions.length - 1];
  if (outside && outside.start >= (lastNamed?.start ?? 0) && outside.end > (lastNamed?.end ?? 0))
    return { product: null, other: true, why: `about ${outside.name}, which are not a product of the catalog` };
  // "SMM has lowered its July zinc forecast to 519,000 mt": a bare metal's name in "its <month> <metal> forecast" in the
  // subject's last clause, when no product of the catalog is named, is the product the catalog knows by that word (not
  // the section's)
  if (mentions.length === 0 && resolve) {
    const lastClause = subject.split(/[,;]/).pop() ?? "";
    const bareLed = /\b(?:its|their|our|the|SMM's)\s+(?:[A-Z][a-z]+\s+)?([a-z]+)\s+(?:forecast|estimate|outlook|projection)\b/
      .exec(lastClause)?.[1]
      ?.toLowerCase();
    const bareProduct = bareLed && bareLed !== "lead" && METAL_WORD_RE.test(bareLed) ? resolve(bareLed) : null;
    if (bareProduct && bareProduct.id !== sec.product?.id && !(sec.product && ` ${sec.product.name.toLowerCase()} `.includes(` ${bareLed} `))) {
      sec.current = bareProduct;
      return { product: bareProduct, why: "" };
    }
  }
  if (sec.products.length > 1) {
    // a section about several products: the one the subject names, else the one named last
    // a roundup: the product the subject names (any product), else the one named last
    const named = [...mentions].reverse().find((m) => sec.products.some((p) => p.id === m.product.id)) ?? mentions[mentions.length - 1];
    if (named) sec.current = named.product;
    // ("Primary Lead and Secondary Lead": "SMM expects primary producers to raise output by about 5%" names the product by the
    // word of its name the section's other products do not have)
    const byWord = named ? undefined : ownWordProduct(subject.split(/[,;]/).pop() ?? "", sec.products);
    if (byWord) sec.current = byWord;
    return { product: sec.current ?? sec.product, why: "" };
  }
  if (sec.product) {
    const own = sec.product;
    const inName = (p: Product): boolean => p.id === own.id || wordsWithin(p.name, own.name);
    // "China's domestic NPI output fell 6.7%" in the Indonesian NPI section: the product the section's is a
    // country's version of, in China, is another subject
    const china = CHINA_WORD_RE.test(subject);
    const base = mentions.find((m) => m.product.id !== own.id && inName(m.product));
    if (china && base && isCountryVersion(own)) return { product: null, other: true, why: `about China's ${base.product.name}, not ${own.name}` };
    // "Zinc smelters produced 398,600 mt last month" run on under Secondary Lead: a bare metal's name in the subject's
    // last clause that the section's product is not named by is another metal's figure ("lead" is mostly a verb)
    const bareHere = mentions.length === 0 ? otherBareMetal(subject, own) : undefined;
    if (bareHere) return { product: null, other: true, why: `the subject names ${bareHere}, not ${own.name}` };
    // ("Refined silver utilisation: 71.3%" under Silver Nitrate: in a compound's section, the metal's name counts as the
    // section's own only when its words are within it; "refined silver" is the metal's. Elsewhere, "primary aluminium
    // production outside China" under Overseas Aluminum is the section's)
    const compound = COMPOUND_NOUNS.has(
      own.name
        .toLowerCase()
        .split(/[\s-]+/)
        .pop() ?? "",
    );
    const phraseIn = (m: TextMatch): boolean => m.product.id === own.id || (inName(m.product) && (!compound || wordsWithin(m.phrase.trim(), own.name)));
    // ("output via causticisation of lithium carbonate fell" under Lithium Hydroxide: a feedstock named after "causticisation
    // of" or "made from" is not what the output is of)
    const named = mentions.filter((m) => !feedstockMention(subject, m));
    if (named.length === 0 || named.some(phraseIn)) return { product: own, why: "" };
    // ("Downstream, ferromolybdenum output dropped 18.5%" under Molybdenum Concentrate, "magnesium alloy output was 14,300 mt"
    // under Magnesium Ingot: another product named in full as the subject of its own output is that product's figure)
    const lastMention = mentions[mentions.length - 1];
    if (
      lastMention &&
      (OWN_OUTPUT_AFTER_NAME_RE.test(subject.slice(lastMention.end)) ||
        // ("..., while secondary lead rose 4.1%": another product named in full as a contrast clause's whole subject)
        (CONTRAST_CLAUSE_LEAD_RE.test(subject.slice(0, lastMention.start)) && CHANGE_VERB_AFTER_NAME_RE.test(subject.slice(lastMention.end))) ||
        // ("NPI in Indonesia, meanwhile, rose 6.2%": the sentence's subject, a discourse aside between it and its verb)
        (/^\s*(?:the\s+)?$/i.test(subject.slice(0, lastMention.start)) && ASIDE_THEN_CHANGE_RE.test(subject.slice(lastMention.end)))) &&
      // (not another article's headline in a list of related news: "2. Secondary Lead Output Rose 5.2% MoM in April")
      !HEADLINE_CASE_RE.test(subject) &&
      !METAL_WORD_RE.test(lastMention.phrase.trim()) &&
      // ("In July, China's NPI output came to 28,600 mt" under Refined Nickel: an acronym of three capitals names one product)
      (lastMention.phrase.trim().length > 3 || /^[A-Z]{3}$/.test(lastMention.phrase.trim()))
    )
      return { product: lastMention.product, why: "" };
    // ("China's copper cathode output rose 2.4% m-o-m in July while aluminium fell 1.1%": a product's bare name as the whole
    // subject of a "while" clause right after a change of output, the output's noun left out)
    if (
      lastMention &&
      mentions.length === 1 &&
      OUTPUT_CHANGE_BEFORE_WHILE_RE.test(before.slice(0, Math.max(0, before.search(/\b(?:while|whereas)\s+(?:china's\s+)?[a-z]+\s+\S+\s*$/i)))) &&
      WHILE_LEAD_RE.test(subject.slice(0, lastMention.start)) &&
      CHANGE_VERB_AFTER_NAME_RE.test(subject.slice(lastMention.end)) &&
      lastMention.phrase.trim().toLowerCase() !== "lead"
    )
      return { product: lastMention.product, why: "" };
    // naming only another product: a downstream or related product, not this section's figure
    const other = mentions[mentions.length - 1]?.product;
    return { product: null, other: true, why: `about ${other?.name ?? "another product"}, not ${sec.product.name}` };
  }
  // ("causticised output made from lithium carbonate fell" in a hydroxide item: a feedstock named after
  // "made from"/"converted from" is not what the output is of, and does not become the text's current product)
  // ("High-grade NPI, the type most stainless mills prefer, supplied 33,800 tonnes": another product's mills or makers after
  // the product named first are a remark's, not the figure's subject)
  const consumerMention = (m: TextMatch): boolean => m !== mentions[0] && CONSUMER_PLANTS_AFTER_RE.test(subject.slice(m.end, m.end + 24));
  const last = [...mentions].reverse().find((m) => !feedstockMention(subject, m) && !consumerMention(m));
  // ("High-grade NPI output rose 5.1% MoM" in an item about Indonesian NPI: the product a country's version is named after
  // stands for that version in its item, unless China is named)
  const item = sec.current ?? article;
  if (last && item && last.product.id !== item.id && wordsWithin(last.product.name, item.name) && isCountryVersion(item) && !CHINA_WORD_RE.test(subject))
    return { product: item, why: "" };
  if (last) {
    // ("Secondary lead producers, which depend on scrap batteries, raised output" in a primary lead item: another product's
    // plants are a remark of their own sentence; the item's subject stays what it was)
    // (in a round-up, "Ternary cathode material producers ran at 47.3%; output decreased 11.4%": the plants name the
    // paragraph's product)
    if (roundup || !(sec.current ?? article) || !PLANTS_AFTER_RE.test(subject.slice(last.end, last.end + 24))) sec.current = last.product;
    return { product: last.product, why: "" };
  }
  // ("SMM expects the alloy's output in August to hold" after a sentence about silicomanganese, in a ferrochrome item: a class
  // noun in a subject that names no product, when it fits the item's product, stands for it, not for the product named last)
  // (in a round-up, the paragraph's topic: "Polysilicon production, by contrast, edged down. The metal's output should rise" in
  // a paragraph about silicon metal)
  const target = roundup ? sec.topic : article;
  const anaphor = !sec.product && target ? [...subject.matchAll(CLASS_ANAPHOR_RE)].pop()?.[1] : undefined;
  if (target && anaphor && classNounFits(anaphor, target)) {
    sec.current = target;
    return { product: target, why: "" };
  }
  // "guidance: copper +1.8% m/m" under aluminium: a bare metal's name in the subject is another
  // product than the one carried over ("lead" is mostly a verb, so it does not count)
  const fallback = sec.current ?? article;
  // (only the subject's last clause, and only a whole word: "as nickel prices weighed, 200-series output" and
  // "high-nickel output" name no other metal)
  const bare = fallback ? otherBareMetal(subject, fallback) : undefined;
  // "• zinc 507.3kt, -1.2% m/m": a terse list's bullet led by a bare metal that is a catalog name (an alias) is that product's line
  const terse = /^\s*[-•*▪–]\s*([a-z][a-z-]*)\s*(?:output|production)?\s*$/i.exec(subject);
  const led = terse && resolve && terse[1] !== "lead" ? resolve(terse[1] ?? "") : null;
  if (led) {
    sec.current = led;
    return { product: led, why: "" };
  }
  if (fallback && bare) return { product: null, other: true, why: `the subject names ${bare}, not ${fallback.name}` };
  if (sec.current) return { product: sec.current, why: "" };
  if (article) return { product: article, why: "" };
  return { product: null, why: "no product named and no section heading" };
}

/**
 * A bare metal's name, as a whole word in the subject's last clause, that the product is not named by ("lead" is mostly
 * a verb): "Zinc smelters produced" under Secondary Lead names zinc.
 */
/** The one product of a section's several whose own word (a word of its name no other has: "primary", "secondary") the text has. */
function ownWordProduct(text: string, products: readonly Product[]): Product | undefined {
  const lower = ` ${text.toLowerCase()} `;
  const words = (p: Product): string[] => p.name.toLowerCase().split(/[\s-]+/);
  const hits = products.filter((p) =>
    words(p).some(
      (w) =>
        w.length > 3 &&
        !products.some((q) => q !== p && words(q).includes(w)) &&
        new RegExp(`(?<![a-z])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![a-z])`).test(lower),
    ),
  );
  return hits.length === 1 ? hits[0] : undefined;
}

/** A metal's name right before one of these is a price's, a stock's or a feedstock's, no product's ("weaker nickel prices"). */
const METAL_MODIFIES_RE = new RegExp(String.raw`^(?:${NOT_OUTPUT_NOUNS}|ores?|futures|market)$`);
const otherBareMetal = (subject: string, product: Product): string | undefined => {
  const words = (subject.split(/[,;]/).pop() ?? "").toLowerCase().match(/[a-z][a-z-]*/g) ?? [];
  return words.find((w, i) => w !== "lead" && METAL_WORD_RE.test(w) && foreignMetalPart(w, product) && !METAL_MODIFIES_RE.test(words[i + 1] ?? ""));
};

/** Plant nouns right after a product's name: "Secondary lead producers", "zinc smelters". */
const PLANTS_AFTER_RE = /^\s+(?:producers|smelters|plants|makers|manufacturers|refineries|enterprises)\b/i;
/** Plants that use a product, after its name: " mills", " makers", " buyers" ("stainless mills", "cathode makers"). */
const CONSUMER_PLANTS_AFTER_RE = /^\s*(?:steel\s+)?(?:mills|makers|manufacturers|buyers|users|consumers)\b/i;

/** For an article without headings: the product it talks about most. */
function dominantProduct(text: string, catalog: Catalog, sections: Section[]): Product | null {
  // (a page's trailing tag lines, "Production data / Nickel", are headings with nothing under them)
  if (sections.some((s) => s.product && s.paragraphs.some((p) => /\d/.test(p.text) && p.text.length > 40))) return null;
  const counts = new Map<string, { p: Product; n: number }>();
  for (const m of catalog.findInText(text.slice(0, 200_000))) {
    // ("Xing'an Silver Lead will start routine maintenance": a metal's name inside a company's capitalised name is no mention)
    if (/^[A-Z]/.test(text.slice(m.start, m.end)) && /(?<![.!?:\n]\s*)\b[A-Z][\w'’-]*\s+$/.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    // (or one that a company's suffix follows after at most two more capitalised words, "Silver Lead Smelting", at a sentence's start too)
    if (/^[A-Z]/.test(text.slice(m.start, m.end)) && inCompanyName(text.slice(m.end, m.end + 50))) continue;
    const c = counts.get(m.product.id);
    if (c) c.n++;
    else counts.set(m.product.id, { p: m.product, n: 1 });
  }
  // "China's tin output", "nickel production": a bare metal before an output noun names its refined product,
  // when the item names no product of the catalog in prose
  if (counts.size === 0)
    for (const m of text.slice(0, 200_000).matchAll(BARE_METAL_OUTPUT_RE)) {
      const p = catalog.resolve(m[1] ?? "")?.product;
      if (!p) continue;
      const c = counts.get(p.id);
      if (c) c.n++;
      else counts.set(p.id, { p, n: 1 });
    }
  const sorted = [...counts.values()].sort((a, b) => b.n - a.n);
  const top = sorted[0];
  if (!top) return null;
  // an item about silicon wafers that mentions solar cells in passing is about no catalog product
  if (outsideMentions(text.slice(0, 200_000)).length >= 2 * top.n) return null;
  const second = sorted[1];
  if (!second || top.n >= 2 * second.n) return top.p;
  // no clear favourite: the product the text names first (its title or first sentence)
  return catalog.findInText(text.slice(0, 2000))[0]?.product ?? null;
}

/** The product whose name is the product's with its last word replaced by `word` ("magnesium alloy" + "ingot": magnesium ingot), or null. */
function siblingProduct(catalog: Catalog, product: Product, word: string): Product | null {
  const ws = product.name.toLowerCase().split(/[\s-]+/);
  if (ws.length < 2) return null;
  const name = [...ws.slice(0, -1), word].join(" ");
  const other = catalog.resolve(name);
  // (the other product's own name, not an alias: "pv eva" is an alias of PV-grade EVA, and EVA film is PV film)
  return other && !other.segment && other.product.id !== product.id && other.product.name.toLowerCase().replace(/-/g, " ") === name ? other.product : null;
}

/** A part named "<the product's metal> <another compound>" ("cobalt-chloride" of Cobalt Sulphate): its name, or null. */
function otherCompound(product: Product, segment: string): string | null {
  const own = product.name.toLowerCase().split(/[\s-]+/);
  const ws = segment.split("-");
  const last = ws[ws.length - 1] ?? "";
  const ownLast = own[own.length - 1] ?? "";
  if (ws.length > 2 || !COMPOUND_NOUNS.has(last) || !COMPOUND_NOUNS.has(ownLast) || last === ownLast) return null;
  return ws.length === 1 || ws[0] === own[0] ? ws.join(" ") : null;
}

/** " Lead Smelting in Inner Mongolia": the capitalised words after a name end in a company's suffix (the lexicon's), so the name is a company's. */
function inCompanyName(after: string): boolean {
  const toks = lex(after);
  for (let k = 0; k < Math.min(3, toks.length); k++) {
    const t = toks[k] as Token;
    if (!/^[A-Z]/.test(t.text)) return false;
    if (has(t, TAGS.companySuffix) || COMPANY_NAME_ENDS.has(t.text)) return true;
  }
  return false;
}

function segmentFromOverride(item: string, product: Product): string {
  const info = readSubject(item, words(product), phrases(product));
  // ("secondary crude lead": a list item that spells the product's name around its part reads as a subject would)
  const again = info.segment || readSubject(`${item} production`, words(product), phrases(product)).segment;
  if (again) return again;
  // ("primary lead in China", "primary lead enterprises": the product's own name with words that name no part is the product)
  const lower = item.toLowerCase();
  if (phrases(product).some((ph) => ph.length > 2 && new RegExp(`(?:^|[^a-z0-9-])${ph.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![a-z0-9-])`).test(lower)))
    return "";
  return slug(item);
}

/** A subject's metric noun followed by "there" ("output there", "operating rates there"). */
const THERE_SUBJECT_RE = /\b(?:output|production|rates?|utili[sz]ation|capacity)\s+there\b/i;

/** "in 2023", "since 2022": the sentence dates something in a year before `year`. */
function namesEarlierYear(s: string, year: number): boolean {
  for (const m of s.matchAll(/\b(?:in|since|during|of) ((?:19|20)\d{2})\b/g)) if (Number(m[1]) < year) return true;
  return false;
}

/** Where the clause around an offset ends (";" or ", and/but/while"): a forecast named in a later clause is not this figure's tense. */
function clauseEndOf(s: string, at: number): number {
  for (const m of s.matchAll(/;|,\s*(?:and|but|while|whereas)\b|\b(?:while|whereas)\b/gi)) if (m.index > at) return m.index;
  return s.length;
}

/**
 * "physical 445kt", "physical: 110.5 kt", "physical about 145,000 mt": a bare content word right before a figure names its
 * content, over a content named elsewhere in the clause or the subject ("31,900 mt Ni content; physical about 145,000 mt").
 */
const physicalRightBefore = (s: string, start: number): boolean =>
  /\bphysical\s*:?\s*(?:~\s*|(?:about|around|approximately|roughly)\s+)?$/i.test(s.slice(Math.max(0, start - 24), start));

/** "; in physical terms it dropped ": a content fronted at the start of the figure's clause, before its subject. */
const FRONTED_CONTENT_RE =
  /(?:^|[;.]\s*|,\s*(?:while|but|and|whereas)\s+)(?:in|on an?)\s+(physical|metal|nickel)(?:[- ]content)?\s+(?:terms|content|basis|tonnage)\s*,?\s+[^;.,\d]*$/i;
const frontedContent = (s: string, start: number): "physical" | "metal" | null => {
  const m = FRONTED_CONTENT_RE.exec(s.slice(Math.max(0, start - 90), start));
  return m ? (m[1]?.toLowerCase() === "physical" ? "physical" : "metal") : null;
};
/** "the metal content fell by the same percentage": the metal content's change is the physical one's. */
const METAL_MOVED_ALIKE_RE = /\b(?:metal|nickel|ni)[- ]content\b[^.;]{0,40}\bby the same (?:percentage|rate|proportion|margin)\b/i;
/** A clause that names the physical content as its subject and states no tonnage before the figure at its end. */
// ("NPI output in physical content fell 5.3% MoM": the content after the noun too)
const PHYSICAL_SUBJECT_BEFORE_RE =
  /(?:^|[.;:]\s|,\s)[^.;:,\d]*\b(?:physical(?:[- ]content)?\s+(?:output|production|tonnage)|(?:output|production)\s+in\s+physical(?:[- ](?:content|terms|tonnes))?)\b[^.;:\d]*$/i;
/** A clause's words for the metal content ("nickel content", "in metal terms") and the physical ("physical-content"): one spelling. */
const METAL_NAMED_SRC = String.raw`(?:metal|nickel|ni)[- ]content|in (?:metal|nickel) terms`;
// ("up by 9% m-o-m but down by 17% y-o-y in actual tonnage": the physical tonnage, beside a level restated "in Ni metal")
const PHYSICAL_NAMED_SRC = String.raw`(?:physical[- ](?:content|terms|tonnage|tonnes|tons|quantity|basis)|actual (?:tonnage|tonnes|tons))`;
// ("On a physical-content basis, output fell 7.48%": the content hyphenated, or "basis")
const METAL_NAMED_RE = new RegExp(String.raw`\b(?:${METAL_NAMED_SRC})\b|\bon an? (?:metal|nickel)(?:[- ]content)? basis\b`);
const PHYSICAL_NAMED_RE = new RegExp(String.raw`\b${PHYSICAL_NAMED_SRC}\b`);
/** A list of changes' tail naming the physical tonnage: "in actual tonnage", "in physical terms". */
const PHYSICAL_TAIL_RE = new RegExp(String.raw`\bin ${PHYSICAL_NAMED_SRC}\b`, "i");
/** Where each is named, the physical one captured. */
const CONTENT_NAMED_AT_RE = new RegExp(String.raw`\b(?:(?:in )?(?:${METAL_NAMED_SRC}))\b|\b((?:in )?${PHYSICAL_NAMED_SRC})\b`, "g");

/** The nickel content basis named in the clause of a figure ("fell 2.82% ... to 662,000 mt in physical content"). */
function clauseContent(s: string, start: number, end: number): "metal" | "physical" | null {
  // the figure's own unit or words right after it: "10,300 metal tons", "9,900 tons of metal", "44,500 tons in kind"
  const own = s.slice(start, end).toLowerCase();
  if (/\b(?:metal|nickel)[- ](?:tonnes?|tons?|mt)\b/.test(own)) return "metal";
  if (/\bphysical[- ](?:tonnes?|tons?|mt)\b/.test(own)) return "physical";
  const after = contentAfter(s, end);
  if (after) return after;
  if (physicalRightBefore(s, start)) return "physical";
  // the clause: from the last cut before the figure to the first one after it
  let a = 0;
  let b = s.length;
  for (const m of s.matchAll(/;|,\s*(?:while|whereas|but|and its|and)\b|\bwhile\b|\bwhereas\b/gi)) {
    if (m.index < start) a = m.index;
    else if (m.index >= end) {
      b = m.index;
      break;
    }
  }
  const clause = s.slice(a, b).toLowerCase();
  const metal = METAL_NAMED_RE.test(clause);
  const physical = PHYSICAL_NAMED_RE.test(clause);
  if (metal !== physical) return metal ? "metal" : "physical";
  if (!metal) return null;
  // "30,100 mt in nickel content, with physical tonnage of 365,200 mt": both named; the figure's own is the nearer
  let best: { d: number; c: "metal" | "physical" } | null = null;
  for (const m of clause.matchAll(CONTENT_NAMED_AT_RE)) {
    const at = a + m.index;
    const d = at >= end ? at - end : at + m[0].length <= start ? start - (at + m[0].length) : 0;
    // ("31.8 kt in metal content in March (physical content 144.5 kt), up 14.0% MoM": a content inside a bracket closed
    // before the figure is the bracket's figure's)
    const open = s.lastIndexOf("(", at);
    if (at < start && open >= a && !s.slice(open, at).includes(")") && s.slice(at, start).includes(")")) continue;
    // a marker right after another figure ("30,100 mt in nickel content") belongs to that figure
    const own = at >= end && at - end <= 2;
    if (!own && /^\s*in\b/.test(m[0]) && /\d[\d,.]*\s*(?:mt|tonnes|t)\s*$/i.test(s.slice(Math.max(a, at - 20), at))) {
      // ... and so does a change attached to that figure after it ("318,000 mt in physical content, up 3.9%"), unless the
      // figure is the second of a pair ("28,900 mt in metal content and 131,400 mt in physical content, down 6.1%": the
      // product's change)
      const level = /\d[\d,.]*\s*(?:mt|tonnes|t)\s*$/i.exec(s.slice(a, at));
      const attached =
        at + m[0].length <= start &&
        ATTACHED_CHANGE_GAP_RE.test(s.slice(at + m[0].length, start)) &&
        !/\b(?:metal|nickel|ni|physical)\s+(?:content|terms)\b/i.test(s.slice(a, a + (level?.index ?? 0)));
      if (!attached) continue;
    }
    if (!best || d < best.d) best = { d, c: m[1] ? "physical" : "metal" };
  }
  return best?.c ?? null;
}

// ------------------------------------------------------------------ post-processing

/** A table cell holding a level and, in brackets, its change in %: "29,400 (-7.7%)". */
const LEVEL_WITH_CHANGE_CELL_RE = /^\s*(?:about\s+|~\s*)?[\d,.]+\s*\(\s*([+\-−]?\d+(?:\.\d+)?\s*%)\s*\)\s*$/;

/** A bare number in a table cell whose column heading gives the unit ("Output (kt)" | "612.4"). */
function bareFigure(text: string, unit: Column["unit"]): Figure | null {
  const m = /^([+\-−]?)(?:about|approx\.?|around|~)?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$/i.exec(text.trim());
  if (!m || !unit) return null;
  const n = Number((m[2] ?? "").replace(/,/g, ""));
  if (!Number.isFinite(n)) return null;
  const scale = unit === "kt" ? 1000 : unit === "10kt" ? 10000 : unit === "Mt" ? 1_000_000 : 1;
  const unitClass: UnitClass = unit === "%" ? "pct" : unit === "pp" ? "pp" : "mt";
  const lead = text.length - text.trimStart().length;
  return {
    start: lead,
    end: lead + text.trim().length,
    raw: `${text.trim()} ${unit === "Mt" ? "million mt" : unit}`,
    // ("2.03" million mt: 2,030,000, not 2,029,999.9999999995)
    value: scale === 1 ? n : Number((n * scale).toPrecision(12)),
    unitClass,
    explicitSign: m[1] === "+" ? 1 : m[1] ? -1 : 0,
    hedge: /^(?:about|approx|around|~)/i.test(text.trim().replace(/^[+\-−]/, "")) ? "approx" : "exact",
  };
}

/** Half a unit of the last digit printed ("4.38%" -> 0.00005, "44,400 mt" -> 0.5), in stored units. */
function halfUnit(o: Observation, raw: string | undefined): number {
  const num = /(\d[\d,]*)(?:\.(\d+))?/.exec(raw ?? "");
  if (!num) return 0;
  const decimals = num[2]?.length ?? 0;
  const digits = (num[1] ?? "0").replace(/,/g, "");
  const printed = Number(`${digits}.${num[2] ?? "0"}`);
  const scale = printed === 0 ? 1 : Math.abs(o.value) / printed;
  // "50,000 mt" is rounded to its trailing zeros ("over 50,000 mt" and "50,500 mt" agree)
  const zeros = decimals === 0 && printed >= 1000 && (o.unit === "mt" || o.unit === "mt/year") ? Math.min(3, /0+$/.exec(digits)?.[0].length ?? 0) : 0;
  return 0.5 * 10 ** (zeros - decimals) * scale;
}

/**
 * The same figure stated more than once in one text. A statement that names the product outranks
 * one that does not (the weaker reading is dropped). Among equals, values that agree to rounding
 * are one figure (the first kept); values that disagree, with no "revised" marking the later one,
 * are a conflict: the figure is left out (#N/A) and the issue quotes both statements.
 */
/** A status "as of early <next month>" gives way to the month's own statement of the same figure ("operating capacity at the end of October"). */
function preferDirectStatus(obs: Observation[]): Observation[] {
  const statusNext = (o: Observation): boolean => o.evidence?.review?.includes("status-next-month") ?? false;
  if (!obs.some(statusNext)) return obs;
  const direct = new Set(obs.filter((o) => !statusNext(o)).map(figureKey));
  return obs.filter((o) => !statusNext(o) || !direct.has(figureKey(o)));
}

/**
 * An e-mail reply restates a figure of the message it quotes: the reply's statement stands, the quoted
 * one is left out (the newer figure wins; an issue says which was superseded). A figure only the
 * quoted message states stays.
 */
function supersedeQuoted(obs: Observation[], isQuoted: (o: Observation) => boolean, issues: Issue[]): Observation[] {
  if (!obs.some(isQuoted)) return obs;
  const own = new Set(obs.filter((o) => !isQuoted(o)).map(figureKey));
  return obs.filter((o) => {
    if (!isQuoted(o) || !own.has(figureKey(o))) return true;
    issues.push({
      code: "superseded",
      reason: "other-time",
      message: `${figureKey(o).replace(/\|/g, " ")}: "${o.provenance.sentence.trim()}" is in the message the reply quotes; the reply's own figure is kept`,
      section: o.provenance.section,
      sentence: o.provenance.sentence,
      start: o.provenance.start,
      end: o.provenance.end,
      path: figureKey(o).split("|"),
    });
    return false;
  });
}

/**
 * "Pr-Nd oxide output to be little changed, with alloy output edging up 2%": a one-word part ("alloy")
 * that ends the name of exactly one part of the same product the edition states in full ("pr-nd-alloy")
 * is that part (figures and trends are renamed in place).
 */
function completeShortParts(obs: Observation[], trends: { product: string; segment: string }[]): void {
  const parts = new Map<string, Set<string>>();
  for (const o of obs) if (o.segment) (parts.get(o.product) ?? parts.set(o.product, new Set()).get(o.product))?.add(o.segment);
  const full = (product: string, seg: string): string | null => {
    // (a place is its own part: "mongolia" is no "inner-mongolia")
    if (!seg || seg.includes("-") || lex(seg).some((tk) => has(tk, TAGS.country | TAGS.province))) return null;
    const all = [...(parts.get(product) ?? [])];
    const longer = all.filter((x) => x.endsWith(`-${seg}`));
    if (longer.length !== 1) return null;
    // (only where the prefix was left out as shared with a sibling part just named: "pr-nd-oxide ... alloy" is
    // "pr-nd-alloy"; "rod" beside "recycled-copper-rod" is a part of its own)
    const prefix = (longer[0] as string).slice(0, -seg.length);
    return all.some((x) => x !== longer[0] && x.startsWith(prefix)) ? (longer[0] as string) : null;
  };
  for (const o of obs) o.segment = full(o.product, o.segment) ?? o.segment;
  for (const t of trends) t.segment = full(t.product, t.segment) ?? t.segment;
}

/** Words that introduce a part of the total just stated: "including 5.91 million mt of", "of which ... was". */
const INCLUDING_BEFORE_RE = /\b(?:including|included|includes|of which)\b[^\d.;]*$/i;

/**
 * Of two levels of one product that disagree, the earlier one when the later is smaller, introduced by
 * "including" / "of which" in the same sentence or the next ("This included 5.9 million mt of
 * metallurgical-grade alumina"), and named by one of the catalog's qualified names of the product
 * (QUALIFIED_NAMES): a broader total around the product's own figure. Null otherwise (a part the catalog
 * does not know as the product itself, "of which refined secondary lead", stays a conflict).
 */
function includedIn(stated: readonly Observation[], raws: ReadonlyMap<Observation, string>): Observation[] | null {
  const first = stated[0];
  if (!first) return null;
  const qualified = QUALIFIED_NAMES[first.product];
  if (!qualified || first.segment !== "" || !MEASURE_INFO[first.measure].level || first.measure.startsWith("operating_rate")) return null;
  // two values, each stated once or more (a title, a lead and the body repeat them): the larger a total around the smaller
  const values = [...new Set(stated.map((o) => o.value))];
  if (values.length !== 2) return null;
  const [big, small] = (values[0] as number) > (values[1] as number) ? values : [values[1], values[0]];
  const containers = stated.filter((o) => o.value === big);
  const included = stated.filter((o) => o.value === small);
  const introduced = included.some((b) => {
    const raw = raws.get(b);
    const at = raw ? b.provenance.sentence.indexOf(raw) : -1;
    if (at < 0 || !INCLUDING_BEFORE_RE.test(b.provenance.sentence.slice(0, at))) return false;
    const near = b.provenance.sentence.slice(Math.max(0, at - 60), at + (raw?.length ?? 0) + 60).toLowerCase();
    if (!qualified.some((q) => near.includes(q))) return false;
    return containers.some(
      (a) =>
        a.provenance.sentence === b.provenance.sentence ||
        (/^\s*(?:this|it|that|the total)\s+(?:included|includes|including)\b/i.test(b.provenance.sentence) &&
          b.provenance.start > a.provenance.start &&
          b.provenance.start - a.provenance.end < 400),
    );
  });
  return introduced ? containers : null;
}

function settleConflicts(obs: Observation[], named: ReadonlySet<Observation>, raws: ReadonlyMap<Observation, string>, issues: Issue[]): Observation[] {
  const groups = new Map<string, Observation[]>();
  for (const o of obs) {
    const k = figureKey(o);
    const g = groups.get(k);
    if (g) g.push(o);
    else groups.set(k, [o]);
  }
  const drop = new Set<Observation>();
  const inferred = (o: Observation): boolean => !named.has(o) && (o.evidence?.review?.includes("distant-subject") ?? false);
  // "Lead Output Dropped 2.69% in August" over "down 0.75% from July and 2.69% from a year ago": a percentage whose base was
  // only inferred (read as MoM) that another statement of the frame gives with a base of its own is that figure restated
  const based = new Map<string, Observation[]>();
  for (const o of obs) {
    if (o.measure !== "yoy" || o.evidence?.review?.includes("inferred-basis")) continue;
    const k = frameKey(o);
    const list = based.get(k);
    if (list) list.push(o);
    else based.set(k, [o]);
  }
  const restated = (o: Observation): boolean =>
    o.measure === "mom" &&
    !!o.evidence?.review?.includes("inferred-basis") &&
    (based.get(frameKey(o)) ?? []).some((y) => y.value === o.value && y.provenance.sentence !== o.provenance.sentence);
  // "product|section" where three or more outputs the product was only inferred for disagree: the section
  // lists other products under names the catalog does not know, so none of its inferred figures stands (three
  // operating rates that disagree are more often a list of provinces)
  const doubtful = new Map<string, string>();
  for (const [k, g0] of groups) {
    if (g0.length < 2) continue;
    const g = g0.some(restated) && !g0.every(restated) ? g0.filter((o) => !restated(o)) : g0;
    for (const o of g0) {
      if (g.includes(o)) continue;
      drop.add(o);
      issues.push({
        code: "unused-number",
        reason: "duplicate-number",
        message: unusedMessage(raws.get(o) ?? String(o.value), "duplicate-number", "the same percentage is stated with its YoY base elsewhere"),
        section: o.provenance.section,
        sentence: o.provenance.sentence,
        start: o.provenance.start,
        end: o.provenance.end,
      });
    }
    if (g.length < 2) continue;
    // a reading whose product was only inferred (a multi-product section, a headingless article) is
    // weaker than one that names the product; a statement inside the product's own section is not
    const strong = g.some((o) => !inferred(o)) ? g.filter((o) => !inferred(o)) : g;
    // values agree when one is the other rounded to the digits it prints ("about 8%" and "7.9%"),
    // or one is a bound the other meets ("over 50,000 mt" and "50,500 mt")
    const bound = (b: Observation, v: Observation): boolean =>
      (b.hedge === "over" && Math.abs(v.value) >= Math.abs(b.value)) || (b.hedge === "under" && Math.abs(v.value) <= Math.abs(b.value));
    // ... or a hedged round figure near an exact one ("Down Nearly 20% MoM" in a title, "down 18.3% MoM" in the body: within a tenth)
    const near = (a: Observation, b: Observation): boolean =>
      a.hedge === "approx" &&
      b.hedge === "exact" &&
      titleLike(a.provenance.sentence) &&
      Math.sign(a.value) === Math.sign(b.value) &&
      Math.abs(a.value - b.value) <= 0.1 * Math.abs(b.value) + 1e-12;
    const agree = (a: Observation, b: Observation): boolean =>
      bound(a, b) ||
      bound(b, a) ||
      near(a, b) ||
      near(b, a) ||
      Math.abs(a.value - b.value) <= Math.max(halfUnit(a, raws.get(a)), halfUnit(b, raws.get(b))) + 1e-12;
    const first = strong[0] as Observation;
    // a correction after every other statement wins even when it does not name the product itself ("correction - May
    // zinc output was 512.9kt, not 521.9kt" in a chat, after the message that named refined zinc)
    const latest = g.reduce((a, b) => (b.provenance.start > a.provenance.start ? b : a));
    if (!strong.includes(latest) && CORRECTION_RE.test(latest.provenance.sentence) && !agree(first, latest)) {
      for (const o of g) if (o !== latest) drop.add(o);
      continue;
    }
    // an inferred statement that agrees with the named one is the same figure ("14.6%" in the body under a
    // title's "down nearly 15%"): it joins the named ones, where the most precise of them stands
    const agreeing: Observation[] = [];
    // ("with a total planned production of 50.84GW" beside "their production in China ... 49.23GW": a total that
    // disagrees with the named figure leaves both in doubt, and both are left out)
    const totalAgainst = g.some((o) => !strong.includes(o) && !agree(first, o) && statesTotal(o, raws.get(o)));
    for (const o of g) {
      if (strong.includes(o)) continue;
      if (agree(first, o)) {
        agreeing.push(o);
        continue;
      }
      if (totalAgainst) continue;
      drop.add(o);
      issues.push(
        contradictionIssue(
          o,
          `${k.replace(/\|/g, " ")}: "${raws.get(o) ?? o.value}" in a statement that does not name the product disagrees with "${raws.get(first) ?? first.value}" in one that does; the named one is kept`,
        ),
      );
    }
    const disagree = totalAgainst ? g.filter((o) => !agree(first, o)) : strong.filter((o) => !agree(first, o));
    if (!disagree.length) {
      // the readings agree: the most precise one stands ("2,299.893 mt" over "exceeded 2,000 mt",
      // "18.7%" over a headline's "19%", "about 45.13 million mt" over "45 million mt"), an exact figure over a hedged one as precise
      const rank = (o: Observation): number => halfUnit(o, raws.get(o)) * (o.hedge === "exact" ? 1 : 1.000001) + (o.hedge === "exact" ? 0 : 1e-15);
      const all = [...strong, ...agreeing];
      const best = all.reduce((a, b) => (rank(b) < rank(a) ? b : a));
      for (const o of all) if (o !== best) drop.add(o);
      continue;
    }
    // a later statement that corrects the figure wins ("revised to", "sorry, typo: 4.2% not 2.4%", "should read +22.3%"),
    // even one that does not name the product itself
    const stated = totalAgainst ? [...g] : [...strong, ...agreeing];
    const last = stated.reduce((a, b) => (b.provenance.start > a.provenance.start ? b : a));
    if (CORRECTION_RE.test(last.provenance.sentence)) {
      for (const o of stated) if (o !== last) drop.add(o);
      continue;
    }
    // "alumina output was 6.12 million mt, including 5.91 million mt of metallurgical grade alumina": the smaller level
    // that "including" / "of which" introduces names the product itself (the catalog's full name); the one before is a
    // broader total, left out
    const containers = includedIn(stated, raws);
    if (containers) {
      for (const container of containers) {
        drop.add(container);
        issues.push({
          code: "unused-number",
          reason: "other-subject",
          message: `"${raws.get(container) ?? container.value}" is a total that includes the product's own figure stated after it ("including" / "of which"); the included figure is kept`,
          section: container.provenance.section,
          sentence: container.provenance.sentence,
          start: container.provenance.start,
          end: container.provenance.end,
        });
      }
      // (the included figure, stated more than once, stands once: the most precise of its statements)
      const kept = stated.filter((o) => !containers.includes(o));
      for (const o of kept.slice(1)) drop.add(o);
      continue;
    }
    for (const o of stated) drop.add(o);
    if (first.measure === "output" && stated.every(inferred) && new Set(stated.map((o) => o.provenance.sentence)).size >= 3)
      doubtful.set(`${first.product}|${first.provenance.section}`, k);
    const quote = (o: Observation): string => quoteStatement(o, raws);
    issues.push({
      code: "conflict",
      reason: "conflict",
      message: `${k.replace(/\|/g, " ")} is stated with different values: ${[first, ...disagree].map(quote).join(" and ")}; left out (#N/A)`,
      section: first.provenance.section,
      sentence: first.provenance.sentence,
      start: first.provenance.start,
      end: first.provenance.end,
      path: k.split("|"),
    });
  }
  for (const o of obs) {
    const why = doubtful.get(`${o.product}|${o.provenance.section}`);
    if (!why || drop.has(o) || !inferred(o)) continue;
    drop.add(o);
    issues.push(
      contradictionIssue(
        o,
        `${figureKey(o).replace(/\|/g, " ")}: "${raws.get(o) ?? o.value}" is left out: the section does not name ${o.product}, and the figures read for it there disagree (${why.replace(/\|/g, " ")})`,
      ),
    );
  }
  return drop.size ? obs.filter((o) => !drop.has(o)) : obs;
}

/**
 * A headline: no full stop at its end, most of its words capitalised ("... Production Schedule Down Nearly 20% MoM").
 * (precision.ts's titleCase asks another question: is a window of a sentence in title case, names aside? There a
 * capitalised word the lexicon does not know is a name; here, in a whole headline, it is one of the title's words.)
 */
function titleLike(sentence: string): boolean {
  const t = sentence.trim();
  if (t.length > 220 || /[.!?]$/.test(t)) return false;
  const words = t.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w) && !/^(?:and|of|the|for|in|on|a|an|to|by|or|at|as|vs)$/.test(w));
  return words.length >= 4 && words.filter((w) => /^[A-Z]/.test(w)).length >= 0.7 * words.length;
}

/** A figure as printed and the sentence it is in (cut at 160 characters), for an issue's message. */
function quoteStatement(o: Observation, raws: ReadonlyMap<Observation, string>): string {
  const s = o.provenance.sentence;
  return `"${raws.get(o) ?? o.value}" in "${s.length > 160 ? `${s.slice(0, 157)}...` : s}"`;
}

/**
 * A change in tonnes must agree with the two levels the edition states around it: "expected to increase by more than
 * 10,000 mt" beside a forecast of 269,000 mt after a month of 262,200 mt cannot be the same change (6,800 mt). When the
 * month's level and the month before's are both stated, the tonnage change is kept only if their difference meets it
 * ("over": at least nine tenths of it; "under": at most a tenth above it; else within a sixth or the rounding of the
 * levels); otherwise it is left out (the levels stay) and an issue quotes both.
 */
function settleLevelChanges(obs: Observation[], raws: ReadonlyMap<Observation, string>, issues: Issue[]): Observation[] {
  const levels = new Map<string, Observation>();
  for (const o of obs) if (o.measure === "output") levels.set(`${o.product}|${o.segment}|${o.period}|${o.basis}`, o);
  const drop = new Set<Observation>();
  for (const o of obs) {
    if (o.measure !== "mom_chg") continue;
    // (the month's level on the change's own basis, the month before's as stated: an actual)
    const here = levels.get(`${o.product}|${o.segment}|${o.period}|${o.basis}`);
    const before = levels.get(`${o.product}|${o.segment}|${addMonths(o.period, -1)}|actual`);
    if (!here || !before) continue;
    const d = here.value - before.value;
    const c = o.value;
    const slack = Math.max(halfUnit(here, raws.get(here)) + halfUnit(before, raws.get(before)), Math.abs(c) / 6);
    const ok =
      o.hedge === "over"
        ? Math.sign(d) === Math.sign(c) && Math.abs(d) >= 0.9 * Math.abs(c)
        : o.hedge === "under"
          ? Math.sign(d) === Math.sign(c) || d === 0
            ? Math.abs(d) <= 1.1 * Math.abs(c)
            : false
          : Math.abs(d - c) <= slack;
    if (ok) continue;
    drop.add(o);
    issues.push(
      contradictionIssue(
        o,
        `${o.product}${o.segment ? `:${o.segment}` : ""} ${o.period}: the change "${raws.get(o) ?? o.value}" disagrees with the levels ${raws.get(before) ?? before.value} and ${raws.get(here) ?? here.value}; the change is left out, the levels stay`,
      ),
    );
  }
  return drop.size ? obs.filter((o) => !drop.has(o)) : obs;
}

/**
 * A level must agree with the month before's level and its stated % change: "low-grade NPI ... will likely rise 2.22% to
 * 73,700 mt" after a month of 7,200 mt cannot be (7,200 x 1.0222 is about 7,360). When the edition states all three
 * (the month before's level as an actual), a level off by a power of ten (a slipped digit) is left out with an issue, and
 * the change stays. Smaller disagreements are left alone: a change on a daily-average basis or against a revised month
 * differs from the levels' without either being wrong.
 */
function settleLevelPercents(obs: Observation[], raws: ReadonlyMap<Observation, string>, issues: Issue[]): Observation[] {
  const key = (o: Observation, period = o.period, basis: string = o.basis): string => `${o.product}|${o.segment}|${period}|${basis}`;
  const levels = new Map<string, Observation>();
  const moms = new Map<string, Observation>();
  for (const o of obs) {
    if (o.implied) continue;
    if (o.measure === "output") levels.set(key(o), o);
    else if (o.measure === "mom") moms.set(key(o), o);
  }
  const drop = new Set<Observation>();
  for (const here of levels.values()) {
    const mom = moms.get(key(here));
    const before = levels.get(key(here, addMonths(here.period, -1), "actual"));
    if (!mom || !before || before.value <= 0 || (here.hedge !== "exact" && here.hedge !== "approx")) continue;
    const ratio = here.value / (before.value * (1 + mom.value));
    const power = ratio > 0 ? Math.log10(ratio) : 0;
    if (Math.round(power) === 0 || Math.abs(power - Math.round(power)) > 0.02) continue;
    drop.add(here);
    issues.push(
      contradictionIssue(
        here,
        `${here.product}${here.segment ? `:${here.segment}` : ""} ${here.period}: the level "${raws.get(here) ?? here.value}" disagrees with the month before's ${raws.get(before) ?? before.value} and the change "${raws.get(mom) ?? mom.value}" by a power of ten (a slipped digit); the level is left out, the change stays`,
      ),
    );
  }
  return drop.size ? obs.filter((o) => !drop.has(o)) : obs;
}

/**
 * A change in tonnes and its percentage must describe the same change: "up 4.1%" with "+3.67 million
 * mt" from a month of 3.53 million mt cannot both be true. For a frame with both (MoM with the month
 * before's output in the edition, or either base with the frame's own output), the tonnes over the
 * base output must be the percentage within a factor of two (rounding of "about 4%" stays far inside
 * that; changes under 1% are not checked). When they are not, and the tonnage is more than four
 * times off, the tonnage is the misread one (a wrong column, a unit, a level read as a change) and
 * is left out; otherwise both are (#N/A). The issue quotes both.
 */
function settleUnequalChanges(obs: Observation[], raws: ReadonlyMap<Observation, string>, issues: Issue[]): Observation[] {
  const at = new Map<string, Observation>();
  for (const o of obs) if (!at.has(figureKey(o))) at.set(figureKey(o), o);
  const get = (o: Observation, measure: Measure, period = o.period, basis: Basis = o.basis): Observation | undefined =>
    at.get(figureKey({ product: o.product, segment: o.segment, period, basis, measure }));
  const drop = new Set<Observation>();
  for (const pct of obs) {
    if (pct.measure !== "mom" && pct.measure !== "yoy") continue;
    const chg = get(pct, pct.measure === "mom" ? "mom_chg" : "yoy_chg");
    if (!chg || Math.abs(pct.value) < 0.01) continue;
    const own = get(pct, "output");
    const before =
      pct.measure === "mom" ? (get(pct, "output", addMonths(pct.period, -1), "actual") ?? get(pct, "output", addMonths(pct.period, -1))) : undefined;
    const base = own ? own.value - chg.value : before?.value;
    if (base === undefined || base <= 0) continue;
    const ratio = chg.value / base / pct.value;
    if (ratio >= 0.5 && ratio <= 2) continue;
    const misread = ratio < 0.25 || ratio > 4 ? [chg] : [chg, pct];
    for (const o of misread) drop.add(o);
    const quote = (o: Observation): string => quoteStatement(o, raws);
    issues.push(
      contradictionIssue(
        chg,
        `${figureKey(chg).replace(/\|/g, " ")} ${quote(chg)} is not the ${quote(pct)} of an output of ${Math.round(base).toLocaleString("en-US")} mt; ${misread.length === 1 ? "the tonnage is" : "both are"} left out (#N/A)`,
      ),
    );
  }
  return drop.size ? obs.filter((o) => !drop.has(o)) : obs;
}

/** "sorry, typo: 4.2% not 2.4%", "should read +22.3%, not +32.2% (swapped digits)": the right number, then the wrong one. */
/** Words that open a correction of a number stated earlier ("sorry, typo:", "should read"). */
const CORRECTION_CUE_SRC = String.raw`typo|correction|corrected|erratum|should read|should be|swapped|oops|sorry`;
const CORRECTION_CUE_RE = new RegExp(String.raw`\b(?:${CORRECTION_CUE_SRC})\b`, "i");
const CORRECTION_PAIR_RE = new RegExp(
  String.raw`\b(?:${CORRECTION_CUE_SRC})\b[^.\n]{0,60}?([+-]?\d[\d,]*(?:\.\d+)?)\s*(%|mt|t|tonnes|pp)?\s*,?\s*(?:not|instead of|rather than)\s+([+-]?\d[\d,]*(?:\.\d+)?)\s*(%|mt|t|tonnes|pp)?`,
  "gi",
);

/** "Correction: our 10:20 entry gave the YoY decline as 9.4%. The correct figure is 19.4%": the wrong number, then the right. */
const CORRECTION_GAVE_RE = new RegExp(
  String.raw`\b(?:${CORRECTION_CUE_SRC})\b[^.\n]{0,80}?\b(?:gave|put|said|reported|stated|showed)\b[^.\n]{0,60}?\bas\s+([+-]?\d[\d,]*(?:\.\d+)?)\s*(%|mt|t|tonnes|pp)?[.;]?\s+[Tt]he\s+(?:correct|right|actual)\s+(?:figure|number|value|reading)\s+(?:is|was)\s+([+-]?\d[\d,]*(?:\.\d+)?)\s*(%|mt|t|tonnes|pp)?`,
  "gi",
);

/**
 * A correction in the text ("sorry, typo: 4.2% not 2.4%", "LFP y/y should read +22.3%, not +32.2%")
 * replaces the wrong number where it was stated before: the figure printed as the wrong number
 * takes the right one's size (and keeps its own sign: "-2.4% m/m" corrected to 4.2% is -4.2%). When
 * the correction names products, only their figures; when the wrong number was stated more than once,
 * every statement of it is left out instead (#N/A). An issue says what was corrected.
 */
function applyCorrections(
  obs: Observation[],
  raws: ReadonlyMap<Observation, string>,
  text: string,
  orig: (i: number) => number,
  mentionsIn: (s: string) => readonly TextMatch[],
  issues: Issue[],
): Observation[] {
  if (!CORRECTION_CUE_RE.test(text)) return obs;
  const num = (x: string): number => Number(x.replace(/[+,-]/g, ""));
  const replaced = new Map<Observation, Observation | null>();
  // ("Correction: our 10:20 entry gave the YoY decline as 9.4%. The correct figure is 19.4%.": the same pair, the wrong
  // number first)
  const pairs: { index: number; said: string; right: string; wrong: string; unit: string }[] = [
    ...[...text.matchAll(CORRECTION_PAIR_RE)].map((m) => ({ index: m.index, said: m[0], right: m[1] ?? "", wrong: m[3] ?? "", unit: m[2] ?? m[4] ?? "" })),
    ...[...text.matchAll(CORRECTION_GAVE_RE)].map((m) => ({ index: m.index, said: m[0], right: m[3] ?? "", wrong: m[1] ?? "", unit: m[4] ?? m[2] ?? "" })),
  ];
  for (const m of pairs) {
    const right = num(m.right);
    const wrong = num(m.wrong);
    if (!Number.isFinite(right) || !Number.isFinite(wrong) || right === wrong) continue;
    const at = orig(m.index);
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    const lineEnd = text.indexOf("\n", m.index);
    const products = new Set(mentionsIn(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd)).map((x) => x.product.id));
    const pct = m.unit === "%" || m.unit === "pp";
    const candidates = obs.filter((o) => {
      const raw = raws.get(o);
      if (!raw || o.provenance.start >= at || replaced.has(o)) return false;
      if (products.size && !products.has(o.product)) return false;
      const printed = /([+-]?\d[\d,]*(?:\.\d+)?)/.exec(raw);
      return !!printed && num(printed[1] ?? "") === wrong && /%|pp|percentage/.test(raw) === pct;
    });
    if (candidates.length === 0) continue;
    const one = candidates.length === 1 ? (candidates[0] as Observation) : null;
    for (const o of candidates)
      replaced.set(o, one ? { ...o, value: Math.round((Math.sign(o.value) || 1) * Math.abs(o.value) * (right / wrong) * 1e10) / 1e10 } : null);
    issues.push({
      code: "contradiction",
      reason: "conflict",
      message: one
        ? `"${m.wrong}" was corrected to "${m.right}" later in the text ("${m.said.trim()}"); the corrected number is read`
        : `"${m.wrong}" was corrected to "${m.right}" later in the text ("${m.said.trim()}"), and it was stated more than once; left out (#N/A)`,
      sentence: m.said,
      start: at,
      end: orig(m.index + m.said.length),
    });
  }
  if (!replaced.size) return obs;
  const out: Observation[] = [];
  for (const o of obs) {
    const r = replaced.has(o) ? replaced.get(o) : o;
    if (r) out.push(r);
  }
  return out;
}

/**
 * The word that shows a part's name is no part's ("power-curbs-hold", "later-resumed", "was", "around", "jan-24",
 * "month-end"): words left over from a clause or a time; null for a name that may be a part.
 */
/**
 * Adjectives of a level that name no part alone ("to keep elevated operating rates"); "high" and "low" alone are
 * grades where the product has them ("high-NPI output", "low NPI output": high-grade, low-grade), else no part.
 */
const LEVEL_ADJECTIVE_PARTS = new Set(["higher", "lower", "strong", "weak", "elevated", "stable", "steady", "full", "normal", "record"]);

function notAPartName(segment: string, product: string): string | null {
  if (!segment) return null;
  if (LEVEL_ADJECTIVE_PARTS.has(segment)) return segment;
  if ((segment === "high" || segment === "low") && !HIGH_LOW_GRADED.has(product)) return segment;
  if (segment === "month-end" || /(?:^|-)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-\d{2}$/.test(segment)) return segment;
  return segment.split("-").find((w) => NOT_A_PART_NAME_WORDS.has(w)) ?? null;
}

/**
 * A name that is another with one letter wrong, missing or extra in one of its words ("cobalt-sulpuate" for
 * "cobalt-sulphate"): same words otherwise, the word at fault at least five letters long.
 */
function misspelt(a: string, b: string): boolean {
  const wa = a.split("-");
  const wb = b.split("-");
  if (wa.length !== wb.length || a === b) return false;
  let off = 0;
  for (let i = 0; i < wa.length; i++) {
    const x = wa[i] as string;
    const y = wb[i] as string;
    if (x === y) continue;
    if (++off > 1 || Math.min(x.length, y.length) < 5 || !oneEditApart(x, y)) return false;
  }
  return off === 1;
}
/** Two words one substitution, insertion or deletion apart. */
function oneEditApart(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x.length === y.length) return x.slice(i + 1) === y.slice(i + 1);
  return x.length > y.length ? x.slice(i + 1) === y.slice(i) : x.slice(i) === y.slice(i + 1);
}

/** "diverged from the operating trend of ", "unlike ", "compared with the ": a product set against the sentence's subject follows. */
const CONTRAST_BEFORE_RE =
  /\b(?:diverged?|diverging|differed|different|unlike|than|versus|vs\.?|compared (?:with|to)|in contrast to|as opposed to)\b(?:\s+from)?\s+(?:[\w-]+\s+){0,5}$/i;

/** "a total (planned) production of 50.84GW": the statement gives the whole product's figure. */
function statesTotal(o: Observation, raw: string | undefined): boolean {
  const at = raw ? o.provenance.sentence.indexOf(raw) : -1;
  return (
    at > 0 &&
    /\b(?:total|overall)\s+(?:planned\s+|scheduled\s+)?(?:production|output)\s+(?:of|at|was|is|will be)\s*(?:about|around|approximately)?\s*$/i.test(
      o.provenance.sentence.slice(0, at),
    )
  );
}

/** Between a tonnage and the product it is of: " tonnes of ", " mt of refined ". */
const OF_PRODUCT_AFTER_RE = /^\s*(?:mt|tonnes|tons|t|kt)?\s+of\s+(?:the\s+)?/i;

/**
 * "Yunnan's output rose ..., and SMM puts the province's May production at 41,500 mt": "the province's" is the one province
 * the sentence named before it (none when it named two or none).
 */
function provinceAnaphor(subject: string, before: string): string {
  const ref = /\bthe (?:province|region)['’]s\b/i.exec(subject);
  if (!ref) return subject;
  const named = new Set([...before.toLowerCase().matchAll(new RegExp(REGION_RE.source, "gi"))].map((m) => (m[1] ?? "").replace(/['’]s$/, "")));
  const [only] = named;
  return named.size === 1 && only ? `${subject.slice(0, ref.index)}${only}'s${subject.slice(ref.index + ref[0].length)}` : subject;
}

/**
 * "Pr-Nd oxide (" before the figures in a bracket: the name before the bracket is the subject of its output (a subject
 * with no bracket open at its end is returned as it is).
 */
function bracketSubject(subject: string): string {
  const open = subject.lastIndexOf("(");
  if (open < 0 || subject.indexOf(")", open) >= 0) return subject;
  const name = subject.slice(0, open);
  // (the words right before the bracket, after the last label or clause break, must be a name: not "n/a", not a number)
  const last = name.slice(Math.max(name.lastIndexOf(":"), name.lastIndexOf(";")) + 1).trim();
  return /^[A-Za-z][\w -]{1,40}$/.test(last) && !/^n\/?a$/i.test(last) && !/\b(?:output|production)$/i.test(last) ? `${name.trimEnd()} output ` : subject;
}

/** A forecast label right after a month: "Dec f'cast", "Jan est.", "July view". */
const FORECAST_LABEL_AFTER_MONTH_RE = new RegExp(String.raw`^\s*${MONTH_FORECAST_LABEL_SRC}(?![\w])`, "i");

/** A statement that corrects an earlier one. */
const CORRECTION_RE =
  // ("Output was up 4.6% YoY, not 4.1% as first posted.": the figure a post replaced)
  /\b(?:revised|revision|corrected|correction|restated|typo|erratum|should read|swapped digits)\b|\b(?:lowered|raised|cut|trimmed|lifted)\s+(?:its|the|our)\s+(?:[\w-]+\s+){0,3}(?:forecast|estimate|outlook|projection)\b|\bnot\s+[\d.,]+\s*(?:%|mt|tonnes|percentage points?|pp)?,?\s+as\s+(?:first|originally|earlier|previously|initially)\s+(?:posted|reported|published|stated|given|written|shown)\b/i;

/** A list's field labelled by a month: "- November: expected at 22,000 mt", "* Next month: ...". */
const NAME_LIST_MONTH_FIELD_RE = new RegExp(String.raw`^\s*(?:[-•*▪–]|\d{1,2}[.)])\s*(?:${MONTH_RE_SRC}|next month)\s*:`, "i");

/** A part's name that is a month ("end-october", "mid-december", "october"): a time, no part. */
const MONTH_PART_RE = /(?:^|-)(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:-|$)/;

/** Words a label uses for the data itself, not a part of the product ("all SMM figures:", "Key numbers:", "Revision:"). */
const NOT_A_PART_LABEL =
  /^(?:.*-)?(?:figures?|data|numbers?|summary|highlights?|details?|notes?|update|snapshot|overview|stats|statistics|points|commentary|comments?|remarks?|views?|takeaways?|sources?|smm|glance|brief|recap|key-points|revisions?|corrections?|errat(?:um|a)|date|ytd|cumulative|done|finished|final|ready|confirmed|official|preliminary|open|close|stories|headlines|news|briefing|morning|today)$/;

/** "... than in December-February": a comparison with a span of months. */
const COMPARED_FIGURE_RE = new RegExp(
  String.raw`^\s*(?:above|below|higher than|lower than|more than|less than|up from|down from|from)\s+(?:(?:${MONTH_RE_SRC})(?:\s+(?:19|20)\d{2})?'s\s+(?:[\d,.]+|level|figure|output|total|volume)|(?:the\s+|its\s+)?(?:[\d,.]+\s*(?:million\s+|thousand\s+)?(?:mt|tonnes|t|GW)|level|figure|output|total|volume)\s+(?:of|in|for|seen in|recorded in|produced in|reported in|posted in|made in)\s+(?:${MONTH_RE_SRC})(?:\s+(?:19|20)\d{2})?|the\s+(?:${MONTH_RE_SRC})(?:\s+(?:19|20)\d{2})?\s+(?:level|figure|output|total|volume))(?:\s+(?:of\s+)?(?:last year|a year (?:earlier|ago|before)|the (?:previous|prior) year))?`,
  "i",
);
const CHANGE_ON_LABEL_RE = new RegExp(
  String.raw`^\s*[-•*▪–]?\s*(?:change|chg\.?|growth|difference)\s+(?:on|vs\.?|versus|against|from|over|compared (?:with|to))\s+(?:${MONTH_RE_SRC})(?:\s+(?:19|20)\d{2})?\s*:\s*[^:]*$`,
  "i",
);

/** A change against the month it names: the month before is MoM, the same month a year earlier YoY, another month neither (null). */
function measureAgainst(measure: Measure, period: string, against: string): Measure | null {
  const kind = against === addMonths(period, -1) ? "mom" : against === addMonths(period, -12) ? "yoy" : null;
  if (!kind) return null;
  if (measure.startsWith("operating_rate_")) return `operating_rate_${kind}`;
  return measure.endsWith("_chg") ? `${kind}_chg` : kind;
}

/** A tonnage's content, then a bracket opened before a change: "in physical content (down ", "in nickel content (+". */
const CONTENT_THEN_BRACKET_RE =
  /\b(metal|nickel|ni|physical)\s+(?:content|terms|tonnage)\s*\(\s*(?:(?:up|down|a|an|rise|fall|increase|decrease|of|by|about)\s+)*[+-]?$/i;

/** Between a level and the change attached to it: " in November, ", " mt, up ", " (", " or ", ", an increase of about ". */
const ATTACHED_CHANGE_GAP_RE =
  /^\s*(?:mt|tonnes|t)?\s*(?:(?:in|during)\s+[A-Z][a-z]+(?:\s+\d{4})?\s*)?[,(]?\s*(?:or\s+|up\s+|down\s+|(?:an?\s+)?(?:increase|decrease|rise|fall|drop|gain|decline)\s+of\s+)?(?:by\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?[+-]?$/i;

/** A subject written as a title, its output noun capitalised: "2. Secondary Lead Output Rose ". */
const HEADLINE_CASE_RE = /\b[A-Z][a-z]+\s+(?:Output|Production)\b/;
/** A product's name followed by its own output noun and the verb of the figure: " output dropped ", " output was ", " production rose by ". */
/**
 * The one product the clause before a figure's clause (cut by ";") makes the subject of the figure's measure, when the
 * figure's own clause names none: "The operating rate of secondary lead smelters reached 52.7% last week; over the month
 * the operating rate averaged 49.8%".
 */
// ("China's NPI output in physical content was 702,000 mt, down 3.1% m-o-m, while metal content came to 30,900 mt" under
// refined nickel: a ", while" clause too)
function productOfClauseBefore(
  s: string,
  start: number,
  metric: Metric | null,
  mentionsIn: (s: string) => TextMatch[],
  own: Product | null = null,
): Product | null {
  const contrast = [...s.slice(0, start).matchAll(/,\s+(?:while|whereas)\s/gi)].pop();
  const cut = Math.max(s.lastIndexOf(";", start), contrast?.index ?? -1);
  if (cut < 0 || mentionsIn(s.slice(cut, start)).length > 0) return null;
  const prev = s.slice(s.lastIndexOf(";", cut - 1) + 1, cut);
  const noun = metric === "oprate" ? RATE_NOUN_RE : metric === "production" ? OUTPUT_NOUN_RE : null;
  if (!noun?.test(prev) || !noun.test(s.slice(cut, start))) return null;
  const ids = new Set(mentionsIn(prev).map((m) => m.product.id));
  const other = ids.size === 1 ? (mentionsIn(prev)[0]?.product ?? null) : null;
  // ("India's alumina output rose 6.2% y/y ..., while Australia's output fell 3.1%" under overseas alumina: a product whose
  // name is within the section's is the section's own)
  return other && own && wordsWithin(other.name, own.name) ? null : other;
}
/** Are a name's words, whole, among another name's ("NPI" within "Indonesian NPI"; hyphens read as spaces)? */
function wordsWithin(inner: string, outer: string): boolean {
  const words = (x: string): string => ` ${x.toLowerCase().replace(/-/g, " ")} `;
  return words(outer).includes(words(inner));
}
const RATE_NOUN_RE = /\b(?:operating|utili[sz]ation|run)\s+rates?\b|\bcapacity utili[sz]ation\b/i;
const OUTPUT_NOUN_RE = /\b(?:output|production|(?:metal|physical|nickel) content)\b/i;

/** A "with" adjunct after a main clause: ", with capacity utilisation at ", ", with the operating rate at ". */
const WITH_ADJUNCT_RE = /,\s*with\s/i;

/** "By series, ...", "Broken down by grade, ...": a sentence that splits output by a dimension. */
const BY_DIMENSION_LEAD_RE = new RegExp(String.raw`^\s*(?:broken down\s+)?by\s+${DIMENSION_SRC}\s*,`, "i");

/** ", and SMM sees ", ", and we expect ": SMM's own outlook clause after "and". */
const SMM_OUTLOOK_CLAUSE_RE = new RegExp(String.raw`,\s+and\s+(?:SMM|we)\s+(?:${EXPECT_VERB_STEMS_SRC})s?\b`, "i");

/** " m-o-m in July while ": a "while" that opens the clause, after the previous figure's words (no comma needed). */
const WHILE_LEAD_RE = /\b(?:while|whereas)\s+(?:china's\s+)?$/i;
/** "... copper cathode output rose 2.4%": a change of output stated right before the figure's clause. */
const OUTPUT_CHANGE_BEFORE_WHILE_RE =
  /\b(?:output|production)\s+(?:rose|fell|increased|decreased|grew|dropped|declined|climbed|slipped|edged (?:up|down))\s+(?:by\s+)?[\d.]+\s?%/i;
/** The words before a name that opens a contrast clause: ", while ", "; whereas the ". */
const CONTRAST_CLAUSE_LEAD_RE = /(?:[,;]\s*|^\s*)(?:while|whereas|but)\s+(?:the\s+|china's\s+)?$/i;
/** A change verb right after a name, no production noun between: " rose ", " fell by about ". */
const CHANGE_VERB_AFTER_NAME_RE =
  /^\s+(?:rose|fell|dropped|declined|increased|decreased|grew|climbed|slipped|gained|eased|edged (?:up|down))\s+(?:by\s+)?(?:about\s+|around\s+|approximately\s+|roughly\s+|nearly\s+)?$/i;
/** A discourse aside, then a change verb, right after a name: ", meanwhile, rose ", ", by contrast, fell by about ". */
const ASIDE_THEN_CHANGE_RE = new RegExp(String.raw`^\s*,\s*${DISCOURSE_ASIDE_SRC}\s*,${CHANGE_VERB_AFTER_NAME_RE.source.slice(1)}`, "i");
// (", by contrast," between the noun and its verb; "producers turned out": the product's producers made it)
// ("In August, SMM forecasts silicon metal output to increase by 5% MoM": a forecast's infinitive after the name too)
const OWN_OUTPUT_AFTER_NAME_RE = new RegExp(
  String.raw`^\s+(?:(?:output|production)(?:\s*,\s*${DISCOURSE_ASIDE_SRC}\s*,)?\s+(?:(?:was|were|is|stood at|came to|reached|totall?ed|rose|fell|dropped|declined|increased|decreased|grew|climbed|slipped|edged (?:up|down))\s+|(?:(?:is|was|are)\s+(?:expected|forecast|projected|set|likely|seen)\s+)?to\s+(?:rise|fall|increase|decrease|grow|decline|drop|climb|reach|edge (?:up|down))\s+)?|(?:producers|plants|makers|smelters|refiners)\s+(?:turned out|produced|made)\s+)(?:by\s+)?(?:about\s+|around\s+|approximately\s+|roughly\s+|nearly\s+)?$`,
  "i",
);

/**
 * A headingless round-up paragraph's topic: the product its first sentence names first, so that "Output rose 4.7% MoM"
 * after "Lithium carbonate smelters in Sichuan raised loads" is lithium carbonate's, not the paragraph before's. A name in a
 * reason clause, or before "orders" or "demand", is no topic ("SMM sees November output flat as precursor orders plateau");
 * "Spot lithium carbonate prices slid" still names the paragraph's product. A first sentence that names no product ("Shaanxi's
 * Fugu county saw output drop 6%"): the product named later as the subject of its own output ("Magnesium ingot production
 * nationwide came to"), not after "from" or "by"; the text's opening overview (no topic before it, no figure in its first
 * sentence) has none.
 */
function paragraphTopic(ss: readonly Span[], mentionsIn: (s: string) => TextMatch[], afterTopic: boolean): Product | undefined {
  const first = ss[0];
  if (!first) return undefined;
  const named = mentionsIn(first.text);
  if (named.length)
    return named.find((m) => !REASON_CLAUSE_RE.test(first.text.slice(0, m.start)) && !DEMAND_AFTER_NAME_RE.test(first.text.slice(m.end)))?.product;
  if (!afterTopic && findFigures(first.text).length === 0) return undefined;
  for (const x of ss.slice(1))
    for (const m of mentionsIn(x.text))
      if (OWN_OUTPUT_NOUN_AFTER_RE.test(x.text.slice(m.end)) && !OBJECT_OF_PREPOSITION_RE.test(x.text.slice(0, m.start))) return m.product;
  return undefined;
}

/** A downstream's demand after a product's name: "precursor orders", "LFP demand" (the name is no paragraph's topic). */
const DEMAND_AFTER_NAME_RE = /^(?:'s|’s)?\s+(?:orders|demand|purchases|purchasing|procurement|buying|consumption)\b/i;
/** An output noun or the product's plants right after its name: "Magnesium ingot production", "Co3O4 plants". */
const OWN_OUTPUT_NOUN_AFTER_RE = /^(?:'s|’s)?\s+(?:output|production|smelters?|producers?|plants?|refineries|makers)\b/i;
/** A name as the object of a preposition: "demand from LFP makers", "orders by ...". */
const OBJECT_OF_PREPOSITION_RE = /\b(?:from|by|for|to|of|with)\s+(?:the\s+)?$/i;

/** China named as a subject: "China's", "Chinese", "domestic". */
const CHINA_WORD_RE = /\b(?:china|chinese|domestic)\b/i;

/** The country a text names last ("In Indonesia, ...", "Indonesian output"), as a segment slug: "Indonesian" is indonesia. */
function countryIn(text: string): string {
  let name = "";
  for (const t of lex(text)) if (has(t, TAGS.country)) name = t.lower.replace(/'s$/, "");
  return name ? countrySlug(name) : "";
}
const countrySlug = (w: string): string => slug(countryOf(w));
/** A subject's last clause ("A smelter in Australia stopped, and the overseas operating rate fell": "the overseas operating rate fell"). */
function ownClauseOf(subject: string): string {
  let at = 0;
  for (const m of subject.matchAll(/[;,]\s+(?:and|but|while|whereas)\s+|;\s*/g)) at = (m.index ?? 0) + m[0].length;
  return subject.slice(at);
}

/** "... monthly increase and a 15.21% yearly rise for crude lead": words, "and" and figures, then "for" and a short noun phrase. */
const FOR_PART_AFTER_RE = /^(?:\s+(?:[a-z-]+|\d+(?:\.\d+)?%))*?\s+for\s+((?:[a-z0-9-]+\s+){1,2}[a-z0-9-]+)(?=\s*(?:[,.;]|$))/i;

/** A tonnage stated in metal content: "40.2kt Ni", "30,100 mt in nickel content", "in metal terms". */
const METAL_TONNAGE_RE = /\d\s*(?:kt|mt|t)\s+Ni\b|\b(?:[Mm]etal|[Nn]ickel|Ni) content\b|\bin (?:metal|nickel) terms\b/;
const BARE_METAL_OUTPUT_RE = /\b(copper|aluminium|aluminum|zinc|tin|nickel|lead)\s+(?:output|production|smelters?|supply)\b/gi;

/**
 * A clause whose subject is a pronoun for what was just named ("It saw ...", "..., and its output rose", "..., while their
 * output shrank 7.9%" after a part's producers); not "It is expected that ...".
 */
const PRONOUN_SUBJECT_RE =
  /(?:^|[,;:]\s*|\b(?:and|while|but)\s+)(?:it|its\s+(?:output|production)|their\s+(?:output|production)|this|the latter)\s+(?!(?:is|was|has been)\s+(?:expected|estimated|projected|forecast|anticipated|believed|understood|reported|learned|learnt|noted|worth)\b)[^,;:]*$/i;

/** ", with an average operating rate at ": a rate said of the clause's own output (of the same plants). */
const RATE_OF_SAME_PLANTS_RE =
  /^[^;.]*,\s*with\s+(?:an?\s+|the\s+|their\s+)?(?:average\s+)?(?:operating|utili[sz]ation)\s+rates?\s+(?:at|of)\s+(?:about\s+|around\s+)?$/i;

/** "...; and the output in August is expected to be": the output of the clause before, in a clause of the same sentence. */
const THE_OUTPUT_AGAIN_RE = /(?:;\s*(?:and\s+)?|,\s*and\s+|^\s*and\s+)the\s+(?:output|production)\b[^;:]*$/i;

/**
 * "300-series output was 1.52 million mt. It saw a 3.1% rise MoM": a clause whose subject is a pronoun
 * (and names no product) is about the part of the same product just named; "" when it is not.
 */
function pronounPart(
  subject: string,
  product: string,
  lastPart: { product: string; segment: string } | null,
  mentionsIn: (s: string) => readonly TextMatch[],
  /** The sentence up to the figure (the producers "their" stands for are named there). */
  before = subject,
): string {
  if (lastPart?.product !== product || !lastPart.segment || !(PRONOUN_SUBJECT_RE.test(subject) || THE_OUTPUT_AGAIN_RE.test(subject))) return "";
  // ("Ningxia producers ... kept running, and their output was steady": "their" is the producers the clause names, the part
  // only when they are the part's: "Refined secondary lead producers ran at 46.2%, ..., while their output shrank")
  const their = /\btheir\s+(?:output|production)\b[^,;:]*$/i.exec(before);
  if (their && !lastPart.segment.split("-").every((w) => new RegExp(`\\b${w}`, "i").test(before.slice(0, their.index)))) return "";
  return mentionsIn(subject).length === 0 ? lastPart.segment : "";
}

const COMPARE_SPAN_RE = new RegExp(
  String.raw`^[^.;]{0,30}?\b(?:than|from|versus|vs\.?|compared (?:with|to)|against)\s+(?:in\s+|during\s+|the\s+)?${MONTH_RE_SRC}\s*[-–]\s*${MONTH_RE_SRC}(?![\w])`,
  "i",
);

/** A month's name or abbreviation ("Dec", "December"): a mention without one was read from a year alone. */
const MONTH_WORD_RE = new RegExp(String.raw`\b${MONTH_RE_SRC}`, "i");

interface LaterMonthStatement {
  key: string;
  raw: string;
  section: string;
  sentence: string;
  start: number;
  end: number;
  period: string;
}

/** A verb that states output as done: "was", "stood at", "rose", "data show". */
/** A paragraph's opening that is only a month: "Now February.", "Turning to March:", "And for April." (after a speaker's label too) */
const MONTH_OPENING_RE = new RegExp(
  String.raw`^\s*(?:[A-Z][^:.\n]{0,40}:\s+)?(?:(?:now|next|and|then|turning to|moving (?:on )?to|on to)\s+)?(?:for\s+)?(?:${MONTH_RE_SRC})(?:\s+\d{4})?\s*[.:]\s`,
  "i",
);

const PAST_STATEMENT_RE =
  /\b(?:was|were|stood|came in|came to|reached|rose|fell|increased|decreased|declined|climbed|dropped|grew|totall?ed|amounted|recorded|registered|showed|shows|dipped|slid|edged|recovered|rebounded|jumped|plunged|slipped|eased|retreated|expanded|contracted|surged|slumped)\b/i;

/** A count of a month not yet closed, given as such: "a preliminary July figure", "flash data", "a provisional count". */
const PRELIMINARY_COUNT_RE = /\b(?:preliminary|provisional|flash)\s+(?:[A-Z][a-z]+\s+)?(?:figures?|data|counts?|estimates?|readings?|numbers?|tally)\b/;

/**
 * A line labelled with another source's estimate: "HS est.:", "Our est.:", "Consensus:", "Street
 * estimate:" (an acronym or a desk's word before "est."/"estimate", never SMM or a month).
 */
const OTHER_SOURCE_LABEL_RE =
  /^\s*(?:[-•*▪–]\s*)?(?:(?:(?!SMM\b)[A-Z]{2,6}|[Oo]ur|[Hh]ouse|[Bb]roker|[Ss]treet|[Ss]ell-side|[Aa]nalysts?'?)\s+(?:own\s+)?(?:est\.?|[Ee]stimates?|[Ff]orecasts?|[Vv]iew)|[Dd]esk|[Cc]onsensus)\s*:/;

/** A writer's own tools, which SMM's reports do not name: "our model", "our desk", "our channel checks", "we model". */
const DESK_RE =
  /\b(?:our|my)\s+(?:own\s+)?(?:models?|view|take|desk|channel checks?|base case|house view|tally|trading desk|sell-side|buy-side|team's)\b|\bwe\s+(?:model|had pencilled|pencilled|penciled)\b|\bour\s+(?:house\s+)?views?\b|\bnot investment advice\b|\bdesk comments?\b|\bours\b,?\s+not\s+SMM\b/i;

/** "units: mt; MoM % ...", "Unit: 1,000 tonne": the tonnes a text's tables are in, and whether its changes are in %. */
const UNITS_DECLARED_RE = /\bunits?\s*[:=]\s*(mt|tonnes|metric tons|t|kt|10,000 mt|1,000 (?:mt|tonnes?|t))\b([^\n]*)/i;
function unitsDeclared(m: RegExpExecArray): { tonnes: Column["unit"]; pct: boolean } {
  const u = (m[1] ?? "").toLowerCase();
  return { tonnes: u === "kt" || u.startsWith("1,000") ? "kt" : u === "10,000 mt" ? "10kt" : "mt", pct: /%|per\s?cent/i.test(m[2] ?? "") };
}

/** A clause saying output moved, with no figure: "and national output fell significantly". */
const OUTPUT_MOVED_RE =
  /\b(?:output|production)\s+(?:(?:also|then|again|sharply|slightly)\s+)?(?:rose|fell|dropped|declined|increased|decreased|grew|slipped|climbed|edged (?:up|down)|jumped|plunged|slumped|recovered|rebounded)\b/i;

/** Precision reasons that also keep a direction statement out of the trends (the others name bases or parts, which the trend reader settles itself). */
const TREND_EXCLUDING: ReadonlySet<string> = new Set(["other-subject", "facility", "weekly-daily", "negated", "other-time"]);
/** Rules whose subject is not output, whatever its clause says before ("..., and ore stocks at the ports rose"): no trend either. */
const TREND_EXCLUDING_RULES: ReadonlySet<string> = new Set(["subject-price", "subject-exchange-metal", "subject-share"]);
/**
 * A price, stock or margin word in the direction word's own clause, back to its comma ("..., and ore stocks at the ports
 * rose"); for a participle's clause (", having fallen sharply in June"), in the sentence's first clause when that one
 * names no output ("LME nickel rebounded 3.4% ..., having fallen": the price's fall).
 */
function priceInOwnClause(s: string, at: number): boolean {
  const from = Math.max(s.lastIndexOf(",", at), s.lastIndexOf(";", at)) + 1;
  const priced = (text: string): boolean => lex(text).some((t) => has(t, TAGS.price));
  if (priced(s.slice(from, at))) return true;
  if (!/^\s*(?:having|after|before)\b/i.test(s.slice(from, at))) return false;
  const head = s.slice(0, Math.max(0, s.indexOf(",")));
  return priced(head) && !/\b(?:output|production)\b/i.test(head);
}
/** Rules about a country: a trend reads its region itself (Indonesian NPI). */
const COUNTRY_RULES: ReadonlySet<string> = new Set(["subject-country", "fronted-country"]);

/** Segments that are the whole product in another content, not a part of it (physical tonnage exceeds the metal). */
const CONTENT_SEGMENTS: ReadonlySet<string> = new Set(["metal-content", "physical-content"]);

/**
 * A part's level above its whole's ("low-grade NPI ... to rise 2.22% to 73,700 mt" where the whole is 53,100 mt) is an
 * impossible figure: the part's level is left out, with an issue (the whole stays).
 */
function dropPartsAboveWhole(obs: Observation[], issues: Issue[], metalBasis: (id: string) => boolean): Observation[] {
  const whole = new Map<string, number>();
  for (const o of obs) if (!o.segment && LEVEL_MEASURES.has(o.measure)) whole.set(`${o.product}|${o.period}|${o.basis}|${o.measure}`, o.value);
  return obs.filter((o) => {
    // (a nickel product's whole is its metal content; its parts may be stated in physical tonnes, which exceed it)
    if (!o.segment || CONTENT_SEGMENTS.has(o.segment) || !LEVEL_MEASURES.has(o.measure) || metalBasis(o.product)) return true;
    const w = whole.get(`${o.product}|${o.period}|${o.basis}|${o.measure}`);
    if (w === undefined || o.value <= w * 1.001) return true;
    issues.push({
      code: "implausible",
      reason: "implausible",
      message: `the ${o.measure.replace(/_/g, " ")} of ${o.product}:${o.segment} ${o.period} (${o.basis}), ${o.value}, is more than the whole product's (${w}); the part's figure is left out`,
      section: o.provenance.section,
      sentence: o.provenance.sentence,
      start: o.provenance.start,
      end: o.provenance.end,
      path: [o.product, o.segment, o.period, o.basis, o.measure],
    });
    return false;
  });
}
/** Measures that are levels a part cannot exceed its whole in. */
const LEVEL_MEASURES: ReadonlySet<string> = new Set(["output", "ytd_output", "capacity", "operating_capacity"]);

/** A trend that disagrees with the sign of the stated change is dropped (the numbers stay). */
function dropDisagreeingTrends(trends: TrendObservation[], obs: readonly Observation[], issues: Issue[]): TrendObservation[] {
  const sign = new Map<string, number>();
  /** The stated MoM % of each figure key: "flat" beside a change of 3% or more disagrees too ("stable" beside "up 11.56%"). */
  const pct = new Map<string, number>();
  for (const o of obs)
    if ((o.measure === "mom" || o.measure === "mom_chg") && !o.implied && o.value !== 0) {
      sign.set(`${o.product}|${o.segment}|${o.period}|${o.basis}`, Math.sign(o.value));
      if (o.measure === "mom") pct.set(`${o.product}|${o.segment}|${o.period}|${o.basis}`, o.value);
    }
  return trends.filter((t) => {
    const key = `${t.product}|${t.segment}|${t.period}|${t.basis}`;
    const s = sign.get(key);
    const flatAgainst = t.direction === "flat" && Math.abs(pct.get(key) ?? 0) >= 0.03;
    if (s === undefined || (t.direction === "flat" && !flatAgainst) || (t.direction === "up") === s > 0) return true;
    issues.push({
      code: "contradiction",
      reason: "trend-disagrees",
      message: `the trend "${t.direction}" for ${t.product}${t.segment ? `:${t.segment}` : ""} ${t.period} (${t.basis}) disagrees with the stated change (${s > 0 ? "a rise" : "a fall"}); the trend is left out, the numbers stay`,
      section: t.provenance.section,
      sentence: t.provenance.sentence,
      start: t.provenance.start,
      end: t.provenance.end,
      path: [t.product, t.segment, t.period, t.basis, "trend"],
    });
    return false;
  });
}

/** A direction statement before the statements of one product and month are reduced to one trend. */
interface TrendDraft extends Omit<TrendObservation, "provenance"> {
  order: number;
  prov: TrendObservation["provenance"];
  /** An operating-rate statement (only lends its magnitude in a sentence with a production figure). */
  rate: boolean;
  figure: boolean;
  /** A later month stated as done: dropped if the section forecasts that month (see laterAsDone). */
  doneLaterKey?: string;
}

/**
 * One trend per product/segment/month/basis: the direction of the first statement about output;
 * the magnitude from any statement that agrees with it. A product with no statement of its own
 * takes the direction its segments agree on.
 */
function buildTrends(drafts: TrendDraft[]): TrendObservation[] {
  const groups = new Map<string, TrendDraft[]>();
  for (const d of drafts) {
    const k = `${d.product}|${d.segment}|${d.period}|${d.basis}`;
    const g = groups.get(k);
    if (g) g.push(d);
    else groups.set(k, [d]);
  }
  const out: TrendObservation[] = [];
  const decide = (list: TrendDraft[]): { direction: Direction; magnitude: Magnitude; prov: TrendDraft["prov"] } | null => {
    const sorted = [...list].sort((a, b) => a.order - b.order);
    const main = sorted.find((d) => !d.rate);
    if (!main) return null;
    const sentencesWithFigure = new Set(sorted.filter((d) => d.figure).map((d) => d.prov.sentence));
    let magnitude: Magnitude = "none";
    for (const d of sorted) {
      if (d.direction !== main.direction || d.magnitude === "none") continue;
      if (d.rate && !sentencesWithFigure.has(d.prov.sentence)) continue;
      magnitude = d.magnitude;
      break;
    }
    return { direction: main.direction, magnitude, prov: main.prov };
  };
  const productLevel = new Set<string>();
  for (const [k, list] of groups) {
    const r = decide(list);
    const first = list[0] as TrendDraft;
    if (!r) continue;
    out.push({
      product: first.product,
      segment: first.segment,
      period: first.period,
      basis: first.basis,
      direction: r.direction,
      magnitude: r.magnitude,
      provenance: r.prov,
    });
    if (first.segment === "") productLevel.add(k);
  }
  // product level from agreeing segments
  const bySeg = new Map<string, TrendObservation[]>();
  for (const t of out) {
    if (t.segment === "") continue;
    const k = `${t.product}||${t.period}|${t.basis}`;
    const g = bySeg.get(k);
    if (g) g.push(t);
    else bySeg.set(k, [t]);
  }
  for (const [k, segs] of bySeg) {
    if (productLevel.has(k.replace("||", "||")) || out.some((t) => t.segment === "" && `${t.product}||${t.period}|${t.basis}` === k)) continue;
    const dir = segs[0]?.direction;
    if (!dir || !segs.every((s) => s.direction === dir) || segs.length < 2) continue;
    const mag = segs.find((s) => s.magnitude !== "none")?.magnitude ?? "none";
    const s0 = segs[0] as TrendObservation;
    out.push({ product: s0.product, segment: "", period: s0.period, basis: s0.basis, direction: dir, magnitude: mag, provenance: s0.provenance });
  }
  return out;
}
