/**
 * Template grids evaluated in a formula engine (HyperFormula) whose SMM.* functions are the core's
 * real implementations (callFunction), in both modes: "smm" (=SMM.* formulas, what the task pane
 * inserts) and "plain" (INDEX/MATCH over the Data sheet, what `smm workbook` writes). Every formula
 * must evaluate to the value the builder expects, and the numbers must be right.
 */
import { Dataset } from "../../src/core/dataset";
import {
  buildDataSheet,
  buildTemplate,
  buildWorkbookGrids,
  dataKey,
  dataRows,
  defaultMonths,
  gridBounds,
  isErrorValue,
  parseA1,
  type Grid,
} from "../../src/core/templates";
import type { Edition } from "../../src/core/types";
import { evaluate, loadBundled } from "./engine";

const ds = loadBundled();
const builtAt = "2025-11-26T10:00:00.000Z";

/** Row of a product (or product+month) in a forecast-vs-actual grid. */
function rowOf(g: Grid, product: string, month?: string): number {
  const first = parseA1(g.anchors.firstRow as string).row;
  const last = parseA1(g.anchors.lastRow as string).row;
  for (let r = first; r <= last; r++) {
    if (g.kind === "forecast-vs-actual" && g.cells[`A${r}`]?.value === product) return r;
    if (g.kind === "forecast-vs-actual-range" && g.cells[`B${r}`]?.value === product && g.cells[`A${r}`]?.value === month) return r;
  }
  throw new Error(`${product} ${month ?? ""} not in ${g.name}`);
}

describe("forecast vs actual, March 2025", () => {
  const smm = buildTemplate(ds, { kind: "forecast-vs-actual", month: "2025-03", builtAt }, "smm");
  const plainGrids = buildWorkbookGrids(ds, { month: "2025-03", builtAt });
  const plain = plainGrids[0] as Grid;
  const engine = evaluate(ds, [smm]);
  const plainEngine = evaluate(ds, plainGrids);

  test("every formula evaluates to the builder's expected value (=SMM.* formulas)", () => {
    expect(engine.mismatches(smm)).toEqual([]);
    expect(Object.values(smm.cells).filter((c) => c.formula?.includes("SMM.")).length).toBeGreaterThan(100);
  });

  test("the same with plain formulas over the Data sheet", () => {
    expect(plain.kind).toBe("forecast-vs-actual");
    for (const g of plainGrids) expect(plainEngine.mismatches(g)).toEqual([]);
    expect(Object.values(plain.cells).some((c) => c.formula?.includes("SMM."))).toBe(false);
    expect(plain.cells.D7?.formula).toMatch(/^=INDEX\(Data!\$G\$2:\$G\$\d+,MATCH\(\$A7&"\/2025-03\/forecast\/mom",Data!\$A\$2:\$A\$\d+,0\)\)$/);
  });

  test("copper cathode: forecast +3.97% (Feb edition), actual +6.04% (Mar edition), error +2.07 pp, direction hit", () => {
    for (const [g, e] of [
      [smm, engine],
      [plain, plainEngine],
    ] as const) {
      const r = rowOf(g, "copper-cathode");
      expect(g.cells[`D${r}`]?.formula).toContain(g.mode === "smm" ? 'SMM.FORECAST($A7,"2025-03","mom")' : "/2025-03/forecast/mom");
      expect(e.value(g.name, `D${r}`)).toBeCloseTo(0.0397, 10);
      expect(e.value(g.name, `E${r}`)).toBeCloseTo(0.0604, 10);
      expect(e.value(g.name, `F${r}`)).toBeCloseTo(0.0207, 10);
      expect(e.value(g.name, `G${r}`)).toBeCloseTo(0.0207, 10);
      expect(e.value(g.name, `H${r}`)).toBe("up");
      expect(e.value(g.name, `I${r}`)).toBe("up");
      expect(e.value(g.name, `J${r}`)).toBe("hit");
      // output: implied levels (change / % + change), error in tonnes
      expect(e.value(g.name, `K${r}`)).toBeCloseTo(1099934.5088, 3);
      expect(e.value(g.name, `L${r}`)).toBeCloseTo(1121847.0199, 3);
      expect(e.value(g.name, `M${r}`)).toBeCloseTo(21912.511, 2);
      expect(e.value(g.name, `O${r}`)).toBe("");
    }
    // =SMM.SURPRISE gives the error without float noise
    expect(engine.value(smm.name, `F${rowOf(smm, "copper-cathode")}`)).toBe(0.0207);
  });

  test("summary: hit rate, mean absolute error, bias, biggest misses", () => {
    for (const [g, e] of [
      [smm, engine],
      [plain, plainEngine],
    ] as const) {
      const v = (a: string): unknown => e.value(g.name, g.anchors[a] as string);
      expect(v("pairs")).toBe(8); // products with MoM forecast and actual
      // products with a direction on both sides (SMM.TREND); aluminium's March outlook names only
      // operating capacity, which is not a direction of output
      expect(v("judged")).toBe(12);
      expect(v("hits")).toBe(11);
      expect(v("hitRate")).toBeCloseTo(11 / 12, 9);
      // MoM errors (pp): copper +2.07, primary lead -7.03, Li2CO3 -2, LiOH 0, precursor +6.75, cathode +7.99, FePO4 -6, LCO +6
      expect(v("mae")).toBeCloseTo((2.07 + 7.03 + 2 + 0 + 6.75 + 7.99 + 6 + 6) / 8 / 100, 9);
      expect(v("bias")).toBeCloseTo((2.07 - 7.03 - 2 + 0 + 6.75 + 7.99 - 6 + 6) / 8 / 100, 9);
      expect(v("outPairs")).toBe(1);
      expect(v("miss1")).toBe("1. Ternary Cathode Material");
      expect(v("missErr1")).toBeCloseTo(0.0799, 10);
      expect(v("miss2")).toBe("2. Primary Lead");
      expect(v("missErr2")).toBeCloseTo(-0.0703, 10);
      expect(v("miss3")).toBe("3. Ternary Cathode Precursor");
    }
  });

  test("a miss is a row where the directions disagree; misses are highlighted", () => {
    const r = rowOf(smm, "alumina");
    expect(engine.value(smm.name, `H${r}`)).toBe("down significantly");
    expect(engine.value(smm.name, `I${r}`)).toBe("up");
    expect(engine.value(smm.name, `J${r}`)).toBe("miss");
    const last = parseA1(smm.anchors.lastRow as string).row;
    expect(smm.conditionalFormats).toContainEqual({ range: `A7:O${last}`, formula: '=$J7="miss"', style: { fill: "#FCE4E4", color: "#9C0006" } });
  });

  test("a product missing a side says why instead of showing a blank", () => {
    const why = (p: string): unknown => engine.value(smm.name, `O${rowOf(smm, p)}`);
    expect(why("refined-zinc")).toBe("No MoM actual: not stated in the loaded editions.");
    // aluminium's February outlook gives operating capacity only, no direction of output
    expect(why("aluminum")).toBe("No MoM forecast: none for 2025-03 in the loaded editions (SMM would state it in the 2025-02 edition).");
    expect(why("secondary-lead")).toBe("No MoM forecast: the report gives only a direction (up).");
    expect(why("stainless-steel")).toBe(
      "No MoM forecast: the report gives only a direction (up); MoM stated only for parts (200-series, 300-series, 400-series). No MoM actual: not stated in the loaded editions.",
    );
    // every row either has both MoM figures or a non-empty note
    const first = parseA1(smm.anchors.firstRow as string).row;
    const last = parseA1(smm.anchors.lastRow as string).row;
    for (let r = first; r <= last; r++) {
      const both = typeof engine.value(smm.name, `D${r}`) === "number" && typeof engine.value(smm.name, `E${r}`) === "number";
      if (!both) expect(String(engine.value(smm.name, `O${r}`))).toMatch(/^No MoM (forecast|actual)/);
    }
    // a missing figure is #N/A (a gap in the chart), never 0
    expect(isErrorValue(engine.value(smm.name, `E${rowOf(smm, "refined-zinc")}`))).toBe(true);
  });

  test("title, editions, built date, frozen header, number formats, chart", () => {
    expect(smm.cells.A1?.value).toBe("SMM forecast vs actual — March 2025");
    expect(smm.cells.A2?.value).toBe("Forecasts for 2025-03 from the February 2025 edition (2025-02); actuals from the March 2025 edition (2025-03).");
    expect(String(smm.cells.A3?.value)).toContain("Built 2025-11-26 10:00 UTC");
    expect(smm.editions).toEqual(["2025-02", "2025-03"]);
    expect(smm.freeze).toEqual({ rows: 6, cols: 2 });
    expect(smm.cells.D7?.numFmt).toBe("+0.00%;-0.00%;0.00%");
    expect(smm.cells.K7?.numFmt).toBe("#,##0");
    expect(smm.charts).toHaveLength(1);
    expect(smm.charts[0]).toMatchObject({ kind: "column", categories: "B7:B14", series: [{ values: "D7:D14" }, { values: "E7:E14" }] });
    // the chart covers exactly the rows with both MoM figures
    for (let r = 7; r <= 14; r++) expect(typeof engine.value(smm.name, `F${r}`)).toBe("number");
    expect(engine.value(smm.name, "F15")).toBe("");
  });
});

describe("formulas recompute after Refresh", () => {
  test("a newly loaded edition fills a missing actual and moves the summary", () => {
    const local = loadBundled();
    const g = buildTemplate(local, { kind: "forecast-vs-actual", month: "2025-03", builtAt }, "smm");
    const e = evaluate(local, [g]);
    const r = rowOf(g, "refined-zinc");
    expect(isErrorValue(e.value(g.name, `E${r}`))).toBe(true);
    expect(e.value(g.name, g.anchors.pairs as string)).toBe(8);
    // A revision of the March 2025 edition now states refined zinc: +10.5% MoM.
    const march = local.getEdition("2025-03") as Edition;
    const zinc = {
      ...(march.observations[0] as Edition["observations"][number]),
      product: "refined-zinc",
      segment: "",
      period: "2025-03",
      basis: "actual" as const,
      measure: "mom" as const,
      value: 0.105,
      unit: "%" as const,
      hedge: "exact" as const,
    };
    local.addEdition({ ...march, observations: [...march.observations, zinc] }, "imported");
    e.hf.rebuildAndRecalculate();
    expect(e.value(g.name, `E${r}`)).toBeCloseTo(0.105, 10);
    expect(e.value(g.name, `F${r}`)).toBeCloseTo(0.105 - 0.13, 10);
    expect(e.value(g.name, `J${r}`)).toBe("hit");
    expect(e.value(g.name, `O${r}`)).toBe("forecast is a lower bound (over)");
    expect(e.value(g.name, g.anchors.pairs as string)).toBe(9);
  });
});

describe("forecast vs actual over a range of months", () => {
  const smm = buildTemplate(ds, { kind: "forecast-vs-actual", from: "2024-01", to: "2025-12", builtAt }, "smm");
  const plainGrids = buildWorkbookGrids(ds, { month: "2025-03", from: "2024-01", to: "2025-12", builtAt });
  const plain = plainGrids.find((g) => g.kind === "forecast-vs-actual-range") as Grid;
  const e = evaluate(ds, [smm]);
  const pe = evaluate(ds, plainGrids);

  test("every formula evaluates as expected in both modes", () => {
    expect(e.mismatches(smm)).toEqual([]);
    expect(pe.mismatches(plain)).toEqual([]);
  });

  test("one row per product and month with a forecast; copper 2025-03 among them", () => {
    const r = rowOf(smm, "copper-cathode", "2025-03");
    expect(e.value(smm.name, `D${r}`)).toBeCloseTo(0.0397, 10);
    expect(e.value(smm.name, `E${r}`)).toBeCloseTo(0.0604, 10);
    expect(e.value(smm.name, `J${r}`)).toBe("hit");
    // copper 2024-01: the forecast is an output level (restated in the January 2024 edition)
    const r2 = rowOf(smm, "copper-cathode", "2024-01");
    expect(e.value(smm.name, `K${r2}`)).toBe(953600);
    expect(e.value(smm.name, `L${r2}`)).toBe(969800);
    expect(e.value(smm.name, `M${r2}`)).toBe(16200);
  });

  test("per product: hit rate and bias over time; per month", () => {
    const at = (anchor: string, offset: number): unknown => {
      const { row, col } = parseA1(smm.anchors[anchor] as string);
      return e.value(smm.name, `${String.fromCharCode(64 + col + offset)}${row}`);
    };
    // copper: directions judged in 2025-03 (up vs up: hit) and 2025-04 (SMM expected down, output rose 0.32%: miss);
    // the 2024 forecasts are output levels only. MoM error only for 2025-03: +2.07 pp.
    expect(at("product:copper-cathode", 2)).toBe(2);
    expect(at("product:copper-cathode", 3)).toBe(1);
    expect(at("product:copper-cathode", 4)).toBe(0.5);
    expect(at("product:copper-cathode", 5)).toBeCloseTo(0.0207, 9);
    expect(e.value(smm.name, `J${rowOf(smm, "copper-cathode", "2025-04")}`)).toBe("miss");
    // output bias over the 2024 months and 2025-03: mean of actual - forecast (mt)
    const outErrs = [
      969800 - 953600,
      950300 - 959400,
      999500 - 970200,
      1008600 - 977100,
      1005000 - 985000,
      1028200 - 1016600,
      1013500 - 1003400,
      1121847.0198675497 - 1099934.508816121,
    ];
    expect(at("product:copper-cathode", 7)).toBeCloseTo(outErrs.reduce((s, x) => s + x, 0) / outErrs.length, 4);
    // lithium carbonate: Feb 2025 forecast -5% vs actual +2% (miss), Mar 2025 +25% vs +23% (hit)
    expect(at("product:lithium-carbonate", 2)).toBe(2);
    expect(at("product:lithium-carbonate", 4)).toBe(0.5);
    expect(at("product:lithium-carbonate", 5)).toBeCloseTo((0.07 - 0.02) / 2, 10);
    // by month: March 2025 as in the one-month sheet
    expect(at("month:2025-03", 2)).toBe(12);
    expect(at("month:2025-03", 3)).toBe(11);
    expect(at("month:2025-04", 2)).toBe(1);
    expect(at("month:2025-04", 3)).toBe(0);
    expect(smm.charts[0]?.title).toContain("by month");
  });
});

describe("monthly dashboard, March 2025", () => {
  const g = buildTemplate(ds, { kind: "dashboard", month: "2025-03", builtAt }, "smm");
  const plainGrids = buildWorkbookGrids(ds, { month: "2025-03", builtAt });
  const plain = plainGrids.find((x) => x.kind === "dashboard") as Grid;
  const e = evaluate(ds, [g]);
  const pe = evaluate(ds, plainGrids);

  test("every formula evaluates as expected in both modes", () => {
    expect(e.mismatches(g)).toEqual([]);
    expect(pe.mismatches(plain)).toEqual([]);
  });

  test("every product, grouped as the report groups them, with arrows from SMM.TREND", () => {
    const groups = Object.keys(g.anchors).filter((k) => k.startsWith("group:"));
    expect(groups.slice(0, 4)).toEqual(["group:Base metals", "group:Nickel & stainless", "group:Manganese & chrome", "group:New energy"]);
    expect(groups).toEqual(expect.arrayContaining(["group:PV & silicon", "group:Minor metals", "group:Rare earths"]));
    expect(Object.keys(g.anchors).filter((k) => k.startsWith("product:"))).toHaveLength(ds.catalog.all().length);
    const row = parseA1(g.anchors["product:copper-cathode"] as string).row;
    expect(g.cells[`D${row}`]?.formula).toBe("=IFERROR(SMM.TREND($A" + row + ',"2025-03"),"")');
    expect(e.value(g.name, `C${row}`)).toBe("▲");
    expect(e.value(g.name, `D${row}`)).toBe("up");
    expect(e.value(g.name, `E${row}`)).toBeCloseTo(0.0604, 10);
    expect(e.value(g.name, `F${row}`)).toBeCloseTo(0.1227, 10);
    expect(e.value(g.name, `K${row}`)).toBe("down"); // SMM expects copper output to fall in April
    expect(e.value(g.name, `J${row}`)).toBe("▼");
    const nickel = parseA1(g.anchors["product:refined-nickel"] as string).row;
    expect(e.value(g.name, `E${nickel}`)).toBe("–"); // not stated in the March edition
    expect(g.freeze).toEqual({ rows: 5, cols: 2 });
    expect(g.cells[`E${row}`]?.numFmt).toBe("+0.00%;-0.00%;0.00%");
    expect(g.conditionalFormats).toContainEqual({
      range: `E6:F${parseA1(g.anchors.lastRow as string).row}`,
      formula: "=AND(ISNUMBER(E6),E6>0)",
      style: { color: "#006100" },
    });
  });

  test("the February 2025 dashboard (the full report): next-month forecasts and trends", () => {
    const feb = buildTemplate(ds, { kind: "dashboard", month: "2025-02", builtAt }, "smm");
    const fe = evaluate(ds, [feb]);
    expect(fe.mismatches(feb)).toEqual([]);
    const nickel = parseA1(feb.anchors["product:refined-nickel"] as string).row;
    expect(fe.value(feb.name, `E${nickel}`)).toBeCloseTo(-0.0569, 10);
    expect(fe.value(feb.name, `I${nickel}`)).toBeCloseTo(0.1356, 10);
    const copper = parseA1(feb.anchors["product:copper-cathode"] as string).row;
    expect(fe.value(feb.name, `I${copper}`)).toBeCloseTo(0.0397, 10);
  });
});

describe("product history", () => {
  const g = buildTemplate(ds, { kind: "product-history", product: "copper", from: "2024-01", to: "2025-12", builtAt }, "smm");
  const e = evaluate(ds, [g]);

  test("every formula (SMM.SERIES spills included) evaluates as expected", () => {
    expect(e.mismatches(g)).toEqual([]);
    const plainGrids = buildWorkbookGrids(ds, { month: "2025-03", product: "copper-cathode", builtAt });
    const pe = evaluate(ds, plainGrids);
    for (const x of plainGrids) expect(pe.mismatches(x)).toEqual([]);
  });

  test("months down, measures across, a chart; the raw series as SMM.SERIES returns it", () => {
    expect(g.name).toBe("History copper-cathode");
    expect(g.cells.A6?.value).toBe("2024-01");
    expect(g.cells.A29?.value).toBe("2025-12");
    const out = g.anchors["col:output"] as string;
    expect(e.value(g.name, `${out}6`)).toBe(969800);
    const mom = g.anchors["col:mom"] as string;
    expect(e.value(g.name, `${mom}20`)).toBeCloseTo(0.0604, 10); // 2025-03
    expect(isErrorValue(e.value(g.name, `${mom}9`))).toBe(true); // 2024-04: no edition
    const series = g.anchors["series:mom"] as string;
    expect(g.cells[series]?.formula).toBe('=SMM.SERIES("copper-cathode","mom","2024-01","2025-12")');
    expect(g.cells[series]?.spill?.rows).toBe(22);
    expect(e.value(g.name, series)).toBe("2024-01");
    expect(g.charts.map((c) => c.kind)).toEqual(["line", "column"]);
    // the output line is drawn from the SMM.SERIES block (22 months with a figure: no gaps)
    const so = parseA1(g.anchors["series:output"] as string);
    expect(g.charts[0]?.series[0]?.values).toBe(`${String.fromCharCode(64 + so.col + 1)}6:${String.fromCharCode(64 + so.col + 1)}27`);
    expect(g.charts[1]?.series.map((s) => s.values)).toEqual([`${mom}6:${mom}29`, `${g.anchors["col:forecast"]}6:${g.anchors["col:forecast"]}29`]);
  });

  test("unknown products and bad months are refused", () => {
    expect(() => buildTemplate(ds, { kind: "product-history", product: "unobtainium" })).toThrow(/unknown product/);
    expect(() => buildTemplate(ds, { kind: "forecast-vs-actual", month: "March" })).toThrow(/YYYY-MM/);
    expect(() => buildTemplate(ds, { kind: "forecast-vs-actual", from: "2025-05", to: "2025-01" })).toThrow(/after/);
  });
});

describe("the Data sheet", () => {
  test("one row per figure SMM.VALUE answers, plus directions; unique keys", () => {
    const rows = dataRows(ds);
    const keys = new Set(rows.map((r) => r.key));
    expect(keys.size).toBe(rows.length);
    const find = (k: string): unknown => rows.find((r) => r.key === k)?.value;
    expect(find(dataKey("copper-cathode", "2025-03", "forecast", "mom"))).toBe(0.0397);
    expect(find(dataKey("copper-cathode", "2025-03", "actual", "mom"))).toBe(0.0604);
    expect(find(dataKey("copper-cathode", "2025-03", "actual", "trend"))).toBe("up");
    expect(find(dataKey("stainless-steel:300-series", "2025-03", "forecast", "mom"))).toBe(0.144);
    const sheet = buildDataSheet(ds, { builtAt });
    expect(sheet.cells.A1?.value).toBe("key");
    expect(gridBounds(sheet).rows).toBe(rows.length + 1);
    expect(sheet.freeze).toEqual({ rows: 1, cols: 1 });
  });

  test("an empty dataset still gives valid sheets", () => {
    const empty = new Dataset();
    expect(defaultMonths(empty)).toEqual({ forecastMonth: null, dashboardMonth: null, from: null, to: null });
    const g = buildTemplate(empty, { kind: "forecast-vs-actual", month: "2025-03", builtAt }, "smm");
    const e = evaluate(empty, [g]);
    expect(e.mismatches(g)).toEqual([]);
    expect(e.value(g.name, g.anchors.hitRate as string)).toBe("n/a");
  });
});
