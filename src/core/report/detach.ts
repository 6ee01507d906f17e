/**
 * The strings a parsed edition keeps (sentences, headings, issue texts) are, in V8, often slices of
 * the report's whole text, and a slice keeps the whole text alive: 120 imported editions held about
 * 15 MB of report text nobody reads. Each kept string is copied once into a string of its own
 * (JSON round trip: plain ECMAScript, one copy per distinct string).
 */
import type { ParseResult } from "../types";

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
    for (const o of ed.observations) {
      o.provenance.sentence = own(o.provenance.sentence);
      o.provenance.section = own(o.provenance.section);
    }
    for (const t of ed.trends) {
      t.provenance.sentence = own(t.provenance.sentence);
      t.provenance.section = own(t.provenance.section);
    }
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
