/**
 * One table of measures: what each measure is called and the one Excel number format it gets
 * everywhere (the task pane's previews, Explore's tables, the Formula tab, Trace and the
 * templates), and `formatNumber`, which shows a number as Excel does with such a format. Pure.
 *
 * Values are fractions for percentages and for changes of a rate (percentage points: 0.012 is
 * +1.20 points); Excel can only scale by 100 with "%", so both show as "%" (signed for changes).
 */
import type { Measure } from "./types";

export const NUMBER_FORMATS = {
  pct: "0.00%",
  pctSigned: "+0.00%;-0.00%;0.00%",
  tonnes: "#,##0",
  tonnesSigned: "+#,##0;-#,##0;0",
  count: "0",
} as const;

export type MeasureUnit = "percent" | "points" | "tonnes";

export interface MeasureInfo {
  measure: Measure;
  /** Column header (Explore, linked tables). */
  label: string;
  unit: MeasureUnit;
  /** The Excel number format of its values. */
  format: string;
  /** A level (output, a rate, capacity), not a change: a figure of it states no direction. */
  level: boolean;
}

const F = NUMBER_FORMATS;

export const MEASURE_INFO: Readonly<Record<Measure, MeasureInfo>> = {
  mom: { measure: "mom", label: "MoM %", unit: "percent", format: F.pctSigned, level: false },
  yoy: { measure: "yoy", label: "YoY %", unit: "percent", format: F.pctSigned, level: false },
  mom_chg: { measure: "mom_chg", label: "MoM change (mt)", unit: "tonnes", format: F.tonnesSigned, level: false },
  yoy_chg: { measure: "yoy_chg", label: "YoY change (mt)", unit: "tonnes", format: F.tonnesSigned, level: false },
  output: { measure: "output", label: "Output (mt)", unit: "tonnes", format: F.tonnes, level: true },
  ytd_output: { measure: "ytd_output", label: "YTD output (mt)", unit: "tonnes", format: F.tonnes, level: true },
  ytd_yoy: { measure: "ytd_yoy", label: "YTD YoY %", unit: "percent", format: F.pctSigned, level: false },
  ytd_yoy_chg: { measure: "ytd_yoy_chg", label: "YTD YoY change (mt)", unit: "tonnes", format: F.tonnesSigned, level: false },
  operating_rate: { measure: "operating_rate", label: "Operating rate %", unit: "percent", format: F.pct, level: true },
  operating_rate_mom: { measure: "operating_rate_mom", label: "Operating rate MoM change %", unit: "points", format: F.pctSigned, level: false },
  operating_rate_yoy: { measure: "operating_rate_yoy", label: "Operating rate YoY change %", unit: "points", format: F.pctSigned, level: false },
  capacity: { measure: "capacity", label: "Capacity (mt/year)", unit: "tonnes", format: F.tonnes, level: true },
  operating_capacity: { measure: "operating_capacity", label: "Operating capacity (mt/year)", unit: "tonnes", format: F.tonnes, level: true },
  vs_expected_chg: { measure: "vs_expected_chg", label: "Vs expected (mt)", unit: "tonnes", format: F.tonnesSigned, level: false },
};

/** The Excel number format of a measure. */
export const measureFormat = (m: Measure): string => MEASURE_INFO[m].format;

/**
 * A number as Excel shows it with a format such as "0.00%", "+0.00%;-0.00%;0.00%", "#,##0",
 * "+#,##0;-#,##0;0" or "0" (other formats: the number rounded to 4 decimals).
 */
export function formatNumber(v: number, numFmt?: string): string {
  if (!Number.isFinite(v)) return "";
  const sections = (numFmt ?? "General").split(";");
  let x = v;
  let fmt = sections[0] ?? "General";
  if (v < 0 && sections[1] !== undefined) {
    fmt = sections[1];
    x = -v; // the negative section shows the absolute value, with its own sign
  } else if (v === 0 && sections[2] !== undefined) fmt = sections[2];
  const prefix = /^[+-]/.test(fmt) ? fmt.charAt(0) : "";
  const body = fmt.replace(/^[+-]/, "");
  const decimals = /\.(0+)/.exec(body)?.[1]?.length ?? 0;
  if (body.includes("%")) return prefix + (x * 100).toFixed(decimals) + "%";
  if (/#,##0|^0(\.0+)?$/.test(body))
    return prefix + x.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: body.includes(",") });
  return String(Math.round(v * 1e4) / 1e4);
}

/** A figure of a measure as the sheet shows it ("+4.38%", "1,058,099", "82.81%"). */
export const formatMeasure = (v: number, m: Measure): string => formatNumber(v, measureFormat(m));
