/**
 * What the parser does after the grammar has read the numbers: precision exclusions with reason
 * codes, conflicts, plausible ranges, trends that disagree, evidence on every figure. Fixture
 * sentences are our own words.
 */
import { Dataset } from "../../../src/core/dataset";
import { evaluateFormula } from "../../../src/core/formula";
import { implausible, implausibleForSize } from "../../../src/core/plausible";
import { parseReport } from "../../../src/core/report/parse";
import type { Edition } from "../../../src/core/types";

const parse = (text: string, edition = "2025-05"): Edition => {
  const r = parseReport(text, { edition });
  if (!r.edition) throw new Error(r.issues.map((i) => i.message).join("; "));
  return r.edition;
};
const ask = (ed: Edition, f: string): number | string => {
  const ds = new Dataset();
  ds.addEdition(ed);
  const a = evaluateFormula(ds, f);
  return a.ok ? (a.value as number) : `${a.error} ${a.message}`;
};

describe("precision: a left-out number carries a reason code and the rule", () => {
  const cases: [string, string, string | string[]][] = [
    ["Copper Cathode\nChina's copper cathode output did not fall 3.2% MoM in May.", "3.2%", "negated"],
    ["Copper Cathode\nChina's copper cathode output rose 3.2% QoQ in May.", "3.2%", "other-base"],
    ["Copper Cathode\nGlobal copper cathode output rose 3.2% MoM in May.", "3.2%", "other-subject"],
    ["Copper Cathode\nJiangxi Copper Group's copper cathode output rose 3.2% MoM in May.", "3.2%", ["other-subject", "facility"]],
    ["Copper Cathode\nCopper cathode output would have risen 3.2% MoM in May without the outages.", "3.2%", "other-time"],
    ["Copper Cathode\nThe copper cathode output target for May is 1.2 million mt.", "1.2 million mt", "other-time"],
    ["Copper Cathode\nIn the week ending May 23, the operating rate of copper smelters was 81.5%.", "81.5%", "weekly-daily"],
    ["Copper Cathode\nExcluding recycled material, copper cathode output was 900,000 mt in May.", "900,000 mt", "part-of-industry"],
  ];
  it.each(cases)("%s", (text, raw, reason) => {
    const r = parseReport(text, { edition: "2025-05" });
    const obs = r.edition?.observations ?? [];
    expect(obs.filter((o) => o.product === "copper-cathode" && o.segment === "")).toEqual([]);
    const issue = r.issues.find((i) => i.code === "unused-number" && i.message.includes(`"${raw}"`));
    expect([reason].flat()).toContain(issue?.reason);
  });
});

describe("conflicts: one text stating a figure twice with different values", () => {
  const text = "Cobalt Sulphate\nCobalt sulphate output in May 2025 rose 6% MoM and 12% YoY.\nIn summary, May production was up 9% MoM on firm orders.";
  it("is #N/A, and the message quotes both statements", () => {
    const ed = parse(text);
    const a = ask(ed, '=SMM.MOM("cobalt-sulphate","2025-05")');
    expect(a).toMatch(/^#N\/A .*different values.*"6%".*"9%"/);
    expect(ask(ed, '=SMM.YOY("cobalt-sulphate","2025-05")')).toBe(0.12);
    expect(ed.issues.some((i) => i.code === "conflict" && i.path?.join("|") === "cobalt-sulphate||2025-05|actual|mom")).toBe(true);
  });
  it("values that agree to rounding are one figure", () => {
    const ed = parse("Cobalt Sulphate\nCobalt sulphate output in May 2025 rose 6.04% MoM.\nIn summary, May production was up about 6% MoM.");
    expect(ask(ed, '=SMM.MOM("cobalt-sulphate","2025-05")')).toBe(0.0604);
  });
  it("a later statement marked as revised wins", () => {
    const ed = parse("Cobalt Sulphate\nCobalt sulphate output in May 2025 rose 6% MoM.\nThe figure was revised: May production was up 9% MoM.");
    expect(ask(ed, '=SMM.MOM("cobalt-sulphate","2025-05")')).toBe(0.09);
  });
  it("an output in conflict is not implied from the change either", () => {
    const ed = parse(
      "Aluminum\nChina's aluminum output in May 2025 was 3.80 million mt, up 120,000 mt or 3.26% MoM.\nAluminum output in May 2025 reached 3.70 million mt.",
    );
    expect(ask(ed, '=SMM.VALUE("aluminum","2025-05","output")')).toMatch(/^#N\/A .*different values/);
  });
});

describe("plausible ranges", () => {
  it("keeps impossible values out with the reason", () => {
    expect(implausible("operating_rate", 2.5)).toMatch(/outside 0-100%/);
    expect(implausible("mom", -1.2)).toMatch(/fall of 100%/);
    expect(implausible("output", 1e18)).toMatch(/plausible range/);
    expect(implausible("operating_rate", 0.035, "pp")).toMatch(/percentage points/);
    expect(implausible("operating_rate", 0.82)).toBeNull();
    expect(implausible("mom", 0.0438)).toBeNull();
  });
  it("a figure dozens of times off the product's size is not its (a part is bounded above only)", () => {
    // aluminium: about 3.5 million mt a month
    expect(implausibleForSize("output", 3.59, 3_500_000, false)).toMatch(/far below/);
    expect(implausibleForSize("output", 93_000_000, 3_500_000, false)).toMatch(/far above/);
    expect(implausibleForSize("output", 3_590_000, 3_500_000, false)).toBeNull();
    expect(implausibleForSize("ytd_output", 14_000_000, 3_500_000, false)).toBeNull();
    expect(implausibleForSize("capacity", 45_000_000, 3_500_000, false)).toBeNull();
    expect(implausibleForSize("mom_chg", -120_000, 3_500_000, false)).toBeNull();
    expect(implausibleForSize("mom_chg", 40_000_000, 3_500_000, false)).toMatch(/far above/);
    // a province's output may be small, never bigger than the bound
    expect(implausibleForSize("output", 9_000, 3_500_000, true)).toBeNull();
    expect(implausibleForSize("operating_rate", 0.9, 3_500_000, false)).toBeNull();
  });
  it("an operating rate of 250% in a report is an implausible issue, not a figure", () => {
    const r = parseReport("Copper Cathode\nThe operating rate of China's copper cathode smelters was 250% in May 2025.", { edition: "2025-05" });
    expect(r.edition?.observations.some((o) => o.measure === "operating_rate")).toBe(false);
    expect(r.issues.find((i) => i.code === "implausible")?.reason).toBe("implausible");
  });
});

describe("one direction for two numbers", () => {
  it("'fell by 12,000 mt, or 1.1%' gives both a fall", () => {
    const ed = parse("Copper Cathode\nIn May 2025, China's copper cathode output fell by 12,000 mt, or 1.1%, from April.");
    expect(ask(ed, '=SMM.VALUE("copper-cathode","2025-05","mom_chg")')).toBe(-12000);
    expect(ask(ed, '=SMM.MOM("copper-cathode","2025-05")')).toBe(-0.011);
  });
  it("'385,900 mt or 6.9% more than a year earlier' is a cumulative change, not a total", () => {
    const ed = parse(
      "Copper Cathode\nFrom January through May 2025, copper cathode smelters turned out 5.96 million mt, 385,900 mt or 6.9% more than in the same period a year earlier.",
    );
    expect(ask(ed, '=SMM.VALUE("copper-cathode","2025-05","ytd_output")')).toBe(5960000);
    expect(ask(ed, '=SMM.VALUE("copper-cathode","2025-05","ytd_yoy_chg")')).toBe(385900);
    expect(ask(ed, '=SMM.VALUE("copper-cathode","2025-05","ytd_yoy")')).toBe(0.069);
  });
  it("'m-o-m up 1.1%, y/y down 2.0%': each marker leads its own figure", () => {
    const ed = parse("Magnesium Ingot\nMagnesium ingot output in May 2025 was roughly 71,500 mt, m-o-m up 1.1%, y/y down 2.0%.");
    expect(ask(ed, '=SMM.MOM("magnesium-ingot","2025-05")')).toBe(0.011);
    expect(ask(ed, '=SMM.YOY("magnesium-ingot","2025-05")')).toBe(-0.02);
  });
});

describe("trends that disagree with the stated change", () => {
  it("are dropped; the number stays", () => {
    const r = parseReport("Refined Zinc\nChina's refined zinc output in May 2025 improved, down 1.2% MoM.", { edition: "2025-05" });
    const ed = r.edition as Edition;
    expect(ask(ed, '=SMM.MOM("refined-zinc","2025-05")')).toBe(-0.012);
    expect(ask(ed, '=SMM.TREND("refined-zinc","2025-05")')).not.toBe("up");
  });
});

describe("evidence on every figure", () => {
  it("names the rule and is sure when every role is stated next to the number", () => {
    const ed = parse("Copper Cathode\nIn May 2025, China's copper cathode output rose 3.2% MoM.");
    const o = ed.observations.find((x) => x.measure === "mom");
    expect(o?.evidence?.rule).toBe("production-change-mom");
    expect(o?.evidence?.confidence).toBe("high");
  });
  it("marks an inferred comparison base for review", () => {
    const ed = parse("Lithium Hydroxide\nIn May 2025, China's lithium hydroxide output fell 4%.");
    const o = ed.observations.find((x) => x.measure === "mom");
    expect(o?.evidence?.confidence).toBe("low");
    expect(o?.evidence?.review).toContain("inferred-basis");
  });
  it("every figure of the seed-like text has evidence", () => {
    const ed = parse(
      "Copper Cathode\nIn May 2025, copper cathode output was 1.13 million mt, up 2.1% MoM and 10.2% YoY; the operating rate was 84.1%, up 1.2 percentage points MoM.",
    );
    expect(ed.observations.length).toBeGreaterThanOrEqual(5);
    for (const o of ed.observations) expect(o.evidence?.rule).toEqual(expect.any(String));
  });
});

describe("directions are judged by the precision rules as numbers are", () => {
  const trendOf = (text: string, f: string): number | string => ask(parse(text, "2025-08"), f);
  it("another source's direction is not SMM's trend", () => {
    const text = "Sponge Titanium\nSMM's survey puts China's sponge titanium output at 21,300 mt in August 2025. According to Mysteel, output rose in August.";
    expect(trendOf(text, '=SMM.TREND("sponge-titanium","2025-08")')).toMatch(/^#N\/A/);
  });
  it("a direction the writer's desk expects, in a note that names SMM and the desk's model, is not SMM's", () => {
    const text =
      "Zinc note\nSMM puts China's refined zinc output at 560,000 mt in August 2025. Our model had 555,000 mt.\nWe think September output will fall as two smelters overhaul.";
    expect(trendOf(text, '=SMM.TREND("refined-zinc","2025-09","forecast")')).toMatch(/^#N\/A/);
    expect(trendOf(text, '=SMM.VALUE("refined-zinc","2025-08","output")')).toBe(560000);
  });
  it("SMM's own 'we anticipate' stays SMM's when the text names no desk", () => {
    const text = "Copper Cathode\nSMM data show copper cathode output rose 2% MoM in August 2025. We anticipate a decline in production in September.";
    expect(trendOf(text, '=SMM.TREND("copper-cathode","2025-09","forecast")')).toBe("down");
  });
  it("a purpose ('to meet annual targets') does not make a direction a target", () => {
    const text = "Copper Cathode\nCopper cathode output rose 5% MoM in August 2025. Pushes to meet annual targets drove the sharp increase in August.";
    expect(trendOf(text, '=SMM.TREND("copper-cathode","2025-08")')).toBe("up significantly");
  });
  it("an aside in brackets does not cut the subject off its number", () => {
    const text =
      "Copper Cathode\nSMM data show copper cathode output rose 1% MoM in August 2025. The official NBS copper figure for July (published 15 August) was 1.25 million mt, up 8.8% YoY.";
    expect(trendOf(text, '=SMM.YOY("copper-cathode","2025-07")')).toMatch(/^#N\/A/);
  });
  it("a week inside the month is not the month", () => {
    const text = "Silicon Metal\nSilicon metal output rose 7.2% MoM in August 2025. Output in the final week of August was about 98,600 mt.";
    expect(trendOf(text, '=SMM.VALUE("silicon-metal","2025-08","output")')).toMatch(/^#N\/A/);
    expect(trendOf(text, '=SMM.MOM("silicon-metal","2025-08")')).toBeCloseTo(0.072, 6);
  });
});

describe("a later month stated as done", () => {
  it("is misdated when the section also forecasts that month: neither figure set becomes a forecast twice", () => {
    const text =
      "Silicon Metal\nSMM data show that China's silicon metal output was 300,000 mt in December, an increase of 10% MoM.\nChina's silicon metal output is expected to stand at 295,000 mt in December.";
    const ed = parse(text, "2021-11");
    expect(ask(ed, '=SMM.FORECAST("silicon-metal","2021-12","output")')).toBe(295000);
    expect(ask(ed, '=SMM.MOM("silicon-metal","2021-12","forecast")')).toMatch(/^#N\/A/);
    expect(ask(ed, '=SMM.TREND("silicon-metal","2021-12","forecast")')).toMatch(/^#N\/A/);
  });
  it("stays SMM's forecast (a schedule in the past tense) when nothing else forecasts that month", () => {
    const text = "Solar Cell\nIn November, solar cell operating rates were 43%. In December, after bases resumed, operating rates rose to 59.7%.";
    expect(ask(parse(text, "2021-11"), '=SMM.FORECAST("solar-cell","2021-12","operating_rate")')).toBeCloseTo(0.597, 6);
  });
});

describe("a total after a 'respectively' list", () => {
  it("is the whole product's, with the change that follows it; the list keeps its parts", () => {
    const text =
      "Stainless Steel\nThe output of 200 series, 300 series and 400 series is estimated at 700,000 mt, 1.5 million mt and 400,000 mt respectively in December, totalling 2.6 million mt, up 2.1% MoM.";
    const ed = parse(text, "2021-11");
    expect(ask(ed, '=SMM.FORECAST("stainless-steel","2021-12","output")')).toBe(2600000);
    expect(ask(ed, '=SMM.MOM("stainless-steel","2021-12","forecast")')).toBeCloseTo(0.021, 10);
    expect(ask(ed, '=SMM.FORECAST("stainless-steel:200-series","2021-12","output")')).toBe(700000);
    expect(ask(ed, '=SMM.MOM("stainless-steel:200-series","2021-12","forecast")')).toMatch(/^#N\/A/);
    expect(ask(ed, '=SMM.TREND("stainless-steel:200-series","2021-12","forecast")')).toMatch(/^#N\/A/);
  });
});

describe("more of what is not SMM's (our own sentences)", () => {
  it("a province in apposition is the province's part", () => {
    const ed = parse(
      "Silicon Metal\nChina's silicon metal output in April 2025 was about 285,000 mt, down 5.4% MoM. Xinjiang, the largest producing region, produced around 152,000 mt, up 2.0% MoM.",
      "2025-04",
    );
    expect(ask(ed, '=SMM.VALUE("silicon-metal","2025-04","output")')).toBe(285000);
    expect(ask(ed, '=SMM.VALUE("silicon-metal:xinjiang","2025-04","output")')).toBe(152000);
  });
  it("a desk's number, one that 'is ours', or an association's is not SMM's", () => {
    const ed = parse(
      "Zinc thread, May 2025\nSMM: refined zinc output was 560,000 mt in May 2025, up 1.1% MoM. The desk has -2.5% for June. SMM made no June call; the +6.0% in our deck is ours. An industry association put May output at 575,000 mt.",
      "2025-05",
    );
    expect(ask(ed, '=SMM.MOM("refined-zinc","2025-06","forecast")')).toMatch(/^#N\/A/);
    expect(ask(ed, '=SMM.VALUE("refined-zinc","2025-05","output")')).toBe(560000);
  });
  it("'for the whole of 2025' in a December 2024 edition does not date the edition", () => {
    const r = parseReport(
      "Copper Cathode\nChina's copper cathode output in December 2024 was 1.15 million mt, up 2.1% MoM. For the whole of 2025, SMM expects output of about 13.5 million mt.",
      {},
    );
    expect(r.edition?.id).toBe("2024-12");
  });
});

describe("a change restated in brackets", () => {
  it("'up 2.1% (23,700 mt) m-o-m' is one change in two units, not an output of 23,700 mt", () => {
    const ed = parse("Copper Cathode\nChina's copper cathode output in May 2025 was 1.15 million mt, up 2.1% (23,700 mt) m-o-m and up 11% y/y.", "2025-05");
    expect(ask(ed, '=SMM.VALUE("copper-cathode","2025-05","output")')).toBe(1150000);
    expect(ask(ed, '=SMM.VALUE("copper-cathode","2025-05","mom_chg")')).toBe(23700);
    expect(ask(ed, '=SMM.MOM("copper-cathode","2025-05")')).toBeCloseTo(0.021, 10);
  });
});

describe("balances, futures, counted plants and two contents in one clause (our own sentences)", () => {
  it("a supply surplus, a futures contract's rise and a group of named plants are not output", () => {
    const ed = parse(
      "Cobalt Sulphate\nCobalt sulphate output was 6,000 mt in May 2025, up 2% MoM. The market is expected to return to a surplus in June with an amount of 163 mt. The most active cobalt contract rose by more than 5% to 250,000 yuan/mt. There were 4 enterprises whose output exceeded 1,000 mt, with a total output of 4,100 mt.",
      "2025-05",
    );
    expect(ask(ed, '=SMM.VALUE("cobalt-sulphate","2025-05","output")')).toBe(6000);
    expect(ask(ed, '=SMM.FORECAST("cobalt-sulphate","2025-06","output")')).toMatch(/^#N\/A/);
    expect(ask(ed, '=SMM.MOM("cobalt-sulphate","2025-05")')).toBeCloseTo(0.02, 10);
  });
  it("SMM's survey of 44 smelters is the sample, not a group of plants", () => {
    const ed = parse(
      "Copper Cathode\nAccording to SMM's survey of 44 smelters with a combined capacity of 14 million mt/year, the operating rate fell to 83.02% in May 2025.",
      "2025-05",
    );
    expect(ask(ed, '=SMM.VALUE("copper-cathode","2025-05","operating_rate")')).toBeCloseTo(0.8302, 10);
  });
  it("'30,100 mt in nickel content, with physical tonnage of 365,200 mt': each figure its own content", () => {
    const ed = parse("NPI\nChina's NPI output in May 2025 stood at 30,100 mt in nickel content, with physical tonnage of 365,200 mt.", "2025-05");
    expect(ask(ed, '=SMM.VALUE("npi","2025-05","output")')).toBe(30100);
    expect(ask(ed, '=SMM.VALUE("npi:physical-content","2025-05","output")')).toBe(365200);
  });
});

describe("year-to-date spans named by a quarter", () => {
  it("'Q1 output totalled ...' in a March edition is the year to date; a company's Q1 is not", () => {
    const ed = parse(
      "Copper Cathode\nIn March 2025, China's copper cathode production rose 2.96% MoM. Q1 output totalled 3.2425 million mt, up 5.85% y/y. Jiangxi Copper said Q1 output was 600,000 mt.",
      "2025-03",
    );
    expect(ask(ed, '=SMM.VALUE("copper-cathode","2025-03","ytd_output")')).toBe(3242500);
    expect(ask(ed, '=SMM.VALUE("copper-cathode","2025-03","ytd_yoy")')).toBeCloseTo(0.0585, 10);
  });
});

describe("other comparison bases stated after the figure", () => {
  it("'12.6% higher than in December-February' and '12.6% (QoQ)' are not MoM; the month's own MoM stays", () => {
    const ed = parse(
      "Polysilicon\nPolysilicon output rose 4.2% MoM in May 2025. Output in March-May was 12.6% higher than in December-February. Output in May rose 9.9% (QoQ).",
      "2025-05",
    );
    expect(ask(ed, '=SMM.MOM("polysilicon","2025-05")')).toBeCloseTo(0.042, 10);
  });
});
