/**
 * @jest-environment jsdom
 *
 * The Templates tab: its actions (defaults from defaultMonths, requests, the preview of a grid as
 * text, messages), the insert through the Excel adapter against office-addin-mock (a new worksheet,
 * formulas and number formats in one assignment each, at most 3 context.sync() calls, name
 * collisions, clear failures) and the whole path from the tab's Insert button in the controller.
 */
// office-addin-mock reads OfficeApp from office-addin-manifest (mapped to a stub under jest: see jest.config.js)
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));

import fs from "fs";
import path from "path";
import { Dataset } from "../../src/core/dataset";
import { readDatasetFile } from "../../src/core/store";
import { buildTemplate, defaultMonths, FMT } from "../../src/core/templates";
import * as excelGrid from "../../src/excel/grid";
import { writeGrid } from "../../src/excel/grid";
import { SmmRuntime } from "../../src/runtime/state";
import { App } from "../../src/taskpane/app";
import {
  buildTemplateGrid,
  countFormulas,
  formatCellValue,
  insertedMessage,
  monthOptionLabel,
  productMonths,
  reconcileSpec,
  templateOptions,
  templatePreview,
  templateRequest,
  type TemplateSpec,
} from "../../src/taskpane/actions/templates";
import { MockWorkbook } from "../excel/excelMock";

// a frozen copy of the bundle (see tests/templates/engine.ts): the numbers below were checked by hand on it
const BUNDLED = path.join(__dirname, "../templates/history-snapshot.json");
function bundled(ds = new Dataset()): Dataset {
  for (const e of readDatasetFile(fs.readFileSync(BUNDLED, "utf8")).editions) ds.addEdition(e, "bundled");
  return ds;
}
const ds = bundled();
const builtAt = "2025-11-26T10:00:00.000Z";
const spec = (patch: Partial<TemplateSpec> = {}): TemplateSpec => ({ ...templateOptions(ds).defaults, ...patch });

const withOffice = (): void => {
  (globalThis as { Office?: unknown }).Office = { context: { requirements: { isSetSupported: () => true } } };
};

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  delete (globalThis as { Office?: unknown }).Office;
  document.body.replaceChildren();
});

const until = async (ok: () => boolean, ms = 5000): Promise<void> => {
  const t0 = Date.now();
  while (!ok()) {
    if (Date.now() - t0 > ms) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe("actions", () => {
  test("defaults come from defaultMonths: the latest month with many pairs, the latest edition with many products, the richest product", () => {
    const d = defaultMonths(ds);
    const o = templateOptions(ds);
    expect(o.defaults).toMatchObject({
      choice: "fva-month",
      month: d.forecastMonth,
      dashboardMonth: d.dashboardMonth,
      product: "copper-cathode",
      productFrom: "",
      productTo: "",
    });
    // on the bundled data: March 2025 has the most forecast/actual pairs, February 2025 the most products
    expect(d).toMatchObject({ forecastMonth: "2025-03", dashboardMonth: "2025-02" });
    expect(o.coverage["2025-03"]).toMatchObject({ momPairs: 8 });
    expect(o.coverage["2025-03"]?.pairs).toBeGreaterThanOrEqual(12);
    expect(o.coverage["2025-02"]?.products).toBeGreaterThan(40);
    expect(o.coverage["2025-12"]?.products).toBeLessThan(5);
    // the range: the months with MoM pairs
    expect(o.defaults).toMatchObject({ from: "2025-02", to: "2025-03" });
    expect(o.forecastMonths[0]).toBe(d.to); // newest first
    expect(o.editionMonths[0]).toBe("2025-12");
    expect(monthOptionLabel("2025-03", o.coverage["2025-03"], "pairs")).toMatch(/^March 2025 · 1\d pairs \(8 MoM\)$/);
    expect(monthOptionLabel("2025-12", o.coverage["2025-12"], "pairs")).toBe("December 2025 · no pairs");
    expect(monthOptionLabel("2025-02", o.coverage["2025-02"], "products")).toMatch(/^February 2025 · 4\d products$/);
    expect(monthOptionLabel("2025-03", o.coverage["2025-03"], "pairs", true)).toMatch(/^2025-03 · 1\d pairs$/);
    expect(productMonths(ds, "copper")[0]).toBe(productMonths(ds, "copper-cathode")[0]);
    expect(productMonths(ds, "unobtainium")).toEqual([]);
  });

  test("the default month of each template gives mostly numbers on the bundled data", () => {
    const o = templateOptions(ds);
    // forecast vs actual: the rows the preview shows first (pairs first) have a forecast and an actual
    const fva = buildTemplateGrid(ds, { ...o.defaults, choice: "fva-month" }, builtAt);
    if (!fva.ok) throw new Error(fva.message);
    const p = templatePreview(fva.value);
    expect(p.header.slice(2, 4)).toEqual(["Forecast", "Actual"]);
    const shown = p.rows.flatMap((r) => [r[2], r[3]]);
    expect(shown.filter((c) => c?.numeric).length / shown.length).toBeGreaterThan(0.75);
    // the dashboard: most product rows have a number (MoM, YoY, output or operating rate, columns E-H)
    const rowsWithNumbers = (month: string): number => {
      const g = buildTemplateGrid(ds, { ...o.defaults, choice: "dashboard", dashboardMonth: month }, builtAt);
      if (!g.ok) throw new Error(g.message);
      const rows = Object.keys(g.value.cells)
        .filter((k) => /^E\d+$/.test(k) && /SMM\.MOM/.test(g.value.cells[k]?.formula ?? ""))
        .map((k) => k.slice(1));
      expect(rows.length).toBeGreaterThan(40);
      return rows.filter((r) => ["E", "F", "G", "H"].some((c) => typeof g.value.cells[`${c}${r}`]?.value === "number")).length / rows.length;
    };
    expect(rowsWithNumbers(o.defaults.dashboardMonth)).toBeGreaterThan(0.5);
    // the newest edition (December 2025) would not
    expect(rowsWithNumbers("2025-12")).toBeLessThan(0.1);
  });

  test("an empty dataset: no months, and each template says what is missing instead of failing", () => {
    const empty = new Dataset();
    const o = templateOptions(empty);
    expect(o.forecastMonths).toEqual([]);
    for (const choice of ["fva-month", "fva-range", "dashboard"] as const) {
      const r = buildTemplateGrid(empty, { ...o.defaults, choice });
      expect(r.ok).toBe(false);
      expect(!r.ok && r.message).toMatch(/import/i);
    }
    const h = buildTemplateGrid(empty, { ...o.defaults, choice: "product-history" });
    expect(!h.ok && h.message).toMatch(/Choose a product/);
  });

  test("requests: month, range (checked), dashboard, product history (its range optional)", () => {
    expect(templateRequest(spec({ choice: "fva-month", month: "2025-03" }))).toEqual({ ok: true, value: { kind: "forecast-vs-actual", month: "2025-03" } });
    expect(templateRequest(spec({ choice: "fva-range", from: "2024-03", to: "2025-03" }), builtAt)).toEqual({
      ok: true,
      value: { kind: "forecast-vs-actual", from: "2024-03", to: "2025-03", builtAt },
    });
    const back = templateRequest(spec({ choice: "fva-range", from: "2025-04", to: "2025-02" }));
    expect(!back.ok && back.message).toBe("From (April 2025) is after To (February 2025): pick an earlier From month.");
    expect(templateRequest(spec({ choice: "fva-range", from: "2025-03", to: "2025-03" })).ok).toBe(false);
    expect(templateRequest(spec({ choice: "dashboard", dashboardMonth: "2025-03" }))).toMatchObject({
      ok: true,
      value: { kind: "dashboard", month: "2025-03" },
    });
    expect(templateRequest(spec({ choice: "product-history", product: "refined-nickel" }))).toEqual({
      ok: true,
      value: { kind: "product-history", product: "refined-nickel" },
    });
    expect(templateRequest(spec({ choice: "product-history", product: "refined-nickel", productFrom: "2025-01", productTo: "2025-06" }))).toMatchObject({
      ok: true,
      value: { from: "2025-01", to: "2025-06" },
    });
  });

  test("the grid is the core builder's, in smm mode; builder errors become messages", () => {
    const g = buildTemplateGrid(ds, spec({ choice: "fva-month", month: "2025-03" }), builtAt);
    expect(g.ok && g.value).toEqual(buildTemplate(ds, { kind: "forecast-vs-actual", month: "2025-03", builtAt }, "smm"));
    const bad = buildTemplateGrid(ds, spec({ choice: "product-history", product: "no-such-metal" }));
    expect(!bad.ok && bad.message).toMatch(/^Could not build the template: unknown product "no-such-metal"/);
  });

  test("choices still on offer are kept when the data changes; others fall back to the defaults", () => {
    const o = templateOptions(ds);
    const kept = reconcileSpec(
      spec({ choice: "dashboard", month: "2025-03", dashboardMonth: "2025-02", product: "refined-nickel", productFrom: "2025-02" }),
      o,
      productMonths(ds, "refined-nickel"),
    );
    expect(kept).toMatchObject({ choice: "dashboard", month: "2025-03", dashboardMonth: "2025-02", product: "refined-nickel", productFrom: "2025-02" });
    const gone = reconcileSpec(spec({ month: "1999-01", dashboardMonth: "1999-01", productFrom: "1999-01" }), o, []);
    expect(gone).toMatchObject({ month: o.defaults.month, dashboardMonth: o.defaults.dashboardMonth, productFrom: "" });
  });

  test("preview: the title rows, the header and the first rows of the main table as text, formatted", () => {
    const g = buildTemplate(ds, { kind: "forecast-vs-actual", month: "2025-03", builtAt }, "smm");
    const p = templatePreview(g, 5, 8);
    expect(p.name).toBe("FvA 2025-03");
    expect(p.title[0]).toBe("SMM forecast vs actual — March 2025");
    expect(p.title).toHaveLength(3);
    // the grey key column (product ids) and the hidden sort key are left out of the narrow preview
    expect(p.header).toEqual(["Product", "Group", "Forecast", "Actual", "Error (actual − forecast)", "|Error|", "Forecast direction", "Actual direction"]);
    expect(p.rows).toHaveLength(5);
    expect(p.rows[0]?.map((c) => c.text)).toEqual(["Copper Cathode", "Base metals", "+3.97%", "+6.04%", "+2.07%", "2.07%", "up", "up"]);
    expect(p.rows[0]?.[2]).toMatchObject({ numeric: true, formula: '=SMM.FORECAST($A7,"2025-03","mom")' });
    expect(p.moreCols).toBe(7); // A, J..O
    expect(p.moreRows).toBeGreaterThan(30);
    const f = countFormulas(g);
    expect(p).toMatchObject({ formulas: f.formulas, smmFormulas: f.smm, charts: [expect.stringMatching(/forecast vs actual/)] });
    expect(f.smm).toBeGreaterThan(100);
    expect(f.formulas).toBeGreaterThan(f.smm);

    const dash = templatePreview(buildTemplate(ds, { kind: "dashboard", month: "2025-03", builtAt }, "smm"));
    expect(dash.header.slice(0, 3)).toEqual(["Product", "Trend", "Direction 2025-03 (SMM.TREND)"]);
    expect(dash.rows[0]?.map((c) => c.text)).toEqual(["Base metals", "", "", "", "", "", "", ""]); // a group row, merged across
    expect(dash.rows[1]?.[0]?.text).toBe("Copper Cathode");
    const hist = templatePreview(buildTemplate(ds, { kind: "product-history", product: "copper-cathode", from: "2025-01", to: "2025-03", builtAt }, "smm"));
    expect(hist.header[0]).toBe("Month");
    expect(hist.rows.map((r) => r[0]?.text)).toEqual(["2025-01", "2025-02", "2025-03"]);
    expect(hist.moreRows).toBe(0);
  });

  test("cell text follows Excel number formats", () => {
    expect(formatCellValue(0.0397, FMT.pctSigned)).toBe("+3.97%");
    expect(formatCellValue(-0.0569, FMT.pctSigned)).toBe("-5.69%");
    expect(formatCellValue(0, FMT.pctSigned)).toBe("0.00%");
    expect(formatCellValue(0.8281, FMT.pct)).toBe("82.81%");
    expect(formatCellValue(1058098.6, FMT.tonnes)).toBe("1,058,099");
    expect(formatCellValue(-21912.5, FMT.tonnesSigned)).toBe("-21,913");
    expect(formatCellValue(13, FMT.count)).toBe("13");
    expect(formatCellValue({ error: "#N/A" })).toBe("#N/A");
    expect(formatCellValue(null)).toBe("");
    expect(formatCellValue(0.123456)).toBe("0.1235");
  });

  test("the message names the sheet, the formulas written and a renamed sheet", () => {
    const g = buildTemplate(ds, { kind: "forecast-vs-actual", month: "2025-03", builtAt }, "smm");
    const f = countFormulas(g);
    const m = insertedMessage(g, "FvA 2025-03 (2)");
    expect(m.title).toBe('Inserted the sheet "FvA 2025-03 (2)"');
    expect(m.body).toContain(`${f.formulas.toLocaleString("en-US")} formulas written (${f.smm.toLocaleString("en-US")} =SMM.* calls)`);
    expect(m.body).toContain('A sheet "FvA 2025-03" already exists, so this one is "FvA 2025-03 (2)".');
    expect(insertedMessage(g, "FvA 2025-03").body).not.toContain("already exists");
  });
});

describe("writeGrid to a new sheet against office-addin-mock", () => {
  test("adds a worksheet and writes formulas and number formats in one assignment each, in at most 3 syncs", async () => {
    withOffice();
    const wb = new MockWorkbook().install();
    const grid = buildTemplate(ds, { kind: "forecast-vs-actual", month: "2025-03", builtAt }, "smm");
    const r = await writeGrid({ kind: "sheet" }, grid);
    expect(r).toMatchObject({ ok: true, value: { name: "FvA 2025-03" } });
    expect(r.syncs).toBeLessThanOrEqual(3);
    expect(wb.syncs).toBe(r.syncs);
    expect(wb.added.map((s) => s.name)).toEqual(["FvA 2025-03"]);
    const sheet = wb.added[0]!;
    const written = sheet.ranges.filter((x) => x.formulas !== undefined);
    expect(written).toHaveLength(1); // the whole used range in one assignment
    expect(written[0]?._addr).toBe("A1:T55");
    const f = written[0]?.formulas as unknown[][];
    const nf = written[0]?.numberFormat as string[][];
    expect(f[0]?.[0]).toBe("SMM forecast vs actual — March 2025");
    expect(f[6]?.[0]).toBe("copper-cathode");
    expect(f[6]?.[3]).toBe('=SMM.FORECAST($A7,"2025-03","mom")');
    expect(f[6]?.[4]).toBe('=SMM.ACTUAL($A7,"2025-03","mom")');
    expect(nf[6]?.[3]).toBe(FMT.pctSigned);
    expect(nf[6]?.[10]).toBe(FMT.tonnes);
    const formulaCells = f.flat().filter((x) => typeof x === "string" && x.startsWith("=")).length;
    expect(formulaCells).toBe(countFormulas(grid).formulas);
    // styles, merges, conditional formats, the chart, frozen panes, activation (Office says ExcelApi 1.8 is there)
    expect(sheet.ranges.some((x) => x._addr === "A1:O1" && x.format.font.bold === true && x.format.fill.color === "#1F3864")).toBe(true);
    expect(sheet.merges).toEqual(expect.arrayContaining(["A1:O1", "D5:J5"]));
    expect(sheet.conditionalFormats.map((c) => c.rule.formula)).toContain('=$J7="miss"');
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.freeze).toEqual(["at A1:B6"]);
    expect(sheet.activated).toBe(1);
  });

  test("a name that is taken gets the next free one ('FvA 2025-03 (2)'), still in 2 syncs", async () => {
    withOffice();
    const wb = new MockWorkbook({ sheets: ["fva 2025-03"] }).install();
    const r = await writeGrid({ kind: "sheet" }, buildTemplate(ds, { kind: "forecast-vs-actual", month: "2025-03", builtAt }, "smm"));
    expect(r).toMatchObject({ ok: true, syncs: 2, value: { name: "FvA 2025-03 (2)" } });
    expect(wb.added.map((s) => s.name)).toEqual(["FvA 2025-03 (2)"]);
  });

  test("without ExcelApi 1.6+ the extras are skipped, the cells still go in", async () => {
    const wb = new MockWorkbook().install(); // no Office global: requirement sets unknown
    const r = await writeGrid({ kind: "sheet" }, buildTemplate(ds, { kind: "dashboard", month: "2025-03", builtAt }, "smm"));
    expect(r).toMatchObject({ ok: true, value: { name: "Dashboard 2025-03" } });
    const sheet = wb.added[0]!;
    expect(sheet.ranges.filter((x) => x.formulas !== undefined)).toHaveLength(1);
    expect(sheet.conditionalFormats).toHaveLength(0);
    expect(sheet.freeze).toHaveLength(0);
  });

  test("a protected workbook: a clear message, nothing thrown", async () => {
    new MockWorkbook({ syncError: { code: "AccessDenied", message: "Workbook is protected" } }).install();
    const r = await writeGrid({ kind: "sheet" }, buildTemplate(ds, { kind: "dashboard", month: "2025-03", builtAt }, "smm"));
    expect(r).toMatchObject({ ok: false, code: "protected" });
    expect(!r.ok && r.message).toMatch(/protected/);
  });
});

describe("the Templates tab in the controller", () => {
  function pane(inExcel: boolean): { app: App; root: HTMLElement } {
    const rt = new SmmRuntime();
    bundled(rt.dataset);
    const root = document.createElement("div");
    document.body.appendChild(root);
    const app = new App(root, rt, inExcel);
    return { app, root };
  }
  const q = <T extends Element = HTMLElement>(root: Element, testid: string): T => {
    const el = root.querySelector<T>(`[data-testid="${testid}"]`);
    if (!el) throw new Error(`no ${testid}`);
    return el;
  };

  test("Insert: forecast vs actual for 2025-03 becomes a new worksheet; the tab says which and how many formulas", async () => {
    withOffice();
    const wb = new MockWorkbook({ sheets: ["FvA 2025-03"] }).install();
    const { app, root } = pane(true);
    app.shell.select("templates");
    const month = q<HTMLSelectElement>(root, "tpl-month");
    month.value = "2025-03";
    month.dispatchEvent(new Event("change"));
    expect(q(root, "template-sheet").textContent).toBe("New sheet \u201CFvA 2025-03\u201D");
    await until(() => wb.syncs > 0); // the Data tab's linked-table list (setHost)
    const before = wb.syncs;
    q<HTMLButtonElement>(root, "template-insert").click();
    await until(() => /Inserted the sheet/.test(q(root, "template-result").textContent ?? ""));
    expect(wb.syncs - before).toBeLessThanOrEqual(3);
    expect(wb.added.map((s) => s.name)).toEqual(["FvA 2025-03 (2)"]);
    const text = q(root, "template-result").textContent ?? "";
    const n = countFormulas(buildTemplate(ds, { kind: "forecast-vs-actual", month: "2025-03" }, "smm")).formulas;
    expect(text).toContain('Inserted the sheet "FvA 2025-03 (2)"');
    expect(text).toContain(`${n.toLocaleString("en-US")} formulas written`);
    expect(q<HTMLButtonElement>(root, "template-insert").disabled).toBe(false);
  });

  test("Explore's insert and the Templates insert go through the one writer (src/excel/grid.ts writeGrid) with the one model", async () => {
    withOffice();
    const wb = new MockWorkbook({ active: "B2" }).install();
    const writer = jest.spyOn(excelGrid, "writeGrid");
    try {
      const { app, root } = pane(true);
      app.shell.select("explore");
      await until(() => wb.syncs > 0);
      q(root, "results").querySelector<HTMLElement>("li.option")?.click(); // a product
      q<HTMLButtonElement>(root, "insert-btn").click();
      await until(() => /Inserted/.test(q(root, "explore-result").textContent ?? ""));
      app.shell.select("templates");
      q<HTMLButtonElement>(root, "template-insert").click();
      await until(() => /Inserted the sheet/.test(q(root, "template-result").textContent ?? ""));
      expect(writer.mock.calls.map(([target, grid]) => [target.kind, grid.kind])).toEqual([
        ["active", "table"],
        ["sheet", expect.stringMatching(/^(forecast-vs-actual|dashboard|product-history|data)/)],
      ]);
      expect(wb.writes()[0]?.address).toMatch(/^Sheet1!B2:/); // Explore's table at the active cell
      expect(wb.added).toHaveLength(1); // the template in a new sheet
    } finally {
      writer.mockRestore();
    }
  });

  test("outside Excel: says inserting needs Excel, and the preview stays", async () => {
    const { app, root } = pane(false);
    app.shell.select("templates");
    q<HTMLInputElement>(root, "template-dashboard").click();
    expect(q(root, "template-title").textContent).toContain("SMM monthly dashboard");
    expect(root.querySelectorAll("[data-testid=template-table] tbody tr").length).toBeGreaterThan(3);
    q<HTMLButtonElement>(root, "template-insert").click();
    await until(() => /Inserting needs Excel/.test(q(root, "template-result").textContent ?? ""));
    expect(q(root, "template-result").textContent).toMatch(/open this pane from the SMM add-in in Excel/);
    expect(q(root, "template-title").textContent).toContain("SMM monthly dashboard");
  });

  test("an Excel failure is shown as an error under the button", async () => {
    withOffice();
    const wb = new MockWorkbook().install();
    const { app, root } = pane(true);
    app.shell.select("templates");
    await until(() => wb.syncs > 0);
    wb.pendingError = Object.assign(new Error("The workbook is protected."), { code: "AccessDenied" });
    q<HTMLButtonElement>(root, "template-insert").click();
    await until(() => /protected/.test(q(root, "template-result").textContent ?? ""));
    expect(q(root, "template-result").querySelector("[role=alert]")?.textContent).toMatch(/The workbook is protected.*Unprotect/);
  });
});
