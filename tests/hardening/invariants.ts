/**
 * What must hold for every parseReport result, whatever the input: it returned (never threw), no
 * internal error was swallowed, every number is finite, every observation and trend has a
 * provenance that points into the text, and the edition survives the dataset file's validating
 * reader unchanged (what the add-in persists and reloads).
 */
import { readDatasetFile, toDatasetFile } from "../../src/core/store";
import type { Observation, ParseResult, TrendObservation } from "../../src/core/types";
import { MEASURES } from "../../src/core/types";

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** The message parseReport gives when it caught an exception of its own. */
export const INTERNAL_ERROR = /parser stopped on an unexpected input/;

function provenanceProblems(kind: string, i: number, x: Observation | TrendObservation, editionId: string, textLength: number): string[] {
  const out: string[] = [];
  const p = x.provenance as unknown;
  if (typeof p !== "object" || p === null) return [`${kind} ${i}: no provenance`];
  const pv = x.provenance;
  if (pv.edition !== editionId) out.push(`${kind} ${i}: provenance.edition ${JSON.stringify(pv.edition)} is not the edition ${editionId}`);
  if (typeof pv.sentence !== "string" || pv.sentence.trim() === "") out.push(`${kind} ${i}: provenance has no sentence`);
  if (typeof pv.section !== "string") out.push(`${kind} ${i}: provenance.section is not text`);
  if (!Number.isInteger(pv.start) || !Number.isInteger(pv.end)) out.push(`${kind} ${i}: provenance offsets ${pv.start}..${pv.end} are not integers`);
  else if (pv.start < 0 || pv.end < pv.start || pv.end > textLength)
    out.push(`${kind} ${i}: provenance offsets ${pv.start}..${pv.end} are outside the text (0..${textLength})`);
  return out;
}

/** Every violation of the invariants (empty when the result is sound). */
export function parseProblems(input: string, r: ParseResult): string[] {
  const out: string[] = [];
  if (typeof r !== "object" || r === null) return ["parseReport returned no result"];
  if (!Array.isArray(r.issues)) out.push("issues is not an array");
  for (const is of r.issues ?? []) {
    if (typeof is.code !== "string" || typeof is.message !== "string") out.push(`malformed issue ${JSON.stringify(is).slice(0, 200)}`);
    if (INTERNAL_ERROR.test(is.message)) out.push(`internal error swallowed: ${is.message}`);
    for (const k of ["start", "end"] as const) if (is[k] !== undefined && !Number.isFinite(is[k])) out.push(`issue ${is.code} has ${k} ${is[k]}`);
  }
  const e = r.edition;
  if (!e) return out;
  if (!PERIOD.test(e.id) || r.editionId !== e.id) out.push(`edition id ${JSON.stringify(e.id)} / editionId ${JSON.stringify(r.editionId)}`);
  e.observations.forEach((o, i) => {
    if (!SLUG.test(o.product)) out.push(`observation ${i}: product id ${JSON.stringify(o.product)} is not a slug`);
    if (!PERIOD.test(o.period)) out.push(`observation ${i}: period ${JSON.stringify(o.period)}`);
    if (o.basis !== "actual" && o.basis !== "forecast") out.push(`observation ${i}: basis ${JSON.stringify(o.basis)}`);
    if (!(MEASURES as readonly string[]).includes(o.measure)) out.push(`observation ${i}: measure ${JSON.stringify(o.measure)}`);
    if (typeof o.value !== "number" || !Number.isFinite(o.value))
      out.push(`observation ${i}: value ${o.value} (${o.product} ${o.measure} ${o.period}) is not a finite number`);
    out.push(...provenanceProblems("observation", i, o, e.id, input.length));
  });
  e.trends.forEach((t, i) => {
    if (!SLUG.test(t.product)) out.push(`trend ${i}: product id ${JSON.stringify(t.product)} is not a slug`);
    if (!PERIOD.test(t.period)) out.push(`trend ${i}: period ${JSON.stringify(t.period)}`);
    if (!["up", "down", "flat"].includes(t.direction)) out.push(`trend ${i}: direction ${JSON.stringify(t.direction)}`);
    out.push(...provenanceProblems("trend", i, t, e.id, input.length));
  });
  // what the add-in saves must load back whole
  const back = readDatasetFile(JSON.stringify(toDatasetFile([e])));
  if (back.issues.length)
    out.push(
      `the edition does not survive save + load: ${back.issues
        .map((i) => i.message)
        .slice(0, 3)
        .join("; ")}`,
    );
  else if (back.editions[0]?.observations.length !== e.observations.length || back.editions[0]?.trends.length !== e.trends.length)
    out.push("save + load changed the number of figures");
  return out;
}
