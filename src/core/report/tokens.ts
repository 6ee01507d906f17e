/**
 * The lexer: one pass over a sentence into tokens, each tagged with the roles its word can play
 * (negator, comparison base, subject marker, time marker, clause boundary...). Word lists live in
 * LEXICON below and nowhere else; rules (precision.ts) match tags, not strings.
 */

import { ROLE_WORDS } from "./lexicon";

export const TAGS = {
  neg: 1 << 0, // not, never, no, n't, neither, nor
  aux: 1 << 1, // did, does, was, is, will, has... (what "not" attaches to)
  boundary: 1 << 2, // ; ( ) . : and the conjunctions that start a new clause
  comma: 1 << 3,
  num: 1 << 4,
  baseOther: 1 << 5, // QoQ, WoW, quarter-on-quarter, week-on-week
  baseWord: 1 << 6, // MoM, YoY, month-on-month... (a comparison base of the dataset)
  cmpPrep: 1 << 7, // from, than, over, versus, compared, against, relative
  world: 1 << 8, // global, world, worldwide, international
  trade: 1 << 9, // imports, exports, demand, consumption
  companySuffix: 1 << 10, // Group, Co, Corp, Ltd, Holdings, Mining...
  named: 1 << 11, // a capitalised possessive that is not China, SMM, a region or a product: a company ("Tsingshan's", "Jiangxi Copper's")
  target: 1 << 13, // target, goal, quota, budget, guidance, plan
  excluding: 1 << 12, // excluding, except, ex-
  metric: 1 << 16, // production, output, supply, operating rate, capacity
  rangeEnd: 1 << 17, // a number glued by its hyphen to the number before it: the "-12%" of "8-12%"
  possessive: 1 << 23, // a word with "'s": "Hunan's" (a place in the province follows), "Jinchuan's"
  proper: 1 << 21, // a capitalised word ("Yuguang") the lexicon does not know, no product's and no generic subject's: part of a name
  capital: 1 << 18, // starts with a capital letter
  year: 1 << 19, // a four-digit year
  month: 1 << 20, // January..December
  two: 1 << 22, // two, three... (two years ago)
  stop: 1 << 25, // punctuation that ends a clause chain: ; ( ) . : [ ]
  price: 1 << 26, // prices, yuan, averaged, profit, margins, inventories: not output
  quarter: 1 << 27, // second-quarter, Q3, fourth-quarter: another period than the month
  share: 1 << 28, // share, proportion, accounted: a part of a total, not a change of output
  plant: 1 << 29, // smelters, plants, enterprises: "smelters above 100,000 mt/year" is a size bracket
  country: 1 << 30, // a country other than China: its output is another subject in a China section
  province: 2 ** 31, // a Chinese province: a figure about it is a regional part (a segment)
  ing: 1 << 24, // a present participle ("not using copper concentrates" names a part, it does not negate)
  agency: 1 << 14, // another data provider (Mysteel, Antaike, INSG...): its numbers are not SMM's
  dir: 1 << 15, // a one-word change verb or noun of the lexicon's direction lists (rose, falling, decline)
} as const;
export type TagName = keyof typeof TAGS;

export interface Token {
  text: string;
  lower: string;
  /** Offsets in the sentence, [start, end). */
  start: number;
  end: number;
  tags: number;
}

/** The lexicon: each word (lower case) with the tags it carries. Phrases are matched by rules. */
const LEXICON: Record<string, TagName[]> = {};
const add = (tags: TagName[], words: string): void => {
  for (const w of words.split(/\s+/)) if (w) LEXICON[w] = [...(LEXICON[w] ?? []), ...tags];
};
add(["neg"], "not n't never no neither nor");
add(["aux"], "did does do was were is are will has have had be been being would could should can may might");
add(["boundary"], "while whereas but although though which whilst meanwhile however");
add(["baseOther"], "qoq q/q q-o-q wow w/w w-o-w quarter-on-quarter week-on-week quarterly weekly sequential");
// ("3.1% lower year-over-year": the American spelling too)
add(["baseWord"], "mom yoy m/m y/y m-o-m y-o-y month-on-month year-on-year month-over-month year-over-year");
add(["cmpPrep"], "from than over versus vs vs. compared against relative above below on");
add(["world"], "global world worldwide world's international");
add(["trade"], "imports import exports export demand consumption");
add(
  ["companySuffix"],
  "group group's co co. corp corp. corporation ltd ltd. limited inc inc. holdings mining resources nonferrous industries company company's",
);
add(["target"], "target targets targeted targeting targetting aiming goal goals quota quotas budget budgeted guidance plan plans");
add(["excluding"], "excluding except excludes exclude excl");
// (the one-word change words of the lexicon: "did not decline as feared, rising 1.2%" has a verb of its own)
add(["dir"], ROLE_WORDS.change.filter((w) => !w.includes(" ")).join(" "));
add(["metric"], "production output outputs supply produced capacity content rate rates utilisation utilization");
add(["two"], "two three four five");
add(
  ["price"],
  "shfe lme comex futures contract contracts spot price prices priced quoted quotation quotations yuan yuan/mt usd rmb premium premiums discount discounts spread spreads tc tcs rc rcs profit profits margin margins revenue revenues inventory inventories stocks cost costs surplus surpluses deficit deficits",
);
add(["quarter"], "second-quarter third-quarter fourth-quarter q2 q3 q4 h2");
// "July-September output", "Oct-Nov": a span of months that does not start in January is a quarter's or a season's
// total, another period than its last month (a span from January is the year to date)

add(["share"], "share shares proportion proportions accounted accounting");
add(["plant"], "smelters smelter plants plant enterprises producers refineries refiners refiner mills companies firms converters converter");
add(
  ["country"],
  "indonesia indonesia's indonesian india india's indian korean japanese chilean peruvian congolese russian brazilian canadian australian philippine vietnamese malaysian philippines australia chile peru drc congo myanmar laos vietnam malaysia russia brazil canada japan korea germany europe european africa african america america's american asia asian oceania us usa taiwan taiwan's taiwanese thailand thai",
);
add(
  ["province"],
  "anhui beijing chongqing fujian gansu guangdong guangxi guizhou hainan hebei heilongjiang henan hubei hunan jiangsu jiangxi jilin liaoning ningxia qinghai shaanxi shandong shanghai shanxi sichuan tianjin tibet xinjiang yunnan zhejiang mongolia anhui's yunnan's jiangxi's guangxi's xinjiang's sichuan's qinghai's shandong's henan's hunan's",
);
const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
add(["month"], MONTH_NAMES.join(" "));
{
  const short = MONTH_NAMES.map((m) => m.slice(0, 3));
  const spans: string[] = [];
  for (let a = 1; a < 12; a++) for (let b = a + 1; b < 12; b++) spans.push(`${MONTH_NAMES[a]}-${MONTH_NAMES[b]}`, `${short[a]}-${short[b]}`);
  add(["quarter"], spans.join(" "));
}
add(
  ["agency"],
  "bureau bureau's cbi cbi's nbsc mysteel mysteel's antaike antaike's baiinfo baiinfo's insg insg's icsg icsg's ilzsg ilzsg's cnia cnia's cru cru's fastmarkets fastmarkets' argus argus' woodmac mackenzie mackenzie's bloomberg bloomberg's reuters reuters' nbs nbs's cnmn cisa cisa's infolink infolink's trendforce trendforce's energytrend pvinsights usgs usgs' iai iai's issf issf's wbms wbms' platts platts' adamas ggii ggii's evtank evtank's bnef bnef's cpia cpia's benchmark's mysteel.com icc icc's association association's iccsino desk desk's consultancy consultancy's consultancies consultant consultants",
);

/** A country adjective's country ("Indonesian" -> indonesia), for naming a country as a part. */
const COUNTRY_OF_ADJECTIVE: Record<string, string> = {
  indonesian: "indonesia",
  indian: "india",
  australian: "australia",
  brazilian: "brazil",
  chilean: "chile",
  peruvian: "peru",
  russian: "russia",
  canadian: "canada",
  japanese: "japan",
  korean: "korea",
  malaysian: "malaysia",
  vietnamese: "vietnam",
  philippine: "philippines",
  congolese: "drc",
  european: "europe",
  african: "africa",
  american: "america",
  asian: "asia",
};
export const countryOf = (word: string): string => COUNTRY_OF_ADJECTIVE[word] ?? word;

/** Capitalised possessives that are not a company: the country, SMM, products, generic subjects. */
const NOT_NAMES = new Set(
  (
    "china smm copper aluminium aluminum alumina zinc nickel lead tin lithium cobalt silicon polysilicon magnesium manganese titanium antimony bismuth silver molybdenum tungsten " +
    "npi stainless steel industry market month year sector country nation region province the its their this that overseas domestic chinese indonesian " +
    "output production capacity lfp lco lmo emm emd dmc ndfeb pv module solar " +
    // (contractions of "is", "us": "It's projected that ...", "That's trade", "Let's look at")
    "it there here what who let he she"
  ).split(" "),
);

/** Words abbreviated with a stop that ends no clause ("excl. Henan", "approx. 5%", "vs. May"). */
const ABBREVIATED = new Set(["excl", "incl", "approx", "vs", "est"]);

const TAG_OF = new Map<string, number>(Object.entries(LEXICON).map(([w, ts]) => [w, ts.reduce((n, t) => n | TAGS[t], 0)]));

// (a chemical formula is one word: "Co3O4", "Mn3O4", "Li2CO3", not a company's "Co" and numbers)
const TOKEN_RE =
  /[a-z]+\d+[a-z]+\d*(?![a-z\d])|[a-z]\/[a-z](?![a-z])|[a-z]-o-[a-z](?![a-z])|[+-]?\d+(?:,\d{3})*(?:\.\d+)?%?|[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’.-]*[A-Za-z\u00C0-\u024F'’]|[A-Za-z\u00C0-\u024F]|[^\sA-Za-z\d]/gi;

/** Tokens of a sentence, tagged from the lexicon. Linear in the sentence's length. */
export function lex(s: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(s); m; m = TOKEN_RE.exec(s)) {
    const text = m[0];
    const lower = text.includes("’") ? text.toLowerCase().replace(/’/g, "'") : text.toLowerCase();
    let tags = TAG_OF.get(lower) ?? 0;
    const c = text.charCodeAt(0);
    if (c >= 48 && c <= 57) tags |= TAGS.num | (/^(?:19|20)\d{2}$/.test(text) ? TAGS.year : 0);
    else if (c === 43 || c === 45)
      tags |= /\d/.test(text) ? TAGS.num | (c === 45 && has(out[out.length - 1], TAGS.num) && out[out.length - 1]?.end === m.index ? TAGS.rangeEnd : 0) : 0;
    else if (text === "." && ABBREVIATED.has(out[out.length - 1]?.lower ?? "") && out[out.length - 1]?.end === m.index)
      tags = 0; // "excl. Henan": an abbreviation's stop
    else if (text === ";" || text === "(" || text === ")" || text === "." || text === ":" || text === "[" || text === "]") tags |= TAGS.boundary | TAGS.stop;
    else if (text === ",") tags |= TAGS.comma;
    if (c >= 65 && c <= 90) {
      tags |= TAGS.capital;
      if (tags === TAGS.capital && /^[A-Z][a-z]+$/.test(text) && !NOT_NAMES.has(lower) && !ABBREVIATED.has(lower)) tags |= TAGS.proper;
    }
    if (lower.length > 4 && lower.endsWith("ing")) tags |= TAGS.ing;
    if (lower.endsWith("'s")) {
      tags |= (TAG_OF.get(lower.slice(0, -2)) ?? 0) | TAGS.possessive;
      if ((tags & TAGS.capital) !== 0 && (tags & (TAGS.province | TAGS.country | TAGS.month | TAGS.world)) === 0 && !NOT_NAMES.has(lower.slice(0, -2)))
        tags |= TAGS.named;
    }
    if (lower.endsWith("n't")) tags |= TAGS.neg | TAGS.aux;
    // ("would rise 8% but for maintenance": "but for" is a preposition, "for" after it opens no clause)
    if (lower === "for" && out[out.length - 1]?.lower === "but") (out[out.length - 1] as Token).tags &= ~TAGS.boundary;
    out.push({ text, lower, start: m.index, end: m.index + text.length, tags });
  }
  return out;
}

export const has = (t: Token | undefined, tag: number): boolean => !!t && (t.tags & tag) !== 0;

/** Index of the first token that starts at or after `offset`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
