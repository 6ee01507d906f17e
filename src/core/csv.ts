/**
 * Figures from CSV (the columns of ../shared/data/*.csv):
 * product,segment,period,basis,measure,value,unit,qualifier,release,source_url
 * One edition per `release`. Bad rows are reported (row number, reason) and skipped.
 */
import type { Catalog } from "./catalog";
import { addMetalContentLevel } from "./content";
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

/** One figures table to read: its text and the name its rows are cited by. */
export interface FigureTable {
  text: string;
  name: string;
}

/** Reads figures CSV into editions (one per release). */
export function readFiguresCsv(text: string, sourceName = "csv", catalog?: Catalog): { editions: Edition[]; issues: Issue[] } {
  return readFigureTables([{ text, name: sourceName }], catalog);
}

/**
 * Reads several figures CSVs as one history (one edition per `release`). Bad rows are reported and
 * skipped. The same figure listed twice with the same value (two items of one edition) is kept once;
 * listed with different values it is a conflict: left out (#N/A) with an issue quoting both sources.
 * With a catalog, a product reported in metal content (NPI...) gets its product level from the
 * `metal-content` rows, as the report parser does.
 */
export function readFigureTables(tables: readonly FigureTable[], catalog?: Catalog): { editions: Edition[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const byRelease = new Map<string, Edition>();
  const first = new Map<string, { o: Observation; where: string }>();
  const conflicted = new Map<string, { o: Observation; where: string }[]>();
  for (const table of tables)
    readTable(table, tables.length > 1, issues, (release, o, where) => {
      const key = `${release}|${o.product}|${o.segment}|${o.period}|${o.basis}|${o.measure}`;
      const prev = first.get(key);
      if (prev) {
        if (Math.abs(prev.o.value - o.value) <= 1e-9 * Math.max(1, Math.abs(o.value))) return; // the same figure from another item
        // an exact figure against a hedged one, or against the same figure printed with fewer digits ("-5%" and "-5.18%")
        const digits = (x: Observation): number => decimalsOf(x);
        let exact = prev.o.hedge === "exact" ? prev : o.hedge === "exact" ? { o, where } : null;
        let hedged = exact === prev ? { o, where } : prev;
        if (prev.o.hedge === "exact" && o.hedge === "exact" && digits(prev.o) !== digits(o)) {
          [exact, hedged] = digits(prev.o) > digits(o) ? [prev, { o, where }] : [{ o, where }, prev];
        }
        if (exact && exact.o !== hedged.o && hedgeAgrees(exact.o, { ...hedged.o, hedge: hedged.o.hedge === "exact" ? "approx" : hedged.o.hedge })) {
          // "over 1 million mt" in one item, "1,013,500 mt" in another: the exact figure stands
          if (exact.o !== prev.o) {
            const ed = byRelease.get(release);
            if (ed) ed.observations[ed.observations.indexOf(prev.o)] = o;
            first.set(key, { o, where });
          }
          return;
        }
        const list = conflicted.get(key) ?? [prev];
        list.push({ o, where });
        conflicted.set(key, list);
        return;
      }
      first.set(key, { o, where });
      let ed = byRelease.get(release);
      if (!ed) {
        ed = { id: release, source: tables.length === 1 ? (tables[0]?.name ?? "csv") : "csv", sections: [], observations: [], trends: [], issues: [] };
        byRelease.set(release, ed);
      }
      ed.observations.push(o);
    });
  for (const [key, list] of conflicted) {
    const [release = "", ...path] = key.split("|");
    const ed = byRelease.get(release);
    if (!ed) continue;
    const drop = new Set(list.map((x) => x.o));
    ed.observations = ed.observations.filter((o) => !drop.has(o));
    const shown = list.map(
      (x) => `${x.o.unit === "%" || x.o.unit === "pp" ? `${+(x.o.value * 100).toFixed(6)}${x.o.unit}` : `${x.o.value} ${x.o.unit}`} (${x.where})`,
    );
    issues.push({
      code: "conflict",
      reason: "conflict",
      message: `${path.filter(Boolean).join(" ")} of the ${release} edition is stated with different values: ${shown.join(" and ")}; left out (#N/A)`,
      path,
    });
    ed.issues.push({
      code: "conflict",
      reason: "conflict",
      message: `${path.filter(Boolean).join(" ")} is stated with different values: ${shown.join(" and ")}; left out (#N/A)`,
      path,
    });
  }
  const metal = (id: string): boolean => catalog?.get(id)?.contentBasis === "metal";
  for (const ed of byRelease.values()) {
    if (catalog) ed.observations = addMetalContentLevel(ed.observations, metal);
    const seenT = new Set<string>();
    for (const o of ed.observations) {
      if ((o.measure !== "mom" && o.measure !== "mom_chg") || o.segment) continue;
      const tk = `${o.product}|${o.period}|${o.basis}`;
      if (seenT.has(tk)) continue;
      seenT.add(tk);
      ed.trends.push({
        product: o.product,
        segment: o.segment,
        period: o.period,
        basis: o.basis,
        direction: o.direction,
        magnitude: "none",
        provenance: o.provenance,
      });
    }
  }
  return { editions: [...byRelease.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), issues };
}

/** Decimals of a figure as printed (% and pp in percent). */
function decimalsOf(o: Observation): number {
  const v = Math.round(Math.abs(o.value) * (o.unit === "%" || o.unit === "pp" ? 100 : 1) * 1e6) / 1e6;
  return (String(v).split(".")[1] ?? "").length;
}

/** Whether a hedged figure ("about 1 million", "over 20%") is consistent with an exact one. */
function hedgeAgrees(exact: Observation, hedged: Observation): boolean {
  const scale = exact.unit === "%" || exact.unit === "pp" ? 100 : 1;
  const e = exact.value * scale;
  const h = Math.round(hedged.value * scale * 1e6) / 1e6;
  if (Math.sign(e) !== Math.sign(h)) return false;
  if (hedged.hedge === "over") return Math.abs(e) >= Math.abs(h);
  if (hedged.hedge === "under") return Math.abs(e) <= Math.abs(h);
  // approx: the exact figure rounds to the hedged one at the hedged one's precision
  const s = String(Math.abs(h));
  const step = s.includes(".") ? 10 ** -(s.split(".")[1]?.length ?? 0) : 10 ** (/0*$/.exec(s)?.[0].length ?? 0);
  return Math.abs(e - h) <= step / 2 + 1e-9;
}

function readTable(table: FigureTable, named: boolean, issues: Issue[], add: (release: string, o: Observation, where: string) => void): void {
  const sourceName = table.name;
  const rows = parseCsv(table.text.replace(/^\uFEFF/, ""));
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string): number => header.indexOf(name);
  const missing = ["product", "period", "basis", "measure", "value", "unit", "release"].filter((c) => col(c) < 0);
  if (missing.length) {
    issues.push({
      code: "bad-row",
      message: `${named ? `${sourceName}: ` : ""}not a figures CSV: missing column(s) ${missing.join(", ")} (expected ${CSV_COLUMNS.join(",")})`,
      path: [1],
    });
    return;
  }
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i] as string[];
    const get = (name: string): string => (col(name) >= 0 ? (r[col(name)] ?? "").trim() : "");
    const bad = (why: string): void =>
      void issues.push({ code: "bad-row", message: `${named ? `${sourceName} ` : ""}row ${i + 1}: ${why}; skipped`, path: [i + 1] });
    const product = get("product");
    const segment = get("segment");
    const period = get("period");
    const basis = get("basis");
    const measure = get("measure");
    const unit = get("unit");
    const release = get("release");
    const value = Number(get("value").replace(/,/g, ""));
    if (!SLUG.test(product)) {
      bad(`product "${product}" is not a catalog id`);
      continue;
    }
    if (segment && !SLUG.test(segment)) {
      bad(`segment "${segment}" is not a slug`);
      continue;
    }
    if (!isPeriod(period)) {
      bad(`period "${period}" is not YYYY-MM`);
      continue;
    }
    if (!isPeriod(release)) {
      bad(`release "${release}" is not YYYY-MM`);
      continue;
    }
    if (basis !== "actual" && basis !== "forecast") {
      bad(`basis "${basis}" is not actual/forecast`);
      continue;
    }
    if (!(MEASURES as readonly string[]).includes(measure)) {
      bad(`measure "${measure}" is unknown`);
      continue;
    }
    if (get("value") === "" || !Number.isFinite(value)) {
      bad(`value "${get("value")}" is not a number`);
      continue;
    }
    let v = value;
    let u: Unit;
    if (unit === "%" || unit === "pp") {
      v = value / 100;
      u = unit;
    } else if (unit === "mt" || unit === "mt/year" || unit === "GW") u = unit;
    else {
      bad(`unit "${unit}" is not %, pp, mt, mt/year or GW`);
      continue;
    }
    const q = get("qualifier");
    const hedge: Hedge = q === "approx" || q === "over" || q === "under" ? q : "exact";
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
      provenance: {
        edition: release,
        section: product,
        sentence: `${sourceName} row ${i + 1}${url ? `: ${url}` : ""}`,
        start: -1,
        end: -1,
        source: url || sourceName,
      },
    };
    add(release, o, url || `${sourceName} row ${i + 1}`);
  }
}
