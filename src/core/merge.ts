/**
 * Merging two copies of the same edition, figure by figure (pure).
 *
 * A re-import is a newer reading of the same edition, so:
 * - a figure the newer copy states replaces the same figure (product, segment, period, basis,
 *   measure) of the older copy: `added` when the older had none, `revised` when its value or hedge
 *   differs, `unchanged` otherwise;
 * - a figure only the older copy states stays (`kept`), marked with where it came from
 *   (`Observation.keptFrom`), unless the user dropped it (`dropped`, keys in `Edition.dropped`);
 * - a conflict is something else: the newer text stating the same figure twice with different
 *   values, or a "conflict" issue the parser raised; each is listed with its sentence.
 *
 * The analyst's review decisions on the older copy (accepted, corrected, assigned, rejected
 * figures) are carried over to the newer copy first, matched by the figure's sentence (the
 * edition month is the same by construction): see `carryCorrections`.
 *
 * Used by the runtime (imported editions over bundled and team ones), the task pane's import
 * preview and `smm build`, so all three give the same dataset.
 */
import type { Basis, Edition, Issue, Measure, Observation } from "./types";
import { isPeriod } from "./periods";
import { figureKey, frameKey, MEASURES } from "./types";

export { figureKey };

/** Sentences compared without case or whitespace differences. */
export const sameSentence = (a: string | undefined, b: string | undefined): boolean =>
  !!a && !!b && a.replace(/\s+/g, " ").trim().toLowerCase() === b.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * The figure an issue is about, when the parser says so in `path` as
 * [product, segment, period, basis, measure] ("conflict", "implausible"); null otherwise.
 */
export function issueFigure(i: Issue): { product: string; segment: string; period: string; basis: Basis; measure: Measure } | null {
  const p = i.path;
  if (!p || p.length !== 5 || !p.every((x) => typeof x === "string")) return null;
  const [product, segment, period, basis, measure] = p as string[];
  if (!product || !isPeriod(period) || (basis !== "actual" && basis !== "forecast") || !(MEASURES as readonly string[]).includes(measure ?? "")) return null;
  return { product, segment: segment ?? "", period: period as string, basis, measure: measure as Measure };
}

export interface Conflict {
  /** The figure's key (null for a "conflict" issue that does not name its figure). */
  key: string | null;
  /** The statements (two or more) when the parser kept them. */
  figures: Observation[];
  sentence: string;
  section: string;
  message: string;
  /** The earlier copy's value of that figure, which the conflict replaces (the figure is #N/A). */
  before?: Observation;
  /** Offsets of the number in the source text (issue conflicts). */
  start?: number;
  end?: number;
}

export interface MergeDiff {
  edition: string;
  /** True when there was no older copy. */
  isNew: boolean;
  /** Where the older copy came from ("bundled", "team", "imported", a file name), or null. */
  over: string | null;
  added: Observation[];
  revised: { before: Observation; after: Observation }[];
  /** Figures only the older copy states, kept in the merged edition. */
  kept: Observation[];
  /** Figures only the older copy states, left out because the user dropped them. */
  removed: Observation[];
  conflicting: Conflict[];
  unchanged: number;
}

export interface MergeOptions {
  /** Where the older copy came from, for `keptFrom` (default: its `origin`, else its `source`). */
  from?: string;
  /** Keys of older figures to leave out (added to the merged edition's `dropped`). */
  drop?: readonly string[];
}

const firstByKey = (list: readonly Observation[]): Map<string, Observation> => {
  const m = new Map<string, Observation>();
  for (const o of list) if (!m.has(figureKey(o))) m.set(figureKey(o), o);
  return m;
};

/** Figures the same text states twice with different values, and the parser's "conflict" issues. */
export function conflictsOf(edition: Edition): Conflict[] {
  const by = new Map<string, Observation[]>();
  for (const o of edition.observations) {
    const k = figureKey(o);
    const list = by.get(k);
    if (list) list.push(o);
    else by.set(k, [o]);
  }
  const out: Conflict[] = [];
  for (const [k, list] of by) {
    if (list.length < 2 || list.every((o) => o.value === list[0]?.value)) continue;
    const first = list[0] as Observation;
    out.push({
      key: k,
      figures: list,
      sentence: first.provenance.sentence,
      section: first.provenance.section,
      message: `stated ${list.length} times with different values (${list.map((o) => o.value).join(", ")})`,
    });
  }
  const listed = new Set(out.flatMap((c) => c.figures.map((o) => o.provenance.sentence)));
  for (const i of edition.issues) {
    if (i.code !== "conflict" && i.code !== "contradiction") continue;
    if (i.sentence && listed.has(i.sentence)) continue; // the same conflict, already listed with its figures
    // resolved: the figure read from that sentence now agrees with every other statement of it (a correction)
    const from = edition.observations.filter((o) => sameSentence(o.provenance.sentence, i.sentence));
    if (from.length && from.every((o) => (by.get(figureKey(o)) ?? []).every((x) => x.value === o.value))) continue;
    const f = issueFigure(i);
    if (f && by.has(figureKey(f))) continue; // resolved: the user set the figure's value
    const c: Conflict = { key: f ? figureKey(f) : null, figures: [], sentence: i.sentence ?? "", section: i.section ?? "", message: i.message };
    if (typeof i.start === "number" && typeof i.end === "number") Object.assign(c, { start: i.start, end: i.end });
    out.push(c);
  }
  return out;
}

const originalKey = (o: Observation): string => (o.correction?.original ? figureKey(o.correction.original) : figureKey(o));

/**
 * The analyst's decisions on `older` applied again to `newer` (a re-import of the same edition):
 * a figure of `newer` read from the same sentence as a corrected or accepted figure of `older`,
 * with the key the parser had given it, takes the user's figure; a figure the user rejected is
 * rejected again; an unread number the user assigned is assigned again when its sentence is in
 * the new text. Returns `newer` itself when nothing applies.
 */
export function carryCorrections(older: Edition, newer: Edition): Edition {
  const decided = older.observations.filter((o) => o.correction && o.correction.kind !== "rejected");
  const rejected = older.rejected ?? [];
  if (!decided.length && !rejected.length) return newer;
  const observations: (Observation | null)[] = [...newer.observations];
  const newRejected: Observation[] = [...(newer.rejected ?? [])];
  const extra: Observation[] = [];
  let changed = false;
  const sentences = [...newer.observations.map((o) => o.provenance.sentence), ...newer.issues.map((i) => i.sentence ?? "")];
  for (const d of decided) {
    const target = originalKey(d);
    const i = observations.findIndex((o) => o && !o.correction && figureKey(o) === target && sameSentence(o.provenance.sentence, d.provenance.sentence));
    if (i >= 0) {
      const o = observations[i] as Observation;
      observations[i] = { ...d, provenance: { ...o.provenance }, ...(o.evidence ? { evidence: o.evidence } : {}) };
      changed = true;
    } else if (
      (d.correction?.kind === "assigned" || (d.correction?.kind === "corrected" && !d.correction.original)) &&
      sentences.some((s) => sameSentence(s, d.provenance.sentence))
    ) {
      if (!observations.some((o) => o && figureKey(o) === figureKey(d))) {
        extra.push({ ...d, provenance: { ...d.provenance, edition: newer.id } });
        changed = true;
      }
    }
  }
  for (const r of rejected) {
    const i = observations.findIndex(
      (o) => o && !o.correction && figureKey(o) === figureKey(r) && o.value === r.value && sameSentence(o.provenance.sentence, r.provenance.sentence),
    );
    if (i >= 0) {
      const o = observations[i] as Observation;
      newRejected.push({ ...o, correction: r.correction ?? { kind: "rejected", at: "" } });
      observations[i] = null;
      changed = true;
    }
  }
  if (!changed) return newer;
  const out: Edition = { ...newer, observations: [...observations.filter((o): o is Observation => o !== null), ...extra] };
  if (newRejected.length) out.rejected = newRejected;
  return out;
}

const issueKey = (i: Issue): string => `${i.code}|${i.sentence ?? ""}|${i.start ?? ""}|${i.message}`;

const joinSources = (a: string, b: string): string => {
  const parts = [...a.split(" + "), ...b.split(" + ")].filter((x) => x);
  return [...new Set(parts)].join(" + ");
};

/**
 * `newer` over `older` (two copies of the same edition), figure by figure. Returns the merged
 * edition and what changed compared with `older`. With no `older`, `newer` is new.
 */
export function mergeEditions(
  older: (Edition & { origin?: string }) | undefined | null,
  newer: Edition,
  opts: MergeOptions = {},
): { edition: Edition; diff: MergeDiff } {
  if (!older) {
    const conflicting = conflictsOf(newer);
    const added = [...firstByKey(newer.observations).values()];
    return { edition: newer, diff: { edition: newer.id, isNew: true, over: null, added, revised: [], kept: [], removed: [], conflicting, unchanged: 0 } };
  }
  const from = opts.from ?? older.origin ?? older.source;
  const incoming = carryCorrections(older, newer);
  const conflicting = conflictsOf(incoming);
  const dropped = new Set([...(incoming.dropped ?? []), ...(opts.drop ?? [])]);
  const before = firstByKey(older.observations);
  const after = firstByKey(incoming.observations);
  const diff: MergeDiff = { edition: newer.id, isNew: false, over: from, added: [], revised: [], kept: [], removed: [], conflicting, unchanged: 0 };
  for (const [k, o] of after) {
    const b = before.get(k);
    if (!b) diff.added.push(o);
    else if (b.value !== o.value || b.hedge !== o.hedge) diff.revised.push({ before: b, after: o });
    else diff.unchanged++;
  }
  // a figure the new text states with conflicting values is #N/A: the earlier value is not kept
  const conflictKeys = new Set(conflicting.map((c) => c.key).filter((k): k is string => !!k));
  const kept: Observation[] = [];
  for (const [k, o] of before) {
    if (after.has(k)) continue;
    if (conflictKeys.has(k)) {
      const c = conflicting.find((x) => x.key === k);
      if (c) c.before = o;
      continue;
    }
    if (dropped.has(k)) {
      diff.removed.push(o);
      continue;
    }
    const marked = o.keptFrom ? o : { ...o, keptFrom: from };
    kept.push(marked);
  }
  diff.kept = kept;
  const newTrends = new Set(incoming.trends.map(frameKey));
  const seenIssues = new Set(incoming.issues.map(issueKey));
  const edition: Edition = {
    ...incoming,
    source: joinSources(older.source, incoming.source),
    sections: [...incoming.sections, ...older.sections.filter((x) => !incoming.sections.includes(x))],
    observations: [...incoming.observations, ...kept],
    trends: [...incoming.trends, ...older.trends.filter((t) => !newTrends.has(frameKey(t)))],
    issues: [...incoming.issues, ...older.issues.filter((i) => !seenIssues.has(issueKey(i)))],
  };
  delete (edition as Edition & { origin?: string }).origin;
  if (dropped.size) edition.dropped = [...dropped].sort();
  return { edition, diff };
}
