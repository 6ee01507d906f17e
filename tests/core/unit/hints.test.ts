/**
 * The parser skips a long pattern over a text that lacks every word its matches contain (a "hint").
 * A hint that misses a word some match needs would silently drop that match: every line of every
 * fixture (and a few phrases per alternative) must satisfy "pattern matches => hint matches".
 */
import fs from "node:fs";
import path from "node:path";
import { MONTH_PATTERN_HINTS } from "../../../src/core/report/grammar";
import { PAST_EXPECT_HINT, PAST_EXPECT_RE } from "../../../src/core/report/lexicon";

const FIXTURES = path.resolve(__dirname, "../../fixtures");

function fixtureLines(): string[] {
  const out: string[] = [];
  for (const dir of fs.readdirSync(FIXTURES)) {
    const d = path.join(FIXTURES, dir);
    if (!fs.statSync(d).isDirectory()) continue;
    for (const f of fs.readdirSync(d)) if (f.endsWith(".txt")) out.push(...fs.readFileSync(path.join(d, f), "utf8").split(/\r?\n/));
  }
  return out;
}

/** Our own phrases, one or more per alternative of the patterns. */
const PHRASES = [
  "beat the forecast",
  "missed SMM's previous estimate",
  "ahead of expectations",
  "SMM had originally projected",
  "the market predicted",
  "had previously estimated",
  "than SMM had forecast",
  "as expected",
  "exceeded the expectations",
  "fell short of expectation",
  "in line with expectations",
  "lower than expected",
  "from January to March",
  "between Feb and Sept 2024",
  "full-year 2024",
  "the whole of 2023",
  "the year as a whole",
  "annual output",
  "first quarter",
  "Q1-Q3",
  "H1 2025",
  "first three quarters",
  "the first 9 months of 2024",
  "the first eleven months",
  "May 2025",
  "Dec. 31",
];

const PAIRS: { name: string; re: RegExp; hint: RegExp }[] = [
  { name: "PAST_EXPECT_RE", re: PAST_EXPECT_RE, hint: PAST_EXPECT_HINT },
  ...MONTH_PATTERN_HINTS.map((p, i) => ({ name: `month pattern ${i}`, ...p })),
];

describe("pattern hints", () => {
  const texts = [...fixtureLines(), ...PHRASES];
  it.each(PAIRS.map((p) => [p.name, p] as const))("%s: every text it matches has its hint", (_name, p) => {
    const re = new RegExp(p.re.source, p.re.flags.replace("g", ""));
    const matched = texts.filter((t) => re.test(t));
    const missed = matched.filter((t) => !p.hint.test(t));
    expect(missed).toEqual([]);
    expect(matched.length).toBeGreaterThan(0);
  });
});
