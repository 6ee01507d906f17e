/**
 * Import: a report's text (pasted or from a .txt/.html file) or a figures CSV -> a preview the pane
 * shows before anything is saved, and the summary of what saving changed. Pure: the Dataset is only
 * read; saving goes through the shared runtime (see ../app.ts).
 */
import { Catalog } from "../../core/catalog";
import { readFiguresCsv } from "../../core/csv";
import type { Dataset, EditionDiff, EditionOrigin } from "../../core/dataset";
import { perVersion } from "../../core/dataset";
import type { MergeDiff } from "../../core/merge";
import { figureKey, issueFigure, mergeEditions, sameSentence } from "../../core/merge";
import type { FigureFields, ReviewDecision, ReviewItem } from "../../core/review";
import { applyReview, describeCorrection, readNumberText, reviewItems } from "../../core/review";
import { normalize, parseReport } from "../../core/report/parse";
import { screenReport } from "../../core/screen";
import type { Edition, Issue, Measure, Observation } from "../../core/types";
import { MEASURES } from "../../core/types";
import { FRACTION_MEASURES, formatFigure, MEASURE_LABELS, periodLabel, plural } from "./format";
import { highlightInSentence, type Span } from "./locate";
import { isPeriod } from "../../core/periods";

/** Largest text the pane imports. SMM's monthly report is about 70 KB; a 5 MB paste is a mistake. */
export const MAX_IMPORT_CHARS = 2_000_000;

export type ImportKind = "report" | "csv";

export interface ProductCount {
  id: string;
  name: string;
  figures: number;
}

export interface EditionPreview {
  /** YYYY-MM, or null when the month could not be found (the user must set it). */
  id: string | null;
  label: string;
  source: string;
  sections: number;
  figures: number;
  trends: number;
  actualFigures: number;
  forecastFigures: number;
  products: ProductCount[];
  /** The loaded edition this one would replace. */
  replaces: { origin: EditionOrigin; figures: number } | null;
  /** What saving would change compared with the loaded edition of that month (merged figure by figure). */
  diff: MergeDiff | null;
  /** The same, one line per new, revised, kept and conflicting figure, with its sentence. */
  changes: ChangeView[];
  /** What the parser was unsure of, with the user's decisions so far. */
  review: ReviewView[];
}

/** One figure of the merge, for the preview. */
export interface ChangeView {
  kind: "new" | "revised" | "kept" | "conflict";
  /** The figure's key (`figureKey`); for a kept figure, what "drop" sends back. */
  key: string;
  /** "Copper Cathode, MoM %, 2025-03" */
  label: string;
  valueText: string;
  /** The earlier value (revised). */
  beforeText?: string;
  sentence: string;
  highlight: Span | null;
  /** Conflicts: the other statements' sentences. */
  others?: { sentence: string; highlight: Span | null }[];
  /** Kept figures: where the earlier copy came from, and whether it will be kept (false: dropped). */
  from?: string;
  keep?: boolean;
}

/** One review item, for the preview. */
export interface ReviewView {
  id: string;
  kind: "figure" | "issue";
  /** What was read: "Refined Zinc, MoM %, 2025-03: 50%" or "unread number: 7%". */
  title: string;
  reasons: string[];
  section: string;
  sentence: string;
  highlight: Span | null;
  /** An unread number, or a conflicting/implausible figure: it can be given a product, measure and value. */
  assignable: boolean;
  /** An unread number (assigned), rather than a named figure (corrected). */
  unread: boolean;
  /** What the correct/assign form starts with. */
  defaults: FigureFields;
  decision: ReviewDecision | null;
  /** "Accepted", "Corrected to ...", "Rejected", "Assigned to ..." or "". */
  decisionText: string;
  /** A decision saved with the earlier import of this edition that applies again unless a new one is taken. */
  earlier: string;
}

/** The user's choices on one import: review decisions and kept figures to drop. */
export interface ImportChoices {
  decisions?: readonly ReviewDecision[];
  drop?: readonly string[];
  /** ISO time stamped on decisions. */
  at?: string;
}

export interface IssueView {
  code: string;
  message: string;
  section?: string;
  sentence?: string;
  /** The offending figure inside `sentence`. */
  highlight: Span | null;
}

export interface ImportPreview {
  kind: ImportKind;
  /** File name, or "pasted text". */
  name: string;
  chars: number;
  /** Why this cannot be saved; null when it can. */
  blocking: string | null;
  editions: EditionPreview[];
  issues: IssueView[];
  /** The month the user set (report imports), if any. */
  editionOverride: string | null;
}

export interface PreparedImport {
  preview: ImportPreview;
  /** What Save hands to the runtime (empty when blocked). */
  editions: Edition[];
  /** The text, kept for Trace (figures highlighted in their sentences). */
  text: string;
}

export const PASTED = "pasted text";

/** A figures CSV (by extension or by its header line) or a report. */
export function detectKind(name: string, text: string): ImportKind {
  if (/\.csv$/i.test(name)) return "csv";
  const first = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  return /^\s*"?product"?\s*,.*\bperiod\b.*\bmeasure\b/i.test(first) ? "csv" : "report";
}

function checkText(text: string, size?: number): string | null {
  if (typeof text !== "string" || text.trim() === "") return "The text is empty: paste an SMM report or pick a .txt, .html or .csv file.";
  if (text.length > MAX_IMPORT_CHARS || (size ?? 0) > MAX_IMPORT_CHARS) {
    return `The text is ${(Math.max(size ?? 0, text.length) / 1_048_576).toFixed(1)} MB; an SMM monthly report is well under 1 MB (limit ${(MAX_IMPORT_CHARS / 1_048_576).toFixed(1)} MB). Nothing was saved: check that this is the right file.`;
  }
  return null;
}

function productCounts(ds: Dataset, catalog: Catalog, observations: readonly Observation[]): ProductCount[] {
  const by = new Map<string, number>();
  for (const o of observations) by.set(o.product, (by.get(o.product) ?? 0) + 1);
  return [...by.entries()]
    .map(([id, figures]) => ({ id, name: catalog.get(id)?.name ?? ds.catalog.get(id)?.name ?? id, figures }))
    .sort((a, b) => b.figures - a.figures || (a.name < b.name ? -1 : 1));
}

function editionPreview(ds: Dataset, catalog: Catalog, e: Edition, ctx: { text?: string; raw?: Edition; choices?: ImportChoices } = {}): EditionPreview {
  const loaded = ds.getEdition(e.id);
  const drop = ctx.choices?.drop ?? [];
  const diff = loaded ? mergeEditions(loaded, e, { drop }).diff : null;
  const norm = ctx.text ? normalize(ctx.text) : null;
  return {
    changes: diff ? changeViews(ds, catalog, diff, norm, drop) : [],
    review: ctx.raw ? reviewViews(ds, catalog, ctx.raw, norm, ctx.choices?.decisions ?? [], loaded) : [],
    id: e.id,
    label: periodLabel(e.id),
    source: e.source,
    sections: e.sections.length,
    figures: e.observations.length,
    trends: e.trends.length,
    actualFigures: e.observations.filter((o) => o.basis === "actual").length,
    forecastFigures: e.observations.filter((o) => o.basis === "forecast").length,
    products: productCounts(ds, catalog, e.observations),
    replaces: loaded ? { origin: loaded.origin, figures: loaded.observations.length } : null,
    diff,
  };
}

const nameOf = (ds: Dataset, catalog: Catalog, o: { product: string; segment: string; period: string; basis: string; measure: Measure }): string => {
  const p = catalog.get(o.product)?.name ?? ds.catalog.get(o.product)?.name ?? o.product;
  return `${p}${o.segment ? ` (${o.segment.replace(/-/g, " ")})` : ""}, ${MEASURE_LABELS[o.measure]}, ${o.period}${o.basis === "forecast" ? " forecast" : ""}`;
};

const spanOf = (norm: string | null, o: Observation): Span | null =>
  norm && o.provenance.start >= 0 ? highlightInSentence(norm, o.provenance.sentence, o.provenance.start, o.provenance.end) : null;

const keyLabel = (ds: Dataset, catalog: Catalog, key: string | null): string | null => {
  const f = key ? issueFigure({ code: "conflict", message: "", path: key.split("|") }) : null;
  return f ? nameOf(ds, catalog, f) : null;
};

function changeViews(ds: Dataset, catalog: Catalog, d: MergeDiff, norm: string | null, drop: readonly string[]): ChangeView[] {
  const out: ChangeView[] = [];
  const line = (kind: ChangeView["kind"], o: Observation, extra: Partial<ChangeView> = {}): ChangeView => ({
    kind,
    key: figureKey(o),
    label: nameOf(ds, catalog, o),
    valueText: formatFigure(o.value, o.measure),
    sentence: o.provenance.sentence,
    highlight: kind === "kept" ? null : spanOf(norm, o),
    ...extra,
  });
  for (const c of d.conflicting) {
    const first = c.figures[0];
    out.push(
      first
        ? line("conflict", first, {
            valueText: c.figures.map((o) => formatFigure(o.value, o.measure)).join(" / "),
            sentence: first.provenance.sentence,
            others: c.figures.slice(1).map((o) => ({ sentence: o.provenance.sentence, highlight: spanOf(norm, o) })),
          })
        : {
            kind: "conflict",
            key: c.key ?? "",
            label: keyLabel(ds, catalog, c.key) ?? (c.section ? `${c.section}: ${c.message}` : c.message),
            valueText: "#N/A (stated with different values)",
            ...(c.before ? { beforeText: formatFigure(c.before.value, c.before.measure) } : {}),
            sentence: c.sentence,
            highlight: norm && c.start !== undefined && c.end !== undefined ? highlightInSentence(norm, c.sentence, c.start, c.end) : null,
          },
    );
  }
  for (const r of d.revised) out.push(line("revised", r.after, { beforeText: formatFigure(r.before.value, r.before.measure) }));
  for (const o of d.added) out.push(line("new", o));
  for (const o of d.kept) out.push(line("kept", o, { from: o.keptFrom ?? d.over ?? "", keep: true }));
  for (const o of d.removed) if (drop.includes(figureKey(o))) out.push(line("kept", o, { from: o.keptFrom ?? d.over ?? "", keep: false }));
  return out;
}

const MEASURE_BY_UNIT: Record<string, Measure> = { "%": "mom", pp: "operating_rate_mom", mt: "output", "mt/year": "capacity", "": "mom" };

/** What the assign form starts with for an unread number: the section's product, a measure from the unit and the words after it. */
function assignDefaults(catalog: Catalog, edition: Edition, is: Issue, number: string, after: string): FigureFields {
  const n = readNumberText(number);
  let measure: Measure = MEASURE_BY_UNIT[n?.unit ?? ""] ?? "mom";
  if (n?.unit === "%" && /^\W{0,3}(?:yoy|y-o-y|year)/i.test(after)) measure = "yoy";
  if (n?.unit === "%" && /operating rate/i.test(is.sentence ?? "") && !/mom|yoy|month|year/i.test(after.slice(0, 20))) measure = "operating_rate";
  const named = issueFigure(is);
  if (named) return { ...named, value: n ? (FRACTION_MEASURES.has(named.measure) && n.unit === "" ? n.value / 100 : n.value) : 0 };
  const product = (is.section ? catalog.matchHeading(is.section)?.id : undefined) ?? "";
  return { product, segment: "", period: edition.id, basis: "actual", measure, value: n ? n.value : 0 };
}

function describeDecision(ds: Dataset, catalog: Catalog, d: ReviewDecision | undefined, unread = true): string {
  if (!d) return "";
  if (d.action === "accept") return "Accepted as read";
  if (d.action === "reject") return "Rejected: not saved";
  const what = `${nameOf(ds, catalog, d.to)}: ${formatFigure(d.to.value, d.to.measure)}`;
  return d.action === "correct" || !unread ? `Corrected to ${what}` : `Assigned to ${what}`;
}

function reviewViews(ds: Dataset, catalog: Catalog, raw: Edition, norm: string | null, decisions: readonly ReviewDecision[], loaded?: Edition): ReviewView[] {
  const byItem = new Map(decisions.map((d) => [d.item, d] as const));
  const decided = (loaded?.observations ?? []).filter((o) => o.correction);
  const earlierFor = (o: Observation): string => {
    const d = decided.find(
      (x) =>
        sameSentence(x.provenance.sentence, o.provenance.sentence) &&
        (x.correction?.original ? figureKey(x.correction.original) : figureKey(x)) === figureKey(o),
    );
    if (d) return `${describeCorrection(d)}: ${nameOf(ds, catalog, d)}: ${formatFigure(d.value, d.measure)}`;
    const r = (loaded?.rejected ?? []).find((x) => sameSentence(x.provenance.sentence, o.provenance.sentence) && figureKey(x) === figureKey(o));
    return r ? describeCorrection(r) : "";
  };
  const earlierIssue = (sentence: string): string => {
    const d = decided.find(
      (x) =>
        (x.correction?.kind === "assigned" || (x.correction?.kind === "corrected" && !x.correction.original)) && sameSentence(x.provenance.sentence, sentence),
    );
    return d ? `${describeCorrection(d)}: ${nameOf(ds, catalog, d)}: ${formatFigure(d.value, d.measure)}` : "";
  };
  return reviewItems(raw).map((it: ReviewItem): ReviewView => {
    const d = byItem.get(it.id);
    if (it.kind === "figure") {
      const o = it.figure;
      return {
        id: it.id,
        kind: "figure",
        title: `${nameOf(ds, catalog, o)}: ${formatFigure(o.value, o.measure)}`,
        reasons: it.reasons,
        section: o.provenance.section,
        sentence: o.provenance.sentence,
        highlight: spanOf(norm, o),
        assignable: false,
        unread: false,
        defaults: { product: o.product, segment: o.segment, period: o.period, basis: o.basis, measure: o.measure, value: o.value },
        decision: d ?? null,
        decisionText: describeDecision(ds, catalog, d),
        earlier: earlierFor(o),
      };
    }
    const is = it.issue;
    const sentence = is.sentence ?? "";
    const hl =
      norm && typeof is.start === "number" && typeof is.end === "number" && is.start >= 0 ? highlightInSentence(norm, sentence, is.start, is.end) : null;
    const number = hl ? sentence.slice(hl.start, hl.end) : "";
    return {
      id: it.id,
      kind: "issue",
      title:
        is.code === "unused-number"
          ? `Unread number${number ? `: ${number}` : ""}`
          : `${is.code === "implausible" ? "Implausible value" : "Conflict"}${issueFigure(is) ? `: ${nameOf(ds, catalog, issueFigure(is) as FigureFields)}` : ""}${number ? ` (${number} here)` : ""}`,
      reasons: it.reasons,
      section: is.section ?? "",
      sentence,
      highlight: hl,
      assignable: it.assignable,
      unread: is.code === "unused-number",
      defaults: assignDefaults(catalog, raw, is, number, hl ? sentence.slice(hl.end) : ""),
      decision: d ?? null,
      decisionText: describeDecision(ds, catalog, d, is.code === "unused-number"),
      earlier: earlierIssue(sentence),
    };
  });
}

/**
 * A value typed in the correct/assign form ("5%", "5", "-0.8 pp", "44,400") -> the stored value
 * for that measure: percentages and percentage points as fractions (a bare number is a percent for
 * them), tonnes as numbers. null when it is not a number.
 */
export function parseValueInput(text: string, measure: Measure): number | null {
  const n = readNumberText(text.trim());
  if (!n || !/\d/.test(text)) return null;
  if (FRACTION_MEASURES.has(measure)) return n.unit === "%" || n.unit === "pp" ? n.value : Number((n.value / 100).toPrecision(12));
  return n.value;
}

/** The figure's fields typed in a form, checked; a message when one is wrong. */
export function checkFields(
  ds: Dataset,
  f: { product: string; segment: string; period: string; basis: string; measure: string; value: string },
): { ok: true; value: FigureFields } | { ok: false; message: string } {
  const product = ds.catalog.get(f.product.trim()) ?? ds.catalog.resolve(f.product.trim())?.product ?? null;
  if (!product) return { ok: false, message: `"${f.product}" is not a product: pick one from the list.` };
  if (!isPeriod(f.period)) return { ok: false, message: `"${f.period}" is not a month: use YYYY-MM.` };
  if (!(MEASURES as readonly string[]).includes(f.measure)) return { ok: false, message: `"${f.measure}" is not a measure.` };
  const measure = f.measure as Measure;
  if (f.basis !== "actual" && f.basis !== "forecast") return { ok: false, message: "The basis is actual or forecast." };
  const value = parseValueInput(f.value, measure);
  if (value === null) return { ok: false, message: `"${f.value}" is not a number.` };
  const segment = f.segment
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return { ok: true, value: { product: product.id, segment, period: f.period, basis: f.basis, measure, value } };
}

function issueViews(text: string, issues: readonly Issue[]): IssueView[] {
  let norm: string | null = null;
  return issues.map((i) => {
    const v: IssueView = { code: i.code, message: i.message, highlight: null };
    if (i.section) v.section = i.section;
    if (i.sentence) {
      v.sentence = i.sentence;
      if (typeof i.start === "number" && typeof i.end === "number" && i.start >= 0 && i.end > i.start) {
        norm ??= normalize(text);
        v.highlight = highlightInSentence(norm, i.sentence, i.start, i.end);
      }
    }
    return v;
  });
}

/** Product names, ids and aliases in lower case (what a report names its products by). */
const productNames = perVersion((ds: Dataset): string[] => [
  ...new Set(
    ds.catalog
      .all()
      .flatMap((p) => [p.name, p.id.replace(/-/g, " "), ...p.aliases].map((n) => n.toLowerCase()).filter((n) => n.length >= 3 || /[^\x00-\x7f]/.test(n))),
  ),
]);

/**
 * What every preview starts from: the name shown (PASTED for pasted text), an empty preview of
 * that kind, and, when the text is refused before reading it (checkText: empty, binary, too
 * large), the refusal itself.
 */
function startPreview(
  kind: ImportPreview["kind"],
  text: string,
  opts: { name?: string; size?: number },
  editionOverride: string | null,
): { name: string; base: ImportPreview; refused: PreparedImport | null } {
  const name = opts.name?.trim() || PASTED;
  const base: ImportPreview = { kind, name, chars: typeof text === "string" ? text.length : 0, blocking: null, editions: [], issues: [], editionOverride };
  const bad = checkText(text, opts.size);
  return { name, base, refused: bad ? { preview: { ...base, blocking: bad }, editions: [], text: "" } : null };
}

/**
 * Parses a report for the preview. `edition` (YYYY-MM) overrides the month found in the text or
 * file name: figures are dated relative to it, so a changed month re-parses.
 */
export function prepareReport(ds: Dataset, text: string, opts: { name?: string; edition?: string | null; size?: number } & ImportChoices = {}): PreparedImport {
  const { name, base, refused } = startPreview("report", text, opts, opts.edition ?? null);
  if (refused) return refused;
  if (opts.edition && !isPeriod(opts.edition)) {
    return { preview: { ...base, blocking: `"${opts.edition}" is not a month: use YYYY-MM, e.g. 2025-02.` }, editions: [], text };
  }
  // refuse what is plainly not a report before the parser reads it (fast, one message)
  const screen = screenReport(text, productNames(ds));
  if (!screen.ok)
    return { preview: { ...base, blocking: `This is not an SMM production report: ${screen.reason}. Nothing was saved.` }, editions: [], text: "" };
  const catalog = Catalog.fromJSON(ds.catalog.toJSON());
  const r = parseReport(text, {
    ...(name !== PASTED ? { fileName: name } : {}),
    source: name,
    catalog,
    ...(opts.edition ? { edition: opts.edition } : {}),
  });
  const issues = issueViews(text, r.issues);
  if (!r.edition) {
    const unknownMonth = r.issues.some((i) => i.code === "edition-unknown");
    const fatal = r.issues.find((i) => i.code === "empty" || i.code === "binary" || i.code === "not-a-report");
    const blocking = fatal
      ? `This is not an SMM report: ${fatal.message}. Nothing was saved.`
      : unknownMonth
        ? "Set the edition month (the month the report's actual figures describe) to read this report."
        : "The report could not be read. Nothing was saved.";
    const preview: ImportPreview = {
      ...base,
      blocking,
      issues,
      editions: [
        {
          id: null,
          label: "month unknown",
          source: name,
          sections: 0,
          figures: 0,
          trends: 0,
          actualFigures: 0,
          forecastFigures: 0,
          products: [],
          replaces: null,
          diff: null,
          changes: [],
          review: [],
        },
      ],
    };
    return { preview, editions: [], text };
  }
  const raw = r.edition;
  const ed = applyReview(raw, opts.decisions ?? [], opts.at ?? new Date().toISOString());
  const ep = editionPreview(ds, catalog, ed, { text, raw, choices: opts });
  let blocking: string | null = null;
  if (ed.observations.length === 0 && ed.trends.length === 0) {
    blocking = "No production figures were found: this does not look like an SMM production report. Nothing was saved.";
  }
  return { preview: { ...base, blocking, editions: [ep], issues }, editions: blocking ? [] : [ed], text };
}

/** Figures CSV (the columns of ../shared/data/*.csv): one edition per release. */
export function prepareCsv(ds: Dataset, text: string, opts: { name?: string; size?: number } & ImportChoices = {}): PreparedImport {
  const { name, base, refused } = startPreview("csv", text, opts, null);
  if (refused) return refused;
  const r = readFiguresCsv(text, name);
  const catalog = ds.catalog;
  const editions = r.editions;
  const preview: ImportPreview = {
    ...base,
    editions: editions.map((e) => editionPreview(ds, catalog, e, { choices: opts })),
    issues: issueViews(text, r.issues),
    blocking: editions.length ? null : `No figures could be read from this CSV${r.issues[0] ? `: ${r.issues[0].message}` : ""}. Nothing was saved.`,
  };
  return { preview, editions, text };
}

/** Report or CSV by name/content. */
export function prepareImport(ds: Dataset, text: string, opts: { name?: string; edition?: string | null; size?: number } & ImportChoices = {}): PreparedImport {
  return detectKind(opts.name ?? "", typeof text === "string" ? text : "") === "csv" ? prepareCsv(ds, text, opts) : prepareReport(ds, text, opts);
}

// ---------------------------------------------------------------------------------------------
// After saving: what changed

export interface DiffLine {
  kind: "new" | "revised" | "removed" | "kept" | "conflict";
  text: string;
}

export interface DiffSummary {
  headline: string;
  lines: DiffLine[];
  added: number;
  revised: number;
  removed: number;
  kept: number;
}

const figureName = (ds: Dataset, o: Observation): string => {
  const p = ds.catalog.get(o.product)?.name ?? o.product;
  return `${p}${o.segment ? ` (${o.segment.replace(/-/g, " ")})` : ""}, ${MEASURE_LABELS[o.measure]}, ${o.period}${o.basis === "forecast" ? " forecast" : ""}`;
};

/**
 * "February 2025: merged, 3 new, 2 revised, 11 kept, 0 dropped, 40 unchanged" with one line per
 * change (revised first). A diff without `kept` (a whole-edition replacement) says "replaced".
 */
export function summariseDiffs(ds: Dataset, diffs: readonly (EditionDiff | MergeDiff)[], maxLines = 40): DiffSummary {
  const lines: DiffLine[] = [];
  let added = 0;
  let revised = 0;
  let removed = 0;
  let kept = 0;
  const heads: string[] = [];
  for (const d of diffs) {
    const merged = "kept" in d ? d : null;
    added += d.added.length;
    revised += d.revised.length;
    removed += d.removed.length;
    kept += merged?.kept.length ?? 0;
    if (d.isNew) heads.push(`${periodLabel(d.edition)}: new edition, ${plural(d.added.length, "figure")}`);
    else if (merged)
      heads.push(
        `${periodLabel(d.edition)}: merged, ${d.added.length} new, ${d.revised.length} revised, ${merged.kept.length} kept, ${merged.conflicting.length} conflicting, ${d.removed.length} dropped, ${d.unchanged} unchanged`,
      );
    else if (!d.added.length && !d.revised.length && !d.removed.length)
      heads.push(`${periodLabel(d.edition)}: replaced, no figure changed (${plural(d.unchanged, "figure")})`);
    else
      heads.push(
        `${periodLabel(d.edition)}: replaced, ${d.added.length} new, ${d.revised.length} revised, ${d.removed.length} removed, ${d.unchanged} unchanged`,
      );
    for (const r of d.revised) {
      lines.push({
        kind: "revised",
        text: `${figureName(ds, r.after)}: ${formatFigure(r.before.value, r.before.measure)} -> ${formatFigure(r.after.value, r.after.measure)}`,
      });
    }
    if (!d.isNew) for (const o of d.added) lines.push({ kind: "new", text: `${figureName(ds, o)}: ${formatFigure(o.value, o.measure)}` });
    for (const c of merged?.conflicting ?? []) lines.push({ kind: "conflict", text: `${c.figures[0] ? figureName(ds, c.figures[0]) + ": " : ""}${c.message}` });
    for (const o of merged?.kept ?? [])
      lines.push({
        kind: "kept",
        text: `${figureName(ds, o)}: ${formatFigure(o.value, o.measure)} (kept from the ${o.keptFrom ?? merged?.over ?? "earlier"} copy)`,
      });
    for (const o of d.removed) lines.push({ kind: "removed", text: `${figureName(ds, o)} (was ${formatFigure(o.value, o.measure)})` });
  }
  const more = lines.length - maxLines;
  const shown = lines.slice(0, maxLines);
  if (more > 0) shown.push({ kind: "new", text: `... and ${more} more` });
  return { headline: heads.join("; "), lines: shown, added, revised, removed, kept };
}
