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
import type { Resolved } from "./catalog";
import { editDistance } from "./catalog";
import { describeCorrection } from "./review";
import { REGION_RE } from "./report/lexicon";
import type { ArgumentFix, Basis, Measure, Observation, QueryResult, Scalar } from "./types";
import { fail, figureSlot, MEASURES, ok, productKey } from "./types";

export type FunctionName = "MOM" | "YOY" | "VALUE" | "ACTUAL" | "FORECAST" | "SURPRISE" | "TREND" | "SERIES" | "TABLE" | "PRODUCTS" | "INFO";

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
  /** The measure a function without a measure parameter answers (SMM.MOM: mom; TREND: the direction of mom). */
  measure?: Measure;
  /** The basis a function without a basis parameter answers (SMM.FORECAST: forecast). */
  basis?: Basis;
  /** "scalar" or a spilled matrix. */
  result: "scalar" | "matrix";
  description: string;
}

const P = (name: string, kind: ParamSpec["kind"], optional = false, def?: string): ParamSpec =>
  def === undefined ? { name, kind, optional } : { name, kind, optional, default: def };

/** The contract's declaration table. Order of params is frozen. */
export const FUNCTIONS: Record<FunctionName, FunctionSpec> = {
  MOM: {
    name: "MOM",
    measure: "mom",
    params: [P("product", "product"), P("period", "period"), P("basis", "basis", true, "actual")],
    result: "scalar",
    description: "% change of output vs the previous month, as a fraction.",
  },
  YOY: {
    name: "YOY",
    measure: "yoy",
    params: [P("product", "product"), P("period", "period"), P("basis", "basis", true, "actual")],
    result: "scalar",
    description: "% change of output vs the same month a year earlier, as a fraction.",
  },
  VALUE: {
    name: "VALUE",
    params: [P("product", "product"), P("period", "period"), P("measure", "measure"), P("basis", "basis", true, "actual")],
    result: "scalar",
    description: "Any measure of a product for a month.",
  },
  ACTUAL: {
    name: "ACTUAL",
    basis: "actual",
    params: [P("product", "product"), P("period", "period"), P("measure", "measure", true, "mom")],
    result: "scalar",
    description: "The actual figure reported for that month.",
  },
  FORECAST: {
    name: "FORECAST",
    basis: "forecast",
    params: [P("product", "product"), P("period", "period"), P("measure", "measure", true, "mom")],
    result: "scalar",
    description: "SMM's forecast for that month (made in the previous month's report).",
  },
  SURPRISE: {
    name: "SURPRISE",
    basis: "actual",
    params: [P("product", "product"), P("period", "period"), P("measure", "measure", true, "mom")],
    result: "scalar",
    description: "Actual minus forecast, in the measure's units.",
  },
  TREND: {
    name: "TREND",
    measure: "mom",
    params: [P("product", "product"), P("period", "period"), P("basis", "basis", true, "actual")],
    result: "scalar",
    description: "Direction of output vs the previous month: up, down or flat, with slightly/significantly.",
  },
  SERIES: {
    name: "SERIES",
    params: [P("product", "product"), P("measure", "measure"), P("from", "period", true), P("to", "period", true), P("basis", "basis", true, "actual")],
    result: "matrix",
    description: "Rows [period, value], oldest first.",
  },
  TABLE: {
    name: "TABLE",
    params: [P("period", "period"), P("measure", "measure", true, "mom"), P("basis", "basis", true, "actual")],
    result: "matrix",
    description: "Rows [product id, product name, value] for every product with that figure.",
  },
  PRODUCTS: { name: "PRODUCTS", params: [], result: "matrix", description: "Rows [product id, product name, group]." },
  INFO: {
    name: "INFO",
    params: [P("product", "product"), P("period", "period"), P("measure", "measure", true, "mom"), P("basis", "basis", true, "actual")],
    result: "scalar",
    description: "Where the figure comes from: edition, section, hedge, implied or reported, revisions.",
  },
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
  if (s === "actual" || s === "a") return { ok: true, value: "actual" };
  if (s === "forecast" || s === "f") return { ok: true, value: "forecast" };
  // (the contract names the spellings it accepts: a plural is none of them, and the message names the one meant)
  const near = s.startsWith("actual") ? "actual" : s.startsWith("forecast") ? "forecast" : null;
  return { ok: false, message: `unknown basis "${clip(v)}": ${near ? `did you mean "${near}"? ` : ""}use "actual" or "forecast" (or "a"/"f")` };
}

export function parseMeasure(v: unknown, def?: Measure): { ok: true; value: Measure } | { ok: false; message: string; fix?: ArgumentFix } {
  if (isBlank(v)) {
    if (def) return { ok: true, value: def };
    return { ok: false, message: `measure is required: one of ${MEASURES.join(", ")}` };
  }
  if (typeof v !== "string") return { ok: false, message: `measure must be text such as "mom" or "output", not ${describe(v)}` };
  const s = v
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  if (isMeasure(s)) return { ok: true, value: s };
  const close = s.length <= 40 ? closest(s, MEASURES) : [];
  return {
    ok: false,
    message: `unknown measure "${clip(v)}"${close.length ? `; did you mean ${close.map((c) => `"${c}"`).join(" or ")}?` : ""} (measures: ${MEASURES.join(", ")})`,
    ...(close.length ? { fix: { param: "measure" as const, was: v, values: close } } : {}),
  };
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
  const synonyms: Record<string, string> = {
    production: "output",
    tonnes: "output",
    tons: "output",
    volume: "output",
    utilisation: "operating_rate",
    utilization: "operating_rate",
    rate: "operating_rate",
    cap: "capacity",
    ytd: "ytd_output",
    change: "mom_chg",
  };
  const out: string[] = [];
  const syn = synonyms[s];
  if (syn) out.push(syn);
  const scored = options.map((o) => [o, editDistance(s, o)] as const).sort((a, b) => a[1] - b[1]);
  for (const [o, d] of scored) if (d <= Math.max(2, Math.floor(o.length / 3)) && !out.includes(o)) out.push(o);
  return out.slice(0, 3);
}

/** A product argument as the messages name it. */
interface ProductRef {
  product: string;
  segment: string;
  name: string;
}

function resolveProduct(ds: Dataset, v: unknown): { ok: true; value: ProductRef } | { ok: false; message: string; fix?: ArgumentFix } {
  if (isBlank(v)) return { ok: false, message: 'product is required, e.g. "copper-cathode" or "nickel" (SMM.PRODUCTS() lists them)' };
  if (typeof v !== "string") return { ok: false, message: `product must be text such as "nickel", not ${describe(v)}` };
  const r = ds.catalog.resolve(v);
  if (!r) {
    const sugg = v.length <= 60 ? ds.catalog.suggest(v.split(":")[0] ?? v) : [];
    return {
      ok: false,
      message: `unknown product "${clip(v)}"${sugg.length ? `; did you mean ${sugg.map((s) => `"${s}"`).join(" or ")}?` : ""} (SMM.PRODUCTS() lists them)`,
      ...(sugg.length ? { fix: { param: "product" as const, was: v, values: sugg } } : {}),
    };
  }
  const known = knownPart(ds, r);
  return { ok: true, value: { product: known.product.id, segment: known.segment, name: known.product.name } };
}

/**
 * "emd:alkaline-grade" where the report named the part "Alkaline grade" (filed as "alkaline"), or the other way round: a
 * part's name with or without its "grade" word is the same part, when the loaded reports know only the other spelling.
 */
function knownPart(ds: Dataset, r: Resolved): Resolved {
  if (!r.segment || ds.hasSegment(r.product.id, r.segment)) return r;
  // ("solar-cell:perc-cells" where the report's "PERC cells" was filed as "perc": the product's own head noun after the part)
  const head = r.product.name.toLowerCase().split(/\s+/).pop() ?? "";
  // (not a place before the head noun: "refined-tin:yunnan-tin" may mean the company Yunnan Tin, not Yunnan's output)
  const stripped = head ? new RegExp(`^(.+)-${head}s?$`).exec(r.segment)?.[1] : undefined;
  const headless = stripped && !REGION_RE.test(stripped.replace(/-/g, " ")) ? stripped : undefined;
  const others = [r.segment.endsWith("-grade") ? r.segment.slice(0, -"-grade".length) : `${r.segment}-grade`, ...(headless ? [headless] : [])];
  const other = others.find((o) => o && ds.hasSegment(r.product.id, o));
  return other ? { ...r, segment: other, key: productKey(r.product.id, other) } : r;
}

const label = (r: ProductRef): string => (r.segment ? `${r.product}:${r.segment}` : r.product);

/** Why a figure is missing: the #N/A message. */
function missing(ds: Dataset, r: ProductRef, period: string, basis: Basis, measure: Measure): QueryResult {
  const what = `${measure} for ${label(r)}, ${period} (${basis})`;
  if (r.segment && !ds.hasSegment(r.product, r.segment)) {
    const segs = ds.segmentsOf(r.product);
    return fail(
      "#N/A",
      `no segment "${r.segment}" of ${r.product} in the loaded reports; ${segs.length ? `its segments are ${segs.join(", ")}` : "it has no segments"}`,
      undefined,
      "unknown-segment",
    );
  }
  const c = ds.conflict(r.product, r.segment, period, basis, measure);
  if (c)
    return fail(
      "#N/A",
      `the ${formatPeriodLong(c.edition)} edition states ${what} with different values, so it is left out: ${c.issue.message.replace(/^[^:]*is stated with different values: /, "")}`,
      undefined,
      "conflict",
    );
  if (!ds.covers(period, basis)) {
    return fail(
      "#N/A",
      basis === "forecast"
        ? `no loaded report carries a forecast for ${period} (it would be in the ${formatPeriodLong(prevMonth(period))} edition): ${what}`
        : `no loaded report covers ${period}: ${what}`,
      undefined,
      "not-covered",
    );
  }
  if (measure === "mom" || measure === "yoy" || measure === "mom_chg" || measure === "yoy_chg") {
    const t = ds.trend(r.product, r.segment, period, basis);
    if (t && measure.startsWith("mom")) {
      return fail(
        "#N/A",
        `the report states only a direction for ${label(r)} ${period}: ${trendText(t.direction, t.magnitude)} (SMM.TREND returns it); no ${measure} figure`,
        undefined,
        "direction-only",
      );
    }
  }
  if (!r.segment) {
    const slot = figureSlot(basis, measure);
    const parts = ds.segmentsOf(r.product).filter((s) => ds.figureAt(productKey(r.product, s), period, slot));
    if (parts.length)
      return fail(
        "#N/A",
        `the report gives ${measure} for ${period} only for parts of ${r.product}: ${parts.map((p) => `${r.product}:${p}`).join(", ")}`,
        undefined,
        "parts-only",
      );
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
 * Per dataset version: the #N/A answers (why a figure is missing takes several look-ups) and the
 * answers of the spilled functions and SMM.INFO, by their raw arguments.
 */
const memo = new WeakMap<Dataset, { version: number; answers: Map<string, QueryResult> }>();
const MEMO_LIMIT = 200_000;

function memoOf(ds: Dataset): Map<string, QueryResult> {
  let m = memo.get(ds);
  if (!m || m.version !== ds.version) {
    m = { version: ds.version, answers: new Map() };
    memo.set(ds, m);
  }
  if (m.answers.size >= MEMO_LIMIT) m.answers.clear();
  return m.answers;
}

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

// ---- Arguments, read once per distinct value ---------------------------------------------------
//
// A sheet asks about a few products, months and measures many times: each distinct argument is
// read (normalised, parsed, its error message written) once, then answered from a Map. Products
// are memoised by the catalog (Catalog.resolve/suggest, until a product is added); months,
// measures and bases do not depend on the data.

/** A product argument, resolved: with the key its figures are indexed under. */
interface ProductArg extends ProductRef {
  key: string;
}

const ARG_LIMIT = 10_000;
const periodArgs = new Map<string | number, string | QueryResult>();
const measureArgs = new Map<string | number, Measure | QueryResult>();
const basisArgs = new Map<string | number, Basis | QueryResult>();

function remember<K, V>(m: Map<K, V>, k: K, v: V): V {
  if (m.size >= ARG_LIMIT) m.clear();
  m.set(k, v);
  return v;
}

/** The resolved product (memoised by the catalog, with its key), or null: then productError says why. */
function productArg(ds: Dataset, v: unknown): Resolved | null {
  const r = typeof v === "string" ? ds.catalog.resolve(v) : null;
  return r && r.segment ? knownPart(ds, r) : r;
}

function productError(ds: Dataset, v: unknown): QueryResult {
  const bad = resolveProduct(ds, v);
  return bad.ok ? fail("#N/A", `internal error: product "${String(v)}" resolves only the second time`) : fail("#VALUE!", bad.message, bad.fix);
}

const ref = (r: Resolved): ProductArg => ({ product: r.product.id, segment: r.segment, name: r.product.name, key: r.key });

/**
 * Reads an argument through its cache: strings (and numbers, for months) up to 300 characters are
 * read once; anything else (dates, booleans, ranges) every time.
 */
function readOnce<T extends string>(
  cache: Map<string | number, T | QueryResult>,
  v: unknown,
  numbers: boolean,
  read: (v: unknown) => { ok: true; value: T } | { ok: false; message: string; fix?: ArgumentFix },
): T | QueryResult {
  const cacheable = (typeof v === "string" && v.length <= 300) || (numbers && typeof v === "number");
  if (cacheable) {
    const hit = cache.get(v);
    if (hit !== undefined) return hit;
  }
  const r = read(v);
  const out = r.ok ? r.value : fail("#VALUE!", r.message, r.fix);
  return cacheable ? remember(cache, v, out) : out;
}

const periodArg = (v: unknown): string | QueryResult => readOnce(periodArgs, v, true, parsePeriod);
const measureArg = (v: unknown, def: Measure | undefined): Measure | QueryResult =>
  isBlank(v) ? (def ?? fail("#VALUE!", `measure is required: one of ${MEASURES.join(", ")}`)) : readOnce(measureArgs, v, false, parseMeasure);
const basisArg = (v: unknown, def: Basis): Basis | QueryResult => (isBlank(v) ? def : readOnce(basisArgs, v, false, parseBasis));

/** Where each kind of argument sits in a function's parameters (-1: none), and its default. */
interface Plan {
  product: number;
  period: number;
  measure: number;
  basis: number;
  measureDefault: Measure | undefined;
  basisDefault: Basis;
  /** The function answers the figure itself (MOM, YOY, VALUE, ACTUAL, FORECAST). */
  figure: boolean;
}

const asMeasure = (s: string | undefined): Measure | undefined => (s !== undefined && isMeasure(s) ? s : undefined);

const PLANS = Object.fromEntries(
  Object.values(FUNCTIONS).map((spec) => {
    const at = (kind: ParamSpec["kind"]): number => spec.params.findIndex((p) => p.kind === kind);
    const measure = at("measure");
    const basis = at("basis");
    const basisDefault = basis >= 0 ? spec.params[basis]?.default : spec.basis;
    const plan: Plan = {
      product: at("product"),
      period: at("period"),
      measure,
      basis,
      measureDefault: measure >= 0 ? asMeasure(spec.params[measure]?.default) : spec.measure,
      basisDefault: basisDefault === "forecast" ? "forecast" : "actual",
      figure: spec.result === "scalar" && spec.name !== "TREND" && spec.name !== "SURPRISE" && spec.name !== "INFO",
    };
    return [spec.name, plan];
  }),
) as Record<FunctionName, Plan>;

/**
 * The measure a call answers (MOM: mom; ACTUAL with no measure: its default, mom), from FUNCTIONS'
 * declarations, given the call's measure argument; null for a function without one (PRODUCTS) or
 * an unreadable measure. What the pane formats a value by.
 */
export function measureOf(name: FunctionName, measure: unknown): Measure | null {
  const p = PLANS[name];
  if (p.measure < 0) return p.measureDefault ?? null;
  const m = parseMeasure(measure, p.measureDefault);
  return m.ok ? m.value : null;
}

/** The measure and basis a function answers when the call leaves them out (FUNCTIONS' defaults). */
export function defaultsOf(name: FunctionName): { measure: Measure | undefined; basis: Basis } {
  const p = PLANS[name];
  return { measure: p.measureDefault, basis: p.basisDefault };
}

const SPECS = new Map<string, { spec: FunctionSpec; plan: Plan }>(Object.values(FUNCTIONS).map((f) => [f.name, { spec: f, plan: PLANS[f.name] }]));

/** The figure functions' plans with their argument count, and the slot their defaults give. */
interface FigurePlan extends Plan {
  arity: number;
  /** figureSlot of the default basis and measure (a call that leaves both out). */
  defaultSlot: number;
  /** The slot each measure and basis argument pair gives (-1: unreadable), per distinct pair. */
  slots: Map<unknown, Map<unknown, number>>;
}

const FIGURE_PLANS = new Map<string, FigurePlan>(
  Object.values(FUNCTIONS)
    .filter((f) => PLANS[f.name].figure)
    .map((f) => {
      const plan = PLANS[f.name];
      const defaultSlot = plan.measureDefault === undefined ? -1 : figureSlot(plan.basisDefault, plan.measureDefault);
      return [f.name, { ...plan, arity: f.params.length, defaultSlot, slots: new Map() }];
    }),
);

function slotOf(plan: FigurePlan, m: unknown, b: unknown): number {
  const slotArgs = plan.slots;
  let byBasis = slotArgs.get(m);
  const hit = byBasis?.get(b);
  if (hit !== undefined) return hit;
  const measure = plan.measure >= 0 ? measureArg(m, plan.measureDefault) : plan.measureDefault;
  const basis = plan.basis >= 0 ? basisArg(b, plan.basisDefault) : plan.basisDefault;
  const slot = typeof measure === "string" && typeof basis === "string" ? figureSlot(basis, measure) : -1;
  // only strings and blanks are kept (a range or a number is read again)
  const keep = (v: unknown): boolean => v === undefined || v === null || (typeof v === "string" && v.length <= 300);
  if (keep(m) && keep(b)) {
    if (!byBasis) {
      if (slotArgs.size >= ARG_LIMIT) slotArgs.clear();
      slotArgs.set(m, (byBasis = new Map()));
    }
    byBasis.set(b, slot);
  }
  return slot;
}

/**
 * The figure a call answers (MOM, YOY, VALUE, ACTUAL, FORECAST), straight from the argument caches
 * and the index with nothing allocated; undefined when the call answers anything else (an error,
 * a range argument, another function): callFunction says what. The custom functions' fast path:
 * four Map look-ups for a call whose product, month and measure were seen before.
 */
export function figureOf(ds: Dataset, name: FunctionName, args: readonly unknown[]): number | undefined {
  const plan = FIGURE_PLANS.get(name);
  if (plan === undefined || args.length > plan.arity) return undefined;
  const p = args[plan.product];
  const pr = productArg(ds, p);
  if (pr === null) return undefined;
  const pv = args[plan.period];
  let period = typeof pv === "string" || typeof pv === "number" ? periodArgs.get(pv) : undefined;
  if (typeof period !== "string") {
    if (period !== undefined) return undefined; // an unreadable month, read before
    period = periodArg(pv);
    if (typeof period !== "string") return undefined;
  }
  const m = plan.measure >= 0 ? args[plan.measure] : undefined;
  const b = plan.basis >= 0 ? args[plan.basis] : undefined;
  const slot = (m === undefined || m === null) && (b === undefined || b === null) && plan.defaultSlot >= 0 ? plan.defaultSlot : slotOf(plan, m, b);
  if (slot < 0) return undefined;
  const v = ds.valueAt(pr.key, period, slot);
  return v === v ? v : undefined; // NaN: no figure
}

/**
 * Calls one contract function with raw Excel-like arguments (strings, numbers, booleans, null, 2-D
 * arrays). `fast: false` skips the figureOf look-up (for a caller that just tried it).
 */
export function callFunction(ds: Dataset, name: FunctionName, args: readonly unknown[], fast = true): QueryResult {
  try {
    const f = SPECS.get(name);
    if (!f) return fail("#VALUE!", `unknown function SMM.${String(name)}`);
    if (!f.plan.figure) return memoised(ds, f.spec, args);
    const v = fast ? figureOf(ds, name, args) : undefined;
    return v !== undefined ? ok(v) : scalar(ds, f.spec, f.plan, args);
  } catch (e) {
    // Never let an exception reach Excel: report it as a value.
    return fail("#N/A", `internal error in SMM.${String(name)}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function memoised(ds: Dataset, spec: FunctionSpec, args: readonly unknown[]): QueryResult {
  const key = memoKey(spec.name, args);
  const answers = key === null ? null : memoOf(ds);
  const hit = key === null ? undefined : answers?.get(key);
  if (hit) return fresh(hit);
  const bound = bindArgs(spec, args);
  const r = !bound.ok ? fail("#VALUE!", bound.message) : spec.result === "scalar" ? scalar(ds, spec, PLANS[spec.name], args) : dispatch(ds, spec, bound.value);
  if (key !== null) answers?.set(key, r);
  return fresh(r);
}

/** Whether every argument is already a scalar and none is one too many (the common case). */
function plain(n: number, args: readonly unknown[]): boolean {
  if (args.length > n) return false;
  for (let i = 0; i < args.length; i++) if (Array.isArray(args[i])) return false;
  return true;
}

/** The arguments as scalars (a 1x1 range unwrapped), or the #VALUE! of a range or of too many arguments. */
function unwrapped(spec: FunctionSpec, args: readonly unknown[]): unknown[] | QueryResult {
  const bound = bindArgs(spec, args);
  if (!bound.ok) return fail("#VALUE!", bound.message);
  return spec.params.map((p) => bound.value[p.name]);
}

/** The scalar functions: each argument read once per distinct value, then one look-up. */
function scalar(ds: Dataset, spec: FunctionSpec, plan: Plan, raw: readonly unknown[]): QueryResult {
  let a = raw;
  if (!plain(spec.params.length, raw)) {
    const u = unwrapped(spec, raw);
    if (!Array.isArray(u)) return u;
    a = u;
  }
  const pr = productArg(ds, a[plan.product]);
  if (!pr) return productError(ds, a[plan.product]);
  const period = periodArg(a[plan.period]);
  if (typeof period !== "string") return period;
  let measure: Measure = plan.measureDefault ?? "mom";
  if (plan.measure >= 0) {
    const m = measureArg(a[plan.measure], plan.measureDefault);
    if (typeof m !== "string") return m;
    measure = m;
  }
  let basis: Basis = plan.basisDefault;
  if (plan.basis >= 0) {
    const b = basisArg(a[plan.basis], plan.basisDefault);
    if (typeof b !== "string") return b;
    basis = b;
  }
  if (plan.figure) {
    const o = ds.figureAt(pr.key, period, figureSlot(basis, measure));
    return o ? ok(o.value) : missingOnce(ds, ref(pr), period, basis, measure);
  }
  const rv = ref(pr);
  switch (spec.name) {
    case "TREND": {
      const t = ds.trend(rv.product, rv.segment, period, basis);
      if (t) return ok(trendText(t.direction, t.magnitude));
      const o = ds.figureAt(rv.key, period, figureSlot(basis, "mom")) ?? ds.figureAt(rv.key, period, figureSlot(basis, "mom_chg"));
      if (o) return ok(o.value > 0 ? "up" : o.value < 0 ? "down" : "flat");
      const m = missingOnce(ds, rv, period, basis, "mom");
      if (m.ok) return m;
      // the reason a figure is missing is also the trend's, unless it is only "not stated"
      return m.code === "not-stated" || m.code === "parts-only"
        ? fail("#N/A", `no direction of output stated for ${label(rv)}, ${period} (${basis})`, undefined, "not-stated")
        : m;
    }
    case "SURPRISE": {
      const act = ds.figureAt(rv.key, period, figureSlot("actual", measure));
      if (!act) return missingOnce(ds, rv, period, "actual", measure);
      const fc = ds.figureAt(rv.key, period, figureSlot("forecast", measure));
      if (!fc) return missingOnce(ds, rv, period, "forecast", measure);
      return ok(Number((act.value - fc.value).toPrecision(12)));
    }
    case "INFO": {
      const o = ds.figureAt(rv.key, period, figureSlot(basis, measure));
      if (!o) return missingOnce(ds, rv, period, basis, measure);
      return ok(describeSource(o, ds.history(rv.product, rv.segment, period, basis, measure).slice(1)));
    }
    default: {
      const o = ds.figureAt(rv.key, period, figureSlot(basis, measure));
      return o ? ok(o.value) : missingOnce(ds, rv, period, basis, measure);
    }
  }
}

/** missing(), once per figure and dataset version. */
function missingOnce(ds: Dataset, r: ProductArg, period: string, basis: Basis, measure: Measure): QueryResult {
  const answers = memoOf(ds);
  const k = `#N/A|${r.key}|${period}|${basis}|${measure}`;
  let m = answers.get(k);
  if (!m) answers.set(k, (m = missing(ds, r, period, basis, measure)));
  return m;
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
      return fail("#VALUE!", `SMM.${spec.name} is not a spilled function`);
  }
}

const HEDGE_WORDS: Record<string, string> = {
  exact: "reported",
  approx: 'approximate ("approximately")',
  over: 'a lower bound ("over")',
  under: 'an upper bound ("below")',
};

/** Text for SMM.INFO and the task pane's trace. */
export function describeSource(o: Observation, older: readonly Observation[] = []): string {
  const p = o.provenance;
  const kind = o.implied ? "implied from the stated change and its %" : (HEDGE_WORDS[o.hedge] ?? "reported");
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
  if (!rows.length)
    return fail(
      "#N/A",
      `no ${m.value} figures for ${label(rv)}${from || to ? ` between ${from ?? "the start"} and ${to ?? "the end"}` : ""} (${b.value}) in the loaded reports`,
    );
  return ok(rows);
}
