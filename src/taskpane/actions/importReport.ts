/**
 * Import: a report's text (pasted or from a .txt/.html file) or a figures CSV -> a preview the pane
 * shows before anything is saved, and the summary of what saving changed. Pure: the Dataset is only
 * read; saving goes through the shared runtime (see ../app.ts).
 */
import { Catalog } from "../../core/catalog";
import { readFiguresCsv } from "../../core/csv";
import type { Dataset, EditionDiff, EditionOrigin } from "../../core/dataset";
import type { MergeDiff } from "../../core/merge";
import { mergeEditions } from "../../core/merge";
import { parseReport } from "../../core/report/parse";
import { normalize } from "../../core/report/text";
import type { Edition, Issue, Observation } from "../../core/types";
import { formatFigure, MEASURE_LABELS, periodLabel, plural } from "./format";
import { highlightInSentence, type Span } from "./locate";

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

function editionPreview(ds: Dataset, catalog: Catalog, e: Edition): EditionPreview {
  const loaded = ds.getEdition(e.id);
  return {
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
    diff: loaded ? mergeEditions(loaded, e).diff : null,
  };
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

/**
 * Parses a report for the preview. `edition` (YYYY-MM) overrides the month found in the text or
 * file name: figures are dated relative to it, so a changed month re-parses.
 */
export function prepareReport(ds: Dataset, text: string, opts: { name?: string; edition?: string | null; size?: number } = {}): PreparedImport {
  const name = opts.name?.trim() || PASTED;
  const base: ImportPreview = { kind: "report", name, chars: typeof text === "string" ? text.length : 0, blocking: null, editions: [], issues: [], editionOverride: opts.edition ?? null };
  const bad = checkText(text, opts.size);
  if (bad) return { preview: { ...base, blocking: bad }, editions: [], text: "" };
  if (opts.edition && !/^\d{4}-(0[1-9]|1[0-2])$/.test(opts.edition)) {
    return { preview: { ...base, blocking: `"${opts.edition}" is not a month: use YYYY-MM, e.g. 2025-02.` }, editions: [], text };
  }
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
    const preview: ImportPreview = { ...base, blocking, issues, editions: [{ id: null, label: "month unknown", source: name, sections: 0, figures: 0, trends: 0, actualFigures: 0, forecastFigures: 0, products: [], replaces: null, diff: null }] };
    return { preview, editions: [], text };
  }
  const ed = r.edition;
  const ep = editionPreview(ds, catalog, ed);
  let blocking: string | null = null;
  if (ed.observations.length === 0 && ed.trends.length === 0) {
    blocking = "No production figures were found: this does not look like an SMM production report. Nothing was saved.";
  }
  return { preview: { ...base, blocking, editions: [ep], issues }, editions: blocking ? [] : [ed], text };
}

/** Figures CSV (the columns of ../shared/data/*.csv): one edition per release. */
export function prepareCsv(ds: Dataset, text: string, opts: { name?: string; size?: number } = {}): PreparedImport {
  const name = opts.name?.trim() || PASTED;
  const base: ImportPreview = { kind: "csv", name, chars: typeof text === "string" ? text.length : 0, blocking: null, editions: [], issues: [], editionOverride: null };
  const bad = checkText(text, opts.size);
  if (bad) return { preview: { ...base, blocking: bad }, editions: [], text: "" };
  const r = readFiguresCsv(text, name);
  const catalog = ds.catalog;
  const editions = r.editions;
  const preview: ImportPreview = {
    ...base,
    editions: editions.map((e) => editionPreview(ds, catalog, e)),
    issues: issueViews(text, r.issues),
    blocking: editions.length ? null : `No figures could be read from this CSV${r.issues[0] ? `: ${r.issues[0].message}` : ""}. Nothing was saved.`,
  };
  return { preview, editions, text };
}

/** Report or CSV by name/content. */
export function prepareImport(ds: Dataset, text: string, opts: { name?: string; edition?: string | null; size?: number } = {}): PreparedImport {
  return detectKind(opts.name ?? "", typeof text === "string" ? text : "") === "csv" ? prepareCsv(ds, text, opts) : prepareReport(ds, text, opts);
}

// ---------------------------------------------------------------------------------------------
// After saving: what changed

export interface DiffLine {
  kind: "new" | "revised" | "removed";
  text: string;
}

export interface DiffSummary {
  headline: string;
  lines: DiffLine[];
  added: number;
  revised: number;
  removed: number;
}

const figureName = (ds: Dataset, o: Observation): string => {
  const p = ds.catalog.get(o.product)?.name ?? o.product;
  return `${p}${o.segment ? ` (${o.segment.replace(/-/g, " ")})` : ""}, ${MEASURE_LABELS[o.measure]}, ${o.period}${o.basis === "forecast" ? " forecast" : ""}`;
};

/** "February 2025 replaced: 3 new, 2 revised, 1 removed figures" with one line per change (revised first). */
export function summariseDiffs(ds: Dataset, diffs: readonly EditionDiff[], maxLines = 40): DiffSummary {
  const lines: DiffLine[] = [];
  let added = 0;
  let revised = 0;
  let removed = 0;
  const heads: string[] = [];
  for (const d of diffs) {
    added += d.added.length;
    revised += d.revised.length;
    removed += d.removed.length;
    if (d.isNew) heads.push(`${periodLabel(d.edition)}: new edition, ${plural(d.added.length, "figure")}`);
    else if (!d.added.length && !d.revised.length && !d.removed.length) heads.push(`${periodLabel(d.edition)}: replaced, no figure changed (${plural(d.unchanged, "figure")})`);
    else heads.push(`${periodLabel(d.edition)}: replaced, ${d.added.length} new, ${d.revised.length} revised, ${d.removed.length} removed, ${d.unchanged} unchanged`);
    for (const r of d.revised) {
      lines.push({ kind: "revised", text: `${figureName(ds, r.after)}: ${formatFigure(r.before.value, r.before.measure)} -> ${formatFigure(r.after.value, r.after.measure)}` });
    }
    if (!d.isNew) for (const o of d.added) lines.push({ kind: "new", text: `${figureName(ds, o)}: ${formatFigure(o.value, o.measure)}` });
    for (const o of d.removed) lines.push({ kind: "removed", text: `${figureName(ds, o)} (was ${formatFigure(o.value, o.measure)})` });
  }
  const more = lines.length - maxLines;
  const shown = lines.slice(0, maxLines);
  if (more > 0) shown.push({ kind: "new", text: `... and ${more} more` });
  return { headline: heads.join("; "), lines: shown, added, revised, removed };
}
