/**
 * readSentence: one sentence -> the dataset figures it states, as [measure, value] pairs
 * (values normalised: % and pp as fractions, signed by the direction; tonnes as numbers).
 * Every sentence below is our own wording.
 */
import { readSentence } from "../../../src/core/report/grammar";
import { close, excluded, pairs } from "./helpers";

type Pair = [string, number];

function expectPairs(got: Pair[], want: Pair[]): void {
  const fmt = (ps: Pair[]): string => JSON.stringify(ps);
  const ok = got.length === want.length && got.every(([m, v], i) => m === want[i]![0] && close(v, want[i]![1]));
  if (!ok) throw new Error(`got ${fmt(got)}\nwant ${fmt(want)}`);
  expect(ok).toBe(true);
}

describe("readSentence: changes with both tonnes and percent", () => {
  it.each<[string, Pair[]]>([
    [
      "In March, zinc output increased by 12,300 mt MoM, up 2.1%.",
      [
        ["mom_chg", 12300],
        ["mom", 0.021],
      ],
    ],
    [
      "Copper cathode output increased by 44,400 mt MoM, up 4.38%.",
      [
        ["mom_chg", 44400],
        ["mom", 0.0438],
      ],
    ],
    [
      "Nickel output rose by 1,150 mt month-on-month, an increase of 4.6%.",
      [
        ["mom_chg", 1150],
        ["mom", 0.046],
      ],
    ],
    [
      "Production climbed 3.4% MoM (+9,800 mt) and 5.5% YoY.",
      [
        ["mom", 0.034],
        ["mom_chg", 9800],
        ["yoy", 0.055],
      ],
    ],
    [
      "Output was up 2.31% MoM (+23,200 mt) and 11.05% YoY.",
      [
        ["mom", 0.0231],
        ["mom_chg", 23200],
        ["yoy", 0.1105],
      ],
    ],
    [
      "There was an increase of 2,500 mt or 1.9% month-on-month.",
      [
        ["mom_chg", 2500],
        ["mom", 0.019],
      ],
    ],
    [
      "Output saw a decrease of 700 mt, or 3.3%, month-on-month.",
      [
        ["mom_chg", -700],
        ["mom", -0.033],
      ],
    ],
    [
      "Output was 100,000 mt, up 5,000 mt from a month earlier.",
      [
        ["output", 100000],
        ["mom_chg", 5000],
      ],
    ],
    ["Output fell by 2,000 mt compared to January.", [["mom_chg", -2000]]],
    ["Output increased 10,000 mt MoM.", [["mom_chg", 10000]]],
    [
      "The month-on-month change was -0.30% (-3,400 mt).",
      [
        ["mom", -0.003],
        ["mom_chg", -3400],
      ],
    ],
    [
      "The month-on-month change was -1.25% (-5,600 mt).",
      [
        ["mom", -0.0125],
        ["mom_chg", -5600],
      ],
    ],
    ["The year-on-year change was +2.5%.", [["yoy", 0.025]]],
    ["The MoM change was 0.00%.", [["mom", 0]]],
  ])("%s", (s, want) => {
    expectPairs(pairs(s), want);
  });
});

describe("readSentence: percent changes and comparison bases", () => {
  it.each<[string, Pair[]]>([
    ["Zinc output fell 3.2% month on month.", [["mom", -0.032]]],
    ["Output dropped 0.4% month-over-month.", [["mom", -0.004]]],
    ["Output declined 3.5% from the previous month.", [["mom", -0.035]]],
    ["Output grew 12% year-on-year.", [["yoy", 0.12]]],
    [
      "Output fell 1.2% MoM and 0.8% YoY.",
      [
        ["mom", -0.012],
        ["yoy", -0.008],
      ],
    ],
    [
      "Output was 2% higher than in August and 52% higher than a year earlier.",
      [
        ["mom", 0.02],
        ["yoy", 0.52],
      ],
    ],
    [
      "Tin output was 4% lower than in January and 9% lower than a year earlier.",
      [
        ["mom", -0.04],
        ["yoy", -0.09],
      ],
    ],
    [
      "Output was 7% higher than in September and 21% higher than a year ago.",
      [
        ["mom", 0.07],
        ["yoy", 0.21],
      ],
    ],
    [
      "Production rose 0.67% on the month and 7.45% on the year to 815,900 mt.",
      [
        ["mom", 0.0067],
        ["yoy", 0.0745],
        ["output", 815900],
      ],
    ],
    [
      "Output rose 1.05% on the month and 3.3% on the year to 512,000 mt.",
      [
        ["mom", 0.0105],
        ["yoy", 0.033],
        ["output", 512000],
      ],
    ],
    [
      "Output rose 5% MoM and 10% YoY to 300,000 mt.",
      [
        ["mom", 0.05],
        ["yoy", 0.1],
        ["output", 300000],
      ],
    ],
    [
      "Output dipped slightly by 0.5% MoM to 200,000 mt.",
      [
        ["mom", -0.005],
        ["output", 200000],
      ],
    ],
    [
      "In February, production was down 4.5% month-over-month at 410,000 mt.",
      [
        ["mom", -0.045],
        ["output", 410000],
      ],
    ],
    ["Output registered a 5% MoM decline.", [["mom", -0.05]]],
    ["Output registered a 5% MoM increase.", [["mom", 0.05]]],
    ["YoY growth exceeded 20%.", [["yoy", 0.2]]],
    ["Output rose 3% from a year earlier.", [["yoy", 0.03]]],
    ["Output was down 2% on a monthly basis.", [["mom", -0.02]]],
    ["Output saw a MoM increase of 3%.", [["mom", 0.03]]],
    ["Output rose 3% sequentially.", [["mom", 0.03]]],
    [
      "Output rose 3.1% over the previous month and 8% over the same period last year.",
      [
        ["mom", 0.031],
        ["yoy", 0.08],
      ],
    ],
    [
      "Output fell 12,000 mt YoY, or 2.5%.",
      [
        ["yoy_chg", -12000],
        ["yoy", -0.025],
      ],
    ],
    [
      "Output fell 12,000 mt, or 2.5%, YoY.",
      [
        ["yoy_chg", -12000],
        ["yoy", -0.025],
      ],
    ],
    ["Year on year, output fell 3%.", [["yoy", -0.03]]],
    [
      "Output totalled 610,000 mt, up 1.7% MoM.",
      [
        ["output", 610000],
        ["mom", 0.017],
      ],
    ],
    [
      "Output came in at 610,000 mt, down 0.9% MoM.",
      [
        ["output", 610000],
        ["mom", -0.009],
      ],
    ],
    [
      "China produced 610,000 mt in March, 1.7% more than in February.",
      [
        ["output", 610000],
        ["mom", 0.017],
      ],
    ],
    [
      "Output in March was 610,000 mt, 9,000 mt less than in February.",
      [
        ["output", 610000],
        ["mom_chg", -9000],
      ],
    ],
    [
      "Smelters produced 610,000 mt, up 1.7% MoM.",
      [
        ["output", 610000],
        ["mom", 0.017],
      ],
    ],
    [
      "Output of 8,300 mt was 4.4% higher MoM.",
      [
        ["output", 8300],
        ["mom", 0.044],
      ],
    ],
    ["Output increased by 0.8 million mt YoY.", [["yoy_chg", 800000]]],
    [
      "Output grew 1.5% MoM, while the operating rate edged up to 71%.",
      [
        ["mom", 0.015],
        ["operating_rate", 0.71],
      ],
    ],
    ["The operating rate saw an increase of 0.5 percentage points MoM.", [["operating_rate_mom", 0.005]]],
    [
      "The operating rate declined by 2.4 percentage points to 63.1%.",
      [
        ["operating_rate_mom", -0.024],
        ["operating_rate", 0.631],
      ],
    ],
  ])("%s", (s, want) => {
    expectPairs(pairs(s), want);
  });

  it.each([["Output was 50,000 mt, flat MoM."], ["Output was 50,000 mt, unchanged from January."]])("'flat' states no number: %s", (s) => {
    expectPairs(pairs(s), [["output", 50000]]);
  });

  // BUG: a leading "On a YoY basis," is not taken as the basis: the change is stored as MoM (+0.044).
  it("'On a YoY basis, output increased 4.4%.' is a YoY change (got mom 0.044)", () => {
    expectPairs(pairs("On a YoY basis, output increased 4.4%."), [["yoy", 0.044]]);
  });

  // BUG: after a level ("to 48,900 mt, and by 4.1% year on year") the YoY change loses its sign (+0.041).
  it("'dropped by 15.3% MoM to 48,900 mt, and by 4.1% YoY' keeps the fall (got yoy +0.041)", () => {
    expectPairs(pairs("Output dropped by 15.3% month on month to 48,900 mt, and by 4.1% year on year."), [
      ["mom", -0.153],
      ["output", 48900],
      ["yoy", -0.041],
    ]);
  });
});

describe("readSentence: direction verbs give the sign", () => {
  it.each<[string, number]>([
    ["Output edged down 0.3% MoM.", -0.003],
    ["Output edged up 0.3% MoM.", 0.003],
    ["Output inched up 0.3% MoM.", 0.003],
    ["Output declined marginally by 0.2% MoM.", -0.002],
    ["Output eased 1.1% MoM.", -0.011],
    ["Output retreated 2% MoM.", -0.02],
    ["Output plunged 30% MoM.", -0.3],
    ["Output surged 30% MoM.", 0.3],
    ["Output rebounded 12% MoM.", 0.12],
    ["Output was down 5% MoM.", -0.05],
    ["Output was up 5% MoM.", 0.05],
    ["Output grew 5% MoM.", 0.05],
    ["Output tumbled 5% MoM.", -0.05],
    ["Output sank 5% MoM.", -0.05],
    ["Output slumped 5% MoM.", -0.05],
    ["Output dipped 5% MoM.", -0.05],
    ["Output jumped 5% MoM.", 0.05],
    ["Output climbed 5% MoM.", 0.05],
    ["Output declined 5% MoM.", -0.05],
    ["Output was reduced by 5% MoM.", -0.05],
    ["Output was cut by 5% MoM.", -0.05],
    ["Output contracted 4% MoM.", -0.04],
    ["Output shrank 4% MoM.", -0.04],
  ])("%s -> mom %d", (s, v) => {
    expectPairs(pairs(s), [["mom", v]]);
  });

  // regression: "slipped" once defaulted to a positive change
  it("'slipped' is a fall", () => {
    expectPairs(pairs("Output slipped 2.5% MoM."), [["mom", -0.025]]);
  });

  it("'slipped ... but rose' keeps both signs", () => {
    expectPairs(pairs("Output slipped 2.5% on the month but rose 6% on the year to 98,000 mt."), [
      ["mom", -0.025],
      ["yoy", 0.06],
      ["output", 98000],
    ]);
  });

  // regression: a "~" hedge between the verb and the number once hid the direction
  it("'fell ~3%' is a fall", () => {
    expectPairs(pairs("Output fell ~3% MoM."), [["mom", -0.03]]);
  });

  // BUG: a "c." hedge between the verb and the number hides the direction: +0.03.
  it("'fell by c. 3%' is a fall (minimal: 'Output fell by c. 3% MoM.' -> +0.03)", () => {
    expectPairs(pairs("Output fell by c. 3% MoM."), [["mom", -0.03]]);
  });

  // BUG: after "(-2,400 mt) and", the YoY figure loses the sentence's direction and turns positive.
  it("a figure after a signed parenthesis keeps the direction (minimal: 'Output fell 1.2% MoM (-2,400 mt) and 0.8% YoY.' -> yoy +0.008)", () => {
    expectPairs(pairs("Output fell 1.2% MoM (-2,400 mt) and 0.8% YoY."), [
      ["mom", -0.012],
      ["mom_chg", -2400],
      ["yoy", -0.008],
    ]);
  });
});

describe("readSentence: hedged figures keep the stated number", () => {
  it.each<[string, Pair[], string[]]>([
    [
      "Output decreased by approximately 8% MoM and declined by over 4% YoY.",
      [
        ["mom", -0.08],
        ["yoy", -0.04],
      ],
      ["approx", "over"],
    ],
    [
      "Output decreased by approximately 6% MoM and declined by over 2% YoY.",
      [
        ["mom", -0.06],
        ["yoy", -0.02],
      ],
      ["approx", "over"],
    ],
    [
      "Output grew by about 3% MoM and by nearly 10% YoY.",
      [
        ["mom", 0.03],
        ["yoy", 0.1],
      ],
      ["approx", "approx"],
    ],
    ["Output fell by around 3% MoM.", [["mom", -0.03]], ["approx"]],
    ["Output fell by roughly 3% MoM.", [["mom", -0.03]], ["approx"]],
    ["Output fell by almost 3% MoM.", [["mom", -0.03]], ["approx"]],
    ["Output fell by close to 3% MoM.", [["mom", -0.03]], ["approx"]],
    ["Output fell by approx. 3% MoM.", [["mom", -0.03]], ["approx"]],
    ["Output rose by more than 3,000 mt MoM.", [["mom_chg", 3000]], ["over"]],
    ["Output rose by over 3% MoM.", [["mom", 0.03]], ["over"]],
    ["Existing capacity was approximately 45.81 million mt.", [["capacity", 45810000]], ["approx"]],
  ])("%s", (s, want, hedges) => {
    expectPairs(pairs(s), want);
    expect(
      readSentence(s)
        .filter((r) => r.measure && !r.excludedReason)
        .map((r) => r.figure.hedge),
    ).toEqual(hedges);
  });
});

describe("readSentence: percentage points", () => {
  it.each<[string, Pair[]]>([
    // production changes written in "percentage points" are read as % changes (judgement call 2)
    ["Primary lead production saw a MoM decline of 4.13 percentage points.", [["mom", -0.0413]]],
    ["Lead production recorded a MoM decline of 2.75 percentage points.", [["mom", -0.0275]]],
    ["Lead production posted a YoY increase of 1.5 percentage points.", [["yoy", 0.015]]],
    // operating-rate changes are percentage points, whatever the sign of the printed unit
    [
      "The operating rate was 82.81%, up 2.59 percentage points MoM.",
      [
        ["operating_rate", 0.8281],
        ["operating_rate_mom", 0.0259],
      ],
    ],
    [
      "The operating rate was 71.3%, up 1.8 percentage points MoM.",
      [
        ["operating_rate", 0.713],
        ["operating_rate_mom", 0.018],
      ],
    ],
    [
      "The industry operating rate stood at 64.02%, down 3.1 percentage points MoM and up 0.5 percentage points YoY.",
      [
        ["operating_rate", 0.6402],
        ["operating_rate_mom", -0.031],
        ["operating_rate_yoy", 0.005],
      ],
    ],
    [
      "Capacity utilisation rose 2 pp MoM to 77%.",
      [
        ["operating_rate_mom", 0.02],
        ["operating_rate", 0.77],
      ],
    ],
    [
      "The utilization rate was 58%, down 4 ppts year-on-year.",
      [
        ["operating_rate", 0.58],
        ["operating_rate_yoy", -0.04],
      ],
    ],
    [
      "The operating rate fell 1.2 percentage points YoY to 70.5%.",
      [
        ["operating_rate_yoy", -0.012],
        ["operating_rate", 0.705],
      ],
    ],
    ["Capacity utilization rates rose to 65%.", [["operating_rate", 0.65]]],
    [
      "Output reached 90,000 mt, with the overall operating rate at 75%.",
      [
        ["output", 90000],
        ["operating_rate", 0.75],
      ],
    ],
  ])("%s", (s, want) => {
    expectPairs(pairs(s), want);
  });

  it("operating-rate changes are stored with unit pp", () => {
    const r = readSentence("The operating rate was 82.81%, up 2.59 percentage points MoM.");
    expect(r.map((x) => x.unit)).toEqual(["%", "pp"]);
  });

  it.each<[string, Pair[]]>([
    [
      "Large smelters ran at 91.22% (+1.31 percentage points).",
      [
        ["operating_rate", 0.9122],
        ["operating_rate_mom", 0.0131],
      ],
    ],
    [
      "Large smelters ran at 88.1% (+0.7 percentage points), medium-sized smelters at 80.5% (-0.6 percentage points), and small smelters at 40.1%.",
      [
        ["operating_rate", 0.881],
        ["operating_rate_mom", 0.007],
        ["operating_rate", 0.805],
        ["operating_rate_mom", -0.006],
        ["operating_rate", 0.401],
      ],
    ],
    ["Small smelters operated at 37%.", [["operating_rate", 0.37]]],
  ])("after an operating-rate sentence: %s", (s, want) => {
    expectPairs(pairs(s, "oprate"), want);
  });

  it("without operating-rate context, 'smelters ran at 91.22%' is not read", () => {
    expect(pairs("Large smelters ran at 91.22% (+1.31 percentage points).")).toEqual([]);
  });

  it("keeps the subject of each smelter tier", () => {
    const rs = readSentence("Large smelters ran at 88.1%, medium-sized smelters at 80.5%.", "oprate");
    expect(rs.map((r) => r.subject.trim())).toEqual(["Large smelters ran at", ", medium-sized smelters at"]);
  });
});

describe("readSentence: respectively", () => {
  it.each<[string, Pair[], string[]]>([
    [
      "Output of the 300-series and 400-series increased by 1.2% and 6.5% MoM, respectively.",
      [
        ["mom", 0.012],
        ["mom", 0.065],
      ],
      ["300-series", "400-series"],
    ],
    [
      "Output of 300-series and 200-series rose by 2.2% and 3.1% MoM, respectively.",
      [
        ["mom", 0.022],
        ["mom", 0.031],
      ],
      ["300-series", "200-series"],
    ],
    [
      "Output of spodumene-based, lepidolite-based and recycled material fell 5%, 8% and 2% MoM, respectively.",
      [
        ["mom", -0.05],
        ["mom", -0.08],
        ["mom", -0.02],
      ],
      ["spodumene-based", "lepidolite-based", "recycled material"],
    ],
  ])("%s", (s, want, segs) => {
    expectPairs(pairs(s), want);
    const overrides = readSentence(s).map((r) => r.segmentOverride ?? "");
    expect(overrides).toHaveLength(segs.length);
    overrides.forEach((o, i) => expect(o.endsWith(segs[i]!)).toBe(true));
  });
});

describe("readSentence: versus expectations", () => {
  it.each<[string, Pair[]]>([
    ["Actual output came in above forecast, exceeding expectations by 2,800 mt.", [["vs_expected_chg", 2800]]],
    ["Actual output exceeded expectations by 4,100 mt.", [["vs_expected_chg", 4100]]],
    ["Output came in 1,500 mt below expectations.", [["vs_expected_chg", -1500]]],
    ["Output was 6,500 mt higher than SMM had forecast.", [["vs_expected_chg", 6500]]],
    ["Output was 3,200 mt lower than SMM had forecast.", [["vs_expected_chg", -3200]]],
    ["Output was 6,000 mt higher than expected.", [["vs_expected_chg", 6000]]],
    [
      "Production beat the 970,200 mt SMM had expected by 29,300 mt.",
      [
        ["output", 970200],
        ["vs_expected_chg", 29300],
      ],
    ],
    [
      "Output beat the 455,000 mt SMM had expected by 5,000 mt.",
      [
        ["output", 455000],
        ["vs_expected_chg", 5000],
      ],
    ],
    [
      "Output missed the 210,000 mt SMM had expected by 1,200 mt.",
      [
        ["output", 210000],
        ["vs_expected_chg", -1200],
      ],
    ],
    [
      "Output fell short of the expected 88,000 mt by 900 mt.",
      [
        ["output", 88000],
        ["vs_expected_chg", -900],
      ],
    ],
  ])("%s", (s, want) => {
    expectPairs(pairs(s), want);
  });

  it("the expected level is flagged as the forecast for the month", () => {
    const rs = readSentence("Production beat the 970,200 mt SMM had expected by 29,300 mt.");
    expect(rs.map((r) => r.expectedLevel)).toEqual([true, false]);
    expect(rs[1]!.basis).toBe("expect");
  });

  it("a percent versus expectations has no measure", () => {
    expect(pairs("Output was 2% higher than expected.")).toEqual([]);
  });
});

describe("readSentence: capacity", () => {
  it.each<[string, Pair[]]>([
    ["By the end of February, existing capacity was approximately 45.81 million mt.", [["capacity", 45810000]]],
    ["Operating capacity stood at 43.84 million mt/year.", [["operating_capacity", 43840000]]],
    ["Operating capacity was 18.2 million mt/year.", [["operating_capacity", 18200000]]],
    [
      "Existing capacity stood at 5.3 million mt/year, and operating capacity at 4.1 million mt/year.",
      [
        ["capacity", 5300000],
        ["operating_capacity", 4100000],
      ],
    ],
  ])("%s", (s, want) => {
    expectPairs(pairs(s), want);
  });

  it.each([
    ["a % change of operating capacity", "Operating capacity increased by 0.3% MoM."],
    ["a change of capacity", "Existing capacity rose by 200,000 mt/year."],
    ["a survey's capacity", "The survey covers 120 enterprises with a combined capacity of 30 million mt."],
    ["a sample capacity", "The sample capacity was 1.2 million mt/year."],
  ])("no figure: %s", (_n, s) => {
    expect(pairs(s)).toEqual([]);
    expect(excluded(s).length).toBeGreaterThan(0);
  });
});

describe("readSentence: cumulative and forecasts", () => {
  it.each<[string, Pair[]]>([
    [
      "Cumulative output in January-February reached 2.1 million mt, up 3.4% YoY.",
      [
        ["ytd_output", 2100000],
        ["ytd_yoy", 0.034],
      ],
    ],
    [
      "Output in the first two months totalled 500,000 mt, a YoY increase of 6%.",
      [
        ["ytd_output", 500000],
        ["ytd_yoy", 0.06],
      ],
    ],
    [
      "Year-to-date output was 3.3 million mt, up 120,000 mt YoY.",
      [
        ["ytd_output", 3300000],
        ["ytd_yoy_chg", 120000],
      ],
    ],
    ["Output is expected to rise by around 3% MoM in March.", [["mom", 0.03]]],
  ])("%s", (s, want) => {
    expectPairs(pairs(s), want);
  });

  it("the forecast month is the month named", () => {
    const r = readSentence("Output is expected to rise by around 3% MoM in March.")[0]!;
    expect(r.month?.month).toBe(3);
    expect(r.month?.role).toBe("period");
  });

  it("cumulative figures are marked ytd with the range's end month", () => {
    const r = readSentence("Cumulative output in January-April reached 2.1 million mt.")[0]!;
    expect(r.ytd).toBe(true);
    expect(r.month?.month).toBe(4);
  });
});

describe("readSentence: numbers that are not production figures", () => {
  it.each([
    ["a price in yuan", "Spot prices averaged 23,500 yuan/mt, up 3% MoM."],
    ["a price change", "The average price rose 2.4% MoM to 151,000 yuan/mt."],
    ["a dollar price", "Prices rose to $2,350/mt."],
    ["a cost", "Costs fell 150 yuan/mt MoM."],
    ["processing fees", "Processing fees dropped to 1,800 yuan/mt."],
    ["inventories", "Social inventories rose 12,000 mt MoM."],
    ["inventory %", "Inventory at smelters fell 8% MoM."],
    ["stocks", "Ingot stocks fell to 90,000 mt."],
    ["a share 'accounted for'", "Liquid aluminum accounted for 74% of total output."],
    ["a share change", "The share of 8-series products rose 1.5 percentage points to 33%."],
    ["a share 'made up'", "High-nickel products made up a 40% share of output."],
    ["a daily figure", "Daily output reached 3,100 mt/day."],
    ["calendar days", "February had 28 days, three fewer than January."],
    ["imports", "Imports of copper concentrate rose 15% YoY."],
    ["exports", "Exports fell 9% MoM."],
    ["demand", "Demand rose 4% MoM."],
    ["sales", "Sales fell 9,000 mt MoM."],
    ["orders", "Orders increased 20% MoM."],
    ["consumption", "Consumption rose 3% YoY."],
    ["a subjectless percentage", "It was 5%."],
  ])("%s: %s", (_n, s) => {
    expect(pairs(s)).toEqual([]);
    expect(excluded(s).length).toBe(readSentence(s).length);
  });

  it.each<[string, Pair[], string[]]>([
    ["Output fell 6% MoM as February had only 28 days.", [["mom", -0.06]], ["28 days"]],
    ["Output fell 6% MoM due to fewer working days (28 days).", [["mom", -0.06]], ["28 days"]],
    ["February had 28 days, three fewer than January, so output fell 6% MoM.", [["mom", -0.06]], ["28 days"]],
    ["Ternary output grew 5% MoM, with 8-series products accounting for 30%.", [["mom", 0.05]], ["30%"]],
    ["Output of 5-series material rose 3% MoM.", [["mom", 0.03]], []],
  ])("keeps the production figure, drops the rest: %s", (s, want, dropped) => {
    expectPairs(pairs(s), want);
    expect(excluded(s)).toEqual(dropped);
  });

  it("gives a reason for every figure it leaves out", () => {
    for (const r of readSentence("Prices rose 3% to 23,500 yuan/mt while inventories fell 8,000 mt over 28 days.")) {
      expect(r.measure === null || r.excludedReason !== null).toBe(true);
      if (!r.measure) {
        expect(typeof r.excludedReason?.why).toBe("string");
        expect(["not-production", "weekly-daily", "no-measure"]).toContain(r.excludedReason?.reason);
      }
    }
  });

  // regressions: weekly and daily figures were once read as monthly output
  it("a weekly supply figure is not monthly output", () => {
    expect(pairs("Weekly supply fell to 38,000 mt.")).toEqual([]);
  });

  it("a weekly output figure is not monthly output", () => {
    expect(pairs("Weekly output averaged 12,000 mt.")).toEqual([]);
  });

  it("a daily output figure without '/day' is not monthly output", () => {
    expect(pairs("PV glass daily output was about 90,000 mt.")).toEqual([]);
  });
});

describe("readSentence: structure", () => {
  it("returns one reading per figure, with offsets into the sentence", () => {
    const s = "Output was 1.12 million mt, up 40,000 mt or 3.7% MoM.";
    const rs = readSentence(s);
    expect(rs).toHaveLength(3);
    for (const r of rs) expect(s.slice(r.figure.start, r.figure.end)).toBe(r.figure.raw);
  });

  it("returns nothing for a sentence without figures", () => {
    expect(readSentence("Output fell slightly as smelters held maintenance.")).toEqual([]);
    expect(readSentence("")).toEqual([]);
  });

  it("never yields NaN or infinite values", () => {
    const ss = [
      "Output rose 0% MoM.",
      "The change was -0.00%.",
      "Output was 0 mt.",
      "Output rose 99999999999999999999% MoM.",
      "Output was 1,000,000,000,000 mt.",
    ];
    for (const s of ss) for (const r of readSentence(s)) expect(Number.isFinite(r.value)).toBe(true);
  });
});

describe("readSentence: a comparison base leading a clause holds for its figures", () => {
  it.each<[string, Pair[]]>([
    ["YoY, output did not rise but fell 2.2%.", [["yoy", -0.022]]],
    ["Y/y it did not fall but rose 7.6%.", [["yoy", 0.076]]],
    [
      "Refined tin output was 14,680 mt, up 6.9% m-o-m, while YoY it fell 3.2%.",
      [
        ["output", 14680],
        ["mom", 0.069],
        ["yoy", -0.032],
      ],
    ],
    ["On a yearly basis, output was 46% higher.", [["yoy", 0.46]]],
    [
      "Output rose by 45,600 mt MoM, up 4.52%, and by 7.83% YoY.",
      [
        ["mom_chg", 45600],
        ["mom", 0.0452],
        ["yoy", 0.0783],
      ],
    ],
  ])("%s", (s, want) => expectPairs(pairs(s), want));
});
