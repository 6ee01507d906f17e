/**
 * Renders the README's template pictures into docs/templates/ (not a test):
 *   node -r ts-node/register/transpile-only tests/templates/render-docs.ts
 * Each picture is the workbook export (plain formulas over the Data sheet, cached results, charts)
 * with one sheet visible, printed to PDF by LibreOffice headless and rasterised by pdftoppm
 * (poppler-utils). Needs soffice; without pdftoppm only the PDFs are written.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gridsToXlsx } from "../../src/cli/workbook-command";
import { buildWorkbookGrids, type Grid } from "../../src/core/templates";
import { loadBundled, ROOT } from "./engine";
import { convert, findSoffice } from "./libreoffice";

/** Bounding box of the non-white pixels of a binary PPM (P6), with a margin. */
function contentBox(ppm: Buffer, margin: number): { x: number; y: number; w: number; h: number } {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("not a binary PPM");
  const width = Number(header[1]);
  const height = Number(header[2]);
  const data = ppm.subarray(header[0].length);
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      if ((data[i] ?? 255) < 245 || (data[i + 1] ?? 255) < 245 || (data[i + 2] ?? 255) < 245) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  if (x1 < 0) return { x: 0, y: 0, w: width, h: height };
  const x = Math.max(0, x0 - margin);
  const y = Math.max(0, y0 - margin);
  return { x, y, w: Math.min(width, x1 + margin) - x, h: Math.min(height, y1 + margin) - y };
}

async function render(): Promise<void> {
  const soffice = findSoffice();
  if (!soffice) throw new Error("soffice not found: apt-get install -y libreoffice-calc");
  const out = path.join(ROOT, "docs/templates");
  mkdirSync(out, { recursive: true });
  const tmp = mkdtempSync(path.join(os.tmpdir(), "smm-docs-"));
  const ds = loadBundled();
  const builtAt = "2025-11-26T10:00:00.000Z";
  const march = buildWorkbookGrids(ds, { month: "2025-03", builtAt });
  // The dashboard of the month with the full report (February 2025) shows the most.
  const february = buildWorkbookGrids(ds, { month: "2025-02", builtAt });
  const sheets: [Grid[], string, string, boolean][] = [
    [march, "FvA 2025-03", "forecast-vs-actual", true],
    [february, "Dashboard 2025-02", "dashboard", false],
    [march, "History copper-cathode", "product-history", false],
  ];
  const pdftoppm = spawnSync("pdftoppm", ["-v"]).error === undefined;
  for (const [grids, sheet, base, keepPdf] of sheets) {
    const xlsx = path.join(tmp, `${base}.xlsx`);
    writeFileSync(xlsx, await gridsToXlsx(grids, { visible: [sheet], onePage: true }));
    const dir = mkdtempSync(path.join(tmp, "pdf-"));
    const [pdf] = convert(soffice, xlsx, "pdf", dir);
    if (!pdf) throw new Error(`no PDF for ${sheet}`);
    if (keepPdf) copyFileSync(pdf, path.join(out, `${base}.pdf`));
    if (pdftoppm) {
      // Rasterise once as PPM to find the printed area, then write the PNG cropped to it.
      const dpi = "170";
      const ppm = spawnSync("pdftoppm", ["-r", dpi, "-f", "1", "-l", "1", "-singlefile", pdf, path.join(dir, "page")]);
      if (ppm.status !== 0) throw new Error(`pdftoppm failed: ${ppm.stderr}`);
      const box = contentBox(readFileSync(path.join(dir, "page.ppm")), 16);
      const r = spawnSync("pdftoppm", [
        "-png",
        "-r",
        dpi,
        "-f",
        "1",
        "-l",
        "1",
        "-x",
        String(box.x),
        "-y",
        String(box.y),
        "-W",
        String(box.w),
        "-H",
        String(box.h),
        "-singlefile",
        pdf,
        path.join(dir, base),
      ]);
      if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
      renameSync(path.join(dir, `${base}.png`), path.join(out, `${base}.png`));
    }
    const files = [keepPdf ? `${base}.pdf` : "", pdftoppm ? `${base}.png` : ""].filter(Boolean).map((f) => `docs/templates/${f}`);
    process.stdout.write(`${sheet} -> ${files.join(", ")}\n`);
  }
}

render().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
