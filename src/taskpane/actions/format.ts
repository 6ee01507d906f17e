/**
 * How figures look: labels of measures, Excel number formats, preview text. Pure.
 */
import { formatPeriodLong } from "../../core/periods";
import { formatMeasure, MEASURE_INFO, measureFormat, NUMBER_FORMATS } from "../../core/measures";
import type { Hedge, Measure } from "../../core/types";
import { MEASURES } from "../../core/types";
import { cellText } from "../../core/grid";

/** Measures stored as fractions (percentages and percentage points). */
export const FRACTION_MEASURES: ReadonlySet<Measure> = new Set<Measure>(MEASURES.filter((m) => MEASURE_INFO[m].unit !== "tonnes"));

export const PERCENT_FORMAT = NUMBER_FORMATS.pct;
export const TONNES_FORMAT = NUMBER_FORMATS.tonnes;
export const TEXT_FORMAT = "@";

/** Column headers, from the core's table of measures. */
export const MEASURE_LABELS: Record<Measure, string> = Object.fromEntries(MEASURES.map((m) => [m, MEASURE_INFO[m].label])) as Record<Measure, string>;

export { measureFormat };

/** A figure as the sheet shows it: the measure's one number format (core/measures.ts). */
export function formatFigure(value: number, m: Measure): string {
  return formatMeasure(value, m);
}

export const periodLabel = (p: string): string => formatPeriodLong(p);

export const HEDGE_TEXT: Record<Hedge, string> = {
  exact: "stated exactly",
  approx: 'approximate ("approximately", "around")',
  over: 'a lower bound ("over", "more than")',
  under: 'an upper bound ("below", "less than")',
};

export const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** Text a text-formatted ("@") cell can take without Excel reading it as a formula (the one rule: core/grid.ts cellText). */
export const safeText = (s: string): string => cellText(s, TEXT_FORMAT);
