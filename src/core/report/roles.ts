/**
 * Role rules: is a figure a level ("was 1.2 million mt", "reached 84%") or a change ("fell 3%", "a
 * decline of", "down by", "3% higher than"), and which way does the change go? Rules are data, tried
 * in order; the first that matches decides (tests/core/unit/roles.test.ts runs every rule's example
 * and checks that no rule before it takes the example first).
 *
 * A rule looks at three token windows of the figure's sentence (tokens.ts's lex()):
 * - `after`: the words after the figure, up to the next figure; a pattern starts at the figure.
 * - `before`: the words before the figure, from the previous figure's words on, without a bracket
 *   or a sign glued to the figure ("(+"); a pattern ends at the figure.
 * - `core`: `before` without the hedge words at its end ("about", "more than", "a further", "~",
 *   "MoM"): what is left is the verb or noun the figure belongs to ("rose by", "an output of").
 * A rule may also ask whether hedge words were dropped (`hedged`) and what the figure's hedge is
 * (`hedge`, read by the grammar from the same words: "below" is "under").
 *
 * Steps are PRECISION_RULES' (precision.ts): "#tag", words "a|b", a trailing "?" (optional), "*"
 * (skip up to 4 tokens); and further:
 * - "@class": a word or phrase of lexicon.ts's ROLE_WORDS class (the longest first); alternatives
 *   mix freely: "@more|@less", "than|#month".
 * - "*N": skip up to N tokens; "**": skip any number; "...": skip any number within the clause (no
 *   comma or semicolon).
 * - "^" as the first step of a `before` or `core` pattern: the text starts here (the pattern
 *   spans the whole window); "$" as an alternative in an `after` pattern: the text ends here
 *   (".|;|,|$": the end of a clause), and "^" likewise in a `before` one ("^|,|;|(").
 * - "_" as a token of a class's phrase: any one word ("the same _ months of last year").
 * A rule producing a change "from the word" takes the direction of the last word the pattern matched
 * (not a skipped one) that has a direction in the lexicon ("a 28-percentage-point drop": down).
 */
import type { Direction, Hedge } from "../types";
import { directionOf, ROLE_WORDS, type RoleWordClass } from "./lexicon";
import { lex, TAGS, type TagName, type Token } from "./tokens";

/** A pattern step (see above). */
export type Step = string;

/** Token patterns over the figure's windows. */
export interface RolePattern {
  after?: Step[];
  before?: Step[];
  core?: Step[];
}

export interface RoleRule {
  name: string;
  /** Every window's pattern must match. */
  pattern: RolePattern;
  /** The rule does not fire when one of these matches. */
  unless?: RolePattern[];
  /** Hedge words stood between the words and the figure (`core` is shorter than `before`). */
  hedged?: boolean;
  /** The figure's hedge, as the grammar read it, is one of these. */
  hedge?: Hedge[];
  /** A level, or a change with a fixed direction or the direction of its word ("word"). */
  produces: { kind: "level" } | { kind: "change"; direction: Direction | "word" };
  /** A sentence, the figure in it (as written), and what the rule makes of it. */
  example: { sentence: string; figure: string; kind: "level" | "change"; direction: Direction | null };
}

/** A level the verb reached ("at", "to", "reached"), a comma, then a comparison with the next figure: no change of its own. */
const LEVEL_THEN_COMPARED: RolePattern = { core: ["at|to|reached|reaching|totalled|totaled|totalling|totaling|hit"], after: [",", "@more|@less"] };

export const LEVEL_CHANGE_RULES: readonly RoleRule[] = [
  // ---- a comparative or a change noun right after the figure
  {
    // "projected at 615,600 mt, lower than October's": the comparison after the comma describes the level
    name: "level-then-comma-comparative",
    pattern: {
      before: ["@levelLink", "@approx?"],
      after: [",", "mt?", "#baseWord?", "@more|@less", "@comparedWith|#baseWord|#month"],
    },
    produces: { kind: "level" },
    example: { sentence: "Output is projected at 615,600 mt, lower than in October.", figure: "615,600 mt", kind: "level", direction: null },
  },
  {
    name: "level-then-comma-higher-lower",
    pattern: { before: ["@levelLink", "@approx?"], after: [",", "mt?", "#baseWord?", "higher|lower", ".|;|,|$"] },
    produces: { kind: "level" },
    example: { sentence: "Output came to 615,600 mt, lower.", figure: "615,600 mt", kind: "level", direction: null },
  },
  {
    // "magnesium output in December was 4.1% higher at 57,900 mt": a comparative and the level it put output at
    name: "comparative-at-level",
    pattern: { after: ["@more|@less", "at"] },
    produces: { kind: "change", direction: "word" },
    example: { sentence: "Compared with May, output in June was 4.1% higher at 57,900 mt.", figure: "4.1%", kind: "change", direction: "up" },
  },
  {
    name: "more-than-after",
    pattern: { after: [",?", "mt?", "#baseWord?", "@more", "@comparedWith|#baseWord|#month"] },
    // ("output reaching 36,400 mt, more than double the level of a year earlier": a multiple, said of the level)
    unless: [{ after: [",", "more", "than", "double|twice|triple|treble|quadruple"] }],
    produces: { kind: "change", direction: "up" },
    example: { sentence: "Output was 3.2% higher than in May.", figure: "3.2%", kind: "change", direction: "up" },
  },
  {
    name: "less-than-after",
    pattern: { after: [",?", "mt?", "#baseWord?", "@less", "@comparedWith|#baseWord|#month"] },
    produces: { kind: "change", direction: "down" },
    example: { sentence: "Output came in 5,000 mt below last month.", figure: "5,000 mt", kind: "change", direction: "down" },
  },
  {
    // "11% above year-earlier levels", "4% below the year-ago figure"
    name: "more-than-year-ago-level",
    pattern: { after: [",?", "mt?", "@more", "the|its?", "year-earlier|year-ago", "level|levels|figure|figures|output|production|volume|volumes"] },
    produces: { kind: "change", direction: "up" },
    example: { sentence: "Output eased 1.5% MoM, though it remained 11% above year-earlier levels.", figure: "11%", kind: "change", direction: "up" },
  },
  {
    name: "less-than-year-ago-level",
    pattern: { after: [",?", "mt?", "@less", "the|its?", "year-earlier|year-ago", "level|levels|figure|figures|output|production|volume|volumes"] },
    produces: { kind: "change", direction: "down" },
    example: { sentence: "Output rose 2% MoM but stayed 4% below the year-ago figure.", figure: "4%", kind: "change", direction: "down" },
  },
  {
    // "2.3% below the level of a year earlier": the year-ago level, spelt out
    name: "more-than-the-level-a-year-ago",
    pattern: { after: [",?", "mt?", "@more", "the", "level|levels|figure|total|output|volume", "of|in|seen", "a|one", "year", "earlier|ago|before"] },
    produces: { kind: "change", direction: "up" },
    example: { sentence: "Output was 3.1% above the level of a year earlier.", figure: "3.1%", kind: "change", direction: "up" },
  },
  {
    name: "less-than-the-level-a-year-ago",
    pattern: { after: [",?", "mt?", "@less", "the", "level|levels|figure|total|output|volume", "of|in|seen", "a|one", "year", "earlier|ago|before"] },
    produces: { kind: "change", direction: "down" },
    example: {
      sentence: "Output rose 4.6% in July, although that was 2.3% below the level of a year earlier.",
      figure: "2.3%",
      kind: "change",
      direction: "down",
    },
  },
  {
    // "3.6% above the August level", "2% below the level of July": compared with a month's level, named by its month
    name: "more-than-the-month",
    pattern: { after: [",?", "mt?", "#baseWord?", "@more", "the", "#month"] },
    produces: { kind: "change", direction: "up" },
    example: { sentence: "Output reached 752,000 mt in September, 3.6% above the August level.", figure: "3.6%", kind: "change", direction: "up" },
  },
  {
    name: "less-than-the-month",
    pattern: { after: [",?", "mt?", "#baseWord?", "@less", "the", "#month"] },
    produces: { kind: "change", direction: "down" },
    example: { sentence: "Output was 2.0% below the July figure.", figure: "2.0%", kind: "change", direction: "down" },
  },
  {
    name: "more-than-the-level-of-month",
    pattern: { after: [",?", "mt?", "#baseWord?", "@more", "the", "level|figure|total|output|volume", "of|in|seen", "in?", "#month"] },
    produces: { kind: "change", direction: "up" },
    example: { sentence: "Output was 3.6% above the level of August.", figure: "3.6%", kind: "change", direction: "up" },
  },
  {
    name: "less-than-the-level-of-month",
    pattern: { after: [",?", "mt?", "#baseWord?", "@less", "the", "level|figure|total|output|volume", "of|in|seen", "in?", "#month"] },
    produces: { kind: "change", direction: "down" },
    example: { sentence: "Output was 2.0% below the level seen in July.", figure: "2.0%", kind: "change", direction: "down" },
  },
  {
    // "0.38 GW (14.4%) fewer than in January": the second number of a pair in brackets, the comparative after them
    name: "bracketed-pair-more-than",
    pattern: { before: ["^"], after: [")", "@more", "@comparedWith|#baseWord|#month"] },
    produces: { kind: "change", direction: "up" },
    example: { sentence: "Output came to 3.1 GW, 0.4 GW (14.8%) more than in May.", figure: "14.8%", kind: "change", direction: "up" },
  },
  {
    name: "bracketed-pair-less-than",
    pattern: { before: ["^"], after: [")", "@less", "@comparedWith|#baseWord|#month"] },
    produces: { kind: "change", direction: "down" },
    example: { sentence: "Output came to 2.2 GW, 0.4 GW (15.4%) fewer than in May.", figure: "15.4%", kind: "change", direction: "down" },
  },
  {
    // "was 1.9 percentage points above its level a year earlier": compared with its own level at another time
    name: "more-than-its-level",
    pattern: { after: [",?", "@more", "its|their", "level|levels|reading|figure", "of|in?", "a|one|last|the", "year|month"] },
    produces: { kind: "change", direction: "up" },
    example: {
      sentence: "The rate was 1.9 percentage points above its level a year earlier.",
      figure: "1.9 percentage points",
      kind: "change",
      direction: "up",
    },
  },
  {
    name: "less-than-its-level",
    pattern: { after: [",?", "@less", "its|their", "level|levels|reading|figure", "of|in?", "a|one|last|the", "year|month"] },
    produces: { kind: "change", direction: "down" },
    example: {
      sentence: "The rate was 2.0 percentage points below its level a year earlier.",
      figure: "2.0 percentage points",
      kind: "change",
      direction: "down",
    },
  },
  {
    // "SMM sees 6.0% more ferromolybdenum output in March": a comparative before the output noun (the product's name between)
    name: "more-output-after",
    pattern: { after: ["more|higher", "*3", "output|production"] },
    produces: { kind: "change", direction: "up" },
    example: { sentence: "SMM sees 6.0% more ferromolybdenum output in March than in February.", figure: "6.0%", kind: "change", direction: "up" },
  },
  {
    name: "less-output-after",
    pattern: { after: ["less|lower|fewer", "*3", "output|production"] },
    produces: { kind: "change", direction: "down" },
    example: { sentence: "SMM sees 4.0% less zinc output in March than in February.", figure: "4.0%", kind: "change", direction: "down" },
  },
  {
    // "10.59% above the 541,000 mt of November 2024": compared with the figure that follows
    name: "more-than-next-figure",
    pattern: { after: [",?", "@more", "the|that|its?", "$"] },
    // ("came in at 2.431 million mt, above the 2.415 million mt SMM had forecast": a level reached, then set against another)
    unless: [LEVEL_THEN_COMPARED],
    produces: { kind: "change", direction: "up" },
    example: {
      sentence: "Output was 2.45% below October's total and 10.59% above the 541,000 mt of November 2024.",
      figure: "10.59%",
      kind: "change",
      direction: "up",
    },
  },
  {
    name: "less-than-next-figure",
    pattern: { after: [",?", "@less", "the|that|its?", "$"] },
    unless: [LEVEL_THEN_COMPARED],
    produces: { kind: "change", direction: "down" },
    example: { sentence: "Output was 2.45% below the 613,300 mt of October.", figure: "2.45%", kind: "change", direction: "down" },
  },
  {
    name: "higher-lower-at-clause-end",
    // (a bracket's end too: "Utilisation: 78.4% (3.0 pts lower)")
    pattern: { after: [",?", "mt?", "#baseWord?", "higher|lower", ".|;|,|)|$"] },
    produces: { kind: "change", direction: "word" },
    example: { sentence: "Output in May was 2.5% lower.", figure: "2.5%", kind: "change", direction: "down" },
  },
  {
    // "a sharp 28-percentage-point drop in capacity utilisation"; after "was", "to", "at" or "reached"
    // the words before the figure decide
    name: "change-noun-after",
    pattern: { after: [",?", "mt?", "@basisWord?", "@changeNoun"] },
    // ("3.41%, year-on-year increase of 9.8%": a change noun with its own "of" after a comma heads the next figure)
    unless: [{ before: ["to|at|was|reached", "@approx?"] }, { after: [",", "@basisWord?", "@changeNoun", "of|by"] }],
    produces: { kind: "change", direction: "word" },
    example: { sentence: "SMM forecasts a 2.1% MoM decline in March.", figure: "2.1%", kind: "change", direction: "down" },
  },
  // ---- a change noun and its verb before the figure
  {
    name: "change-noun-amounted-to",
    // ("the H1 increase was 243,000 mt": "H1" is two tokens)
    pattern: { core: ["the|this|that|a|an", "*2", "@changeNoun", "@amountedTo"] },
    produces: { kind: "change", direction: "word" },
    example: { sentence: "The increase amounted to over 4,000 mt month-on-month.", figure: "4,000 mt", kind: "change", direction: "up" },
  },
  {
    // "MoM growth is now 15.7% and YoY growth 33.7%": a base's change noun, then the verb of its size
    name: "marker-change-noun-is",
    pattern: { core: ["mom|yoy", "@changeNoun", "@amountedTo", "now?"] },
    produces: { kind: "change", direction: "word" },
    example: { sentence: "After the revision, MoM growth is now 6.2%.", figure: "6.2%", kind: "change", direction: "up" },
  },
  {
    // "The year-on-year decline in output was 7.3%": the change noun, what it is a change in (a few words), then the verb of
    // its size
    name: "change-noun-in-amounted-to",
    pattern: { core: ["the|this|that", "*2", "@changeNoun", "in|of", "*3", "@amountedTo"] },
    produces: { kind: "change", direction: "word" },
    example: { sentence: "The month-on-month drop in bismuth output was about 4.1%.", figure: "4.1%", kind: "change", direction: "down" },
  },
  {
    // "SMM estimates the rise at about 1%", "puts the decline at 3%": the size a change noun is put at
    name: "change-noun-put-at",
    pattern: { core: ["puts|put|estimates|estimated|pegs|pegged|places|placed|sees|saw", "the|this|that", "*1", "@changeNoun", "at"] },
    produces: { kind: "change", direction: "word" },
    example: { sentence: "September should bring more alumina; SMM estimates the rise at about 1%.", figure: "1%", kind: "change", direction: "up" },
  },
  {
    // "the increase is expected to be larger, approaching 8% m-o-m", "the decline was steeper, at 12.4%": the change noun
    // is the clause's subject, the figure its size
    name: "change-noun-subject-size",
    pattern: { core: ["the|this", "@changeNoun", "**", ",", "at|approaching|nearing|reaching|around|near"] },
    // (not an output noun's apposition: "... of the increase; NCA precursor output, at 310 mt, was flat")
    unless: [{ core: ["output|production", ",", "at"] }],
    produces: { kind: "change", direction: "word" },
    example: { sentence: "In March the increase is expected to be larger, approaching 8% m-o-m.", figure: "8%", kind: "change", direction: "up" },
  },
  {
    // "November's m-o-m decline narrows to 1.7%", "the increase widened to 4%": a change noun whose size moved to the figure
    name: "change-noun-narrows-to",
    pattern: {
      // ("y/y growth slowed to 6.4%", "the YoY decline eased to 2.5%": verbs of pace too)
      core: [
        "@changeNoun",
        "narrows|narrowed|narrowing|widens|widened|widening|slowed|slows|slowing|eased|eases|easing|accelerated|accelerates|quickened|moderated|cooled",
        "to",
      ],
    },
    produces: { kind: "change", direction: "word" },
    example: { sentence: "On the revised basis, November's decline narrows to 1.7%.", figure: "1.7%", kind: "change", direction: "down" },
  },
  {
    name: "change-rate-of",
    pattern: { core: ["@changeNoun", "rate", "of|was|at"] },
    produces: { kind: "change", direction: "word" },
    example: { sentence: "Output grew, with a growth rate of over 25%.", figure: "25%", kind: "change", direction: "up" },
  },
  // ---- hedged figures: a bound or an approximate level
  {
    // "falling below 70%": a direction verb and a bound state a level
    name: "verb-below-bound",
    pattern: { core: ["@boundVerb"] },
    hedged: true,
    hedge: ["under"],
    produces: { kind: "level" },
    example: { sentence: "Output in January is forecast to fall below 1 million mt.", figure: "1 million mt", kind: "level", direction: null },
  },
  {
    name: "verb-above-bound",
    pattern: { before: ["above"], core: ["@boundVerb"] },
    produces: { kind: "level" },
    example: { sentence: "LFP output remained above 100,000 mt in April.", figure: "100,000 mt", kind: "level", direction: null },
  },
  {
    // "reached about 3,000 mt", "smelters produced over 90,000 mt": a hedge word before the figure and no change word before it
    name: "hedged-level",
    pattern: {},
    hedged: true,
    hedge: ["approx", "over", "under"],
    unless: [
      { core: ["^", ",?", "@conjunction?"] }, // "..., and about 3%" leans on the figure before
      { core: ["@direction", "*2"] }, // "rose sharply by about 3%"
      { core: ["by|of"] }, // "by about 3%"
      { core: ["@changeNoun|change", "..."] }, // "the growth in May was about 3%"
    ],
    produces: { kind: "level" },
    example: { sentence: "Output reached approximately 1.2 million mt.", figure: "1.2 million mt", kind: "level", direction: null },
  },
  // ---- the verb or noun right before the figure
  {
    // "Smelters recovered 301.5 mt of silver": what was recovered (extracted) is a level, not a rebound
    name: "recovered-tonnage-of",
    pattern: { core: ["recovered|recovers|recover|recovering"], after: ["mt?", "of"] },
    produces: { kind: "level" },
    example: { sentence: "Lead smelters recovered 280.0 mt of silver in May.", figure: "280.0 mt", kind: "level", direction: null },
  },
  {
    name: "change-word-by-of",
    pattern: { core: ["@change", "of|by"] },
    produces: { kind: "change", direction: "word" },
    example: { sentence: "Output posted an increase of 3.5% MoM.", figure: "3.5%", kind: "change", direction: "up" },
  },
  {
    // "production added up to 2.484 million mt": a total, not an addition
    name: "added-up-to",
    pattern: { before: ["added|adds|add|adding", "up", "to"] },
    produces: { kind: "level" },
    example: { sentence: "Over January-August, production added up to 2.48 million mt.", figure: "2.48 million mt", kind: "level", direction: null },
  },
  {
    // "restarts lifted output 21.7% MoM", "cutting production 5%": a verb with output as its object, the figure its size
    name: "verb-output-size",
    pattern: {
      core: [
        "lifting|lifted|raising|raised|boosting|boosted|cutting|cut|reducing|reduced|lowering|lowered|trimming|trimmed|curbing|curbed",
        "its|their|the?",
        "total|national|combined?",
        "output|production",
      ],
    },
    produces: { kind: "change", direction: "word" },
    example: { sentence: "Plants restarted, lifting output 21.7% MoM to 56,100 mt.", figure: "21.7%", kind: "change", direction: "up" },
  },
  {
    name: "change-word",
    pattern: { core: ["@change"] },
    produces: { kind: "change", direction: "word" },
    example: { sentence: "Output fell 4.1% YoY.", figure: "4.1%", kind: "change", direction: "down" },
  },
  {
    // "SMM has revised the figure up to 268,500 mt": a revision's direction says which way the figure moved, the figure
    // after "to" is the new level
    name: "revised-up-to",
    pattern: {
      before: [
        "revised|revises|revising|raised|lowered|adjusted|corrected|restated|lifted|trimmed",
        "*4",
        "up|down|upward|upwards|downward|downwards",
        "to",
        "@approx?",
      ],
    },
    produces: { kind: "level" },
    example: { sentence: "SMM has revised the figure up to 48,300 mt, down 2.1% MoM.", figure: "48,300 mt", kind: "level", direction: null },
  },
  {
    // "a significant drop in polysilicon output in August, of about 12% MoM": a change noun, what it is a change in, then
    // "of" and its size (not a level the change reached: "a rise in the rate to a record level of 90%")
    name: "change-noun-in-then-of",
    // ("SMM expects another decline in November, of about 5% MoM": "another" is a determiner too, lexicon changeDeterminer)
    pattern: { core: ["@changeDeterminer", "*1", "@changeNoun", "in", "*6", "of"] },
    unless: [{ core: ["to|at|reaching|reached", "*5", "of"] }],
    produces: { kind: "change", direction: "word" },
    example: { sentence: "SMM expects a sharp drop in silver output in May, of about 9% MoM.", figure: "9%", kind: "change", direction: "down" },
  },
  {
    // "rose to 1.2 million mt": a change word before "to" or "at" is a level too
    name: "level-word",
    pattern: { core: ["@levelWord"] },
    // ("a decline of 3.1% MoM and of 8.0% YoY": the change's "of" said again after the figure before, not a level's)
    unless: [{ before: ["^", "@basisWord?", "and|or", "of"] }],
    produces: { kind: "level" },
    example: { sentence: "Output rose to 1.2 million mt.", figure: "1.2 million mt", kind: "level", direction: null },
  },
  // ---- a change word further back
  {
    name: "change-noun-of-earlier",
    pattern: { core: ["@changeDeterminer|mom|yoy", "*1", "@changeNoun", "in|of", "**"] },
    produces: { kind: "change", direction: "word" },
    example: {
      sentence: "The reduction in working days in February (only 28 days) dragged output down.",
      figure: "28 days",
      kind: "change",
      direction: "down",
    },
  },
  {
    // "decreased marginally in September, by 1.2%", "rose for a second month in April, by 4.6%": the direction word a
    // few words back (eight words; six read every fixture alike, eight read "rose for a second month in April, by" too)
    name: "direction-then-by",
    pattern: { core: ["@direction", "*8", "by"] },
    produces: { kind: "change", direction: "word" },
    example: { sentence: "Refined tin output decreased marginally in September, by 1.2% MoM.", figure: "1.2%", kind: "change", direction: "down" },
  },
  {
    name: "direction-then-adverbs",
    pattern: { core: ["@direction", "@manner?", "@manner?", "@manner?"] },
    produces: { kind: "change", direction: "word" },
    example: { sentence: "Output was 52,000 mt, down slightly (1.1% MoM).", figure: "1.1%", kind: "change", direction: "down" },
  },
];

// ------------------------------------------------------------------ matcher

/** The first piece lexed after and before the figure, in characters (doubling with each further piece): most rules fail on the first word after it. */
const FIRST_PIECE = { after: 12, before: 16 };

/**
 * The words on one side of a figure, as a sequence walked outward from it (after the figure:
 * forward; before it: backward). The text is lexed on demand, nearest piece first, each piece cut
 * at a space: a token never spans a space and lex() looks behind nothing, so the tokens are the
 * ones lex() gives for the whole text. Most rules decide within a few words of the figure.
 */
export class Side {
  private readonly toks: Token[] = [];
  private pos: number;
  private piece: number;
  constructor(
    private readonly text: string,
    private readonly forward: boolean,
    tokens?: readonly Token[],
  ) {
    this.pos = forward ? 0 : text.length;
    this.piece = forward ? FIRST_PIECE.after : FIRST_PIECE.before;
    if (tokens) {
      this.toks = forward ? [...tokens] : [...tokens].reverse();
      this.pos = forward ? text.length : 0;
    }
  }
  /** The i-th token outward from the figure, or undefined past the end of the text. */
  at(i: number): Token | undefined {
    while (i >= this.toks.length && this.more());
    return this.toks[i];
  }
  private more(): boolean {
    const { text, forward } = this;
    if (forward ? this.pos >= text.length : this.pos <= 0) return false;
    let cut = forward ? this.pos + this.piece : this.pos - this.piece;
    this.piece *= 2;
    if (forward) {
      while (cut < text.length && !isSpace(text.charCodeAt(cut))) cut++;
      if (cut >= text.length) cut = text.length;
      for (const t of lex(text.slice(this.pos, cut))) this.toks.push(t);
    } else {
      while (cut > 0 && !isSpace(text.charCodeAt(cut))) cut--;
      if (cut <= 0) cut = 0;
      const got = lex(text.slice(cut, this.pos));
      for (let k = got.length - 1; k >= 0; k--) this.toks.push(got[k] as Token);
    }
    this.pos = cut;
    return true;
  }
}

const SPACE_RE = /\s/;
/** JavaScript's \s (what lex() skips between tokens). */
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE_RE.test(String.fromCharCode(c)));

export interface Alt {
  /** Gap steps: how many tokens they may skip (0: not a gap), and whether a comma or semicolon stops them. */
  gap: number;
  clause: boolean;
  optional: boolean;
  tags: number;
  /** Words, and the one-word entries of the classes. */
  words: ReadonlySet<string>;
  /** Phrases of two or more tokens in walking order (lower-case texts), by their first token, the longest first. */
  phrases: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** "$" (after the figure) or "^" (before it): the text ends here. */
  end: boolean;
  /** Some of its words have a direction (the ones a change "from the word" takes it from). */
  directional: boolean;
}

/** What "_" in a phrase takes: one word (a regular expression's \w+). */
const WORD_RE = /^\w+$/;

const NO_PHRASES: ReadonlyMap<string, readonly (readonly string[])[]> = new Map();

function gapStep(gap: number, clause: boolean): Alt {
  return { gap, clause, optional: true, tags: 0, words: new Set(), phrases: NO_PHRASES, end: false, directional: false };
}

function compileStep(s: Step, forward: boolean): Alt {
  if (s === "*") return gapStep(4, false);
  if (/^\*\d+$/.test(s)) return gapStep(Number(s.slice(1)), false);
  if (s === "**") return gapStep(Infinity, false);
  if (s === "...") return gapStep(Infinity, true);
  if (s === "^") return { ...gapStep(0, false), optional: false, end: true };
  const optional = s.endsWith("?") && s.length > 1;
  const body = optional ? s.slice(0, -1) : s;
  let tags = 0;
  let end = false;
  const words = new Set<string>();
  const phrases = new Map<string, string[][]>();
  for (const a of body.split("|")) {
    if (a === "$" || a === "^") end = true;
    else if (a.startsWith("#")) tags |= TAGS[a.slice(1) as TagName];
    else if (a.startsWith("@"))
      for (const p of ROLE_WORDS[a.slice(1) as RoleWordClass] as readonly string[]) {
        const toks = forward ? p.split(" ") : p.split(" ").reverse();
        if (toks.length === 1) words.add(p);
        else {
          const list = phrases.get(toks[0] as string);
          if (list) list.push(toks);
          else phrases.set(toks[0] as string, [toks]);
        }
      }
    else words.add(a);
  }
  for (const list of phrases.values()) list.sort((x, y) => y.length - x.length);
  const directional = [...words].some((w) => directionOf(w)) || [...phrases.values()].some((ps) => ps.some((x) => directionOf(x.join(" "))));
  return { gap: 0, clause: false, optional, tags, words, phrases, end, directional };
}

export interface Compiled {
  /** The steps in walking order: as written after the figure, reversed before it. */
  steps: Alt[];
  /** What the first token a match takes can be (the steps up to the first required one), or null when anything can start one. */
  lead: { tags: number; words: ReadonlySet<string> } | null;
  /** The tokens each step took in the last match, [from, to) outward (-1: none). */
  spans: Int32Array;
}

export function compile(steps: Step[] | undefined, forward: boolean): Compiled | null {
  if (!steps) return null;
  const alts = steps.map((x) => compileStep(x, forward));
  if (!forward) alts.reverse();
  let lead: Compiled["lead"] = { tags: 0, words: new Set() };
  for (const a of alts) {
    if (a.gap > 0 || a.end) {
      lead = null;
      break;
    }
    lead = { tags: lead.tags | a.tags, words: new Set([...lead.words, ...a.words, ...a.phrases.keys()]) };
    if (!a.optional) break;
  }
  if (alts.every((a) => a.optional)) lead = null;
  return { steps: alts, lead, spans: new Int32Array(2 * alts.length) };
}

/** A window: the tokens of a side from `from` outward. */
export interface Win {
  side: Side;
  from: number;
}

/**
 * Match c.steps[k..] at the window's token q (counted outward). A step tries its longest phrase
 * first, then one word, then (if optional) none; a gap skips as few tokens as it can. Returns
 * where the match ends, or -1.
 */
function walk(c: Compiled, k: number, side: Side, q: number): number {
  const steps = c.steps;
  if (k === steps.length) return q;
  const a = steps[k] as Alt;
  const spans = c.spans;
  if (a.gap > 0) {
    for (let g = 0, p = q; g <= a.gap; g++, p++) {
      const r = walk(c, k + 1, side, p);
      if (r >= 0) return r;
      const t = side.at(p);
      if (!t || (a.clause && (t.text === "," || t.text === ";"))) return -1;
    }
    return -1;
  }
  const t = side.at(q);
  if (t) {
    const phrases = a.phrases.get(t.lower);
    if (phrases)
      for (const p of phrases) {
        let ok = true;
        for (let i = 1; i < p.length && ok; i++) {
          const x = side.at(q + i);
          ok = x !== undefined && (p[i] === "_" ? WORD_RE.test(x.text) : x.lower === p[i]);
        }
        if (!ok) continue;
        spans[2 * k] = q;
        spans[2 * k + 1] = q + p.length;
        const r = walk(c, k + 1, side, q + p.length);
        if (r >= 0) return r;
      }
    if ((t.tags & a.tags) !== 0 || a.words.has(t.lower)) {
      spans[2 * k] = q;
      spans[2 * k + 1] = q + 1;
      const r = walk(c, k + 1, side, q + 1);
      if (r >= 0) return r;
    }
  }
  spans[2 * k] = spans[2 * k + 1] = -1;
  if ((a.end && !t) || a.optional) return walk(c, k + 1, side, q);
  return -1;
}

/**
 * The direction of the direction word nearest the figure's far side among those the last match of
 * c took: the last one in text order after the figure, the last one before the figure too (the
 * one nearest the figure), or null.
 */
function directionIn(c: Compiled, side: Side, after: boolean): Direction | null {
  let best = -1;
  let dir: Direction | null = null;
  for (let k = 0; k < c.steps.length; k++) {
    const from = c.spans[2 * k] as number;
    const to = c.spans[2 * k + 1] as number;
    if (from < 0 || !(c.steps[k] as Alt).directional || (best >= 0 && (after ? from < best : from > best))) continue;
    const words: string[] = [];
    for (let q = from; q < to; q++) words.push((side.at(q) as Token).lower);
    const d = directionOf((after ? words : words.reverse()).join(" "));
    if (d) {
      best = from;
      dir = d;
    }
  }
  return dir;
}

/** The words each step of c's last match took (lower case, in text order), skipping gaps and steps that took none. */
export function takenWords(c: Compiled, side: Side, forward: boolean): string[] {
  const out: string[] = [];
  for (let k = 0; k < c.steps.length; k++) {
    const from = c.spans[2 * k] as number;
    const to = c.spans[2 * k + 1] as number;
    if (from < 0 || (c.steps[k] as Alt).gap > 0) continue;
    const words: string[] = [];
    for (let q = from; q < to; q++) words.push((side.at(q) as Token).lower);
    out.push((forward ? words : words.reverse()).join(" "));
  }
  return forward ? out : out.reverse();
}

interface CompiledPattern {
  after: Compiled | null;
  before: Compiled | null;
  core: Compiled | null;
}
const compilePattern = (p: RolePattern): CompiledPattern => ({ after: compile(p.after, true), before: compile(p.before, false), core: compile(p.core, false) });

const COMPILED = LEVEL_CHANGE_RULES.map((rule) => ({ rule, pattern: compilePattern(rule.pattern), unless: (rule.unless ?? []).map(compilePattern) }));

/** The windows of one figure. */
interface Windows {
  after: Win;
  before: Win;
  core: Win;
}

/** Does every window's pattern match, each walked outward from the figure? */
const patternMatches = (p: CompiledPattern, ws: Windows): boolean =>
  (!p.after || matchesAt(p.after, ws.after)) && (!p.before || matchesAt(p.before, ws.before)) && (!p.core || matchesAt(p.core, ws.core));

export function matchesAt(c: Compiled, w: Win): boolean {
  const lead = c.lead;
  if (lead) {
    const t = w.side.at(w.from);
    if (!t || ((t.tags & lead.tags) === 0 && !lead.words.has(t.lower))) return false;
  }
  return walk(c, 0, w.side, w.from) >= 0;
}

const HEDGE = compileStep("@hedge", false);

/** How many tokens outward from q are hedge words or comparison bases ("about", "more than", "MoM", "~"). */
function hedgeLength(side: Side, q: number): number {
  let j = q;
  // at most three hedges, as many as a figure carries ("a further approximately 3%")
  for (let round = 0; round < 3; round++) {
    const at = j;
    // a comparison base after a word ("rose MoM")
    while (side.at(j + 1) && ((side.at(j) as Token).tags & TAGS.baseWord) !== 0) j++;
    const t = side.at(j);
    if (!t) break;
    const phrase = HEDGE.phrases.get(t.lower)?.find((p) => p.every((x, i) => side.at(j + i)?.lower === x));
    if (phrase) j += phrase.length;
    else if (HEDGE.words.has(t.lower)) j++;
    if (j === at) break;
  }
  return j - q;
}

export interface Role {
  kind: "level" | "change" | null;
  direction: Direction | null;
  /** The rule that decided, or null when none did. */
  rule: string | null;
}

const NONE: Role = Object.freeze({ kind: null, direction: null, rule: null });

/**
 * The role of a figure from the text before it (from the previous figure's words on) and after it
 * (to the next figure), and its hedge. The first rule of LEVEL_CHANGE_RULES that matches decides.
 * Tokens already lexed from the same texts may be passed in.
 */
export function roleOf(left: string, hedge: Hedge, right: string, tokens?: { before: readonly Token[]; after: readonly Token[] }): Role {
  const before = new Side(left, false, tokens?.before);
  const after = new Side(right, true, tokens?.after);
  // "... (+": a bracket and a sign before the figure belong to it
  let from = 0;
  const sign = before.at(from)?.text;
  if (sign === "+" || sign === "-") from++;
  if (before.at(from)?.text === "(") from++;
  // ("6,900 mt (or 24.1%) lower": a bracket that restates with "or" is a bracket still)
  else if (before.at(from)?.text.toLowerCase() === "or" && before.at(from + 1)?.text === "(") from += 2;
  const hedges = hedgeLength(before, from);
  const ws: Windows = { after: { side: after, from: 0 }, before: { side: before, from }, core: { side: before, from: from + hedges } };
  for (let r = 0; r < COMPILED.length; r++) {
    const { rule, pattern, unless } = COMPILED[r] as (typeof COMPILED)[number];
    if (rule.hedged && hedges === 0) continue;
    if (rule.hedge && !rule.hedge.includes(hedge)) continue;
    if (!patternMatches(pattern, ws)) continue;
    let vetoed = false;
    for (let u = 0; u < unless.length && !vetoed; u++) vetoed = patternMatches(unless[u] as CompiledPattern, ws);
    if (vetoed) continue;
    const p = rule.produces;
    if (p.kind === "level") return { kind: "level", direction: null, rule: rule.name };
    if (p.direction !== "word") return { kind: "change", direction: p.direction, rule: rule.name };
    // the word's direction: the last one in text order
    let dir: Direction | null = null;
    if (pattern.before) dir = directionIn(pattern.before, before, false) ?? dir;
    if (pattern.core) dir = directionIn(pattern.core, before, false) ?? dir;
    if (pattern.after) dir = directionIn(pattern.after, after, true) ?? dir;
    return { kind: "change", direction: dir, rule: rule.name };
  }
  return NONE;
}

// ------------------------------------------------------------------ words that lead the next figure

/**
 * Words right before a figure that belong to it, not to the figure before them: "71,500 mt, m-o-m
 * up 1.1%", "fall 0.91%, year-on-year increase 15.63%", "metal content 31,200 mt, down 4.3%",
 * "MoM -4.0%, YoY -19.8%". A rule is a pattern over the words before the next figure (it ends at
 * that figure; steps as in LEVEL_CHANGE_RULES); its first step that takes a word is where the lead
 * starts. The figure before reads its trailing basis and its role from the words before the lead only.
 */
export interface LeadRule {
  name: string;
  pattern: Step[];
  /** A sentence, the figure led (as written), and the words the rule finds leading it. */
  example: { sentence: string; figure: string; lead: string };
}

export const NEXT_LEAD_RULES: readonly LeadRule[] = [
  {
    // a machine translation's "month-on-month reduce 1.06", "82.14%, compared with last month fall 0.97 pp";
    // "4% MoM, YoY up 11%"
    name: "marker-then-change",
    pattern: [",?", "@mom|@yoy", "is|was?", "@change", "by?", "@approx?", "+|-?"],
    example: {
      sentence: "The copper cathode operating rate was 82.14%, compared with last month fall 0.97 percentage points.",
      figure: "0.97 percentage points",
      lead: ", compared with last month fall ",
    },
  },
  {
    // "metal content 31,200 mt, down 4.3%", "1,200 mt, up YoY 4.31%"
    name: "change",
    pattern: [",", "@change", "@mom|@yoy?", "by?", "@approx?", "+|-?"],
    example: { sentence: "Nickel metal content reached 31,200 mt, up YoY 4.3%.", figure: "4.3%", lead: ", up YoY " },
  },
  {
    // "MoM -4.0%, YoY -19.8%"
    name: "marker",
    pattern: [",", "@mom|@yoy", ":?", "+|-?"],
    example: { sentence: "LFP output came to 36.84 wt, MoM+3.2%.", figure: "3.2%", lead: ", MoM+" },
  },
];

const LEADS = NEXT_LEAD_RULES.map((rule) => ({ rule, pattern: compile(rule.pattern, false) as Compiled }));

/**
 * Where, in the text between a figure and the next one, the words that lead the next figure start
 * (an offset into `between`), and the rule that found them; null when no rule does.
 */
export function leadOfNext(between: string): { start: number; rule: string } | null {
  const toks = lex(between);
  if (toks.length === 0) return null;
  const side = new Side(between, false, toks);
  for (const { rule, pattern } of LEADS) {
    if (!matchesAt(pattern, { side, from: 0 })) continue;
    // the outermost step that took a word (steps are in walking order: outward from the figure)
    let far = -1;
    for (let k = 0; k < pattern.steps.length; k++) if ((pattern.steps[k] as Alt).gap === 0) far = Math.max(far, (pattern.spans[2 * k + 1] as number) - 1);
    const t = side.at(far);
    if (t) return { start: t.start, rule: rule.name };
  }
  return null;
}
