/**
 * `smm workbook`: the .xlsx export (plain formulas over the Data sheet, no SMM functions).
 * Re-opened with exceljs (formulas, cached results, frozen panes, conditional formats, charts in
 * the package) and recalculated by LibreOffice headless (skipped, with the reason, without soffice;
 * under CI that fails):
 * a workbook written WITHOUT cached results must compute the same numbers as the builder expects.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { gridsToXlsx } from "../../src/cli/workbook-command";
import { buildWorkbookGrids, isErrorValue, parseA1, type Grid } from "../../src/core/templates";
import { loadBundled, ROOT, sameValue } from "../templates/engine";
import { convert, CSV_FILTER, csvValue, findSoffice, readSheetCsvs } from "../templates/libreoffice";
import { SHARED_DIR } from "../shared-dir";
import { prerequisite } from "../prerequisites";

const FEB_REPORT = path.join(SHARED_DIR, "reports/smm-2025-02.txt");
const febReport = prerequisite(
  existsSync(FEB_REPORT),
  `../shared not found at ${SHARED_DIR} (reports/smm-2025-02.txt; set SMM_SHARED): smm workbook --reports`,
);
const tmp = mkdtempSync(path.join(os.tmpdir(), "smm-workbook-"));
const builtAt = "2025-11-26T10:00:00.000Z";
const SNAPSHOT = path.join(__dirname, "../templates/history-snapshot.json");

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => void (out += s), err: (s) => void (err += s), readStdin: () => "" });
  return { code, out, err };
}

describe("smm workbook (in process)", () => {
  const file = path.join(tmp, "bundled.xlsx");
  let result: { code: number; out: string; err: string };
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    // on the frozen history the template tests use (tests/templates/history-snapshot.json), so the
    // hand-checked numbers stay put when `npm run data` grows the bundle
    result = await run(["workbook", "-o", file, "--reports", SNAPSHOT, "--month", "2025-03", "--built-at", builtAt]);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
  });

  test("writes the file and says what it holds", () => {
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toContain(`wrote ${file}: 5 sheets (FvA 2025-03, FvA 2024-01 to 2025-12, Dashboard 2025-03, History copper-cathode, Data)`);
    expect(result.out).toContain("copper-cathode: forecast +3.97%, actual +6.04%, error +2.07 pp, direction hit");
    expect(result.out).toContain("hit rate 91.7% (11/12)");
  });

  test("re-opened with exceljs: plain formulas with cached results, no SMM functions", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["FvA 2025-03", "FvA 2024-01 to 2025-12", "Dashboard 2025-03", "History copper-cathode", "Data"]);
    const ws = wb.getWorksheet("FvA 2025-03") as ExcelJS.Worksheet;
    expect(ws.getCell("A7").value).toBe("copper-cathode");
    const d7 = ws.getCell("D7").value as ExcelJS.CellFormulaValue;
    expect(d7.formula).toMatch(/^INDEX\(Data!\$G\$2:\$G\$\d+,MATCH\(\$A7&"\/2025-03\/forecast\/mom",Data!\$A\$2:\$A\$\d+,0\)\)$/);
    expect(d7.result).toBe(0.0397);
    expect((ws.getCell("E7").value as ExcelJS.CellFormulaValue).result).toBe(0.0604);
    expect((ws.getCell("F7").value as ExcelJS.CellFormulaValue).formula).toBe('IF(AND(ISNUMBER(D7),ISNUMBER(E7)),E7-D7,"")');
    expect((ws.getCell("F7").value as ExcelJS.CellFormulaValue).result).toBeCloseTo(0.0207, 12);
    expect((ws.getCell("J7").value as ExcelJS.CellFormulaValue).result).toBe("hit");
    expect((ws.getCell("S10").value as ExcelJS.CellFormulaValue).result).toBeCloseTo(11 / 12, 12);
    expect(ws.getCell("D7").numFmt).toBe("+0.00%;-0.00%;0.00%");
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 6 });
    expect(ws.getColumn("P").hidden).toBe(true);
    // a missing figure is cached as #N/A, not as 0 or blank
    const zinc = [...Array(60).keys()].map((i) => i + 7).find((r) => ws.getCell(`A${r}`).value === "refined-zinc") as number;
    expect((ws.getCell(`E${zinc}`).value as ExcelJS.CellFormulaValue).result).toEqual({ error: "#N/A" });
    for (const sheet of wb.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as ExcelJS.CellFormulaValue | null;
          if (v && typeof v === "object" && "formula" in v) expect(v.formula).not.toMatch(/SMM\./);
        }),
      );
    const data = wb.getWorksheet("Data") as ExcelJS.Worksheet;
    expect(data.getRow(1).values).toEqual([
      undefined,
      "key",
      "product",
      "segment",
      "period",
      "basis",
      "measure",
      "value",
      "unit",
      "hedge",
      "edition",
      "source",
    ]);
  });

  test("the package holds the charts (DrawingML) and the conditional formats", async () => {
    const zip = await JSZip.loadAsync(readFileSync(file));
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(4); // FvA month, FvA range, history x2
    const chart1 = await (zip.file("xl/charts/chart1.xml") as JSZip.JSZipObject).async("string");
    expect(chart1).toContain("<c:f>'FvA 2025-03'!$D$7:$D$14</c:f>");
    expect(chart1).toContain("<c:v>0.0397</c:v>");
    const types = await (zip.file("[Content_Types].xml") as JSZip.JSZipObject).async("string");
    expect(types).toContain('PartName="/xl/charts/chart1.xml"');
    const sheet1 = await (zip.file("xl/worksheets/sheet1.xml") as JSZip.JSZipObject).async("string");
    expect(sheet1).toMatch(/<drawing r:id="rIdSmmCharts"\/>/);
    expect(sheet1).toContain("<conditionalFormatting");
    expect(sheet1).toContain("$J7=&quot;miss&quot;");
  });

  test("usage errors exit 2 with a message", async () => {
    expect(await run(["workbook"])).toMatchObject({ code: 2, err: expect.stringContaining("usage: smm workbook -o FILE.xlsx") });
    expect(await run(["workbook", "-o", path.join(tmp, "x.xlsx"), "--month", "March"])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--month must be YYYY-MM, got "March"'),
    });
    expect(await run(["workbook", "-o", path.join(tmp, "x.csv")])).toMatchObject({ code: 2, err: expect.stringContaining("must end in .xlsx") });
    expect(await run(["workbook", "-o", path.join(tmp, "x.xlsx"), "--reports", path.join(tmp, "nope.txt")])).toMatchObject({
      code: 2,
      err: expect.stringContaining("no such file"),
    });
  });

  febReport.test("--reports: the February 2025 report alone (forecasts for March, no March actuals)", async () => {
    const out = path.join(tmp, "feb.xlsx");
    const r = await run(["workbook", "-o", out, "--reports", FEB_REPORT]);
    expect(r.code).toBe(0);
    // no pairs yet: the forecast month is the one after the edition; the range covers March and the April outlook
    expect(r.out).toContain("5 sheets (FvA 2025-03, FvA 2025-03 to 2025-04, Dashboard 2025-02, History copper-cathode, Data)");
    expect(r.out).toContain("copper-cathode: forecast +3.97%, actual #N/A, error n/a, direction n/a");
    const w = new ExcelJS.Workbook();
    await w.xlsx.readFile(out);
    const ws = w.getWorksheet("FvA 2025-03") as ExcelJS.Worksheet;
    const copper = [...Array(60).keys()].map((i) => i + 7).find((x) => ws.getCell(`A${x}`).value === "copper-cathode") as number;
    expect((ws.getCell(`D${copper}`).value as ExcelJS.CellFormulaValue).result).toBe(0.0397);
    expect((ws.getCell(`O${copper}`).value as ExcelJS.CellFormulaValue).result).toBe("No MoM actual: the 2025-03 edition is not loaded.");
  });
});

test("the command line: printf '' | npm run --silent smm -- workbook -o FILE --month 2025-03", () => {
  const out = path.join(tmp, "cli.xlsx");
  const r = spawnSync("npm", ["run", "--silent", "smm", "--", "workbook", "-o", out, "--month", "2025-03"], {
    cwd: ROOT,
    input: "",
    encoding: "utf8",
    timeout: 120000,
  });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^wrote .*cli\.xlsx: 5 sheets/);
  expect(statSync(out).size).toBeGreaterThan(20000);
});

// ------------------------------------------------------------------------------- LibreOffice

const soffice = findSoffice();

/** Every formula cell of every grid against the CSV LibreOffice computed. */
function compareWithCsv(grids: readonly Grid[], sheets: Map<string, string[][]>): string[] {
  const bad: string[] = [];
  for (const g of grids) {
    const rows = sheets.get(g.name);
    if (!rows) {
      bad.push(`no CSV for sheet ${g.name}`);
      continue;
    }
    for (const [ref, c] of Object.entries(g.cells)) {
      if (!c.formula) continue;
      const { row, col } = parseA1(ref);
      const got = csvValue(rows[row - 1]?.[col - 1]);
      const want = c.value ?? "";
      if (!sameValue(got, want, 1e-9)) bad.push(`${g.name}!${ref} ${c.formula}: LibreOffice ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
    }
  }
  return bad;
}

const libreOffice = prerequisite(
  soffice !== null,
  "soffice not found: the LibreOffice recalculation checks of the workbook export (apt-get install -y libreoffice-calc-nogui, or set SOFFICE)",
);
{
  const bin = soffice as string;
  libreOffice.describe("LibreOffice headless recalculates the export", () => {
    const ds = loadBundled();
    const grids = buildWorkbookGrids(ds, { month: "2025-03", builtAt });
    let sheets: Map<string, string[][]>;

    beforeAll(async () => {
      // No cached results: whatever LibreOffice shows, it computed.
      const file = path.join(tmp, "nocache.xlsx");
      require("node:fs").writeFileSync(file, await gridsToXlsx(grids, { cache: false }));
      const outDir = mkdtempSync(path.join(tmp, "csv-"));
      sheets = readSheetCsvs(convert(bin, file, CSV_FILTER, outDir), "nocache");
    }, 240000);

    test("one CSV per sheet", () => {
      expect([...sheets.keys()].sort()).toEqual(grids.map((g) => g.name).sort());
    });

    test("every formula computes the number the templates expect", () => {
      expect(compareWithCsv(grids, sheets)).toEqual([]);
      const formulas = grids.reduce((n, g) => n + Object.values(g.cells).filter((c) => c.formula).length, 0);
      expect(formulas).toBeGreaterThan(2000);
    });

    test("copper cathode, March 2025: forecast 3.97%, actual 6.04%, error 2.07 pp, hit; hit rate 11/12", () => {
      const fva = sheets.get("FvA 2025-03") as string[][];
      const row = fva.findIndex((r) => r[0] === "copper-cathode");
      const v = (col: number): unknown => csvValue(fva[row]?.[col]);
      expect(v(3)).toBeCloseTo(0.0397, 12);
      expect(v(4)).toBeCloseTo(0.0604, 12);
      expect(v(5)).toBeCloseTo(0.0207, 12);
      expect(v(9)).toBe("hit");
      const hitRate = fva.find((r) => r[17] === "Direction hit rate")?.[18];
      expect(csvValue(hitRate)).toBeCloseTo(11 / 12, 12);
      const missing = fva.find((r) => r[0] === "refined-zinc") as string[];
      expect(isErrorValue(csvValue(missing[4]))).toBe(true);
      expect(missing[14]).toBe("No MoM actual: not stated in the loaded editions.");
    });

    test("the dashboard and the history compute too", () => {
      const dash = sheets.get("Dashboard 2025-03") as string[][];
      const copper = dash.find((r) => r[0] === "copper-cathode") as string[];
      expect(copper.slice(2, 5)).toEqual(["▲", "up", "6.04%"]);
      const hist = sheets.get("History copper-cathode") as string[][];
      expect(hist.find((r) => r[0] === "2024-01")?.[1]).toBe("969800");
    });

    test("a PDF of the forecast-vs-actual sheet", async () => {
      const file = path.join(tmp, "fva-only.xlsx");
      require("node:fs").writeFileSync(file, await gridsToXlsx(grids, { visible: ["FvA 2025-03"] }));
      const outDir = mkdtempSync(path.join(tmp, "pdf-"));
      const [pdf] = convert(bin, file, "pdf", outDir);
      expect(pdf && existsSync(pdf) && statSync(pdf).size).toBeGreaterThan(10000);
      expect(
        readFileSync(pdf as string)
          .subarray(0, 5)
          .toString(),
      ).toBe("%PDF-");
    }, 240000);
  });
}
