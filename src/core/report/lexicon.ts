import { productForm, type ProductForm } from "../catalog";

/**
 * Words of a production statement, grouped by the role they play in the grammar:
 * direction verbs and nouns, magnitude adverbs, hedges, comparison bases, metric nouns,
 * and the contexts that make a number "not a production figure".
 */

export const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_ABBR: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };

/** Month number (1..12) of a capitalised month word ("March", "Mar", "Sept."), or null. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  const i = MONTHS.indexOf(w);
  if (i >= 0) return i + 1;
  return MONTH_ABBR[w] ?? null;
}

/** Capitalised month names (case-sensitive: "may" the verb is not a month). */
/** The head nouns of a group of producers ("large smelters", "lepidolite converters"): the one list the grammar's patterns are built from. */
/** An approximation before a number ("to about 39,300 mt", "accounted for roughly"), each with the space after it: the one list the grammar's patterns are built from. */
export const APPROX_SPACE_SRC = String.raw`(?:about|around|approximately|roughly|nearly|some|circa)\s+`;
export const PLANT_NOUN_SRC = "smelters?|plants?|recyclers?|enterprises?|producers?|refineries|refinery|mills?|manufacturers?|factories|converters?|makers?";
/** The words of a tier of plants by size, before a plant noun ("large smelters", "medium-sized producers"): one list, as "a|b". */
/**
 * A word that makes a label a clause: a verb in the past or an adverb ("plants restarted quickly", "bucked the trend"), not a
 * participle that names a part ("spodumene-derived", "recycled", "sintered") nor a word that only ends like one ("only", "July").
 */
export const CLAUSE_WORD_SRC = String.raw`(?!(?:derived|based|sourced|refined|recycled|sintered|bonded|integrated|sampled|related|combined|mixed|rolled|only|early|supply|assembly|monthly|weekly|daily|yearly|quarterly|july)\b)(?![a-z]+-)[a-z]{2,}(?:ed|ly)\b(?!-)`;
/** SMM's verbs of expecting, their stems ("SMM expects", "we foresee", "SMM estimates"): one spelling for every reader. */
export const EXPECT_VERB_STEMS_SRC = "expect|forecast|see|foresee|predict|project|estimate|anticipate";
export const TIER_ADJ_SRC = "large|larger|big|major|medium|medium-sized|small|smaller";
/** A change noun whose size moves ("the decline narrowed by 4.5 percentage points to 5.1%"), and the verbs it moves by, as "a|b". */
export const MOVED_CHANGE_NOUN_SRC = "decline|declines|decrease|drop|fall|contraction|increase|rise|growth|gain|gains|expansion";
export const MOVED_VERB_SRC = "narrowed|narrows|narrowing|widened|widens|widening";

export const MONTH_RE_SRC =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

/** Words that introduce a whole after a list of parts ("..., respectively, totalling 2.63 million mt"). */
/** Capitalised words a company's name may end in besides the lexicon's company suffixes ("Xing'an Silver Lead Smelting"). */
export const COMPANY_NAME_ENDS: ReadonlySet<string> = new Set(["Smelting", "Smelter", "Industrial"]);
export const TOTAL_WORD_RE = /\b(?:total(?:l)?ing|in total|a total of|combined|altogether)\b/i;

const UP_WORDS = [
  "up",
  // ("raised production slightly in July, adding about 190 mt": what was added is a change)
  "adding",
  "soar",
  "soared",
  "soaring",
  "soars",
  "skyrocketed",
  "spiked",
  "rose",
  "rise",
  "rises",
  "rising",
  "risen",
  "increase",
  "increased",
  "increases",
  "increasing",
  "grew",
  "grow",
  "grows",
  "growing",
  "grown",
  "growth",
  "gain",
  "gained",
  "gains",
  "climb",
  "climbed",
  "climbing",
  "climbs",
  "jump",
  "jumped",
  "jumping",
  "jumps",
  "advance",
  "advanced",
  "advances",
  "advancing",
  "surge",
  "surged",
  "surging",
  "rebound",
  "rebounded",
  "rebounding",
  "rebounds",
  "recover",
  "recovered",
  "recovery",
  "recovering",
  "recovers",
  "higher",
  "expand",
  "expanded",
  "expansion",
  "boost",
  "boosted",
  "boosting",
  "upward",
  "uptick",
  "upturn",
  "picked up",
  "pick up",
  "ramp up",
  "ramped up",
  "edged up",
  "edge up",
  "inched up",
  "lift",
  "lifted",
  "lifting",
  "lifts",
  "raise",
  "raised",
  "raising",
  "improve",
  "improved",
  "improvement",
  "hike",
  "added",
  "more than doubled",
  "doubled",
  "exceeding expectations",
  "exceeded expectations",
];
const DOWN_WORDS = [
  "down",
  "plummet",
  "plummeted",
  "plummeting",
  "plunges",
  "slumps",
  "tumbles",
  "fell",
  "fall",
  "falls",
  "falling",
  "fallen",
  "decrease",
  "decreased",
  "decreases",
  "decreasing",
  "decline",
  "declined",
  "declines",
  "declining",
  "drop",
  "dropped",
  "dropping",
  "drops",
  "dip",
  "dipped",
  "dipping",
  "dips",
  "slid",
  "slide",
  "sliding",
  "slump",
  "slumped",
  "plunge",
  "plunged",
  "plunging",
  "shrank",
  "shrink",
  "shrinking",
  "shrunk",
  "lower",
  "reduce",
  "reduced",
  "reduction",
  "reductions",
  "reducing",
  "cut",
  "cuts",
  "contract",
  "contracted",
  "contraction",
  "downturn",
  "downward",
  "lost",
  "eased",
  "ease",
  "easing",
  "retreat",
  "retreated",
  "pull back",
  "pullback",
  "pull-back",
  "pulls back",
  "pulled back",
  "pulling back",
  "slip",
  "slipped",
  "slipping",
  "slips",
  "edged down",
  "edge down",
  "inched down",
  "trim",
  "trimmed",
  "drag",
  "dragged",
  "pulled down",
  "weaken",
  "weakened",
  "tumbled",
  "tumble",
  "sank",
  "sink",
  // ("output shed 12,500 mt in October")
  "shed",
  "sheds",
  "shedding",
];
const FLAT_WORDS = [
  "flat",
  "unchanged",
  "stable",
  "steady",
  "stabilised",
  "stabilized",
  "largely unchanged",
  "basically flat",
  "remained stable",
  "held steady",
  // ("Output of primary lead is unlikely to change from March in April")
  "unlikely to change",
];

/**
 * One alternation of words (a space stands for any run of spaces), written as a trie: "incr(?:eas(?:
 * e(?:[ds])?|ing)...)" instead of every word in full, so a regular expression tries each first
 * letter once instead of every word. Where several words match at one place the longest wins (every
 * optional tail is greedy), as in a plain alternation sorted longest first.
 */
function wordsRe(ws: readonly string[]): string {
  interface Node {
    next: Map<string, Node>;
    end: boolean;
  }
  const root: Node = { next: new Map(), end: false };
  for (const w of ws) {
    let n = root;
    for (const ch of w.toLowerCase()) {
      let c = n.next.get(ch);
      if (!c) n.next.set(ch, (c = { next: new Map(), end: false }));
      n = c;
    }
    n.end = true;
  }
  const emit = (n: Node): string => {
    const parts = [...n.next].map(([ch, c]) => (ch === " " ? "\\s+" : ch.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")) + emit(c));
    if (!parts.length) return "";
    const body = parts.length === 1 ? (parts[0] as string) : `(?:${parts.join("|")})`;
    return n.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

export const UP_RE = new RegExp(`\\b(?:${wordsRe(UP_WORDS)})\\b`, "gi");
export const DOWN_RE = new RegExp(`\\b(?:${wordsRe(DOWN_WORDS)})\\b`, "gi");
export const FLAT_RE = new RegExp(`\\b(?:${wordsRe(FLAT_WORDS)})\\b`, "gi");
export const DIRECTION_RE = new RegExp(`\\b(?:${wordsRe([...UP_WORDS, ...DOWN_WORDS, ...FLAT_WORDS])})\\b`, "gi");

/** Each direction word's direction (a word in two lists keeps the first: up, then down, then flat). */
const DIRECTION_OF = new Map<string, "up" | "down" | "flat">();
for (const [list, dir] of [
  [UP_WORDS, "up"],
  [DOWN_WORDS, "down"],
  [FLAT_WORDS, "flat"],
] as const)
  for (const w of list) if (!DIRECTION_OF.has(w)) DIRECTION_OF.set(w, dir);

/** directionOf's answers by the word as written (a text repeats its few direction words; bounded, cleared when full). */
const DIRECTION_SEEN = new Map<string, "up" | "down" | "flat" | null>();

/** Direction of a single direction word. */
export function directionOf(word: string): "up" | "down" | "flat" | null {
  let r = DIRECTION_SEEN.get(word);
  if (r !== undefined) return r;
  r = DIRECTION_OF.get(word.toLowerCase().replace(/\s+/g, " ")) ?? null;
  if (DIRECTION_SEEN.size >= 10_000) DIRECTION_SEEN.clear();
  DIRECTION_SEEN.set(word, r);
  return r;
}

/** Direction nouns that follow a figure: "a sharp 28-percentage-point drop in ...". */
export const CHANGE_AFTER_RE =
  /^\s*,?\s*(?:mt\s+)?(?:MoM\s+|YoY\s+|m-o-m\s+|y-o-y\s+|m\/m\s+|y\/y\s+|month-on-month\s+|year-on-year\s+|monthly\s+|yearly\s+|month-over-month\s+|year-over-year\s+)?(?:and\s+(?:an?\s+)?\d+(?:\.\d+)?\s?%\s+(?:MoM|YoY|m-o-m|y-o-y|m\/m|y\/y|month-on-month|year-on-year|monthly|yearly|month-over-month|year-over-year)\s+)?(increase|rise|growth|gain|jump|decrease|decline|drop|fall|reduction|cut|contraction|dip|(?:higher|lower|more|less|above|below)(?=\s+(?:than|year|YoY|MoM|y\/y|m\/m|y-o-y|m-o-m|month|from|compared|on|in|the same|(?:a|one) year|last (?:year|month)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\b)|(?:higher|lower)(?=\s*(?:[.;]|,\s|$)))\b/i;

/**
 * Every phrase of some patterns whose alternatives are in braces, "" among them for none:
 * "from {the |}{previous|prior} month" is "from the previous month", "from previous month" and two more.
 */
function phrases(...patterns: string[]): string[] {
  const out = new Set<string>();
  for (const p of patterns) {
    let acc = [""];
    for (const part of p.split(/(\{[^}]*\})/)) {
      const alts = part.startsWith("{") ? part.slice(1, -1).split("|") : [part];
      acc = acc.flatMap((x) => alts.map((y) => x + y));
    }
    for (const x of acc) out.add(x.replace(/\s+/g, " ").trim());
  }
  return [...out];
}

/** The ways of writing "month on month" and "year on year" (hyphens or spaces). */
/** A discourse aside between a subject and its verb (", by contrast,", ", meanwhile,"): the one list of its words. */
export const DISCOURSE_ASIDE_SRC =
  "(?:by contrast|in contrast|however|meanwhile|though|too|also|in turn|for their part|for its part|on the other hand|as a result|in particular|by comparison)";
/** The dimensions a text splits output by ("by series", "by grade", "by region"): the one list of their words. */
export const DIMENSION_SRC = String.raw`(?:series|grades?|regions?|provinces?|feedstocks?|raw materials?|types?|products?|process(?:es)?|routes?)`;

const ON = (w: string): string[] => phrases(`${w}{-| }on{-| }${w}`, `${w}{-| }over{-| }${w}`);

/**
 * Word classes of the role rules (roles.ts), each a list of words or phrases (a phrase is its tokens
 * as the lexer reads them, space-separated: "approx ." is "approx" and "."). A rule's step "@name"
 * matches one of them, the longest first.
 */
export const ROLE_WORDS = {
  /** Every direction word or phrase ("rose", "edged down", "largely unchanged"). */
  direction: [...UP_WORDS, ...DOWN_WORDS, ...FLAT_WORDS],
  /** Words of a change right before a figure ("rose 3%", "an increase of 3%"): up and down, no "flat". */
  change: [...UP_WORDS, ...DOWN_WORDS].filter((w) => w !== "exceeding expectations" && w !== "exceeded expectations"),
  /** Nouns of a change ("a 3% drop", "the increase amounted to", "the decline rate of"). */
  changeNoun: [
    "increase",
    "decrease",
    "decline",
    "growth",
    "drop",
    "rise",
    "reduction",
    "fall",
    "gain",
    "jump",
    "cut",
    "contraction",
    "dip",
    "recovery",
    "rebound",
    "pickup",
    "pullback",
  ],
  /** Words that open a reason fronted before a clause ("With LMO makers restocking, ...", "As costs rose, ..."). */
  reasonOpener: ["with", "as", "because", "since", "amid", "after", "given", "despite"],
  /** Comparatives of more and of less ("3% higher than", "5,000 mt below last year"). */
  more: ["more", "above", "higher"],
  less: ["less", "below", "lower", "fewer"],
  /** What a comparative after a figure is compared with ("than", "from", "year-on-year", "the same", "last month"). */
  comparedWith: [
    "than",
    "year",
    "year's",
    "month",
    "month's",
    "from",
    "compared",
    "versus",
    "vs",
    "on",
    "in",
    "the same",
    "a year",
    "one year",
    "last year",
    "last month",
  ],
  /** The last words before a level ("was 1.2 million mt", "reached 84%", "stood at", "an output of"). */
  levelWord: [
    "accounted for",
    "accounting for",
    "accounts for",
    "come in",
    "came in",
    "comes in",
    "coming in",
    "delivered",
    "turned out",
    "turning out",
    "churned out",
    "put out",
    "to",
    "at",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "of",
    "reached",
    "reach",
    "reaching",
    "reaches",
    "totalled",
    "totaled",
    "totalling",
    "totaling",
    "totals",
    // ("output is likely to total 4.21 million mt, up 6.2%": the verb's infinitive)
    "total",
    "hit",
    "hitting",
    "recorded",
    "registered",
    "around",
    "approximately",
    "about",
    "nearly",
    "with",
    "producing",
    "produced",
    // ("salt lake producers made 1,820 mt, 6 percent less than in February": what they made is a level)
    "made",
    "contributed",
    "contributing",
    "contributes",
  ],
  /** Words that state a level right before its figure ("projected at", "was", "reached", "an output of"). */
  levelLink: ["at", "to", "was", "were", "is", "be", "reached", "totalled", "totaled", "of"],
  /** Verbs that say a change's size ("the increase amounted to 5,000 mt"). */
  amountedTo: [
    "amounted to",
    "was",
    // ("In tonnes, the year-on-year increase is about 2,500 mt")
    "is",
    "were",
    "came to",
    "came in at",
    "reached",
    "totalled",
    "totaled",
    "stood at",
    "hit",
    // ("SMM expects a rebound. The increase is put at about 2.5%.": an outlook's size in a sentence of its own)
    "is put at",
    "was put at",
    "is estimated at",
    "is seen at",
    "is expected at",
    "is expected to be",
  ],
  /** Verbs with a bound after them: "fell below 70%", "stayed above 90%" state a level. */
  boundVerb: [
    "fall",
    "falling",
    "fell",
    "falls",
    "drop",
    "dropping",
    "dropped",
    "drops",
    "rose",
    "rise",
    "rising",
    "rises",
    "climb",
    "climbs",
    "climbed",
    "climbing",
    "jump",
    "jumped",
    "slip",
    "slipped",
    "slide",
    "slid",
    "sink",
    "sank",
    "remained",
    "remain",
    "stayed",
    "stay",
    "kept",
    "keep",
    "hold",
    "held",
    "holds",
  ],
  /** Words between a figure and the verb before it that do not change what the figure is ("about", "more than", "a further", "c."). */
  hedge: [
    "~",
    "c .",
    "ca .",
    "approximately",
    "approx",
    "approx .",
    "about",
    "around",
    "roughly",
    "nearly",
    "near",
    "almost",
    "close to",
    "some",
    "circa",
    "an estimated",
    "over",
    "more than",
    "above",
    "exceeding",
    "exceeded",
    "exceed",
    "exceeds",
    "in excess of",
    "at least",
    "below",
    "less than",
    "under",
    "fewer than",
    "at most",
    "up to",
    "as much as",
    "as little as",
    "as many as",
    "just",
    "only",
    "a further",
    "another",
    "an additional",
    "a record",
    "a mere",
    "a paltry",
    "a meagre",
    "a meager",
    "a slight",
    "a modest",
    "a marginal",
  ],
  /** Approximations between a verb and its figure ("was about 3%"). */
  approx: ["approximately", "about", "around", "nearly", "circa"],
  /** Adverbs between a direction word and its figure ("decreased significantly by 30%"). */
  manner: ["significantly", "slightly", "sharply", "further", "again", "notably", "markedly", "substantially", "marginally", "modestly", "steadily", "by"],
  /** A comparison base between a figure and its change noun ("a 94.34% monthly increase", "3% MoM decline"). */
  basisWord: ["mom", "yoy", "m/m", "y/y", "m-o-m", "y-o-y", "month-on-month", "year-on-year", "monthly", "yearly", "month-over-month", "year-over-year"],
  /** Words that only join a figure to the one before ("..., and about 3%"). */
  conjunction: ["and", "or", "as well as"],
  // ---- the comparison basis rules (basis.ts)
  /** A month-on-month base, as MOM_RE reads one ("MoM", "from the previous month", "on a monthly basis"). */
  mom: [
    "mom",
    "m/m",
    "m-o-m",
    ...ON("month"),
    ...phrases(
      "on the month",
      "on month",
      // ("up 1.74% on-month": a hyphenated "on month")
      "on-month",
      "on {a |}monthly basis",
      "sequentially",
      "from {the |}{previous|prior|last|preceding} month",
      // ("12.5% compare with last month": a non-native writer's "compare")
      "{compared|compare|relative} {to|with} {the |}{previous|prior|last|preceding} month",
      "{versus|vs|vs .} {the |}{previous|prior|last|preceding} month",
      "over the {previous|prior|last} month",
      "than {in |during |}{the |}{previous|prior|last|preceding} month",
      "{from|than|on|versus|vs|vs .|against} a month {earlier|ago|before}",
      "monthly",
    ),
  ],
  /** A year-on-year base, as YOY_RE reads one ("YoY", "from a year earlier", "than the same month of last year"). */
  yoy: [
    "yoy",
    "y/y",
    "y-o-y",
    ...ON("year"),
    ...phrases(
      "on the year",
      "on year",
      "on-year",
      "on an annual basis",
      // ("increased 1.08% on a yearly basis")
      // ("down 1.8% on yearly basis": the article left out)
      "on {a |}{yearly|year-on-year|year-over-year} basis",
      "on annual basis",
      // ("7.4% above the level of a year earlier")
      "{from|than|over|on|above|below|versus|vs|vs .|against|compared to|compared with} {the level of |the level from |}a year {earlier|ago|before}",
      // ("11% above year-earlier levels")
      "{from|than|over|on|above|below} {the |its |}{year-earlier|year-ago} {level|levels|figure|figures|output|production|volume|volumes}",
      "{compared|relative} {to|with} {the |}same {period|month} {of |in |}{last|the previous|the prior} year",
      "{from|than|over|on|above|below|against|versus|vs} {in |}{the |}same {period|month} {of |in |}{last|the previous|the prior} year",
      // ("some 12.25% lower than the same month a year ago")
      "{from|than|over|on|above|below|against|versus|vs|compared to|compared with} {in |}{the |}same {period|month} a year {earlier|ago|before}",
      "{compared|relative} {to|with} {the |}{same period|a year} {a year |}{earlier|ago|before}",
      "{compared to|compared with|than|from|over|on|versus|vs} {the |}{previous|prior|last|preceding} year",
      // ("Against May last year, output was 6.8% lower")
      "{against|versus|vs} _ {last|the previous|the prior} year",
      "{above|below|than|over|from|compared to|compared with} the same {_ |}{month|months|period} {of|in} {the |}{last|previous|prior} year",
      // ("up 4.3% from the same period in 2022": the year named)
      // ("0.8% more than in the same month of 2019")
      "{from|than|over|compared to|compared with|versus} {in |during |}{the |}same {period|month} {of|in} _",
      "annually",
      "yearly",
      "a yearly",
    ),
  ],
  /** A month-on-month marker opening the words after a figure ("3% MoM from December 2024": not a year-ago month). */
  momMarker: ["mom", "m-o-m", "m/m", ...phrases("month{-| }on{-| }month")],
  /** A verb between a marker and its figure ("MoM up 1.1%", "y/y fell 2%"). */
  markerVerb: [
    "up",
    "down",
    "higher",
    "lower",
    "rose",
    "fell",
    "increased",
    "decreased",
    "increase",
    "decrease",
    "rise",
    "fall",
    "reduce",
    "reduced",
    "drop",
    "dropped",
    "grow",
    "grew",
    "decline",
    "declined",
  ],
  /** A word before a marker and its figure ("up MoM 3%", "a MoM increase of 3%"). */
  markerLead: ["up", "down", "higher", "lower", "rose", "fell", "increased", "decreased", "declined", "grew", "dropped", "a", "an"],
  /** A change noun between a marker and its figure ("a MoM increase of"). */
  markerNoun: ["increase", "decrease", "decline", "drop", "rise", "fall", "growth", "gain"],
  /** A determiner before a change noun whose size comes later ("another decline in November, of about 5%"). */
  changeDeterminer: ["the", "a", "an", "further", "additional", "another"],
  /** A change noun between a marker before a figure and the figure ("MoM growth exceeded 3%"). */
  markerTailNoun: [
    "increase",
    "decrease",
    "decline",
    "drop",
    "rise",
    "growth",
    "gain",
    "fall",
    "reduction",
    "change",
    "increases",
    "declines",
    "contraction",
    "recovery",
    "rebound",
    "pickup",
    "pullback",
  ],
  /** What links that noun to the figure ("the MoM decline was", "a YoY increase of"). */
  markerTailLink: [
    "of",
    "by",
    "was",
    "were",
    "is",
    "stood at",
    "came to",
    "came in at",
    "reached",
    "hit",
    "exceeded",
    "exceeding",
    // ("with the YoY gain widening to 10.5%", "the y/y decline narrows to 2%")
    ...phrases("{narrows|narrowed|narrowing|widens|widened|widening} to"),
    // ("y/y growth slowed to 6.4%", "the MoM decline eased to 1.2%": the noun's new size)
    ...phrases("{slowed|slows|slowing|eased|eases|easing|accelerated|accelerates|quickened|moderated|cooled} to"),
  ],
  /** The subject and verb of "MoM, output was up by 3%". */
  markerSubject: ["it", "output", "production", "this", "that"],
  /** Hedges between the words of a basis and the figure ("a MoM increase of about 3%"). */
  basisHedge: ["about", "approximately", "around", "nearly", "over", "more than", "less than", "some", "roughly", "circa"],
  /** Month names as a comparison names them ("from August", "than in Sept. 2024"). */
  monthName: [...MONTHS, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"],
  /** What makes a month a year-ago month ("August last year", "August of the previous year"). */
  yearAgo: phrases("last year", "of last year", "a year {earlier|ago|before}", "{of |}{the |}{previous|prior|last} year"),
  /** What compares with a month ("from January", "than in March", "versus May"). */
  monthCompare: ["from", "than", "over", "on", "above", "below", "compared to", "compared with", "versus", "vs", "vs .", "against"],
  /** What a figure above or below an expectation is compared with ("3% higher than expected"). */
  expectedThing: ["expected", "the forecast", "expectations"],
  /** Above or below ("12,900 mt below SMM's expectation"). */
  beyond: ["above", "below", "over", "beyond", "short of"],
  /** An expectation or forecast as a noun. */
  expectNoun: ["expectation", "expectations", "forecast", "forecasts", "forecasted"],
  /** "above the figure SMM had projected". */
  smmFigure: ["figure", "level", "number", "volume"],
  smmVerb: ["projected", "expected", "forecast", "estimated"],
  /** What compares with an expectation ("versus SMM's forecast", "against the expected"). */
  versusExpect: ["compared with", "compared to", "against", "versus", "vs", "vs .", "from", "over", "above", "below", "on"],
  expectWord: ["expected", "forecast", "estimate", "estimated", "expectation", "expectations"],
  /** An expectation before a figure ("than expected by 3%", "SMM's previous forecast by"). */
  expectRef: phrases(
    "than expected",
    "than forecast",
    "the forecast",
    "{smm's|our|the|its} {prior |earlier |previous |january |february |march |april |may |june |july |august |september |october |november |december |}{forecast|estimate|expectation|projection}{|s}",
  ),
  /** "the forecast made at the end of October by 3%". */
  issued: ["made", "issued", "published", "given"],
  periodPart: ["end of", "start of", "beginning of", "middle of"],
} as const;
export type RoleWordClass = keyof typeof ROLE_WORDS;

export const SLIGHT_RE =
  /\b(?:slight|slightly|marginal|marginally|modest|modestly|mild|mildly|a little|minor|small|edged|edges|edging|inched|inches|inching|ticked|ticking)\b/i;
export const SIGNIFICANT_RE =
  /\b(?:significant|significantly|sharp|sharply|substantial|substantially|considerable|considerably|dramatic|dramatically|marked|markedly|steep|steeply|sizeable|sizable)\b/i;

/** Hedges right before a number. */
export const HEDGE_APPROX_RE = /\b(?:approximately|approx\.?|about|around|roughly|nearly|near|almost|close to|circa|an estimated|some|c\.)\s*$|~\s*$/i;
export const HEDGE_OVER_RE = /\b(?:over|more than|above|exceeding|exceeded|exceeds|exceed|in excess of|at least|upwards of|beyond|north of)\s*$/i;
export const HEDGE_UNDER_RE =
  /\b(?:below|less than|under|fewer than|at most|no more than|(?<!\b(?:revised|adjusted|raised|lifted|rose|risen|increased|climbed|jumped|ramped|went|gone|moved|picked|edged|added|adds|add|adding)\s)(?<!\b(?:revised|adjusted)\s+(?:[\w'’-]+\s+){1,3})up to|short of|south of)\s*$/i;

/** Comparison bases. */
export const MOM_RE =
  /\b(?:MoM|m\/m|m-o-m|month[- ]on[- ]month|month[- ]over[- ]month|on the month|on month(?!-)|(?<!-)on-month(?!-)|on (?:a )?monthly basis|sequentially|from (?:the )?(?:previous|prior|last|preceding) month|(?:compared|compare|relative) (?:to|with) (?:the )?(?:previous|prior|last|preceding) month|(?:versus|vs\.?) (?:the )?(?:previous|prior|last|preceding) month|over the (?:previous|prior|last) month|than (?:(?:in|during) )?(?:the )?(?:previous|prior|last|preceding) month|(?:from|than|on|versus|vs\.?|against) a month (?:earlier|ago|before)|month-on-month|monthly)\b/i;
export const YOY_RE =
  /\b(?:YoY|y\/y|y-o-y|year[- ]on[- ]year|year[- ]over[- ]year|on the year|on year(?!-)|(?<!-)on-year(?!-)|on an? annual basis|on annual basis|on (?:a )?(?:yearly|year-on-year|year-over-year) basis|(?:from|than|over|on|above|below|versus|vs\.?|against|compared (?:to|with)) (?:the level (?:of|from) )?a year (?:earlier|ago|before)|(?:compared|relative) (?:to|with) (?:the )?same (?:period|month) (?:(?:of|in) )?(?:last|the previous|the prior) year|(?:from|than|over|on|above|below|against|versus|vs) (?:in )?(?:the )?same (?:period|month) (?:(?:of|in) )?(?:last|the previous|the prior) year|(?:from|than|over|on|above|below|against|versus|vs|compared (?:to|with)) (?:in )?(?:the )?same (?:period|month) a year (?:earlier|ago|before)|(?:compared|relative) (?:to|with) (?:the )?(?:same period|a year) (?:a year )?(?:earlier|ago|before)|(?:compared (?:to|with)|than|from|over|on) (?:the )?(?:previous|prior|last|preceding) year|(?:above|below|than|over|from|compared (?:to|with)) the same (?:\w+ )?(?:months?|period) (?:of|in) (?:the )?(?:last|previous|prior) year|(?:from|than|over|compared (?:to|with)|versus) (?:(?:in|during) )?(?:the )?same (?:period|month) (?:of|in) (?:19|20)\d{2}|(?:above|below|than|from|over|on) (?:the |its )?year[- ](?:earlier|ago) (?:levels?|figures?|output|production|volumes?)|annually|yearly|a yearly|year-over-year)\b/i;
export const EXPECT_RE =
  /\b(?:expectations?|than expected|the expected|(?:above|below|over) (?:the )?(?:forecast|estimate)|than (?:the )?(?:forecast|estimated?))\b/i;

/** A label's word for a forecast or estimate, with its abbreviations ("Oct f'cast:", "Fcst:", "Outlook:"). */
/** The forecast labels written right after a month: "Dec f'cast", "Jan est.", "July view", "August forecast". */
export const MONTH_FORECAST_LABEL_SRC = String.raw`(?:f['’]cast|fcast|fcst|forecast|est\.?|estimate|outlook|projection|view)`;
export const FORECAST_LABEL_SRC = String.raw`(?:estimate|forecast|outlook|projection|fcst|f['’]cast|fcast|(?<=\b${MONTH_RE_SRC}\s+)view(?=\s*:))`;

/**
 * Words that turn a sentence (or clause) into a forecast (and its abbreviations: "fcst", "f'cast") and "an expected drop of". A bulletin's "May seen 850kt", "May guided higher" too,
 * before a figure or a direction ("output has seen a fall", "growth seen slowing" in a title are not).
 */
export const FUTURE_RE =
  /\b(?:expect|expects|expectations? (?:of|for)|is expected|are expected|was expected to|be expected|expected to|will|would(?!\s+(?:otherwise\s+|only\s+|still\s+|probably\s+)?have\s+[a-z]+(?:ed|en|n|wn)\b)|forecasts?|forecasted|fcsts?|f['’]cast|fcast|anticipate|anticipates|anticipated|foresees?|foresaw|envisages?|is likely|are likely|likely to|may|might|could(?!\s+(?:not|hardly|barely)\b)|should(?!\s+(?:also\s+)?(?:be\s+(?:noted|mentioned|pointed out)|have|read)\b)|projected|(?:SMM|we|it|the company) projects|(?:we|analysts) project|predicts?|predicted|(?:SMM|we|it)\s+(?:had\s+|has\s+|have\s+)?pencill?ed\s+in|plans? to|is set to|are set to|looking ahead|estimates? that(?![^,;.]{0,80}?\b(?:was|were|reached|rose|fell|stood|came|totall?ed|increased|decreased|grew|dropped|declined|climbed|slipped|amounted|hit|edged)\b)|estimated to|outlook(?=\s*(?:\([^()]{1,24}\)|,\s*[A-Z][a-z]+(?:\s+\d{4})?)?\s*:)|(?:SMM|we|it) estimates? an?\s+(?:(?:further|sharp|slight|small|modest|marginal|steep|significant|MoM|month-on-month)\s+)?(?:(?:\d+(?:\.\d+)?%|[a-z]+)\s+)?(?:reduction|drop|decline|fall|decrease|cut|contraction|increase|rise|growth|gain|rebound|recovery)|is estimated|are estimated|going forward|next month|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+view(?=\s*:)|in the coming|set to|looks for|(?:SMM|we|it)(?:'s|’s| is|'re|’re| are) looking (?:at|for)|(?<!\b(?:than|versus|vs|against|beat|beating|beats|missed|missing|exceeded|exceeding|above|below|from|of)\s)an?\s+expected\s+(?:reduction|drop|decline|fall|decrease|cut|contraction|increase|rise|growth|gain|rebound|recovery)\s+of|sees|is poised|are poised|(?<!\b(?:has|have|had|been|having)\s)(?:seen|guided)(?=\s+(?:[~+-]?\d|at\s|both\s|higher|lower|up|down|flat|stable)))\b/i;
/**
 * "expected" used about the past (not a forecast); "is estimated at 612,400 mt for the month": an estimate of the month just
 * reported; "That forecast was wrong:", "our October estimate proved too high", "13,400 mt short of that forecast": a
 * forecast judged after the fact.
 */
export const PAST_EXPECT_RE =
  /\b(?:(?:beat|beating|exceeded|exceeding|topped|missed|above|below|short of|than|versus|vs|against|ahead of|behind)\s+(?:the\s+|SMM's\s+|our\s+|its\s+|that\s+|this\s+)?(?:prior\s+|earlier\s+|previous\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:forecast|estimate|expectations?)|(?:SMM|we|the market) (?:had )?(?:previously |originally )?(?:forecast(?!\s+(?:[\w'’-]+\s+){0,4}(?:output|production)\s+(?:at|to)\s)|expected|estimated|projected|predicted)|than (?:SMM|we) (?:had )?pencill?ed in|had (?:previously |originally )?(?:forecast|expected|estimated|projected)|than (?:SMM )?(?:had )?forecast|as expected|than expected|the expected|exceed(?:ed|ing|s)? (?:the )?expectations?|fell short of (?:the )?expectations?|above expectations|below expectations|beyond expectations|in line with expectations|(?:higher|lower) than expected|(?:is|are) estimated(?= at (?:[^,;.]|[,.](?=\d)){0,40}? for the month\b)|(?:that|the|our|this|its|SMM's)\s+(?:\w+\s+)?(?:forecast|estimate|projection)\s+(?:was|were|proved|turned out|had been))\b/gi;

/**
 * Words every match of PAST_EXPECT_RE contains (keep the two in step): a text without any of them
 * has no past "expected" phrase, and the long pattern is not run over it (most sentences).
 */
export const PAST_EXPECT_HINT = /forecast|estimat|expect|project|predict|pencil/i;
/** The text with its past "expected" phrases replaced by `by` (PAST_EXPECT_RE). */
export const maskPastExpect = (s: string, by: (m: string) => string): string => (PAST_EXPECT_HINT.test(s) ? s.replace(PAST_EXPECT_RE, by) : s);

/** Metric nouns (subject of the figure). Order matters: longer first. */
export const METRIC_RES: { metric: Metric; re: RegExp }[] = [
  {
    metric: "excluded",
    // ("the total PV module bid winning capacity in August was about 10.72GW": tender awards, no capacity)
    re: /\b(?:sample capacity|capacity of the (?:survey|sample)|survey(?:ed)? capacity|surveyed? samples?|capacity coverage|coverage rate|bid[- ]winning capacity|winning[- ]bid capacity|(?:tendered|awarded) capacity)\b/gi,
  },
  {
    metric: "opcap",
    re: /\b(?:operating (?:[a-z]+ )?capacity|operational (?:[a-z]+ )?capacit(?:y|ies)|running capacity|operating capacities|op\.? capacity)\b/gi,
  },
  {
    metric: "oprate",
    // ("Utilisation 58% vs 55% in May": the word alone, right before its figure; "Rates across secondary lead smelters")
    // ("Rate dipped 0.6 percentage point from Apr to 32.6% in May": a subtitle's bare "Rate" opening the sentence, before its verb;
    // "The rates averaged 46.36% in June" after a sentence on operating rates; "start-up rate", a translation's word for it)
    re: /\b(?:(?<=^\s*(?:(?:the|these|those)\s+)?)rates?(?=\s+(?:averaged|dipped|rose|fell|slipped|climbed|edged|increased|decreased|declined|dropped|eased|improved|recovered|rebounded|was|were|stood|reached|hit)\b)|operating[ -]rates?|op\.? rates?|start-?up rates?|starting rates?|capacity utili[sz]ation(?: rates?)?|utili[sz]ation rates?|run rates?|operating levels?|utili[sz]ation of (?:[a-z]+ )?capacity|of capacity|utili[sz]ation(?=\s*(?:was\s+|at\s+|stood at\s+|:\s*)?[~≈]?\s*(?:\d|$))|rates(?=\s+(?:across|at|among)\s+(?:[\w-]+\s+){0,4}(?:smelters|producers|plants|refineries|enterprises|mills|converters)\b))\b/gi,
  },
  {
    metric: "capacity",
    // ("operating capacity 44.12 mln t/yr vs existing 45.46 mln t/yr": "existing" right before its figure)
    // ("capacity-type LMO": a grade named for its use is no capacity)
    re: /\b(?:existing capacity|built capacity|installed capacity|nameplate capacity|production capacity|total capacity|capacity(?!-type)|capacities|existing(?=\s*(?:about\s+|~\s*)?$))\b/gi,
  },
  {
    metric: "expect",
    // ("May output missed our April call by 1,150 mt", "beat SMM's forecast by 2.1%", "vs the April call of 39,500 mt: a
    // beat of 1,300 mt", "exceeding SMM's July forecast by 1,900 mt": the figure's distance from a forecast; "the salt-lake
    // figure exceeding SMM's April forecast of 700 mt" states the forecast itself)
    re: /\b(?:expectations?|than expected|the expected|(?:a|the)\s+(?:beat|miss|shortfall)\s+of|than (?:the )?forecast|than (?:the )?estimate[ds]?|(?:missed|missing|beat|beating|topped|topping|exceeded|undershot|overshot|fell short of|falling short of|short of)\s+(?:our|SMM's|the|its|that|this)\s+(?:[\w-]+\s+){0,2}?(?:call|forecast|estimate|expectation|projection)s?(?:\s+by)?|(?:exceeding|surpassing|surpassed)\s+(?:our|SMM's|the|its)\s+(?:[\w-]+\s+){0,2}?(?:call|forecast|estimate|expectation|projection)s?\s+by|(?:short of|above|below|more than|less than)\s+what\s+(?:SMM|we)\s+(?:had\s+)?(?:expected|forecast|estimated|projected)|(?<!\b(?:larger|bigger|steeper|smaller|deeper|sharper|milder|greater|faster|slower)\s)than\s+(?:SMM|we)\s+(?:had\s+)?(?:expected|forecast|estimated|projected|predicted|pencilled in|penciled in))\b/gi,
  },
  {
    metric: "excluded",
    re: /\b(?:tender (?:volumes?|quantit(?:y|ies)|amounts?)|prices?|priced|quotes?|quotations?|futures|contracts?|surplus(?:es)?|deficits?|yuan|usd|rmb|costs?|profits?|profitability|loss|losses|margins?|TCs?|RCs?|treatment charges?|refining charges?|processing fees?|fees?|premiums?|discounts?|spreads?(?!\s+(?:through|to|across|into|among|out|beyond))|inventor(?:y|ies)|stocks?|stockpil\w*|destock\w*|imports?|imported|exports?|exported|sales|demand|installations?|orders?|shipments?|deliveries|proportions?|shares?|accounted|accounting|accounts for|CR\d+|concentration ratio|weekly|daily|per day|a day|index|indices|consumption|consumed|purchases?|procurement|tenders?|bids?|tier|emissions?|pollutants?)\b/gi,
  },
  {
    // "smelters delivered", "mills poured": the verb is matched first and its subject looked behind it (a look-behind
    // leading an alternative would be tried at every position of the text)
    metric: "production",
    // ("SMM has revised the March headline to 1.03 million mt": the headline a revision moves is the output's)
    re: /\b(?:production|output|outputs|produced|producing|produce|supply|yield|yielded|made|smelted|(?<=\b(?:revised|raised|lowered|corrected|restated)\s+(?:the|its|our)\s+(?:[a-z]+\s+)?)headline(?:\s+(?:figure|number|total))?|metal content|physical content|nickel content|ni content|the month's total|monthly total|total output|(?:january|jan)\.?\s*[-–]\s*[a-z]+\.?\s+total|year-to-date total|cumulative total|volumes?|turned out|churned out|(?:delivered|produced|made|put out|supplied|poured)(?<=(?:smelters?|producers?|refineries|plants?|mills?|enterprises?|industry)\s(?:delivered|produced|made|put out|supplied|poured)))\b/gi,
  },
];
export type Metric = "production" | "oprate" | "opcap" | "capacity" | "expect" | "excluded";

/** Subsets of the industry: figures and directions about them are not the product's. */
// ("the leading smelter's own output fell 15%": one leading producer, singular, is one producer)
export const SUBSET_RE =
  /\b(?:some|certain|a few|several|a number of|individual|(?:the|one|a|another) leading (?:[a-z-]+ )?(?:smelter|producer|refiner|refinery|plant|mill|enterprise|company|firm|maker|manufacturer|converter)(?:'s)?|leading (?:[a-z-]+ )?(?:enterprises|producers|smelters|companies|firms|manufacturers|players|makers|plants|mills)|leading (?:module|cell|steel)|(?:smaller|larger|bigger) (?:[a-z-]+ )?(?:enterprises|producers|smelters|companies|firms|manufacturers|makers|plants|mills|refineries)|(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) )?(?:largest|biggest) (?:[a-z-]+ )?(?:enterprises|producers|smelters|companies|firms|manufacturers|makers|plants|mills|refineries)|top|tier|first-tier|second-tier|third-tier|small and medium|small-?\s?and\s?medium-sized|a (?:major|large|new) (?:smelter|plant|producer|enterprise|refinery)|one smelter|two smelters|three smelters|major areas|major production areas|regions|regional|province|provinces)\b/i;
/** Downstream and demand talk. */
export const DOWNSTREAM_RE =
  /\b(?:downstream|demand|battery cells?|cell manufacturers|battery (?:companies|makers|manufacturers|factories|enterprises|producers|plants)|end-users?|terminal|consumers?|buyers?|purchas\w+|procure\w*|orders?|sales|steel mills?'? production|mills'? production schedules)\b/i;
export const NEGATION_RE = /\b(?:not|no|never|did not|didn't|without|unlikely|less likely|hardly|nor)\b/i;

/** "project" the noun, not the verb of a forecast ("We project 2.5% growth"; "SMM projects" in FACILITY_RE). */
export const PROJECT_NOUN_SRC = String.raw`(?<!\b(?:we|SMM|analysts|it|and)\s)project`;
/** A specific company, plant or project (figures about it are left out). */
export const FACILITY_RE = new RegExp(
  String.raw`\b(?:plant|plants|plant's|smelter's|refinery|refineries|refinery's|${PROJECT_NOUN_SRC}|(?<!\b(?:SMM|it)\s)projects|company|company's|group|mine|mines|facility|facilities|line|lines|phase|furnaces?|FY\d{2,4}|fiscal year)\b`,
  "i",
);
export const PROPER_WHITELIST = new Set([
  // product names in mixed case ("China's SiMn capacity"), no company's
  "simn",
  "ndfeb",
  "china",
  "china's",
  "chinese",
  "smm",
  "smm's",
  "in",
  "the",
  "a",
  "an",
  "according",
  "based",
  "as",
  "by",
  "from",
  "since",
  "meanwhile",
  "additionally",
  "however",
  "currently",
  "overall",
  "looking",
  "entering",
  "q1",
  "q2",
  "q3",
  "q4",
  "h1",
  "h2",
  "new",
  "year",
  "lunar",
  "festival",
  "lantern",
  "spring",
  "holiday",
  "north",
  "south",
  "east",
  "west",
  "southwest",
  "northwest",
  "northeast",
  "southeast",
  "central",
  "inner",
  "mongolia",
  "this",
  "these",
  "those",
  "it",
  "its",
  "during",
  "after",
  "before",
  "with",
  "despite",
  "although",
  "while",
  "among",
  "of",
  "for",
  "on",
  "at",
  "to",
  "and",
  "or",
  "but",
  "if",
]);
/** Chinese provinces and producing countries: a figure about one is a regional segment. */
export const REGIONS = [
  "inner mongolia",
  "anhui",
  "beijing",
  "chongqing",
  "fujian",
  "gansu",
  "guangdong",
  "guangxi",
  "guizhou",
  "hainan",
  "hebei",
  "heilongjiang",
  "henan",
  "hubei",
  "hunan",
  "jiangsu",
  "jiangxi",
  "jilin",
  "liaoning",
  "ningxia",
  "qinghai",
  "shaanxi",
  "shandong",
  "shanghai",
  "shanxi",
  "sichuan",
  "tianjin",
  "tibet",
  "xinjiang",
  "yunnan",
  "zhejiang",
  "indonesia",
  "india",
  "philippines",
  "australia",
  "chile",
  "peru",
  "drc",
  "congo",
  "myanmar",
  "laos",
  "vietnam",
  "malaysia",
  "russia",
  "brazil",
  "canada",
  "japan",
  "korea",
  "south korea",
  "europe",
  "africa",
  "north china",
  "south china",
  "east china",
  "southwest china",
  "northwest china",
  "central china",
  "northeast china",
  // ("Output in the north-west rose 3.5%": a part of the country by its compass point)
  "north-west",
  "northwest",
  "south-west",
  "southwest",
  "north-east",
  "northeast",
  "south-east",
  "southeast",
];
/**
 * Producers SMM names by a short name of their own, with no "Group" or possessive ("Jinchuan June output 1.26 wan tons"):
 * the figure of such a subject is the producer's. Names that are also places or plain words ("Yunnan Tin", "Dongfang")
 * are not here.
 */
export const PRODUCER_NAMES_SRC = [
  "jinchuan",
  "tsingshan",
  "chalco",
  "chinalco",
  "hongqiao",
  "weiqiao",
  "xinfa",
  "yuguang",
  "zijin",
  "chihong",
  "huayou",
  "ganfeng",
  "tianqi",
  "brunp",
  "hoshine",
  "zhongjin",
  "jinguan",
  "yuteng",
  "delong",
  "nanshan",
]
  .flatMap((n) => [n, `${n}'s`])
  .join("|");

/** A region, with what it is joined to: "Guizhou and Guangxi" (two regions' combined figure), "Henan and surrounding areas". */
export const REGION_RE = new RegExp(
  `\\b(${REGIONS.sort((a, b) => b.length - a.length).join("|")})(?:'s)?((?:\\s+and\\s+(?:(?:surrounding|other|nearby|neighbo(?:u)?ring)\\s+(?:regions|areas|provinces)|(?:${REGIONS.join("|")})(?![\\w-])))?)\\b`,
  "i",
);

/**
 * Words that, in brackets after a table row's product ("Secondary lead (refined)", "Lithium carbonate
 * (lepidolite)"), name the part of the product the row states. Other bracketed words are remarks
 * ("(revised)", "(prelim)", "(SMM)") and leave the row the product's.
 */
export const PART_QUALIFIER_RE =
  /^(?:refined|crude|recycled|recycling|scrap|scrap-based|spodumene|lepidolite|salt-lake|salt-lake brine|brine|high-grade|low-grade|ingots?|alloys?|powder)$/i;

/**
 * A part that a tonnage can be "of" wherever the tonnage stands ("produced 705,000 mt of 200-series", "4,100 mt of
 * high-grade NPI"): a stainless series or a grade, leading the noun phrase after "of".
 */
export const PART_AMOUNT_RE = /^(?:[2-4]00[- ]series|(?:high|low|medium|battery|industrial|electronic|chemical|solar|pv)-grade)\b/i;

/** Words stripped from a subject before it is read as a segment name. */
export const DESCRIPTIVE_WORDS = new Set([
  "china",
  "china's",
  "chinese",
  // ("Ex-China smelters ran at 87.9%" in an overseas section: the overseas product's own scope)
  "ex-china",
  "domestic",
  "total",
  "overall",
  "national",
  "nationwide",
  "smm",
  "smm's",
  "the",
  "its",
  "their",
  "a",
  "an",
  "of",
  "industry",
  "industry's",
  "sector",
  "sector's",
  "sample",
  "monthly",
  "global",
  "whole",
  "entire",
  "first-grade",
  "high-purity",
  "metallurgical-grade",
  "grade",
  // ("PV-grade EVA resin": the form the product is made in, not a part of it)
  "resin",
  "market",
  "planned",
  "scheduled",
  "combined",
  "aggregate",
  "country's",
  "nation's",
  // ("the country's aluminum output", its possessive dropped)
  "country",
  "nation",
  "in",
  "production",
  "output",
  "supply",
  "produced",
  "schedules",
  "schedule",
  "volume",
  "volumes",
  "both",
  "also",
  "further",
  "continued",
  "to",
  "and",
  "for",
  "on",
  "from",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "mid-to-late",
  "late",
  "early",
  "mid",
  "month",
  "this",
  "last",
  "during",
  "period",
  "that",
  "was",
  "were",
  "is",
  "are",
  "has",
  "have",
  "had",
  "been",
  "at",
  "by",
  "with",
  "as",
  "than",
  "all",
  "major",
  "main",
  "materials",
  "material",
  "products",
  "product",
  "enterprises",
  "producers",
  "manufacturers",
  "operating",
  "rate",
  "rates",
  "cumulative",
  "cumulatively",
  "year-to-date",
  "ytd",
  "first",
  "quarter",
  "first-quarter",
  "half",
  "first-half",
  "full-year",
  "full",
  "year",
  "months",
  "annual",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "survey",
  "smm's",
  "magnetic",
  "magnet",
  "permanent",
  "sampled",
  "surveyed",
  "primarily",
  "mainly",
  "mostly",
  "actual",
  "actually",
  "own",
  "cathode",
  "cathodes",
  "kt",
  "t",
  "among",
  "them",
  "these",
  "which",
  "whose",
  "those",
  "meanwhile",
  "additionally",
  "however",
  "while",
  "whereas",
  "but",
  "or",
  "among them",
  "specifically",
  "including",
]);

/** An element's name, the whole word: what a part of another product would be named by ("zinc" of "zinc alloy" is no part of aluminium). */
export const METAL_WORD_RE =
  /^(?:copper|alumin(?:i)?um|zinc|lead|nickel|tin|cobalt|lithium|silicon|manganese|magnesium|titanium|antimony|bismuth|silver|molybdenum|tungsten|chrome|chromium|indium|germanium|gallium)$/;

/** A "part" that is only a verb of the sentence ("taking output to ...", "bringing production to ..."): no part at all. */
// ("SMM has revised October's output upward to ...": "revised"; "SMM's survey, covering 120 producers, put the rate at":
// "covering")
export const VERB_NOT_PART =
  /^(?:taking|bringing|pushing|lifting|putting|leaving|making|sending|driving|dragging|raising|lowering|keeping|lifted|brought|took|pushed|revised|revising|covering|covered)$/;

/** A direction statement's subject whose last clause opens with a reason ("..., as stainless mills trim", "... because smelters cut"). */
/**
 * Words of a heading that name no product: a new heading is added to the catalog as a product only by its other words
 * ("Supply Side", "Price Review", "SPONSORED" add none).
 */
export const HEADING_FILLER_WORD_RE =
  /^(?:metal|metals|production|output|market|china|chinese|data|the|and|weekly|monthly|daily|snapshot|outlook|overview|summary|highlights|review|update|prices?|inventor(?:y|ies)|week|month|notes?|smm|key|takeaways|view|our|supply|demand|side|costs?|sponsored|advertisement|analysis|conclusions?|trends?|forecasts?|fundamentals|operations?|industry|sector|consumption|imports?|exports?|trade|policy|policies|background|introduction|appendix|methodology|sources?|disclaimer|contact|related|news|reading|recommended)$/;

/** Conjunctions that open a clause giving a reason ("because", "due to", "owing to"). */
const REASON_WORDS_SRC = String.raw`because|due to|owing to`;
export const REASON_CLAUSE_RE = new RegExp(String.raw`\b(?:${REASON_WORDS_SRC}|since|amid|(?<!\b(?:well|such)\s)as)\s+[^,;]*$`, "i");
/**
 * Between a figure and a month after it: words that put the month in another clause ("fell 1.6%, and in October ...",
 * "with a further drop in December", "because February had only 28 days", "as refineries restarted lines shut in
 * February", "after completing its April maintenance", ", some local refineries resumed ... in early February").
 */
export const OTHER_CLAUSE_BEFORE_MONTH_RE = new RegExp(
  String.raw`[;]|,\s*(?:and|but|while|whereas|with|before|ahead of|followed by)\b|\bbefore\s+[a-z]+ing\b|\b(?:while|whereas|${REASON_WORDS_SRC}|thanks to|after)\b|\b(?:what|how)\s+(?:is|are|will|would|about)\b|\bas\s+(?!of\b|well\b|much\b|expected\b|planned\b|scheduled\b)[a-z]|,\s+(?:some|several|a few|many|most|other|local)\s+[^,;]*?\b[a-z]{3,}ed\b`,
  "i",
);

/** The short comparison-base markers, as a regular expression's group ("MoM", "y/y", "m-o-m"); flags decide the case. */
export const BASE_ABBREV_SRC = String.raw`(?:MoM|YoY|m\/m|y\/y|m-o-m|y-o-y)`;
/** Words of products' names that name no product alone ("material", "metal", "steel"). */
export const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set([
  "material",
  "materials",
  "metal",
  "metals",
  "steel",
  "alloy",
  "alloys",
  "oxide",
  "ingot",
  "ingots",
  "powder",
  "glass",
  "module",
  "modules",
  "cathode",
  "refined",
  "primary",
  "secondary",
  "crude",
  "grade",
  "battery",
  "overseas",
  "indonesian",
  "indonesia",
  "global",
  "world",
  "domestic",
  "china",
  "chinese",
]);

/** A question that asks for an outlook. */
// (not a question about the past: "Was that what SMM expected?", "Did output beat the forecast?")
export const FORECAST_QUESTION_RE =
  /^(?!\s*(?:Q\s*[:.)]|Question\s*:)?\s*(?:was|were|did|had)\b)[^\n]*\b(?:expect|expects|expected|expectations?|outlook|forecasts?|next month|will|going to)\b/i;

/** Sides that are aspects of a market, not parts of a product. */
export const ASPECT_SIDE_RE =
  /^(?:supply|demand|cost|costs|raw materials?|feedstocks?|imports?|exports?|import and export|trade|prices?|pricing|polic(?:y|ies)|production|output|consumption|market|spot|sales?|buy|sell|buyers?|sellers?|inventor(?:y|ies)|stocks?|downstream|upstream|overseas|domestic|international|macro|financial|fundamental|technical|profit|margins?|operating|capacity|positive|negative|bright|plus|other|same|policy)$/;

/** A verb taking output as its object, right before the output noun: "lifted ", "raised their own ", "raised their combined ", "cut ". */
export const TRANSITIVE_BEFORE_RE =
  // ("Sichuan lifted its April 2024 output to": the month of the output between)
  /\b(?:lifted|raised|increased|boosted|cut|reduced|lowered|curtailed|trimmed|slashed|expanded|doubled|halved|shed|ramped up|stepped up|scaled back)\s+(?:(?:its|their)\s+)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d{2})\s+){0,2}(?:own\s+|combined\s+|joint\s+|total\s+)?$/;

/**
 * An aside between commas opened by a participle and "by": ", encouraged by ... Congo," (the cause of what follows); or
 * by what the product is used for: ", used to produce ternary materials for power batteries,", ", sold mainly into low-end
 * consumer cells," (that one before its verb only: ", sold mostly for speakers, bags and toys," is a list).
 */
export const PARTICIPLE_ASIDE_RE =
  /,\s*(?:encouraged|helped|supported|driven|boosted|buoyed|hit|hampered|hurt|weighed down|affected|constrained|prompted|spurred|squeezed|pressured)\s+(?:\w+\s+)?by\b[^;]*?,(?=\s*[a-z])|,\s*(?:used|needed|employed|consumed|destined)\s+(?:to\s+(?:make|produce|manufacture)|in|for|as)\s[^,;]*?,(?=\s*[a-z])|,\s*with\s+(?:new\s+|more\s+|fresh\s+|strong\s+|weak\s+)?(?:orders|demand|support|buying)\s+from\s[^,;]{0,60},(?=\s*[a-z])|,\s*(?:sold|supplied|shipped|marketed|aimed|geared)\s+(?:(?:mainly|mostly|largely|chiefly|primarily)\s+)?(?:in|into|to|for|at)\s[^,;]*?,(?=\s*(?:rose|fell|grew|increased|decreased|declined|dropped|climbed|slipped|edged|eased|dipped|gained|jumped|surged|slid|was|were|came|stood|held|remained|stayed|reached|totall?ed)\b)/gi;

/**
 * An appositive set off by commas: ", mainly TOPCon with some HJT,", ", almost all PERC,", ", home to most capacity,",
 * ", the largest group,", ", short of copper scrap,", ", less exposed to the holiday,".
 */
export const APPOSITIVE_RE =
  /,\s*(?:mainly|mostly|almost(?: all| entirely)?|largely|chiefly|primarily|predominantly|nearly all|such as|including|e\.g\.|i\.e\.|led by|especially|particularly|home to|(?:most|many|all|some|several|few) of them)\s[^,;.]{0,80},|,\s*the\s+(?:largest|biggest|main|second-largest)\s+(?:producing|production)\s+(?:province|region|area|base),|,\s*the\s+(?:largest|biggest|main|smallest|second-largest)\s+(?:group|segment|category|type|series|grade|part),|,\s*(?:short of|low on|starved of|lacking|unaffected by|(?:less|more|least|most|little|barely|hardly)\s+(?:exposed|affected|hit|dependent|reliant)\s+(?:to|by|on))\s[^,;.]{0,60},/gi;

/**
 * A word of the object after a change ("an increase in <object>") is never a clause's opening word: "to pick up in April
 * as LCO orders improve" has no object "orders" (the words "as", "because", ... open a clause of their own).
 */
export const OBJECT_WORD_SRC = String.raw`(?!(?:as|because|while|after|when|amid|and|but|since)\b)`;

/** After a change noun: "in/of" and an object that is not output ("an increase in alumina maintenance", "a rise in social inventories"). */
export const CHANGE_OF_OTHER_RE = new RegExp(
  String.raw`^\s+(?:in|of)\s+(?:${OBJECT_WORD_SRC}[\w'-]+\s+){0,3}?(?:maintenance|overhauls?|inventor(?:y|ies)|stocks?|stockpiles?|prices?|costs?|demand|imports?|exports?|orders?|profits?|margins?|losses|premiums?|fees?|spreads?|sales|consumption|purchas\w*|procurement|shipments?|inquir(?:y|ies))\b`,
  "i",
);

/**
 * Words that never stand in a part's name: verbs and auxiliaries, hedges, ordinals, pronouns, "firm", "sector". A part
 * read as "power curbs hold", "later resumed", "was" or "around" is words left over from a clause, not a part of the
 * product, and its figure would be filed under a key no analyst asks for.
 */
export const NOT_A_PART_NAME_WORDS: ReadonlySet<string> = new Set(
  "was were is are be been being has have had hold holds held holding resume resumes resumed later around about approximately roughly nearly some over first second third fourth firm sector it its their this that which who forecasting projecting expecting estimating predicting anticipating grow grows boost boosts lift lifts raise raises reduce reduces date dated aggregated aggregate accumulated cumulative combined pull pulls push pushes drag drags".split(
    " ",
  ),
);

/** Verbs, adverbs and prepositions that slip into a noun phrase; a part is never named by them ("left", "still", "across"). */
export const NOT_PART_WORDS: ReadonlySet<string> = new Set([
  // ("is expected to buoy domestic output of refined nickel by 6%": a cause's verb before the output it moves)
  "buoy",
  "buoys",
  "buoyed",
  "boost",
  "boosts",
  "bolster",
  "bolsters",
  "bolstered",
  "dent",
  "dents",
  "dented",
  "weigh",
  "weighs",
  // ("output of lithium carbonate nonetheless rose": sentence adverbs)
  "nonetheless",
  "nevertheless",
  "however",
  "meanwhile",
  "moreover",
  "furthermore",
  "therefore",
  "thus",
  "instead",
  // ("MoM change, metal content: +5.3%": a label's change noun)
  "change",
  "changes",
  // ("SMM June refined tin out: 14,100 mt": the data are out)
  "out",
  // ("refineries outside China": where the plants are, said by a preposition, is no part's name)
  "outside",
  "left",
  "leave",
  "leaves",
  "leaving",
  "still",
  "registered",
  "recorded",
  "across",
  "remained",
  "stayed",
  "kept",
  "held",
  "came",
  "went",
  "put",
  "was",
  "were",
  "be",
  "been",
  "being",
  "rose",
  "fell",
  "grew",
  "dropped",
  "increased",
  "decreased",
  "declined",
  "expanded",
  "shrank",
  "reached",
  "stood",
  "hit",
  "totalled",
  "totaled",
  "saw",
  "posted",
  "marked",
  "showed",
  "yet",
  "though",
  "although",
  "even",
  "only",
  "just",
  "again",
  "alone",
  "nationwide",
  "nationally",
  "overall",
  "route",
  "process",
  "pathway",
  "outlook",
  "forecast",
  "forecasts",
  "drivers",
  "driver",
  "estimate",
  "estimates",
  "expected",
  "existing",
  "capacity",
  "utilisation",
  "utilization",
  "note",
  "notes",
  "summary",
  "total",
  "increasing",
  "decreasing",
  "rising",
  "falling",
  "growing",
  "declining",
  "dropping",
  "reducing",
  "boosting",
  "lifting",
  "steadily",
  "latest",
  "further",
  "mom",
  "yoy",
  "m-o-m",
  "y-o-y",
  "m/m",
  "y/y",
  "month-on-month",
  "year-on-year",
  "qoq",
  "q-o-q",
  "wow",
  "w-o-w",
]);

/** Nouns of what is not output: a direction word whose subject or object is one of them is no output's. */
export const NOT_OUTPUT_NOUNS = String.raw`(?:prices?|costs?|inventor(?:y|ies)|stocks?|demand|imports?|exports?|profits?|margins?|sales|orders|premiums?|enthusiasm|willingness|appetite|confidence|sentiment|purchases|purchasing|procurement|(?:raw materials?|feedstocks?|scrap|concentrates?|ores?)\s+suppl(?:y|ies))`;
/** Words that name output in a clause (a direction statement about output needs one). */
/** A field label that names a measure, a time or a whole ("Total:", "Capacity:", "Year to date:", "Forecast:"), not a part. */
export const METRIC_WORD_LABEL_RE = new RegExp(
  String.raw`\b(?:total|overall|national|china|capacity|rate|utili[sz]ation|forecast|outlook|estimate|expected|change|mom|yoy|ytd|cumulative|year|date|month|week|day|daily|quarter|half|${MONTH_RE_SRC}|q[1-4]|h[12])\b`,
  "i",
);
/** A field label that names a span of months ("January-June", "Year to date", "H1"): the whole's, not the part's before it. */
export const SPAN_LABEL_RE = new RegExp(String.raw`\b(?:ytd|cumulative|year|date|quarter|half|q[1-4]|h[12])\b|(?:${MONTH_RE_SRC})\s*[-–]`, "i");
export const OUTPUT_WORD_RE = /\b(?:production|output|outputs|produced|supply|yield|metal content|physical content|manganese dioxide production|turned out)\b/i;

// Sentence openings and subjects that say what a figure is about (read in parse.ts)
/** The opening possessive of a sentence: "Their operating rate climbed to". */
export const THEIR_OPENING_RE = /^\s*their\s+(?:output|production|operating\s+rates?|utili[sz]ation(?:\s+rates?)?)\b[^,;]*$/i;
/** A sentence about a plant named before: "The smelter resumed ...". */
export const PLANT_OPENING_RE = /^\s*(?:The|This|That)\s+(?:plant|smelter|refinery|mill|facility|potline|project)\b/;
/** A sentence about one unnamed plant: "According to SMM, a second-tier enterprise with five workshops ...". */
export const ONE_PLANT_OPENING_RE =
  /^\s*(?:(?:according to SMM|SMM learned that|SMM understands that|for example|for instance|specifically|meanwhile|in addition),?\s+)?(?:a|an|one|another)\s+(?:[\w-]+\s+){0,3}?(?:enterprise|company|smelter|producer|plant|refinery|mill|factory|manufacturer)\b(?!s)(?![^.]*\b(?:SMM (?:expects|estimates|forecasts)|China|national)\b)/i;
/** A figure's subject that is "the output" or "the operating rate", with no name of its own ("..., with the operating rate dropping to"). */
export const DEFINITE_SUBJECT_RE =
  /^\s*(?:[^,]*,\s*)?(?:with\s+)?the\s+(?:actual\s+|total\s+|monthly\s+)?(?:production|output|operating rates?)\b(?!\s+(?:of|at|across|among)\b)/i;
/** A word that names the whole a figure may be about: China, the nation, the industry, the total. */
export const WHOLE_WORD_RE = /\b(?:China|China's|Chinese|national|nationwide|domestic|industry|industry-wide|overall|total|SMM|sector|country|all|whole)\b/i;
/** A figure's subject that is a bare definite output, with no name of its own: "In September, the total production was about". */
export const BARE_DEFINITE_OUTPUT_RE =
  /^(?:[^,]*,\s*)?the\s+(?:total\s+|monthly\s+)?(?:production|output)\s+(?:was|were|reached|stood at|came to|came in at)\s*(?:about|around|approximately|nearly)?\s*$/i;
/** The verbs of a cause fronted before the output it moves, in the past ("Inspections in Shanxi cut alumina output to"). */
export const CAUSE_VERB_PAST_SRC = "cut|lifted|pushed|dragged|raised|lowered|boosted|curbed|reduced|trimmed";
/** The verbs of a cause to come, before the output they move ("are expected to reduce refined zinc"). */
export const CAUSE_VERB_BASE_SRC = "reduce|cut|lower|curb|trim|lift|raise|boost|increase|push up|drag down";
/** A table row label that names the whole, not a part ("Total", "National"). */
export const WHOLE_ROW_LABEL_RE = /^(?:total|all|overall|national|china)$/i;
/** A line's speaker label that names SMM: "A (SMM analyst):", "SMM analyst Li Wei:", "SMM:" (its "we" and "our" are SMM's). */
export const SMM_SPEAKER_RE =
  /^\s*(?:(?:A|Answer)\s*)?\(?\s*(?:an?\s+)?SMM(?:'s)?\s+(?:[\w-]+\s+){0,2}?(?:analyst|researcher|expert|consultant)(?:\s+[A-Z][\w-]*){0,3}\s*\)?\s*:/;
/** The words before a feedstock's name: "made from", "converted from", "feedstocks such as", "causticisation of". */
/** The processes that turn a feedstock into the product ("causticisation of lithium carbonate", "lithium carbonate conversion"). */
const FEEDSTOCK_PROCESS_SRC = "causticisation|causticization|conversion|carbonisation|carbonization";
export const FEEDSTOCK_BEFORE_RE = new RegExp(
  String.raw`\b(?:made|produced|converted|derived|refined|processed)\s+from\s+$|\bfeedstocks?\s+(?:of|such as)\s+$|\b(?:${FEEDSTOCK_PROCESS_SRC})\s+of\s+$`,
  "i",
);
/** A process named right after a product's name, which makes it a feedstock: "lithium carbonate causticisation". */
export const FEEDSTOCK_PROCESS_AFTER_RE = new RegExp(String.raw`^\s*(?:${FEEDSTOCK_PROCESS_SRC}|route|feedstock|feed)\b`, "i");
/** Words that make a contrast clause's words before its verb no name: pronouns, bases, "former"/"latter". */
export const CONTRAST_NOT_NAME: ReadonlySet<string> = new Set([
  "it",
  "its",
  "they",
  "this",
  "that",
  "these",
  "those",
  "former",
  "latter",
  "month",
  "year",
  "yoy",
  "mom",
  "y/y",
  "m/m",
  "compared",
  "prices",
  "price",
]);
/** The nouns of a metal's compounds ("cobalt chloride", "silver nitrate"): a product so named is one compound of its metal. */
export const COMPOUND_NOUNS: ReadonlySet<string> = new Set([
  "sulphate",
  "sulfate",
  "chloride",
  "oxide",
  "dioxide",
  "tetroxide",
  "nitrate",
  "carbonate",
  "hydroxide",
  "acetate",
  "fluoride",
  "phosphate",
  "oxalate",
]);
/** The verbs of change a clause's own name stands before ("and Pr-Nd alloy fell", ", while secondary lead slipped"). */
export const CLAUSE_CHANGE_VERB_SRC = String.raw`fell|rose|dropped|declined|increased|decreased|slipped|gained|climbed|grew|edged\s+(?:up|down)`;
/**
 * A definite class noun that stands for the text's product ("Output of the alloy reached", "the metal's output", "the
 * material"), not a part's name: not "the metal content" or "the metal terms", which name a content basis.
 */
export const CLASS_ANAPHOR_RE = /\bthe\s+(metal|alloy|material|compound|salt|chemical)(?:'s|’s)?(?![\w-]|\s+(?:content|terms|basis|equivalent)\b)/gi;
/**
 * Whether a class noun fits a product: the catalog's form of the product ("the alloy" in a ferrochrome item, "the metal" in
 * a silicon metal item, not in a polysilicon or an alumina one; "the material" in any); for a product added at run time,
 * its name's head ("... sulphate" a compound, "... alloy" an alloy, "... metal", "... ingot" a metal).
 */
export function classNounFits(noun: string, product: { id: string; name: string }): boolean {
  const form = productForm(product.id) ?? formFromName(product.name);
  const n = noun.toLowerCase();
  if (n === "alloy") return form === "alloy";
  if (n === "metal") return form === "metal";
  if (n === "compound" || n === "salt" || n === "chemical") return form === "compound";
  return true;
}
function formFromName(name: string): ProductForm | undefined {
  const words = name.toLowerCase().split(/[\s-]+/);
  const head = words[words.length - 1] ?? "";
  if (COMPOUND_NOUNS.has(head)) return "compound";
  if (words.includes("alloy")) return "alloy";
  if (words.includes("metal") || head === "ingot" || head === "cathode") return "metal";
  return undefined;
}
