/**
 * Property rewrites of a report sentence around one figure (the seed's figures, read from
 * ../shared at test time: no report text is kept in the repo). Each "breaking" rewrite changes
 * one precondition of a figure (negation, comparison base, subject, time): the figure must
 * disappear. Each "harmless" rewrite keeps its meaning: the value must stay.
 */
import type { Observation, ReasonCode } from "../../../src/core/types";

export type Kind = "negation" | "other-base" | "other-subject" | "imports" | "counterfactual" | "last-year" | "target";
export type Harmless = "mom-dashes" | "yoy-slash" | "month-on-month" | "synonym" | "parentheses";

/** The reason code each breaking rewrite must produce. */
export const EXPECTED_REASON: Record<Kind, ReasonCode[]> = {
  negation: ["negated"],
  "other-base": ["other-base"],
  "other-subject": ["other-subject"],
  imports: ["other-subject", "not-production"],
  counterfactual: ["other-time"],
  "last-year": ["other-time"],
  target: ["other-time"],
};

export interface Span {
  start: number;
  end: number;
}

/** The clause of [a, b) in text: bounded by sentence ends, ";", ", " and brackets. */
export function clauseOf(text: string, a: number, b: number): Span {
  let s = a;
  while (s > 0) {
    const c = text[s - 1] as string;
    if (c === "\n" || c === ";" || c === "(" || c === ")") break;
    if ((c === "." || c === ",") && /\s/.test(text[s] ?? "")) break;
    s--;
  }
  let e = b;
  while (e < text.length) {
    const c = text[e] as string;
    if (c === "\n" || c === ";" || c === "(" || c === ")") break;
    if ((c === "." || c === ",") && /\s|$/.test(text[e + 1] ?? "")) break;
    e++;
  }
  return { start: s, end: e };
}

// verb forms: [as written, negated, counterfactual]
const VERBS: [RegExp, string, string][] = [
  [/\bincreased\b/, "did not increase", "would have increased"],
  [/\bdecreased\b/, "did not decrease", "would have decreased"],
  [/\bdeclined\b/, "did not decline", "would have declined"],
  [/\brose\b/, "did not rise", "would have risen"],
  [/\bfell\b/, "did not fall", "would have fallen"],
  [/\bgrew\b/, "did not grow", "would have grown"],
  [/\bdropped\b/, "did not drop", "would have dropped"],
  [/\breached\b/, "did not reach", "would have reached"],
  [/\bwas\b/, "was not", "would have been"],
  [/\bwere\b/, "were not", "would have been"],
  [/\bis expected to\b/, "is not expected to", "would have been expected to"],
  [/\bwill\b/, "will not", ""],
  [/\bexperienced\b/, "did not experience", "would have experienced"],
];

/** The last verb of the table between the previous number (or `from`) and `to`. */
function lastVerb(text: string, from0: number, to: number): { at: number; len: number; neg: string; cf: string } | null {
  let best: { at: number; len: number; neg: string; cf: string } | null = null;
  const prevNum = [...text.slice(from0, to).matchAll(/\d/g)].pop();
  const from = prevNum ? from0 + prevNum.index + 1 : from0;
  const slice = text.slice(from, to);
  for (const [re, neg, cf] of VERBS) {
    const g = new RegExp(re.source, "g");
    for (const m of slice.matchAll(g)) if (!best || from + m.index > best.at) best = { at: from + m.index, len: m[0].length, neg, cf };
  }
  return best;
}

const splice = (t: string, at: number, len: number, ins: string): string => t.slice(0, at) + ins + t.slice(at + len);
const LEVEL_MEASURES = new Set(["output", "operating_rate", "capacity", "operating_capacity", "ytd_output"]);
const BASE_RE = /\b(?:MoM|YoY|month-on-month|year-on-year)\b/g;
const METRIC_NOUN_RE = /\b(?:production|output|operating rates?|capacity utili[sz]ation rate)\b/g;

/** A breaking rewrite of the text around figure [a, b), or null when it does not apply. */
export function breakAt(text: string, a: number, b: number, kind: Kind, measure: Observation["measure"], product = ""): string | null {
  const c = clauseOf(text, a, b);
  switch (kind) {
    case "negation": {
      const v = lastVerb(text, c.start, a);
      return v ? splice(text, v.at, v.len, v.neg) : null;
    }
    case "counterfactual": {
      const v = lastVerb(text, c.start, a);
      return v && v.cf ? splice(text, v.at, v.len, v.cf) : null;
    }
    case "other-base": {
      if (LEVEL_MEASURES.has(measure)) return null;
      // the marker nearest the figure, between the figures before and after it
      const nums = [...text.slice(c.start, c.end).matchAll(/\d[\d,.]*/g)].map((m) => c.start + m.index);
      const lo = Math.max(c.start, ...nums.filter((n) => n < a).map((n) => n + 1));
      const cut = /\s(?:but|and|while|whereas)\s/.exec(text.slice(b, c.end));
      const hi = Math.min(c.end, cut ? b + cut.index : c.end, ...nums.filter((n) => n >= b));
      const ms = [...text.slice(c.start, c.end).matchAll(BASE_RE)].filter((m) => c.start + m.index >= lo && c.start + m.index < hi);
      const dist = (m: RegExpMatchArray): number => Math.min(Math.abs(c.start + (m.index ?? 0) - b), Math.abs(c.start + (m.index ?? 0) - a));
      const after = [...ms].sort((x, y) => dist(x) - dist(y))[0];
      if (after) return splice(text, c.start + after.index, after[0].length, /^M|^m/.test(after[0]) ? "QoQ" : "WoW");
      return splice(text, b, 0, " QoQ");
    }
    case "other-subject":
    case "imports": {
      const ms = [...text.slice(c.start, a).matchAll(METRIC_NOUN_RE)];
      const m = ms[ms.length - 1];
      if (!m) return null;
      if (kind === "imports") return /^(?:production|output)$/.test(m[0]) ? splice(text, c.start + m.index, m[0].length, "imports") : null;
      // overseas products are the world outside China: another subject there is a company
      return splice(text, c.start + m.index, 0, product.startsWith("overseas-") ? "Hydro Group's " : "global ");
    }
    case "last-year":
      return splice(text, b, 0, " in the same month last year");
    case "target": {
      const ms = [...text.slice(c.start, a).matchAll(METRIC_NOUN_RE)];
      const m = ms[ms.length - 1];
      return m ? splice(text, c.start + m.index + m[0].length, 0, " target") : null;
    }
  }
}

/** A harmless rewrite of the clause of [a, b), or null when it does not apply. */
export function harmlessAt(text: string, a: number, b: number, kind: Harmless): string | null {
  const c = clauseOf(text, a, b);
  const clause = text.slice(c.start, c.end);
  const sub = (re: RegExp, to: string): string | null => (re.test(clause) ? text.slice(0, c.start) + clause.replace(re, to) + text.slice(c.end) : null);
  switch (kind) {
    case "mom-dashes":
      return sub(/\bMoM\b/, "m-o-m");
    case "yoy-slash":
      return sub(/\bYoY\b/, "y/y");
    case "month-on-month":
      return sub(/\bMoM\b/, "month on month");
    case "synonym":
      return sub(/\bincreased by\b/, "rose by") ?? sub(/\bdecreased by\b/, "fell by") ?? sub(/\bdeclined\b/, "dropped");
    case "parentheses": {
      const m = /^(\s*)((?:up|down) [\d.]+% (?:MoM|YoY))\s*$/.exec(text.slice(c.start, c.end));
      if (!m) return null;
      const from = text[c.start - 1] === "," ? c.start - 1 : c.start;
      return text.slice(0, from) + ` (${m[2]})` + text.slice(c.end);
    }
  }
}

export interface Case {
  kind: Kind | Harmless;
  figure: string;
  /** The rewritten paragraph. */
  paragraph: string;
  /** Breaking: the figure is gone and an issue gives an expected reason. Harmless: the value stays. */
  ok: boolean;
  detail: string;
}

type Parse = (text: string) => { observations: Observation[]; issues: { code: string; reason?: string; start?: number; end?: number }[] } | null;

const keyOf = (o: Observation): string => `${o.product}|${o.segment}|${o.period}|${o.basis}|${o.measure}`;

/**
 * Runs every rewrite on every figure of `text` (one section at a time, so each case re-parses a
 * few hundred characters). `headings` are the edition's section headings in order.
 */
export function runProperties(text: string, figures: Observation[], headings: string[], parse: Parse): Case[] {
  const out: Case[] = [];
  const kinds: Kind[] = ["negation", "other-base", "other-subject", "imports", "counterfactual", "last-year", "target"];
  const harmless: Harmless[] = ["mom-dashes", "yoy-slash", "month-on-month", "synonym", "parentheses"];
  const heads = headings
    .map((h) => ({ h, at: text.indexOf(`\n${h}\n`) }))
    .filter((x) => x.at >= 0)
    .sort((x, y) => x.at - y.at);
  for (const o of figures) {
    if (o.implied || o.provenance.start < 0) continue;
    const a = o.provenance.start;
    const b = o.provenance.end;
    const head = [...heads].reverse().find((x) => x.at < a);
    if (!head) continue;
    const next = heads.find((x) => x.at > a);
    const hs = head.at + 1;
    const he = next ? next.at : text.length;
    const sec = text.slice(hs, he);
    const la = a - hs;
    const lb = b - hs;
    const paraStart = sec.lastIndexOf("\n", la) + 1;
    const paraEnd0 = sec.indexOf("\n", lb);
    const paraEnd = paraEnd0 < 0 ? sec.length : paraEnd0;
    const same = (p: ReturnType<Parse>, delta: number): Observation | undefined =>
      p?.observations.find(
        (x) =>
          keyOf(x) === keyOf(o) &&
          Math.abs(x.value - o.value) <= 1e-9 * Math.max(1, Math.abs(o.value)) &&
          x.provenance.start >= paraStart &&
          x.provenance.start < paraEnd + delta,
      );
    const base = parse(sec);
    if (!same(base, 0)) continue; // the section alone does not read it (a carried product or month)
    const label = `${keyOf(o)}=${o.value} "${o.provenance.sentence.slice(0, 90)}"`;
    for (const k of kinds) {
      const t = breakAt(sec, la, lb, k, o.measure, o.product);
      if (t === null) continue;
      const delta = t.length - sec.length;
      const p = parse(t);
      const still = same(p, delta);
      const reasons = (p?.issues ?? [])
        .filter((i) => i.start !== undefined && i.start >= la - 200 && i.start <= lb + delta + 200)
        .map((i) => i.reason ?? i.code);
      const gave = EXPECTED_REASON[k].some((r) => reasons.includes(r));
      const para = t.slice(paraStart, paraEnd + delta);
      out.push({
        kind: k,
        figure: label,
        paragraph: para,
        ok: !still && gave,
        detail: still
          ? `still read: ${still.value}`
          : gave
            ? ""
            : `gone, but no issue says ${EXPECTED_REASON[k].join("/")} (issues: ${reasons.join(", ") || "none"})`,
      });
    }
    for (const k of harmless) {
      const t = harmlessAt(sec, la, lb, k);
      if (t === null) continue;
      const delta = t.length - sec.length;
      const p = parse(t);
      const kept = same(p, delta);
      const para = t.slice(paraStart, paraEnd + delta);
      out.push({ kind: k, figure: label, paragraph: para, ok: !!kept, detail: kept ? "" : "value lost" });
    }
  }
  return out;
}
