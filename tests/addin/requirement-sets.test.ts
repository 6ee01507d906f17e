/**
 * Requirement sets, offline: every Excel API member src/ uses, with the ExcelApi version its
 * declaration in @types/office-js is tagged with (`[Api set: ExcelApi 1.12]`), must be within the
 * ExcelApi minimum manifest.xml declares, or behind a check for its version
 * (`isSetSupported("ExcelApi", v)` / `supportsExcelApi(v)` and the like; see ./requirement-sets.ts).
 * And the manifest declares what the add-in really needs: the highest version used unchecked.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { DOMParser } from "@xmldom/xmldom";
import { EXCEL_API_MIN } from "../../src/excel/requirements";
import { cmpVersion, excelApiUses, type ApiUse } from "./requirement-sets";

const ROOT = path.join(__dirname, "..", "..");

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return fs.statSync(p).isDirectory() ? tsFiles(p) : /\.ts$/.test(n) && !n.endsWith(".d.ts") ? [p] : [];
  });
}

function manifestExcelApi(): string | null {
  const doc = new DOMParser().parseFromString(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"), "text/xml");
  const sets = Array.from(doc.getElementsByTagNameNS("http://schemas.microsoft.com/office/appforoffice/1.1", "Set"));
  return sets.find((s) => s.getAttribute("Name") === "ExcelApi")?.getAttribute("MinVersion") ?? null;
}

let uses: ApiUse[] = [];
beforeAll(() => {
  uses = excelApiUses(tsFiles(path.join(ROOT, "src")), ROOT);
}, 120_000);

const show = (u: ApiUse): string => `${u.file}:${u.line} ${u.member} needs ExcelApi ${u.needs}${u.guard ? ` (checked for ${u.guard})` : ""}`;

test("the scan sees the Excel API src/ uses (so an empty list below means something)", () => {
  expect(uses.length).toBeGreaterThan(50);
  const members = new Set(uses.map((u) => u.member));
  for (const m of ["Workbook.getActiveCell", "Range.getSpillParentOrNullObject", "Workbook.settings", "Range.values"]) expect(members).toContain(m);
});

test("manifest.xml declares the ExcelApi minimum, the same as src/excel/requirements.ts", () => {
  expect(manifestExcelApi()).toBe(EXCEL_API_MIN);
});

test("no call above the manifest's ExcelApi minimum is outside a check for its version", () => {
  const min = manifestExcelApi() ?? "1.1";
  const unchecked = uses.filter((u) => cmpVersion(u.needs, min) > 0 && !(u.guard && cmpVersion(u.guard, u.needs) >= 0));
  expect(unchecked.map(show)).toEqual([]);
});

test("the minimum is what the add-in really needs: the highest version it calls unchecked", () => {
  const unchecked = uses.filter((u) => !u.guard);
  const needed = unchecked.reduce((m, u) => (cmpVersion(u.needs, m) > 0 ? u.needs : m), "1.1");
  expect({
    declared: manifestExcelApi(),
    needed,
    by: unchecked
      .filter((u) => u.needs === needed)
      .map(show)
      .slice(0, 3),
  }).toMatchObject({ declared: needed });
});

test("the checker catches an unchecked call, a typeof test and a check for a lower version, and accepts real checks", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "smm-reqsets-"));
  try {
    const f = path.join(dir, "canary.ts");
    fs.writeFileSync(
      f,
      [
        "declare function supportsExcelApi(v: string): boolean;",
        "export function a(r: Excel.Range): void {",
        "  r.getSpillParentOrNullObject();", // unchecked
        "  if (typeof r.getSpillParentOrNullObject === 'function') r.getSpillParentOrNullObject();", // typeof is no check
        "  if (supportsExcelApi('1.4')) r.getSpillParentOrNullObject();", // too low
        "  if (supportsExcelApi('1.12')) r.getSpillParentOrNullObject();", // ok
        "  const p = Office.context.requirements.isSetSupported('ExcelApi', '1.12') ? r.getSpillParentOrNullObject() : null;", // ok
        "  void p;",
        "}",
        "export function b(r: Excel.Range): void {",
        "  if (!supportsExcelApi('1.12')) return;",
        "  r.getSpillParentOrNullObject();", // ok after the early exit
        "}",
      ].join("\n"),
    );
    const found = excelApiUses([f], ROOT).filter((u) => u.member === "Range.getSpillParentOrNullObject");
    expect(found.map((u) => [u.line, u.guard])).toEqual([
      [3, null],
      [4, null],
      [4, null],
      [5, "1.4"],
      [6, "1.12"],
      [7, "1.12"],
      [12, "1.12"],
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
