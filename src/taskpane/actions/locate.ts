/**
 * Where a figure sits inside its sentence, for highlighting. Provenance gives offsets into the
 * edition's source text; the sentence is stored alone. With the source text at hand the position
 * is exact; without it (bundled editions, a report imported in an earlier session) the figure is
 * found by its number in the sentence. Pure.
 */
import type { Observation, Unit } from "../../core/types";

/** [start, end) inside a sentence. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The figure at [start, end) of the (normalised) source text, as a span of `sentence`: the sentence
 * is found in the text just before the figure; failing that, the figure's text inside the sentence.
 */
export function highlightInSentence(normText: string, sentence: string, start: number, end: number): Span | null {
  if (!sentence || start < 0 || end <= start || end > normText.length) return null;
  const fig = normText.slice(start, end);
  const from = Math.max(0, start - sentence.length);
  const at = normText.lastIndexOf(sentence, start);
  if (at >= from && at <= start && start + fig.length <= at + sentence.length) return { start: start - at, end: end - at };
  const i = sentence.indexOf(fig);
  return i >= 0 && fig.trim() ? { start: i, end: i + fig.length } : null;
}

const NUMBER = /(?<![\w.])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,])-?\d+(?:\.\d+)?/g;
const UNIT_AFTER =
  /^\s?(?:%|percentage points?|pct(?:\.|\s)?pts?|pp\b|(?:(?:million|thousand|billion|10,000|10 thousand)\s+)?(?:mt|tonnes?|tons?|t)\b(?:\s*\/\s*(?:year|yr|a))?)/i;
const MULTIPLIER_AFTER: [RegExp, number][] = [
  [/^\s?million\b/i, 1e6],
  [/^\s?billion\b/i, 1e9],
  [/^\s?thousand\b/i, 1e3],
  [/^\s?(?:10,000|10 thousand)\b/i, 1e4],
];

const close = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-6) || Math.abs(a - b) < 0.0051;

/** Numbers in a sentence with the unit words after them. */
export function numbersIn(sentence: string): { start: number; end: number; value: number; multiplier: number }[] {
  const out: { start: number; end: number; value: number; multiplier: number }[] = [];
  for (const m of sentence.matchAll(NUMBER)) {
    const start = m.index ?? 0;
    let end = start + m[0].length;
    const value = Number(m[0].replace(/,/g, ""));
    if (!Number.isFinite(value)) continue;
    const rest = sentence.slice(end);
    let multiplier = 1;
    for (const [re, k] of MULTIPLIER_AFTER) if (re.test(rest)) multiplier = k;
    const u = UNIT_AFTER.exec(rest);
    if (u) end += u[0].length;
    out.push({ start, end, value, multiplier });
  }
  return out;
}

/** The span of a number with this value and unit in the sentence (first match), or null. */
export function findNumber(sentence: string, value: number, unit: Unit): Span | null {
  const target = Math.abs(value);
  for (const n of numbersIn(sentence)) {
    const v = Math.abs(n.value);
    if (unit === "%" || unit === "pp") {
      if (close(v, target * 100)) return { start: n.start, end: n.end };
    } else if (close(v * n.multiplier, target) || (n.multiplier === 1 && close(v, target))) {
      return { start: n.start, end: n.end };
    }
  }
  return null;
}

/** Highlights for an observation in its sentence (two for an implied output: the change and its %). */
export function locateFigure(o: Observation, sourceText?: string | null, related: readonly Observation[] = []): Span[] {
  const p = o.provenance;
  if (!p.sentence) return [];
  if (sourceText && p.start >= 0 && p.end > p.start) {
    if (o.implied) {
      const spans = related
        .map((r) => (sourceText ? highlightInSentence(sourceText, p.sentence, r.provenance.start, r.provenance.end) : null))
        .filter((s): s is Span => !!s);
      if (spans.length) return spans.sort((a, b) => a.start - b.start);
    } else {
      const s = highlightInSentence(sourceText, p.sentence, p.start, p.end);
      if (s) return [s];
    }
  }
  if (o.implied) {
    return related
      .map((r) => findNumber(p.sentence, r.value, r.unit))
      .filter((s): s is Span => !!s)
      .sort((a, b) => a.start - b.start);
  }
  const s = findNumber(p.sentence, o.value, o.unit);
  return s ? [s] : [];
}

/** Splits a sentence into plain and highlighted parts (the view turns them into text nodes and <mark>s). */
export function splitHighlights(sentence: string, spans: readonly Span[]): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at || s.end > sentence.length || s.end <= s.start) continue;
    if (s.start > at) parts.push({ text: sentence.slice(at, s.start), mark: false });
    parts.push({ text: sentence.slice(s.start, s.end), mark: true });
    at = s.end;
  }
  if (at < sentence.length) parts.push({ text: sentence.slice(at), mark: false });
  return parts;
}
