/**
 * Figures from CSV (the columns of ../shared/data/*.csv):
 * product,segment,period,basis,measure,value,unit,qualifier,release,source_url
 * One edition per `release`. Bad rows are reported (row number, reason) and skipped.
 */
import type { Edition, Hedge, Issue, Observation, Unit } from "./types";
import { MEASURES } from "./types";
import { isPeriod } from "./periods";

export const CSV_COLUMNS = ["product", "segment", "period", "basis", "measure", "value", "unit", "qualifier", "release", "source_url"] as const;

/** RFC 4180-ish CSV rows (quotes, doubled quotes, CRLF); blank rows dropped unless `keepEmptyRows`. */
export function parseCsv(text: string, keepEmptyRows = false): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (q) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else q = false;
      } else field += c;
    } else if (c === '"' && field === "") q = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return keepEmptyRows ? rows : rows.filter((r) => r.some((f) => f.trim() !== ""));
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Reads figures CSV into editions (one per release). */
export function readFiguresCsv(text: string, sourceName = "csv"): { editions: Edition[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const rows = parseCsv(text.replace(/^\uFEFF/, ""));
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string): number => header.indexOf(name);
  const missing = ["product", "period", "basis", "measure", "value", "unit", "release"].filter((c) => col(c) < 0);
  if (missing.length) {
    return { editions: [], issues: [{ code: "bad-row", message: `not a figures CSV: missing column(s) ${missing.join(", ")} (expected ${CSV_COLUMNS.join(",")})`, path: [1] }] };
  }
  const byRelease = new Map<string, Edition>();
  const seen = new Set<string>();
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i] as string[];
    const get = (name: string): string => (col(name) >= 0 ? (r[col(name)] ?? "").trim() : "");
    const bad = (why: string): void => void issues.push({ code: "bad-row", message: `row ${i + 1}: ${why}; skipped`, path: [i + 1] });
    const product = get("product");
    const segment = get("segment");
    const period = get("period");
    const basis = get("basis");
    const measure = get("measure");
    const unit = get("unit");
    const release = get("release");
    const value = Number(get("value").replace(/,/g, ""));
    if (!SLUG.test(product)) { bad(`product "${product}" is not a catalog id`); continue; }
    if (segment && !SLUG.test(segment)) { bad(`segment "${segment}" is not a slug`); continue; }
    if (!isPeriod(period)) { bad(`period "${period}" is not YYYY-MM`); continue; }
    if (!isPeriod(release)) { bad(`release "${release}" is not YYYY-MM`); continue; }
    if (basis !== "actual" && basis !== "forecast") { bad(`basis "${basis}" is not actual/forecast`); continue; }
    if (!(MEASURES as readonly string[]).includes(measure)) { bad(`measure "${measure}" is unknown`); continue; }
    if (get("value") === "" || !Number.isFinite(value)) { bad(`value "${get("value")}" is not a number`); continue; }
    let v = value;
    let u: Unit;
    if (unit === "%" || unit === "pp") { v = value / 100; u = unit; }
    else if (unit === "mt" || unit === "mt/year") u = unit;
    else { bad(`unit "${unit}" is not %, pp, mt or mt/year`); continue; }
    const q = get("qualifier");
    const hedge: Hedge = q === "approx" || q === "over" || q === "under" ? q : "exact";
    const key = `${release}|${product}|${segment}|${period}|${basis}|${measure}`;
    if (seen.has(key)) continue; // the same row listed twice
    seen.add(key);
    let ed = byRelease.get(release);
    if (!ed) {
      ed = { id: release, source: sourceName, sections: [], observations: [], trends: [], issues: [] };
      byRelease.set(release, ed);
    }
    const url = get("source_url");
    const o: Observation = {
      product,
      segment,
      period,
      basis,
      measure: measure as Observation["measure"],
      value: Math.round(v * 1e10) / 1e10,
      unit: u,
      hedge,
      direction: v > 0 ? "up" : v < 0 ? "down" : "flat",
      magnitude: "none",
      provenance: { edition: release, section: product, sentence: `${sourceName} row ${i + 1}${url ? `: ${url}` : ""}`, start: -1, end: -1, source: url || sourceName },
    };
    ed.observations.push(o);
    if ((measure === "mom" || measure === "mom_chg") && !segment) {
      const tk = `${release}|${product}|${period}|${basis}|trend`;
      if (!seen.has(tk)) {
        seen.add(tk);
        ed.trends.push({ product, segment, period, basis, direction: o.direction, magnitude: "none", provenance: o.provenance });
      }
    }
  }
  return { editions: [...byRelease.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), issues };
}
