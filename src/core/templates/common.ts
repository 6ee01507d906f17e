/** Pieces every template shares: the title block, edition wording, product rows. */
import type { Product } from "../catalog";
import { GROUPS } from "../catalog";
import type { Dataset } from "../dataset";
import { formatPeriodLong, isPeriod } from "../periods";
import type { Basis, Measure } from "../types";
import { COLORS, GridBuilder, rangeRef, type Mode } from "./grid";

/** "March 2025 edition (2025-03)". */
export const editionLabel = (id: string): string => `${formatPeriodLong(id)} edition (${id})`;

/** "2025-11-26 10:14 UTC" from an ISO time. */
export function formatBuilt(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}

export function modeLine(mode: Mode): string {
  return mode === "smm"
    ? "Live =SMM.* formulas: they recompute when the data is refreshed."
    : "Plain formulas over the Data sheet (INDEX/MATCH on its key column): no add-in needed.";
}

/**
 * Rows 1-3: title, editions drawn on, built date and how the formulas work; merged across
 * `width` columns.
 */
export function titleBlock(b: GridBuilder, width: number, title: string, editions: string, built: string): void {
  b.value(1, 1, title);
  b.style(rangeRef(1, 1, 1, width), { bold: true, size: 14, color: COLORS.titleFont, fill: COLORS.titleFill });
  b.merge(rangeRef(1, 1, 1, width));
  b.height(1, 24);
  b.value(2, 1, editions, { style: { italic: true } });
  b.merge(rangeRef(2, 1, 2, width));
  b.value(3, 1, built, { style: { color: COLORS.subtle } });
  b.merge(rangeRef(3, 1, 3, width));
}

/** Throws a RangeError unless `p` is YYYY-MM. */
export function checkPeriod(p: string, what: string): string {
  if (!isPeriod(p)) throw new RangeError(`${what} must be YYYY-MM, got ${JSON.stringify(p)}`);
  return p;
}

/** The edition that states the winning figure, or undefined. */
export function editionOf(ds: Dataset, product: string, period: string, basis: Basis, measure: Measure): string | undefined {
  return ds.lookup(product, "", period, basis, measure)?.provenance.edition;
}

/** Sorted unique editions, without undefined. */
export const uniqueEditions = (xs: readonly (string | undefined)[]): string[] =>
  [...new Set(xs.filter((x): x is string => typeof x === "string" && x !== ""))].sort();

/** Products in report groups order (GROUPS, then any other group), catalog order within a group. */
export function productsByGroup(ds: Dataset): { group: string; products: Product[] }[] {
  const all = ds.catalog.all();
  const groups: string[] = [...GROUPS];
  for (const p of all) if (!groups.includes(p.group)) groups.push(p.group);
  return groups.map((group) => ({ group, products: all.filter((p) => p.group === group) })).filter((g) => g.products.length > 0);
}

/** Index of a product in catalog order (for sorting). */
export function catalogOrder(ds: Dataset): (id: string) => number {
  const order = new Map(ds.catalog.all().map((p, i) => [p.id, i] as const));
  return (id) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
}

/** A number or undefined (for cached values). */
export const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
