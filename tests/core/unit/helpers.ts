/** Shared builders for the core unit tests (not a test file itself). */
import { Dataset } from "../../../src/core/dataset";
import { evaluateFormula } from "../../../src/core/formula";
import { readSentence } from "../../../src/core/report/grammar";
import type { Metric } from "../../../src/core/report/lexicon";
import { parseReport, type ParseReportOptions } from "../../../src/core/report/parse";
import type { Edition, Observation, ParseResult, QueryResult, TrendObservation } from "../../../src/core/types";

/** [measure, value] of every figure of a sentence that the grammar turns into a dataset figure. */
export function pairs(sentence: string, carry: Metric | null = null): [string, number][] {
  return readSentence(sentence, carry)
    .filter((r) => !r.excludedReason && r.measure)
    .map((r) => [r.measure as string, r.value]);
}

/** Raw figure texts the grammar leaves out, with the reason. */
export function excluded(sentence: string, carry: Metric | null = null): string[] {
  return readSentence(sentence, carry)
    .filter((r) => r.excludedReason || !r.measure)
    .map((r) => r.figure.raw);
}

let seq = 0;
export function obs(p: Partial<Observation> & Pick<Observation, "product" | "measure" | "value">, edition = "2025-02"): Observation {
  seq++;
  return {
    segment: "",
    period: edition,
    basis: "actual",
    unit: p.measure === "output" || p.measure.endsWith("_chg") ? "mt" : "%",
    hedge: "exact",
    direction: p.value > 0 ? "up" : p.value < 0 ? "down" : "flat",
    magnitude: "none",
    provenance: { edition, section: "Test Section", sentence: `test sentence ${seq}`, start: seq, end: seq + 1 },
    ...p,
  } as Observation;
}

export function trend(p: Partial<TrendObservation> & Pick<TrendObservation, "product" | "direction">, edition = "2025-02"): TrendObservation {
  return {
    segment: "",
    period: edition,
    basis: "actual",
    magnitude: "none",
    provenance: { edition, section: "Test Section", sentence: "a trend sentence", start: 0, end: 1 },
    ...p,
  } as TrendObservation;
}

export function edition(id: string, observations: Observation[], trends: TrendObservation[] = [], sections: string[] = []): Edition {
  return { id, source: `unit-${id}`, sections, observations, trends, issues: [] };
}

/** A dataset built from report texts (each with its own parse options). */
export function datasetFromTexts(...texts: [string, ParseReportOptions?][]): { ds: Dataset; results: ParseResult[] } {
  const ds = new Dataset();
  const results: ParseResult[] = [];
  for (const [t, o] of texts) {
    const r = parseReport(t, { ...(o ?? {}), catalog: ds.catalog });
    results.push(r);
    if (r.edition) ds.addEdition(r.edition);
  }
  return { ds, results };
}

export function ev(ds: Dataset, formula: string): QueryResult {
  return evaluateFormula(ds, formula);
}

/** The value of a formula, or a string "#ERR message" (keeps failing expectations readable). */
export function val(ds: Dataset, formula: string): unknown {
  const r = evaluateFormula(ds, formula);
  return r.ok ? r.value : `${r.error} ${r.message}`;
}

/** Parses one text and returns its edition (throws in the test when there is none). */
export function parseOne(text: string, options: ParseReportOptions = {}): Edition {
  const r = parseReport(text, options);
  if (!r.edition) throw new Error(`no edition: ${r.issues.map((i) => `${i.code}: ${i.message}`).join("; ")}`);
  return r.edition;
}

export function find(e: Edition, product: string, measure: string, extra: Partial<Observation> = {}): Observation[] {
  return e.observations.filter(
    (o) => o.product === product && o.measure === measure && Object.entries(extra).every(([k, v]) => (o as unknown as Record<string, unknown>)[k] === v),
  );
}

export const close = (a: number, b: number, rel = 1e-9): boolean => Math.abs(a - b) <= rel * Math.max(1, Math.abs(b));
