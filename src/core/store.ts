/**
 * The dataset file format (what `smm parse --json` and `smm build` write, what the add-in loads,
 * bundles, persists and fetches from a team source), with a validating reader: a corrupt file
 * loads what is valid and reports the rest as issues.
 */
import { dropDuplicateEditions, validateEdition } from "./validate";
import type { Dataset, EditionOrigin } from "./dataset";
import type {
  Basis,
  Correction,
  Direction,
  Edition,
  Evidence,
  Hedge,
  Issue,
  Magnitude,
  Observation,
  Provenance,
  ReviewReason,
  TrendObservation,
  Unit,
} from "./types";
import { MEASURES } from "./types";
import { isPeriod } from "./periods";
import { shareEvidence } from "./report/evidence";

export const DATASET_FORMAT = "smm-dataset";
export const DATASET_VERSION = 1;

export interface DatasetFile {
  format: typeof DATASET_FORMAT;
  version: number;
  createdAt?: string;
  editions: Edition[];
}

export function toDatasetFile(editions: readonly Edition[]): DatasetFile {
  return {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    createdAt: new Date().toISOString(),
    editions: editions.map((e) => ({
      id: e.id,
      source: e.source,
      ...(e.importedAt ? { importedAt: e.importedAt } : {}),
      sections: e.sections,
      observations: e.observations,
      trends: e.trends,
      issues: e.issues,
      ...(e.rejected?.length ? { rejected: e.rejected } : {}),
      ...(e.dropped?.length ? { dropped: e.dropped } : {}),
    })),
  };
}

export function serializeDataset(ds: Dataset, origins?: readonly EditionOrigin[]): string {
  const eds = ds.listEditions().filter((e) => !origins || origins.includes(e.origin));
  return JSON.stringify(toDatasetFile(eds));
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const oneOf = <T extends string>(x: unknown, opts: readonly T[]): x is T => typeof x === "string" && (opts as readonly string[]).includes(x);
const str = (x: unknown): x is string => typeof x === "string";

/** Strings repeated across observations (sentences, sections, sources) are kept once in memory. */
type Interner = (s: string) => string;
const makeInterner = (): Interner => {
  const seen = new Map<string, string>();
  return (s) => {
    const hit = seen.get(s);
    if (hit !== undefined) return hit;
    seen.set(s, s);
    return s;
  };
};
let intern: Interner = (s) => s;

function readProvenance(x: unknown, edition: string): Provenance | null {
  if (!isObj(x)) return null;
  if (!str(x.sentence)) return null;
  const p: Provenance = {
    // the edition a figure belongs to is the edition it was read with, whatever the file claims
    edition,
    section: str(x.section) ? intern(x.section) : "",
    sentence: intern(x.sentence),
    start: typeof x.start === "number" && Number.isFinite(x.start) ? x.start : -1,
    end: typeof x.end === "number" && Number.isFinite(x.end) ? x.end : -1,
  };
  if (str(x.source)) p.source = intern(x.source);
  return p;
}

function readObservation(x: unknown, edition: string): Observation | string {
  if (!isObj(x)) return "not an object";
  if (!str(x.product) || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(x.product)) return "bad product id";
  if (!str(x.period) || !isPeriod(x.period)) return "bad period";
  if (!oneOf<Basis>(x.basis, ["actual", "forecast"])) return "bad basis";
  if (!oneOf(x.measure, MEASURES)) return "bad measure";
  if (typeof x.value !== "number" || !Number.isFinite(x.value)) return "value is not a finite number";
  const prov = readProvenance(x.provenance, edition);
  if (!prov) return "missing provenance";
  const o: Observation = {
    // ids repeat across thousands of figures: one string each (JSON.parse makes a copy per occurrence)
    product: intern(x.product),
    segment: str(x.segment) ? intern(x.segment) : "",
    period: intern(x.period),
    basis: x.basis,
    measure: x.measure,
    value: x.value,
    unit: oneOf<Unit>(x.unit, ["%", "pp", "mt", "mt/year", "GW", ""]) ? x.unit : "",
    hedge: oneOf<Hedge>(x.hedge, ["exact", "approx", "over", "under"]) ? x.hedge : "exact",
    direction: oneOf<Direction>(x.direction, ["up", "down", "flat"]) ? x.direction : x.value > 0 ? "up" : x.value < 0 ? "down" : "flat",
    magnitude: oneOf<Magnitude>(x.magnitude, ["slight", "significant", "none"]) ? x.magnitude : "none",
    provenance: prov,
  };
  if (x.implied === true) o.implied = true;
  const ev = readEvidence(x.evidence);
  if (ev) o.evidence = ev;
  const c = readCorrection(x.correction);
  if (c) o.correction = c;
  if (str(x.keptFrom) && x.keptFrom) o.keptFrom = intern(x.keptFrom);
  return o;
}

const REVIEW_REASONS: readonly ReviewReason[] = ["distant-subject", "inferred-basis", "inferred-unit", "misdated", "carried-month", "status-next-month"];

function readEvidence(x: unknown): Evidence | null {
  if (!isObj(x) || !str(x.rule) || !oneOf(x.confidence, ["high", "low"] as const)) return null;
  const e: Evidence = { rule: intern(x.rule), confidence: x.confidence };
  if (Array.isArray(x.review)) {
    const r = x.review.filter((y): y is ReviewReason => oneOf(y, REVIEW_REASONS));
    if (r.length) e.review = r;
  }
  if (str(x.roleRule) && x.roleRule) e.roleRule = intern(x.roleRule);
  if (str(x.basisRule) && x.basisRule) e.basisRule = intern(x.basisRule);
  return shareEvidence(e, evidences, Infinity);
}
let evidences = new Map<string, Evidence>();

/** The analyst's decision on a figure; an invalid one is dropped (the figure stays as read). */
function readCorrection(x: unknown): Correction | null {
  if (!isObj(x) || !oneOf(x.kind, ["accepted", "corrected", "assigned", "rejected"] as const) || !str(x.at)) return null;
  const c: Correction = { kind: x.kind, at: x.at };
  const o = x.original;
  if (
    isObj(o) &&
    str(o.product) &&
    str(o.period) &&
    isPeriod(o.period) &&
    oneOf<Basis>(o.basis, ["actual", "forecast"]) &&
    oneOf(o.measure, MEASURES) &&
    typeof o.value === "number" &&
    Number.isFinite(o.value)
  ) {
    c.original = { product: o.product, segment: str(o.segment) ? o.segment : "", period: o.period, measure: o.measure, basis: o.basis, value: o.value };
  }
  return c;
}

function readTrend(x: unknown, edition: string): TrendObservation | string {
  if (!isObj(x)) return "not an object";
  if (!str(x.product) || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(x.product)) return "bad product id";
  if (!str(x.period) || !isPeriod(x.period)) return "bad period";
  if (!oneOf<Basis>(x.basis, ["actual", "forecast"])) return "bad basis";
  if (!oneOf<Direction>(x.direction, ["up", "down", "flat"])) return "bad direction";
  const prov = readProvenance(x.provenance, edition);
  if (!prov) return "missing provenance";
  return {
    product: x.product,
    segment: str(x.segment) ? x.segment : "",
    period: x.period,
    basis: x.basis,
    direction: x.direction,
    magnitude: oneOf<Magnitude>(x.magnitude, ["slight", "significant", "none"]) ? x.magnitude : "none",
    provenance: prov,
  };
}

/** Reads a dataset file (already JSON-parsed, or text). Never throws. */
export function readDatasetFile(input: unknown): { editions: Edition[]; issues: Issue[] } {
  intern = makeInterner();
  evidences = new Map();
  try {
    return readDatasetFileInner(input);
  } catch (e) {
    // a last resort: nothing known throws, but a dataset file must never stop a load
    return { editions: [], issues: [{ code: "bad-row", message: `unreadable dataset: ${e instanceof Error ? e.message : String(e)}` }] };
  } finally {
    intern = (s) => s;
    evidences = new Map();
  }
}

function readDatasetFileInner(input: unknown): { editions: Edition[]; issues: Issue[] } {
  const issues: Issue[] = [];
  let x = input;
  if (typeof input === "string") {
    try {
      x = JSON.parse(input);
    } catch (e) {
      return { editions: [], issues: [{ code: "bad-row", message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` }] };
    }
  }
  if (!isObj(x)) return { editions: [], issues: [{ code: "bad-row", message: "not an SMM dataset: expected a JSON object" }] };
  if (x.format !== DATASET_FORMAT)
    issues.push({ code: "bad-row", message: `format is ${JSON.stringify(x.format)}, expected "${DATASET_FORMAT}"; reading it anyway`, path: ["format"] });
  if (!Array.isArray(x.editions)) return { editions: [], issues: [...issues, { code: "bad-row", message: "no editions array", path: ["editions"] }] };
  const editions: Edition[] = [];
  for (const [i, e] of x.editions.entries()) {
    if (!isObj(e) || !str(e.id) || !isPeriod(e.id)) {
      issues.push({ code: "bad-row", message: `edition ${i} has no valid id (YYYY-MM); skipped`, path: ["editions", i] });
      continue;
    }
    const ed: Edition = {
      id: e.id,
      source: str(e.source) ? e.source : "unknown",
      sections: Array.isArray(e.sections) ? e.sections.filter(str) : [],
      observations: [],
      trends: [],
      issues: [],
    };
    if (str(e.importedAt)) ed.importedAt = e.importedAt;
    for (const [j, o] of (Array.isArray(e.observations) ? e.observations : []).entries()) {
      const r = readObservation(o, ed.id);
      if (typeof r === "string")
        issues.push({ code: "bad-row", message: `edition ${ed.id}, observation ${j}: ${r}; skipped`, path: ["editions", i, "observations", j] });
      else ed.observations.push(r);
    }
    for (const [j, t] of (Array.isArray(e.trends) ? e.trends : []).entries()) {
      const r = readTrend(t, ed.id);
      if (typeof r === "string") issues.push({ code: "bad-row", message: `edition ${ed.id}, trend ${j}: ${r}; skipped`, path: ["editions", i, "trends", j] });
      else ed.trends.push(r);
    }
    for (const [j, o] of (Array.isArray(e.rejected) ? e.rejected : []).entries()) {
      const r = readObservation(o, ed.id);
      if (typeof r === "string")
        issues.push({ code: "bad-row", message: `edition ${ed.id}, rejected figure ${j}: ${r}; skipped`, path: ["editions", i, "rejected", j] });
      else (ed.rejected ??= []).push(r);
    }
    if (Array.isArray(e.dropped)) {
      const d = e.dropped.filter((k): k is string => str(k) && k.split("|").length === 5);
      if (d.length) ed.dropped = d;
    }
    for (const is of Array.isArray(e.issues) ? e.issues : []) {
      const r = readIssue(is);
      if (r) ed.issues.push(r);
    }
    // the parser's rules (plausible values, periods, names), then one edition per id
    const v = validateEdition(ed);
    issues.push(...v.issues);
    editions.push(v.edition);
  }
  const d = dropDuplicateEditions(editions);
  return { editions: d.editions, issues: [...issues, ...d.issues] };
}

const clipText = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n)}...` : s);

/**
 * An edition's own issue (the parser's notes), copied field by field: a file may put anything in
 * there (a deeply nested value would later overflow the stack of JSON.stringify when saving).
 */
function readIssue(x: unknown): Issue | null {
  if (!isObj(x) || !str(x.code) || !str(x.message)) return null;
  const is: Issue = { code: clipText(x.code, 40) as Issue["code"], message: clipText(x.message, 2000) };
  if (str(x.reason)) is.reason = clipText(x.reason, 40) as NonNullable<Issue["reason"]>;
  if (str(x.rule)) is.rule = clipText(x.rule, 80);
  if (Array.isArray(x.path))
    is.path = x.path
      .slice(0, 8)
      .filter((p): p is string | number => str(p) || typeof p === "number")
      .map((p) => (str(p) ? clipText(p, 200) : p));
  if (str(x.section)) is.section = clipText(x.section, 200);
  if (str(x.sentence)) is.sentence = clipText(x.sentence, 5000);
  if (typeof x.start === "number" && Number.isFinite(x.start)) is.start = x.start;
  if (typeof x.end === "number" && Number.isFinite(x.end)) is.end = x.end;
  return is;
}

/**
 * Largest dataset download (bundled or team source), in bytes: 16 MB, several times the largest
 * dataset the add-in keeps (the local cache holds 4 MB). The body is read as a stream and the
 * download stops at the cap, so an endless or huge body costs at most this much memory.
 */
export const MAX_DOWNLOAD_BYTES = 16 * 1024 * 1024;
