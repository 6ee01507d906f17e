/**
 * The basis table (src/core/report/basis.ts): every rule reads its own example (the first rule that
 * matches decides, so no rule before it takes the example), the grammar reads the example's figure
 * with that basis, and the rules that read a figure reach its evidence.
 */
import { BASIS_RULES, basisOf, type BasisRule } from "../../../src/core/report/basis";
import { readSentence } from "../../../src/core/report/grammar";
import { parseReport } from "../../../src/core/report/parse";
import { readDatasetFile, toDatasetFile } from "../../../src/core/store";

const readingOf = (sentence: string, figure: string): ReturnType<typeof readSentence>[number] => {
  const r = readSentence(sentence).find((x) => x.figure.raw === figure);
  if (!r) throw new Error(`"${figure}" is not a figure of "${sentence}"`);
  return r;
};

describe("basis rules: each example is read by its own rule", () => {
  it.each(BASIS_RULES.map((r) => [r.name, r] as const))("%s", (_n, r: BasisRule) => {
    const { sentence, figure, basis } = r.example;
    const got = readingOf(sentence, figure);
    expect({ rule: got.basisRule, basis: got.basis }).toEqual({ rule: r.name, basis });
    // the example states what the rule produces
    if (r.produces !== "marker") expect(basis).toBe(r.produces);
  });
  it("rule names are unique", () => {
    expect(new Set(BASIS_RULES.map((r) => r.name)).size).toBe(BASIS_RULES.length);
  });
});

describe("basis rules: the windows", () => {
  it("a figure no rule reads has no basis and no rule", () => {
    expect(basisOf("Output reached ", "", " in May.")).toEqual({ basis: null, rule: null });
    expect(readingOf("Output reached 1.2 million mt in May.", "1.2 million mt")).toMatchObject({ basis: null, basisRule: null });
  });
  it("a marker leading the figure wins over one after it ('m-o-m up 1.1%, y/y down 2.0%')", () => {
    const s = "Output was 71,500 mt, m-o-m up 1.1%, y/y down 2.0%.";
    expect(readingOf(s, "1.1%")).toMatchObject({ basis: "mom", basisRule: "marker-then-verb" });
    expect(readingOf(s, "2.0%")).toMatchObject({ basis: "yoy", basisRule: "marker-then-verb" });
  });
  it("of two markers after the figure the first decides", () => {
    expect(basisOf("rose ", " YoY and MoM", ".")).toEqual({ basis: "yoy", rule: "marker-after" });
    expect(basisOf("rose ", " MoM and YoY", ".")).toEqual({ basis: "mom", rule: "marker-after" });
  });
  it("'_' in a class phrase is any one word ('above the same seven months of last year')", () => {
    const tail = " above the same seven months of last year";
    expect(basisOf("totalled 6,946,500 mt, 461,400 mt or ", tail, `${tail}.`)).toEqual({ basis: "yoy", rule: "marker-after" });
  });
  it("'^' before a marker: the marker opens the words before the figure", () => {
    expect(basisOf("MoM: ", "", ".")).toEqual({ basis: "mom", rule: "marker-opens-clause" });
    expect(basisOf("output MoM ", "", ".")).toEqual({ basis: null, rule: null });
  });
  it("a bracketed abbreviation repeating the marker is looked through ('a month-on-month (MoM) increase of')", () => {
    expect(basisOf("Output posted a month-on-month (MoM) increase of ", "", " in May.")).toEqual({ basis: "mom", rule: "direction-marker-noun" });
  });
  it("an explicit MoM right after the figure wins over a year-ago month ('down 18.7% MoM from December 2024')", () => {
    expect(readingOf("Output in January fell 18.7% MoM from December 2024.", "18.7%")).toMatchObject({ basis: "mom", basisRule: "marker-after" });
  });
});

describe("the rules that read a figure reach its evidence", () => {
  const TEXT = ["Copper Cathode", "In February 2025, China's copper cathode output fell 2.1% MoM to 1.1 million mt."].join("\n");
  it("roleRule and basisRule are on the figure's evidence, and kept by the dataset file", () => {
    const r = parseReport(TEXT, { edition: "2025-02" });
    const mom = r.edition?.observations.find((o) => o.measure === "mom");
    expect(mom?.evidence).toMatchObject({ rule: "production-change-mom", roleRule: "change-word", basisRule: "marker-after" });
    const level = r.edition?.observations.find((o) => o.measure === "output");
    expect(level?.evidence?.roleRule).toBe("level-word");
    expect(level?.evidence?.basisRule).toBeUndefined();
    const back = readDatasetFile(JSON.parse(JSON.stringify(toDatasetFile(r.edition ? [r.edition] : []))));
    expect(back.editions[0]?.observations.map((o) => o.evidence)).toEqual(r.edition?.observations.map((o) => o.evidence));
  });
});
