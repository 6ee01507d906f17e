/**
 * The function contract (../shared/spec/functions.md) over a Dataset.
 *
 * Declaration table apart from behaviour (as hyperformula's function plugins): FUNCTIONS lists
 * each function's parameters; `callFunction` validates arguments and dispatches. Errors are values
 * (`{ ok: false, error: "#VALUE!" | "#N/A", message }`), never throws.
 */
import type { Dataset } from "./dataset";
import { isMeasure } from "./dataset";
import { parsePeriod, periodRange, formatPeriodLong } from "./periods";
import { describeCorrection } from "./review";
import type { ArgumentFix, Basis, Measure, Observation, QueryResult, Scalar } from "./types";
import { fail, MEASURES, ok } from "./types";

export type FunctionName =
  | "MOM"
  | "YOY"
  | "VALUE"
  | "ACTUAL"
  | "FORECAST"
  | "SURPRISE"
  | "TREND"
  | "SERIES"
  | "TABLE"
  | "PRODUCTS"
  | "INFO";

export interface ParamSpec {
  name: string;
  kind: "product" | "period" | "basis" | "measure";
  optional?: boolean;
  /** Default when omitted. */
  default?: string;
}

export interface FunctionSpec {
  name: FunctionName;
  params: ParamSpec[];
  /** "scalar" or a spilled matrix. */
  result: "scalar" | "matrix";
  description: string;
}

const P = (name: string, kind: ParamSpec["kind"], optional = false, def?: string): ParamSpec =>
  def === undefined ? { name, kind, optional } : { name, kind, optional, default: def };

/** The contract's declaration table. Order of params is frozen. */
export const FUNCTIONS: Record<FunctionName, FunctionSpec> = {
  MOM: { name: "MOM", params: [P("product", "product"), P("period", "period"), P("basis", "basis", true, "actual")], result: "scalar", description: "% change of output vs the previous month, as a fraction." },
  YOY: { name: "YOY", params: [P("product", "product"), P("period", "period"), P("basis", "basis", true, "actual")], result: "scalar", description: "% change of output vs the same month a year earlier, as a fraction." },
  VALUE: { name: "VALUE", params: [P("product", "product"), P("period", "period"), P("measure", "measure"), P("basis", "basis", true, "actual")], result: "scalar", description: "Any measure of a product for a month." },
  ACTUAL: { name: "ACTUAL", params: [P("product", "product"), P("period", "period"), P("measure", "measure", true, "mom")], result: "scalar", description: "The actual figure reported for that month." },
  FORECAST: { name: "FORECAST", params: [P("product", "product"), P("period", "period"), P("measure", "measure", true, "mom")], result: "scalar", description: "SMM's forecast for that month (made in the previous month's report)." },
  SURPRISE: { name: "SURPRISE", params: [P("product", "product"), P("period", "period"), P("measure", "measure", true, "mom")], result: "scalar", description: "Actual minus forecast, in the measure's units." },
  TREND: { name: "TREND", params: [P("product", "product"), P("period", "period"), P("basis", "basis", true, "actual")], result: "scalar", description: "Direction of output vs the previous month: up, down or flat, with slightly/significantly." },
  SERIES: { name: "SERIES", params: [P("product", "product"), P("measure", "measure"), P("from", "period", true), P("to", "period", true), P("basis", "basis", true, "actual")], result: "matrix", description: "Rows [period, value], oldest first." },
  TABLE: { name: "TABLE", params: [P("period", "period"), P("measure", "measure", true, "mom"), P("basis", "basis", true, "actual")], result: "matrix", description: "Rows [product id, product name, value] for every product with that figure." },
  PRODUCTS: { name: "PRODUCTS", params: [], result: "matrix", description: "Rows [product id, product name, group]." },
  INFO: { name: "INFO", params: [P("product", "product"), P("period", "period"), P("measure", "measure", true, "mom"), P("basis", "basis", true, "actual")], result: "scalar", description: "Where the figure comes from: edition, section, hedge, implied or reported, revisions." },
};

const isBlank = (v: unknown): boolean => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** Excel passes a 1x1 range as [[v]]; unwrap it. Larger ranges are an error for scalar parameters. */
function scalarArg(v: unknown, name: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (Array.isArray(v)) {
    if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return { ok: true, value: v[0][0] };
    if (v.length === 1 && !Array.isArray(v[0])) return { ok: true, value: v[0] };
    return { ok: false, message: `${name} must be a single value, not a range` };
  }
  return { ok: true, value: v };
}

export function parseBasis(v: unknown): { ok: true; value: Basis } | { ok: false; message: string } {
  if (isBlank(v)) return { ok: true, value: "actual" };
  if (typeof v !== "string") return { ok: false, message: `basis must be "actual" or "forecast" (or "a"/"f"), not ${describe(v)}` };
  const s = v.trim().toLowerCase();
  if (s === "actual" || s === "a" || s === "actuals") return { ok: true, value: "actual" };
  if (s === "forecast" || s === "f" || s === "forecasts") return { ok: true, value: "forecast" };
  return { ok: false, message: `unknown basis "${clip(v)}": use "actual" or "forecast" (or "a"/"f")` };
}

export function parseMeasure(v: unknown, def?: Measure): { ok: true; value: Measure } | { ok: false; message: string; fix?: ArgumentFix } {
  if (isBlank(v)) {
    if (def) return { ok: true, value: def };
    return { ok: false, message: `measure is required: one of ${MEASURES.join(", ")}` };
  }
  if (typeof v !== "string") return { ok: false, message: `measure must be text such as "mom" or "output", not ${describe(v)}` };
  const s = v.trim().toLowerCase().replace(/[\s-]+/g, "_");
  if (isMeasure(s)) return { ok: true, value: s };
  const close = s.length <= 40 ? closest(s, MEASURES) : [];
  return { ok: false, message: `unknown measure "${clip(v)}"${close.length ? `; did you mean ${close.map((c) => `"${c}"`).join(" or ")}?` : ""} (measures: ${MEASURES.join(", ")})`, ...(close.length ? { fix: { param: "measure" as const, was: v, values: close } } : {}) };
}

function describe(v: unknown): string {
  if (typeof v === "boolean") return `the boolean ${v ? "TRUE" : "FALSE"}`;
  if (typeof v === "number") return `the number ${v}`;
  if (v === null || v === undefined) return "an empty value";
  if (typeof v === "string") return `"${clip(v)}"`;
  return typeof v;
}

/** An argument quoted in a message, at most 60 characters of it. */
export const clip = (v: string): string => (v.length > 60 ? `${v.slice(0, 57)}...` : v);

/** Measures close to a wrong one (edit distance, plus known synonyms). */
function closest(s: string, options: readonly string[]): string[] {
  const synonyms: Record<string, string> = { production: "output", tonnes: "output", tons: "output", volume: "output", utilisation: "operating_rate", utilization: "operating_rate", rate: "operating_rate", cap: "capacity", ytd: "ytd_output", change: "mom_chg" };
  const out: string[] = [];
  const syn = synonyms[s];
  if (syn) out.push(syn);
  const scored = options.map((o) => [o, editDistance(s, o)] as const).sort((a, b) => a[1] - b[1]);
  for (const [o, d] of scored) if (d <= Math.max(2, Math.floor(o.length / 3)) && !out.includes(o)) out.push(o);
  return out.slice(0, 3);
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (dp[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = dp[i] as number[];
      const prev = dp[i - 1] as number[];
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  return (dp[a.length] as number[])[b.length] as number;
}

interface Resolved {
  product: string;
  segment: string;
  name: string;
}

function resolveProduct(ds: Dataset, v: unknown): { ok: true; value: Resolved } | { ok: false; message: string; fix?: ArgumentFix } {
  if (isBlank(v)) return { ok: false, message: "product is required, e.g. \"copper-cathode\" or \"nickel\" (SMM.PRODUCTS() lists them)" };
  if (typeof v !== "string") return { ok: false, message: `product must be text such as "nickel", not ${describe(v)}` };
  const r = ds.catalog.resolve(v);
  if (!r) {
    const sugg = v.length <= 60 ? ds.catalog.suggest(v.split(":")[0] ?? v) : [];
    return { ok: false, message: `unknown product "${clip(v)}"${sugg.length ? `; did you mean ${sugg.map((s) => `"${s}"`).join(" or ")}?` : ""} (SMM.PRODUCTS() lists them)`, ...(sugg.length ? { fix: { param: "product" as const, was: v, values: sugg } } : {}) };
  }
  return { ok: true, value: { product: r.product.id, segment: r.segment, name: r.product.name } };
}

const label = (r: Resolved): string => (r.segment ? `${r.product}:${r.segment}` : r.product);

/** Why a figure is missing: the #N/A message. */
function missing(ds: Dataset, r: Resolved, period: string, basis: Basis, measure: Measure): QueryResult {
  const what = `${measure} for ${label(r)}, ${period} (${basis})`;
  if (r.segment && !ds.segmentsOf(r.product).includes(r.segment)) {
    const segs = ds.segmentsOf(r.product);
    return fail("#N/A", `no segment "${r.segment}" of ${r.product} in the loaded reports; ${segs.length ? `its segments are ${segs.join(", ")}` : "it has no segments"}`, undefined, "unknown-segment");
  }
  const c = ds.conflict(r.product, r.segment, period, basis, measure);
  if (c) return fail("#N/A", `the ${formatPeriodLong(c.edition)} edition states ${what} with different values, so it is left out: ${c.issue.message.replace(/^[^:]*is stated with different values: /, "")}`, undefined, "conflict");
  if (!ds.covers(period, basis)) {
    return fail("#N/A", basis === "forecast"
      ? `no loaded report carries a forecast for ${period} (it would be in the ${formatPeriodLong(prevMonth(period))} edition): ${what}`
      : `no loaded report covers ${period}: ${what}`, undefined, "not-covered");
  }
  if (measure === "mom" || measure === "yoy" || measure === "mom_chg" || measure === "yoy_chg") {
    const t = ds.trend(r.product, r.segment, period, basis);
    if (t && measure.startsWith("mom")) {
      return fail("#N/A", `the report states only a direction for ${label(r)} ${period}: ${trendText(t.direction, t.magnitude)} (SMM.TREND returns it); no ${measure} figure`, undefined, "direction-only");
    }
  }
  if (!r.segment) {
    const parts = ds.segmentsOf(r.product).filter((s) => ds.lookup(r.product, s, period, basis, measure));
    if (parts.length) return fail("#N/A", `the report gives ${measure} for ${period} only for parts of ${r.product}: ${parts.map((p) => `${r.product}:${p}`).join(", ")}`, undefined, "parts-only");
  }
  return fail("#N/A", `not stated in the loaded reports: ${what}`, undefined, "not-stated");
}

const prevMonth = (p: string): string => {
  const [y, m] = p.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
};

export function trendText(direction: string, magnitude: string): string {
  return magnitude === "slight" ? `${direction} slightly` : magnitude === "significant" ? `${direction} significantly` : direction;
}

type Args = Record<string, unknown>;

function bindArgs(spec: FunctionSpec, args: readonly unknown[]): { ok: true; value: Args } | { ok: false; message: string } {
  if (args.length > spec.params.length && args.slice(spec.params.length).some((a) => !isBlank(a))) {
    return { ok: false, message: `SMM.${spec.name} takes at most ${spec.params.length} arguments (${spec.params.map((p) => p.name).join(", ")})` };
  }
  const out: Args = {};
  for (const [i, p] of spec.params.entries()) {
    const s = scalarArg(args[i], p.name);
    if (!s.ok) return s;
    out[p.name] = s.value;
  }
  return { ok: true, value: out };
}

/**
 * Answers are memoised per dataset version: a recalculation asks the same questions again and again
 * (a sheet of 10,000 formulas, Excel's recalc chains), and an answer only changes with the data.
 */
const memo = new WeakMap<Dataset, { version: number; answers: Map<string, QueryResult> }>();
const MEMO_LIMIT = 200_000;

function memoKey(name: string, args: readonly unknown[]): string | null {
  for (const a of args) {
    if (a !== undefined && a !== null && typeof a !== "string" && typeof a !== "number" && typeof a !== "boolean") return null; // ranges, objects
    if (typeof a === "string" && a.length > 300) return null;
  }
  // JSON keeps one argument containing a separator apart from two arguments
  return name + JSON.stringify(args.map((a) => (a === undefined ? null : typeof a === "number" && !Number.isFinite(a) ? String(a) : a)));
}

/** Spilled answers are handed out as copies: a caller changing its array must not change the memo. */
const fresh = (r: QueryResult): QueryResult => (r.ok && Array.isArray(r.value) ? { ok: true, value: r.value.map((row) => [...row]) } : r);

/** Calls one contract function with raw Excel-like arguments (strings, numbers, booleans, null, 2-D arrays). */
export function callFunction(ds: Dataset, name: FunctionName, args: readonly unknown[]): QueryResult {
  const key = memoKey(name, args);
  if (key === null) return callUncached(ds, name, args);
  let m = memo.get(ds);
  if (!m || m.version !== ds.version) {
    m = { version: ds.version, answers: new Map() };
    memo.set(ds, m);
  }
  const hit = m.answers.get(key);
  if (hit) return fresh(hit);
  const r = callUncached(ds, name, args);
  if (m.answers.size >= MEMO_LIMIT) m.answers.clear();
  m.answers.set(key, r);
  return fresh(r);
}

function callUncached(ds: Dataset, name: FunctionName, args: readonly unknown[]): QueryResult {
  try {
    const spec = FUNCTIONS[name];
    if (!spec) return fail("#VALUE!", `unknown function SMM.${String(name)}`);
    const bound = bindArgs(spec, args);
    if (!bound.ok) return fail("#VALUE!", bound.message);
    return dispatch(ds, spec, bound.value);
  } catch (e) {
    // Never let an exception reach Excel: report it as a value.
    return fail("#N/A", `internal error in SMM.${String(name)}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function dispatch(ds: Dataset, spec: FunctionSpec, a: Args): QueryResult {
  switch (spec.name) {
    case "PRODUCTS":
      return ok(ds.catalog.all().map((p) => [p.id, p.name, p.group] as Scalar[]));
    case "TABLE":
      return table(ds, a);
    case "SERIES":
      return series(ds, a);
    default:
      break;
  }
  const r = resolveProduct(ds, a.product);
  if (!r.ok) return fail("#VALUE!", r.message, r.fix);
  const per = parsePeriod(a.period);
  if (!per.ok) return fail("#VALUE!", per.message);
  const period = per.value;
  const measureDefault: Measure | undefined = spec.name === "MOM" ? "mom" : spec.name === "YOY" ? "yoy" : spec.name === "VALUE" ? undefined : "mom";
  let measure: Measure = measureDefault ?? "mom";
  if (spec.params.some((p) => p.kind === "measure")) {
    const m = parseMeasure(a.measure, measureDefault);
    if (!m.ok) return fail("#VALUE!", m.message, m.fix);
    measure = m.value;
  }
  let basis: Basis = spec.name === "FORECAST" ? "forecast" : "actual";
  if (spec.params.some((p) => p.kind === "basis")) {
    const b = parseBasis(a.basis);
    if (!b.ok) return fail("#VALUE!", b.message);
    basis = b.value;
  }
  const rv = r.value;
  switch (spec.name) {
    case "TREND": {
      const t = ds.trend(rv.product, rv.segment, period, basis);
      if (t) return ok(trendText(t.direction, t.magnitude));
      const o = ds.lookup(rv.product, rv.segment, period, basis, "mom") ?? ds.lookup(rv.product, rv.segment, period, basis, "mom_chg");
      if (o) return ok(o.value > 0 ? "up" : o.value < 0 ? "down" : "flat");
      const m = missing(ds, rv, period, basis, "mom");
      if (m.ok) return m;
      // the reason a figure is missing is also the trend's, unless it is only "not stated"
      return m.code === "not-stated" || m.code === "parts-only" ? fail("#N/A", `no direction of output stated for ${label(rv)}, ${period} (${basis})`, undefined, "not-stated") : m;
    }
    case "SURPRISE": {
      const act = ds.lookup(rv.product, rv.segment, period, "actual", measure);
      const fc = ds.lookup(rv.product, rv.segment, period, "forecast", measure);
      if (!act) return missing(ds, rv, period, "actual", measure);
      if (!fc) return missing(ds, rv, period, "forecast", measure);
      return ok(Number((act.value - fc.value).toPrecision(12)));
    }
    case "INFO": {
      const o = ds.lookup(rv.product, rv.segment, period, basis, measure);
      if (!o) return missing(ds, rv, period, basis, measure);
      return ok(describeSource(o, ds.history(rv.product, rv.segment, period, basis, measure).slice(1)));
    }
    default: {
      const o = ds.lookup(rv.product, rv.segment, period, basis, measure);
      if (!o) return missing(ds, rv, period, basis, measure);
      return ok(o.value);
    }
  }
}

const HEDGE_WORDS: Record<string, string> = { exact: "reported", approx: "approximate (\"approximately\")", over: "a lower bound (\"over\")", under: "an upper bound (\"below\")" };

/** Text for SMM.INFO and the task pane's trace. */
export function describeSource(o: Observation, older: readonly Observation[] = []): string {
  const p = o.provenance;
  const kind = o.implied ? "implied from the stated change and its %" : HEDGE_WORDS[o.hedge] ?? "reported";
  const where = `SMM ${formatPeriodLong(p.edition)} edition${p.section ? `, section "${p.section}"` : ""}${p.source ? ` (${p.source})` : ""}`;
  const user = describeCorrection(o);
  const kept = o.keptFrom ? ` Kept from the ${o.keptFrom} copy of the edition (the imported text does not restate it).` : "";
  let s = `${where}: ${kind}${user ? `; ${user}` : ""}.${kept} "${p.sentence.length > 300 ? p.sentence.slice(0, 297) + "..." : p.sentence}"`;
  if (older.length) s += ` Revised: earlier ${older.map((x) => `${formatPeriodLong(x.provenance.edition)} edition said ${x.value}`).join("; ")}.`;
  return s;
}

function table(ds: Dataset, a: Args): QueryResult {
  const per = parsePeriod(a.period);
  if (!per.ok) return fail("#VALUE!", per.message);
  const m = parseMeasure(a.measure, "mom");
  if (!m.ok) return fail("#VALUE!", m.message, m.fix);
  const b = parseBasis(a.basis);
  if (!b.ok) return fail("#VALUE!", b.message);
  const rows: Scalar[][] = [];
  for (const p of ds.catalog.all()) {
    const o = ds.lookup(p.id, "", per.value, b.value, m.value);
    if (o) rows.push([p.id, p.name, o.value]);
  }
  if (!rows.length) return fail("#N/A", `no product has ${m.value} for ${per.value} (${b.value}) in the loaded reports`);
  return ok(rows);
}

function series(ds: Dataset, a: Args): QueryResult {
  const r = resolveProduct(ds, a.product);
  if (!r.ok) return fail("#VALUE!", r.message, r.fix);
  const m = parseMeasure(a.measure);
  if (!m.ok) return fail("#VALUE!", m.message, m.fix);
  const b = parseBasis(a.basis);
  if (!b.ok) return fail("#VALUE!", b.message);
  let from: string | undefined;
  let to: string | undefined;
  if (!isBlank(a.from)) {
    const f = parsePeriod(a.from);
    if (!f.ok) return fail("#VALUE!", `from: ${f.message}`);
    from = f.value;
  }
  if (!isBlank(a.to)) {
    const t = parsePeriod(a.to);
    if (!t.ok) return fail("#VALUE!", `to: ${t.message}`);
    to = t.value;
  }
  const rv = r.value;
  const known = ds.periodsOf(rv.product, rv.segment, b.value);
  const periods = from && to ? periodRange(from, to) : known.filter((p) => (!from || p >= from) && (!to || p <= to));
  const rows: Scalar[][] = [];
  for (const p of periods) {
    const o = ds.lookup(rv.product, rv.segment, p, b.value, m.value);
    if (o) rows.push([p, o.value]);
  }
  if (!rows.length) return fail("#N/A", `no ${m.value} figures for ${label(rv)}${from || to ? ` between ${from ?? "the start"} and ${to ?? "the end"}` : ""} (${b.value}) in the loaded reports`);
  return ok(rows);
}
