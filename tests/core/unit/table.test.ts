/** Tables written as text: the header gives each column's measure and month; the first cell the product. */
import { Dataset } from "../../../src/core/dataset";
import { evaluateFormula } from "../../../src/core/formula";
import { parseReport } from "../../../src/core/report/parse";
import {
  bracketedFigure,
  csvCells,
  dumpRecords,
  emptyCell,
  fieldHeading,
  keyValueRecord,
  measureOfHeading,
  mergedHeaderCells,
  notProductionLabel,
  periodOfCell,
  readHeader,
  readHeaderContinuation,
  readTransposedHeader,
  readUnitsRow,
  rowLabel,
  smmLegend,
  subHeaderCells,
  tableCells,
  transposedRows,
  underHeadings,
  type TableHeader,
} from "../../../src/core/report/table";

const ask = (text: string, f: string, edition = "2025-03"): number | string => {
  const ds = new Dataset();
  const r = parseReport(text, { edition });
  if (r.edition) ds.addEdition(r.edition);
  const a = evaluateFormula(ds, f);
  return a.ok ? (a.value as number) : `${a.error} ${a.message}`;
};

/** A block pasted from a sheet: a title line, then one tab-separated line per row. */
const sheet = (title: string, rows: string[][]): string => [title, ...rows.map((r) => r.join("\t"))].join("\n");

describe("table cells and headers", () => {
  it("splits a line on pipes, with offsets, and ignores lines of fewer than 3 cells", () => {
    expect(tableCells("Copper cathode | 1,125,600 mt | +3.6%")?.map((c) => c.text)).toEqual(["Copper cathode", "1,125,600 mt", "+3.6%"]);
    expect(tableCells("| a | b | c |")?.map((c) => c.text)).toEqual(["a", "b", "c"]);
    expect(tableCells("Overview of China Metal Production | March 2025")).toBeNull();
  });
  it("reads the measure of a column heading", () => {
    expect(measureOfHeading("MoM")).toBe("mom");
    expect(measureOfHeading("y/y")).toBe("yoy");
    expect(measureOfHeading("MoM change (mt)")).toBe("mom_chg");
    expect(measureOfHeading("Operating rate")).toBe("operating_rate");
    expect(measureOfHeading("April output")).toBe("output");
    expect(measureOfHeading("Jan-Mar output")).toBe("ytd_output");
    expect(measureOfHeading("Comment")).toBeNull();
  });
  it("a header has no figures and names at least one measure; its month is the table's", () => {
    const h = readHeader(tableCells("Product | April output | MoM") ?? []);
    expect(h?.month).toBe(4);
    expect(h?.columns.map((c) => c.measure)).toEqual([null, "output", "mom"]);
    expect(readHeader(tableCells("Aluminium | n/a | n/a (capacity seen at 44.01 million mt/year)") ?? [])).toBeNull();
  });
  it("a news page's header: a month's preliminary, final and estimated columns, and a YoY after a year to date", () => {
    const h = readHeader(tableCells("\tSep. (Preliminary Data)\tYoY\tJan.-Sep.\tYoY\tAug. (Final Data)\tOct. (E)") ?? []);
    expect(h?.month).toBe(9);
    expect(h?.columns.map((c) => c.measure)).toEqual([null, "output", "yoy", "ytd_output", "ytd_yoy", "output", "output"]);
    expect(h?.columns.map((c) => [c.month, c.forecast ?? false, c.revised ?? false])).toEqual([
      [null, false, false],
      [9, false, false],
      [null, false, false],
      [null, false, false],
      [null, false, false],
      [8, false, true],
      [10, true, false],
    ]);
  });
  it("empty cells hold no figure", () => {
    for (const t of ["n/a", "N/A", "-", "—", "n/a (see text)", ""]) expect(emptyCell(t)).toBe(true);
    for (const t of ["-1.6%", "1,107,600 mt", "about 300,000 mt"]) expect(emptyCell(t)).toBe(false);
  });
});

describe("tables in a report", () => {
  const text = [
    "Overview | March 2025",
    "Product | March output | MoM | YoY",
    "Copper cathode | 1,125,600 mt | +3.6% | +10.2%",
    "Refined zinc | 558,400 mt | n/a | -2.3%",
    "",
    "Outlook",
    "Product | April output | MoM",
    "Copper cathode | 1,107,600 mt | -1.6%",
    "Silicon metal | about 300,000 mt | n/a",
  ].join("\n");
  it("reads each cell by its column, in the month the header names", () => {
    expect(ask(text, '=SMM.VALUE("copper-cathode","2025-03","output")')).toBe(1125600);
    expect(ask(text, '=SMM.MOM("copper-cathode","2025-03")')).toBe(0.036);
    expect(ask(text, '=SMM.YOY("refined-zinc","2025-03")')).toBe(-0.023);
    expect(ask(text, '=SMM.MOM("refined-zinc","2025-03")')).toMatch(/^#N\/A/);
    expect(ask(text, '=SMM.FORECAST("copper-cathode","2025-04","output")')).toBe(1107600);
    expect(ask(text, '=SMM.FORECAST("copper-cathode","2025-04","mom")')).toBe(-0.016);
    expect(ask(text, '=SMM.FORECAST("silicon-metal","2025-04","output")')).toBe(300000);
  });
  it("records the table rule as the evidence", () => {
    const r = parseReport(text, { edition: "2025-03" });
    expect(r.edition?.observations.find((o) => o.product === "copper-cathode" && o.measure === "output")?.evidence?.rule).toBe("table-row");
  });
});

describe("'10,000 mt' (万吨) and label lines", () => {
  it("reads '30.45 10,000 mt' as 304,500 mt", () => {
    expect(
      ask(
        "Lithium Hydroxide\nFor the full year 2024, lithium hydroxide output reached 30.45 10,000 mt, up 18% YoY.",
        '=SMM.VALUE("lithium-hydroxide","2024-12","ytd_output")',
        "2024-12",
      ),
    ).toBe(304500);
  });
  it("a label names the level its figure is ('- Output: 24,600 mt, +4.2% MoM')", () => {
    const t = "Refined Zinc\n- Output: 528,600 mt, +0.6% MoM\n- Zinc alloy: 92,300 mt, +2,100 mt MoM";
    expect(ask(t, '=SMM.VALUE("refined-zinc","2025-03","output")')).toBe(528600);
    expect(ask(t, '=SMM.VALUE("refined-zinc:zinc-alloy","2025-03","mom_chg")')).toBe(2100);
    expect(ask(t, '=SMM.VALUE("refined-zinc","2025-03","mom_chg")')).toMatch(/^#N\/A/);
  });
});

describe("tables aligned with spaces", () => {
  it("splits a line on runs of two or more spaces or tabs, and not prose", () => {
    expect(tableCells("SiMn alloy     812,400    +3.9%    46.1%")?.map((c) => c.text)).toEqual(["SiMn alloy", "812,400", "+3.9%", "46.1%"]);
    expect(tableCells("EMM\t118,600\t-6.4%")?.map((c) => c.text)).toEqual(["EMM", "118,600", "-6.4%"]);
    expect(tableCells("Output rose 3.9% in August.  Prices fell.  Stocks rose.")).toBeNull();
    expect(tableCells("Copper output rose 3.9% MoM in August")).toBeNull();
  });
  it("reads a header with two-digit-year months and abbreviated measures", () => {
    const h = readHeader(tableCells("Product     Aug-22 output (mt)   MoM   Op. rate   Sep-22 forecast (mt)") ?? []);
    expect(h?.columns.map((c) => [c.measure, c.month, c.year])).toEqual([
      [null, null, null],
      ["output", 8, 2022],
      ["mom", null, null],
      ["operating_rate", null, null],
      ["output", 9, 2022],
    ]);
  });
});

describe("columns and rows of other sources", () => {
  it("reads no column of someone else's numbers", () => {
    const h = readHeader(tableCells("| Product | SMM output (mt) | SMM MoM | Desk est. MoM | Consensus YoY |") ?? []);
    expect(h?.columns.map((c) => c.measure)).toEqual([null, "output", "mom", null, null]);
  });
  it("reads a two-cell Markdown row framed by pipes, and no unframed two-cell line", () => {
    expect(tableCells("| NdFeB | +3.0% |")?.map((c) => c.text)).toEqual(["NdFeB", "+3.0%"]);
    expect(tableCells("copper | up 3%")).toBeNull();
  });
});

describe("tables pasted from a sheet (our own fixtures)", () => {
  const tab = sheet("Lead and tin: March 2025 (units: mt; MoM % and YoY % in percent)", [
    ["Source", "Product", "Mar-2025", "MoM %", "YoY %", "Jan-Mar 2025", "Apr-2025F"],
    ["SMM", "Primary lead", "310,500", "2.4", "-1.1", "905,000", "305,000"],
    ["Mysteel", "Primary lead", "300,000", "1.0", "", "880,000", ""],
    ["SMM", "Refined tin", "15,200", "", "", "", "14,800"],
    ["Desk", "Refined tin", "15,900", "", "", "", "15,000"],
  ]);
  it("reads SMM's rows by their columns: a month heading is output, F a forecast, Jan-Mar a year to date, units from the line above", () => {
    expect(ask(tab, '=SMM.VALUE("primary-lead","2025-03","output")')).toBe(310500);
    expect(ask(tab, '=SMM.MOM("primary-lead","2025-03")')).toBeCloseTo(0.024, 10);
    expect(ask(tab, '=SMM.VALUE("primary-lead","2025-03","ytd_output")')).toBe(905000);
    expect(ask(tab, '=SMM.FORECAST("primary-lead","2025-04","output")')).toBe(305000);
  });
  it("keeps an empty cell in its column (a tab per cell)", () => {
    expect(ask(tab, '=SMM.FORECAST("refined-tin","2025-04","output")')).toBe(14800);
    expect(ask(tab, '=SMM.VALUE("refined-tin","2025-03","ytd_output")')).toMatch(/^#N\/A/);
  });
  it("does not read another source's rows or columns", () => {
    expect(ask(tab, '=SMM.VALUE("refined-tin","2025-03","output")')).toBe(15200);
    const cols =
      "Nickel monitor | March 2025 | units: mt\nProduct | Basis | SMM Mar-25 | SMM MoM (%) | MYS Mar-25 | EST Apr-25F\nNPI | Ni content | 31,000 | -2.0 | 33,000 | 30,000\nNPI | physical | 290,000 | -3.0 | 300,000 |";
    expect(ask(cols, '=SMM.VALUE("npi","2025-03","output")')).toBe(31000);
    expect(ask(cols, '=SMM.FORECAST("npi","2025-04","output")')).toMatch(/^#N\/A/);
    expect(ask(cols, '=SMM.VALUE("npi:physical-content","2025-03","output")')).toBe(290000);
  });
  it("takes a row label's own unit before the one declared above the table", () => {
    const t = "Units: 10,000 mt unless marked\nProduct | Output | MoM\nCopper cathode | 113.84 | -0.18%\nSolar cell (GW) | 58.3 | -11.7%";
    expect(ask(t, '=SMM.VALUE("copper-cathode","2025-03","output")')).toBeCloseTo(1138400, 6);
    expect(ask(t, '=SMM.VALUE("solar-cell","2025-03","output")')).toBe(58.3);
  });
});

describe("labels and notes in analysts' pastes", () => {
  it("a label that names the data ('all SMM figures:') is no part of the products under it", () => {
    const t = "SMM's March 2025 data is out. Quick summary, all SMM figures:\n• Lithium carbonate: 95,000 mt, up 2.6% MoM.\n• LFP: 330,000 mt, up 5.8% MoM.";
    expect(ask(t, '=SMM.VALUE("lithium-carbonate","2025-03","output")')).toBe(95000);
    expect(ask(t, '=SMM.MOM("lfp","2025-03")')).toBeCloseTo(0.058, 10);
  });
  it("a 'Notes' heading over bullets is read as text, not dropped as a footer", () => {
    const t = "Nickel sheet, March 2025\n\nNotes\n- SMM commentary: China's stainless steel output fell 3.1% MoM in March 2025 as mills cut runs.";
    expect(ask(t, '=SMM.MOM("stainless-steel","2025-03")')).toBeCloseTo(-0.031, 10);
  });
});

describe("long tables (one figure a row) and more units (our own fixtures)", () => {
  const long = sheet("Battery chain, March 2025 (copied from a sheet)", [
    ["Product", "Period", "Measure", "Value", "Unit", "Source", "Comment"],
    ["Cobalt sulphate", "Mar-2025", "Output", "6,100", "mt", "SMM", ""],
    ["Cobalt sulphate", "Mar-2025", "MoM", "-7.5", "%", "SMM", "a long remark about thin cell orders that runs on for a while, as comments do"],
    ["Cobalt sulphate", "Mar-2025", "YoY", "-18.0", "%", "Mysteel", "not SMM"],
    ["Cobalt sulphate", "Apr-2025", "MoM (forecast)", "-3.0", "%", "SMM", ""],
    ["Nickel sulphate", "Mar-2025", "Output (metal content)", "25,000", "mt Ni", "SMM", ""],
    ["Nickel sulphate", "Mar-2025", "Output (physical)", "113,000", "mt", "SMM", ""],
  ]);
  it("reads each SMM row's measure, month and unit from its own cells", () => {
    expect(ask(long, '=SMM.VALUE("cobalt-sulphate","2025-03","output")')).toBe(6100);
    expect(ask(long, '=SMM.MOM("cobalt-sulphate","2025-03")')).toBeCloseTo(-0.075, 10);
    expect(ask(long, '=SMM.MOM("cobalt-sulphate","2025-04","forecast")')).toBeCloseTo(-0.03, 10);
    expect(ask(long, '=SMM.YOY("cobalt-sulphate","2025-03")')).toMatch(/^#N\/A/);
  });
  it("files a physical-content row of a metal-content product as its physical content", () => {
    expect(ask(long, '=SMM.VALUE("nickel-sulphate","2025-03","output")')).toBe(25000);
    expect(ask(long, '=SMM.VALUE("nickel-sulphate:physical-content","2025-03","output")')).toBe(113000);
  });
  it("a 'Total' row is the whole product", () => {
    const t = "Stainless Steel\nSeries | Output (10,000 mt) | MoM\n300-series | 180.2 | -2.0%\nTotal | 347.3 | -1.9%";
    expect(ask(t, '=SMM.VALUE("stainless-steel","2025-03","output")')).toBeCloseTo(3473000, 6);
    expect(ask(t, '=SMM.MOM("stainless-steel","2025-03")')).toBeCloseTo(-0.019, 10);
  });
  it("reads '361.25 (10,000 mt)' and the ideographic full stop of a translated summary", () => {
    const t = "Electrolytic Aluminium\nChina's electrolytic aluminium output in March 2025 was 361.25 (10,000 mt)，up 2.91％ YoY。Output fell 3.08％ MoM。";
    expect(ask(t, '=SMM.VALUE("aluminum","2025-03","output")')).toBeCloseTo(3612500, 6);
    expect(ask(t, '=SMM.MOM("aluminum","2025-03")')).toBeCloseTo(-0.0308, 10);
  });
});

describe("breakdowns under a 'By ...:' label (our own fixture)", () => {
  const t =
    "Lithium Carbonate\nChina's lithium carbonate production in May 2025 was 70,000 mt, up 4.0% MoM.\n\nBy feedstock:\n- Spodumene: 40,000 mt, up 8.0% MoM; spodumene smelters ran at an operating rate of 61.8%.\n- Lepidolite: 11,000 mt, down 3.5% MoM.\n- Material reclaimed at cell plants rose 5% MoM.";
  it("each bullet is its own part; the line before does not lend it its operating rate", () => {
    expect(ask(t, '=SMM.VALUE("lithium-carbonate:lepidolite","2025-05","output")', "2025-05")).toBe(11000);
    expect(ask(t, '=SMM.MOM("lithium-carbonate:lepidolite","2025-05")', "2025-05")).toBeCloseTo(-0.035, 10);
    expect(ask(t, '=SMM.VALUE("lithium-carbonate:spodumene","2025-05","output")', "2025-05")).toBe(40000);
  });
  it("a bullet whose part is not named is not the whole product's", () => {
    expect(ask(t, '=SMM.MOM("lithium-carbonate","2025-05")', "2025-05")).toBeCloseTo(0.04, 10);
  });
});

describe("units rows, Period columns and forecast columns (our own sheets)", () => {
  // a range copied from a workbook: a header, a units row, a Source and a Month column
  const book = sheet("Nickel and alumina tracker, tab 'Mar-25' (copied 04/04/2025)", [
    ["Product", "Source", "Month", "Output", "MoM", "YoY", "Operating rate", "Op. rate chg", "Next-month fcst MoM"],
    ["", "unit", "month", "kt", "%", "%", "%", "pp", "%"],
    ["Refined nickel", "SMM", "Mar-2025", "31.40", "2.15", "-6.30", "61.20", "1.75", "-1.40"],
    ["Refined nickel", "Mysteel", "Mar-2025", "33.00", "4.00", "-5.00", "64.00", "2.50", "1.00"],
    ["Refined nickel", "Desk est.", "Apr-2025", "30.10", "-4.10", "", "", "", ""],
    ["Alumina", "SMM", "2025-03", "7,412.0", "-0.85", "3.20", "n/a", "..", "–"],
    ["Alumina", "Consensus", "2025-03", "7,500.0", "", "", "82.00", "0.50", ""],
    ["Silicon metal", "SMM", "Apr 2025", "338.0", "4.60", "", "", "", ""],
    ["Silicon metal", "SMM", "Feb-2025", "323.1", "-7.70", "", "", "", "5.20"],
    ["Silicon metal", "SMM", "Q1 2025", "990.0", "", "", "", "", ""],
  ]);
  it("a units row under the header gives each column its unit and is no data row", () => {
    const h = readHeader(tableCells(book.split("\n")[1] ?? "") ?? []);
    const u = h && readUnitsRow(h, tableCells(book.split("\n")[2] ?? "") ?? []);
    expect(u?.columns.map((c) => c.unit)).toEqual([null, null, null, "kt", "%", "%", "%", "pp", "%"]);
    expect(h && readUnitsRow(h, tableCells("Refined nickel\tSMM\tMar-2025\t31.40\t2.15") ?? [])).toBeNull();
    expect(ask(book, '=SMM.VALUE("refined-nickel","2025-03","output")')).toBeCloseTo(31400, 6);
    expect(ask(book, '=SMM.MOM("refined-nickel","2025-03")')).toBeCloseTo(0.0215, 10);
    expect(ask(book, '=SMM.YOY("refined-nickel","2025-03")')).toBeCloseTo(-0.063, 10);
    expect(ask(book, '=SMM.VALUE("refined-nickel","2025-03","operating_rate")')).toBeCloseTo(0.612, 10);
    expect(ask(book, '=SMM.VALUE("alumina","2025-03","output")')).toBeCloseTo(7412000, 6);
    const r = parseReport(book, { edition: "2025-03" });
    expect(r.edition?.observations.length).toBeGreaterThan(0);
    expect(r.edition?.issues.filter((i) => (i.sentence ?? "").includes("unit\tmonth"))).toEqual([]);
  });
  it("reads '10kt', 'wt' and '万吨' as 10,000 mt, and a heading's own unit before the row's (none when they disagree)", () => {
    for (const u of ["10kt", "wt", "万吨"]) {
      const t = sheet("Zinc, March 2025", [
        ["Product", "Output", "MoM"],
        ["units", u, "%"],
        ["Refined zinc", "55.31", "1.20"],
      ]);
      expect(ask(t, '=SMM.VALUE("refined-zinc","2025-03","output")')).toBeCloseTo(553100, 6);
    }
    const both = sheet("Zinc, March 2025", [
      ["Product", "Output (mt)", "MoM", "YoY (%)"],
      ["units", "mt", "%", ""],
      ["Refined zinc", "553,100", "1.20", "0.40"],
    ]);
    expect(readHeader(tableCells("Product\tOutput (mt)\tMoM (%)") ?? [])?.columns[1]?.unit).toBe("mt");
    expect(ask(both, '=SMM.VALUE("refined-zinc","2025-03","output")')).toBe(553100);
    expect(ask(both, '=SMM.MOM("refined-zinc","2025-03")')).toBeCloseTo(0.012, 10);
    const clash = sheet("Zinc, March 2025", [
      ["Product", "Output (mt)", "MoM"],
      ["units", "kt", "%"],
      ["Refined zinc", "553.1", "1.20"],
    ]);
    expect(ask(clash, '=SMM.VALUE("refined-zinc","2025-03","output")')).toMatch(/^#N\/A/);
  });
  it("a Period column gives each row its month: a later month is a forecast, an earlier one that month's, 'Q1' none", () => {
    expect(periodOfCell("Mar-2025")).toEqual({ month: 3, year: 2025 });
    expect(periodOfCell("2025-03")).toEqual({ month: 3, year: 2025 });
    expect(periodOfCell("Mar 2025")).toEqual({ month: 3, year: 2025 });
    expect(periodOfCell("Q1 2025")).toBeNull();
    expect(periodOfCell("Jan-Mar 2025")).toBeNull();
    expect(ask(book, '=SMM.VALUE("alumina","2025-03","output")')).toBeCloseTo(7412000, 6);
    expect(ask(book, '=SMM.FORECAST("silicon-metal","2025-04","output")')).toBeCloseTo(338000, 6);
    expect(ask(book, '=SMM.MOM("silicon-metal","2025-04","forecast")')).toBeCloseTo(0.046, 10);
    expect(ask(book, '=SMM.VALUE("silicon-metal","2025-04","output")')).toMatch(/^#N\/A/);
    expect(ask(book, '=SMM.VALUE("silicon-metal","2025-02","output")')).toBeCloseTo(323100, 6);
    expect(ask(book, '=SMM.VALUE("silicon-metal","2025-03","output")')).toMatch(/^#N\/A/);
    expect(ask(book, '=SMM.VALUE("silicon-metal","2025-03","ytd_output")')).toMatch(/^#N\/A/);
  });
  it("'Op. rate chg' (a change after the rate, in pp) is the rate's change from the month before", () => {
    expect(measureOfHeading("Op. rate chg")).toBe("operating_rate_mom");
    expect(measureOfHeading("Operating rate Δ (pp)")).toBe("operating_rate_mom");
    expect(measureOfHeading("Op. rate")).toBe("operating_rate");
    expect(ask(book, '=SMM.VALUE("refined-nickel","2025-03","operating_rate_mom")')).toBeCloseTo(0.0175, 10);
    expect(ask(book, '=SMM.VALUE("refined-nickel","2025-03","operating_rate")')).toBeCloseTo(0.612, 10);
  });
  it("a next-month forecast column is about the month after the row's, never the row's own", () => {
    expect(ask(book, '=SMM.MOM("refined-nickel","2025-04","forecast")')).toBeCloseTo(-0.014, 10);
    // the February row's next month is the edition's own: not a forecast, and not March's MoM either
    expect(ask(book, '=SMM.MOM("silicon-metal","2025-03")')).toMatch(/^#N\/A/);
    expect(ask(book, '=SMM.MOM("silicon-metal","2025-03","forecast")')).toMatch(/^#N\/A/);
    const h = readHeader(tableCells("Product | Output (mt) | MoM (%) | Fcst MoM (next month) | May fcst (mt)") ?? []);
    expect(h?.columns.map((c) => [c.measure, c.forecast ?? false, c.offset ?? 0, c.month])).toEqual([
      [null, false, 0, null],
      ["output", false, 0, null],
      ["mom", false, 0, null],
      ["mom", true, 1, null],
      ["output", true, 0, 5],
    ]);
    const t =
      "Lithium, March 2025\n| Product | Output (mt) | MoM (%) | Fcst MoM % (next month) | May fcst (mt) |\n|---|---:|---:|---:|---:|\n| Lithium carbonate | 81,200 | 3.4 | -2.0 | 79,000 |";
    expect(ask(t, '=SMM.MOM("lithium-carbonate","2025-03")')).toBeCloseTo(0.034, 10);
    expect(ask(t, '=SMM.MOM("lithium-carbonate","2025-04","forecast")')).toBeCloseTo(-0.02, 10);
    expect(ask(t, '=SMM.FORECAST("lithium-carbonate","2025-05","output")')).toBe(79000);
  });
  it("'n/a', '..', '–' and empty cells hold nothing; columns and rows of other sources are never read", () => {
    for (const x of ["..", "n/a", "–", ""]) expect(emptyCell(x)).toBe(true);
    expect(ask(book, '=SMM.VALUE("alumina","2025-03","operating_rate")')).toMatch(/^#N\/A/);
    expect(ask(book, '=SMM.VALUE("alumina","2025-03","operating_rate_mom")')).toMatch(/^#N\/A/);
    expect(ask(book, '=SMM.MOM("alumina","2025-04","forecast")')).toMatch(/^#N\/A/);
    expect(ask(book, '=SMM.FORECAST("refined-nickel","2025-04","output")')).toMatch(/^#N\/A/);
    expect(ask(book, '=SMM.MOM("refined-nickel","2025-04")')).toMatch(/^#N\/A/);
    const h = readHeader(tableCells("| Product | SMM MoM | Reuters poll MoM | ITA output | My model |") ?? []);
    expect(h?.columns.map((c) => c.measure)).toEqual([null, "mom", null, null, null]);
  });
  it("an operating-rate table with no units: the rate in %, a bare 'chg (pp)' after it the rate's change", () => {
    const t = [
      "Operating rates",
      "| Product | SMM op. rate | SMM chg (pp) | Desk est. |",
      "|---|---:|---:|---:|",
      "| Refined zinc | 77.4 | -1.3 | 79.0 |",
      "| Primary lead | – | – | 58.0 |",
      "| Refined tin | 0.62 | +0.4 | – |",
    ].join("\n");
    expect(ask(t, '=SMM.VALUE("refined-zinc","2025-03","operating_rate")')).toBeCloseTo(0.774, 10);
    expect(ask(t, '=SMM.VALUE("refined-zinc","2025-03","operating_rate_mom")')).toBeCloseTo(-0.013, 10);
    expect(ask(t, '=SMM.VALUE("primary-lead","2025-03","operating_rate")')).toMatch(/^#N\/A/);
    // ("0.62" with no unit may be a fraction: not read)
    expect(ask(t, '=SMM.VALUE("refined-tin","2025-03","operating_rate")')).toMatch(/^#N\/A/);
  });
  it("keeps a leading empty cell in its column (a Markdown row framed by pipes, a sheet row starting with a tab)", () => {
    expect(tableCells("| | units | kt | % |")?.map((c) => c.text)).toEqual(["", "units", "kt", "%"]);
    const t = "Copper, March 2025\n\tOutput\tMoM\tYoY\n\tkt\t%\t%\nCopper cathode\t1,120.5\t-2.30\t4.10";
    expect(ask(t, '=SMM.VALUE("copper-cathode","2025-03","output")')).toBeCloseTo(1120500, 6);
    expect(ask(t, '=SMM.MOM("copper-cathode","2025-03")')).toBeCloseTo(-0.023, 10);
    expect(ask(t, '=SMM.YOY("copper-cathode","2025-03")')).toBeCloseTo(0.041, 10);
  });
  it("a CSV export (product,month,measure,value,source) is a long table: only SMM's rows, ISO months, forecasts for the next month", () => {
    const t = [
      "Exported from a desk tool | supply, March 2025 | units: mt unless a % is shown",
      "product,month,measure,value,source",
      "copper cathode,2025-03,output,1120500,SMM",
      "copper cathode,2025-03,MoM,-2.3%,SMM",
      "copper cathode,2025-03,output,1101000,Mysteel",
      "refined zinc,2025-03,MoM,-3.9%,Mysteel",
      "copper cathode,2025-04,MoM forecast,4.1%,SMM",
    ].join("\n");
    expect(ask(t, '=SMM.VALUE("copper-cathode","2025-03","output")')).toBeCloseTo(1120500, 6);
    expect(ask(t, '=SMM.MOM("copper-cathode","2025-03")')).toBeCloseTo(-0.023, 10);
    expect(ask(t, '=SMM.MOM("refined-zinc","2025-03")')).toMatch(/^#N\/A/);
    expect(ask(t, '=SMM.FORECAST("copper-cathode","2025-04","mom")')).toBeCloseTo(0.041, 10);
  });
});

describe("a CSV with quoted fields (our own export)", () => {
  it("splits on commas outside quotes, unquotes the cells and reads '\"\"' as one quote", () => {
    const cells = csvCells('"Primary Lead","Mar 2025","310,450","","note: ""firm"", then soft"');
    expect(cells?.map((c) => c.text)).toEqual(["Primary Lead", "Mar 2025", "310,450", "", 'note: "firm", then soft']);
    const line = '"a", "12,5" ,c';
    expect(csvCells(line)?.map((c) => line.slice(c.start, c.end))).toEqual(["a", "12,5", "c"]);
    // prose with quotes and commas is no CSV line
    expect(csvCells('He called it "steady, for now", and left it there, again')).toBeNull();
  });
  const t = [
    "Desk export, March 2025",
    '"Item","Month","Output (mt)","MoM","YoY","Operating rate","Apr forecast output (mt)","Apr forecast MoM","Remarks"',
    '"Primary Lead","Mar 2025","310,450","+2.4%","-1.1%","61.2%","305,000","-1.8%","a smelter back, ""slowly"""',
    '"Refined Zinc","Mar 2025","552,300","","+4.0%","","","","no outlook given"',
    '"Primary lead (imports)","Mar 2025","9,800","+15.0%","","","","","customs data, not SMM"',
  ].join("\n");
  it("reads each quoted cell by its column: thousands commas, empty fields, forecast columns", () => {
    expect(ask(t, '=SMM.VALUE("primary-lead","2025-03","output")')).toBe(310450);
    expect(ask(t, '=SMM.MOM("primary-lead","2025-03")')).toBeCloseTo(0.024, 10);
    expect(ask(t, '=SMM.VALUE("primary-lead","2025-03","operating_rate")')).toBeCloseTo(0.612, 10);
    expect(ask(t, '=SMM.FORECAST("primary-lead","2025-04","output")')).toBe(305000);
    expect(ask(t, '=SMM.FORECAST("primary-lead","2025-04","mom")')).toBeCloseTo(-0.018, 10);
    expect(ask(t, '=SMM.VALUE("refined-zinc","2025-03","output")')).toBe(552300);
    expect(ask(t, '=SMM.YOY("refined-zinc","2025-03")')).toBeCloseTo(0.04, 10);
    expect(ask(t, '=SMM.MOM("refined-zinc","2025-03")')).toMatch(/^#N\/A/);
    expect(ask(t, '=SMM.FORECAST("refined-zinc","2025-04","output")')).toMatch(/^#N\/A/);
  });
  it("an imports row names trade, not output: it never displaces the product's figures", () => {
    expect(notProductionLabel("Primary lead (imports)")).toBe(true);
    expect(notProductionLabel("Refined nickel")).toBe(false);
    const r = parseReport(t, { edition: "2025-03" });
    expect(r.edition?.observations.filter((o) => o.value === 9800 || o.value === 0.15)).toEqual([]);
    expect(r.issues.some((i) => i.reason === "not-production" && i.rule === "table-row")).toBe(true);
  });
});

describe("a table of two months' levels and a forecast column (our own)", () => {
  it("a '----+----' rule is a row of dashes; '(actual)' after a month is its level; the later month is the table's", () => {
    expect(tableCells("--------+---------+------")?.map((c) => c.text)).toEqual(["--------", "---------", "------"]);
    expect(tableCells("+-----+-----+")?.length).toBe(2);
    expect(measureOfHeading("Oct 2024 (actual)")).toBe("output");
    const h = readHeader(tableCells("Metal | Oct 2024 (actual) | Nov 2024 (actual) | MoM Nov | Dec 2024F") ?? []);
    expect([h?.month, h?.year]).toEqual([11, 2024]);
  });
  const t = [
    "China output, November 2024 against October, and SMM's December view",
    "Unit: mt. F = forecast.",
    "",
    "Metal         | Oct 2024 (actual) | Nov 2024 (actual) | MoM Nov | YoY Nov | Dec 2024F | MoM Dec F",
    "--------------+-------------------+-------------------+---------+---------+-----------+----------",
    "Refined Zinc  |           610,000 |           590,500 |  -3.20% |  +1.10% |   600,200 |   +1.64%",
    "Primary Lead  |           301,000 |           306,400 |  +1.79% |      -- |   299,000 |   -2.42%",
  ].join("\n");
  it("reads the later month as the edition's, the earlier as the month before (not read), F as the forecast", () => {
    const e = "2024-11";
    expect(ask(t, '=SMM.VALUE("refined-zinc","2024-11","output")', e)).toBe(590500);
    expect(ask(t, '=SMM.MOM("refined-zinc","2024-11")', e)).toBeCloseTo(-0.032, 10);
    expect(ask(t, '=SMM.YOY("refined-zinc","2024-11")', e)).toBeCloseTo(0.011, 10);
    expect(ask(t, '=SMM.FORECAST("refined-zinc","2024-12","output")', e)).toBe(600200);
    expect(ask(t, '=SMM.FORECAST("primary-lead","2024-12","mom")', e)).toBeCloseTo(-0.0242, 10);
    expect(ask(t, '=SMM.VALUE("primary-lead","2024-11","output")', e)).toBe(306400);
    expect(ask(t, '=SMM.YOY("primary-lead","2024-11")', e)).toMatch(/^#N\/A/);
    expect(ask(t, '=SMM.VALUE("refined-zinc","2024-12","output")', e)).toMatch(/^#N\/A/);
    expect(ask(t, '=SMM.MOM("refined-zinc","2024-11","forecast")', e)).toMatch(/^#N\/A/);
  });
});

describe("a transposed sheet: products across, measures down (our own)", () => {
  const isProduct = (x: string): boolean => /^(?:alumina|primary aluminium|silicon metal|refined tin(?: \(t\))?)$/i.test(x);
  it("a header of products after a corner with a month and a unit; none when the corner is a product or holds a figure", () => {
    const h = readTransposedHeader(tableCells("Mar 2025, kt unless stated\tAlumina\tPrimary Aluminium\tSilicon Metal") ?? [], isProduct);
    expect([h?.month, h?.year, h?.transposed?.unit]).toEqual([3, 2025, "kt"]);
    expect(readTransposedHeader(tableCells("Alumina\tPrimary Aluminium\tSilicon Metal") ?? [], isProduct)).toBeNull();
    expect(readTransposedHeader(tableCells("Up 4.5%\tPrimary Aluminium\tSilicon Metal") ?? [], isProduct)).toBeNull();
    expect(readTransposedHeader(tableCells("Mar 2025\tPrimary Aluminium\tSpot price") ?? [], isProduct)).toBeNull();
  });
  it("each row's label is the measure of its cells; trade rows and rows naming no measure give none", () => {
    const h = readTransposedHeader(tableCells("Mar 2025, kt unless stated\tAlumina\tRefined Tin (t)") ?? [], isProduct) as TableHeader;
    const rows = transposedRows(h, tableCells("Output\t7,010.5\t15,100") ?? []);
    expect(rows.map((r) => [r.cells[0]?.text, r.header.columns[1]?.measure, r.header.columns[1]?.unit])).toEqual([
      ["Alumina", "output", "kt"],
      ["Refined Tin (t)", "output", "mt"],
    ]);
    expect(transposedRows(h, tableCells("MoM (%)\t1.2%\t-0.5%") ?? []).map((r) => r.header.columns[1]?.unit)).toEqual(["%", "%"]);
    expect(transposedRows(h, tableCells("Exports (customs)\t120.0\t900") ?? [])).toEqual([]);
    expect(transposedRows(h, tableCells("Spot price\t3,100\t250,000") ?? [])).toEqual([]);
  });
  const t = [
    "Light metals, March 2025 (pasted from a sheet)",
    "",
    ["Mar 2025 | kt unless stated", "Alumina", "Primary Aluminium", "Silicon Metal"].join("\t"),
    ["Output", "7,010.5", "3,702.0", "318.4"].join("\t"),
    ["MoM (%)", "2.10%", "-0.35%", "n/a"].join("\t"),
    ["MoM change", "144.2", "-13.0", ""].join("\t"),
    ["Operating rate (%)", "", "96.20%", "55.10%"].join("\t"),
    ["Jan-Mar output", "", "10,941.3", "", ""].join("\t"),
    ["Apr 2025 forecast output", "7,100.0", "3,820.0", "330.0"].join("\t"),
    ["Apr 2025 forecast MoM (%)", "1.28%", "3.19%", "3.64%"].join("\t"),
    ["Exports (customs, not production)", "55.0", "41.9", "180.2"].join("\t"),
    "",
    "Source: SMM.",
  ].join("\n");
  it("reads every cell as its column's product and its row's measure; empty cells keep their columns", () => {
    const e = "2025-03";
    expect(ask(t, '=SMM.VALUE("alumina","2025-03","output")', e)).toBe(7010500);
    expect(ask(t, '=SMM.VALUE("silicon-metal","2025-03","output")', e)).toBe(318400);
    expect(ask(t, '=SMM.MOM("primary-aluminum","2025-03")', e)).toBeCloseTo(-0.0035, 10);
    expect(ask(t, '=SMM.VALUE("alumina","2025-03","mom_chg")', e)).toBe(144200);
    expect(ask(t, '=SMM.VALUE("primary-aluminum","2025-03","operating_rate")', e)).toBeCloseTo(0.962, 10);
    expect(ask(t, '=SMM.VALUE("silicon-metal","2025-03","operating_rate")', e)).toBeCloseTo(0.551, 10);
    expect(ask(t, '=SMM.VALUE("alumina","2025-03","operating_rate")', e)).toMatch(/^#N\/A/);
    expect(ask(t, '=SMM.MOM("silicon-metal","2025-03")', e)).toMatch(/^#N\/A/);
    expect(ask(t, '=SMM.VALUE("primary-aluminum","2025-03","ytd_output")', e)).toBe(10941300);
    expect(ask(t, '=SMM.VALUE("alumina","2025-03","ytd_output")', e)).toMatch(/^#N\/A/);
    expect(ask(t, '=SMM.FORECAST("silicon-metal","2025-04","output")', e)).toBe(330000);
    expect(ask(t, '=SMM.FORECAST("primary-aluminum","2025-04","mom")', e)).toBeCloseTo(0.0319, 10);
    expect(ask(t, '=SMM.VALUE("alumina","2025-04","output")', e)).toMatch(/^#N\/A/);
  });
});

describe("a terminal screen: columns aligned by spaces, a header over two lines, symbols for products", () => {
  const screen = [
    "SMM METALS OUTPUT BOARD                                  PAGE 1/1",
    "ISSUE: SEP 2025 ACTUALS / OCT 2025 ESTIMATES        10/02/25 09:05",
    "",
    "PRODUCT          OUTPUT     M/M     Y/Y     OPR   OPR CHG   OCT EST",
    "                   (KT)     (%)     (%)     (%)      (PP)    M/M(%)",
    "-------------------------------------------------------------------",
    "CU CATH         1,120.4   +1.20   +9.40   83.10     +0.70     -1.50",
    "ZN                588.0   -0.80   +4.10    N.A.      N.A.        --",
    "PB PRIM           301.2   +2.05   -1.30   60.40     -0.45     +0.90",
    "-------------------------------------------------------------------",
    "OCT EST = SMM EXPECTATION OF OCT 2025 OUTPUT CHANGE M/M.  -- = NO ESTIMATE.",
    "",
    "MEMO ITEMS - NOT PRODUCTION                    VALUE     CHG(%)",
    "CU CONC IMPORTS (KT, AUG)                    2,300.5     +6.10",
    "ZN SPOT (CNY/T, W/W)                          22,950     +0.80",
  ].join("\n");
  const e = "2025-09";
  it("reads each row by the column above its cell, the units from the header's second line", () => {
    expect(ask(screen, '=SMM.VALUE("copper-cathode","2025-09","output")', e)).toBe(1120400);
    expect(ask(screen, '=SMM.MOM("copper-cathode","2025-09")', e)).toBeCloseTo(0.012, 10);
    expect(ask(screen, '=SMM.YOY("refined-zinc","2025-09")', e)).toBeCloseTo(0.041, 10);
    expect(ask(screen, '=SMM.VALUE("primary-lead","2025-09","operating_rate")', e)).toBeCloseTo(0.604, 10);
    expect(ask(screen, '=SMM.VALUE("primary-lead","2025-09","operating_rate_mom")', e)).toBeCloseTo(-0.0045, 10);
  });
  it("an 'EST' column the legend calls SMM's is its forecast for the month named; N.A. and -- are empty", () => {
    expect(ask(screen, '=SMM.MOM("copper-cathode","2025-10","forecast")', e)).toBeCloseTo(-0.015, 10);
    expect(ask(screen, '=SMM.MOM("copper-cathode","2025-10")', e)).toMatch(/^#N\/A/);
    expect(ask(screen, '=SMM.MOM("refined-zinc","2025-10","forecast")', e)).toMatch(/^#N\/A/);
    expect(ask(screen, '=SMM.VALUE("refined-zinc","2025-09","operating_rate")', e)).toMatch(/^#N\/A/);
  });
  it("a symbol names the product itself, not a part of it", () => {
    const r = parseReport(screen, { edition: e });
    expect(r.edition?.observations.filter((o) => o.segment !== "")).toEqual([]);
  });
  it("splits the header's second line by position and keeps the screen's rules", () => {
    const head = tableCells("PRODUCT          OUTPUT     M/M     OPR") ?? [];
    const h = readHeader(head);
    expect(h).not.toBeNull();
    const under = underHeadings(head, tableCells("                   (KT)     (%)     (%)".padEnd(10)) ?? []);
    expect(under?.map((c) => c?.text ?? "")).toEqual(["", "(KT)", "(%)", "(%)"]);
    expect(readHeaderContinuation(h as TableHeader, tableCells("                   (KT)     (%)     (%)") ?? [])?.columns.map((c) => c.unit)).toEqual([
      null,
      "kt",
      "%",
      "%",
    ]);
    expect(tableCells("-------------------------------")?.map((c) => c.text)).toEqual(["---"]);
    expect(smmLegend("OCT EST = SMM EXPECTATION OF OCT OUTPUT.  EST = our desk estimate")).toEqual(["OCT EST"]);
  });
});

describe("a Word table as an ASCII grid", () => {
  const grid = [
    "Table 2: China output, October 2024",
    "",
    "+----------------------+-----------+---------+---------+",
    "| Product              | Output    | MoM     | YoY     |",
    "|                      | (mt)      |         |         |",
    "+======================+===========+=========+=========+",
    "| NPI, metal content[1]| 30,100    | +2.10%  | -5.00%  |",
    "+----------------------+-----------+---------+---------+",
    "| NPI, physical content| 251,000   | +1.60%  | n.a.    |",
    "+----------------------+-----------+---------+---------+",
    "| Stainless steel      | 3,300,000 | +0.90%  | +3.40%  |",
    "+----------------------+-----------+---------+---------+",
    "|   of which 400-series| 690,000[2]| -1.20%  | +2.00%  |",
    "+----------------------+-----------+---------+---------+",
    "",
    "[1] Nickel content.",
    "[2] Crude steel.",
  ].join("\n");
  const e = "2024-10";
  it("reads the rows between '+===+' and '+---+' rules; a footnote marker is no part of a number", () => {
    expect(tableCells("| Nickel sulphate | 27,150[3] | +6.31% |")?.map((c) => c.text)).toEqual(["Nickel sulphate", "27,150", "+6.31%"]);
    expect(tableCells("+=====+=====+=====+")?.every((c) => c.text === "-----")).toBe(true);
    expect(ask(grid, '=SMM.VALUE("npi","2024-10","output")', e)).toBe(30100);
    expect(ask(grid, '=SMM.VALUE("npi:physical-content","2024-10","output")', e)).toBe(251000);
    expect(ask(grid, '=SMM.YOY("npi:physical-content","2024-10")', e)).toMatch(/^#N\/A/);
    expect(ask(grid, '=SMM.VALUE("stainless-steel:400-series","2024-10","output")', e)).toBe(690000);
    expect(ask(grid, '=SMM.VALUE("stainless-steel","2024-10","output")', e)).toBe(3300000);
  });
  it("names the content a row states and the part an 'of which' row is", () => {
    expect(rowLabel("NPI, physical content")).toEqual({ name: "NPI", ofWhich: false, content: "physical" });
    expect(rowLabel("NPI, metal content")).toEqual({ name: "NPI", ofWhich: false, content: "metal" });
    expect(rowLabel("of which 300-series")).toEqual({ name: "300-series", ofWhich: true, content: null });
    expect(rowLabel("Refined nickel")).toEqual({ name: "Refined nickel", ofWhich: false, content: null });
  });
});

describe("records exported as keys and values", () => {
  const dump = [
    "# export of SMM monthly production, June 2025; t = tonnes",
    "product=refined_tin; period=2025-06; basis=actual; output_t=15,020; mom=-2.40%; op_rate=58.10%; op_rate_chg_pp=-1.20",
    "product=refined_tin; period=2025-07; basis=forecast; mom=+1.10%",
    "product=refined_tin; period=2025-06; scope=global; output_t=31,500; mom=+0.9%   # world, not China",
    "product=refined_tin; period=2025-06; metric=imports_t; value=2,100; mom=+12.0%",
    "product=lithium_carbonate; segment=lepidolite; period=2025-06; basis=actual; output_t=12,400; mom=n/a",
    '{"product": "primary_lead", "period": "2025-06", "basis": "actual", "output_t": "305,200", "yoy": "-2.10%"}',
    '{"product": "primary_lead", "period": "2025-07", "basis": "forecast", "trend": "flat"}',
  ].join("\n");
  const e = "2025-06";
  it("reads a record's measures, its period and basis; a segment is a part", () => {
    expect(ask(dump, '=SMM.VALUE("refined-tin","2025-06","output")', e)).toBe(15020);
    expect(ask(dump, '=SMM.MOM("refined-tin","2025-06")', e)).toBeCloseTo(-0.024, 10);
    expect(ask(dump, '=SMM.VALUE("refined-tin","2025-06","operating_rate_mom")', e)).toBeCloseTo(-0.012, 10);
    expect(ask(dump, '=SMM.MOM("refined-tin","2025-07","forecast")', e)).toBeCloseTo(0.011, 10);
    expect(ask(dump, '=SMM.MOM("refined-tin","2025-07")', e)).toMatch(/^#N\/A/);
    expect(ask(dump, '=SMM.VALUE("lithium-carbonate:lepidolite","2025-06","output")', e)).toBe(12400);
    expect(ask(dump, '=SMM.MOM("lithium-carbonate:lepidolite","2025-06")', e)).toMatch(/^#N\/A/);
    expect(ask(dump, '=SMM.VALUE("primary-lead","2025-06","output")', e)).toBe(305200);
    expect(ask(dump, '=SMM.YOY("primary-lead","2025-06")', e)).toBeCloseTo(-0.021, 10);
  });
  it("a global record, an imports record and a trend-only record give no number; 'trend=flat' is a trend", () => {
    expect(keyValueRecord("product=refined_tin; period=2025-06; scope=global; output_t=31,500")).toBeNull();
    expect(keyValueRecord("product=refined_tin; period=2025-06; metric=imports_t; value=2,100")).toBeNull();
    expect(keyValueRecord("output rose; then fell; twice")).toBeNull();
    expect(ask(dump, '=SMM.TREND("primary-lead","2025-07","forecast")', e)).toBe("flat");
    expect(ask(dump, '=SMM.MOM("primary-lead","2025-07","forecast")', e)).toMatch(/^#N\/A/);
  });
});

describe("a sheet's two-row merged header, bracketed negatives, qualified row labels", () => {
  it("carries a merged top label over the blanks after it, only over months, measures and units", () => {
    const cells = tableCells("Metal\tJun\tJul e\tMoM\tYoY\tJun\tRemarks") as NonNullable<ReturnType<typeof tableCells>>;
    const merged = mergedHeaderCells("\tProduction (t)\t\tChange\t\tOp. rate\t\t", cells);
    expect(merged?.map((c) => c.text)).toEqual(["Metal", "Production (t) Jun", "Production (t) Jul e", "MoM", "YoY", "Op. rate Jun", "Remarks"]);
    expect(merged?.map((c) => c.start)).toEqual(cells.map((c) => c.start));
    const h = readHeader(merged ?? []);
    expect(h?.columns.map((c) => [c.measure, c.month, !!c.forecast])).toEqual([
      [null, null, false],
      ["output", 6, false],
      ["output", 7, true],
      ["mom", null, false],
      ["yoy", null, false],
      ["operating_rate", 6, false],
      [null, null, false],
    ]);
    // (a line above with a figure, or a first cell that is not blank, is no merged top row)
    expect(mergedHeaderCells("\tProduction 2025\t\tChange", cells)).toBeNull();
    expect(mergedHeaderCells("Notes\tProduction (t)\t\tChange", cells)).toBeNull();
  });
  it("reads sub-headings under a merged top label (blank corner under the product heading)", () => {
    const top = tableCells("Metal\tProduction (t)\t\tChange\tOp. rate (%)") as NonNullable<ReturnType<typeof tableCells>>;
    const under = tableCells("\tMay-25\tApr-25\tMoM %\t") as NonNullable<ReturnType<typeof tableCells>>;
    const sub = subHeaderCells(top, under);
    expect(sub?.map((c) => c.text)).toEqual(["Metal", "Production (t) May-25", "Production (t) Apr-25", "Change MoM %", "Op. rate (%)"]);
    const h = readHeader(sub ?? []);
    expect([h?.month, h?.year]).toEqual([5, 2025]);
    expect(h?.columns.map((c) => [c.measure, c.month])).toEqual([
      [null, null],
      ["output", 5],
      ["output", 4],
      ["mom", null],
      ["operating_rate", null],
    ]);
    // (a lower row with a figure or a label, or a top row with no merged blank, is no sub-header row)
    expect(subHeaderCells(top, tableCells("\t1,200\t1,150\t4.3%") ?? [])).toBeNull();
    expect(subHeaderCells(top, tableCells("\tSmelters\tMay-25\tMoM") ?? [])).toBeNull();
    const plain = tableCells("Metal\tProduction (t)\tMoM\tYoY") as NonNullable<ReturnType<typeof tableCells>>;
    expect(subHeaderCells(plain, tableCells("\tMay-25\t%\t%") ?? [])).toBeNull();
    const text = "SMM output, May 2025\nMetal\tProduction (t)\t\tMoM\n\tMay-25\tApr-25\t%\nSilver\t1,480\t1,455\t1.7%\n";
    expect(ask(text, '=SMM.VALUE("silver","2025-05","output")', "2025-05")).toBe(1480);
    expect(ask(text, '=SMM.MOM("silver","2025-05")', "2025-05")).toBeCloseTo(0.017, 10);
    expect(ask(text, '=SMM.VALUE("silver","2025-04","output")', "2025-05")).toMatch(/^#N\/A/);
  });
  it("reads a bracketed figure as a negative change, never as a positive one", () => {
    expect(bracketedFigure("(3.7%)")).toBe(true);
    expect(bracketedFigure(" (1,250) ")).toBe(true);
    expect(bracketedFigure("(see note)")).toBe(false);
    expect(bracketedFigure("-3.7%")).toBe(false);
    const sheet = [
      "SMM China output - June 2025\t\t\t\t\t\t",
      "\tProduction (t)\t\tChange\t\tOp. rate\t",
      "Metal\tJun\tJul e\tMoM\tYoY\tJun\tRemarks",
      "Refined nickel\t31,200\t32,000\t(3.7%)\t12.0%\t(66.0%)\tmaintenance",
      "Primary lead\t301,000\t—\t2.5%\t(1.5%)\t\t",
      "   o/w Henan\t120,500\t\t(0.8%)\t3.1%\t\t",
      "Notes:\t\t\t\t\t\t",
    ].join("\n");
    const e = "2025-06";
    expect(ask(sheet, '=SMM.VALUE("refined-nickel","2025-06","output")', e)).toBe(31200);
    expect(ask(sheet, '=SMM.MOM("refined-nickel","2025-06")', e)).toBe(-0.037);
    expect(ask(sheet, '=SMM.FORECAST("refined-nickel","2025-07","output")', e)).toBe(32000);
    // (a rate in brackets is no negative rate: not read)
    expect(ask(sheet, '=SMM.VALUE("refined-nickel","2025-06","operating_rate")', e)).toMatch(/^#N\/A/);
    expect(ask(sheet, '=SMM.YOY("primary-lead","2025-06")', e)).toBe(-0.015);
    expect(ask(sheet, '=SMM.FORECAST("primary-lead","2025-07","output")', e)).toMatch(/^#N\/A/);
    expect(ask(sheet, '=SMM.MOM("primary-lead:henan","2025-06")', e)).toBe(-0.008);
    expect(ask(sheet, '=SMM.MOM("primary-lead","2025-06")', e)).toBe(0.025);
  });
  it("names the content a bracketed label states, the part a dashed or 'o/w' row is, and a bracketed qualifier", () => {
    expect(rowLabel("Cobalt sulphate (Co content)")).toEqual({ name: "Cobalt sulphate", ofWhich: false, content: "metal" });
    expect(rowLabel("NPI (physical)")).toEqual({ name: "NPI", ofWhich: false, content: "physical" });
    expect(rowLabel("- from lepidolite")).toEqual({ name: "lepidolite", ofWhich: true, content: null, dashed: true });
    // (a dashed row naming a product is that product's row)
    const dashedRows = "Product\tOutput (mt)\tMoM\n- Refined zinc\t560,000\t+1.0%\n- Primary lead\t300,000\t-2.0%\n";
    expect(ask(dashedRows, '=SMM.VALUE("primary-lead","2025-03","output")')).toBe(300000);
    expect(ask(dashedRows, '=SMM.MOM("refined-zinc","2025-03")')).toBe(0.01);
    expect(rowLabel("o/w Henan")).toEqual({ name: "Henan", ofWhich: true, content: null });
    expect(rowLabel("Secondary zinc (refined)")).toEqual({ name: "Secondary zinc", ofWhich: false, content: null, qualifier: "refined" });
    // (a unit or a remark in brackets names no part; a unit is dropped from the name, since the twelfth session:
    // "NPI, physical content (mt)" states its content)
    expect(rowLabel("Refined tin (t)")).toEqual({ name: "Refined tin", ofWhich: false, content: null });
    expect(rowLabel("NPI, physical content (mt)")).toEqual({ name: "NPI", ofWhich: false, content: "physical" });
    expect(rowLabel("Stainless steel, crude (mt)")).toEqual({ name: "Stainless steel", ofWhich: false, content: null, qualifier: "crude" });
    expect(rowLabel("Refined tin (revised)")).toEqual({ name: "Refined tin (revised)", ofWhich: false, content: null });
    expect(ask("Product\tOutput (t)\tMoM\nRefined tin (prelim)\t15,200\t+1.0%\n", '=SMM.VALUE("refined-tin","2025-03","output")')).toBe(15200);
  });
  it("reads 'f/c' and a month's 'e' as a forecast heading", () => {
    expect(measureOfHeading("Aug 2024 f/c (mt)")).toBe("output");
    const h = readHeader(tableCells("Product\tAug 2024 f/c (mt)\tMoM\tYoY") ?? []);
    expect(h?.columns[1]).toMatchObject({ measure: "output", month: 8, year: 2024, forecast: true });
    expect([h?.month, h?.year]).toEqual([8, 2024]);
  });
});

describe("a web table copied one cell a line", () => {
  const page = [
    "Home",
    "Share",
    "Table A: China nickel output, June 2025 (MoM vs May)",
    "Product",
    "Output (mt)",
    "MoM",
    "YoY",
    "Refined nickel",
    "31,400",
    "+1.9%",
    "+22.0%",
    "NPI (physical)",
    "258,000",
    "-3.0%",
    "-",
    "NPI (Ni content)",
    "30,100",
    "-2.5%",
    "+4.0%",
    "- from high-grade ore",
    "21,000",
    "-4.1%",
    "n/a",
    "Showing 1 to 4 of 4 entries",
    "Table B: SMM forecast for July 2025",
    "Product",
    "Jul 2025 f/c (mt)",
    "MoM",
    "Refined nickel",
    "32,200",
    "+2.5%",
    "NPI (Ni content)",
    "29,800",
    "-1.0%",
    "Subscribe",
  ].join("\n");
  const e = "2025-06";
  it("reads each cell as its column's figure for the row's product; a dashed row is a part of the row above's", () => {
    expect(ask(page, '=SMM.VALUE("refined-nickel","2025-06","output")', e)).toBe(31400);
    expect(ask(page, '=SMM.YOY("refined-nickel","2025-06")', e)).toBe(0.22);
    expect(ask(page, '=SMM.VALUE("npi","2025-06","output")', e)).toBe(30100);
    expect(ask(page, '=SMM.VALUE("npi:physical-content","2025-06","output")', e)).toBe(258000);
    expect(ask(page, '=SMM.MOM("npi:high-grade-ore","2025-06")', e)).toBe(-0.041);
    expect(ask(page, '=SMM.MOM("npi","2025-06")', e)).toBe(-0.025);
    expect(ask(page, '=SMM.FORECAST("refined-nickel","2025-07","output")', e)).toBe(32200);
    expect(ask(page, '=SMM.FORECAST("refined-nickel","2025-07","mom")', e)).toBe(0.025);
    expect(ask(page, '=SMM.FORECAST("npi","2025-07","output")', e)).toBe(29800);
  });
});

describe("fieldHeading (an export's snake_case field names)", () => {
  it.each([
    ["output_t", "output (mt)"],
    ["mom_pct", "mom (%)"],
    ["forecast_next_mom_pct", "forecast next mom (%)"],
    ["op_rate_chg_pp", "op rate chg (pp)"],
    ["capacity_kt", "capacity (kt)"],
    ["yoy_pct_note", "yoy pct note"],
    ["Output (kt)", "Output (kt)"],
  ])("%s -> %s", (h, want) => {
    expect(fieldHeading(h)).toBe(want);
  });
  it("reads a CSV export with such fields, its forecast columns as the next month's", () => {
    const text = "item,period,output_t,mom_pct,forecast_next_t,source\nRefined Tin,2025-03,15200,1.1,15600,SMM\n";
    expect(ask(text, '=SMM.VALUE("refined-tin","2025-03","output")')).toBe(15200);
    expect(ask(text, '=SMM.MOM("refined-tin","2025-03")')).toBeCloseTo(0.011);
    expect(ask(text, '=SMM.VALUE("refined-tin","2025-04","output","forecast")')).toBe(15600);
  });
});

describe("an estimate column ('Apr-25e') and the change column naming its month", () => {
  const text = [
    "SMM CHINA OUTPUT                                   March 2025",
    "Product              Mar-25     MoM    Apr-25e    Apr MoM",
    "                       (mt)     (%)       (mt)        (%)",
    "Refined bismuth       1,410    +2.0      1,380       -2.1",
    "e = SMM estimate for next month.",
    "",
  ].join("\n");
  it("reads the marked month as a forecast, with the change column under its month", () => {
    expect(measureOfHeading("Apr-25e")).toBe("output");
    expect(ask(text, '=SMM.VALUE("refined-bismuth","2025-03","output")')).toBe(1410);
    expect(ask(text, '=SMM.MOM("refined-bismuth","2025-03")')).toBeCloseTo(0.02);
    expect(ask(text, '=SMM.VALUE("refined-bismuth","2025-04","output","forecast")')).toBe(1380);
    expect(ask(text, '=SMM.MOM("refined-bismuth","2025-04","forecast")')).toBeCloseTo(-0.021);
  });
});

describe("a key/value dump nested by indentation", () => {
  const dump = [
    "# export from the desk's loader",
    "period: 2025-03",
    "source: SMM",
    "items:",
    "  refined_zinc:",
    "    output_t: 552000",
    "    mom_pct: 0",
    "    yoy_pct: null",
    "    qoq_pct: 2.5",
    "    plan_output_t: 600000   # a smelters' plan, not SMM data",
    '    notes: "maintenance at two smelters"',
    "    provinces:",
    "      yunnan:",
    "        mom_pct: -3.1",
    "    forecast:",
    "      month: 2025-05",
    "      mom_pct: 2.2",
    "  carbonate_lithium:",
    "    output_t: 61200",
    "    forecast:",
    "      month: 2025-04",
    "      trend: down",
    "",
  ].join("\n");
  it("reads each product's mapping as a record, its forecast block and its parts; not targets, qoq or null", () => {
    expect(dumpRecords(dump, (x) => x === "refined zinc" || x === "lithium carbonate")[0]?.records.length).toBe(5);
    expect(ask(dump, '=SMM.VALUE("refined-zinc","2025-03","output")')).toBe(552000);
    expect(ask(dump, '=SMM.MOM("refined-zinc","2025-03")')).toBe(0);
    expect(ask(dump, '=SMM.YOY("refined-zinc","2025-03")')).toMatch(/^#N\/A/);
    expect(ask(dump, '=SMM.MOM("refined-zinc:yunnan","2025-03")')).toBeCloseTo(-0.031, 10);
    expect(ask(dump, '=SMM.FORECAST("refined-zinc","2025-05","mom")')).toBeCloseTo(0.022, 10);
    expect(ask(dump, '=SMM.FORECAST("refined-zinc","2025-04","mom")')).toMatch(/^#N\/A/);
    expect(ask(dump, '=SMM.VALUE("lithium-carbonate","2025-03","output")')).toBe(61200);
    expect(ask(dump, '=SMM.TREND("lithium-carbonate","2025-04","forecast")')).toBe("down");
    expect(ask(dump, '=SMM.FORECAST("lithium-carbonate","2025-04","mom")')).toMatch(/^#N\/A/);
  });
  it("reads nothing from a dump of another source, or from a few key lines", () => {
    expect(dumpRecords(dump.replace("source: SMM", "source: Mysteel"), () => true)[0]?.records).toEqual([]);
    expect(dumpRecords("Notes:\n  zinc: 552000\n", () => true)).toEqual([]);
  });
});
