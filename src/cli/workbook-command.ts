/**
 * `smm workbook -o FILE.xlsx [--reports FILE...] [--month YYYY-MM]`: an .xlsx that works without
 * the add-in. The templates of src/core/templates in mode "plain" (INDEX/MATCH over the Data
 * sheet's key column, no SMM functions) plus the Data sheet, written with exceljs; every formula
 * carries its cached result (viewers that do not recalculate show numbers) and the workbook asks
 * Excel to recalculate on load. exceljs writes no charts, so the charts' DrawingML parts are added
 * to the package afterwards (src/cli/xlsx-chart.ts).
 */
import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Dataset } from "../core/dataset";
import { a1, buildWorkbookGrids, dataRows, isErrorValue, parseA1, type Cell, type CellStyle, type Grid, type WorkbookOptions } from "../core/templates";
import { CHART_CONTENT_TYPE, chartXml, DRAWING_CONTENT_TYPE, drawingRelsXml, drawingXml, insertDrawingElement, REL_DRAWING } from "./xlsx-chart";
import { bundledDataset, datasetFromFiles, parseArgs, UsageError, type Io } from "./commands";
import { isPeriod } from "../core/periods";

export interface XlsxOptions {
  /** Write cached results of formulas (default true). Without them a viewer must recalculate. */
  cache?: boolean;
  /** Sheets to leave visible (default: all); the others are hidden (used to print one sheet). */
  visible?: readonly string[];
  /** Landscape, fit to one page wide (default true). */
  printFit?: boolean;
  /** Fit each sheet on one printed page (for pictures of a sheet). */
  onePage?: boolean;
}

const argb = (hex: string): { argb: string } => ({ argb: `FF${hex.replace(/^#/, "").toUpperCase()}` });

function cellStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  const font: Partial<ExcelJS.Font> = {};
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.size) font.size = s.size;
  if (s.color) font.color = argb(s.color);
  if (Object.keys(font).length) cell.font = { name: "Calibri", size: 11, ...font };
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: argb(s.fill) };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s.align) alignment.horizontal = s.align;
  if (s.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length) cell.alignment = { vertical: "middle", ...alignment };
  if (s.borderBottom) cell.border = { bottom: { style: "thin", color: argb("#7F7F7F") } };
}

function cellValue(c: Cell, cache: boolean): ExcelJS.CellValue {
  if (c.formula) {
    const formula = c.formula.replace(/^=/, "");
    const v = c.value;
    const result = v === undefined || v === null ? undefined : isErrorValue(v) ? { error: v.error } : v;
    return (cache && result !== undefined ? { formula, result } : { formula }) as ExcelJS.CellFormulaValue;
  }
  const v = c.value;
  if (v === undefined || v === null) return null;
  if (isErrorValue(v)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

function addSheet(wb: ExcelJS.Workbook, g: Grid, opt: XlsxOptions): void {
  const cache = opt.cache !== false;
  const ws = wb.addWorksheet(g.name, {
    views: [{ state: "frozen", xSplit: g.freeze.cols, ySplit: g.freeze.rows, showGridLines: g.kind === "data" }],
    pageSetup: opt.printFit === false ? {} : { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: opt.onePage ? 1 : 0, paperSize: 9 },
  });
  if (opt.visible && !opt.visible.includes(g.name)) ws.state = "hidden";
  for (const [letter, spec] of Object.entries(g.columns)) {
    const col = ws.getColumn(letter);
    if (spec.width !== undefined) col.width = spec.width;
    if (spec.hidden) col.hidden = true;
  }
  for (const [ref, c] of Object.entries(g.cells)) {
    const cell = ws.getCell(ref);
    const v = cellValue(c, cache);
    if (c.formula && c.spill) {
      // A spilling formula (mode "smm" only) becomes a legacy array formula over its spill range.
      const { row, col } = parseA1(ref);
      const range = `${ref}:${a1(row + c.spill.rows - 1, col + c.spill.cols - 1)}`;
      cell.value = { ...(v as ExcelJS.CellFormulaValue), shareType: "array", ref: range } as ExcelJS.CellValue;
    } else if (v !== null) cell.value = v;
    if (c.numFmt) cell.numFmt = c.numFmt;
    if (c.style) cellStyle(cell, c.style);
  }
  for (const m of g.merges) ws.mergeCells(m);
  g.conditionalFormats.forEach((cf, i) => {
    const style: Partial<ExcelJS.Style> = {};
    if (cf.style.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: argb(cf.style.fill) };
    if (cf.style.color || cf.style.bold) style.font = { ...(cf.style.color ? { color: argb(cf.style.color) } : {}), ...(cf.style.bold ? { bold: true } : {}) };
    ws.addConditionalFormatting({ ref: cf.range, rules: [{ type: "expression", formulae: [cf.formula.replace(/^=/, "")], style, priority: i + 1 }] });
  });
  if (g.autoFilter) ws.autoFilter = g.autoFilter;
  for (const [row, height] of Object.entries(g.rowHeights)) ws.getRow(Number(row)).height = height;
}

/** Adds the grids' charts to an .xlsx package written by exceljs. */
export async function addCharts(xlsx: Buffer | Uint8Array, grids: readonly Grid[]): Promise<Buffer> {
  if (!grids.some((g) => g.charts.length)) return Buffer.from(xlsx);
  const zip = await JSZip.loadAsync(xlsx);
  const read = async (p: string): Promise<string> => {
    const f = zip.file(p);
    if (!f) throw new Error(`the workbook has no ${p}`);
    return f.async("string");
  };
  const workbook = await read("xl/workbook.xml");
  const wbRels = await read("xl/_rels/workbook.xml.rels");
  let types = await read("[Content_Types].xml");
  const attr = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  const unescape = (s: string): string =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const sheetFile = new Map<string, string>();
  for (const tag of workbook.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = unescape(attr(tag, "name") ?? "");
    const rid = attr(tag, "r:id");
    const rel = (wbRels.match(/<Relationship\b[^>]*>/g) ?? []).find((r) => attr(r, "Id") === rid);
    const target = rel ? attr(rel, "Target") : undefined;
    if (target) sheetFile.set(name, `xl/${target.replace(/^\/?xl\//, "")}`);
  }
  let chartNo = 1;
  let drawingNo = 1;
  for (const g of grids) {
    if (!g.charts.length) continue;
    const file = sheetFile.get(g.name);
    if (!file) throw new Error(`sheet ${g.name} not found in the package`);
    const first = chartNo;
    for (const spec of g.charts) {
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(g, spec));
      types = types.replace("</Types>", `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CHART_CONTENT_TYPE}"/></Types>`);
      chartNo++;
    }
    zip.file(`xl/drawings/drawing${drawingNo}.xml`, drawingXml(g.charts));
    zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, drawingRelsXml(first, g.charts.length));
    types = types.replace("</Types>", `<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="${DRAWING_CONTENT_TYPE}"/></Types>`);
    const relsPath = file.replace(/worksheets\/([^/]+)$/, "worksheets/_rels/$1.rels");
    const relId = "rIdSmmCharts";
    const rel = `<Relationship Id="${relId}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingNo}.xml"/>`;
    const existing = zip.file(relsPath)
      ? await read(relsPath)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    zip.file(relsPath, existing.replace("</Relationships>", `${rel}</Relationships>`));
    zip.file(file, insertDrawingElement(await read(file), relId));
    drawingNo++;
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The .xlsx bytes of grids (exceljs, plus charts). */
export async function gridsToXlsx(grids: readonly Grid[], opt: XlsxOptions = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "smm workbook";
  wb.created = new Date(grids[0]?.builtAt ?? Date.now());
  wb.calcProperties.fullCalcOnLoad = true;
  for (const g of grids) addSheet(wb, g, opt);
  const first = grids.findIndex((g) => !opt.visible || opt.visible.includes(g.name));
  if (first >= 0) wb.views = [{ x: 0, y: 0, width: 28000, height: 16000, firstSheet: first, activeTab: first, visibility: "visible" }];
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return addCharts(buf, grids);
}

/** Builds the export's grids for a dataset and writes the file; returns the grids. */
export async function writeWorkbook(ds: Dataset, file: string, options: WorkbookOptions = {}, xlsx: XlsxOptions = {}): Promise<Grid[]> {
  const grids = buildWorkbookGrids(ds, options);
  writeFileSync(file, await gridsToXlsx(grids, xlsx));
  return grids;
}

const shown = (v: unknown): string => (isErrorValue(v) ? v.error : v === "" || v === undefined ? "n/a" : String(v));
const pp = (v: unknown): string => (typeof v === "number" ? `${v >= 0 ? "+" : ""}${(v * 100).toFixed(2)} pp` : shown(v));
const ppAbs = (v: unknown): string => (typeof v === "number" ? `${(v * 100).toFixed(2)} pp` : shown(v));
const pct = (v: unknown): string => (typeof v === "number" ? `${(v * 100).toFixed(1)}%` : shown(v));
const signedPct = (v: unknown): string => (typeof v === "number" ? `${v >= 0 ? "+" : ""}${(v * 100).toFixed(2)}%` : shown(v));

/** A few lines saying what the workbook holds (from the grids' expected values). */
export function describeWorkbook(file: string, grids: readonly Grid[], ds: Dataset): string {
  const lines = [
    `wrote ${file}: ${grids.length} sheets (${grids.map((g) => g.name).join(", ")}); ${ds.listEditions().length} editions, ${dataRows(ds).length} rows on the Data sheet`,
  ];
  const val = (g: Grid, anchor: string): unknown => {
    const ref = g.anchors[anchor];
    return ref ? g.cells[ref]?.value : undefined;
  };
  for (const g of grids) {
    if (g.kind === "forecast-vs-actual") {
      lines.push(
        `${g.name}: ${val(g, "rows")} products; direction judged for ${val(g, "judged")}, hit rate ${pct(val(g, "hitRate"))} (${val(g, "hits")}/${val(g, "judged")}); ` +
          `MoM forecast and actual for ${val(g, "pairs")}: mean absolute error ${ppAbs(val(g, "mae"))}, bias ${pp(val(g, "bias"))}`,
      );
      const misses = [1, 2, 3]
        .map((k) => {
          const name = val(g, `miss${k}`);
          return name ? `${name} ${pp(val(g, `missErr${k}`))}` : "";
        })
        .filter(Boolean);
      if (misses.length) lines.push(`  biggest misses: ${misses.join(", ")}`);
      const first = g.anchors.firstRow ? Number(g.anchors.firstRow.slice(1)) : 7;
      for (let r = first; g.cells[`A${r}`]; r++) {
        if (g.cells[`A${r}`]?.value !== "copper-cathode") continue;
        const v = (c: string): unknown => g.cells[`${c}${r}`]?.value;
        lines.push(`  copper-cathode: forecast ${signedPct(v("D"))}, actual ${signedPct(v("E"))}, error ${pp(v("F"))}, direction ${shown(v("J"))}`);
      }
    } else if (g.kind === "forecast-vs-actual-range") {
      const prods = Object.keys(g.anchors).filter((k) => k.startsWith("product:")).length;
      lines.push(
        `${g.name}: ${prods} products with forecasts; overall hit rate ${pct(val(g, "hitRate"))} (${val(g, "hits")}/${val(g, "judged")}), mean absolute error ${ppAbs(val(g, "mae"))}`,
      );
    } else if (g.kind === "dashboard") {
      lines.push(
        `${g.name}: ${Object.keys(g.anchors).filter((k) => k.startsWith("product:")).length} products in ${Object.keys(g.anchors).filter((k) => k.startsWith("group:")).length} groups`,
      );
    } else if (g.kind === "product-history") {
      const a = g.anchors.firstRow ? g.cells[g.anchors.firstRow]?.value : undefined;
      const z = g.anchors.lastRow ? g.cells[g.anchors.lastRow]?.value : undefined;
      const n = g.anchors.firstRow && g.anchors.lastRow ? parseA1(g.anchors.lastRow).row - parseA1(g.anchors.firstRow).row + 1 : 0;
      lines.push(`${g.name}: ${n} months (${a} to ${z}), ${g.charts.length} chart${g.charts.length === 1 ? "" : "s"}`);
    }
  }
  return lines.join("\n") + "\n";
}

export async function cmdWorkbook(argv: readonly string[], io: Io): Promise<number> {
  const p = parseArgs(argv, {
    o: "one",
    out: "one",
    reports: "many",
    month: "one",
    from: "one",
    to: "one",
    product: "one",
    "no-cache": "bool",
    "built-at": "one",
  });
  if (p.positional.length)
    throw new UsageError(`unexpected argument ${p.positional[0]}; usage: smm workbook -o FILE.xlsx [--reports FILE...] [--month YYYY-MM]`);
  const out = p.flags.get("o")?.[0] ?? p.flags.get("out")?.[0];
  if (!out) throw new UsageError("usage: smm workbook -o FILE.xlsx [--reports FILE...] [--month YYYY-MM] [--from YYYY-MM --to YYYY-MM] [--product ID]");
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`-o ${out}: the file name must end in .xlsx`);
  const one = (name: string): string | undefined => {
    const v = p.flags.get(name)?.[0];
    if (v !== undefined && !isPeriod(v)) throw new UsageError(`--${name} must be YYYY-MM, got "${v}"`);
    return v;
  };
  const month = one("month");
  const from = one("from");
  const to = one("to");
  if ((from === undefined) !== (to === undefined)) throw new UsageError("--from and --to go together");
  if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const reports = p.flags.get("reports") ?? [];
  const { dataset, issues } = reports.length ? datasetFromFiles(reports) : { dataset: bundledDataset(), issues: [] };
  if (dataset.listEditions().length === 0) throw new UsageError("no editions loaded: nothing to put in a workbook");
  const product = p.flags.get("product")?.[0];
  if (product !== undefined) {
    const r = dataset.catalog.resolve(product);
    if (!r || r.segment) throw new UsageError(`unknown product "${product}"`);
  }
  const builtAt = p.flags.get("built-at")?.[0];
  if (builtAt !== undefined && Number.isNaN(new Date(builtAt).getTime())) throw new UsageError(`--built-at must be an ISO time, got "${builtAt}"`);
  const options: WorkbookOptions = {
    ...(month ? { month } : {}),
    ...(from && to ? { from, to } : {}),
    ...(product ? { product } : {}),
    ...(builtAt ? { builtAt: new Date(builtAt).toISOString() } : {}),
  };
  const grids = await writeWorkbook(dataset, out, options, { cache: !p.flags.has("no-cache") });
  io.out(describeWorkbook(out, grids, dataset));
  for (const i of issues) io.err(`issue: ${i.code}: ${i.message}\n`);
  return 0;
}
