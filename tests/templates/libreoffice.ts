/** LibreOffice headless helpers for the workbook tests (and the docs script). */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CellValue } from "../../src/core/templates/grid";
import { parseCsv } from "../../src/core/csv";

export const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1";

/** The soffice binary, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  for (const bin of [process.env.SOFFICE, "soffice", "libreoffice"]) {
    if (!bin) continue;
    const r = spawnSync(bin, ["--version"], { encoding: "utf8", timeout: 60000 });
    if (r.status === 0) return bin;
  }
  return null;
}

/** Runs `soffice --headless --convert-to FILTER` with a private profile; returns the files written. */
export function convert(bin: string, file: string, filter: string, outDir: string): string[] {
  const profile = mkdtempSync(path.join(os.tmpdir(), "smm-lo-profile-"));
  const r = spawnSync(bin, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, file], {
    encoding: "utf8",
    timeout: 180000,
  });
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr || r.stdout}`);
  return readdirSync(outDir).map((f) => path.join(outDir, f));
}

/** RFC 4180 rows, keeping empty lines (row numbers must match the sheet's). */
export function csvRows(text: string): string[][] {
  return parseCsv(text, true);
}

/** A CSV cell as a value: numbers (a trailing % divides by 100), "#N/A" as an error, text. */
export function csvValue(s: string | undefined): CellValue {
  if (s === undefined || s === "") return "";
  if (/^#(N\/A|VALUE!|DIV\/0!|REF!|NAME\?|NUM!)$/.test(s)) return { error: s as "#N/A" };
  const m = /^(-?\d+(?:\.\d+)?(?:E[-+]?\d+)?)(%?)$/i.exec(s);
  if (m) return Number(m[1]) / (m[2] ? 100 : 1);
  return s;
}

/** Per-sheet CSVs written by the conversion: sheet name -> rows. */
export function readSheetCsvs(files: readonly string[], base: string): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const f of files) {
    const name = path.basename(f);
    if (!name.startsWith(`${base}-`) || !name.endsWith(".csv")) continue;
    out.set(name.slice(base.length + 1, -4), csvRows(readFileSync(f, "utf8")));
  }
  return out;
}
