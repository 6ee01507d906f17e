/**
 * The Excel adapter (src/excel) against office-addin-mock: what is written (cells, number formats,
 * bold headers, names, the linked-table registry), the number of context.sync() calls (one or two
 * per action, never one per cell), and clear failures (protected sheet, cells in the way, spill
 * blocked, no selection, not in Excel).
 */
// office-addin-mock reads OfficeApp from office-addin-manifest (mapped to a stub under jest: see jest.config.js)
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));

import { readActiveCell, readCellValues } from "../../src/excel/cell";
import { writeGrid } from "../../src/excel/grid";
import { listLinkedTables, parseRegistry, refreshSmm, REGISTRY_KEY, resetLinkCache, unlinkTable } from "../../src/excel/linkedTables";
import { describeExcelError } from "../../src/excel/run";
import { tableGrid, type Grid } from "../../src/core/grid";
import type { LinkRecord } from "../../src/excel/types";
import { MockWorkbook } from "./excelMock";

const grid = (rows: number, cols: number, header = true): Grid =>
  tableGrid(
    Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 && header ? `H${j}` : j === 0 ? `p${i}` : i * 10 + j))),
    Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 && header ? "@" : j === 0 ? "@" : "0.00%"))),
    header ? 1 : 0,
  );

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  resetLinkCache();
});

describe("writeGrid", () => {
  test("writes values, formats and a bold header at the active cell in two syncs", async () => {
    const wb = new MockWorkbook({ active: "B2" }).install();
    const r = await writeGrid({ kind: "active" }, grid(30, 4));
    expect(r).toMatchObject({ ok: true, syncs: 2, value: { address: "Sheet1!B2:E31", rows: 30, cols: 4 } });
    expect(wb.syncs).toBe(2);
    const w = wb.writes();
    expect(w).toHaveLength(1); // one assignment for all 120 cells, not one per cell
    expect(w[0]?.address).toBe("Sheet1!B2:E31");
    expect(w[0]?.formulas[0]).toEqual(["H0", "H1", "H2", "H3"]);
    expect(w[0]?.formulas[1]).toEqual(["p1", 11, 12, 13]);
    expect((w[0]?.numberFormat as string[][])[1]).toEqual(["@", "0.00%", "0.00%", "0.00%"]);
    const header = wb.ranges.find((x) => x._addr === "Sheet1!B2:E2" && x.format.font.bold === true);
    expect(header).toBeDefined();
    expect(wb.calls).toContainEqual(["autofit", "Sheet1!B2:E31"]);
  });

  test("empty cells are written as empty, formulas as formulas", async () => {
    const wb = new MockWorkbook().install();
    const g = tableGrid([[{ formula: '=SMM.MOM("nickel","2025-02")' }, null]], [["0.00%", "General"]]);
    const r = await writeGrid({ kind: "active" }, g);
    expect(r.ok).toBe(true);
    expect(wb.writes()[0]?.formulas).toEqual([['=SMM.MOM("nickel","2025-02")', ""]]);
  });

  test("cells in the way: nothing written, the message says how many and where; overwrite writes", async () => {
    const wb = new MockWorkbook({ active: "A1", cells: { B3: "keep me", C2: 5 } }).install();
    const r = await writeGrid({ kind: "active" }, grid(3, 3));
    expect(r).toMatchObject({ ok: false, code: "not-empty", syncs: 1, address: "Sheet1!A1:C3" });
    expect(!r.ok && r.message).toMatch(/2 cells in Sheet1!A1:C3 are not empty/);
    expect(wb.writes()).toHaveLength(0);
    const again = await writeGrid({ kind: "active" }, grid(3, 3), { overwrite: true });
    expect(again).toMatchObject({ ok: true, syncs: 2 });
  });

  test("a protected sheet gives a clear message and writes nothing", async () => {
    const wb = new MockWorkbook({ protected: true }).install();
    const r = await writeGrid({ kind: "active" }, grid(2, 2));
    expect(r).toMatchObject({ ok: false, code: "protected" });
    expect(!r.ok && r.message).toMatch(/Sheet "Sheet1" is protected/);
    expect(wb.writes()).toHaveLength(0);
  });

  test("a spilling formula whose cells are not empty: spill blocked", async () => {
    const wb = new MockWorkbook({ active: "A1", cells: { A1: "old", B5: 1 } }).install();
    const r = await writeGrid({ kind: "active" }, tableGrid([[{ formula: '=SMM.SERIES("nickel","mom")' }]], [["General"]]), {
      overwrite: true,
      spill: { rows: 6, cols: 2 },
    });
    expect(r).toMatchObject({ ok: false, code: "spill-blocked" });
    expect(!r.ok && r.message).toMatch(/#SPILL!/);
    expect(wb.writes()).toHaveLength(0);
    // the anchor may be overwritten: only B5 was in the way
    wb.cells.delete("4,1");
    const ok = await writeGrid({ kind: "active" }, tableGrid([[{ formula: '=SMM.SERIES("nickel","mom")' }]], [["General"]]), {
      overwrite: true,
      spill: { rows: 6, cols: 2 },
    });
    expect(ok).toMatchObject({ ok: true, syncs: 2, value: { address: "Sheet1!A1" } });
  });

  test("no selection / cell-edit mode / no room: Office errors become clear messages", async () => {
    new MockWorkbook({ syncError: { code: "InvalidSelection", message: "The current selection is invalid" } }).install();
    const r = await writeGrid({ kind: "active" }, grid(2, 2));
    expect(r).toMatchObject({ ok: false, code: "no-selection" });
    expect(!r.ok && r.message).toMatch(/Select a cell first/);
    expect(describeExcelError({ code: "InvalidOperationInCellEditMode", message: "x" }, "write").code).toBe("edit-mode");
    expect(describeExcelError({ code: "InvalidArgument", message: "x" }, "write").message).toMatch(/does not fit/);
    expect(describeExcelError({ code: "AccessDenied", message: "x" }, "write").code).toBe("protected");
  });

  test("outside Excel: a clear message, no attempt", async () => {
    const r = await writeGrid({ kind: "active" }, grid(2, 2));
    expect(r).toMatchObject({ ok: false, code: "no-excel", syncs: 0 });
    expect(!r.ok && r.message).toMatch(/Writing to a sheet needs Excel/);
  });
});

describe("linked tables", () => {
  const query = { v: 1, products: ["copper-cathode"], measures: ["mom"], from: "2025-01", to: "latest" };

  async function insertLinked(wb: MockWorkbook, rows = 4, cols = 3): Promise<LinkRecord> {
    const r = await writeGrid({ kind: "active" }, grid(rows, cols), { link: { query, title: "Copper Cathode: MoM %" } });
    if (!r.ok) throw new Error(r.message);
    expect(r.syncs).toBe(2);
    wb.commit();
    return r.value.linked as LinkRecord;
  }

  test("a table inserted as values is named and its query stored in a workbook setting (same two syncs)", async () => {
    const wb = new MockWorkbook({ active: "B2" }).install();
    const rec = await insertLinked(wb);
    expect(rec.name).toMatch(/^SMM_T_[a-z0-9]+$/);
    expect(wb.names[rec.name]).toBe("Sheet1!B2:D5");
    const stored = parseRegistry(wb.settings[REGISTRY_KEY]);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: rec.id, name: rec.name, address: "Sheet1!B2:D5", query });
    // a second table keeps the first
    wb.active = "H2";
    await insertLinked(wb);
    expect(parseRegistry(wb.settings[REGISTRY_KEY])).toHaveLength(2);
  });

  test("registry parsing tolerates garbage (the setting travels with shared workbooks)", () => {
    expect(parseRegistry("not json")).toEqual([]);
    expect(parseRegistry({ tables: [{ id: "../x", name: "SMM_T_../x" }, { id: "abcd1234", name: "OTHER" }, 5] })).toEqual([]);
    expect(parseRegistry(JSON.stringify({ v: 1, tables: [{ id: "abcd1234", name: "SMM_T_abcd1234", query: {} }] }))).toHaveLength(1);
  });

  test("refresh grows a table into empty cells, recalculates the sheet, in two syncs (known registry)", async () => {
    const wb = new MockWorkbook({ active: "B2", cells: { H1: '=SMM.MOM("nickel","2025-02")', H2: '=SMM.YOY("nickel","2025-02")', A20: "outside" } }).install();
    const rec = await insertLinked(wb, 4, 3);
    const r = await refreshSmm("sheet", () => grid(6, 3));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.syncs).toBe(2);
    expect(r.value.formulaCells).toBe(2);
    expect(r.value.tables).toEqual([
      expect.objectContaining({ id: rec.id, status: "refreshed", address: "Sheet1!B2:D7", before: { rows: 4, cols: 3 }, after: { rows: 6, cols: 3 } }),
    ]);
    expect(wb.calls).toContainEqual(["worksheet.calculate", true]);
    expect(wb.writes().map((w) => w.address)).toEqual(["Sheet1!B2:D7"]);
    expect(wb.names[rec.name]).toBe("Sheet1!B2:D7");
    expect(parseRegistry(wb.settings[REGISTRY_KEY])[0]?.address).toBe("Sheet1!B2:D7");
    wb.commit();
    expect(wb.value("A20")).toBe("outside");
  });

  test("refresh shrinks a table and clears only the cells it left", async () => {
    const wb = new MockWorkbook({ active: "B2", cells: { E2: "right", B9: "below" } }).install();
    const rec = await insertLinked(wb, 5, 3);
    const autofits = wb.calls.filter((c) => c[0] === "autofit").length; // the insert fits its columns
    const r = await refreshSmm("workbook", () => grid(3, 2));
    expect(r.ok && r.value.tables[0]).toMatchObject({ status: "refreshed", address: "Sheet1!B2:C4" });
    expect(wb.calls.filter((c) => c[0] === "autofit")).toHaveLength(autofits); // a refresh keeps the widths the user set
    expect(wb.writes().find((w) => w.address === "Sheet1!B2:C4")?.formulas).toEqual([
      ["H0", "H1"],
      ["p1", 11],
      ["p2", 21],
    ]);
    const clears = wb.calls.filter((c) => c[0] === "clear").map((c) => c[1]);
    expect(clears).toEqual(["Sheet1!B5:D6", "Sheet1!D2:D4"]);
    expect(wb.calls).toContainEqual(["application.calculate", "Full"]);
    wb.commit();
    expect(wb.value("E2")).toBe("right");
    expect(wb.value("B9")).toBe("below");
    expect(wb.names[rec.name]).toBe("Sheet1!B2:C4");
  });

  test("refresh never writes over cells outside the table: a table that would grow into data is left alone", async () => {
    const wb = new MockWorkbook({ active: "B2", cells: { C7: "analyst note" } }).install();
    await insertLinked(wb, 4, 3);
    const r = await refreshSmm("sheet", () => grid(8, 3));
    expect(r.ok && r.value.tables[0]).toMatchObject({ status: "blocked" });
    expect(r.ok && r.value.tables[0]?.message).toMatch(/1 cell below or right of it is not empty/);
    expect(wb.writes()).toHaveLength(0);
  });

  test("selection scope: only tables that intersect the selection; the selection is recalculated", async () => {
    const wb = new MockWorkbook({ active: "B2" }).install();
    await insertLinked(wb, 3, 2);
    wb.selection = "J10:K12";
    const r = await refreshSmm("selection", () => grid(3, 2));
    expect(r.ok && r.value.tables[0]?.status).toBe("out-of-scope");
    expect(wb.calls).toContainEqual(["range.calculate", "Sheet1!J10:K12"]);
    wb.selection = "C3";
    const r2 = await refreshSmm("selection", () => grid(3, 2));
    expect(r2.ok && r2.value.tables[0]?.status).toBe("refreshed");
  });

  test("a table whose query no longer builds is reported, not touched", async () => {
    const wb = new MockWorkbook({ active: "B2" }).install();
    await insertLinked(wb);
    const r = await refreshSmm("sheet", () => ({ error: "unknown product" }));
    expect(r.ok && r.value.tables[0]).toMatchObject({ status: "invalid", message: "not refreshed: unknown product" });
    expect(wb.writes()).toHaveLength(0);
  });

  test("a table whose name was deleted is unlinked and reported", async () => {
    const wb = new MockWorkbook({ active: "B2" }).install();
    const rec = await insertLinked(wb);
    delete wb.names[rec.name];
    const r = await refreshSmm("sheet", () => grid(4, 3));
    expect(r.ok && r.value.tables).toEqual([expect.objectContaining({ id: rec.id, status: "missing" })]);
    expect(parseRegistry(wb.settings[REGISTRY_KEY])).toEqual([]);
  });

  test("first refresh in a session reads the registry first (three syncs), list and unlink", async () => {
    const wb = new MockWorkbook({ active: "B2" }).install();
    const rec = await insertLinked(wb);
    resetLinkCache();
    const before = wb.syncs;
    const r = await refreshSmm("sheet", () => grid(4, 3));
    expect(r.ok && r.syncs).toBe(3);
    expect(wb.syncs - before).toBe(3);
    const list = await listLinkedTables();
    expect(list.ok && list.value).toEqual([expect.objectContaining({ id: rec.id, current: "Sheet1!B2:D5" })]);
    const u = await unlinkTable(rec.id);
    expect(u).toMatchObject({ ok: true, value: true, syncs: 2 });
    expect(wb.names[rec.name]).toBeUndefined();
    expect(parseRegistry(wb.settings[REGISTRY_KEY])).toEqual([]);
  });
});

describe("reading cells", () => {
  test("the active cell's formula and value in one sync", async () => {
    const wb = new MockWorkbook({ active: "C4", cells: { C4: '=ROUND(SMM.MOM("nickel","2025-02"),3)' } }).install();
    const r = await readActiveCell();
    expect(r).toMatchObject({ ok: true, syncs: 1, value: { address: "Sheet1!C4", sheet: "Sheet1", formula: '=ROUND(SMM.MOM("nickel","2025-02"),3)' } });
    expect(wb.syncs).toBe(1);
  });

  test("values of referenced cells in one sync", async () => {
    new MockWorkbook({ cells: { A1: "nickel", B1: 45689 } }).install();
    const r = await readCellValues(["A1", "$B$1"], "Sheet1");
    expect(r).toMatchObject({ ok: true, syncs: 1, value: { A1: "nickel", $B$1: 45689 } });
  });
});
