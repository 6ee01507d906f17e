/**
 * How figures look: labels of measures, Excel number formats, preview text. Pure.
 */
import { formatPeriodLong } from "../../core/periods";
import type { Hedge, Measure } from "../../core/types";

/** Measures stored as fractions (percentages and percentage points). */
export const FRACTION_MEASURES: ReadonlySet<Measure> = new Set<Measure>(["mom", "yoy", "ytd_yoy", "operating_rate", "operating_rate_mom", "operating_rate_yoy"]);

export const PERCENT_FORMAT = "0.00%";
export const TONNES_FORMAT = "#,##0";
export const TEXT_FORMAT = "@";

export const MEASURE_LABELS: Record<Measure, string> = {
  mom: "MoM %",
  yoy: "YoY %",
  mom_chg: "MoM change (mt)",
  yoy_chg: "YoY change (mt)",
  output: "Output (mt)",
  ytd_output: "YTD output (mt)",
  ytd_yoy: "YTD YoY %",
  ytd_yoy_chg: "YTD YoY change (mt)",
  operating_rate: "Operating rate",
  operating_rate_mom: "Operating rate MoM (pp)",
  operating_rate_yoy: "Operating rate YoY (pp)",
  capacity: "Capacity (mt/year)",
  operating_capacity: "Operating capacity (mt/year)",
  vs_expected_chg: "Vs expected (mt)",
};

export const measureFormat = (m: Measure): string => (FRACTION_MEASURES.has(m) ? PERCENT_FORMAT : TONNES_FORMAT);

export function formatFigure(value: number, m: Measure): string {
  if (!Number.isFinite(value)) return "";
  if (FRACTION_MEASURES.has(m)) {
    const pct = value * 100;
    const text = (Math.round(pct * 100) / 100).toFixed(2).replace(/\.?0+$/, "") || "0";
    return m === "operating_rate_mom" || m === "operating_rate_yoy" ? `${text} pp` : `${text}%`;
  }
  return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

export const periodLabel = (p: string): string => formatPeriodLong(p);

export const HEDGE_TEXT: Record<Hedge, string> = {
  exact: "stated exactly",
  approx: 'approximate ("approximately", "around")',
  over: 'a lower bound ("over", "more than")',
  under: 'an upper bound ("below", "less than")',
};

export const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** Text a cell can take without Excel reading it as a formula. */
export function safeText(s: string): string {
  return /^[=+\-@]/.test(s) ? `'${s}` : s;
}
