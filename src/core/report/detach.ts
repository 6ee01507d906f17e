/**
 * The strings a parsed edition keeps (sentences, headings, issue texts) are, in V8, often slices of
 * the report's whole text, and a slice keeps the whole text alive: 120 imported editions held about
 * 15 MB of report text nobody reads. Each kept string is copied once into a string of its own
 * (JSON round trip: plain ECMAScript, one copy per distinct string). Figures also share their
 * evidence objects (frozen, as the dataset loader makes them).
 */
import type { Evidence, Observation, ParseResult, TrendObservation } from "../types";

/** Figures share a few dozen evidences: one frozen object each, as the dataset loader does. */
const EVIDENCES = new Map<string, Evidence>();
function sharedEvidence(e: Evidence): Evidence {
  const k = `${e.rule}|${e.confidence}|${e.review?.join(",") ?? ""}`;
  let s = EVIDENCES.get(k);
  if (!s) {
    s = Object.freeze({ ...e, ...(e.review ? { review: Object.freeze([...e.review]) as Evidence["review"] } : {}) });
    if (EVIDENCES.size < 10_000) EVIDENCES.set(k, s);
  }
  return s;
}

export function detachFromText(r: ParseResult): ParseResult {
  const copies = new Map<string, string>();
  const own = (s: string): string => {
    let c = copies.get(s);
    if (c === undefined) {
      c = JSON.parse(JSON.stringify(s)) as string;
      copies.set(s, c);
    }
    return c;
  };
  const ed = r.edition;
  if (ed) {
    ed.sections = ed.sections.map(own);
    // ids too: one string per distinct value instead of one per figure
    const ids = (x: Observation | TrendObservation): void => {
      x.product = own(x.product);
      x.segment = own(x.segment);
      x.period = own(x.period);
      x.provenance.sentence = own(x.provenance.sentence);
      x.provenance.section = own(x.provenance.section);
      x.provenance.edition = own(x.provenance.edition);
      if (x.provenance.source !== undefined) x.provenance.source = own(x.provenance.source);
    };
    for (const o of ed.observations) {
      ids(o);
      if (o.evidence) o.evidence = sharedEvidence(o.evidence);
    }
    for (const t of ed.trends) ids(t);
    ed.issues = ed.issues.map((i) => detachIssue(i, own));
  }
  r.issues = r.issues.map((i) => detachIssue(i, own));
  return r;
}

function detachIssue<T extends { message: string; sentence?: string; section?: string }>(i: T, own: (s: string) => string): T {
  const c = { ...i, message: own(i.message) };
  if (i.sentence !== undefined) c.sentence = own(i.sentence);
  if (i.section !== undefined) c.section = own(i.section);
  return c;
}
