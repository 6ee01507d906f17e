/**
 * Subjects (segments, regions, nickel content, subsets, downstream) and direction statements (TREND).
 */
import { directionStatements, readSubject, SUBJECT_REWRITES } from "../../../src/core/report/grammar";

const P = {
  lead: [
    ["secondary", "lead"],
    ["secondary lead", "recycled lead", "secondary refined lead", "secondary crude lead"],
  ],
  li: [
    ["lithium", "carbonate"],
    ["lithium carbonate", "li2co3"],
  ],
  cu: [
    ["copper", "cathode"],
    ["copper cathode", "refined copper"],
  ],
  fecr: [
    ["high-carbon", "ferrochrome"],
    ["high-carbon ferrochrome", "ferrochrome"],
  ],
  npi: [["npi"], ["npi", "nickel pig iron"]],
  ss: [["stainless", "steel"], ["stainless steel"]],
  ree: [
    ["light", "rare", "earth"],
    ["light rare earth", "pr-nd oxide", "pr-nd alloy"],
  ],
  alumina: [
    ["overseas", "metallurgical-grade", "alumina"],
    ["overseas metallurgical-grade alumina", "overseas alumina"],
  ],
  tin: [
    ["refined", "tin"],
    ["refined tin", "tin ingot"],
  ],
} as const;
type Key = keyof typeof P;
const sub = (k: Key, s: string) => readSubject(s, P[k][0], P[k][1]);

describe("readSubject: segments", () => {
  it.each<[Key, string, string]>([
    ["lead", "In February, secondary crude lead production", "crude"],
    ["lead", "secondary refined lead output", "refined"],
    ["lead", "Secondary lead production", ""],
    ["li", "lithium carbonate production derived from spodumene", "spodumene"],
    ["li", "lithium carbonate production from lepidolite", "lepidolite"],
    ["li", "lithium carbonate output made from recycled", "recycled"],
    ["li", "recycled lithium carbonate production", "recycled"],
    ["li", "lithium carbonate production", ""],
    ["li", "China's lithium carbonate output", ""],
    ["cu", "the operating rate of large smelters", "large-smelters"],
    ["cu", "Large smelters ran at", "large-smelters"],
    ["cu", "medium-sized smelters at", "medium-sized-smelters"],
    ["cu", "small smelters operated at", "small-smelters"],
    ["cu", "the operating rate of smelters using copper concentrates", "smelters-using-copper-concentrates"],
    ["cu", "the overall operating rate", ""],
    ["cu", "the industry operating rate", ""],
    ["cu", "copper cathode output", ""],
    ["cu", "China's refined copper production", ""],
    ["ss", "300-series stainless steel production", "300-series"],
    ["ss", "200-series production", "200-series"],
    ["ss", "400-series output", "400-series"],
    ["ss", "stainless steel production", ""],
    ["ree", "Pr-Nd oxide production", "pr-nd-oxide"],
    ["ree", "Pr-Nd alloy output", "pr-nd-alloy"],
    ["npi", "high-grade NPI production", "high-grade"],
  ])("[%s] %s -> %j", (k, s, seg) => {
    expect(sub(k, s).segment).toBe(seg);
  });
});

describe("readSubject: regions", () => {
  it.each<[Key, string, string, string]>([
    ["fecr", "Inner Mongolia's production", "inner mongolia", "inner-mongolia"],
    ["fecr", "Inner Mongolia production", "inner mongolia", "inner-mongolia"],
    ["alumina", "Indonesia's production", "indonesia", "indonesia"],
    ["tin", "the operating rate in Anhui and surrounding regions", "anhui and surrounding regions", "anhui-and-surrounding-regions"],
  ])("[%s] %s", (k, s, region, seg) => {
    const r = sub(k, s);
    expect(r.region?.toLowerCase()).toBe(region);
    expect(r.segment).toBe(seg);
    expect(r.subset).toBe(false);
  });

  // BUG (see parse tests): "production in Inner Mongolia" is not read as the region, so the
  // region's figure is filed as the whole product's.
  it("[fecr] 'production in Inner Mongolia' names the region", () => {
    expect(sub("fecr", "Production in Inner Mongolia").segment).toBe("inner-mongolia");
  });
});

describe("readSubject: nickel content", () => {
  it.each<[string, "metal" | "physical" | null]>([
    ["NPI output in metal content", "metal"],
    ["NPI metal content", "metal"],
    ["NPI production in physical content", "physical"],
    ["NPI physical content", "physical"],
    ["NPI output", null],
  ])("%s -> %s", (s, content) => {
    const r = sub("npi", s);
    expect(r.content).toBe(content);
    expect(r.segment).toBe("");
  });
});

describe("readSubject: subsets and downstream", () => {
  it.each<[Key, string]>([
    ["fecr", "Some producers' production"],
    ["cu", "some smelters' output"],
    ["cu", "certain smelters' production"],
    ["cu", "a few smelters' production"],
    ["cu", "several refineries' output"],
    ["cu", "output at leading enterprises' production"],
  ])("[%s] subset: %s", (k, s) => {
    expect(sub(k, s).subset).toBe(true);
  });

  it.each<[Key, string]>([
    ["ss", "downstream production"],
    ["li", "battery cell production"],
    ["li", "cell manufacturers' production"],
    ["cu", "terminal demand production"],
  ])("[%s] downstream: %s", (k, s) => {
    expect(sub(k, s).downstream).toBe(true);
  });

  it.each<[Key, string]>([
    ["cu", "copper cathode output"],
    ["cu", "the operating rate of large smelters"],
    ["fecr", "Inner Mongolia's production"],
  ])("[%s] neither: %s", (k, s) => {
    const r = sub(k, s);
    expect(r.subset).toBe(false);
    expect(r.downstream).toBe(false);
  });
});

describe("directionStatements", () => {
  type D = [word: string, direction: string, magnitude: string];
  const read = (s: string): D[] => directionStatements(s).map((d) => [s.slice(d.start, d.end), d.direction, d.magnitude]);

  it.each<[string, D[]]>([
    ["Output decreased slightly in February.", [["decreased", "down", "slight"]]],
    ["Production rose significantly MoM.", [["rose", "up", "significant"]]],
    ["Output increased significantly as expected.", [["increased", "up", "significant"]]],
    ["Output fell sharply.", [["fell", "down", "significant"]]],
    ["Output fell substantially.", [["fell", "down", "significant"]]],
    ["There was a sharp decline in overall production.", [["decline", "down", "significant"]]],
    ["There was a substantial reduction in output.", [["reduction", "down", "significant"]]],
    ["Output rose marginally.", [["rose", "up", "slight"]]],
    ["Output saw a marginal increase.", [["increase", "up", "slight"]]],
    ["Output declined modestly.", [["declined", "down", "slight"]]],
    ["Output remained flat.", [["flat", "flat", "none"]]],
    ["Output was stable MoM.", [["stable", "flat", "none"]]],
    ["Output was basically flat.", [["basically flat", "flat", "none"]]],
    ["Output held steady.", [["held steady", "flat", "none"]]],
    ["Output was largely unchanged MoM.", [["largely unchanged", "flat", "none"]]],
    ["Production is expected to rebound in March.", [["rebound", "up", "none"]]],
    // the noun a direction word belongs to, or its object, is no output
    [
      "This rise is due to the October production cut and continued price decline, which boosted cell makers' purchasing enthusiasm, significantly reducing wafer stock.",
      [
        ["rise", "up", "none"],
        ["cut", "down", "none"],
      ],
    ],
    ["Output rose 2% while the inventory drop continued.", [["rose", "up", "none"]]],
    ["Output edged higher in December.", [["higher", "up", "slight"]]],
    ["The holiday fell on February 17, so production fell sharply.", [["fell", "down", "significant"]]],
  ])("%s", (s, want) => {
    expect(read(s)).toEqual(want);
  });

  it("marks production and operating-rate clauses", () => {
    const [p] = directionStatements("Output fell 3%.");
    expect(p!.production).toBe(true);
    expect(p!.operatingRate).toBe(false);
    const [r] = directionStatements("Operating rates were slightly lower.");
    expect(r!.operatingRate).toBe(true);
    expect(r!.production).toBe(false);
    expect(r!.magnitude).toBe("slight");
  });

  it.each([["Inventories fell sharply."], ["Prices rose significantly."], ["Demand from downstream rose significantly."]])("not about production: %s", (s) => {
    for (const d of directionStatements(s)) expect(d.production).toBe(false);
  });

  it.each([
    ["Output rose 20% YoY.", [true]],
    ["Output saw significant YoY growth.", [true]],
    ["Output rose 3% YoY and fell 2% MoM.", [true, false]],
    ["Output fell both MoM and YoY.", [false]],
    ["Output decreased slightly in February.", [false]],
  ])("YoY-only: %s", (s, want) => {
    expect(directionStatements(s).map((d) => d.yoyOnly)).toEqual(want);
  });

  it("a magnitude word that belongs to a YoY phrase is dropped", () => {
    const ds = directionStatements("Output fell slightly MoM but rose significantly YoY.");
    expect(ds.map((d) => [d.direction, d.magnitude, d.yoyOnly])).toEqual([
      ["down", "slight", false],
      ["up", "none", true],
    ]);
    expect(directionStatements("Output saw significant YoY growth.")[0]!.magnitude).toBe("none");
  });

  it("a magnitude about some smelters is not the product's", () => {
    expect(directionStatements("Some smelters cut production slightly.")[0]!.magnitude).toBe("none");
  });

  it.each([
    ["Output did not decline.", true],
    ["Output is not expected to increase in March.", true],
    ["Output did decline.", false],
  ])("negation: %s", (s, neg) => {
    expect(directionStatements(s)[0]!.negated).toBe(neg);
  });

  // BUG: the "not" of "may not be significant" negates the growth itself, so the March forecast
  // TREND is lost. Minimal: "March output is expected to see some growth, but it may not be significant."
  it("'some growth, but it may not be significant' is growth, not negated", () => {
    const [d] = directionStatements("March output is expected to see some growth, but it may not be significant.");
    expect(d!.direction).toBe("up");
    expect(d!.negated).toBe(false);
  });

  it.each<[string, number | null]>([
    ["Output rose compared to January.", 1],
    ["Output in March will decline compared to January.", 1],
    ["Output in March will fall compared to February.", 2],
    ["Output rose MoM.", null],
  ])("comparison month: %s", (s, cm) => {
    expect(directionStatements(s)[0]!.compareMonth).toBe(cm);
  });

  it("takes the month the statement describes", () => {
    expect(directionStatements("Output decreased slightly in February.")[0]!.month?.month).toBe(2);
    expect(directionStatements("Production is expected to rebound in March.")[0]!.month?.month).toBe(3);
    expect(directionStatements("Output fell.")[0]!.month).toBeNull();
  });

  it.each<[string, string, string]>([
    ["'up to' is not a rise", "Output could reach up to 5,000 mt.", "up"],
    ["'shut down' is not a fall", "Smelters shut down for maintenance.", "down"],
    ["'price cut' is not a fall", "A price cut was announced.", "down"],
  ])("%s", (_n, s, dir) => {
    expect(directionStatements(s).filter((d) => d.direction === dir)).toEqual([]);
  });

  it("'lower prices' is a direction, but not one about production", () => {
    for (const d of directionStatements("Lower prices weighed on sentiment.")) expect(d.production).toBe(false);
  });

  it("returns nothing when there is no direction word", () => {
    expect(directionStatements("Output was 1.2 million mt.")).toEqual([]);
    expect(directionStatements("")).toEqual([]);
  });
});

describe("subject rewrites: each example is rewritten by its own rule", () => {
  // what each rule makes of its own example (blanks keep every position)
  const expected: Record<string, string> = {
    bracket: "Output                   rose",
    "locative-aside": "Refineries in Hebei                                   cut output by ",
    "by-dimension-label": "                                                 200-series ",
    dateline: "                Production of stainless steel shrank",
    "verb-output-of": "the recovery will      output of low-grade materials by ",
    "forecasting-participle": "SMM expects further cuts              output at ",
    "accounted-for-tonnage": "of which high-grade NPI output was 32,800 mt, ",
    "content-basis": "NPI output in metal content fell",
    "participle-aside": "Henan's smelters                                  cut output by ",
    "discourse-aside": "producers in Inner Mongolia               raised output by ",
    "label-the-province": "Yunnan produced ",
    "series-stainless": "Production of 300-series stainless steel fell ",
    "relative-aside": "Smelters in Henan                                  raised output by ",
    "where-output": "mainly 200-series output  fell",
    "whose-output": "The fall dysprosium oxide output  fell",
    appositive: "N-type cells                               reached",
    "city-province": "Plants in Shaanxi  raised output by",
    "hedge-before-figure": "output stood at      ",
    "those-using": "output for smelters not using",
    "that-of": "and output of electroplating grade nickel sulfate was",
    "hash-series": "400-series stainless steel rose",
    "standard-grade": "the production of       silver rose",
    "spaced-series": "The 300-series rose",
    "series-steel": "Output of 300-series stainless steel fell ",
    "ran-at-rate-of": "the operating rate of Large recyclers was ",
    "participle-output": "Shanxi producers output  by",
    "producing-participle": "Yunnan producers output  ",
    "verb-its-output": "Shaanxi's output  by",
    "led-with-output": "Inner Mongolia's output up by",
    "led-the-way": "the 300 series output up ",
    "saw-output": "Yunnan's output fall",
    "grade-saw": "low-grade NPI metal content fall",
    "plants-comma-verb": "and producers in Ningxia raised output by ",
    "plants-whose-rate": "among the operating rate of large enterprises  reached ",
    "label-comma-content": "• High-grade NPI nickel content output ",
    "output-there": "Guangxi was the weakest region: Guangxi's output fell",
    "region-aside-produced": "Regions: Yunnan produced ",
    "region-moved": "Inner Mongolia's output rose ",
    "class-anaphor": "Output of           in China reached",
    "speaker-frame": "         output will stabilise at about ",
    "fronted-for-part": "low-grade materials output lowered by ",
    "fronted-basis": "               alumina output was ",
    "cause-took-output": "                      PV glass output ",
  };
  it.each(SUBJECT_REWRITES.map((r) => [r.name, r] as const))("%s", (name, r) => {
    expect(typeof r.hint === "string" ? r.example.includes(r.hint) : r.hint.test(r.example)).toBe(true);
    const to = r.to("production");
    expect(typeof to === "string" ? r.example.replace(r.pattern, to) : r.example.replace(r.pattern, to)).toBe(expected[name]);
  });
  it("rule names are unique and each has its expected rewrite", () => {
    expect(new Set(SUBJECT_REWRITES.map((r) => r.name)).size).toBe(SUBJECT_REWRITES.length);
    expect(Object.keys(expected).sort()).toEqual(SUBJECT_REWRITES.map((r) => r.name).sort());
  });
  it("a region's rewrite leaves a company's name alone", () => {
    const saw = SUBJECT_REWRITES.find((r) => r.name === "saw-output");
    const to = saw?.to("production");
    expect(typeof to === "function" ? "Qinghai Lihao saw their production ramped up".replace(saw?.pattern ?? /$^/, to) : null).toBe(
      "Qinghai Lihao saw their production ramped up",
    );
  });
  it("a region's clause rewrites leave other names alone", () => {
    const moved = SUBJECT_REWRITES.find((r) => r.name === "region-moved");
    const to = moved?.to("production");
    expect(typeof to === "function" ? "Jinchuan rose ".replace(moved?.pattern ?? /$^/, to) : null).toBe("Jinchuan rose ");
  });
  it("'that of' stands for the metric being read", () => {
    const r = SUBJECT_REWRITES.find((x) => x.name === "that-of");
    expect(r?.to("oprate")).toBe("operating rate of");
    expect(r?.to("capacity")).toBe("capacity of");
  });
});
