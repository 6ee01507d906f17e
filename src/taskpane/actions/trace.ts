/**
 * Trace: the =SMM.* call in a cell -> where its number came from (edition, section, the sentence
 * with the figure highlighted, hedge, implied or reported, revisions). Pure over the Dataset; the
 * cell is read by src/excel (readActiveCell), the report texts imported this session are kept in
 * `SourceTexts` for exact highlighting.
 */
import type { Dataset } from "../../core/dataset";
import { parsePeriod } from "../../core/periods";
import type { FunctionName } from "../../core/query";
import { callFunction, defaultsOf, FUNCTIONS, measureOf, parseBasis, parseMeasure, trendText } from "../../core/query";
import { normalize } from "../../core/report/parse";
import { describeCorrection } from "../../core/review";
import type { Basis, Measure, Observation, Scalar } from "../../core/types";
import { formatFigure, HEDGE_TEXT, MEASURE_LABELS, periodLabel } from "./format";
import { didYouMean } from "./formula";
import { highlightInSentence, locateFigure, splitHighlights } from "./locate";

/** Normalised report texts by edition id (the offsets in provenance point into them). */
export class SourceTexts {
  private texts = new Map<string, { source: string; text: string }>();
  set(edition: string, source: string, rawText: string): void {
    this.texts.set(edition, { source, text: normalize(rawText) });
  }
  /** The text, if the edition's source matches (a later import of another file invalidates it). */
  get(edition: string, source?: string): string | null {
    const t = this.texts.get(edition);
    if (!t) return null;
    return source === undefined || !source || t.source === source ? t.text : null;
  }
  delete(edition: string): void {
    this.texts.delete(edition);
  }
}

// ---------------------------------------------------------------------------------------------
// Reading the formula

export type Arg = { kind: "literal"; value: string | number | boolean | null } | { kind: "ref"; ref: string } | { kind: "expr"; text: string };

export interface SmmCall {
  name: FunctionName;
  args: Arg[];
  /** The call's text inside the formula. */
  text: string;
}

const REF = /^(?:(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?\$?[A-Za-z]{1,3}\$?\d{1,7}$/;

/** The first SMM.NAME(...) call in a formula (it may sit inside ROUND(...) etc.), or null. */
export function findSmmCall(formula: string): SmmCall | { error: string } | null {
  if (typeof formula !== "string" || !formula.startsWith("=")) return null;
  const re = /SMM\s*\.\s*([A-Za-z]+)\s*\(/gi;
  let m: RegExpExecArray | null;
  // skip matches inside string literals
  while ((m = re.exec(formula))) {
    const before = formula.slice(0, m.index);
    if ((before.match(/"/g)?.length ?? 0) % 2 === 1) continue;
    const name = (m[1] ?? "").toUpperCase();
    if (!(name in FUNCTIONS)) return { error: `SMM.${name} is not an SMM function` };
    let i = re.lastIndex;
    let depth = 0;
    let inStr = false;
    let cur = "";
    const raw: string[] = [];
    for (; i < formula.length; i++) {
      const c = formula[i] as string;
      if (inStr) {
        if (c === '"' && formula[i + 1] === '"') {
          cur += '""';
          i++;
        } else if (c === '"') {
          inStr = false;
          cur += c;
        } else cur += c;
        continue;
      }
      if (c === '"') {
        inStr = true;
        cur += c;
      } else if (c === "(" || c === "{") {
        depth++;
        cur += c;
      } else if (c === ")" || c === "}") {
        if (depth === 0) break;
        depth--;
        cur += c;
      } else if (c === "," && depth === 0) {
        raw.push(cur);
        cur = "";
      } else cur += c;
    }
    if (i >= formula.length) return { error: "the formula's parentheses do not close" };
    if (raw.length || cur.trim()) raw.push(cur);
    const args = raw.map((a): Arg => {
      const t = a.trim();
      if (t === "") return { kind: "literal", value: null };
      if (/^"(?:[^"]|"")*"$/.test(t)) return { kind: "literal", value: t.slice(1, -1).replace(/""/g, '"') };
      if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return { kind: "literal", value: Number(t) };
      if (/^(true|false)$/i.test(t)) return { kind: "literal", value: t.toLowerCase() === "true" };
      if (REF.test(t)) return { kind: "ref", ref: t };
      return { kind: "expr", text: t };
    });
    return { name: name as FunctionName, args, text: formula.slice(m.index, i + 1) };
  }
  return null;
}

/** Cell references among the arguments (to read their values from the sheet). */
export const callRefs = (call: SmmCall): string[] => call.args.flatMap((a) => (a.kind === "ref" ? [a.ref] : []));

// ---------------------------------------------------------------------------------------------
// The trace

export interface RevisionView {
  edition: string;
  label: string;
  valueText: string;
  sentence: string;
}

export interface TraceFigure {
  /** "Actual", "Forecast" (SURPRISE shows both), or "" */
  role: string;
  product: string;
  period: string;
  basis: Basis;
  measure: Measure | "trend";
  measureLabel: string;
  valueText: string;
  edition: string;
  editionLabel: string;
  origin: string;
  source: string;
  /** The source as a web address (http/https only), to show as a link. */
  sourceUrl?: string;
  /** The report's section heading, or the product's name when the figure came from a CSV row. */
  section: string;
  /** The sentence split into plain and highlighted parts. */
  sentence: { text: string; mark: boolean }[];
  /** Why there is no sentence or highlight ("report text not bundled", CSV row...). */
  note: string;
  /** "stated exactly", "approximate (...)", "implied from ...". */
  kind: string;
  hedge: string;
  implied: boolean;
  revisions: RevisionView[];
  /** The analyst's decision ("corrected by the user on 2025-04-02 (the parser read ...)"), or "". */
  user: string;
  /** Where a figure kept on import came from ("bundled", "team", "imported"), or "". */
  keptFrom: string;
}

export interface TraceModel {
  ok: boolean;
  formula: string;
  /** What the formula returns now. */
  valueText: string;
  message: string;
  figures: TraceFigure[];
  /** "Did you mean" fixes: the corrected formula, to trace in one click. */
  fixes: { label: string; formula: string }[];
}

const NOT_BUNDLED = /^\(report text not bundled/;

/** Only http(s) addresses become links. */
export const isWebAddress = (s: string): boolean => /^https?:\/\/[^\s]+$/i.test(s);

/** A section as the user knows it: a CSV row's "section" is a product id, shown by its name. */
function sectionName(ds: Dataset, section: string): string {
  return ds.catalog.get(section)?.name ?? section;
}

function argValue(a: Arg | undefined, refValues: Readonly<Record<string, unknown>>): unknown {
  if (!a) return null;
  if (a.kind === "literal") return a.value;
  if (a.kind === "ref") {
    const v = refValues[a.ref] ?? refValues[a.ref.replace(/\$/g, "")];
    return Array.isArray(v) ? ((v[0] as unknown[] | undefined)?.[0] ?? null) : (v ?? null);
  }
  return { unsupported: a.text };
}

function figureView(ds: Dataset, o: Observation, role: string, texts: SourceTexts | null): TraceFigure {
  const p = o.provenance;
  const ed = ds.getEdition(p.edition);
  const source = p.source ?? ed?.source ?? "";
  let note = "";
  let sentence: { text: string; mark: boolean }[] = [];
  if (NOT_BUNDLED.test(p.sentence)) {
    note = "The bundled dataset does not include the report's sentences: import the report (Import tab) to see the sentence.";
  } else if (p.start < 0) {
    // a figures CSV row: "file.csv row 12: https://..." -> the row as a note, the address as a link
    const m = /^(.*?) row (\d+)(?:: (.*))?$/s.exec(p.sentence);
    note = m ? `From row ${m[2]} of the figures file ${m[1]} (no report sentence).` : "From a figures CSV row (no report sentence).";
  } else {
    const related = o.implied
      ? (["mom_chg", "mom", "yoy_chg", "yoy"] as const)
          .map((m) =>
            ds
              .getEdition(p.edition)
              ?.observations.find((x) => x.product === o.product && x.segment === o.segment && x.period === o.period && x.basis === o.basis && x.measure === m),
          )
          .filter((x): x is Observation => !!x)
          .slice(0, 2)
      : [];
    const spans = locateFigure(o, texts?.get(p.edition, source) ?? null, related);
    sentence = splitHighlights(p.sentence, spans);
    if (!spans.length) note = "The figure could not be located in the sentence.";
  }
  const older = ds.history(o.product, o.segment, o.period, o.basis, o.measure).filter((x) => x.provenance.edition !== p.edition);
  const name = ds.catalog.get(o.product)?.name ?? o.product;
  return {
    role,
    product: o.segment ? `${name} (${o.segment.replace(/-/g, " ")})` : name,
    period: o.period,
    basis: o.basis,
    measure: o.measure,
    measureLabel: MEASURE_LABELS[o.measure],
    valueText: formatFigure(o.value, o.measure),
    edition: p.edition,
    editionLabel: `${periodLabel(p.edition)} edition`,
    origin: ed?.origin ?? "",
    source,
    ...(isWebAddress(source) ? { sourceUrl: source } : {}),
    section: sectionName(ds, p.section),
    sentence,
    note,
    kind: o.implied ? "implied from the stated change and its %" : o.hedge === "exact" ? "reported" : "reported, hedged",
    hedge: HEDGE_TEXT[o.hedge],
    implied: o.implied === true,
    user: describeCorrection(o),
    keptFrom: o.keptFrom ?? "",
    revisions: older.map((x) => ({
      edition: x.provenance.edition,
      label: `${periodLabel(x.provenance.edition)} edition`,
      valueText: formatFigure(x.value, x.measure),
      sentence: NOT_BUNDLED.test(x.provenance.sentence) ? "" : x.provenance.sentence,
    })),
  };
}

const failTrace = (formula: string, message: string, valueText = ""): TraceModel => ({ ok: false, formula, valueText, message, figures: [], fixes: [] });

/** An argument as formula text. */
function argText(a: Arg): string {
  if (a.kind === "ref") return a.ref;
  if (a.kind === "expr") return a.text;
  if (a.value === null) return "";
  if (typeof a.value === "string") return `"${a.value.replace(/"/g, '""')}"`;
  if (typeof a.value === "boolean") return a.value ? "TRUE" : "FALSE";
  return String(a.value);
}

/**
 * Traces an SMM call. `refValues` holds the values of cell references among its arguments;
 * `spillRow` is the row of a spilled result the active cell shows (SERIES, TABLE).
 */
export function traceCall(
  ds: Dataset,
  call: SmmCall,
  opts: { refValues?: Record<string, unknown>; spillRow?: number; texts?: SourceTexts | null } = {},
): TraceModel {
  const refValues = opts.refValues ?? {};
  const spec = FUNCTIONS[call.name];
  const formula = `=${call.text}`;
  const expr = call.args.find((a) => a.kind === "expr");
  if (expr && expr.kind === "expr")
    return failTrace(formula, `Trace reads literal arguments and cell references; "${expr.text}" is an expression. Put it in a cell and refer to that cell.`);
  const raw = spec.params.map((_, i) => argValue(call.args[i], refValues));
  const result = callFunction(ds, call.name, raw);
  const shown = (v: unknown): string => {
    const m = typeof v === "number" ? measureOf(call.name, raw[spec.params.findIndex((p) => p.kind === "measure")]) : null;
    return m && typeof v === "number" ? formatFigure(v, m) : String(v);
  };
  const valueText = result.ok ? (Array.isArray(result.value) ? `${result.value.length} rows (spilled)` : shown(result.value)) : result.error;
  if (!result.ok) {
    // the message once (not also in the value), and each "did you mean" as the formula it makes
    const fixes = didYouMean(result).flatMap((f) => {
      const i = spec.params.findIndex((p) => p.name === f.param);
      const a = call.args[i];
      if (i < 0 || !a || a.kind !== "literal") return [];
      const args = call.args.map((x, k) => (k === i ? `"${f.value.replace(/"/g, '""')}"` : argText(x)));
      return [{ label: f.value, formula: `=SMM.${call.name}(${args.join(",")})` }];
    });
    return { ...failTrace(formula, `No figure: ${result.message}`, valueText), fixes };
  }
  const named = Object.fromEntries(spec.params.map((p, i) => [p.name, raw[i]]));
  const texts = opts.texts ?? null;
  const product = (v: unknown) => (typeof v === "string" ? ds.catalog.resolve(v) : null);
  const period = (v: unknown) => parsePeriod(v);
  const ok = (figures: TraceFigure[], message = ""): TraceModel => ({ ok: true, formula, valueText, message, figures, fixes: [] });

  switch (call.name) {
    case "PRODUCTS":
      return failTrace(formula, "SMM.PRODUCTS lists the catalog: it has no figure to trace.", valueText);
    case "INFO":
      return ok([], String(result.value));
    case "SERIES":
    case "TABLE": {
      const rows = result.value as Scalar[][];
      const i = Math.max(0, Math.min(rows.length - 1, opts.spillRow ?? 0));
      const row = rows[i] ?? [];
      const m = parseMeasure(named.measure, defaultsOf(call.name).measure);
      const b = parseBasis(named.basis);
      if (!m.ok || !b.ok) return failTrace(formula, "unreadable measure or basis", valueText);
      let o: Observation | undefined;
      if (call.name === "SERIES") {
        const r = product(named.product);
        if (r) o = ds.lookup(r.product.id, r.segment, String(row[0]), b.value, m.value);
      } else {
        const per = period(named.period);
        if (per.ok) o = ds.lookup(String(row[0]), "", per.value, b.value, m.value);
      }
      if (!o) return failTrace(formula, "The figure of this row could not be found.", valueText);
      return ok(
        [figureView(ds, o, "", texts)],
        `Row ${i + 1} of ${rows.length} of the spilled result${opts.spillRow === undefined ? " (select a cell of the result to trace its row)" : ""}.`,
      );
    }
    default:
      break;
  }
  const r = product(named.product);
  const per = period(named.period);
  if (!r || !per.ok) return failTrace(formula, "unreadable product or period", valueText);
  const isTrendOnly = call.name === "TREND";
  if (isTrendOnly) {
    const b = parseBasis(named.basis);
    const basis = b.ok ? b.value : "actual";
    const t = ds.trend(r.product.id, r.segment, per.value, basis);
    if (!t) {
      const o = ds.lookup(r.product.id, r.segment, per.value, basis, "mom") ?? ds.lookup(r.product.id, r.segment, per.value, basis, "mom_chg");
      return o
        ? ok([figureView(ds, o, "direction from", texts)], "The direction comes from the MoM figure.")
        : failTrace(formula, "no direction found", valueText);
    }
    const p = t.provenance;
    const ed = ds.getEdition(p.edition);
    const notBundled = NOT_BUNDLED.test(p.sentence);
    const src = texts?.get(p.edition, p.source ?? ed?.source) ?? null;
    const hl = src && !notBundled ? highlightInSentence(src, p.sentence, p.start, p.end) : null;
    const spans = hl ? [hl] : [];
    return ok([
      {
        role: "",
        product: ds.catalog.get(t.product)?.name ?? t.product,
        period: t.period,
        basis: t.basis,
        measure: "trend",
        measureLabel: "Direction",
        valueText: trendText(t.direction, t.magnitude),
        edition: p.edition,
        editionLabel: `${periodLabel(p.edition)} edition`,
        origin: ed?.origin ?? "",
        source: p.source ?? ed?.source ?? "",
        ...(isWebAddress(p.source ?? ed?.source ?? "") ? { sourceUrl: p.source ?? ed?.source ?? "" } : {}),
        section: sectionName(ds, p.section),
        sentence: notBundled ? [] : splitHighlights(p.sentence, spans),
        note: notBundled ? "The bundled dataset does not include the report's sentences: import the report to see it." : "",
        kind: "stated direction",
        hedge: "",
        implied: false,
        revisions: [],
        user: "",
        keptFrom: "",
      },
    ]);
  }
  const def = defaultsOf(call.name).measure;
  const m = spec.params.some((p) => p.kind === "measure") ? parseMeasure(named.measure, def) : { ok: true as const, value: def ?? "mom" };
  if (!m.ok) return failTrace(formula, m.message, valueText);
  if (call.name === "SURPRISE") {
    const a = ds.lookup(r.product.id, r.segment, per.value, "actual", m.value);
    const f = ds.lookup(r.product.id, r.segment, per.value, "forecast", m.value);
    const figs = [a && figureView(ds, a, "Actual", texts), f && figureView(ds, f, "Forecast", texts)].filter((x): x is TraceFigure => !!x);
    return ok(figs, "SURPRISE is the actual minus the forecast.");
  }
  let basis: Basis = call.name === "FORECAST" ? "forecast" : "actual";
  if (spec.params.some((p) => p.kind === "basis")) {
    const b = parseBasis(named.basis);
    if (b.ok) basis = b.value;
  }
  const o = ds.lookup(r.product.id, r.segment, per.value, basis, m.value);
  if (!o) return failTrace(formula, "The figure is not in the loaded data.", valueText);
  return ok([figureView(ds, o, "", texts)]);
}

/** Traces a formula's text (the Trace tab's box, or the active cell's formula without references). */
export function traceFormula(
  ds: Dataset,
  formula: string,
  opts: { refValues?: Record<string, unknown>; spillRow?: number; texts?: SourceTexts | null } = {},
): TraceModel {
  const f = formula.trim().startsWith("=") ? formula.trim() : `=${formula.trim()}`;
  const call = findSmmCall(f);
  if (!call) return failTrace(f, 'This is not an =SMM.* formula. Select a cell with one (e.g. =SMM.MOM("nickel","2025-02")).');
  if ("error" in call) return failTrace(f, call.error);
  return traceCall(ds, call, opts);
}
