/**
 * Precision rules: before a number read by the grammar becomes the product's figure, its clause
 * must agree on negation, comparison base, subject and time (the contract's "a wrong number is
 * worse than no number"). Rules are data: a name, where to look (scope), a token pattern, what it
 * concludes (a reason code), and an example it must fire on (tests/core/unit/precision.test.ts
 * runs every example). The first rule that matches excludes the figure.
 *
 * Scopes, from the figure's first token:
 * - `clause`: back to the nearest comma or boundary; a clause that has no verb of its own
 *   ("..., up 4.38%", "..., or 3.1%") extends to the clause before it.
 * - `right`: after the figure's unit up to the next number, comma or boundary.
 * - `chain`: back to the nearest strong boundary (sentence, ";", brackets, "while", "but").
 * - `subject`: the noun phrase in front of the nearest metric noun of the chain ("Jinchuan
 *   Group's nickel output"), with the words between it and the figure; the chain when none.
 * - `after`: after the figure to the next comma or the end of its chain ("9,650 mt over July 7-11").
 * - `before`: the four tokens right before the figure ("..., of which 600,000 mt").
 * - `fronted`: an adverbial that opens the chain and ends at its first comma ("In Indonesia, ...",
 *   "In Anhui, the largest producing province, ..."), when the figure comes after that comma;
 *   it sets the scene for the whole sentence (nothing when the chain does not open with one).
 * - `antecedent`: when the subject is a possessive pronoun ("their combined operating rate", "its
 *   output"), the words it refers back to: the chain's words before it, else the chain before the
 *   stop in front of it ("Smelters in Yunnan cut runs; their operating rate fell"); nothing otherwise.
 */
import type { ReasonCode } from "../types";
import { has, lex, TAGS, tokenAt, type TagName, type Token } from "./tokens";
import { EXPECT_VERB_STEMS_SRC, MOVED_CHANGE_NOUN_SRC, MOVED_VERB_SRC, PRODUCER_NAMES_SRC, ROLE_WORDS, TIER_ADJ_SRC } from "./lexicon";

/** A comparison by the lunar calendar: "the same lunar period", "on a lunar basis". */
const LUNAR_PERIOD: Step[] = ["lunar", "period|periods|calendar|months|basis"];

export type Scope = "clause" | "right" | "chain" | "subject" | "fronted" | "before" | "tail" | "after" | "antecedent";

/** A pattern step: "#tag", literal words "a|b", either with a trailing "?" (optional); "*" skips up to 4 tokens, "**" up to 24. */
export type Step = string;

/** A province's possessive ("Yunnan's", "Inner Mongolia's" as "mongolia's"): one step of the province rules. */
const PROVINCE_POSSESSIVES =
  "anhui's|beijing's|chongqing's|fujian's|gansu's|guangdong's|guangxi's|guizhou's|hainan's|hebei's|henan's|hubei's|hunan's|jiangsu's|jiangxi's|jilin's|liaoning's|ningxia's|qinghai's|shaanxi's|shandong's|shanxi's|sichuan's|xinjiang's|yunnan's|zhejiang's|mongolia's";

export interface PrecisionRule {
  name: string;
  reason: ReasonCode;
  scope: Scope;
  pattern: Step[];
  /** The rule does not fire when one of these patterns matches at the same start (e.g. "no more than" is a hedge). */
  unless?: Step[][];
  /** The rule does not fire when a token with one of these tags is among the 5 before the match. */
  notAfter?: TagName[];
  /** The rule does not fire when one of these words ("a|b") is among the 3 tokens before the match ("to meet annual targets"). */
  notAfterWords?: string;
  /** The match must open the scope (right after the figure: "the 9 million mt full-year target", not "3.5% as smelters chase annual targets"). */
  adjacent?: boolean;
  /** Not when the year is the edition's own and the edition is December's (the year's total is the year to date). */
  yearEnd?: boolean;
  /** Only when a year the match names is after the edition's year (any year when the edition is not known). */
  laterYear?: boolean;
  /** Only when the figure would be a forecast: a status on a later date ("as of early November") is not SMM's forecast. */
  forecastOnly?: boolean;
  /** Only when the figure would land on the product level: it names a part, and a part is a segment. */
  partOnly?: boolean;
  /** Not when the figure has a subject noun of its own after the match ("a mine halted, and salt-lake output fell 12%"). */
  ownSubjectBreaks?: boolean;
  /**
   * Not when SMM stands between the match and the figure: "any" for any mention ("although Henan plants said output could
   * dip, SMM expects ..."); "clause" only where SMM opens a clause of its own, SMM followed by expects/estimates/data
   * ("With Jinchuan's line back in service, SMM expects May output to recover to 13,000 mt": the company is the reason's,
   * the forecast SMM's).
   */
  smmBreaks?: "any" | "clause";
  /** Not when a comma and a change word of its own stand between the match and the figure ("did not decline as feared, rising 1.2%"). */
  ownVerbBreaks?: boolean;
  /** Only when no comma stands between the match and the figure (the figure inside the clause the match opens). */
  sameClause?: boolean;
  /** Not in a headline written in title case (most of the chain's longer words capitalised: "Yunnan and Sichuan Drive China's Output Down"). */
  notInTitle?: boolean;
  /** Not when one of these words ("a|b") stands between the match and the figure, either side (the figure has a subject of its own). */
  breakWords?: string;
  /** Not when "respectively" follows the figure in its clause, or stands before it (the measures named are paired with as many numbers). */
  respectivelyBreaks?: boolean;
  /** Not when "while", "whereas" or "but" stands between the match and the figure (a clause with a subject of its own). */
  contrastBreaks?: boolean;
  /** Not when a comma and "and" or "but" stand between the match and the figure (the figure in a later clause of its own). */
  clauseBreaks?: boolean;
  /**
   * Not when a clause of the figure's own names its month ("Full-year output totalled 5.19 million mt, and alloy output in
   * December was about 55,000 mt": December's figure, not the year's).
   */
  monthBreaks?: boolean;
  /**
   * Not when a reason clause opens between the figure and the match ("to fall by about 10% in January as smelters stop
   * for the holiday in the last week of the month": the week is the reason's, not the figure's).
   */
  reasonBreaks?: boolean;
  /** The province the match names is the figure's part (a segment of the product), when the figure names no other part. */
  placeIsPart?: boolean;
  /** The words the rule matched name the figure's part ("High-grade NPI -4.0% MoM": high-grade), when the figure names no other part. */
  matchIsPart?: boolean;
  /**
   * Not for a figure read as the distance from a forecast ("beating SMM's earlier forecast by about 110 mt") or as the
   * forecast itself ("10,100 mt above the 1.0034 million mt SMM had expected": the edition month's forecast).
   */
  notVersusExpected?: boolean;
  /** Not for an operating rate or its change (a sample's rate is the rate SMM reports: the seed's copper rate). */
  notForRates?: boolean;
  /** Only for a product of output outside China (overseas, Indonesian, global): China's own output is another subject there. */
  overseasOnly?: boolean;
  /** Only for a product of China's own output: "overseas" names its own subject in an overseas product's item. */
  chinaOnly?: boolean;
  /** The figure is about output outside China: the catalog's overseas version of the product may take it (parse.ts). */
  outsideChina?: boolean;
  /** A sentence and the number in it that the rule excludes. */
  example: [string, string];
}

/** Words that make a figure the nation's, not a sample's: "China's output", "Scaled up to the whole country". */
const NATIONAL_WORDS = "china's|chinese|national|nationwide|country's|whole|grossed|scaled";
/** The words of a sentence's trade topic ("In terms of imports,"): not "demand", whose side names a downstream product's output. */
const TRADE_TOPIC = "imports|import|exports|export|trade";

/** One producer's words, shared by the rules that name it ("a leading private smelter", "the largest producer"). */
const LEADING_WORDS = "leading|major|large|top|big|largest|biggest|key";
const OWNERSHIP_WORDS = "private|state-owned|independent|integrated?";
const ONE_PLANT_NOUNS = "producer|smelter|company|enterprise|refinery|mill|plant|maker|manufacturer|miner";
/** The verbs of a forecast said in the past ("we expected", "SMM saw"). */
const PAST_FORECAST_VERBS = "expected|forecast|predicted|projected|anticipated|estimated|saw";

export const PRECISION_RULES: readonly PrecisionRule[] = [
  // ---- negation
  {
    name: "negated-verb",
    reason: "negated",
    scope: "clause",
    pattern: ["#neg"],
    unless: [
      ["#neg", "only|less|more|fewer|longer|significant|significantly|much|exceeding|over|under|below|above|lower|higher|lesser"],
      ["no", "."],
      ["not", "least"],
      ["not", "#ing"],
    ],
    ownVerbBreaks: true,
    example: ["Output did not fall 3.2% MoM in May.", "3.2%"],
  },
  { name: "failed-to", reason: "negated", scope: "clause", pattern: ["failed|fails|fail", "to"], example: ["Output failed to rise 3% as expected.", "3%"] },
  // ---- another comparison base
  { name: "base-qoq-wow", reason: "other-base", scope: "right", pattern: ["#baseOther"], example: ["Output rose 3.1% QoQ.", "3.1%"] },
  {
    name: "base-on-quarter",
    reason: "other-base",
    scope: "right",
    pattern: ["#cmpPrep", "the|a?", "previous|prior|last|preceding", "quarter|week"],
    example: ["Output rose 3.1% from the previous quarter.", "3.1%"],
  },
  {
    name: "base-years-ago",
    reason: "other-base",
    scope: "right",
    pattern: ["#two", "years", "ago|earlier|before"],
    example: ["Output was 9.6% above the level of two years earlier.", "9.6%"],
  },
  {
    // "Compared with two years ago, NdFeB output is up 31%": the base opens the clause
    name: "base-years-ago-fronted",
    reason: "other-base",
    scope: "fronted",
    pattern: ["compared|versus|vs|relative|against", "with|to?", "#two", "years", "ago|earlier|before"],
    example: ["Compared with two years ago, NdFeB output is up 31%.", "31%"],
  },
  {
    name: "base-quarter",
    reason: "other-base",
    scope: "right",
    pattern: ["#cmpPrep", "in?", "the", "first|second|third|fourth|previous|prior|last|preceding", "quarter|half"],
    // ("First-half production was 365,000 mt, 22.4% less than in the first half of 2008": the same span a year earlier)
    unless: [
      ["#cmpPrep", "in?", "the", "first", "quarter|half", "of", "#year"],
      ["#cmpPrep", "in?", "the", "first", "quarter|half", "of", "last|the", "year|previous|prior"],
    ],
    example: ["Output was 3.6% higher than in the third quarter.", "3.6%"],
  },
  {
    name: "base-week-on-week",
    reason: "other-base",
    scope: "right",
    pattern: ["week|quarter", "on|over", "week|quarter"],
    example: ["Inventories fell 2.3% week on week.", "2.3%"],
  },
  {
    name: "base-schedule",
    reason: "other-base",
    scope: "right",
    pattern: ["#cmpPrep", "*", "plan|plans|planned|target|targets|targeted|budget|budgets|budgeted|guidance|schedule|schedules|scheduled|quota"],
    // ("beating SMM's expectation by 1,800 mt as the new line reached capacity sooner than planned": the reason's plan)
    reasonBreaks: true,
    example: ["Output came in 40,000 mt below the mills' own schedules.", "40,000 mt"],
  },
  {
    name: "base-year-level",
    reason: "other-base",
    scope: "right",
    pattern: ["#cmpPrep", "with|to?", "the|its?", "#year", "peak|level|high|low|average"],
    example: ["Output was 4% below the 2019 peak.", "4%"],
  },
  {
    name: "base-plan",
    reason: "other-base",
    scope: "right",
    pattern: ["#cmpPrep", "with|to?", "the|its|their?", "plan|planned|target|targets|budget|guidance|schedule"],
    // ("... by 1,800 mt as the new line reached design capacity sooner than planned": the reason's plan)
    reasonBreaks: true,
    example: ["Output ran 2% below the plan.", "2%"],
  },
  {
    name: "base-average-peak",
    reason: "other-base",
    scope: "right",
    pattern: ["#cmpPrep", "the|its|their|a?", "*", "average|peak"],
    // "operated at 79.6% on average": an average rate, not a comparison with one
    // ("down 0.56 percentage point from the average 59.96% in November": last month's average level, the month's base)
    unless: [
      ["on", "average"],
      ["#cmpPrep", "the|its|their|an?", "average", "#num"],
    ],
    example: ["Output was 7,600 mt above the first-quarter monthly average.", "7,600 mt"],
  },
  {
    name: "compared-with-quarter",
    reason: "other-base",
    scope: "chain",
    pattern: ["compared|relative|versus|against", "with|to?", "the|a?", "first|second|third|fourth|previous|prior|last|preceding", "quarter|half"],
    example: ["First-quarter output was 44,150 mt; compared with the fourth quarter of 2025 it was 1.9% lower.", "1.9%"],
  },
  {
    // "third quarter up 11.2% on Q2", "up 11.2% from the second quarter": a quarter's change on the quarter before
    name: "on-a-quarter",
    reason: "other-base",
    scope: "right",
    // ("Q2" is lexed as "q" and a number, where the scope ends)
    pattern: ["on|from|over|than|versus|vs", "the?", "q"],
    example: ["Lead output: third quarter up 8.4% on Q2.", "8.4%"],
  },
  {
    name: "from-the-quarter",
    reason: "other-base",
    scope: "right",
    pattern: ["on|from|over|than", "the", "first|second|third|fourth|previous|prior|preceding|last", "quarter"],
    // ("down 1.2% from the first quarter of 2010": the same quarter a year before)
    unless: [["on|from|over|than", "the", "first|second|third|fourth|previous|prior|preceding|last", "quarter", "of|in"]],
    example: ["Third-quarter production totalled 81,200 mt, up 6.1% from the second quarter.", "6.1%"],
  },
  {
    // "For the fourth quarter, SMM expects output to exceed 265,000 mt": a later quarter's, no month's
    name: "fronted-later-quarter",
    reason: "other-time",
    scope: "fronted",
    pattern: ["for|in|during|over|across", "the", "second|third|fourth", "quarter|quarters"],
    example: ["For the fourth quarter, SMM expects output to exceed 96,000 mt.", "96,000 mt"],
  },
  {
    name: "compared-with-year",
    reason: "other-base",
    scope: "chain",
    pattern: ["compared|relative|versus|against", "with|to?", "the|its|their?", "#year"],
    example: ["Compared with its 2020 peak, output is now down about 48%.", "48%"],
  },
  {
    // "the decline narrowed by 4.5 percentage points to 5.1%": how much a change moved, measured against last month's change
    // (the figure after "to" is the change)
    name: "change-moved-by",
    reason: "other-base",
    scope: "before",
    pattern: [MOVED_CHANGE_NOUN_SRC, MOVED_VERB_SRC, "by"],
    example: ["Year on year, the decline narrowed by 2.5 percentage points to 4.1%.", "2.5 percentage points"],
  },
  { name: "base-before-figure", reason: "other-base", scope: "clause", pattern: ["#baseOther"], example: ["The QoQ increase was 5%.", "5%"] },
  {
    // "On a quarter-on-quarter basis, output was 8.2% higher": a base that opens the sentence is its figures' base
    name: "fronted-other-base",
    reason: "other-base",
    scope: "fronted",
    pattern: ["on|in?", "a|the?", "#baseOther"],
    example: ["On a quarter-on-quarter basis, output was 6.4% higher.", "6.4%"],
  },
  {
    // "Quarter on quarter, first-quarter production was down 19%": the base in words, opening the sentence
    name: "fronted-period-on-period",
    reason: "other-base",
    scope: "fronted",
    pattern: ["week|quarter", "on|over|to", "week|quarter"],
    example: ["Week on week, output rose 3%.", "3%"],
  },
  // ---- another subject
  { name: "subject-world", reason: "other-subject", scope: "subject", pattern: ["#world"], example: ["Global refined nickel output rose 4% MoM.", "4%"] },
  {
    name: "subject-outside-china",
    reason: "other-subject",
    outsideChina: true,
    scope: "subject",
    pattern: ["outside|excluding|ex", "china|china's"],
    example: ["Output outside China fell 2%.", "2%"],
  },
  {
    // "Ex-China primary aluminium output edged up 0.4%": output outside China (an overseas product's own)
    name: "subject-ex-china",
    reason: "other-subject",
    outsideChina: true,
    scope: "subject",
    pattern: ["ex-china|ex-china's"],
    example: ["Ex-China refined zinc output edged up 0.4% MoM.", "0.4%"],
  },
  {
    // "China's output of 10 non-ferrous metals": the statistics bureau's total of ten metals, no product's
    name: "subject-metals-total",
    reason: "other-subject",
    scope: "subject",
    pattern: ["non-ferrous|nonferrous", "metals"],
    example: ["China's output of 10 non-ferrous metals in May was 5.4 million tons, up 3% from a year earlier.", "3%"],
  },
  {
    // "Total EVA resin output, including non-PV grades, rose 2.3%": a whole that takes in other grades than the product's
    name: "subject-including-other-grades",
    reason: "other-subject",
    scope: "subject",
    pattern: ["including|includes|incl|plus", "other|non-", "*", "grades|grade|types|kinds|specifications|applications|uses"],
    example: ["Total resin output, including non-solar grades, climbed 4.1% over the month.", "4.1%"],
  },
  {
    // "shanghai aluminum fell 6.2 per cent": the Shanghai exchange's contract, a price
    name: "subject-exchange-metal",
    reason: "not-production",
    scope: "subject",
    pattern: ["shanghai", "aluminum|aluminium|copper|zinc|nickel|lead|tin"],
    unless: [["shanghai", "*", "#metric"]],
    example: ["Although Shanghai aluminum fell 6.2 per cent in December, it stayed above smelters' costs.", "6.2 per cent"],
  },
  {
    // "China's output, by contrast, rose by 280,000 mt YoY" in an overseas product's item: China's figure is not the overseas
    // product's (a rule for overseas, Indonesian and global products only)
    name: "subject-china-for-overseas",
    reason: "other-subject",
    scope: "subject",
    overseasOnly: true,
    pattern: ["china's|chinese|domestic", "*", "output|production"],
    // (not "China's Indonesian NPI output": the Chinese-owned plants abroad)
    unless: [["china's|chinese", "indonesian|indonesia|indonesia's|overseas"]],
    example: ["Overseas output was flat, while China's output, by contrast, rose by 280,000 mt YoY.", "280,000 mt"],
  },
  {
    name: "subject-rest-of-world",
    reason: "other-subject",
    scope: "subject",
    pattern: ["rest", "of", "the", "world"],
    example: ["Output in the rest of the world fell 2%.", "2%"],
  },
  {
    // "by our own port-and-smelter tracking, Indonesian NPI output reached about 143,000 mt": a writer's own tracking, not SMM's data
    name: "own-tracking-fronted",
    reason: "other-subject",
    scope: "fronted",
    pattern: ["by|from|according", "to?", "our|my", "own"],
    example: ["By our own port tracking, Indonesian NPI output reached about 140,000 mt.", "140,000 mt"],
  },
  {
    // a total with China in it is neither China's output nor an overseas product's
    name: "subject-including-china",
    reason: "other-subject",
    scope: "fronted",
    pattern: ["including|incl.|plus", "china|china's"],
    example: ["Including China, global primary aluminium output came to about 5.887 million mt.", "5.887 million mt"],
  },
  {
    // "output came in about 2,000 mt above what the market had expected": the distance from the market's expectation,
    // not from SMM's forecast
    name: "market-expectation-after",
    reason: "other-subject",
    scope: "right",
    pattern: ["*", "market|market's|consensus|analysts|analysts'", "had|has?", "expected|forecast|estimated|anticipated|expectation|expectations"],
    example: ["Output came in about 2,000 mt above what the market had expected.", "2,000 mt"],
  },
  {
    name: "subject-price",
    reason: "not-production",
    scope: "subject",
    pattern: ["#price"],
    example: ["Nickel averaged 122,600 yuan/mt in September, up 0.6% MoM.", "0.6%"],
  },
  {
    name: "made-up",
    reason: "not-production",
    scope: "chain",
    pattern: ["made|make|makes|making", "up"],
    example: ["High-nickel materials made up 62% of output, 2 percentage points more than in August.", "2 percentage points"],
  },
  {
    name: "subject-share",
    reason: "not-production",
    scope: "chain",
    pattern: ["#share", "of|in|for"],
    // "High-grade NPI accounted for 27,200 mt of metal": a tonnage a part accounts for is its output
    unless: [["accounted|accounting|accounts", "for", "about|around|approximately|roughly|nearly|some?", "#num", "mt|tonnes|tons|t|million|thousand"]],
    example: ["The share of 300-series in total output fell 0.4 percentage points.", "0.4 percentage points"],
  },
  {
    name: "clause-ratio",
    reason: "not-production",
    scope: "clause",
    pattern: ["the|a|its", "*", "ratio|ratios|proportion|proportions|share|shares"],
    example: ["The operating rate was 96.6%, and the liquid aluminium ratio was 76.5%, up 0.9 percentage points MoM.", "0.9 percentage points"],
  },
  {
    name: "company-prefix",
    reason: "other-subject",
    scope: "chain",
    pattern: ["pt|cv|llc|jsc", "#capital", "#capital"],
    example: ["PT Sulawesi Nikel Makmur alone raised its output by 12% MoM.", "12%"],
  },
  {
    name: "market-expectation",
    reason: "other-subject",
    scope: "chain",
    pattern: [
      "market|market's|consensus|analysts|analysts'|analyst|broker|brokers'",
      "expectation|expectations|consensus|forecast|forecasts|estimate|estimates",
    ],
    example: ["November production fell short of previous market expectations (120,600 mt).", "120,600 mt"],
  },
  {
    name: "by-year-end",
    reason: "other-time",
    scope: "right",
    pattern: ["by", "the?", "end", "of", "#year"],
    example: ["Capacity is set to exceed 2.4 million mt/year by the end of 2023.", "2.4 million mt/year"],
  },
  {
    name: "other-source",
    reason: "other-subject",
    scope: "chain",
    pattern: ["#agency"],
    example: ["Antaike estimates January-September output at 32.4 million mt, up 2.9% YoY.", "32.4 million mt"],
  },
  {
    // "A separate research house put the operating rate at about 52%": another provider named by what it is
    name: "other-house",
    reason: "other-subject",
    scope: "chain",
    pattern: [
      "separate|independent|different|another|other|rival|outside",
      "research|consulting|data|analytics|market",
      "house|houses|firm|firms|provider|providers|institute|institutes|agency|agencies",
    ],
    example: ["A separate research house put the operating rate at about 52% for May.", "52%"],
  },
  {
    // "One investment bank estimates China's PV glass output will grow 12%", "One bank has forecast a 10% rebound": a bank's
    // or a broker's number, however named, is not SMM's (not "traders with little bank credit", "a bank holiday"; "a house"
    // and "a firm" are no banks: "a firm rebound")
    name: "other-bank",
    reason: "other-subject",
    scope: "chain",
    pattern: [
      "investment|merchant|commercial|foreign|global|international|world|securities|brokerage|one|a|another|some|several",
      "bank|banks|bank's|banks'|house|houses|firm|firms|broker|brokers|brokerage",
    ],
    unless: [
      ["one|a|another|some|several", "house|houses|firm|firms"],
      ["one|a|another|some|several", "bank", "holiday|holidays|loan|loans|credit"],
    ],
    // ("A foreign bank expects output to fall 10%, but SMM forecasts a decrease of 5%": SMM's own clause after "but")
    contrastBreaks: true,
    example: ["One investment bank expects output to grow 12% in June.", "12%"],
  },
  {
    // "A Shanghai-based bank is more bearish, forecasting April production down 8% YoY", "a Japanese broker": a bank or a broker
    // named by where it is from is another forecaster too
    name: "placed-bank",
    reason: "other-subject",
    scope: "chain",
    pattern: ["one|a|an|another", "#capital", "bank|banks|bank's|broker|brokers|brokerage"],
    contrastBreaks: true,
    example: ["A Shanghai-based bank is more bearish, forecasting April production down 8% YoY.", "8%"],
  },
  {
    // "Citi expects China's ternary output to slide 2% in August": a bank named by its name, the subject of its own verb of
    // expecting, is no SMM forecast
    name: "named-bank-expects",
    reason: "other-subject",
    scope: "chain",
    pattern: [
      "citi|citigroup|goldman|jpmorgan|jp|morgan|ubs|macquarie|hsbc|barclays|bofa|nomura|cicc|citic|jefferies|mizuho|bnp|socgen|commerzbank|bmo|rbc|standard",
      "sachs|stanley|morgan|securities|chartered|paribas|research|bank?",
      "expects|expected|forecasts|forecast|projects|projected|sees|saw|estimates|estimated|predicts|predicted|thinks|believes|reckons",
    ],
    example: ["Citi expects China's ternary output to slide 2% in August.", "2%"],
  },
  {
    // "A CITIC Securities report is more optimistic, seeing June output up 15% YoY": a securities house, whatever its
    // verb, is another forecaster (SMM's own clause after "but" or "while" stays SMM's)
    name: "securities-house",
    reason: "other-subject",
    scope: "chain",
    pattern: ["#capital", "securities|securities'"],
    contrastBreaks: true,
    example: ["A CITIC Securities report is more optimistic, seeing June output up 15% YoY.", "15%"],
  },
  {
    // "Methylchlorosilane monomer, the intermediate from which DMC is hydrolysed, was produced at about 310,000 mt": another
    // material, which an apposition says the product is made from or with
    name: "intermediate-apposition",
    reason: "other-subject",
    scope: "chain",
    pattern: [
      ",",
      "the|an?|its",
      "main|key|chief?",
      "intermediate|intermediates|feedstock|by-product|byproduct|co-product|coproduct",
      "from|for|of|used|in|that|which",
    ],
    example: ["Methylchlorosilane monomer, the intermediate from which DMC is hydrolysed, was produced at about 310,000 mt.", "310,000 mt"],
  },
  {
    // "A brokerage, by contrast, projects November output up 5%": a broker's number
    name: "other-broker",
    reason: "other-subject",
    scope: "chain",
    pattern: ["brokerage|brokerages|brokerage's|broker|brokers|broker's"],
    example: ["A brokerage, by contrast, projects November output up 5%.", "5%"],
  },
  {
    name: "according-to-other",
    reason: "other-subject",
    scope: "tail",
    pattern: ["according|per|citing", "to?", "the?", "#agency"],
    example: ["Output rose 4% MoM, according to Mysteel.", "4%"],
  },
  {
    name: "someone-said",
    reason: "other-subject",
    scope: "chain",
    pattern: ["#capital", "said|says|announced|disclosed|reported|reports|told"],
    // ("All told, July output reached N mt": an idiom for "in total")
    unless: [
      ["smm|smm's|it|we|they|he|she|this|that|which", "said|says|announced|disclosed|reported|reports|told"],
      ["all", "told"],
    ],
    smmBreaks: "any",
    example: ["Chalco said Q1 alumina output was 4.21 million mt.", "4.21 million mt"],
  },
  {
    // "Output in January-April was still 12% lower than a year earlier, an industry association estimated": a figure put down
    // to an association after it is the association's
    name: "association-said",
    reason: "other-subject",
    scope: "tail",
    pattern: [
      "according?",
      "to?",
      "an|a|the|one",
      "industry|trade|steel|nonferrous|non-ferrous|metals|national|local|provincial",
      "association|associations|body|federation|council",
      "estimated|estimates|said|says|reported|reports|calculated|figures|data",
    ],
    example: ["Output in January-April was still 12% lower than a year earlier, an industry association estimated.", "12%"],
  },
  {
    // "Magnet capacity in China exceeds 400,000 mt/year by most counts": a figure of common reckoning, nobody's survey
    name: "by-most-counts",
    reason: "other-subject",
    scope: "after",
    adjacent: true,
    pattern: ["by|according", "to?", "most|some|many|several|various|other|outside|market|industry", "counts|estimates|accounts|reckonings|measures|sources"],
    example: ["Tin smelting capacity exceeds 300,000 mt/year by some estimates.", "300,000 mt/year"],
  },
  {
    // "Correction: our 14:26 entry gave the operating rate as 66.3%; the correct figure is 63.6%": a correction's own numbers
    // (the earlier statement takes the right one; the correction is read as such, not as a figure of its own)
    name: "entry-gave-as",
    reason: "other-time",
    scope: "chain",
    pattern: ["entry|story|version|post|article|update|item", "gave|put|reported|stated|showed"],
    example: ["Correction: our 09:40 entry gave the operating rate as 71.2%; the correct figure is 72.1%.", "71.2%"],
  },
  {
    // "The Silver Institute, by contrast, projects that China's September output will rise about 1%": another body's forecast
    name: "institute-projects",
    reason: "other-subject",
    scope: "chain",
    smmBreaks: "any",
    pattern: [
      "#capital",
      "institute|association|bank|research|consultancy|consulting|council|bureau|federation|society",
      "*",
      "projects|forecasts|expects|estimates|predicts|sees|projected|forecast|expected|estimated|predicted|reckons",
    ],
    example: ["The Cobalt Institute, by contrast, projects that China's May output will fall about 2%.", "2%"],
  },
  {
    name: "the-correct-figure-is",
    reason: "other-time",
    scope: "chain",
    pattern: ["the", "correct|right|corrected", "figure|number|value|reading", "is|was"],
    example: ["Correction: our 09:40 entry gave the operating rate as 71.2%; the correct figure is 72.1%.", "72.1%"],
  },
  {
    // "the +21.4% YoY is Mysteel's": a figure said to be another provider's
    name: "is-other-source",
    reason: "other-subject",
    scope: "tail",
    pattern: ["is|are|was|were", "from?", "#agency"],
    example: ["- Zinc: the +21.4% YoY is Mysteel's.", "+21.4%"],
  },
  {
    name: "is-ours",
    reason: "other-subject",
    scope: "tail",
    pattern: ["is|are|was|were", "ours|mine"],
    example: ["SMM made no call for tin; the +6.0% in the table is ours.", "+6.0%"],
  },
  {
    name: "hearsay",
    reason: "other-subject",
    scope: "tail",
    pattern: [
      "according|per",
      "to?",
      "market|industry|trade|unconfirmed|unnamed|anecdotal?",
      "talk|rumours|rumors|rumour|rumor|chatter|hearsay|gossip|whispers|sources",
    ],
    example: ["Operating rates at the plants are running near 80%, according to market talk.", "80%"],
  },
  {
    name: "first-person-guess",
    reason: "other-subject",
    scope: "chain",
    pattern: ["i|i'd|i'm|i'll|i've|my"],
    // ("my country's cathode copper output": a translation's word for China)
    unless: [["my", "country|country's|country’s|nation|nation's"]],
    example: ["Marco: I'd guess April lithium hydroxide -2% MoM, but that's just me.", "-2%"],
  },
  {
    // "Our September output was about 3,200 mt of nickel": a producer's own output, quoted (SMM makes no metal; its own words
    // are "our forecast", "our sample")
    name: "our-output",
    reason: "facility",
    scope: "subject",
    pattern: ["our", "*", "output|production"],
    unless: [
      ["our", "*", "output|production", "forecast|forecasts|estimate|estimates|expectation|expectations|projection|projections|outlook|view|call|model"],
      ["our", "*", "sample|sample's|samples|sampled|survey|survey's|surveyed|data|statistics|coverage|database"],
    ],
    example: ['"Our September output was about 3,200 mt of nickel," the plant manager said.', "3,200 mt"],
  },
  {
    // "someone said carbonate operating rates hit 58% this month": a number heard from no one named is not SMM's
    name: "hearsay-someone",
    reason: "other-subject",
    scope: "chain",
    pattern: ["someone|somebody|rumoured|rumored|reportedly|allegedly"],
    example: ["Someone said cathode operating rates hit 58% this month.", "58%"],
  },
  {
    // "Its by-product, sulphuric acid, rose 3.0 per cent m-o-m": a by-product is another product
    name: "by-product",
    reason: "other-subject",
    scope: "chain",
    pattern: ["by-product|by-products|byproduct|byproducts|co-product|co-products"],
    example: ["Its by-product, sulphuric acid, rose 3.0% MoM to 5.9 million mt.", "3.0%"],
  },
  {
    // "even though its feedstock, molybdenum concentrate, fell 6.5%": what the product is made from is another product
    name: "its-feedstock",
    reason: "other-subject",
    scope: "chain",
    ownSubjectBreaks: true,
    // (not "the precursor", which in a precursor section is the product itself)
    pattern: ["its|their", "feedstock|feedstocks|raw|input|inputs", "material|materials?"],
    example: ["Ferromolybdenum output was stable, even though its feedstock, molybdenum concentrate, fell 6.5%.", "6.5%"],
  },
  {
    // "Silver nitrate output was 290 mt, using about 185 mt of silver": what the output used up is an input, not output
    name: "input-used",
    reason: "not-production",
    scope: "before",
    pattern: [",", "using|consuming|requiring|needing|burning", "about|around|roughly|some|nearly|approximately?"],
    example: ["Silver nitrate output was 290 mt, using about 185 mt of silver.", "185 mt"],
  },
  {
    // "Contrary to market talk of a 10 per cent cut, output did not fall": what the talk was, not what happened
    name: "talk-of",
    reason: "other-subject",
    scope: "before",
    pattern: ["talk|rumours|rumors|rumour|rumor|speculation|fears|chatter|whispers", "of", "a|an"],
    example: ["Contrary to market talk of a 10% cut, output did not fall in August.", "10%"],
  },
  {
    // "there have been rumours in the glass market that companies will cut production by 30%": what the rumour says, not SMM
    // ("Market talk that Jinchuan will cut output by 10% in August could not be confirmed")
    name: "rumours-that",
    reason: "other-subject",
    scope: "chain",
    pattern: ["rumours|rumors|rumour|rumor|speculation|gossip|whispers|talk|chatter", "*", "that"],
    example: ["There have been rumours in the market that kilns will cut production by 30%.", "30%"],
  },
  {
    // "Market rumours say the largest producer will suspend output for a month": what the rumour says, not SMM
    name: "rumours-say",
    reason: "other-subject",
    scope: "chain",
    pattern: [
      "rumours|rumors|rumour|rumor|speculation|gossip|whispers|talk|chatter",
      "say|says|said|suggest|suggests|suggested|claim|claims|claimed|have|has|had",
    ],
    example: ["Market rumours say a large plant will stop for a month, cutting national output by around 40%.", "40%"],
  },
  {
    // "At the start of August, the expected polysilicon output dropped to around 139,000 mt": what was expected moved, not output
    name: "expected-output-moved",
    reason: "other-time",
    scope: "chain",
    notVersusExpected: true,
    pattern: ["the", "expected|anticipated|projected", "*", "output|production"],
    example: ["Early in the month, the expected widget output dropped to around 39,000 mt.", "39,000 mt"],
  },
  {
    // "Lithium carbonate and lithium hydroxide parted ways: the former slipped 2.3% to 9,620 mt": the first of two names
    // before, which the grammar does not resolve (left out, not given to the name last mentioned; "the latter" is that
    // name, and "... respectively, the former up 3.2 percentage points" pairs the figures before with the names)
    name: "the-former",
    reason: "other-subject",
    scope: "chain",
    pattern: ["the", "former"],
    notAfterWords: "respectively",
    example: ["Zinc and lead parted ways: the former slipped 1.3% to 512,000 mt, while the latter rose 2.2%.", "1.3%"],
  },
  {
    // "Against May last year, when 1,631 mt was produced, output was 6.8% lower": the level of the year compared with
    name: "when-a-year-ago",
    reason: "other-time",
    scope: "before",
    pattern: ["year|ago|earlier|before", ",", "when"],
    example: ["Against June last year, when 2,040 mt was produced, output was 3.3% lower.", "2,040 mt"],
  },
  {
    // "down 24.2% from a year earlier, larger than the decline of 23% in January-April": the change it is set against
    name: "than-the-change-of",
    reason: "other-time",
    scope: "before",
    pattern: ["than", "the|a|an", "decline|drop|fall|decrease|increase|rise|growth|gain", "of"],
    example: ["Output fell 24.2% from a year earlier, larger than the decline of 23% in January-April.", "23%"],
  },
  {
    // "..., which, if confirmed, would cut national output by around 40%": what follows the condition is a hypothesis
    name: "if-confirmed",
    reason: "other-time",
    scope: "chain",
    pattern: ["if", "confirmed|true|realised|realized|implemented|enforced|carried|fully|sustained|approved|correct"],
    example: ["A plant may stop in May, which, if confirmed, would cut output by around 40%.", "40%"],
  },
  {
    // "Against the same lunar period of 2013, output was about 5% higher": a comparison by the lunar calendar, no MoM or YoY
    name: "lunar-period-fronted",
    reason: "other-base",
    scope: "chain",
    adjacent: true,
    pattern: ["against|compared|measured|versus|relative|on", "*", ...LUNAR_PERIOD],
    example: ["Against the same lunar period of 2013, output was about 5% higher.", "5%"],
  },
  {
    // "was 3% higher than in the same lunar period of 2013 and 6.1% lower than in January": the 3% only
    name: "lunar-period-right",
    reason: "other-base",
    scope: "right",
    pattern: LUNAR_PERIOD,
    example: ["Silver output was 3% higher than in the same lunar period of 2013 and 6.1% lower than in January.", "3%"],
  },
  {
    // "3.1% less than the week before", "up 2% from the previous week", "down 0.8 percentage points on the week": a week's change
    name: "than-the-week",
    reason: "other-base",
    scope: "right",
    pattern: ["than|from|over|versus|vs|on|against|compared", "with|to?", "the|a|last?", "previous|prior|preceding|last?", "week"],
    example: ["The sample produced 9,650 mt, 3.1% less than the week before.", "3.1%"],
  },
  {
    // "The sample produced 9,650 mt of nickel over July 7-11": days of a month (a week), not the month
    name: "days-of-month",
    reason: "other-time",
    scope: "after",
    pattern: ["#month", "#num", "#rangeEnd"],
    example: ["The sample produced 9,650 mt of nickel in NPI over July 7-11.", "9,650 mt"],
  },
  {
    // "In the three months to August, output was 12 per cent higher than in the previous three months": a rolling quarter
    name: "months-to",
    reason: "other-base",
    scope: "chain",
    pattern: ["two|three|four|six|2|3|4|6", "months", "to|through|ending|ended"],
    example: ["In the three months to August, output was 12% higher than in the previous three months.", "12%"],
  },
  {
    // "Output in December-February was 18% higher than in the previous three months": a span against the span before it
    name: "than-previous-months",
    reason: "other-base",
    scope: "right",
    pattern: ["than|over|on|versus|vs", "in?", "the", "previous|prior|preceding|last", "two|three|four|six|2|3|4|6", "months"],
    example: ["Output in December-February was 18% higher than in the previous three months.", "18%"],
  },
  {
    name: "other-forecaster",
    reason: "other-subject",
    scope: "chain",
    pattern: [
      "street|street's|consensus|brokers|brokers'|analysts|sell-side|buy-side",
      "expects|expect|sees|see|forecast|forecasts|estimate|estimates|had|has|of|put|puts|at",
    ],
    example: ["The Street expects Indonesian NPI output to rise about 5% in September.", "5%"],
  },
  {
    name: "province-possessive",
    reason: "part-of-industry",
    scope: "subject",
    pattern: [PROVINCE_POSSESSIVES],
    partOnly: true,
    // ("Yunnan's energy-consumption controls cut silicon metal output to 241,000 mt": a province's policy is the cause of the
    // whole's figure, not a part)
    unless: [
      [
        PROVINCE_POSSESSIVES,
        "*",
        "controls|curbs|checks|restrictions|rationing|policies|policy|inspections|shortages|shortage|rules|measures|campaign|campaigns|drive|crackdown|limits|targets",
        "cut|curbed|lowered|reduced|lifted|pushed|dragged|drove|limited|capped|trimmed|held|kept|brought|took|slashed",
      ],
    ],
    example: ["Sichuan's aluminium operating capacity dropped to around 120,000 mt/year.", "120,000 mt/year"],
  },
  {
    name: "called-on",
    reason: "other-time",
    scope: "chain",
    pattern: ["called|calling|calls|urged|urging|urges|proposed|proposing|proposes", "on|upon|for|producers|smelters|plants|members|companies"],
    example: ["An industry initiative called on producers to cut output by 30% in March.", "30%"],
  },
  {
    // "Huludao Zinc was told to cut output by 30% from 20 July": an order, not what happened (an order to curb emissions
    // orders no output: "where refineries were ordered to curb emissions, alumina output fell 9.8%")
    name: "told-to",
    reason: "other-time",
    scope: "chain",
    pattern: [
      "told|ordered|instructed|required|asked|directed",
      "*",
      "*",
      "to",
      "cut|reduce|curb|lower|limit|halt|trim|curtail|suspend|stop",
      "their|its?",
      "output|production|runs|operations",
    ],
    example: ["The county's smelters were ordered to cut output by 40% during the games.", "40%"],
  },
  {
    name: "output-there",
    reason: "part-of-industry",
    scope: "chain",
    pattern: ["output|production|capacity|runs", "there|here"],
    partOnly: true,
    example: ["Yunnan stayed in dry-season curtailment, with output there down 26.4% MoM.", "26.4%"],
  },
  {
    name: "published-earlier",
    reason: "other-time",
    scope: "right",
    pattern: ["published|reported|released|stated|announced|given", "a|one|last|earlier|previously|before"],
    // "6,400 mt below the expectation SMM published a month earlier": the published figure is the expectation, not this number
    notAfterWords: "expectation|expectations|forecast|forecasts|estimate|estimates|projection|projections",
    // ("slipped 1.4% in July as closures announced last year took effect": the reason's time, not the figure's)
    reasonBreaks: true,
    example: ["SMM revised October output to 3.412 million mt, from the 3.386 million mt published a month ago.", "3.386 million mt"],
  },
  {
    // "SMM had earlier put the month's output at about 4,700 mt; the figure was revised": an earlier estimate, replaced
    name: "had-earlier-put",
    reason: "other-time",
    scope: "chain",
    pattern: ["had", "earlier|previously|initially|originally|first", "put|estimated|reported|pegged|placed|given|seen|expected"],
    example: ["SMM had earlier put the month's output at about 4,700 mt; the figure was revised later.", "4,700 mt"],
  },
  {
    // "Our flash estimate of a 2.6% fall, published on March 27, has been revised to 2.1%": the figure a revision replaced
    name: "revised-away",
    reason: "other-time",
    scope: "tail",
    pattern: [
      "has|have|had|was|were|is|are",
      "since|now|subsequently|later?",
      "been?",
      "revised|corrected|amended|lowered|raised",
      "up|down|upward|downward|upwards|downwards?",
      "to",
    ],
    // ("a fall of 2.31% from March, whose figure SMM has revised up to 580,200 mt": the revision is the month named before it)
    breakWords: "whose|after",
    example: ["Our flash estimate of a 2.6% fall, published on March 27, has been revised to 2.1%.", "2.6%"],
  },
  {
    // "from March, whose figure SMM has revised up to 580,200 mt": the level a relative clause revises is that month's, not
    // the edition's month's
    name: "whose-figure-revised",
    reason: "other-time",
    scope: "chain",
    pattern: ["whose", "figure|figures|output|production|data|number|level|reading", "*", "revised|adjusted|corrected|restated"],
    example: ["Output fell 2.0% from March, whose figure SMM has revised up to 580,000 mt.", "580,000 mt"],
  },
  {
    name: "previously-stated",
    reason: "other-time",
    scope: "clause",
    pattern: ["previously|originally|initially", "up|down|at|was|were|reported|stated|published|put|shown|given"],
    example: ["October output is now shown up 1.9% MoM (previously up 1.1%).", "1.1%"],
  },
  {
    name: "first-published",
    reason: "other-time",
    scope: "clause",
    pattern: ["first", "published|reported|released|stated|given"],
    example: ["May output was revised to 14,370 mt (first published as 14,150 mt).", "14,150 mt"],
  },
  {
    // "August revised to 14,400 mt (previously 14,100 mt)", "(was 842.0kt)": the figure a revision replaced
    name: "bracket-previously",
    reason: "other-time",
    scope: "before",
    pattern: ["(", "previously|formerly|originally|initially|earlier|was|were"],
    example: ["August output was revised to 14,400 mt (previously 14,100 mt).", "14,100 mt"],
  },
  {
    // "the likelihood of a continued decline of 5% in November is relatively small": what might happen, not what SMM expects
    name: "likelihood-of",
    reason: "other-time",
    scope: "clause",
    pattern: ["likelihood|possibility|probability|chance|chances|odds|risk", "of"],
    // ("SMM predicts that there is a high possibility of maintaining stable production": the forecast itself)
    notAfterWords: "high|higher|great|greater|strong|good|distinct",
    example: ["Market participants see the likelihood of a further decline of 5% in November as relatively small.", "5%"],
  },
  {
    // "it is unlikely to exceed the 2,000 mt mark": what will not happen is no figure
    name: "unlikely",
    reason: "negated",
    scope: "clause",
    pattern: ["unlikely|improbable"],
    // ("is unlikely to change from March in April, standing at 256,000 mt": a flat outlook)
    unless: [["unlikely", "to", "change"]],
    example: ["Output is unlikely to exceed 2,000 mt in the short term.", "2,000 mt"],
  },
  {
    // "The first NPI line built by a Chinese group in Indonesia turned out about 9,000 mt": a new line's own output
    name: "a-new-line",
    reason: "facility",
    scope: "subject",
    pattern: [
      "the|a|its",
      "first|new|second|third|latest",
      "*",
      "line|lines|furnace|furnaces|potline|potlines",
      "built|commissioned|started|owned|run|operated|of|at|in",
    ],
    example: ["The first NPI line built by a Chinese group overseas turned out about 9,000 mt in August.", "9,000 mt"],
  },
  {
    // "against existing overseas capacity of 35.2 million mt/year" in an aluminium item: capacity outside China is not China's
    name: "subject-overseas",
    reason: "other-subject",
    outsideChina: true,
    scope: "subject",
    pattern: ["overseas"],
    chinaOnly: true,
    example: ["Smelters ran at 87.6% against existing overseas capacity of 35.2 million mt/year.", "35.2 million mt/year"],
  },
  {
    name: "subject-country",
    reason: "other-subject",
    scope: "subject",
    pattern: ["#country"],
    example: ["Electrolytic nickel capacity in Indonesia has reached about 50,000 mt/year.", "50,000 mt/year"],
  },
  {
    // "Imports, mainly from South Korea and Taiwan, remained the main source of supply at about 18,000 mt": a statement
    // about imports, whatever noun its figure follows ("Imports rose 5%, and output rose 3%": output's own subject stays)
    name: "imports-open",
    reason: "not-production",
    scope: "chain",
    adjacent: true,
    pattern: ["imports|exports"],
    breakWords: "output|outputs|production|yield|national|domestic|china's|industry|smelters|producers|plants",
    example: ["Imports, mainly from Japan, remained the main source of supply at about 18,000 mt.", "18,000 mt"],
  },
  {
    // "the biggest of them alone produced about 5,600 mt": one producer picked out by size, not the product
    name: "largest-alone",
    reason: "other-subject",
    scope: "chain",
    pattern: ["biggest|largest|leading|top|smallest", "*", "alone"],
    example: ["Large producers kept raising runs; the biggest of them alone produced about 5,600 mt.", "5,600 mt"],
  },
  {
    // "The industry alliance's call to cut 2016 output by 30% has not been enforced": what was called for, not what happened
    // (not "plan to": "smelters plan to cut output, and SMM expects a 1.5% fall" is SMM's forecast)
    name: "call-to-change",
    reason: "other-time",
    scope: "chain",
    pattern: [
      "call|calls|proposal|proposals|pledge|pledges|appeal|appeals|initiative|initiatives",
      "to",
      "cut|reduce|curb|trim|lower|slash|raise|lift|increase|boost|limit|restrict",
    ],
    example: ["The industry alliance's call to cut 2016 output by 30% has not been enforced.", "30%"],
  },
  {
    // "Jiangxi Copper, which has an annual capacity of 1.4 million mt", "Hoshine Silicon, whose capacity exceeds 1 million
    // mt/year": a name's capacity in its relative clause is that producer's, not the industry's
    name: "name-which-capacity",
    reason: "facility",
    scope: "chain",
    pattern: [
      "#capital",
      ",",
      "which|whose",
      "has|had|have?",
      "an|a|the|its?",
      "annual|yearly|total|existing|combined|production|smelting|nameplate?",
      "capacity|capacities",
    ],
    unless: [["china|china's|chinese", ","]],
    example: ["Jiangxi Copper, which has an annual capacity of 1.4 million mt, ran smoothly.", "1.4 million mt"],
  },
  {
    // "Jinchuan Group, which supplies the bulk of domestic output, kept its production near 12,500 mt": the company, whose
    // relative clause names the whole it belongs to
    name: "company-which",
    reason: "other-subject",
    scope: "chain",
    pattern: ["#companySuffix", ",", "which|who|whose"],
    breakWords: "national|nationwide|china's|industry|overall|total|smm|while|but",
    example: ["Jinchuan Group, which supplies the bulk of domestic output, kept its production near 12,500 mt.", "12,500 mt"],
  },
  {
    // "Tongwei alone added more than 8 kt": one named producer's share of the change, not the product's
    // (a province "alone" is a part, read by the province rules; a country by the country rules)
    name: "named-alone",
    reason: "other-subject",
    scope: "chain",
    pattern: ["#capital", "alone"],
    unless: [
      ["#province", "alone"],
      ["#country", "alone"],
      ["#month", "alone"],
      ["#world", "alone"],
    ],
    example: ["Tongwei alone added more than 8 kt sequentially.", "8 kt"],
  },
  {
    // "Globally, primary nickel output rose 9.4% YoY": the world's output, China in it
    name: "fronted-global",
    reason: "other-subject",
    scope: "fronted",
    pattern: ["globally|worldwide|internationally"],
    adjacent: true,
    example: ["Globally, primary nickel output rose 9.4% YoY, driven by Indonesia.", "9.4%"],
  },
  {
    // "Across the world, lithium carbonate output rose about 3%": the world's output, named by a fronted place
    name: "fronted-across-the-world",
    reason: "other-subject",
    scope: "fronted",
    pattern: ["across|around|throughout|in", "the", "world|globe"],
    example: ["Across the world, lithium carbonate output rose about 3% in November.", "3%"],
  },
  {
    // "Outside China, refined nickel output was up 4.2%": the phrase that sets the scene names another subject
    name: "fronted-outside-china",
    reason: "other-subject",
    scope: "fronted",
    pattern: ["outside|excluding|ex", "china|china's|mainland"],
    example: ["Outside China, refined nickel output was up 4.2% on an annual basis.", "4.2%"],
  },
  {
    // "In terms of imports, as LCS took a two-month maintenance, the output fell by about 20,000 mt": the phrase that
    // opens the sentence names its topic, trade, and "the output" is the exporting smelter's
    name: "fronted-topic-trade",
    reason: "other-subject",
    scope: "fronted",
    pattern: ["in|as|turning|with", "terms|for|to|regard|respect", "of|to?", "the?", TRADE_TOPIC],
    adjacent: true,
    example: ["In terms of imports, as an overseas smelter shut for maintenance, the output fell by about 20,000 mt.", "20,000 mt"],
  },
  {
    name: "fronted-topic-trade-regarding",
    reason: "other-subject",
    scope: "fronted",
    pattern: ["regarding|concerning", "the?", TRADE_TOPIC],
    adjacent: true,
    example: ["Regarding imports, the output of two overseas smelters fell by about 20,000 mt.", "20,000 mt"],
  },
  {
    // ("On strong demand, output rose 3%" is a cause, not a topic: only "on the ... side"; "On the demand side, stainless
    // output ..." in a ferrochrome section names the downstream product's own figure)
    name: "fronted-topic-trade-side",
    reason: "other-subject",
    scope: "fronted",
    pattern: ["on", "the", TRADE_TOPIC, "side|front"],
    adjacent: true,
    example: ["On the import side, the output of two overseas smelters fell by about 20,000 mt.", "20,000 mt"],
  },
  {
    name: "fronted-country",
    reason: "other-subject",
    scope: "fronted",
    pattern: ["in|across|at|for|from", "#country"],
    example: ["In Indonesia, by contrast, refined tin output fell 15% YoY.", "15%"],
  },
  {
    // "Overseas, South Africa's ferrochrome output fell 8% MoM, and the country's operating rate fell 6 percentage points": a
    // sentence set outside China, in an item about China's output
    name: "opens-overseas",
    reason: "other-subject",
    outsideChina: true,
    scope: "chain",
    pattern: ["overseas|abroad|internationally|globally", ","],
    chinaOnly: true,
    example: ["Overseas, Brazil's output fell 4% MoM, and the country's operating rate slipped 3 percentage points.", "3 percentage points"],
  },
  {
    // "a Shaanxi smelter's output rose 6% MoM": one plant in a province, not the province
    name: "a-province-plants",
    reason: "facility",
    scope: "chain",
    // (not a plant's event that moves the nation's output: "A Shanxi refinery's planned restart should lift output")
    pattern: [
      "a|an|one|another|single",
      "inner?",
      "#province",
      "smelter's|producer's|plant's|refinery's|mill's|converter's|factory's",
      "own?",
      "output|production|operating|utilisation|utilization|runs",
    ],
    example: ["Smelters in the north escaped the weather: a Shaanxi smelter's output rose 6% MoM.", "6%"],
  },
  {
    // "a Henan smelter said the province's output rose by at least 15,000 mt": one plant's account, not SMM's figure
    name: "plant-said",
    reason: "other-subject",
    scope: "chain",
    smmBreaks: "any",
    pattern: [
      "a|an|one|another",
      "*",
      "smelter|producer|plant|refinery|trader|manager|executive|source|recycler|converter",
      "said|says|told|claimed|reckoned|estimated",
    ],
    example: ["A Henan smelter said the province's output rose by at least 15,000 mt.", "15,000 mt"],
  },
  {
    name: "fronted-province",
    reason: "other-subject",
    scope: "fronted",
    pattern: ["in|across|at|from", "inner?", "#province"],
    partOnly: true,
    placeIsPart: true,
    // ("In Inner Mongolia and Ningxia, power rationing idled furnaces, and silicomanganese output fell 4.1%": a later clause
    // after ", and" is the nation's)
    clauseBreaks: true,
    example: ["In Anhui, the largest producing province, output rose 6.1% MoM.", "6.1%"],
  },
  {
    // "In Fugu, Shaanxi, output fell 5.2%": a city in its province sets the scene; the figure is the city's (no part named
    // for it: the province's would be another figure)
    name: "fronted-city-province",
    reason: "part-of-industry",
    scope: "chain",
    adjacent: true,
    partOnly: true,
    pattern: ["in|across|at|from", "#proper", ",", "inner?", "#province", ","],
    example: ["In Fugu, Shaanxi, output fell 5.2% as three plants halted.", "5.2%"],
  },
  {
    name: "province-contributed",
    reason: "part-of-industry",
    scope: "chain",
    pattern: ["inner?", "#province", "contributed|contributing|contributes|produced|accounted"],
    partOnly: true,
    placeIsPart: true,
    example: ["Output reached 752,000 mt; Inner Mongolia contributed 496,000 mt.", "496,000 mt"],
  },
  {
    name: "province-apposition",
    reason: "part-of-industry",
    scope: "chain",
    pattern: ["inner?", "#province", ",", "the|its|china's", "*", ","],
    partOnly: true,
    placeIsPart: true,
    example: ["Xinjiang, the largest producing region, produced around 152,000 mt, up 2.0% MoM.", "152,000 mt"],
  },
  {
    // "Operating rates across another major producing hub, Sichuan, dropped 3.9 percentage points": the province named in
    // apposition to a producing place is the figure's part
    name: "place-then-province",
    reason: "part-of-industry",
    scope: "chain",
    pattern: ["producing|production", "hub|hubs|region|regions|province|provinces|base|bases|area|areas|centre|center", ",", "inner?", "#province", ","],
    partOnly: true,
    placeIsPart: true,
    example: ["Operating rates across another major producing hub, Hunan, rose 2.1 percentage points.", "2.1 percentage points"],
  },
  {
    name: "counted-plants",
    reason: "part-of-industry",
    scope: "chain",
    notAfterWords: "survey|surveyed|surveys|sample|sampled|sampling|covering|covers|across|all",
    // ("interviews with 28 smelters who have obtained a production licence with total annual capacity of 3.41 million mt")
    pattern: ["#num", "major|large|leading|top|key|big|such?", "#plant", "whose|that|which|with|each|together|combined|jointly|who"],
    example: ["There were 5 enterprises whose output exceeded 30,000 mt, with a total output of 258,700 mt.", "258,700 mt"],
  },
  {
    // "Those smelters produced 158,100 mt of secondary lead last month": the plants just counted, not the industry
    name: "those-plants",
    reason: "part-of-industry",
    scope: "subject",
    // ("Those smelters are due to restart in early October, and SMM forecasts a rebound of over 4%": SMM's own figure)
    smmBreaks: "any",
    pattern: ["those|these", "#plant"],
    example: ["Those smelters produced 158,100 mt of secondary lead last month, up 15,200 mt.", "158,100 mt"],
  },
  {
    // "The 35 smelters in SMM's monthly sample produced 405,000 mt", "Output at the DMC producers in SMM's sample fell 4.1%":
    // the sample's output, not the country's
    name: "plants-in-sample",
    reason: "part-of-industry",
    scope: "chain",
    notForRates: true,
    pattern: ["#plant", "in|of|from", "*", "sample|samples|survey"],
    breakWords: NATIONAL_WORDS,
    example: ["The 35 smelters in SMM's monthly sample produced 405,000 mt.", "405,000 mt"],
  },
  {
    // "SMM's sample of 35 secondary lead enterprises produced 108,600 mt, down 3.1% MoM": the sample's output
    name: "sample-of-plants",
    reason: "part-of-industry",
    scope: "chain",
    notForRates: true,
    pattern: ["sample|samples", "of", "#num", "*", "#plant"],
    breakWords: NATIONAL_WORDS,
    example: ["SMM's sample of 35 secondary lead enterprises produced 108,600 mt in June, down 3.1% MoM.", "108,600 mt"],
  },
  {
    // "SMM's survey of 41 zinc smelters, which hold 92% of domestic capacity, put their combined output at 457,000 mt, up
    // 3.9%": the surveyed plants' output ("SMM's survey of 39 smelters puts the month's output at 231,700 mt" is SMM's
    // national figure; "Refineries ran at 80.2%, and their combined output grew 2.2%" is the whole industry's)
    name: "survey-their-combined",
    reason: "part-of-industry",
    scope: "chain",
    notForRates: true,
    pattern: ["survey|sample|surveyed|sampled", "of|with|covering", "#num", "*", "#plant", "*", "*", "*", "their", "combined|joint|aggregate"],
    example: ["SMM's survey of 39 smelters put their combined output at 386,000 mt, down 2.6%.", "386,000 mt"],
  },
  {
    // "SMM's survey of 41 smelters shows sample output of 521,700 mt, a rise of 2.86% from June": the sample's output, not
    // the country's (a sample's operating rate is SMM's usual rate, and stays)
    name: "sample-output",
    reason: "part-of-industry",
    scope: "chain",
    pattern: ["sample|sampled", "output|outputs|production"],
    example: ["The survey shows sample output of 48,200 mt in May, a rise of 2.9% from April.", "2.9%"],
  },
  {
    // "the operating rates of most manganese plants will remain below 70%": a bound for most plants, not the industry's rate
    name: "most-plants",
    reason: "part-of-industry",
    scope: "chain",
    pattern: ["operating|utilisation|utilization|run", "rate|rates", "of|at|for|among", "most|many|some|several|few", "*", "#plant"],
    example: ["In June, the operating rates of most manganese plants will remain below 70% of their capacity.", "70%"],
  },
  {
    name: "counted-plants-words",
    reason: "part-of-industry",
    scope: "chain",
    notAfterWords: "survey|surveyed|surveys|sample|sampled|sampling|covering|covers|across|all",
    pattern: [
      "two|three|four|five|six|seven|eight|nine|ten|several",
      "major|large|leading|top|key|big|such?",
      "#plant",
      "whose|that|which|with|each|together|combined|jointly",
    ],
    example: ["Three producers whose lines restarted together made 41,000 mt.", "41,000 mt"],
  },
  {
    // "reducing production by 10% at seven aluminum smelters in Siberia": a change at some counted plants is theirs
    name: "at-counted-plants",
    reason: "part-of-industry",
    scope: "right",
    pattern: ["at|in|across", "two|three|four|five|six|seven|eight|nine|ten|several|some", "*", "#plant"],
    adjacent: true,
    partOnly: true,
    example: ["Output was cut by 10% at seven aluminium smelters in Siberia.", "10%"],
  },
  {
    name: "one-producer",
    reason: "facility",
    scope: "subject",
    pattern: [
      "one|single|another",
      "*",
      "producer|producer's|smelter|smelter's|refinery|refinery's|plant|plant's|mill|mill's|company|company's|enterprise|enterprise's|firm|firm's|converter|converter's|refiner|refiner's|maker|maker's",
    ],
    // ("but with maintenance at one large plant SMM expects October output to drop 1.6%": SMM's own forecast after it)
    smmBreaks: "any",
    example: ["One Jiangsu producer alone lost about 2,500 mt of output.", "2,500 mt"],
  },
  {
    // "One leading Ningbo magnet maker said it had started a new line, lifting its capacity to 20,000 mt/year": the company's
    // own ("its") figure, the company named before it in the chain
    name: "one-producer-its",
    reason: "facility",
    scope: "chain",
    pattern: [
      "one|another|a",
      "*",
      "maker|producer|smelter|plant|company|refinery|mill|firm|enterprise|converter|group",
      "**",
      "its",
      "own|total|annual|nameplate|production?",
      "capacity|output|production",
    ],
    smmBreaks: "any",
    // (not a later clause's figure: "A leading converter in Sichuan raised its own output by 12%, while ... salt lake increased 9%")
    sameClause: true,
    contrastBreaks: true,
    example: ["One leading Ningbo magnet maker said it had added a line, lifting its capacity to 18,000 mt/year.", "18,000 mt/year"],
  },
  {
    // "Market talk put the increase at 1,000 mt year on year for one firm": one company's figure, named after it
    name: "for-one-producer",
    reason: "facility",
    scope: "after",
    pattern: ["*", "for", "one|a", "single?", "firm|company|producer|smelter|refinery|plant|mill|enterprise"],
    example: ["Talk put the rise at 800 mt for one producer.", "800 mt"],
  },
  {
    // "Market talk put the increase at 1,000 mt": what the talk says, not SMM's figure
    name: "talk-put",
    reason: "other-subject",
    scope: "chain",
    pattern: ["talk|rumours|rumors|rumour|rumor|speculation|chatter", "put|puts|pegged|pegs|placed|places"],
    example: ["Market talk put the decline at 5% in May.", "5%"],
  },
  {
    name: "a-producer",
    reason: "facility",
    scope: "subject",
    pattern: [
      "a|an",
      "producer|producer's|smelter|smelter's|refinery|refinery's|plant|plant's|mill|mill's|company|company's|enterprise|enterprise's|firm|firm's|converter|converter's",
    ],
    // "an average refinery operating rate" is the industry's; "a firm rebound" is no company
    unless: [
      ["a|an", "*", "operating|utilisation|utilization|capacity|output|production|rate|rates"],
      ["a", "firm", "rebound|rise|increase|recovery|gain|growth|pace|uptrend|upturn|climb"],
    ],
    example: ["A smelter in Guangxi cut output by 3,000 mt.", "3,000 mt"],
  },
  {
    name: "province-where",
    reason: "part-of-industry",
    scope: "chain",
    pattern: ["inner?", "#province", ",", "where|which"],
    partOnly: true,
    placeIsPart: true,
    example: ["Power rationing curbed output in Inner Mongolia, where production dropped 3.5% month on month.", "3.5%"],
  },
  {
    name: "subject-own",
    reason: "other-subject",
    scope: "clause",
    pattern: ["its|their|our|my|whose", "own"],
    example: ["Hoshine restarted furnaces, lifting its own output by about 20,000 mt.", "20,000 mt"],
  },
  {
    // "Refineries in Shanxi and Henan contributed 41% of the month's production": a share of the output, no rate or change
    name: "share-of-production",
    reason: "not-production",
    scope: "right",
    adjacent: true,
    pattern: ["of", "the|total|china's|national|all?", "month's|monthly|national|total|china's|country's?", "production|output|supply"],
    example: ["Refineries in Shanxi and Henan contributed 41% of the month's production.", "41%"],
  },
  {
    // "Xinyuan produced 1,850 mt of cobalt sulphate in June": a name that is no place, product or plant noun, producing,
    // is a company
    name: "company-produced",
    reason: "other-subject",
    scope: "chain",
    pattern: ["#capital", "alone?", "produced|produces|made|makes"],
    unless: [
      ["china|chinese|smm|it|they|we|he|she|this|these|national|domestic|total|overall|the|output|production|in|during|last"],
      ["#province"],
      ["#plant"],
      ["#country"],
      ["#metric"],
      ["#month"],
    ],
    example: ["Xinyuan produced 1,850 mt of cobalt sulphate in June, up 12.1% MoM.", "1,850 mt"],
  },
  {
    // "although the market had expected a 2% drop": what the market expected, not what SMM states
    name: "market-expected",
    reason: "other-subject",
    scope: "chain",
    pattern: ["market|traders|analysts|consensus", "had?", "expected|anticipated|feared|priced|predicted", "a|an"],
    example: ["Output did not fall, although the market had expected a 2% drop because of maintenance.", "2%"],
  },
  {
    // "An integrated producer in Zhejiang cut its June output by 30%", "One top-tier cathode maker in Jiangsu lifted July
    // output by 12%": one producer, named by what it is, that moved its own output
    name: "one-producer-moved-output",
    reason: "facility",
    scope: "chain",
    smmBreaks: "clause",
    breakWords: "several|other|others|smaller|most|many|industry|national|nationwide|china's|overall|total|while|whereas|but",
    // (the producer is the clause's subject, not a cause's object: "Maintenance at a Yunnan smelter trimmed primary lead output")
    notAfterWords: "at|of|from|in|by|for|with|to|on|after|amid",
    pattern: [
      "a|an|one|another",
      "*",
      "producer|smelter|refinery|plant|mill|maker|enterprise|company|converter|recycler|manufacturer|factory",
      "*",
      "lifted|raised|increased|boosted|cut|reduced|lowered|curtailed|trimmed|slashed|expanded|doubled|halved",
      "its|their?",
    ],
    example: ["A large producer in Hunan cut its May output by 25% for maintenance.", "25%"],
  },
  {
    // "The country's largest producer, in Gansu, lifted its output by about 4% to roughly 12,600 mt": one producer
    name: "largest-producer",
    reason: "facility",
    scope: "chain",
    smmBreaks: "clause",
    // ("Although the largest producer raised output by 6%, several smaller plants stopped, and the operating rate dropped to 58.1%")
    breakWords: "several|other|others|smaller|most|many|industry|national|nationwide|china's|overall",
    pattern: [
      "the|its|china's",
      "country's|nation's|industry's|sector's?",
      "largest|biggest|second-largest|third-largest|leading|top|dominant",
      "producer|smelter|refinery|plant|mill|maker|enterprise|company|miner|converter",
    ],
    example: ["The country's largest producer, in Gansu, lifted its output by about 4% to roughly 12,600 mt.", "12,600 mt"],
  },
  {
    name: "subject-one-plant",
    reason: "facility",
    scope: "clause",
    pattern: ["the|a|one", "smelter|plant|refinery|mill|producer|company|enterprise|mine"],
    example: ["The smelter with the largest capacity cut production by around 8,000 mt.", "8,000 mt"],
  },
  {
    name: "subject-named-plant",
    reason: "facility",
    scope: "chain",
    ownSubjectBreaks: true,
    // ("With the Xinjiang refinery back in operation, SMM forecasts a 4.5% increase": the plant is the reason's, the figure SMM's)
    smmBreaks: "clause",
    pattern: ["the|a|one|this|another", "*", "smelter|plant|refinery|mill|factory|mine"],
    unless: [
      // ("as the rains eased and mine shipments resumed": the article's noun phrase ends before the conjunction)
      ["the|a|one|this|another", "*", "and|or|but", "*", "smelter|plant|refinery|mill|factory|mine"],
      [
        "smelter|plant|refinery|mill|factory|mine",
        "operating|utilisation|utilization|industry|sector|output|production|capacity|average|sample|survey|rate|rates|count|number",
      ],
    ],
    example: ["The Gansu smelter postponed maintenance to May and produced 12,000 mt of refined nickel.", "12,000 mt"],
  },
  {
    name: "subject-grade",
    reason: "not-production",
    scope: "subject",
    pattern: ["average|ni|nickel|metal|ore|mean", "grade|grades"],
    example: ["The average grade of NPI also decreased by 0.4 percentage points MoM in July.", "0.4 percentage points"],
  },
  {
    name: "subject-leading-one",
    reason: "facility",
    scope: "clause",
    pattern: [
      "a|one|the",
      LEADING_WORDS,
      // ("A leading Hunan producer doubled its own monthly output", "the largest private smelter, kept its output steady")
      OWNERSHIP_WORDS,
      "inner?",
      "#province?",
      ONE_PLANT_NOUNS,
    ],
    // ("An overhaul at a large Hunan smelter is expected to trim national output by about 2%": the nation's figure)
    breakWords: "national|nationwide|china's|domestic|overall|total",
    // ("with maintenance at one large plant SMM expects October output to drop 1.6%": SMM's forecast of the whole)
    smmBreaks: "clause",
    example: ["A leading producer raised its output by 18% m-o-m.", "18%"],
  },
  {
    // "This is expected to impact output by a combined volume of about 2,000 mt": the size of an impact (a maintenance's, a
    // plant's), not output
    name: "impact-output-by",
    reason: "facility",
    scope: "chain",
    pattern: ["impact|impacts|impacted|affect|affects|affected", "output|production", "by"],
    example: ["This is expected to impact output by a combined volume of about 2,000 mt.", "2,000 mt"],
  },
  {
    // "China Hongqiao, the largest private smelter, kept its output steady": a name with an appositive that makes it one producer
    name: "appositive-leading-one",
    reason: "facility",
    scope: "chain",
    smmBreaks: "clause",
    pattern: [",", "a|one|the", `${LEADING_WORDS}|second-largest|third-largest`, OWNERSHIP_WORDS, "inner?", "#province?", ONE_PLANT_NOUNS, ","],
    breakWords: "national|nationwide|china's|domestic|overall|total",
    example: ["Hongqiao, the largest private smelter, raised its output by 3% in May.", "3%"],
  },
  {
    name: "subject-named",
    reason: "other-subject",
    scope: "chain",
    pattern: ["#named"],
    smmBreaks: "clause",
    example: ["Tsingshan's Fujian base alone added 900 mt Ni MoM.", "900 mt"],
  },
  {
    name: "subject-company-name",
    reason: "other-subject",
    scope: "chain",
    pattern: ["#capital", "copper's|aluminium's|aluminum's|zinc's|nickel's|lithium's|cobalt's|tin's|steel's|metals'|mining's|nonferrous'|resources'"],
    example: ["Jiangxi Copper's cathode output rose 6.1% YoY.", "6.1%"],
  },
  {
    name: "subject-trade",
    reason: "other-subject",
    scope: "clause",
    pattern: ["#trade"],
    // ("the dual control of energy consumption cut aluminium output": energy or power used is a cause, not a trade)
    notAfterWords: "energy|power|electricity|coal|fuel|water",
    example: ["Copper concentrate imports rose 12% MoM.", "12%"],
  },
  {
    // "Henan Yuguang and Jiyuan Wanyang cut production by 5%": a province's name before a name the lexicon does not know is a company's
    // ("Hunan's Lengshuijiang area" is a place; a headline in title case, "Yunnan and Sichuan Drive Output Down", names no company)
    name: "province-then-name",
    reason: "other-subject",
    scope: "chain",
    sameClause: true,
    notInTitle: true,
    pattern: ["inner?", "#province", "#proper"],
    unless: [
      ["inner?", "#possessive"],
      ["inner?", "#province", "province|provinces|region|regions|autonomous|city|county|prefecture|area|areas|district|zhuang|hui|uygur|uyghur"],
      // ("Shanghai Metals Market expects output to ease": SMM's own name, spelt out)
      ["shanghai", "metals|metal", "market"],
    ],
    example: ["Hunan Dongfang and Guangxi Baiyun cut production by 5% for maintenance.", "5%"],
  },
  {
    // "output cut at Hebei Songhe and Shanxi Yichen", "fell 5% at Henan Yuguang": the change is the company's
    name: "at-province-name",
    reason: "other-subject",
    scope: "right",
    reasonBreaks: true,
    pattern: ["at|by|from|of", "inner?", "#province", "#proper"],
    unless: [["at|by|from|of", "inner?", "#possessive"]],
    example: ["Zinc output fell 6% at Hunan Dongfang after a furnace failure.", "6%"],
  },
  {
    name: "subject-company",
    reason: "other-subject",
    scope: "subject",
    pattern: ["#capital", "#companySuffix"],
    example: ["Jinchuan Group's nickel output rose 5% MoM.", "5%"],
  },
  {
    // "Restarts & ramp-ups - ... Combined gain = 30 000 t": what a list of producers added or lost together is their
    // contribution, not the product's net change
    name: "combined-contribution",
    reason: "part-of-industry",
    scope: "clause",
    pattern: ["combined|aggregate", "gain|gains|loss|losses|increase|increases|increment|addition|additions|reduction|reductions|cut|cuts|impact|contribution"],
    example: ["Restarts and ramp-ups: two smelters came back on line. Combined gain about 30,000 t.", "30,000 t"],
  },
  {
    // "Yunnan Tin Group restarted a furnace, and its output rose 8% MoM": the pronoun's company
    name: "antecedent-company",
    reason: "other-subject",
    scope: "antecedent",
    pattern: ["#capital", "#companySuffix"],
    example: ["Jinchuan Group restarted a furnace, and its output rose 8% MoM.", "8%"],
  },
  {
    // "Minjiang Lithium, one of the largest converters in Sichuan, raised its output by 22%": a name in apposition to one
    // of the largest producers is one producer
    name: "name-one-of-the-largest",
    reason: "other-subject",
    scope: "chain",
    pattern: ["#capital", ",", "one", "of", "the|china's", "largest|biggest|leading|major|top|main|key"],
    contrastBreaks: true,
    example: ["Hengda Cobalt, one of the largest refiners in Jiangxi, lifted its output by 9% m-o-m.", "9%"],
  },
  {
    name: "two-measures-one-number",
    reason: "duplicate-number",
    scope: "chain",
    pattern: ["#metric", "and", "*", "operating|utilisation|utilization", "rate|rates"],
    // ("Between output and operating rates, SMM expects output to ease and op rate to hold at 61%": each named again)
    ownSubjectBreaks: true,
    // ("Output and the industry operating rate fell 6.4% and 3.1 percentage points respectively": one number each)
    respectivelyBreaks: true,
    example: ["Refined nickel production and the industry operating rate each rose 8.29% MoM.", "8.29%"],
  },
  // ---- another time
  {
    // "up 3.3% MoM, while SMM had expected a 4% increase", "below SMM's earlier forecast of an 8% increase": the number
    // is an earlier forecast the month is measured against, not the month's change
    name: "earlier-forecast",
    reason: "other-time",
    notVersusExpected: true,
    scope: "clause",
    // ("2.615 million mt, 55,000 mt above the 2.56 million mt SMM had forecast, rising 3.1% from July": the month's own
    // change, in a verb of its own after a comma)
    ownVerbBreaks: true,
    pattern: [
      "had|earlier|previous|prior|original|initial|initially|previously|originally",
      "forecast|forecasts|expected|estimated|projected|predicted|anticipated|estimate|estimates|expectation|expectations|projection|projections",
    ],
    example: ["Output rose 3.3% MoM, slightly below SMM's earlier forecast of a 4% increase.", "4%"],
  },
  {
    // "In our November report we expected December output to drop 2.8%": what an earlier edition forecast for the month
    name: "earlier-report",
    reason: "other-time",
    scope: "chain",
    // ("In its March report, SMM had forecast April output at 478,000 mt, a rise of 1.3% MoM": "had" before the verb)
    pattern: ["in|from|per", "our|smm's|its|the|last", "#month?", "report|edition|issue|update|outlook", ",?", "smm|we|it", "had?", PAST_FORECAST_VERBS],
    example: ["In our May report we expected June output to rise 1.9%, but it fell.", "1.9%"],
  },
  {
    // "Last month, SMM expected July output to fall 3%": the same, dated by "last month" or "a month ago"
    name: "last-month-expected",
    reason: "other-time",
    scope: "chain",
    pattern: ["month|ago", ",?", "smm|we", PAST_FORECAST_VERBS],
    example: ["Last month, SMM expected July output to fall 3%.", "3%"],
  },
  {
    // "below the 4% increase SMM had expected": the same, with the forecaster after the number
    name: "earlier-forecast-after",
    reason: "other-time",
    notVersusExpected: true,
    scope: "right",
    pattern: ["*", "smm|we", "had", "forecast|expected|estimated|projected|predicted|anticipated"],
    // ("The 8.2% decline was larger than SMM had expected": the month's own change, compared with the call)
    unless: [["*", "larger|smaller|bigger|steeper|sharper|deeper|greater|milder", "than", "smm|we", "had"]],
    notAfterWords: "larger|smaller|bigger|steeper|sharper|deeper|greater|milder",
    example: ["Output rose 3.3% MoM, short of the 4% increase SMM had expected.", "4%"],
  },
  {
    // "The 10% drop that some traders had predicted did not materialise": what others had expected, not a figure of the month
    name: "predicted-that-had",
    reason: "other-subject",
    notVersusExpected: true,
    scope: "right",
    pattern: ["that|which", "*", "had|have|has", "predicted|expected|forecast|feared|anticipated|projected|estimated|flagged|warned"],
    example: ["The 10% drop that some traders had predicted did not materialise.", "10%"],
  },
  {
    name: "counterfactual",
    reason: "other-time",
    scope: "clause",
    // ("would only have fallen by around 10%", "would still have risen")
    pattern: ["would|could|should|might", "not|only|still|probably|likely|easily?", "have|otherwise"],
    example: ["Output would have risen 4% without the outages.", "4%"],
  },
  {
    // "The decline was smaller than the 5% drop many market participants had feared": the change it is set against
    name: "than-the-feared",
    reason: "other-base",
    scope: "before",
    pattern: ["smaller|larger|bigger|greater|steeper|milder|sharper|deeper|shallower|weaker|stronger", "than", "the|a|an"],
    example: ["The decline was smaller than the 5% drop many market participants had feared.", "5%"],
  },
  {
    // "Output made by dissolving nickel briquettes fell 12% on the month": the output from one feedstock, a part
    name: "made-by-feedstock",
    reason: "part-of-industry",
    scope: "subject",
    partOnly: true,
    pattern: ["output|production", "made|produced|derived|sourced", "by|from", "dissolving|processing|leaching|using|recycling?"],
    example: ["Output made by dissolving nickel briquettes fell 12% on the month.", "12%"],
  },
  {
    // "agreed to halt production for a month, a plan that would cut output by around 30% if fully observed": what a plan
    // would do, not SMM's forecast
    name: "plan-that-would",
    reason: "other-time",
    scope: "chain",
    pattern: ["plan|plans|scheme|proposal|agreement|pact|deal|halt|move|measure|measures", "that|which", "would|could|might|may"],
    example: ["Producers agreed to halt output for a month, a plan that would cut output by around 30% if observed.", "30%"],
  },
  {
    // "If prices fall, there is a possibility of further production cuts": what follows a condition is a hypothesis
    name: "conditional-if",
    reason: "other-time",
    scope: "fronted",
    pattern: ["if|unless|should"],
    adjacent: true,
    example: ["If prices fall further, output could drop by about 5% in July.", "5%"],
  },
  {
    // "a recovery of up to 10% is possible if the smelters pass inspection": a figure that holds on a condition after it
    name: "possible-if",
    reason: "other-time",
    scope: "tail",
    pattern: ["possible|conceivable|feasible|likely", "if|provided|should|once|unless"],
    example: ["SMM expects July output to be flat; a recovery of up to 10% is possible if the smelters pass inspection.", "10%"],
  },
  {
    name: "had-it-not-been",
    reason: "other-time",
    scope: "chain",
    pattern: ["had", "it", "not", "been"],
    example: ["Had it not been for the outages, output would be up 4%.", "4%"],
  },
  {
    // "May output would increase by more than 8% but for planned maintenance": a counterfactual
    name: "but-for",
    reason: "other-time",
    scope: "tail",
    pattern: ["but|if|were", "it?", "not?", "for"],
    unless: [
      ["but", "not", "for"],
      ["if", "for"],
      ["were", "for"],
    ],
    example: ["May output would increase by more than 8% but for planned maintenance at a smelter.", "8%"],
  },
  {
    // "industry output would be capped at about 100,000 mt a month under the arrangement": a cap, not a figure
    name: "capped-at",
    reason: "other-time",
    scope: "clause",
    pattern: ["capped|capping|limited|restricted|held", "at|to|below|under"],
    unless: [["held", "at"]],
    example: ["Under the arrangement being discussed, industry output would be capped at about 100,000 mt a month.", "100,000 mt"],
  },
  {
    name: "target",
    reason: "other-time",
    scope: "subject",
    pattern: ["#target"],
    // "pushes to meet annual targets drove the increase": a purpose, not the figure's subject
    notAfterWords: "meet|meeting|hit|hitting|reach|reaching|achieve|achieving|fulfil|fulfill|fulfilling|complete|completing",
    example: ["The output target is 1.2 million mt.", "1.2 million mt"],
  },
  {
    // "target to eliminate outdated ferroalloy capacity 172.5 ten thousand tons": capacity to be shut, not the capacity there is
    name: "capacity-to-eliminate",
    reason: "not-production",
    scope: "chain",
    sameClause: true,
    pattern: ["eliminate|eliminated|eliminating|eliminates|elimination|outdated|obsolete|backward", "*", "capacity|capacities"],
    example: ["The ministry plans to eliminate outdated smelting capacity of 300,000 mt this year.", "300,000 mt"],
  },
  {
    // "Jinchuan June output 1.26 wan tons, year-on-year increase 3%": a producer named bare is the producer, not the nation
    name: "subject-known-company",
    reason: "other-subject",
    scope: "subject",
    pattern: [PRODUCER_NAMES_SRC],
    // ("rebound as the Jinchuan furnace restarts, and recover to around 12,000 mt": the producer is the reason's)
    notAfterWords: "as|after|since|because|with|once|when|while|despite",
    example: ["Tsingshan June output 30,000 mt, year-on-year increase 5%.", "5%"],
  },
  {
    name: "ceiling",
    reason: "other-time",
    scope: "right",
    // (the figure is the ceiling: "the 45 million mt policy ceiling"; not "fell 11% under the DRC's export quota")
    pattern: ["mt|tonnes|t?", "policy|production|output|capacity|industry|annual|government|national", "ceiling|cap|limit|quota|target|goal|red"],
    // ("output rose in December as some large producers looked to hit their annual production target": the reason's target)
    reasonBreaks: true,
    example: ["Operating capacity is close to the 45 million mt policy ceiling.", "45 million mt"],
  },
  {
    // "within reach of the 9 million mt full-year target": a year's goal, not the year's output
    name: "year-target",
    reason: "other-time",
    scope: "right",
    adjacent: true,
    pattern: [
      "mt|tonnes|t?",
      "full-year|annual|yearly|whole-year|year-end",
      "production|output?",
      "target|targets|goal|goals|quota|quotas|plan|plans|ceiling|cap",
    ],
    example: ["Output is within reach of the 9 million mt full-year target.", "9 million mt"],
  },
  {
    // "well ahead of the 3.5 million mt target several industry forecasters had set": the figure is a target
    name: "figure-target",
    reason: "other-time",
    scope: "right",
    adjacent: true,
    pattern: ["mt|tonnes|t?", "target|targets|goal|goals|quota|quotas"],
    example: ["Output was well ahead of the 3.5 million mt target forecasters had set.", "3.5 million mt"],
  },
  {
    name: "ceiling-of",
    reason: "other-time",
    scope: "before",
    pattern: ["ceiling|cap|limit|quota|target|goal", "of|at"],
    example: ["Existing capacity was 45.13 million mt/year, just above the policy ceiling of 45 million mt/year.", "45 million mt/year"],
  },
  { name: "other-quarter", reason: "other-time", scope: "subject", pattern: ["#quarter"], example: ["Fourth-quarter output rose 3.6%.", "3.6%"] },
  {
    // "output in the second quarter of 2024 totalled 1.31 million mt": a quarter's total (the first quarter is year to date, read elsewhere)
    name: "in-a-later-quarter",
    reason: "other-time",
    scope: "chain",
    pattern: ["in|during|over", "the", "second|third|fourth|2nd|3rd|4th", "quarter"],
    ownSubjectBreaks: true,
    example: ["China's silicon metal output in the second quarter of 2024 totalled 1.31 million mt.", "1.31 million mt"],
  },
  {
    // "China produced 94,600 mt of polysilicon in the third quarter, down 14.8% QoQ": the quarter named after the figure
    name: "quarter-after",
    reason: "other-time",
    scope: "right",
    pattern: ["in|during|over|for", "the", "first|second|third|fourth|1st|2nd|3rd|4th", "quarter"],
    example: ["China produced 94,600 mt of polysilicon in the third quarter, as a plant explosion in July cut capacity.", "94,600 mt"],
  },
  {
    // "..., bringing the quarter to 1.52 million mt": the total the month's figure brought a quarter or a half to
    name: "bringing-the-quarter-to",
    reason: "other-time",
    scope: "before",
    adjacent: true,
    pattern: [
      "bringing|brought|brings|taking|took|takes|putting|put|lifting|lifted",
      "the",
      "quarter|quarter's|half|half-year|period|period's",
      "total|tally|output?",
      "to",
      "about|around|approximately|roughly|nearly|some?",
    ],
    example: ["Output was 505,000 mt in May and 517,000 mt in June, bringing the quarter to 1.52 million mt.", "1.52 million mt"],
  },
  {
    // "The quarter's operating rate averaged 64.8%": the quarter's, not the month's
    name: "the-quarters",
    reason: "other-time",
    scope: "subject",
    pattern: ["the", "quarter's|quarterly"],
    example: ["The quarter's operating rate averaged 64.8%.", "64.8%"],
  },
  {
    // "Last week alone, output was about 33,800 mt": a week's figure, the week fronted
    name: "fronted-last-week",
    reason: "weekly-daily",
    scope: "fronted",
    pattern: ["last|past|previous|this", "week"],
    example: ["Last week alone, output was about 33,800 mt.", "33,800 mt"],
  },
  {
    // "In the last week of December, output was 1,850 mt", "Last week of December: 1,850 mt": a week of the month, fronted
    name: "fronted-week-of-month",
    reason: "weekly-daily",
    scope: "fronted",
    pattern: ["in|during|for|over?", "the?", "first|second|third|fourth|final|last|latest", "week"],
    example: ["In the last week of December, output was 1,850 mt.", "1,850 mt"],
  },
  {
    // "Last week of December: 1,850 mt": a label naming a week of the month
    name: "week-of-month-label",
    reason: "weekly-daily",
    scope: "chain",
    pattern: ["first|second|third|fourth|final|last|latest", "week", "of|in", "*", ":"],
    example: ["Last week of December: 1,850 mt", "1,850 mt"],
  },
  {
    name: "week-ending",
    reason: "weekly-daily",
    scope: "chain",
    pattern: ["week|weeks", "ending|ended|to|before|through"],
    example: ["In the week ending May 26, the operating rate reached 50.2%.", "50.2%"],
  },
  {
    // "the last week of January, the operating rate fell 0.6 percentage points"
    name: "week-of-month",
    reason: "weekly-daily",
    scope: "clause",
    pattern: ["last|first|second|third|fourth|final|past|previous", "week", "of|in"],
    example: ["In the last week of January the operating rate fell 0.6 percentage points.", "0.6 percentage points"],
  },
  {
    name: "measured-weekly",
    reason: "weekly-daily",
    scope: "chain",
    pattern: ["measured|measuring|counted|calculated|tracked|tallied", "weekly|daily"],
    example: ["Measured weekly, the operating rate of sampled smelters reached 88.4%.", "88.4%"],
  },
  {
    name: "the-weekly-rate",
    reason: "weekly-daily",
    scope: "chain",
    pattern: ["the|a|its", "weekly|daily", "operating|output|production|supply|capacity"],
    example: ["As of May 30, the weekly operating rate of 121 sample enterprises was 34.2%.", "34.2%"],
  },
  {
    name: "right-in-the-week",
    reason: "weekly-daily",
    scope: "right",
    reasonBreaks: true,
    pattern: ["in|during|for|over", "the|that|this|a", "*", "week"],
    example: ["The operating rate reached 88.4% in the final week of October.", "88.4%"],
  },
  {
    name: "in-the-week",
    reason: "weekly-daily",
    scope: "chain",
    ownSubjectBreaks: true,
    pattern: [
      "in|during|for|over",
      "the|that|this|last|a?",
      "first|second|third|fourth|fifth|final|last|latest|past|previous|prior|same|current|following|holiday?",
      "week",
    ],
    example: ["Output in the final week of October was about 98,600 mt.", "98,600 mt"],
  },
  {
    // "currently at around 2.1 million mt monthly": a run-rate, no month's own figure
    name: "per-month-rate",
    reason: "other-time",
    scope: "right",
    adjacent: true,
    pattern: ["monthly"],
    // ("a 94.34% monthly increase": a monthly change, not a rate)
    unless: [["monthly", "#dir"]],
    example: ["Production is steadily increasing, currently at around 2.1 million mt monthly.", "2.1 million mt"],
  },
  {
    name: "next-year",
    reason: "other-time",
    scope: "chain",
    pattern: ["next|coming", "year|years"],
    example: ["For next year as a whole, SMM expects output growth of about 5%.", "5%"],
  },
  {
    // "expects its output to rise 40% this year": the year's change, no month's
    name: "this-year-right",
    reason: "other-time",
    scope: "right",
    adjacent: true,
    pattern: ["this", "year"],
    example: ["Smelters expect output to rise 40% this year.", "40%"],
  },
  {
    // "up 31% compared to the second half year of 2021": against another half year, no base of the dataset
    name: "half-on-half",
    reason: "other-base",
    scope: "right",
    pattern: ["to|with|than|from|over|on", "the", "first|second|previous|prior|preceding|last", "half"],
    // ("first-half production ..., a 4.9% decrease on the first half of last year": the same half a year earlier)
    unless: [
      ["to|with|than|from|over|on", "the", "first", "half", "of", "#year"],
      ["to|with|than|from|over|on", "the", "first", "half", "of", "last|the", "year|previous|prior"],
    ],
    example: ["Output rose 45% YoY and 31% compared to the second half year of 2021.", "31%"],
  },
  {
    // "In the full 2020, output increased 4.42% from 2019": the year's change (the December edition's year to date)
    name: "in-the-full-year",
    reason: "other-time",
    scope: "chain",
    pattern: ["in|for|over|during|throughout", "the", "full|whole|entire", "#year"],
    yearEnd: true,
    monthBreaks: true,
    example: ["In the full 2024, output increased 4.4% from 2023.", "4.4%"],
  },
  {
    // "December and January combined output is projected at about 430,000 mt": two months' total, not one month's
    name: "months-combined",
    reason: "other-time",
    scope: "chain",
    pattern: ["#month", "and|to|-|through", "#month", "combined|together|taken"],
    // ("For January and February together, output totalled 9,840 mt": a span from January is the year to date)
    unless: [["january|jan", "and|to|-|through", "#month", "combined|together|taken"]],
    example: ["Output for December and January combined is put at about 19,000 mt.", "19,000 mt"],
  },
  {
    // "output stood at around 270,000 mt in September and October": a figure for each of two months, no one month's own
    name: "two-months",
    reason: "other-time",
    scope: "right",
    pattern: ["in|for|during|over", "#month", "and", "#month"],
    // (not "..., respectively", nor "in December and December output to ...", where the second month opens a new subject)
    unless: [
      ["in|for|during|over", "#month", "and", "#month", ",?", "respectively"],
      ["in|for|during|over", "#month", "and", "#month", "output|production|operating|capacity|supply|prices|demand|imports|exports"],
    ],
    example: ["Monthly output stood at around 270,000 mt in September and October.", "270,000 mt"],
  },
  {
    // "SMM expects 2020 LFP output to grow by 18%" in the December 2019 edition: a later year's output is that year's, not a
    // month's (the year's total of the edition's own year is its year to date)
    name: "year-output",
    reason: "other-time",
    scope: "chain",
    pattern: ["#year", "*", "output|production|supply|total"],
    notAfter: ["cmpPrep", "month"],
    notAfterWords: "since|of|in",
    laterYear: true,
    yearEnd: true,
    monthBreaks: true,
    example: ["SMM expects 2020 LFP output to grow by 18% as new lines start.", "18%"],
  },
  {
    name: "annual-year",
    reason: "other-time",
    scope: "chain",
    pattern: ["in|for|into|throughout", "#year"],
    notAfter: ["cmpPrep"],
    yearEnd: true,
    monthBreaks: true,
    example: ["In 2023, SMM expects output to grow 8% as new capacity comes on stream.", "8%"],
  },
  {
    // "An early estimate circulated at the start of July put June output at 77,800 mt; the figure above replaces it"
    name: "early-estimate-circulated",
    reason: "other-time",
    scope: "chain",
    pattern: ["early|earlier|initial|first|preliminary", "estimate|estimates|reading|figure|count", "circulated|published|released|issued|reported"],
    example: ["An early estimate circulated in July put June output at 77,800 mt; the final figure replaces it.", "77,800 mt"],
  },
  {
    // "The industry's annual operating rate remained below 50%": a year's rate, not the month's
    name: "annual-rate",
    reason: "other-time",
    scope: "chain",
    pattern: ["annual|yearly|full-year", "average?", "operating|utilisation|utilization|capacity-utilisation|capacity-utilization", "rate|rates?"],
    example: ["The industry's annual operating rate remained below 50%.", "50%"],
  },
  {
    // "a 3.7% YoY increase in aluminum production for the full year of 2024": a year's total
    name: "full-year-of",
    reason: "other-time",
    scope: "tail",
    pattern: ["full|whole|entire", "year", "of", "#year"],
    yearEnd: true,
    example: ["Output still rose 3.7% YoY for the full year of 2024.", "3.7%"],
  },
  {
    name: "had-planned",
    reason: "other-time",
    scope: "chain",
    ownSubjectBreaks: true,
    pattern: ["had|have|has", "originally|previously|initially?", "planned|targeted|aimed|budgeted|pencilled|penciled|scheduled"],
    // ("SMM had pencilled in 6,900 mt for November": SMM's own earlier forecast, read as one)
    notAfterWords: "smm|we",
    example: ["Mills had originally planned a 1% increase for December.", "1%"],
  },
  {
    name: "fell-short-of",
    reason: "other-base",
    scope: "clause",
    pattern: ["short|shy", "of", "the|a|an?"],
    unless: [
      // ("came in just shy of 8,900 mt": a tonnage right after it is the level itself, hedged, as "under 8,900 mt" is)
      ["shy|short", "of", "#num", "mt|tonnes|tons|t|million|thousand"],
      // ("falling short of the 1.034 million mt SMM had forecast by 2,200 mt": the forecast level SMM quotes, and the gap)
      ["short|shy", "of", "the", "#num", "*", "smm|we|smm's|our", "had?", "forecast|expected|estimated|projected|predicted|forecasted"],
      [
        "short|shy",
        "of",
        "smm's|our|the|its|smm?",
        "earlier|previous|prior|own?",
        "forecast|forecasts|expectation|expectations|estimate|estimates|expected|projection",
      ],
    ],
    example: ["Output fell short of the 5% MoM rise some had pencilled in.", "5%"],
  },
  {
    name: "right-short-of",
    reason: "other-base",
    scope: "right",
    pattern: ["short|shy", "of"],
    unless: [
      [
        "short|shy",
        "of",
        "smm's|our|the|its|that|this|smm?",
        "earlier|previous|prior|own?",
        "forecast|forecasts|expectation|expectations|estimate|estimates|expected|projection",
      ],
      // ("about 44,000 mt short of what SMM had expected a month ago": the distance from SMM's forecast)
      ["short|shy", "of", "what", "smm|we", "had?", "expected|forecast|estimated|projected"],
      // ("or 300 mt short of the 69,000 mt SMM had forecast": the distance from the forecast level SMM quotes)
      ["short|shy", "of", "the", "#num", "*", "smm|we|smm's|our", "had?", "forecast|expected|estimated|projected|predicted|forecasted"],
    ],
    // ("slipped 1.19% as some mills ran short of raw material": a reason's shortage)
    reasonBreaks: true,
    example: ["Output fell about 100 mt short of what smelters had scheduled.", "100 mt"],
  },
  {
    name: "impact-on-output",
    reason: "facility",
    scope: "clause",
    pattern: ["affecting|affected|impacting|impacted|hitting|disrupting", "*", "output|production|supply"],
    example: ["A smelter stopped part of its lines, affecting output by about 8,000 mt.", "8,000 mt"],
  },
  {
    name: "per-day",
    reason: "weekly-daily",
    scope: "right",
    pattern: ["a|per|each", "day|week"],
    example: ["Output averaged about 102,300 mt a day.", "102,300 mt"],
  },
  {
    name: "plans-to",
    reason: "other-time",
    scope: "clause",
    // ("members agreed to cut output by 60% for half of May": an agreement, a pledge or a decision is a plan too)
    pattern: [
      "plans|plan|planned|aims|aim|aimed|intends|intend|targets|targeted|agreed|agree|agrees|pledged|pledge|pledges|vowed|vow|vows|decided|decide|decides|promised|promise|promises",
      "to",
    ],
    example: ["The industry plans to raise output by 5%.", "5%"],
  },
  {
    name: "last-years",
    reason: "other-time",
    scope: "chain",
    pattern: ["last|previous|prior", "year's|month's"],
    // ("Last month's data shows that ... production in August was 53GW": the data of the month the text reports)
    unless: [["last|previous", "month's", "data|figures|statistics|numbers|survey"]],
    example: ["Last year's output was 1.1 million mt.", "1.1 million mt"],
  },
  {
    name: "a-year-earlier",
    reason: "other-time",
    scope: "chain",
    pattern: ["a|one", "year|month", "earlier|ago|before"],
    notAfter: ["cmpPrep"],
    example: ["A year earlier, output was 1.1 million mt.", "1.1 million mt"],
  },
  {
    name: "same-month-last-year",
    reason: "other-time",
    scope: "clause",
    pattern: ["in|during|for", "the", "same", "month|period", "of?", "last|the|a?", "previous|prior?", "year"],
    notAfter: ["cmpPrep"],
    example: ["Output was 1.1 million mt in the same month last year.", "1.1 million mt"],
  },
  {
    name: "right-same-month-last-year",
    reason: "other-time",
    scope: "right",
    pattern: ["in|during|for", "the", "same", "month|period", "of?", "last|the|a?", "previous|prior?", "year"],
    notAfter: ["cmpPrep"],
    example: ["Output rose 2% MoM in the same month last year.", "2%"],
  },
  {
    // "compared with about 1,450 mt in August last year": a month of last year after the figure is its month
    name: "right-month-last-year",
    reason: "other-time",
    scope: "right",
    pattern: ["in|during|for", "#month", "of?", "last|the", "previous|prior?", "year"],
    // (not the base of the figure's own comparison: "9.62 per cent higher than in December of the previous year")
    notAfter: ["cmpPrep"],
    notAfterWords: "than|from|over|versus|vs|on",
    example: ["Output fell 12% MoM, compared with about 1,450 mt in August last year.", "1,450 mt"],
  },
  {
    // "The decline came mainly from Jinchuan Group, whose cathode output dropped by roughly 1,100 mt": the company's own figure
    name: "company-whose",
    reason: "other-subject",
    scope: "chain",
    pattern: ["group|company|corporation|corp|ltd|limited|inc|plc|co", ",?", "whose"],
    example: ["The fall came from Jinchuan Group, whose cathode output dropped by roughly 1,100 mt.", "1,100 mt"],
  },
  {
    // "Stainless steel mills, whose crude output SMM estimates slipped 3% m-o-m, kept their purchases to a minimum": a
    // relative clause about the plants the sentence is about (buyers, here) is a remark, not a figure reported
    name: "plants-whose",
    reason: "other-subject",
    scope: "chain",
    pattern: ["mills|smelters|plants|producers|makers|refineries|buyers|customers|users", ",", "whose"],
    // (not "The magnet makers, whose order books are set by appliances, produced 11,800 mt": the main clause's figure)
    sameClause: true,
    example: ["Stainless steel mills, whose crude output slipped 3% in January, kept purchases to a minimum.", "3%"],
  },
  {
    // "Hsikwangshan Twinkling Star cut its monthly output by 1,000 mt": a named producer moving its own output
    // (a province, "Shaanxi lifted its output by 15%", is a part; China is the whole)
    name: "name-its-output",
    reason: "other-subject",
    scope: "chain",
    pattern: [
      "#capital",
      "#capital?",
      "#capital?",
      "cut|raised|lifted|reduced|increased|lowered|trimmed|boosted|curtailed|halved",
      "its|their",
      "monthly?",
      "output|production",
    ],
    unless: [["#province"], ["inner"], ["#country"], ["china|china's|smm|smm's|output|production|the"]],
    example: ["Hsikwangshan Twinkling Star cut its monthly output by 1,000 mt from mid-December.", "1,000 mt"],
  },
  {
    // "Total lead output, primary plus secondary, rose 0.7% MoM": the sum of two products, neither one's figure
    name: "primary-plus-secondary",
    reason: "other-subject",
    scope: "chain",
    pattern: ["primary", "plus|+", "secondary"],
    example: ["Total lead output, primary plus secondary, rose 0.7% MoM.", "0.7%"],
  },
  {
    name: "primary-and-secondary-combined",
    reason: "other-subject",
    scope: "chain",
    pattern: ["total|combined|overall", "*", "primary", "and|&", "secondary"],
    example: ["Combined output of primary and secondary lead rose 1.1% MoM.", "1.1%"],
  },
  {
    // "In June last year, output had fallen by 8% MoM": a month of last year before the figure is its month
    name: "month-last-year",
    reason: "other-time",
    scope: "chain",
    pattern: ["in|during|for", "#month", "of?", "last|the", "previous|prior?", "year"],
    notAfter: ["cmpPrep"],
    notAfterWords: "than|from|over|versus|vs|on|with",
    example: ["In June last year, output had fallen by 8% MoM as plants closed.", "8%"],
  },
  {
    // "Ningbo, which accounts for about 40% of national output, raised its production by 5% MoM": the place's or the
    // producer's own figure, a part of the industry
    name: "which-accounts-for",
    reason: "part-of-industry",
    scope: "chain",
    pattern: ["which|that", "accounts|accounted|account|makes|made", "for|up"],
    partOnly: true,
    example: ["Ningbo, which accounts for about 40% of national output, raised its production by 5% MoM.", "5%"],
  },
  {
    name: "right-a-year-earlier",
    reason: "other-time",
    scope: "right",
    pattern: ["a|one", "year", "earlier|ago|before"],
    notAfter: ["cmpPrep"],
    // (not the base of a comparison of its own: "up 6.3% MoM and nearly double the level of a year earlier")
    notAfterWords: "of|level",
    example: ["Output rose 2% MoM a year earlier.", "2%"],
  },
  {
    // "Compared to the 21.5% MoM increase in July, growth slowed in August": the figure a statement is compared with
    // is its reference, not a statement of its own (a passing mention must not revise the month it names)
    name: "comparison-reference",
    reason: "other-time",
    scope: "before",
    pattern: ["compared|relative|unlike", "to|with?", "the|a|an|its"],
    example: ["Compared to the 21.5% MoM increase in July, the pace of output growth in August slowed down.", "21.5%"],
  },
  {
    name: "last-year-adverb",
    reason: "other-time",
    scope: "chain",
    pattern: ["in|during", "the?", "last|previous|prior", "year|month"],
    notAfter: ["cmpPrep"],
    example: ["In the previous month, output was 1.1 million mt.", "1.1 million mt"],
  },
  // ---- a part of the whole
  {
    name: "province-part",
    reason: "part-of-industry",
    scope: "subject",
    pattern: ["in|of|from", "inner?", "#province"],
    partOnly: true,
    example: ["The operating rate of smelters in Yunnan rose 6 percentage points.", "6 percentage points"],
  },
  {
    // "The sampled smelters have a combined existing capacity of 6.07 million mt/year": the sample's capacity, not the
    // industry's (the sample's operating rate is the industry's rate; its capacity is only the sample's)
    name: "sample-capacity",
    reason: "part-of-industry",
    scope: "chain",
    pattern: [
      "sampled|surveyed|sample",
      "smelters|plants|producers|enterprises|mills|refineries|companies|firms",
      "have|had|has|with|hold|held",
      "a|an|the?",
      "combined|total|joint|aggregate?",
      "existing|nameplate|production|operating|effective?",
      "capacity|capacities",
    ],
    partOnly: true,
    example: ["The sampled smelters have a combined existing capacity of 6.07 million mt/year.", "6.07 million mt"],
  },
  {
    // "spodumene converters in Sichuan, the largest of which cut output by 200 mt, nonetheless raised their combined output by
    // 3.7%": the plants of a province, and "their" output, are that province's part
    name: "province-plants-their-output",
    reason: "part-of-industry",
    scope: "chain",
    pattern: [
      "converters|producers|smelters|plants|refineries|mills|enterprises|refiners",
      "in|from",
      "inner?",
      "#province",
      "**",
      "their",
      "combined|own|total|joint?",
      "output|production",
    ],
    partOnly: true,
    example: ["Converters in Sichuan, after a repair, raised their combined output by 3.1% MoM.", "3.1%"],
  },
  {
    // "converters in Sichuan, the largest of which cut output by 200 mt": the largest plant's own figure
    name: "largest-of-which",
    reason: "facility",
    scope: "chain",
    pattern: ["the", "largest|biggest|smallest|leading|main|top", "of", "which|them|these|those"],
    sameClause: true,
    example: ["Converters in Sichuan, the largest of which cut output by 200 mt, kept running.", "200 mt"],
  },
  {
    // "Mines in Henan and Shaanxi kept operating rates close to 75%": the plants of one or two provinces kept their own rate
    name: "province-plants-kept",
    reason: "part-of-industry",
    scope: "chain",
    pattern: ["in", "inner?", "#province", "and?", "inner?", "#province?", "kept|ran|maintained|held|operated|worked|stayed"],
    partOnly: true,
    ownSubjectBreaks: true,
    // ("New capacity in Shandong and Guangxi kept ramping up, and SMM's operating rate for the sector climbed ...": SMM's own)
    smmBreaks: "any",
    example: ["Smelters in Hunan and Guangxi kept operating rates near 80%.", "80%"],
  },
  {
    // "output rose 5.2% as mines in Luanchuan raised output by 9%": the plants of one place (a county, a city) moved their own output
    name: "plants-in-place",
    reason: "part-of-industry",
    scope: "clause",
    pattern: [
      "mines|smelters|plants|producers|refineries|mills|enterprises",
      "in|at|around",
      "#capital",
      "raised|lifted|increased|boosted|cut|reduced|lowered|trimmed|curtailed",
    ],
    partOnly: true,
    example: ["Output rose 4.0% as smelters in Gejiu raised output by 11%.", "11%"],
  },
  {
    name: "province-plants-before-verb",
    reason: "part-of-industry",
    scope: "chain",
    pattern: [
      "inner?",
      "#province",
      "and?",
      "inner?",
      "#province?",
      "mines|smelters|plants|producers|refineries|mills|enterprises",
      "kept|ran|maintained|held|operated|worked|stayed",
    ],
    partOnly: true,
    ownSubjectBreaks: true,
    example: ["Hunan and Guangxi smelters kept operating rates near 80%.", "80%"],
  },
  {
    // "the alumina production in Hebei was generally stable, and the operating rate rose by 0.8%": the rate of the
    // province the clause before named
    name: "province-then-its-rate",
    reason: "part-of-industry",
    scope: "chain",
    pattern: ["in", "inner?", "#province", "*", ",", "and", "the|its", "operating|utilisation|utilization", "rate|rates"],
    partOnly: true,
    placeIsPart: true,
    example: ["Output in Hebei was generally stable, and the operating rate rose by 0.8% to 88.3%.", "0.8%"],
  },
  {
    // "in Yunnan alone the rate reached 65.1%": a province singled out before the subject is the figure's part
    name: "province-alone",
    reason: "part-of-industry",
    scope: "subject",
    pattern: ["inner?", "#province", "alone|only"],
    partOnly: true,
    placeIsPart: true,
    example: ["In Yunnan alone the operating rate reached 65.1%.", "65.1%"],
  },
  {
    // "Inner Mongolia: up 9.1% m-o-m": a province as a line's label is the figure's part ("Shaanxi alone: 35,200 mt" too)
    name: "province-label",
    reason: "part-of-industry",
    scope: "chain",
    pattern: ["inner?", "#province", "alone|only?", ":"],
    partOnly: true,
    placeIsPart: true,
    example: ["Inner Mongolia: up 9.1% m-o-m.", "9.1%"],
  },
  {
    // "Output fell 8.5% MoM, with Inner Mongolia alone down 14% MoM": the province the "with" clause is about
    name: "with-province",
    reason: "part-of-industry",
    scope: "clause",
    pattern: ["with", "inner?", "#province"],
    partOnly: true,
    placeIsPart: true,
    example: ["Ferrochrome output fell 8.5% MoM, with Inner Mongolia alone down 14% MoM.", "14%"],
  },
  {
    // "Smelters in Yunnan and Jiangxi cut runs; their combined operating rate fell to 58.4%": the pronoun's provinces
    name: "antecedent-province",
    reason: "part-of-industry",
    scope: "antecedent",
    pattern: ["in|of|from|across", "inner?", "#province"],
    partOnly: true,
    example: ["Smelters in Yunnan and Jiangxi cut runs; their combined operating rate fell 6.2 percentage points to 58.4%.", "58.4%"],
  },
  {
    // "Yunnan and Sichuan are still in the dry season, and their combined operating rate stayed at 20%": provinces that are
    // the pronoun's clause's subject
    name: "antecedent-province-subject",
    reason: "part-of-industry",
    scope: "antecedent",
    pattern: ["#province", "and?", "#province?", "are|were|is|was|have|had|remain|remained|stay|stayed|saw|still|led|lifted|drove|posted|recorded"],
    partOnly: true,
    example: ["Yunnan and Sichuan are still in the dry season, and their combined operating rate stayed at just 20%.", "20%"],
  },
  {
    // "Sichuan, home to the largest cluster of converters, lifted its April output to 9,870 mt": a province in apposition that
    // raised its own output (the grammar's subject window may start after the province)
    name: "province-apposition-its",
    reason: "part-of-industry",
    scope: "chain",
    pattern: [
      "#province",
      ",",
      "**",
      ",",
      "lifted|raised|increased|boosted|cut|reduced|lowered|curtailed|trimmed|slashed|expanded|doubled|halved|kept|held|pushed|took|brought",
      "its|their",
    ],
    partOnly: true,
    // ("..., raised its output by 22%, while China's total output grew 6.5%": the whole, in a clause of its own)
    breakWords: "while|whereas|but|china's|national|nationwide|total|overall|industry",
    example: ["Guangxi, home to most of the new lines, lifted its May output to 41,200 mt.", "41,200 mt"],
  },
  {
    // "Inner Mongolia's curbs drove the drop; the run rate in the region fell 8.3 pct pts": "the region" names the
    // place just mentioned, a part of the industry
    name: "the-region",
    reason: "part-of-industry",
    scope: "subject",
    pattern: ["in|of|across|from|for|within", "the|that|this", "region|province|area|prefecture|county|city|base"],
    partOnly: true,
    example: ["Power curbs hit Yunnan hard; the operating rate in the region fell 8.3 percentage points.", "8.3 percentage points"],
  },
  {
    // "Nearly all of the increase came from Xinjiang, ...; the region produced 168,000 mt in January": the place a "the
    // region" refers back to is a part
    name: "the-region-did",
    reason: "part-of-industry",
    scope: "clause",
    pattern: ["the|that|this", "region|province|county|prefecture", "produced|produces|made|makes|contributed|turned|saw|posted|recorded|lifted|raised|cut"],
    partOnly: true,
    example: ["Most of the rise came from Xinjiang; the region produced 168,000 mt, 30% more than in December.", "168,000 mt"],
  },
  {
    // "Fugu, the main magnesium-producing county in Shaanxi, produced 27,900 mt": a place below a province, in apposition
    name: "county-apposition",
    reason: "part-of-industry",
    scope: "chain",
    pattern: ["#capital", ",", "the|a|its|china's", "*", "county|city|prefecture|district|town|cluster", "*", ","],
    partOnly: true,
    example: ["Fugu, the main magnesium-producing county in Shaanxi, produced 27,900 mt in January.", "27,900 mt"],
  },
  {
    name: "some-provinces",
    reason: "part-of-industry",
    scope: "subject",
    pattern: ["in|of|across|from", "the|its|several|some|these|those|all", "two|three|four|five|six|major|main|key", "*", "provinces|province"],
    partOnly: true,
    example: ["The operating rate of secondary lead smelters in the four major provinces stood at 46.22%.", "46.22%"],
  },
  {
    name: "status-as-of",
    reason: "other-time",
    scope: "chain",
    pattern: ["as", "of|at", "early|mid|mid-|the|end?", "#month"],
    forecastOnly: true,
    example: ["As of early November, operating capacity stood at 71.8 million mt/year.", "71.8 million mt/year"],
  },
  {
    name: "grade-part",
    reason: "part-of-industry",
    scope: "subject",
    pattern: ["high-grade|low-grade|mid-grade|medium-grade|high-nickel|low-nickel|mid-nickel"],
    partOnly: true,
    matchIsPart: true,
    example: ["High-grade NPI lines ran 2.2 percentage points higher than in December.", "2.2 percentage points"],
  },
  {
    // "8-12% Ni NPI contained ...", "while 1.5-2% Ni material fell 6.3%": a grade named by its nickel range is a part
    name: "nickel-range-part",
    reason: "part-of-industry",
    scope: "chain",
    pattern: ["#num", "#rangeEnd", "ni|nickel"],
    partOnly: true,
    matchIsPart: true,
    example: ["By grade, 10-14% Ni NPI fell 2.0% MoM.", "2.0%"],
  },
  {
    name: "bracketed-part",
    reason: "part-of-industry",
    scope: "chain",
    pattern: ["(", "*", "#plant", ")"],
    partOnly: true,
    example: ["- Operating rate (large enterprises): 41.2%", "41.2%"],
  },
  {
    name: "of-which",
    reason: "part-of-industry",
    scope: "before",
    partOnly: true,
    pattern: ["of|among", "which|whom|them|these|this"],
    // "capacity was 102.5 million mt/year, of which 86.1 million mt/year was operating": the operating capacity
    unless: [
      ["of", "which", "*", "*", "operating|running|operational|in"],
      ["of", "this", "year|month|week|quarter|period"],
    ],
    example: ["Existing capacity was 12.85 million mt/year, of which 600,000 mt/year was added during 2024.", "600,000 mt/year"],
  },
  {
    name: "added-capacity",
    reason: "not-production",
    scope: "right",
    // "500,000 tons of new secondary lead production capacity"
    pattern: ["of", "new|newly|added|additional|fresh", "added?", "*", "capacity|capacities"],
    example: ["Capacity reached 114.3 million mt/year after 4 million mt/year of new capacity was commissioned.", "4 million mt/year"],
  },
  {
    // "New converter capacity of 60,000 mt/year entered trial runs": capacity added, named before its size, not the capacity
    name: "new-capacity-of",
    reason: "not-production",
    scope: "clause",
    sameClause: true,
    pattern: ["new|newly|added|additional|fresh|incremental", "*", "capacity|capacities", "of"],
    example: ["New smelting capacity of 45,000 mt/year started trial runs in Guizhou.", "45,000 mt/year"],
  },
  {
    // "China added 300000 tonnes of smelting capacity in December", "a reduction of 20,000 tons of capacity": capacity added or
    // cut, not a change of output
    name: "of-named-capacity",
    reason: "not-production",
    scope: "after",
    adjacent: true,
    notForRates: true,
    pattern: [
      "mt|tonnes|tons|t|million|thousand?",
      "mt|tonnes|tons|t?",
      "of",
      "smelting|production|refining|electrolytic|installed|nameplate|new?",
      "capacity|capacities",
    ],
    // ("27.46 million mt/year of capacity was running", "70.86 million mt of capacity ... were in operation": operating capacity)
    unless: [["*", "capacity|capacities", "*", "*", "running|operating|operation|operational|online|working|active|utilised|utilized"]],
    example: ["China added 300,000 tonnes of smelting capacity in December, analysts said.", "300,000 tonnes"],
  },
  {
    // "surpassed the record high of 35.802 million tons set in 2018": a level another year set
    name: "set-in-year",
    reason: "other-time",
    scope: "after",
    adjacent: true,
    pattern: ["mt|tonnes|tons|t|million|thousand?", "mt|tonnes|tons|t?", "set|recorded|registered|seen|reached|hit", "back?", "in", "#year"],
    example: ["Output surpassed the record high of 35.8 million tons set in 2018.", "35.8 million tons"],
  },
  {
    name: "of-the-total",
    reason: "part-of-industry",
    scope: "chain",
    pattern: ["of", "the|which|this|that", "total|which|,"],
    partOnly: true,
    example: ["Of the total metal content, high-grade NPI came in at 36,800 mt.", "36,800 mt"],
  },
  {
    // "Production at integrated producers using MHP fell 6.3% MoM": a group of producers is a part, not the industry
    name: "output-at-producers",
    reason: "part-of-industry",
    scope: "subject",
    // (a group named by a word that picks some producers out; "output at overseas aluminium smelters" is the whole)
    pattern: [
      "production|output",
      "at|of|from|by",
      "the?",
      "integrated|non-integrated|independent|standalone|large|small|medium-sized|major|leading|some|several|certain|private|state-owned",
      "*",
      "#plant",
    ],
    partOnly: true,
    example: ["Production at integrated producers using MHP fell 6.3% MoM as well.", "6.3%"],
  },
  {
    name: "size-bracket",
    reason: "part-of-industry",
    scope: "chain",
    pattern: ["#plant", "with|of?", "a|an?", "capacity|capacities|scale?", "of?", "above|below|over|under|exceeding|more|less", "than?", "#num"],
    // ("Large smelters with more than 100,000 mt/year of capacity ran at 61.5%": a tier named, its bracket defining it)
    notAfterWords: TIER_ADJ_SRC,
    example: ["The operating rate of smelters above 100,000 mt/year is expected at about 85%.", "85%"],
  },
  {
    name: "excluding",
    reason: "part-of-industry",
    scope: "chain",
    pattern: ["#excluding"],
    example: ["Excluding recycled material, output was 60,000 mt.", "60,000 mt"],
  },
];

// ------------------------------------------------------------------ matcher

interface CompiledStep {
  gap?: boolean;
  /** A "**" gap: up to 24 tokens. */
  long?: boolean;
  tag: number;
  words: Set<string> | null;
  /** Word beginnings ("non-" matches "non-pv"): the step's words that end with a hyphen. */
  prefixes?: string[];
  optional: boolean;
}

function compileStep(s: Step): CompiledStep {
  if (s === "*") return { gap: true, tag: 0, words: null, optional: true };
  if (s === "**") return { gap: true, long: true, tag: 0, words: null, optional: true };
  const optional = s.endsWith("?") && s.length > 1;
  const body = optional ? s.slice(0, -1) : s;
  if (body.startsWith("#")) return { tag: TAGS[body.slice(1) as TagName], words: null, optional };
  const words = body.split("|");
  const prefixes = words.filter((w) => w.length > 1 && w.endsWith("-"));
  return { tag: 0, words: new Set(words), ...(prefixes.length ? { prefixes } : {}), optional };
}

interface CompiledRule {
  rule: PrecisionRule;
  steps: CompiledStep[];
  unless: CompiledStep[][];
  notAfter: number;
  notAfterWords: ReadonlySet<string> | null;
  breakWords: ReadonlySet<string> | null;
}

const COMPILED: CompiledRule[] = PRECISION_RULES.map((rule) => ({
  rule,
  steps: rule.pattern.map(compileStep),
  unless: (rule.unless ?? []).map((u) => u.map(compileStep)),
  notAfter: (rule.notAfter ?? []).reduce((n, t) => n | TAGS[t], 0),
  notAfterWords: rule.notAfterWords ? new Set(rule.notAfterWords.split("|")) : null,
  breakWords: rule.breakWords ? new Set(rule.breakWords.split("|")) : null,
}));

const stepOk = (st: CompiledStep, t: Token | undefined): boolean =>
  !!t && (st.words ? st.words.has(t.lower) || (!!st.prefixes && st.prefixes.some((p) => t.lower.startsWith(p))) : (t.tags & st.tag) !== 0);

/** Does the pattern match tokens[i..] without leaving [.., to)? Returns the index after the match, or -1. */
function matchAt(steps: CompiledStep[], tokens: readonly Token[], i: number, to: number, k = 0): number {
  let j = i;
  for (let s = k; s < steps.length; s++) {
    const st = steps[s] as CompiledStep;
    if (st.gap) {
      for (let g = 0; g <= (st.long ? 24 : 4) && j + g <= to; g++) {
        const end = matchAt(steps, tokens, j + g, to, s + 1);
        if (end >= 0) return end;
      }
      return -1;
    }
    if (j < to && stepOk(st, tokens[j])) j++;
    else if (!st.optional) return -1;
  }
  return j;
}

// ------------------------------------------------------------------ scopes

const STRONG = TAGS.boundary;
/** Words that open a clause contrasting with the one before, with a subject of its own. */
const CONTRAST_WORDS: ReadonlySet<string> = new Set(["while", "whereas", "but"]);
const STOP = TAGS.stop;
/** Words of a clause that leans on the clause before it ("..., up 4.38%", "..., or 3.1%"). */
const DEPENDENT = new Set([
  "and",
  "or",
  "up",
  "down",
  "by",
  "approximately",
  "about",
  "around",
  "nearly",
  "over",
  "more",
  "than",
  "some",
  "roughly",
  "almost",
  "a",
  "an",
  "of",
  "mt",
  "increase",
  "decrease",
  "rise",
  "fall",
  "decline",
  "drop",
  "gain",
  "growth",
  "reduction",
  "respectively",
  "as",
  "well",
  "to",
  "at",
  "rising",
  "falling",
  "increasing",
  "decreasing",
  "declining",
  "dropping",
  "growing",
  "mom",
  "yoy",
  "m/m",
  "y/y",
  "month-on-month",
  "year-on-year",
  "percentage",
  "points",
  "point",
  "pp",
  "ppt",
  "ppts",
  "%",
  "per",
  "cent",
  "percent",
  "million",
  "kt",
  "tonnes",
  "t",
  "mt/year",
  "slight",
  "slightly",
  "sharp",
  "sharply",
  "significant",
  "significantly",
  "marginally",
  "further",
  "respectively",
  "with",
  "+",
  "-",
  "~",
]);

/** Possessive pronouns that open a figure's subject and refer back to an earlier noun phrase. */
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(["their", "its"]);

export interface Scopes {
  before: [number, number];
  fronted: [number, number];
  clause: [number, number];
  right: [number, number];
  chain: [number, number];
  subject: [number, number];
  /** After the figure to the end of its chain (a stop or "but", "while"...): where ", according to Mysteel" sits. */
  tail: [number, number];
  /** After the figure to the next comma or the end of its chain ("9,650 mt of nickel over July 7-11"). */
  after: [number, number];
  /** What a possessive pronoun subject ("their", "its") refers back to; empty when the subject is no pronoun. */
  antecedent: [number, number];
}

function clauseStart(tokens: readonly Token[], i: number, floor: number): number {
  let j = i - 1;
  while (j >= floor) {
    const t = tokens[j] as Token;
    if (t.tags & (STRONG | TAGS.comma | TAGS.num)) break;
    j--;
  }
  return j + 1;
}

/**
 * The "(" of a bracketed aside closed at token `close` ("(published 16 April)", "(Ni content)",
 * "(six analysts)"): a bracket in the same sentence with no number in it but a year or a day of a
 * month. -1 when the bracket states a figure or does not open in the sentence.
 */
function asideOpen(tokens: readonly Token[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= 12; k--) {
    const t = tokens[k] as Token;
    if (t.text === "(") return k < close - 1 ? k : -1;
    if (has(t, STOP)) return -1;
    if (has(t, TAGS.num) && !has(t, TAGS.year) && !has(tokens[k + 1], TAGS.month) && !has(tokens[k - 1], TAGS.month)) return -1;
  }
  return -1;
}

/** Token ranges [from, to) around the figure that starts at token fi and ends before token fe. */
export function scopesOf(tokens: readonly Token[], fi: number, fe: number): Scopes {
  // chain: back to a stop (";", brackets, a full stop that is not an abbreviation's); "but" and "while" do not end it
  let c = fi - 1;
  const stopsAt = (k: number): boolean => has(tokens[k], STOP) && !(tokens[k]?.text === "." && /^[a-z]/.test(tokens[k + 1]?.text ?? ""));
  const walk = (): void => {
    for (;;) {
      while (c >= 0 && !stopsAt(c)) c--;
      // "The NBS figure for March (published 16 April) was 1.25 million mt": an aside in brackets
      // states no figure, and the words before it are still the chain's
      const open = c >= 0 && tokens[c]?.text === ")" ? asideOpen(tokens, c) : -1;
      if (open < 0) return;
      c = open - 1;
    }
  };
  walk();
  // "output was 70,300 mt (+5.2% MoM)": a bracket right after a figure annotates it, and shares its chain
  // "... market expectations (120,600 mt)": a bracket that opens on the figure glosses the words before it
  while (
    c >= 0 &&
    tokens[c]?.text === "(" &&
    (([1, 2, 3].some((d) => has(tokens[c - d], TAGS.num)) && !tokens.slice(c - 3, c).some((t) => has(t, STOP))) || fi - c <= 2)
  ) {
    c--;
    walk();
  }
  // a label line ("- Output (physical content): 111,800 mt"): the label before the colon is the figure's subject
  if (c >= 0 && tokens[c]?.text === ":" && tokens.slice(c + 1, fi).every((t) => !/[a-z]/i.test(t.text) || DEPENDENT.has(t.lower))) {
    c--;
    while (c >= 0 && !(has(tokens[c], STOP) && tokens[c]?.text !== "(" && tokens[c]?.text !== ")")) c--;
  }
  const chainFrom = c + 1;
  // clause: back to a comma, boundary or another number; a dependent clause leans on the one before
  let from = clauseStart(tokens, fi, chainFrom);
  for (let guard = 0; guard < 4; guard++) {
    const words = tokens.slice(from, fi);
    const dependent = words.every((t) => DEPENDENT.has(t.lower) || has(t, TAGS.comma));
    if (!dependent || from <= chainFrom) break;
    const prev = from - 1;
    const pt = tokens[prev];
    if (!pt || has(pt, STRONG)) break;
    // step over the previous figure's own tokens and its clause
    let k = prev;
    while (k > chainFrom && has(tokens[k], TAGS.num | TAGS.comma)) k--;
    from = clauseStart(tokens, k + 1, chainFrom);
    if (k + 1 === from) break;
  }
  // right: after the figure to the next number, comma or boundary
  let r = fe;
  while (r < tokens.length && !has(tokens[r], STRONG | TAGS.comma) && !(has(tokens[r], TAGS.num) && !has(tokens[r], TAGS.year))) r++;
  // "12.6% higher (QoQ)": a comparison base in brackets right after the figure is the figure's
  if (tokens[r]?.text === "(" && has(tokens[r + 1], TAGS.baseOther | TAGS.baseWord) && tokens[r + 2]?.text === ")") r += 3;
  // "7,600 mt, or 5.8%, above the average": the apposition shares what follows it
  // (not ", or 109,500 mt a day": a daily average restating the month's total keeps its "a day" to itself)
  const daily = (k: number): boolean =>
    [k + 1, k + 2, k + 3].some((j) => /^(?:a|per|each)$/.test(tokens[j]?.lower ?? "") && /^(?:day|week)$/.test(tokens[j + 1]?.lower ?? ""));
  if (has(tokens[r], TAGS.comma) && tokens[r + 1]?.lower === "or" && has(tokens[r + 2], TAGS.num) && !daily(r + 2)) {
    r += 3;
    while (r < tokens.length && !has(tokens[r], STRONG | TAGS.num) && !(has(tokens[r], TAGS.comma) && r > fe)) r++;
    if (has(tokens[r], TAGS.comma)) r++;
    while (r < tokens.length && !has(tokens[r], STRONG | TAGS.comma) && !(has(tokens[r], TAGS.num) && !has(tokens[r], TAGS.year))) r++;
  }
  // subject: the noun phrase before the nearest metric noun of the chain
  // ("in metal content" says the basis, not the subject: "High-grade NPI, at 26,300 mt in metal content, was down 4.1%")
  // (nor does a bracket's "(Ni content)": "High-grade NPI (Ni content) -4.0% MoM")
  const basisPhrase = (k: number): boolean =>
    tokens[k]?.lower === "content" && (tokens[k - 2]?.lower === "in" || tokens[k - 2]?.text === "(" || tokens[k - 3]?.text === "(");
  let m = fi - 1;
  while (m >= chainFrom && !(has(tokens[m], TAGS.metric) && !basisPhrase(m))) m--;
  let subjectFrom = chainFrom;
  let subjectEnd = fi;
  if (m >= chainFrom) {
    let s = m - 1;
    while (
      s >= chainFrom &&
      !(has(tokens[s], STOP | TAGS.num | TAGS.aux) || (has(tokens[s], TAGS.comma) && !/^(?:which|who)$/.test(tokens[s + 1]?.lower ?? ""))) &&
      !/^(?:in|during|at|after|before|since|as|from|to|but|while|whereas|and)$/.test(tokens[s]?.lower ?? "")
    )
      s--;
    subjectFrom = s + 1;
    // "Primary lead production rebounded 3.4% MoM after maintenance in Henan ended, but it was 2.2% lower ...": a
    // clause that opens on "it" after an earlier figure is the same subject's; the earlier figure's tail is not its
    for (let p = fi - 1; p > m + 1; p--) {
      if (!/^(?:it|they)$/.test(tokens[p]?.lower ?? "") || !/^(?:but|and|while|whereas|yet|,)$/.test(tokens[p - 1]?.lower ?? "")) continue;
      let n = m + 1;
      while (n < p && !has(tokens[n], TAGS.num)) n++;
      if (n < p) subjectEnd = n;
      break;
    }
  } else if (ownSubjectAfter(tokens, fe)) subjectFrom = fi;
  else subjectFrom = afterFrontedReason(tokens, chainFrom, fi);
  // fronted: the chain's opening adverbial up to its first comma, when the figure comes after it
  let fronted: [number, number] = [fi, fi];
  for (let k = chainFrom; k < fi; k++) {
    const t = tokens[k] as Token;
    if (has(t, TAGS.num | TAGS.metric)) break;
    if (has(t, TAGS.comma)) {
      if (k > chainFrom) fronted = [chainFrom, k];
      break;
    }
  }
  let t = fe;
  while (t < tokens.length && !has(tokens[t], STOP | STRONG)) t++;
  let a = fe;
  while (a < t && !has(tokens[a], TAGS.comma)) a++;
  // antecedent: a "their"/"its" before the figure in its clause refers back to the words before it in
  // the chain, or to the chain before the stop that ends right in front of it
  let antecedent: [number, number] = [fi, fi];
  let pro = fi - 1;
  while (pro >= chainFrom && !has(tokens[pro], STRONG | TAGS.comma) && !POSSESSIVE_PRONOUNS.has(tokens[pro]?.lower ?? "")) pro--;
  // (only a pronoun that opens a clause is its subject: not "SMM revised its March output to ...")
  const opensClause = pro === chainFrom || has(tokens[pro - 1], TAGS.comma) || /^(?:and|but|while|whereas|so|with)$/.test(tokens[pro - 1]?.lower ?? "");
  if (pro >= chainFrom && POSSESSIVE_PRONOUNS.has(tokens[pro]?.lower ?? "") && opensClause) {
    if (pro > chainFrom) antecedent = [chainFrom, pro];
    else if (chainFrom >= 2 && tokens[chainFrom - 1]?.text !== ".") {
      let p = chainFrom - 2;
      while (p >= 0 && !stopsAt(p)) p--;
      antecedent = [p + 1, chainFrom - 1];
    }
  }
  return {
    before: [Math.max(chainFrom, fi - 4), fi],
    fronted,
    clause: [from, fi],
    right: [fe, r],
    chain: [chainFrom, fi],
    subject: [subjectFrom, subjectEnd],
    tail: [fe, t],
    after: [fe, a],
    antecedent,
  };
}

export interface PrecisionHit {
  rule: string;
  reason: ReasonCode;
  /** The figure is about a part: excluded only if it would be filed under the whole product. */
  partOnly?: boolean;
  /** Excluded only if it would be filed as a forecast. */
  forecastOnly?: boolean;
  /** About output outside China (PrecisionRule.outsideChina). */
  outsideChina?: boolean;
  /** "In 2024, output was ..." in the December 2024 edition: the year's total, kept only as year to date. */
  yearTotal?: boolean;
  /** The word naming the part or place the rule found ("anhui" in "In Anhui, output rose 6.1%"). */
  place?: string;
  /** The place is a Chinese province (a regional part of the product, a segment). */
  province?: boolean;
  /** The part the rule's words name (PrecisionRule.matchIsPart). */
  part?: string;
  /** The rule says the place is the figure's part (PrecisionRule.placeIsPart). */
  placeIsPart?: boolean;
}

/**
 * The words after a figure name what it measures: "which explains the 2.9% increase in October output" (the output's
 * change, not the cargoes'); "supplied most of the 4.1% increase in October," (the month's change, the section's output's).
 */
function ownSubjectAfter(tokens: readonly Token[], fe: number): boolean {
  if (!CHANGE_NOUNS.has(tokens[fe]?.lower ?? "") || !/^(?:in|of)$/.test(tokens[fe + 1]?.lower ?? "")) return false;
  let k = fe + 2;
  let month = false;
  while (k < fe + 5 && (has(tokens[k], TAGS.month) || /^(?:the|its|their|monthly)$/.test(tokens[k]?.lower ?? ""))) {
    if (has(tokens[k], TAGS.month)) month = true;
    k++;
  }
  return has(tokens[k], TAGS.metric) || (month && (k >= tokens.length || has(tokens[k], STOP | STRONG | TAGS.comma)));
}
/**
 * Where the subject of a figure with no metric noun before it starts: after a reason fronted before its clause ("With
 * sulphuric acid costs rising, a further decline of roughly 3% is expected": the costs are the reason's), else the chain.
 */
function afterFrontedReason(tokens: readonly Token[], chainFrom: number, fi: number): number {
  if (!REASON_OPENERS.has(tokens[chainFrom]?.lower ?? "") || tokens[chainFrom + 1]?.lower === "of") return chainFrom;
  for (let k = chainFrom + 1; k < fi; k++) if (has(tokens[k], TAGS.comma)) return k + 1;
  return chainFrom;
}
const REASON_OPENERS: ReadonlySet<string> = new Set(ROLE_WORDS.reasonOpener);
const CHANGE_NOUNS: ReadonlySet<string> = new Set(ROLE_WORDS.changeNoun);

const OWN_SUBJECT = new Set(["output", "production", "supply", "outputs", "yield", "china's", "national", "domestic", "industry"]);

/** Are most of the words of four letters or more in tokens[from..to), names aside, capitalised (a headline in title case)? */
function titleCase(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  let capitals = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    // (names are capitalised in any sentence: "Henan Yuguang and Jiyuan Wanyang reduced production")
    if (t.text.length < 4 || !/^[A-Za-z]/.test(t.text) || has(t, TAGS.proper | TAGS.province | TAGS.country)) continue;
    words++;
    if (has(t, TAGS.capital)) capitals++;
  }
  return words >= 3 && capitals / words > 0.6;
}

/** The part the last of a rule's matches before `to` names ("high-grade ... and low-grade NPI for 4,740 mt": low-grade). */
function partNamed(tokens: readonly Token[], list: readonly Match[], k: number, to: number): string {
  let last = list[k] as Match;
  for (let j = k + 1; j < list.length && (list[j] as Match).at < to; j++) last = list[j] as Match;
  return tokens
    .slice(last.at, last.end)
    .map((t) => t.lower)
    .join(" ");
}

/** A comma followed (within two tokens: "and", "but") by a change word of its own between tokens [from, to). */
function ownVerbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (
      has(tokens[k], TAGS.comma) &&
      (has(tokens[k + 1], TAGS.dir) || (/^(?:and|but|instead)$/.test(tokens[k + 1]?.lower ?? "") && has(tokens[k + 2], TAGS.dir)))
    )
      return true;
  return false;
}

/** A clause opened after `from` ("..., and alloy output in December was ...") that names its own month before `to`. */
function ownMonthBetween(tokens: readonly Token[], from: number, to: number): boolean {
  let clause = false;
  for (let k = from; k < to; k++) {
    if (has(tokens[k], TAGS.comma) || tokens[k]?.lower === "and") clause = true;
    else if (clause && has(tokens[k], TAGS.month) && /^(?:in|for|during)$/.test(tokens[k - 1]?.lower ?? "")) return true;
  }
  return false;
}

/** The word after SMM that opens a clause of its own: a verb of expecting ("expects", "foresees"), "expected", "data", "survey". */
const SMM_CLAUSE_WORD_RE = new RegExp(`^(?:(?:${EXPECT_VERB_STEMS_SRC})s|expected|data|survey|statistics)$`);
/** SMM between tokens `from` and `to`: any mention, or ("clause") SMM opening a clause: "..., SMM expects", "SMM estimates", "SMM data show". */
function smmBetween(tokens: readonly Token[], from: number, to: number, how: "any" | "clause"): boolean {
  for (let k = from; k < to; k++)
    if ((tokens[k]?.lower === "smm" || tokens[k]?.lower === "smm's") && (how === "any" || SMM_CLAUSE_WORD_RE.test(tokens[k + 1]?.lower ?? ""))) return true;
  return false;
}

/** A reason clause ("as smelters stop", "because", "amid") opened between tokens `from` and `to`. */
function reasonBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k]?.lower ?? "";
    if (/^(?:because|amid|since|while|whereas|after)$/.test(w)) return true;
    // (not "as of", "as compared with", nor "as many as", "as high as")
    if (w === "as" && !/^(?:of|at|compared|against|expected)$/.test(tokens[k + 1]?.lower ?? "") && tokens[k + 2]?.lower !== "as") return true;
  }
  return false;
}

/** What a precision check knows of the figure besides its place: the rules to skip, the edition, and its reading. */
export interface PrecisionContext {
  /** Rules that do not apply to the figure's product (skipRulesFor). */
  skip?: ReadonlySet<string>;
  /** The edition's month ("2025-02"), for the rules on years. */
  edition?: string;
  /** The figure was read as the distance from a forecast, or as the forecast itself (rules with notVersusExpected pass). */
  versusExpected?: boolean;
  /** The figure is an operating rate or its change (rules with notForRates pass). */
  isRate?: boolean;
  /** The figure's product is output outside China (rules with overseasOnly apply only then). */
  overseas?: boolean;
}

/** "respectively" within a dozen tokens after the figure, in its clause (no ";" or "." between). */
function respectivelyAfter(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < Math.min(tokens.length, from + 12); i++) {
    const t = (tokens[i] as Token).text;
    if (t === ";" || t === ".") return false;
    if ((tokens[i] as Token).lower === "respectively") return true;
  }
  return false;
}

/**
 * The first precision rule that excludes the figure at [start, end) of the sentence, or null.
 * `tokens` is the sentence lexed once (lex(sentence)).
 */
export function precisionCheck(tokens: readonly Token[], start: number, end: number, context: PrecisionContext = {}): PrecisionHit | null {
  const { skip = NO_SKIP, edition = "", versusExpected = false, isRate = false, overseas = false } = context;
  const fi = tokenAt(tokens, start);
  const fe = tokenAt(tokens, end);
  const sc = scopesOf(tokens, fi, fe);
  let yearTotal = false;
  let partial: PrecisionHit | null = null;
  const found = matchesOf(tokens);
  for (let r = 0; r < COMPILED.length; r++) {
    const list = found[r] as readonly Match[];
    if (list.length === 0) continue; // (most rules match nowhere in the sentence)
    const c = COMPILED[r] as CompiledRule;
    if (
      skip.has(c.rule.name) ||
      (versusExpected && c.rule.notVersusExpected) ||
      (isRate && c.rule.notForRates) ||
      (c.rule.overseasOnly && !overseas) ||
      (c.rule.chinaOnly && overseas)
    )
      continue;
    // indexed loops: this runs for every rule at every figure (no iterator objects)
    const scope = sc[c.rule.scope];
    const from = scope[0];
    const to = scope[1];
    for (let k = 0; k < list.length; k++) {
      const m = list[k] as Match;
      if (m.at < from) continue;
      // a fronted adverbial is the phrase the chain opens with ("In Indonesia, ..."), not any phrase before its comma
      if (c.rule.scope === "fronted" && m.at !== from && !(m.at === from + 1 && OPENERS.has((tokens[from] as Token).lower))) continue;
      if (m.at >= to) break;
      if (c.rule.adjacent && m.at !== from) continue;
      if (m.end > to && matchAt(c.steps, tokens, m.at, to) < 0) continue;
      if (c.notAfter && notAfter(tokens, Math.max(from, m.at - 5), m.at, c.notAfter)) continue;
      const nw = c.notAfterWords;
      if (nw && tokens.slice(Math.max(from, m.at - 3), m.at).some((t) => nw.has(t.lower))) continue;
      if (c.rule.ownSubjectBreaks && tokens.slice(m.end, fi).some((tk) => OWN_SUBJECT.has(tk.lower))) continue;
      if (c.rule.smmBreaks && smmBetween(tokens, m.end, fi, c.rule.smmBreaks)) continue;
      if (c.rule.ownVerbBreaks && ownVerbBetween(tokens, m.end, fi)) continue;
      if (c.rule.sameClause && tokens.slice(m.end, fi).some((tk) => has(tk, TAGS.comma))) continue;
      if (c.rule.notInTitle && titleCase(tokens, from, to)) continue;
      const bw = c.breakWords;
      if (bw && (m.at >= fe ? tokens.slice(fe, m.at) : tokens.slice(m.end, fi)).some((tk) => bw.has(tk.lower))) continue;
      if (c.rule.contrastBreaks && tokens.slice(m.end, fi).some((tk) => CONTRAST_WORDS.has(tk.lower))) continue;
      // (and a later figure of the clause: "..., leaving the rate at 48.7%")
      if (c.rule.respectivelyBreaks && (respectivelyAfter(tokens, fe) || tokens.slice(m.end, fi).some((tk) => tk.lower === "respectively"))) continue;
      if (c.rule.clauseBreaks && tokens.slice(m.end, fi - 1).some((tk, k, a) => tk.text === "," && /^(?:and|but)$/.test(a[k + 1]?.lower ?? ""))) continue;
      if (c.rule.monthBreaks && ownMonthBetween(tokens, m.end, fi)) continue;
      if (c.rule.reasonBreaks && reasonBetween(tokens, fe, m.at)) continue;
      // (in November's edition too: its outlook for the year is the forecast of the year to December)
      if (c.rule.yearEnd && /-1[12]$/.test(edition) && tokens.slice(m.at, m.at + 4).some((t) => t.text === edition.slice(0, 4))) {
        yearTotal = true;
        continue;
      }
      if (c.rule.laterYear && edition && !tokens.slice(m.at, m.end).some((t) => has(t, TAGS.year) && Number(t.text.slice(0, 4)) > Number(edition.slice(0, 4))))
        continue;
      const hit: PrecisionHit = {
        rule: c.rule.name,
        reason: c.rule.reason,
        ...(c.rule.partOnly ? { partOnly: true } : {}),
        ...(c.rule.forecastOnly ? { forecastOnly: true } : {}),
        ...(c.rule.outsideChina ? { outsideChina: true } : {}),
        ...(c.rule.placeIsPart ? { placeIsPart: true } : {}),
        ...(c.rule.matchIsPart ? { part: partNamed(tokens, list, k, to) } : {}),
        ...placeOf(tokens, m),
      };
      // a conditional exclusion (a part, a forecast) must not hide an unconditional one further down
      if (!hit.partOnly && !hit.forecastOnly) return hit;
      partial ??= hit;
      break;
    }
  }
  return partial ?? (yearTotal ? { rule: "annual-year", reason: "other-time", yearTotal: true } : null);
}

interface Match {
  at: number;
  end: number;
}

const NO_MATCHES: readonly Match[] = Object.freeze([]);

/** Every rule's matches in a sentence, found once (a sentence has many figures; each asks the same). */
const MATCHES = new WeakMap<readonly Token[], (readonly Match[])[]>();
function matchesOf(tokens: readonly Token[]): (readonly Match[])[] {
  const cached = MATCHES.get(tokens);
  if (cached) return cached;
  // most rules match nowhere in a sentence: they share one empty list
  const out: (readonly Match[])[] = new Array<readonly Match[]>(COMPILED.length).fill(NO_MATCHES);
  const triedAt = new Int32Array(COMPILED.length).fill(-1);
  const n = tokens.length;
  // a rule that opens with a gap ("*", "market", ...) is tried at every token and matches where its steps after the gap
  // match at one of the next five tokens: those are found once per token (-2: not yet), not once for each token before it
  const restEnds = new Map<number, Int32Array>();
  const endOf = (r: number, c: CompiledRule, i: number): number => {
    if (!c.steps[0]?.gap) return matchAt(c.steps, tokens, i, n);
    let ends = restEnds.get(r);
    if (!ends) restEnds.set(r, (ends = new Int32Array(n + 1).fill(-2)));
    for (let g = 0; g <= 4 && i + g <= n; g++) {
      let e = ends[i + g] as number;
      if (e === -2) ends[i + g] = e = matchAt(c.steps, tokens, i + g, n, 1);
      if (e >= 0) return e;
    }
    return -1;
  };
  const tryRule = (r: number, i: number): void => {
    if (triedAt[r] === i) return; // a rule indexed under two leading steps is tried once per token
    triedAt[r] = i;
    const c = COMPILED[r] as CompiledRule;
    const end = endOf(r, c, i);
    if (end < 0) return;
    if (c.unless.some((u) => matchAt(u, tokens, i, tokens.length) >= 0)) return;
    const list = out[r] === NO_MATCHES ? (out[r] = []) : (out[r] as Match[]);
    list.push({ at: i, end });
  };
  // only the rules whose first step the token can take are tried at it (see FIRST_STEP)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const byWord = FIRST_STEP.word.get(t.lower);
    if (byWord) for (const r of byWord) tryRule(r, i);
    if ((t.tags & FIRST_STEP.tags) !== 0) for (const { rule, tag } of FIRST_STEP.tag) if ((t.tags & tag) !== 0) tryRule(rule, i);
    for (const r of FIRST_STEP.any) tryRule(r, i);
  }
  MATCHES.set(tokens, out);
  return out;
}

/**
 * The rules indexed by the steps their first token can take: the leading optional steps and the
 * first required one (a match's first token is one of their words, or has one of their tags). A
 * rule without a required step before its first gap (or at all) is tried everywhere.
 */
const FIRST_STEP = ((): { word: Map<string, number[]>; tag: { rule: number; tag: number }[]; tags: number; any: number[] } => {
  const word = new Map<string, number[]>();
  const tag: { rule: number; tag: number }[] = [];
  const any: number[] = [];
  COMPILED.forEach((c, r) => {
    const lead: CompiledStep[] = [];
    for (const st of c.steps) {
      if (st.gap) break;
      lead.push(st);
      if (!st.optional) break;
    }
    if (!lead.some((st) => !st.optional)) any.push(r);
    else
      for (const st of lead) {
        if (st.words) for (const w of st.words) word.set(w, [...new Set([...(word.get(w) ?? []), r])]);
        else tag.push({ rule: r, tag: st.tag });
      }
  });
  return { word, tag, tags: tag.reduce((n, x) => n | x.tag, 0), any };
})();

const NO_SKIP: ReadonlySet<string> = new Set();

/** The province or country a match names ("inner mongolia" in "in Inner Mongolia, where"), if any. */
function placeOf(tokens: readonly Token[], m: Match): { place?: string; province?: boolean } {
  for (let k = m.at; k < m.end; k++) {
    const t = tokens[k] as Token;
    if (!has(t, TAGS.province | TAGS.country)) continue;
    const name = t.lower.replace(/'s$/, "");
    return { place: tokens[k - 1]?.lower === "inner" ? `inner ${name}` : name, province: has(t, TAGS.province) };
  }
  return {};
}

/** Words that may open a sentence before its fronted adverbial ("But in Indonesia, ..."). */
const OPENERS: ReadonlySet<string> = new Set(["but", "and", "meanwhile", "however", "also", "elsewhere", "separately"]);

/** A token with `tag` in [from, i), not looking past a number (a hedge before a figure is not a comparison). */
function notAfter(tokens: readonly Token[], from: number, i: number, tag: number): boolean {
  for (let j = i - 1; j >= from; j--) {
    const t = tokens[j] as Token;
    if (t.tags & TAGS.num) return false;
    if (t.tags & tag) return true;
  }
  return false;
}

/** Convenience for tests and the CLI: lex and check in one call. */
export const precisionOf = (sentence: string, start: number, end: number, context: PrecisionContext = {}): PrecisionHit | null =>
  precisionCheck(lex(sentence), start, end, context);

/** Words for a rule's exclusion, used in the issue's message (the code is the reason). */
export function ruleWhy(name: string): string {
  const r = PRECISION_RULES.find((x) => x.name === name);
  return r ? `rule ${r.name} (like "${r.example[0]}")` : name;
}
