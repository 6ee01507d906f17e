/**
 * The strings a parsed edition keeps (sentences, headings, issue texts) are, in V8, often slices of
 * the report's whole text, and a slice keeps the whole text alive: 120 imported editions held about
 * 15 MB of report text nobody reads. Each kept string is copied once into a string of its own
 * (JSON round trip: plain ECMAScript, one copy per distinct string). Figures also share their
 * evidence objects (frozen, as the dataset loader makes them).
 */
import type { Evidence, Observation, ParseResult, TrendObservation } from "../types";
import { shareEvidence } from "./evidence";

/** The parser's evidence objects, shared across editions (see shareEvidence). */
const EVIDENCES = new Map<string, Evidence>();

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
      if (o.evidence) o.evidence = shareEvidence(o.evidence, EVIDENCES);
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
