/**
 * The dataset: editions merged into one queryable store.
 *
 * - Every edition keeps all of its observations (provenance included).
 * - When two editions state the same figure (product, segment, period, basis, measure),
 *   the newer edition wins; the older stays reachable through `history()`.
 * - Re-adding an edition with the same id replaces it and reports what changed.
 * - `output` is implied (and marked so) when an edition states a change and its % but no level.
 */
import { Catalog, slugify } from "./catalog";
import { addMonths, monthIndex } from "./periods";
import { implausibleForProduct } from "./plausible";
import type { Basis, Edition, Issue, Measure, Observation, TrendObservation } from "./types";
import { figureKey as obsKey, figureSlot, frameKey, MEASURES, productKey } from "./types";

export type EditionOrigin = "bundled" | "imported" | "team";

export interface StoredEdition extends Edition {
  origin: EditionOrigin;
}

export interface EditionDiff {
  edition: string;
  added: Observation[];
  revised: { before: Observation; after: Observation }[];
  removed: Observation[];
  unchanged: number;
  /** True when the edition was new to the dataset. */
  isNew: boolean;
}

const trendKey = (product: string, segment: string, period: string, basis: Basis): string => frameKey({ product, segment, period, basis });
/** Slots per month: one per figureSlot(basis, measure). */
const SLOTS = 2 * MEASURES.length;

/**
 * The winning figures of one product|segment, by month and slot in one flat array: month `first`'s
 * slots first (figureSlot(basis, measure)), then the next month's, through the last month with a
 * figure. One array per product (no map of months, no array per month): a call reads one Map, one
 * array element and the figure.
 */
interface ProductFigures {
  first: number;
  months: number;
  /** Slots the product uses: slotIndex[figureSlot] is the column in a month's row, -1 when unused. */
  slotIndex: Int8Array;
  width: number;
  figures: (Observation | undefined)[];
  /** The figures' values in the same places (NaN: none): a call reads a number, not an object. */
  values: Float64Array;
}

/** Newest edition first; within an edition, keep statement order. */
const newerFirst = (a: { provenance: { edition: string } }, b: { provenance: { edition: string } }): number =>
  a.provenance.edition < b.provenance.edition ? 1 : a.provenance.edition > b.provenance.edition ? -1 : 0;

export class Dataset {
  readonly catalog: Catalog;
  private readonly editions = new Map<string, StoredEdition>();
  private index = new Map<string, Observation[]>();
  /** productKey -> period -> the winning figures by slot: the function path's lookup (no key to build per call). */
  private winners = new Map<string, ProductFigures>();
  private trendIndex = new Map<string, TrendObservation[]>();
  /** Figures an edition states with conflicting values (#N/A), with the issue quoting both statements. */
  private conflictIndex = new Map<string, { edition: string; issue: Issue }>();
  /** product -> segment set (for messages). */
  private segments = new Map<string, Set<string>>();
  /** product|basis -> sorted periods that have any figure. */
  private periodsByProduct = new Map<string, Set<string>>();
  private coveredPeriods = new Map<Basis, Set<string>>();
  private dirty = false;
  /** Bumped on every change: caches and the UI watch it. */
  version = 0;

  constructor(catalog?: Catalog) {
    this.catalog = catalog ?? new Catalog();
  }

  /** Adds or replaces an edition. Returns what changed compared with the edition it replaced. */
  addEdition(edition: Edition, origin: EditionOrigin = "imported"): EditionDiff {
    const before = this.editions.get(edition.id);
    for (const heading of edition.sections) {
      try {
        if (!this.catalog.matchHeading(heading) && !this.catalog.get(slugify(heading))) this.catalog.add(heading);
      } catch {
        // a heading with no letters or digits names no product: nothing to add
      }
    }
    for (const o of edition.observations) this.ensureProduct(o.product);
    for (const t of edition.trends) this.ensureProduct(t.product);
    const stored: StoredEdition = { ...edition, origin };
    this.editions.set(edition.id, stored);
    this.dirty = true;
    this.version++;
    return diffEditions(edition.id, before?.observations ?? [], edition.observations, before === undefined);
  }

  removeEdition(id: string): boolean {
    const had = this.editions.delete(id);
    if (had) {
      this.dirty = true;
      this.version++;
    }
    return had;
  }

  clear(): void {
    this.editions.clear();
    this.dirty = true;
    this.version++;
  }

  getEdition(id: string): StoredEdition | undefined {
    return this.editions.get(id);
  }

  private listed: { version: number; list: StoredEdition[] } | null = null;

  /** Editions by month (a fresh array; sorted once per dataset version). */
  /** How many editions are loaded (without listing them). */
  editionCount(): number {
    return this.editions.size;
  }

  listEditions(): StoredEdition[] {
    if (!this.listed || this.listed.version !== this.version) {
      this.listed = { version: this.version, list: [...this.editions.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
    }
    return [...this.listed.list];
  }

  /** The winning figure (newest edition), or undefined. */
  lookup(product: string, segment: string, period: string, basis: Basis, measure: Measure): Observation | undefined {
    return this.figureAt(productKey(product, segment), period, figureSlot(basis, measure));
  }

  /** The winning figure's value at figureAt's keys, or NaN when there is none. */
  valueAt(productKey: string, period: string, slot: number): number {
    if (this.dirty) this.build();
    const w = this.winners.get(productKey);
    if (w === undefined) return NaN;
    const i = monthIndex(period) - w.first;
    const k = w.slotIndex[slot] ?? -1;
    return i >= 0 && i < w.months && k >= 0 ? (w.values[i * w.width + k] as number) : NaN;
  }

  /** lookup() for keys made once: `productKey(product, segment)` and `figureSlot(basis, measure)`. */
  figureAt(productKey: string, period: string, slot: number): Observation | undefined {
    if (this.dirty) this.build();
    const w = this.winners.get(productKey);
    if (w === undefined) return undefined;
    const i = monthIndex(period) - w.first;
    const k = w.slotIndex[slot] ?? -1;
    // (NaN and out-of-range months fail both tests)
    return i >= 0 && i < w.months && k >= 0 ? w.figures[i * w.width + k] : undefined;
  }

  /** When no edition states the figure but one states it with conflicting values: that conflict. */
  conflict(product: string, segment: string, period: string, basis: Basis, measure: Measure): { edition: string; issue: Issue } | undefined {
    this.build();
    return this.conflictIndex.get(obsKey({ product, segment, period, basis, measure }));
  }

  /** Every statement of that figure, newest first (revisions). */
  history(product: string, segment: string, period: string, basis: Basis, measure: Measure): Observation[] {
    this.build();
    return [...(this.index.get(obsKey({ product, segment, period, basis, measure })) ?? [])];
  }

  trend(product: string, segment: string, period: string, basis: Basis): TrendObservation | undefined {
    this.build();
    return this.trendIndex.get(trendKey(product, segment, period, basis))?.[0];
  }

  /** Segments a product has in any edition. */
  segmentsOf(product: string): string[] {
    this.build();
    let sorted = this.sortedSegments.get(product);
    if (!sorted) this.sortedSegments.set(product, (sorted = [...(this.segments.get(product) ?? [])].filter((s) => s !== "").sort()));
    return [...sorted];
  }

  /** Whether any edition states a figure of that segment of the product. */
  hasSegment(product: string, segment: string): boolean {
    this.build();
    return this.segments.get(product)?.has(segment) ?? false;
  }

  private sortedSegments = new Map<string, string[]>();

  /** Whether any edition states anything for that period and basis. */
  covers(period: string, basis: Basis): boolean {
    this.build();
    return this.coveredPeriods.get(basis)?.has(period) ?? false;
  }

  /** Periods (sorted) with any figure for the product/segment and basis. */
  periodsOf(product: string, segment: string, basis: Basis): string[] {
    this.build();
    return [...(this.periodsByProduct.get(`${product}|${segment}|${basis}`) ?? [])].sort();
  }

  /** All winning observations (one per figure). */
  allFigures(): Observation[] {
    this.build();
    const out: Observation[] = [];
    for (const list of this.index.values()) if (list[0]) out.push(list[0]);
    return out;
  }

  private ensureProduct(id: string): void {
    try {
      if (!this.catalog.get(id)) this.catalog.add(id);
    } catch {
      // not a product id (validated before; kept safe for hand-made editions)
    }
  }

  private build(): void {
    if (!this.dirty) return;
    const index = new Map<string, Observation[]>();
    const conflicts = new Map<string, { edition: string; issue: Issue }>();
    const trends = new Map<string, TrendObservation[]>();
    const segments = new Map<string, Set<string>>();
    const periods = new Map<string, Set<string>>();
    const covered = new Map<Basis, Set<string>>([
      ["actual", new Set()],
      ["forecast", new Set()],
    ]);
    const push = <T>(m: Map<string, T[]>, k: string, v: T): void => {
      const list = m.get(k);
      if (list) list.push(v);
      else m.set(k, [v]);
    };
    const note = (product: string, segment: string, period: string, basis: Basis): void => {
      let s = segments.get(product);
      if (!s) segments.set(product, (s = new Set()));
      s.add(segment);
      const pk = `${product}|${segment}|${basis}`;
      let p = periods.get(pk);
      if (!p) periods.set(pk, (p = new Set()));
      p.add(period);
      covered.get(basis)?.add(period);
    };
    for (const ed of this.editions.values()) {
      const seen = new Set<string>();
      for (const o of ed.observations) {
        const k = obsKey(o);
        if (seen.has(k)) continue; // the same edition stating a figure twice: keep the first
        seen.add(k);
        push(index, k, o);
        note(o.product, o.segment, o.period, o.basis);
      }
      // an output the text states with conflicting values is not implied either (it is #N/A)
      for (const i of ed.issues) {
        if (i.code !== "conflict" || i.path?.length !== 5) continue;
        const k = i.path.join("|");
        seen.add(k);
        const prev = conflicts.get(k);
        if (!prev || prev.edition < ed.id) conflicts.set(k, { edition: ed.id, issue: i });
      }
      for (const o of impliedOutputs(ed.observations, seen)) {
        push(index, obsKey(o), o);
        note(o.product, o.segment, o.period, o.basis);
      }
      const seenT = new Set<string>();
      for (const t of ed.trends) {
        const k = trendKey(t.product, t.segment, t.period, t.basis);
        if (seenT.has(k)) continue;
        seenT.add(k);
        push(trends, k, t);
        note(t.product, t.segment, t.period, t.basis);
      }
    }
    for (const list of index.values()) list.sort(newerFirst);
    for (const list of trends.values()) list.sort(newerFirst);
    const winners = new Map<string, ProductFigures>();
    const span = new Map<string, { first: number; last: number; slots: Int8Array }>();
    for (const list of index.values()) {
      const o = list[0] as Observation;
      const pk = productKey(o.product, o.segment);
      const m = monthIndex(o.period);
      if (m !== m) continue; // not a canonical month (editions are validated: none reach here)
      let s = span.get(pk);
      if (!s) span.set(pk, (s = { first: m, last: m, slots: new Int8Array(SLOTS) }));
      else if (m < s.first) s.first = m;
      else if (m > s.last) s.last = m;
      s.slots[figureSlot(o.basis, o.measure)] = 1;
    }
    for (const [pk, s] of span) {
      const months = s.last - s.first + 1;
      // only the slots the product uses get a column (most products state a few of the measures)
      const slotIndex = new Int8Array(SLOTS).fill(-1);
      let width = 0;
      for (let k = 0; k < SLOTS; k++) if (s.slots[k]) slotIndex[k] = width++;
      winners.set(pk, {
        first: s.first,
        months,
        slotIndex,
        width,
        figures: new Array<Observation | undefined>(months * width).fill(undefined),
        values: new Float64Array(months * width).fill(NaN),
      });
    }
    for (const list of index.values()) {
      const o = list[0] as Observation;
      const w = winners.get(productKey(o.product, o.segment));
      const m = monthIndex(o.period);
      if (w === undefined || m !== m) continue;
      const at = (m - w.first) * w.width + (w.slotIndex[figureSlot(o.basis, o.measure)] ?? 0);
      w.figures[at] = o;
      w.values[at] = o.value;
    }
    this.winners = winners;
    this.index = index;
    this.trendIndex = trends;
    this.conflictIndex = conflicts;
    this.segments = segments;
    this.sortedSegments = new Map();
    this.periodsByProduct = periods;
    this.coveredPeriods = covered;
    this.dirty = false;
  }
}

/**
 * `output` implied from a stated change and its percentage in the same edition
 * (44,400 mt, up 4.38% -> 44,400 / 0.0438 + 44,400). MoM first, then YoY.
 */
export function impliedOutputs(observations: readonly Observation[], stated: Set<string>): Observation[] {
  const byFrame = new Map<string, Partial<Record<Measure, Observation>>>();
  for (const o of observations) {
    const k = frameKey(o);
    let f = byFrame.get(k);
    if (!f) byFrame.set(k, (f = {}));
    if (!f[o.measure]) f[o.measure] = o;
  }
  const out: Observation[] = [];
  for (const f of byFrame.values()) {
    if (f.output) continue;
    for (const [pctM, chgM, back] of [
      ["mom", "mom_chg", -1],
      ["yoy", "yoy_chg", -12],
    ] as const) {
      const pct = f[pctM];
      const chg = f[chgM];
      if (!pct || !chg || pct.value === 0 || Math.sign(pct.value) !== Math.sign(chg.value)) continue;
      const value = chg.value / pct.value + chg.value;
      if (!Number.isFinite(value) || value <= 0) continue;
      // ("fell by 12,300 mt, or 2.2%" beside "March's output was revised to 553,800 mt": the base the edition states and the
      // change give 541,500, the rounded percentage 546,791; a base stated otherwise than the percentage implies leaves the
      // level unstated)
      const base = byFrame.get(frameKey({ ...pct, period: addMonths(pct.period, back) }))?.output;
      if (base && Math.abs(base.value + chg.value - value) > 0.005 * Math.abs(value)) continue;
      // an output dozens of times off the product's size comes from a change misread (catalog.ts's sizes)
      if (implausibleForProduct(pct.product, pct.segment, "output", value)) continue;
      const o: Observation = {
        ...pct,
        measure: "output",
        value,
        unit: "mt",
        hedge: pct.hedge === "exact" && chg.hedge === "exact" ? "exact" : "approx",
        implied: true,
        provenance: { ...chg.provenance, end: Math.max(chg.provenance.end, pct.provenance.end) },
      };
      if (!stated.has(obsKey(o))) out.push(o);
      break;
    }
  }
  return out;
}

export function diffEditions(id: string, before: readonly Observation[], after: readonly Observation[], isNew: boolean): EditionDiff {
  // an edition stating a figure twice: its first statement counts, as in the dataset
  const old = new Map<string, Observation>();
  for (const o of before) if (!old.has(obsKey(o))) old.set(obsKey(o), o);
  const diff: EditionDiff = { edition: id, added: [], revised: [], removed: [], unchanged: 0, isNew };
  const seen = new Set<string>();
  for (const o of after) {
    const k = obsKey(o);
    if (seen.has(k)) continue;
    seen.add(k);
    const b = old.get(k);
    if (!b) diff.added.push(o);
    else if (b.value !== o.value || b.hedge !== o.hedge) diff.revised.push({ before: b, after: o });
    else diff.unchanged++;
  }
  for (const [k, o] of old) if (!seen.has(k)) diff.removed.push(o);
  return diff;
}

export const isMeasure = (s: string): s is Measure => (MEASURES as readonly string[]).includes(s);

/** Issues of all editions, for the task pane. */
export function allIssues(ds: Dataset): Issue[] {
  return ds.listEditions().flatMap((e) => e.issues);
}

/**
 * `compute(ds)` memoised per dataset and version: what the pane, the templates and the function
 * path derive from the data (coverage, counts, rows, names) is computed once per change.
 */
export function perVersion<T>(compute: (ds: Dataset) => T): (ds: Dataset) => T {
  const cache = new WeakMap<Dataset, { version: number; value: T }>();
  return (ds) => {
    const c = cache.get(ds);
    if (c && c.version === ds.version) return c.value;
    const value = compute(ds);
    cache.set(ds, { version: ds.version, value });
    return value;
  };
}
