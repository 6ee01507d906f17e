/**
 * What a dataset covers, counted through the functions an analyst calls: per month, the products
 * that SMM.TABLE(period,"mom","actual") and SMM.TABLE(period,"mom","forecast") return, and their
 * overlap (forecast-and-actual MoM pairs); per product, the months with an actual and with a forecast.
 * Used by `npm run coverage` (the README's coverage table) and its test.
 */
import type { Dataset } from "./dataset";
import { periodRange } from "./periods";
import { callFunction } from "./query";

export interface MonthCoverage {
  period: string;
  /** Products with an actual MoM (SMM.TABLE(period,"mom","actual")). */
  actualMom: number;
  /** Products with a forecast MoM (SMM.TABLE(period,"mom","forecast")). */
  forecastMom: number;
  /** Products with both. */
  pairs: number;
}

export interface ProductCoverage {
  product: string;
  /** Months with any actual figure of the product (its own level or a segment). */
  actualMonths: number;
  /** Months with any forecast figure. */
  forecastMonths: number;
  /** Months of the window with an actual MoM at the product level. */
  actualMom: number;
  /** Months of the window with a forecast MoM and an actual MoM. */
  pairs: number;
  first: string | null;
  last: string | null;
}

export interface Coverage {
  from: string;
  to: string;
  months: MonthCoverage[];
  products: ProductCoverage[];
  totals: { actualMom: number; forecastMom: number; pairs: number };
}

/** The window the goals count in. */
export const COVERAGE_WINDOW = { from: "2024-01", to: "2025-12" } as const;

function tableProducts(ds: Dataset, period: string, basis: "actual" | "forecast"): Set<string> {
  const r = callFunction(ds, "TABLE", [period, "mom", basis]);
  const out = new Set<string>();
  if (!r.ok || !Array.isArray(r.value)) return out;
  for (const row of r.value as unknown[][]) if (typeof row[0] === "string" && typeof row[2] === "number") out.add(row[0]);
  return out;
}

export function coverageOf(ds: Dataset, from: string = COVERAGE_WINDOW.from, to: string = COVERAGE_WINDOW.to): Coverage {
  const months: MonthCoverage[] = [];
  const perProduct = new Map<string, { mom: number; pairs: number }>();
  for (const period of periodRange(from, to)) {
    const a = tableProducts(ds, period, "actual");
    const f = tableProducts(ds, period, "forecast");
    const both = [...a].filter((p) => f.has(p));
    months.push({ period, actualMom: a.size, forecastMom: f.size, pairs: both.length });
    for (const p of a) {
      const c = perProduct.get(p) ?? { mom: 0, pairs: 0 };
      c.mom++;
      if (f.has(p)) c.pairs++;
      perProduct.set(p, c);
    }
  }
  const products: ProductCoverage[] = [];
  for (const p of ds.catalog.all()) {
    const act = new Set<string>();
    const fc = new Set<string>();
    for (const seg of ["", ...ds.segmentsOf(p.id)]) {
      for (const per of ds.periodsOf(p.id, seg, "actual")) act.add(per);
      for (const per of ds.periodsOf(p.id, seg, "forecast")) fc.add(per);
    }
    if (!act.size && !fc.size) continue;
    const all = [...act, ...fc].sort();
    const c = perProduct.get(p.id) ?? { mom: 0, pairs: 0 };
    products.push({
      product: p.id,
      actualMonths: act.size,
      forecastMonths: fc.size,
      actualMom: c.mom,
      pairs: c.pairs,
      first: all[0] ?? null,
      last: all[all.length - 1] ?? null,
    });
  }
  const totals = months.reduce((t, m) => ({ actualMom: t.actualMom + m.actualMom, forecastMom: t.forecastMom + m.forecastMom, pairs: t.pairs + m.pairs }), {
    actualMom: 0,
    forecastMom: 0,
    pairs: 0,
  });
  return { from, to, months, products, totals };
}

/** The README block: totals, per month, per product (before -> after when a before is given). */
export function coverageMarkdown(cov: Coverage, before: readonly ProductCoverage[] = []): string {
  const was = new Map(before.map((p) => [p.product, p]));
  const arrow = (b: number | undefined, a: number): string => (before.length ? `${b ?? 0} → ${a}` : String(a));
  const lines: string[] = [];
  lines.push(
    `Counted on data/bundled.json, ${cov.from} to ${cov.to}: **${cov.totals.actualMom} product-months with an actual MoM**, **${cov.totals.pairs} forecast-and-actual MoM pairs** (${cov.totals.forecastMom} product-months with a forecast MoM).`,
  );
  lines.push("");
  lines.push("| month | actual MoM | forecast MoM | pairs |");
  lines.push("|---|---:|---:|---:|");
  for (const m of cov.months) lines.push(`| ${m.period} | ${m.actualMom} | ${m.forecastMom} | ${m.pairs} |`);
  lines.push("");
  lines.push(
    `Per product (months with any actual / any forecast figure, all years${before.length ? "; before → after this history was collected" : ""}; actual MoM and pairs in ${cov.from}..${cov.to}):`,
  );
  lines.push("");
  lines.push("| product | months with actuals | months with forecasts | actual MoM | pairs | from | to |");
  lines.push("|---|---:|---:|---:|---:|---|---|");
  const ids = new Set([...cov.products.map((p) => p.product), ...before.map((p) => p.product)]);
  const now = new Map(cov.products.map((p) => [p.product, p]));
  for (const id of ids) {
    const p = now.get(id);
    const b = was.get(id);
    lines.push(
      `| ${id} | ${arrow(b?.actualMonths, p?.actualMonths ?? 0)} | ${arrow(b?.forecastMonths, p?.forecastMonths ?? 0)} | ${arrow(b?.actualMom, p?.actualMom ?? 0)} | ${arrow(b?.pairs, p?.pairs ?? 0)} | ${p?.first ?? ""} | ${p?.last ?? ""} |`,
    );
  }
  return lines.join("\n") + "\n";
}
