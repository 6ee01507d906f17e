/**
 * Grammar, lowest layer: numbers with units (findFigures), hedges, and month mentions with roles.
 */
import { findFigures, hedgeBefore, isFutureText, monthMentions, slug } from "../../../src/core/report/grammar";

const one = (s: string) => {
  const fs = findFigures(s);
  expect(fs).toHaveLength(1);
  return fs[0]!;
};

describe("findFigures: units", () => {
  it.each<[string, string, number, string]>([
    ["up 4.38%", "4.38%", 4.38, "pct"],
    ["rose 0.5 %", "0.5 %", 0.5, "pct"],
    ["more than 5 percent", "5 percent", 5, "pct"],
    ["around 12 per cent", "12 per cent", 12, "pct"],
    ["up 2.59 pp", "2.59 pp", 2.59, "pp"],
    ["down 3.2 ppts", "3.2 ppts", 3.2, "pp"],
    ["up 0.5 pct pts", "0.5 pct pts", 0.5, "pp"],
    ["a sharp 28-percentage-point drop", "28-percentage-point", 28, "pp"],
    ["44,400 mt", "44,400 mt", 44400, "mt"],
    ["1,058,100 mt", "1,058,100 mt", 1058100, "mt"],
    ["1.2 million mt", "1.2 million mt", 1200000, "mt"],
    ["0.35 mln mt", "0.35 mln mt", 350000, "mt"],
    ["1.5 thousand tonnes", "1.5 thousand tonnes", 1500, "mt"],
    ["10,000 tonnes", "10,000 tonnes", 10000, "mt"],
    ["20,000 metric tons", "20,000 metric tons", 20000, "mt"],
    ["900 tons", "900 tons", 900, "mt"],
    ["120 kt", "120 kt", 120000, "mt"],
    ["2 billion mt", "2 billion mt", 2e9, "mt"],
    ["43.84 million mt/year", "43.84 million mt/year", 43840000, "mtyear"],
    ["5 mtpa", "5 mtpa", 5, "mtyear"],
    ["300 mt per year", "300 mt per year", 300, "mtyear"],
    ["200 tonnes/year", "200 tonnes/year", 200, "mtyear"],
    ["75,000 yuan/mt", "75,000 yuan/mt", 75000, "price"],
    ["at $9,500/mt", "$9,500/mt", 9500, "price"],
    ["US$2,000", "US$2,000", 2000, "price"],
    ["RMB 3,000", "RMB 3,000", 3000, "price"],
    ["\u00A5500", "\u00A5500", 500, "price"],
    ["1,200 yuan", "1,200 yuan", 1200, "price"],
    ["28 days", "28 days", 28, "days"],
    ["1 day", "1 day", 1, "days"],
    ["3,000 mt/day", "3,000 mt/day", 3000, "daily"],
    ["3,000 mt per day", "3,000 mt per day", 3000, "daily"],
  ])("%s -> %s (%d, %s)", (s, raw, value, unitClass) => {
    const f = one(s);
    expect(f.raw).toBe(raw);
    expect(f.value).toBeCloseTo(value, 6);
    expect(f.unitClass).toBe(unitClass);
    expect(s.slice(f.start, f.end)).toBe(raw);
  });

  // "28-percentage-point" is pp, but the spelled-out plural is classed as a plain percent.
  // Values are unaffected (both divide by 100); only the unit label differs.
  it("'percentage points' written out is a pp unit like '28-percentage-point' (minor: unit label)", () => {
    expect(one("up 2.59 percentage points").unitClass).toBe("pp");
    expect(one("a 1.5 percentage point rise").unitClass).toBe("pp");
  });

  it("still reads the value of 'percentage points' figures", () => {
    expect(one("up 2.59 percentage points").value).toBe(2.59);
    expect(one("up 2.59 percentage points").raw).toBe("2.59 percentage points");
  });

  it.each([
    ["a year", "in 2025 output rose"],
    ["a count", "there were 12 smelters"],
    ["a quarter code", "Q1-2025 output"],
    ["a series name", "5-series and 8-series"],
    ["a date", "on September 6"],
    ["a bare number", "the ratio was 1.5"],
    ["a number glued to letters", "Co3O4 and Mn3O4"],
  ])("a number without a unit is not a figure (%s)", (_n, s) => {
    expect(findFigures(s)).toEqual([]);
  });

  it("finds every figure of a sentence, in order", () => {
    const s = "Output was 1.12 million mt, up 40,000 mt or 3.7% MoM, while prices hit 75,000 yuan/mt over 28 days.";
    expect(findFigures(s).map((f) => [f.raw, f.unitClass])).toEqual([
      ["1.12 million mt", "mt"],
      ["40,000 mt", "mt"],
      ["3.7%", "pct"],
      ["75,000 yuan/mt", "price"],
      ["28 days", "days"],
    ]);
  });
});

describe("findFigures: thousands grouped by a space", () => {
  it("reads '40 000 t' and '1 200 mt' as one number, never '000 t'", () => {
    expect(findFigures("Total loss about 40 000 t, and output fell 1 200 mt.").map((f) => [f.raw, f.value])).toEqual([
      ["40 000 t", 40000],
      ["1 200 mt", 1200],
    ]);
  });
  it("does not join a year, or a day of a month, to the number after it", () => {
    expect(findFigures("In 2024 500 mt were added.").map((f) => f.value)).toEqual([500]);
    expect(findFigures("Output was 1,200 mt on 3 September 2025.").map((f) => f.value)).toEqual([1200]);
  });
  it("reads the metal and physical tonnes of a translation ('10300 metal tons')", () => {
    expect(one("to 10300 metal tons in May").value).toBe(10300);
    expect(one("about 5,000 physical tons").unitClass).toBe("mt");
  });
});

describe("findFigures: signs", () => {
  it.each<[string, string, 1 | -1 | 0]>([
    ["change of -0.30%", "-0.30%", -1],
    ["(-3,400 mt)", "-3,400 mt", -1],
    ["(+23,200 mt)", "+23,200 mt", 1],
    ["+1.31 percentage points", "+1.31 percentage points", 1],
    ["-5% at the start", "-5%", -1],
    ["was: -2%", "-2%", -1],
    ["down 5%", "5%", 0],
  ])("%s", (s, raw, sign) => {
    const f = one(s);
    expect(f.raw).toBe(raw);
    expect(f.explicitSign).toBe(sign);
    expect(f.value).toBeGreaterThan(0); // the value is unsigned; the sign is separate
  });

  it.each([
    ["a hyphen after a word is not a minus", "grade-5%", "5%"],
    ["x-5% style", "x-5%", "5%"],
  ])("%s", (_n, s, raw) => {
    const f = one(s);
    expect(f.explicitSign).toBe(0);
    expect(f.raw).toBe(raw);
  });
});

describe("findFigures / hedgeBefore: hedges", () => {
  it.each<[string, string]>([
    ["approximately 8%", "approx"],
    ["approx. 8%", "approx"],
    ["about 8%", "approx"],
    ["around 8%", "approx"],
    ["roughly 8%", "approx"],
    ["nearly 4%", "approx"],
    ["almost 4%", "approx"],
    ["close to 4%", "approx"],
    ["some 4,000 mt", "approx"],
    ["an estimated 4,000 mt", "approx"],
    ["~4%", "approx"],
    ["by approximately 8%", "approx"],
    ["over 3,000 mt", "over"],
    ["more than 3,000 mt", "over"],
    ["above 90%", "over"],
    ["exceeding 25%", "over"],
    ["may exceed 90,000 mt", "over"],
    ["at least 5%", "over"],
    ["in excess of 5%", "over"],
    ["by over 4%", "over"],
    ["below 70%", "under"],
    ["less than 2%", "under"],
    ["under 2%", "under"],
    ["fewer than 2,000 mt", "under"],
    ["at most 2%", "under"],
    ["rose 4%", "exact"],
    ["was 4%", "exact"],
    ["by 4%", "exact"],
  ])("%s -> %s", (s, hedge) => {
    expect(one(s).hedge).toBe(hedge);
  });

  it("hedgeBefore looks only at the words right before", () => {
    expect(hedgeBefore("rose by approximately ")).toBe("approx");
    expect(hedgeBefore("approximately 3 smelters rose by ")).toBe("exact");
    expect(hedgeBefore("")).toBe("exact");
  });
});

describe("monthMentions", () => {
  type M = [text: string, month: number, year: number | null, role: string];
  const read = (s: string): M[] => monthMentions(s).map((m) => [s.slice(m.start, m.end).replace(/[.,\s]+$/, ""), m.month, m.year, m.role]);

  it.each<[string, M[]]>([
    ["In February 2025, output rose.", [["February 2025", 2, 2025, "period"]]],
    ["In May, output rose.", [["May", 5, null, "period"]]],
    ["May output rose.", [["May", 5, null, "period"]]],
    ["Mar 2025 output", [["Mar 2025", 3, 2025, "period"]]],
    ["In Jan., output rose", [["Jan", 1, null, "period"]]],
    ["in Sept. output", [["Sept", 9, null, "period"]]],
    ["Feb. 2025 output", [["Feb. 2025", 2, 2025, "period"]]],
    [
      "Output in March rose from January levels.",
      [
        ["March", 3, null, "period"],
        ["January", 1, null, "compare"],
      ],
    ],
    ["Output rose 5% from January.", [["January", 1, null, "compare"]]],
    ["Output was higher than in August.", [["August", 8, null, "compare"]]],
    ["Output fell compared with December 2024.", [["December 2024", 12, 2024, "compare"]]],
    ["Output fell versus October.", [["October", 10, null, "compare"]]],
    ["Since March, output has risen.", [["March", 3, null, "since"]]],
    [
      "SMM, September 6: output in August rose",
      [
        ["September 6", 9, null, "since"],
        ["August", 8, null, "period"],
      ],
    ],
    ["As of February 28, capacity was 5 million mt", [["February 28", 2, null, "period"]]],
    ["Cumulative output in January-April rose.", [["January-April", 4, null, "range-end"]]],
    ["January-April output rose 5% cumulatively.", [["January-April", 4, null, "range-end"]]],
    ["January to March cumulative output", [["January to March", 3, null, "range-end"]]],
    ["In the first eight months of 2024, output totalled", [["the first eight months of 2024", 8, 2024, "range-end"]]],
    ["output in the first 2 months", [["the first 2 months", 2, null, "range-end"]]],
    ["first-half output", [["first-half", 6, null, "range-end"]]],
    ["Output in H1 2025", [["H1 2025", 6, 2025, "range-end"]]],
    ["Full-year 2024 output", [["Full-year 2024", 12, 2024, "range-end"]]],
    ["Q1 output rose", [["Q1", 3, null, "range-end"]]],
    ["the first quarter of 2025", [["first quarter of 2025", 3, 2025, "range-end"]]],
    ["first three quarters", [["first three quarters", 9, null, "range-end"]]],
  ])("%s", (s, want) => {
    expect(read(s)).toEqual(want);
  });

  it.each([
    ["the modal verb 'May be'", "Output May be higher"],
    ["'may' in lower case", "output may rise"],
    ["'march' in lower case", "prices march higher"],
    ["Mar glued to letters", "Marginal output"],
    ["no month at all", "Output rose 5% MoM."],
  ])("no month: %s", (_n, s) => {
    expect(monthMentions(s)).toEqual([]);
  });

  it("a range not starting in January is not cumulative unless the text says so", () => {
    expect(monthMentions("In February-March output rose").map((m) => m.role)).not.toContain("range-end");
    expect(monthMentions("Cumulative output in March-May rose").map((m) => [m.month, m.role])).toEqual([[5, "range-end"]]);
  });

  it("returns mentions sorted by position", () => {
    const ms = monthMentions("In the first two months, output rose; in February alone it fell from January.");
    const starts = ms.map((m) => m.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(ms.map((m) => m.role)).toEqual(["range-end", "period", "compare"]);
  });
});

describe("isFutureText", () => {
  it.each<[string, boolean]>([
    ["SMM expects output to rise in March.", true],
    ["Output is expected to fall.", true],
    ["Output will rebound next month.", true],
    ["Output may exceed 90,000 mt.", true],
    ["Output is likely to grow.", true],
    ["Looking ahead, output should stabilise.", true],
    ["Output rose 5% MoM.", false],
    ["Output rose as expected.", false],
    ["Output was higher than expected.", false],
    ["Output exceeded expectations by 2,000 mt.", false],
    ["Output was 6,500 mt higher than SMM had forecast.", false],
  ])("%s -> %s", (s, want) => {
    expect(isFutureText(s)).toBe(want);
  });
});

describe("slug", () => {
  it.each([
    ["Large Smelters", "large-smelters"],
    ["  Inner Mongolia's ", "inner-mongolia-s"],
    ["300-series", "300-series"],
    ["Pr-Nd oxide", "pr-nd-oxide"],
    ["---", ""],
  ])("%j -> %j", (s, want) => {
    expect(slug(s)).toBe(want);
  });
});
