/**
 * The one Excel writer (src/excel/grid.ts) writing templates to a new sheet, on the one recorder
 * (./excelMock.ts) over office-addin-mock: a template goes in with at
 * most 3 context.sync() calls (2 in fact), whatever its size, and the formulas, number formats,
 * merges, conditional formats, chart and frozen panes reach the worksheet.
 */
// tests/stubs/office-addin-manifest.js is an empty object; office-addin-mock reads OfficeApp from it.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));

import { buildTemplate, FMT } from "../../src/core/templates";
import type { Grid } from "../../src/core/templates";
import { cellText, GridBuilder, gridMatrices, nameCandidates, styleRuns } from "../../src/core/grid";
import { writeGrid } from "../../src/excel/grid";
import type { WriteOptions } from "../../src/excel/types";
import { loadBundled } from "../templates/engine";
import { MockWorkbook, type TemplateSheet } from "./excelMock";

/** The workbook (the one recorder, ./excelMock.ts) with other sheets already there, installed as the global Excel. */
function mockWorkbook(existing: string[]): MockWorkbook {
  return new MockWorkbook({ sheets: existing }).install();
}

/** Writes a grid to a new sheet through the one writer; the sheet it added. */
async function toSheet(wb: MockWorkbook, grid: Grid, options: WriteOptions): Promise<{ name: string; sheet: TemplateSheet; syncs: number }> {
  const r = await writeGrid({ kind: "sheet" }, grid, options);
  if (!r.ok) throw new Error(r.message);
  expect(wb.added).toHaveLength(1);
  return { name: r.value.name, sheet: wb.added[0] as TemplateSheet, syncs: r.syncs };
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

const ds = loadBundled();
const builtAt = "2025-11-26T10:00:00.000Z";
const supports = (): boolean => true;

function formulasOf(sheet: TemplateSheet): (string | number | boolean)[][] {
  const used = sheet.ranges.find((r) => r.formulas !== undefined);
  if (!used) throw new Error("no formulas written");
  return used.formulas as (string | number | boolean)[][];
}
const at = (m: unknown[][], ref: string): unknown => {
  const mm = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
  const col = (mm[1] as string).split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return (m[Number(mm[2]) - 1] as unknown[])[col - 1];
};

describe("writeGrid to a new sheet (the one writer) with office-addin-mock", () => {
  test("forecast vs actual 2025-03: 2 syncs, formulas, formats, merges, conditional formats, chart, frozen header", async () => {
    const grid = buildTemplate(ds, { kind: "forecast-vs-actual", month: "2025-03", builtAt }, "smm");
    const wb = mockWorkbook(["FvA 2025-03"]);
    const res = await toSheet(wb, grid, { supports });
    const rec = res.sheet;
    expect(wb.syncs).toBeLessThanOrEqual(3);
    expect(res.syncs).toBe(wb.syncs);
    expect(res.name).toBe("FvA 2025-03 (2)"); // the name was taken
    expect(wb.added.map((x) => x.name)).toEqual(["FvA 2025-03 (2)"]);

    const f = formulasOf(rec);
    expect(at(f, "A7")).toBe("copper-cathode");
    expect(at(f, "D7")).toBe('=SMM.FORECAST($A7,"2025-03","mom")');
    expect(at(f, "E7")).toBe('=SMM.ACTUAL($A7,"2025-03","mom")');
    expect(at(f, "F7")).toBe('=IF(AND(ISNUMBER(D7),ISNUMBER(E7)),SMM.SURPRISE($A7,"2025-03","mom"),"")');
    expect(at(f, "H7")).toBe('=SMM.TREND($A7,"2025-03","forecast")');
    expect(at(f, "I7")).toBe('=SMM.TREND($A7,"2025-03")');
    expect(String(at(f, "S10"))).toMatch(/^=IF\(S8=0,"n\/a",S9\/S8\)$/);
    const nf = rec.ranges.find((r) => r.numberFormat !== undefined)?.numberFormat as string[][];
    expect(at(nf, "D7")).toBe(FMT.pctSigned);
    expect(at(nf, "K7")).toBe(FMT.tonnes);
    // number formats are queued before the formulas (text stays text)
    const order = rec.assigned.filter(([, k]) => k === "formulas" || k === "numberFormat");
    expect(order).toEqual([
      ["A1:T55", "numberFormat"],
      ["A1:T55", "formulas"],
    ]);

    expect(rec.merges).toEqual(expect.arrayContaining(["A1:O1", "A2:O2", "A3:O3", "D5:J5"]));
    expect(rec.conditionalFormats.length).toBe(grid.conditionalFormats.length);
    const miss = rec.conditionalFormats.find((c) => c.rule.formula === '=$J7="miss"');
    expect(miss).toMatchObject({ range: `A7:O${grid.anchors.lastRow?.slice(1)}`, type: "Custom" });
    expect(miss?.format.fill.color).toBe("#FCE4E4");
    expect(rec.freeze).toEqual(["at A1:B6"]);
    expect(rec.charts).toHaveLength(1);
    const chart = rec.charts[0];
    expect(chart?.type).toBe("ColumnClustered");
    expect(chart?.series.map((s) => s.values)).toEqual(["D7:D14", "E7:E14"]);
    expect(chart?.series.every((s) => s.x === "B7:B14")).toBe(true);
    expect(chart?.series.map((s) => s.name)).toEqual(["Forecast (2025-02 edition)", "Actual (2025-03 edition)"]);
    expect(rec.activated).toBe(1);
    // column P (sort key) is hidden
    const colP = rec.ranges.find((r) => r._addr === "P:P");
    expect(colP?.columnHidden).toBe(true);
    // styles are set by runs, not per cell
    const styled = rec.ranges.filter((r) => Object.keys(r.format.font).length || r.format.fill.color);
    expect(styled.length).toBeLessThan(Object.values(grid.cells).filter((c) => c.style).length);
  });

  test.each([
    ["dashboard", { kind: "dashboard" as const, month: "2025-03", builtAt }],
    ["product history", { kind: "product-history" as const, product: "copper", from: "2024-01", to: "2025-12", builtAt }],
    ["forecast vs actual over a range", { kind: "forecast-vs-actual" as const, from: "2024-01", to: "2025-12", builtAt }],
  ])("%s goes in with at most 3 syncs", async (_label, request) => {
    const grid: Grid = buildTemplate(ds, request, "smm");
    const wb = mockWorkbook([]);
    const res = await toSheet(wb, grid, { supports });
    const rec = res.sheet;
    expect(wb.syncs).toBeLessThanOrEqual(3);
    expect(res.name).toBe(grid.name);
    expect(
      formulasOf(rec)
        .flat()
        .filter((x) => (typeof x === "string" && x.startsWith("=SMM.")) || (typeof x === "string" && x.includes("SMM."))).length,
    ).toBeGreaterThan(10);
    expect(rec.charts.length).toBe(grid.charts.length);
  });

  test("product history: SMM.SERIES is written once at its anchor and spills; months stay text", async () => {
    const grid = buildTemplate(ds, { kind: "product-history", product: "copper-cathode", from: "2024-01", to: "2025-12", builtAt }, "smm");
    const rec = (await toSheet(mockWorkbook([]), grid, { supports })).sheet;
    const f = formulasOf(rec);
    expect(at(f, "A6")).toBe("'2024-01");
    const anchor = grid.anchors["series:mom"] as string;
    expect(at(f, anchor)).toBe('=SMM.SERIES("copper-cathode","mom","2024-01","2025-12")');
    const below = anchor.replace(/\d+$/, (d) => String(Number(d) + 1));
    expect(at(f, below)).toBe(""); // spill area left empty
    expect(rec.freeze).toEqual(["at A1:A5"]);
  });

  test("skips what the host does not support instead of failing", async () => {
    const grid = buildTemplate(ds, { kind: "forecast-vs-actual", month: "2025-03", builtAt }, "smm");
    const wb = mockWorkbook([]);
    const rec = (await toSheet(wb, grid, { supports: (v) => v <= "1.5" })).sheet;
    expect(wb.syncs).toBe(2);
    expect(rec.conditionalFormats).toHaveLength(0);
    expect(rec.charts).toHaveLength(0);
    expect(rec.freeze).toHaveLength(0);
  });
});

describe("writeGrid's outcome (what the Templates tab shows)", () => {
  test("runs in one Excel.run with 2 counted syncs", async () => {
    const grid = buildTemplate(ds, { kind: "forecast-vs-actual", month: "2025-03", builtAt }, "smm");
    const wb = mockWorkbook([]);
    const outcome = await writeGrid({ kind: "sheet" }, grid, { supports });
    expect(outcome).toMatchObject({ ok: true, syncs: 2, value: { name: "FvA 2025-03", address: "FvA 2025-03!A1:T55", rows: 55, cols: 20 } });
    expect(wb.syncs).toBe(2);
    expect(wb.added.map((x) => x.name)).toEqual(["FvA 2025-03"]);
  });

  test("outside Excel: a message, not an exception", async () => {
    const grid = buildTemplate(ds, { kind: "dashboard", month: "2025-03", builtAt }, "smm");
    const outcome = await writeGrid({ kind: "sheet" }, grid, { supports });
    expect(outcome).toMatchObject({ ok: false, code: "no-excel", syncs: 0 });
  });

  test("a grid with sheet-level parts (charts, frozen panes...) is not written at a cell", async () => {
    const grid = buildTemplate(ds, { kind: "forecast-vs-actual", month: "2025-03", builtAt }, "smm");
    const wb = mockWorkbook([]);
    const outcome = await writeGrid({ kind: "active" }, grid);
    expect(outcome).toMatchObject({ ok: false, code: "failed", syncs: 0 });
    expect(!outcome.ok && outcome.message).toMatch(/frozen panes, conditional formats, charts.*sheet of its own/);
    expect(wb.syncs).toBe(0);
  });
});

describe("adapter helpers", () => {
  test("text that Excel would coerce keeps a leading apostrophe", () => {
    expect(cellText("2025-03")).toBe("'2025-03");
    expect(cellText("=x")).toBe("'=x");
    expect(cellText("TRUE")).toBe("'TRUE");
    expect(cellText("copper-cathode")).toBe("copper-cathode");
    expect(cellText("co3o4")).toBe("co3o4");
  });
  test("sheet names stay within 31 characters", () => {
    const c = nameCandidates("History overseas-metallurgical-grade-alumina");
    expect(c.every((n) => n.length <= 31)).toBe(true);
    expect(c[1]).toMatch(/ \(2\)$/);
  });
  test("matrices and style runs cover the grid", () => {
    const grid = buildTemplate(ds, { kind: "dashboard", month: "2025-03", builtAt }, "smm");
    const m = gridMatrices(grid);
    expect(m.formulas).toHaveLength(m.rows);
    expect(m.formulas[0]).toHaveLength(m.cols);
    const runs = styleRuns(grid);
    expect(runs.some(([r]) => r === "A1:K1")).toBe(true); // the title row is one run
  });
  test("style runs join rows below with the same columns and style into one rectangle", () => {
    const b = new GridBuilder({ name: "t", kind: "table", mode: "plain", builtAt: "" });
    b.style("A1:C1", { bold: true }).style("A2:C4", { bold: false }).style("B5", { bold: false });
    expect(styleRuns(b.grid)).toEqual([
      ["A1:C1", { bold: true }],
      ["A2:C4", { bold: false }],
      ["B5", { bold: false }],
    ]);
  });
});
