/**
 * Basis rules: is a figure a change month on month, year on year, or versus SMM's expectation? Like
 * the role rules (roles.ts, whose matcher and step language these use), the rules are data tried in
 * order, the first that matches deciding (tests/core/unit/basis.test.ts reads every rule's example
 * and checks that the grammar reads it by that rule). Later steps of the grammar may still give a
 * figure without a basis of its own one from its list or clause ("1.2% and 6.5% MoM,
 * respectively", "YoY, output fell 2.2%").
 *
 * A rule looks at four windows of the figure's sentence:
 * - `trail`: the figure's own markers after it ("MoM", "from a year earlier", "than in August
 *   last year", ", up YoY"), as the grammar cuts them (they end where the next figure's words begin);
 * - `after`: the words after the figure, up to the next figure;
 * - `before`: the last 60 characters before it (from the previous figure's markers on), without a
 *   bracketed "(MoM)" that repeats the marker before it ("a month-on-month (MoM) increase of");
 * - `wide`: the last 110 characters before it (an expectation is named in more words: "than SMM's
 *   previous forecast made at the end of October by").
 * The character bounds are the ones of the regular-expression chain these rules replaced: the
 * rules read every fixture as it did.
 *
 * A rule produces a basis, or "marker": the basis of the comparison marker its pattern took
 * ("MoM" and "from the previous month" are month on month; the first of several in `trail`).
 */
import { ROLE_WORDS } from "./lexicon";
import { compile, matchesAt, Side, takenWords, type Compiled, type Step } from "./roles";

export interface BasisPattern {
  trail?: Step[];
  after?: Step[];
  before?: Step[];
  wide?: Step[];
}

export interface BasisRule {
  name: string;
  /** Every window's pattern must match. */
  pattern: BasisPattern;
  /** The rule does not fire when one of these matches. */
  unless?: BasisPattern[];
  /** A fixed basis, or "marker": the one of the marker the pattern took. */
  produces: "mom" | "yoy" | "expect" | "marker";
  /** A sentence, the figure in it (as written), and the basis the grammar reads. */
  example: { sentence: string; figure: string; basis: "mom" | "yoy" | "expect" };
}

export const BASIS_RULES: readonly BasisRule[] = [
  // ---- a marker leading the figure: it wins over any after it ("m-o-m up 1.1%, y/y down 2.0%")
  {
    name: "marker-then-verb",
    // ("- Year on year: down 4.8%": a label's colon between the marker and its verb)
    pattern: { before: ["#baseWord", ":?", "is|was?", "@markerVerb", "by?", "@basisHedge?", "+|-?"] },
    produces: "marker",
    example: { sentence: "Output was 71,500 mt, m-o-m up 1.1%.", figure: "1.1%", basis: "mom" },
  },
  {
    // "but on the month it grew 10.1%": the base, then the pronoun or noun and its verb (after a clause with another base)
    name: "marker-subject-verb",
    pattern: { before: ["@mom|@yoy", ",?", "it|output|production|they", "@markerVerb", "by?", "@basisHedge?", "+|-?"] },
    produces: "marker",
    example: { sentence: "Year on year, output was down 2.8% in May, but on the month it grew 10.1%.", figure: "10.1%", basis: "mom" },
  },
  {
    // "- Year on year: down 4.8%": a label of the base, its colon, then the change's verb
    name: "marker-label-verb",
    pattern: { before: ["@mom|@yoy", ":", "@markerVerb", "by?", "@basisHedge?", "+|-?"] },
    produces: "marker",
    example: { sentence: "- Year on year: down 4.8%.", figure: "4.8%", basis: "yoy" },
  },
  {
    // "nearly double July 2020, or 96% higher": a multiple of a month of a named year, restated as a percentage (the
    // same month a year before, in every such sentence read so far)
    name: "multiple-of-month-year",
    pattern: { before: ["double|twice|triple|treble", "#month", "#year", ",", "or", "@basisHedge?"] },
    produces: "yoy",
    example: { sentence: "Output rose 3.0% MoM to 30,100 mt, nearly double June 2020, or 95% higher.", figure: "95%", basis: "yoy" },
  },
  {
    // "YoY change, metal content: +18.6%": a label of the base, the content it is in after a comma, its colon
    name: "marker-label-content",
    pattern: {
      before: [
        "^",
        "*2",
        "output|production?",
        "@mom|@yoy",
        "change|growth?",
        ",",
        "in?",
        "metal|physical|nickel|ni|gross",
        "content|terms|basis?",
        ":",
        "+|-?",
      ],
    },
    produces: "marker",
    // ("NPI YoY, metal content: -11.2%": the product's name before the label's base)
    example: { sentence: "NPI YoY, metal content: -11.2%", figure: "-11.2%", basis: "yoy" },
  },
  {
    // "Item: operating rate YoY +5.2 percentage points": a rate's noun, its base right after, then the figure
    name: "rate-then-marker",
    pattern: { before: ["rate|rates|utilisation|utilization", "#baseWord", ":?", "+|-?"] },
    produces: "marker",
    example: { sentence: "Item: operating rate YoY +5.2 percentage points", figure: "+5.2 percentage points", basis: "yoy" },
  },
  {
    name: "marker-opens-clause",
    pattern: { before: ["^|,|;|(", "#baseWord", ":?", "+|-?"] },
    produces: "marker",
    example: { sentence: "Output was 71,500 mt; YoY: +19.8%.", figure: "+19.8%", basis: "yoy" },
  },
  {
    name: "direction-marker-noun",
    // ("with a slight YoY increase of less than 1%": a size word before the marker)
    pattern: {
      before: ["@markerLead", "slight|small|marginal|modest|sharp|significant|substantial?", "#baseWord", "@markerNoun?", "of|by?", "@basisHedge?", "+|-?"],
    },
    produces: "marker",
    example: { sentence: "Output posted a YoY increase of 4.2% in May.", figure: "4.2%", basis: "yoy" },
  },
  {
    // "while the y/y comparison shows a 4.9% rise": the base names the comparison that shows the figure
    name: "marker-comparison-shows",
    pattern: { before: ["the", "#baseWord", "comparison|figure|change|reading", "shows|showed|gives|gave|was|is", "a|an?", "@basisHedge?", "+|-?"] },
    produces: "marker",
    example: { sentence: "Output fell 1.6% from November, while the y/y comparison shows a 4.9% rise.", figure: "4.9%", basis: "yoy" },
  },
  {
    // "..., month-on-month decline of 3.41%, year-on-year increase of 9.8%": a clause of a marker and its change noun, no
    // article (a machine translation's word order); the marker after the figure is the next one's
    name: "marker-noun-of-clause",
    pattern: { before: ["^|,|;|(", "#baseWord", "@markerNoun", "of|by", "@basisHedge?", "+|-?"] },
    produces: "marker",
    example: { sentence: "Output was 546,200 mt, month-on-month decline of 3.41%, year-on-year increase of 9.8%.", figure: "3.41%", basis: "mom" },
  },
  {
    // "..., ring ratio decrease 1.41%, same period last year increase 9.0%": a machine translation's markers (环比 as "ring
    // ratio" or "chain", 同比 as "same period last year") before their change noun
    name: "translated-mom-marker",
    pattern: { before: ["^|,|;|(", "ring|chain", "ratio?", "@markerNoun|@markerVerb", "of|by?", "@basisHedge?", "+|-?"] },
    produces: "mom",
    example: { sentence: "Alumina output June 363.0 ten thousand tons, ring ratio decrease 1.41%.", figure: "1.41%", basis: "mom" },
  },
  {
    name: "translated-yoy-marker",
    pattern: {
      before: [
        "^|,|;|(",
        "compared|compare?",
        "with|to?",
        "the?",
        "same",
        "period|month",
        "of|in?",
        "last",
        "year",
        // ("compared with same period last year decreased 3.8%": the literal translation's verb too)
        "@markerNoun|@markerVerb",
        "of|by?",
        "@basisHedge?",
        "+|-?",
      ],
    },
    produces: "yoy",
    example: { sentence: "Alumina output June 363.0 ten thousand tons, same period last year increase 9.0%.", figure: "9.0%", basis: "yoy" },
  },
  // ---- versus the expectation, right after the figure
  {
    name: "than-expected-after",
    pattern: { after: ["mt?", "higher|lower|more|less", "than", "@expectedThing"] },
    produces: "expect",
    example: { sentence: "Output in May came in 2,800 mt higher than expected.", figure: "2,800 mt", basis: "expect" },
  },
  {
    name: "beyond-expectation-after",
    pattern: { after: ["mt?", "@beyond", "the?", "smm|smm's?", "own|earlier|previous|prior?", "@expectNoun"] },
    produces: "expect",
    example: { sentence: "Output in May came in 12,900 mt below SMM's own expectation.", figure: "12,900 mt", basis: "expect" },
  },
  {
    // "output came in 250 mt below SMM's December forecast of 6,570 mt": what came in is the distance, even when the
    // forecast's own level follows
    name: "came-in-beyond-forecast-of",
    pattern: {
      before: ["came|comes|come|coming", "in|out"],
      after: ["mt?", "@versusExpect", "the?", "smm|smm's|our|its?", "@monthName?", "@expectWord"],
    },
    produces: "expect",
    example: { sentence: "Output came in 250 mt below SMM's December forecast of 6,570 mt.", figure: "250 mt", basis: "expect" },
  },
  {
    name: "beyond-smm-figure-after",
    pattern: { after: ["mt?", "@beyond", "the", "@smmFigure", "that?", "smm", "had?", "@smmVerb"] },
    produces: "expect",
    example: { sentence: "Output in May came in 6,000 mt above the figure that SMM had projected.", figure: "6,000 mt", basis: "expect" },
  },
  {
    name: "versus-expected-after",
    // ("2,000 mt above SMM's July forecast": the month the forecast was made in may stand before it; not a level set against the
    // forecast's own level: "May output 875,600 mt vs SMM's April forecast of 868,000 mt")
    pattern: { after: ["mt?", "@versusExpect", "the?", "smm|smm's?", "@monthName?", "@expectWord"] },
    unless: [{ after: ["mt?", "@versusExpect", "the?", "smm|smm's?", "@monthName?", "@expectWord", "of|at"] }],
    produces: "expect",
    example: { sentence: "Output in May was up 1.5% versus SMM's forecast.", figure: "1.5%", basis: "expect" },
  },
  // ---- the figure's own markers after it
  {
    // "1.9 percentage points above its level a year earlier": its own level a year before
    name: "its-level-a-year-ago",
    pattern: { after: ["mt?", "@more|@less", "its|their", "level|levels|reading|figure", "of|in?", "a|one", "year", "earlier|ago|before"] },
    produces: "yoy",
    example: { sentence: "The operating rate was 1.9 percentage points above its level a year earlier.", figure: "1.9 percentage points", basis: "yoy" },
  },
  {
    name: "its-level-a-month-ago",
    pattern: { after: ["mt?", "@more|@less", "its|their", "level|levels|reading|figure", "of|in?", "a|one|last|the", "month", "earlier|ago|before?"] },
    produces: "mom",
    example: { sentence: "The operating rate was 1.5 percentage points above its level a month earlier.", figure: "1.5 percentage points", basis: "mom" },
  },
  {
    name: "than-a-year",
    pattern: { trail: ["**", "than", "in?", "#year"] },
    produces: "yoy",
    example: { sentence: "Output in May was 3.1% higher than in 2024.", figure: "3.1%", basis: "yoy" },
  },
  {
    // "than in August last year", "from August 2024" (an explicit "MoM" right after the number wins: "down 18.7% MoM from December 2024")
    name: "month-a-year-ago",
    pattern: { trail: ["**", "@monthName", ".?", ",?", "#year|@yearAgo"] },
    unless: [{ trail: ["@momMarker"] }],
    produces: "yoy",
    example: { sentence: "Output in August rose 6.1% from August 2024.", figure: "6.1%", basis: "yoy" },
  },
  {
    // "from January", "than in March" (no year after the month; "from January, YoY" too: the month decides unless a month-on-month word is there)
    name: "from-a-month",
    pattern: { trail: ["**", "@monthCompare", "in|during?", "@monthName"] },
    unless: [{ trail: ["**", "@monthCompare", "in|during?", "@monthName", ".?", ",?", "#year"] }, { trail: ["**", "@mom"] }],
    produces: "mom",
    example: { sentence: "Output in February fell 8.3% from January.", figure: "8.3%", basis: "mom" },
  },
  {
    name: "marker-after",
    pattern: { trail: ["**", "@mom|@yoy"] },
    produces: "marker",
    example: { sentence: "Output in May was 1.2 million mt, up 3.4% from a year earlier.", figure: "3.4%", basis: "yoy" },
  },
  // ---- versus the expectation, before the figure
  {
    name: "versus-expectation-before",
    pattern: { wide: ["vs|versus|against", ".?", "smm|smm's|the?", "forecast|estimate|expectation|expectations", ":?"] },
    produces: "expect",
    example: { sentence: "Output in May, versus SMM's forecast: 2,000 mt higher.", figure: "2,000 mt", basis: "expect" },
  },
  {
    name: "expectations-by-before",
    pattern: { wide: ["expectation|expectations", "by?", "@basisHedge?"] },
    produces: "expect",
    example: { sentence: "Output in May exceeded expectations by 2,800 mt.", figure: "2,800 mt", basis: "expect" },
  },
  {
    name: "forecast-by-before",
    pattern: { wide: ["@expectRef", "by", "@basisHedge?"] },
    produces: "expect",
    example: { sentence: "Output in May beat SMM's previous forecast by about 3,000 mt.", figure: "3,000 mt", basis: "expect" },
  },
  {
    // "exceeding the forecast SMM made in March by about 30,000 mt"
    name: "forecast-made-by-before",
    pattern: { wide: ["@expectRef", "that?", "smm|we", "had?", "@issued", "in|at", "@monthName", "by", "@basisHedge?"] },
    produces: "expect",
    example: { sentence: "Output in April exceeded the forecast SMM made in March by about 30,000 mt.", figure: "30,000 mt", basis: "expect" },
  },
  {
    name: "forecast-issued-by-before",
    pattern: { wide: ["@expectRef", "@issued", "at|in|on", "the?", "@periodPart?", "*1", "by", "@basisHedge?"] },
    produces: "expect",
    example: {
      sentence: "Output in May beat the forecast made at the end of April by 3,000 mt.",
      figure: "3,000 mt",
      basis: "expect",
    },
  },
  // ---- a label that sets the figure against a month: "vs April: up 215 mt", "vs May 2021: down 8.3%"
  {
    name: "versus-month-label",
    pattern: { before: ["vs|versus|against", ".?", "@monthName", ":", "up|down|higher|lower|+|-?", "by?", "@basisHedge?"] },
    produces: "mom",
    example: { sentence: "vs April: up 215 mt, or 3.6%", figure: "215 mt", basis: "mom" },
  },
  {
    // (a month with its year is the same month a year before, as "from August 2024" after a figure)
    name: "versus-month-year-label",
    pattern: { before: ["vs|versus|against", ".?", "@monthName", ".?", ",?", "#year", ":", "up|down|higher|lower|+|-?", "by?", "@basisHedge?"] },
    produces: "yoy",
    example: { sentence: "vs May 2021: down 8.3%", figure: "8.3%", basis: "yoy" },
  },
  // ---- a marker before the figure, with the words of its change between
  {
    name: "marker-then-it-was",
    pattern: { before: ["@mom|@yoy", ",?", "@markerSubject", "was|is|were", "up|down|higher|lower", "by?", "@basisHedge?"] },
    produces: "marker",
    example: { sentence: "Compared with the previous month, output was up by about 2.4%.", figure: "2.4%", basis: "mom" },
  },
  {
    name: "marker-then-change-noun",
    pattern: { before: ["@mom|@yoy", "production|output|supply?", "@markerTailNoun", "@markerTailLink?", "@basisHedge?"] },
    produces: "marker",
    example: { sentence: "Refined zinc output rose, and year-on-year growth exceeded 5% in May.", figure: "5%", basis: "yoy" },
  },
  {
    // "the year-on-year decline in output: 7.3%", "The MoM rise in zinc output was 2.1%": the marker before its change noun,
    // what it is a change in, then the verb or colon of its size
    name: "marker-noun-in-then-size",
    pattern: { before: ["#baseWord", "@markerNoun", "in|of", "*3", "@amountedTo|:", "@basisHedge?", "+|-?"] },
    produces: "marker",
    example: { sentence: "The year-on-year decline in lead output was 7.3%.", figure: "7.3%", basis: "yoy" },
  },
  {
    name: "marker-then-colon-by",
    // ("Year-on-year change: +6.3%": a label's change noun after the marker)
    pattern: { before: ["@mom|@yoy", "change|changes|growth|comparison?", ":|by", "@basisHedge?"] },
    produces: "marker",
    example: { sentence: "Output in May rose on a monthly basis by about 4.5%.", figure: "4.5%", basis: "mom" },
  },
];

// ------------------------------------------------------------------ matching

/** The basis of each marker word or phrase (as the lexer reads it). */
const BASIS_OF = new Map<string, "mom" | "yoy">([...ROLE_WORDS.mom.map((w) => [w, "mom"] as const), ...ROLE_WORDS.yoy.map((w) => [w, "yoy"] as const)]);
/** The phrases with a "_" (any one word), as patterns over the words a match took. */
const BASIS_OF_WILD = [...BASIS_OF]
  .filter(([w]) => w.split(" ").includes("_"))
  .map(([w, b]) => [new RegExp(`^${w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/(^| )_(?= |$)/g, "$1\\w+")}$`), b] as const);
const basisOfWords = (x: string): "mom" | "yoy" | undefined => BASIS_OF.get(x) ?? BASIS_OF_WILD.find(([re]) => re.test(x))?.[1];

type WindowName = keyof BasisPattern;
/** The windows, in the order their texts are indexed below; after the figure they are walked forward. */
const WINDOWS: readonly WindowName[] = ["trail", "after", "before", "wide"];
const FORWARD: readonly boolean[] = WINDOWS.map((w) => w === "trail" || w === "after");

/** A pattern as (window index, compiled steps) pairs. */
type CompiledBasis = readonly { w: number; c: Compiled }[];
const compileBasis = (p: BasisPattern): CompiledBasis =>
  WINDOWS.flatMap((w, i) => {
    const c = compile(p[w], FORWARD[i] as boolean);
    return c ? [{ w: i, c }] : [];
  });

const COMPILED = BASIS_RULES.map((rule) => ({ rule, pattern: compileBasis(rule.pattern), unless: (rule.unless ?? []).map(compileBasis) }));

/**
 * For each window, what the token next to the figure must be for any rule to match in it (the
 * union of the rules' first steps, as roles.ts's matcher checks one rule's): null when a rule can
 * start with anything. A window whose first token is none of these fails every rule at once.
 */
const WINDOW_LEAD = WINDOWS.map((_, i) => {
  let tags = 0;
  const words = new Set<string>();
  for (const { pattern } of COMPILED)
    for (const { w, c } of pattern) {
      if (w !== i) continue;
      if (!c.lead) return null;
      tags |= c.lead.tags;
      for (const x of c.lead.words) words.add(x);
    }
  return { tags, words };
});

/** "(MoM)" after "month-on-month": the abbreviation repeats the marker before it. */
const ABBREVIATION_RE = /\s*\((?:MoM|YoY|m\/m|y\/y|m-o-m|y-o-y)\)/gi;

export interface BasisReading {
  basis: "mom" | "yoy" | "expect" | null;
  /** The rule that decided, or null when none did. */
  rule: string | null;
}

const NONE: BasisReading = Object.freeze({ basis: null, rule: null });

/** The windows of one figure, lexed when a rule first looks at one. */
class Windows {
  private readonly sides: (Side | null)[] = [null, null, null, null];
  /** Per window: 1 when its first token can start a rule, 0 when it cannot, -1 not yet known. */
  private readonly open = [-1, -1, -1, -1];
  constructor(
    private readonly left: string,
    private readonly trail: string,
    private readonly right: string,
  ) {}
  side(w: number): Side {
    let x = this.sides[w];
    if (!x) {
      // a short left context without brackets is the same text in `before` and `wide`: one lexing serves both
      const same = w >= 2 && this.left.length <= 60 && !this.left.includes("(") ? this.sides[w === 2 ? 3 : 2] : null;
      if (same) return (this.sides[w] = same);
      const text =
        w === 0
          ? this.trail
          : w === 1
            ? this.right
            : w === 2
              ? (this.left.includes("(") ? this.left.replace(ABBREVIATION_RE, "") : this.left).slice(-60)
              : this.left.slice(-110);
      this.sides[w] = x = new Side(text, FORWARD[w] as boolean);
    }
    return x;
  }
  matches(p: CompiledBasis): boolean {
    for (let k = 0; k < p.length; k++) {
      const { w, c } = p[k] as CompiledBasis[number];
      if (this.open[w] === -1) {
        const lead = WINDOW_LEAD[w];
        const t = this.side(w).at(0);
        this.open[w] = !lead || (t && ((t.tags & lead.tags) !== 0 || lead.words.has(t.lower))) ? 1 : 0;
      }
      if (this.open[w] === 0 || !matchesAt(c, { side: this.side(w), from: 0 })) return false;
    }
    return true;
  }
}

/**
 * The basis of a figure from the words before it (from the previous figure's markers on), its own
 * markers after it (`trail`) and the words after it up to the next figure (`right`): the first rule of
 * BASIS_RULES that matches decides.
 */
export function basisOf(left: string, trail: string, right: string): BasisReading {
  const ws = new Windows(left, trail, right);
  for (let r = 0; r < COMPILED.length; r++) {
    const { rule, pattern, unless } = COMPILED[r] as (typeof COMPILED)[number];
    if (!ws.matches(pattern)) continue;
    let vetoed = false;
    for (let u = 0; u < unless.length && !vetoed; u++) vetoed = ws.matches(unless[u] as CompiledBasis);
    if (vetoed) continue;
    if (rule.produces !== "marker") return { basis: rule.produces, rule: rule.name };
    // the marker: the first word of the match that has a basis (a rule's other words have none)
    for (const { w, c } of pattern)
      for (const x of takenWords(c, ws.side(w), FORWARD[w] as boolean)) {
        const b = basisOfWords(x);
        if (b) return { basis: b, rule: rule.name };
      }
    return { basis: null, rule: rule.name };
  }
  return NONE;
}
