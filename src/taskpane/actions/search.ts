/**
 * Explore: find products by name, alias, id, group or segment, tolerating typos ("coper",
 * "nikel", "rare earth"). Pure over the Dataset's catalog and figures.
 */
import { editDistance, GROUPS, OTHER_GROUP } from "../../core/catalog";
import type { Product } from "../../core/catalog";
import type { Dataset } from "../../core/dataset";
import { perVersion } from "../../core/dataset";

export interface ProductHit {
  /** What formulas and queries use: the product id, or "id:segment". */
  ref: string;
  id: string;
  segment: string;
  name: string;
  group: string;
  /** Winning figures loaded for it. */
  figures: number;
  /** Why it matched ("alias li2co3", "group Rare earths", "did you mean"...). */
  why: string;
  score: number;
}

/** Winning figures per "product|segment" (cached per dataset version). */
export const figureCounts = perVersion((ds: Dataset): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const o of ds.allFigures()) {
    const k = `${o.product}|${o.segment}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
    if (o.segment) counts.set(`${o.product}|*`, (counts.get(`${o.product}|*`) ?? 0) + 1);
  }
  return counts;
});

const norm = (s: string): string =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const segLabel = (s: string): string => s.replace(/-/g, " ");

const groupOrder = (g: string): number => {
  const i = (GROUPS as readonly string[]).indexOf(g);
  return i >= 0 ? i : g === OTHER_GROUP ? GROUPS.length + 1 : GROUPS.length;
};

function hit(ds: Dataset, p: Product, segment: string, why: string, score: number): ProductHit {
  const counts = figureCounts(ds);
  const figures = counts.get(`${p.id}|${segment}`) ?? 0;
  return {
    ref: segment ? `${p.id}:${segment}` : p.id,
    id: p.id,
    segment,
    name: segment ? `${p.name} (${segLabel(segment)})` : p.name,
    group: p.group,
    figures,
    why,
    // products with no figures sink
    score: score + (figures === 0 ? (segment ? 10 : 5) : 0),
  };
}

/**
 * Products (and segments) matching the query, best first. Empty query: every product that has
 * figures, by group. A query naming a group lists the group.
 */
export function searchProducts(ds: Dataset, query: string, limit = 40): ProductHit[] {
  const raw = String(query ?? "").slice(0, 80);
  const q = norm(raw);
  const products = ds.catalog.all();
  const out = new Map<string, ProductHit>();
  const add = (h: ProductHit): void => {
    const prev = out.get(h.ref);
    if (!prev || h.score < prev.score) out.set(h.ref, h);
  };
  if (!q) {
    const counts = figureCounts(ds);
    for (const p of products) if ((counts.get(`${p.id}|`) ?? 0) + (counts.get(`${p.id}|*`) ?? 0) > 0) add(hit(ds, p, "", "", groupOrder(p.group)));
    return sortHits([...out.values()]).slice(0, Math.max(limit, 100));
  }
  const colon = raw.indexOf(":");
  const head = colon >= 0 ? norm(raw.slice(0, colon)) : q;
  const seg = colon >= 0 ? norm(raw.slice(colon + 1)) : undefined;
  const exact = ds.catalog.resolve(raw.trim());
  if (exact) add(hit(ds, exact.product, exact.segment, "exact", 0));
  for (const p of products) {
    const names: [string, string][] = [[norm(p.name), "name"], [norm(p.id), "id"], ...p.aliases.map((a): [string, string] => [norm(a), `alias "${a}"`])];
    let best = Infinity;
    let why = "";
    for (const [n, w] of names) {
      if (!n) continue;
      let s = Infinity;
      if (n === head) s = 0.5;
      else if (n.startsWith(head)) s = 1;
      else if (n.split(" ").some((word) => word.startsWith(head))) s = 1.5;
      else if (head.length >= 3 && n.includes(head)) s = 2;
      if (s < best) {
        best = s;
        why = w;
      }
    }
    if (best < Infinity) add(hit(ds, p, "", why, best));
    const g = norm(p.group);
    if (
      g &&
      (g.includes(q) || (q.length >= 4 && editDistance(q, g) <= 2) || g.split(" ").some((w) => w.length >= 4 && q.length >= 4 && editDistance(q, w) <= 1))
    ) {
      add(hit(ds, p, "", `group ${p.group}`, 3 + groupOrder(p.group) * 0.01));
    }
    for (const s of ds.segmentsOf(p.id)) {
      const sl = norm(s);
      if (best < Infinity && seg === undefined && head.length >= 3) add(hit(ds, p, s, "segment", best + 0.5));
      else if ((seg !== undefined && best < Infinity && sl.includes(seg)) || (q.length >= 3 && sl.includes(q))) add(hit(ds, p, s, "segment", 2.5));
    }
  }
  // typos: the catalog's suggestions (edit distance on ids and aliases), unless the query names a
  // product exactly (an id, a name or an alias such as "镍": no fuzzy neighbours then)
  const named = exact !== null || [...out.values()].some((x) => x.score <= 0.5);
  if (!named)
    for (const [i, name] of ds.catalog.suggest(query, 6).entries()) {
      const r = ds.catalog.resolve(name);
      if (r) add(hit(ds, r.product, "", `did you mean "${name}"?`, 4 + i * 0.1));
    }
  // typos inside multi-word names ("aluminum oxid" / "lithum carbonate"): word by word
  if (out.size < 3) {
    const words = q.split(" ").filter((w) => w.length >= 4);
    for (const p of products) {
      const pw = norm(`${p.name} ${p.aliases.join(" ")}`).split(" ");
      const ok = words.length > 0 && words.every((w) => pw.some((x) => x.length >= 3 && editDistance(w, x) <= (w.length >= 7 ? 2 : 1)));
      if (ok) add(hit(ds, p, "", "similar words", 5));
    }
  }
  return sortHits([...out.values()]).slice(0, limit);
}

function sortHits(hits: ProductHit[]): ProductHit[] {
  return hits.sort((a, b) => a.score - b.score || b.figures - a.figures || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Name for a product reference ("copper-cathode:large-smelters" -> "Copper Cathode (large smelters)"). */
export function refName(ds: Dataset, ref: string): string {
  const r = ds.catalog.resolve(ref);
  if (!r) return ref;
  return r.segment ? `${r.product.name} (${segLabel(r.segment)})` : r.product.name;
}
