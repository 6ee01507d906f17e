/**
 * Plausible ranges per measure: a value outside is not a figure (the contract's "impossible
 * figure"), whatever the grammar read. Values are in stored units (fractions, mt).
 */
import { EARLY_MONTHLY_OUTPUT, TYPICAL_MONTHLY_OUTPUT } from "./catalog";
import type { Measure } from "./types";

/** [min, max] inclusive, in stored units. */
export const PLAUSIBLE: Record<Measure, [number, number]> = {
  mom: [-0.99, 20],
  yoy: [-0.99, 50],
  ytd_yoy: [-0.99, 50],
  mom_chg: [-2e8, 2e8],
  yoy_chg: [-2e8, 2e8],
  ytd_yoy_chg: [-2e9, 2e9],
  vs_expected_chg: [-2e8, 2e8],
  output: [1e-3, 2e8],
  ytd_output: [1e-3, 2.5e9],
  operating_rate: [0.001, 1],
  operating_rate_mom: [-1, 1],
  operating_rate_yoy: [-1, 1],
  capacity: [1e-3, 3e9],
  operating_capacity: [1e-3, 3e9],
};

/** Why a value cannot be the measure, or null when it can. `unitClass` is the unit the text printed. */
export function implausible(measure: Measure, value: number, unitClass = ""): string | null {
  if (!Number.isFinite(value)) return "not a finite number";
  if (measure === "operating_rate" && unitClass === "pp") return "an operating-rate level printed in percentage points (a change, not a level)";
  const [lo, hi] = PLAUSIBLE[measure];
  if (value < lo || value > hi) {
    if (measure === "operating_rate") return `an operating rate of ${(value * 100).toFixed(1)}% is outside 0-100%`;
    if (measure === "mom" || measure === "yoy" || measure === "ytd_yoy")
      return value < lo ? "a fall of 100% or more" : `a change of ${(value * 100).toFixed(0)}% is not plausible`;
    return `${value} is outside the plausible range for ${measure} (${lo} to ${hi})`;
  }
  return null;
}

/** How far a figure may be from its product's typical monthly output (catalog.ts's TYPICAL_MONTHLY_OUTPUT) and still be its. */
export const SIZE_FACTOR = 25;

/**
 * Why a value cannot be a figure of a product whose typical monthly output is `typical`, or null.
 * Output and its forecast, year to date (up to twelve months) and capacity (a year's) must be within
 * SIZE_FACTOR of it; a change in tonnes may not exceed ten months' output. A part (a segment) may be
 * as small as it likes, never larger than the bound. The lower bound is taken from `smallest`, a product's early
 * output when it grew many times over (catalog.ts's EARLY_MONTHLY_OUTPUT).
 */
export function implausibleForSize(measure: Measure, value: number, typical: number, part: boolean, smallest = typical): string | null {
  const span: Partial<Record<Measure, [number, number]>> = {
    output: [typical, typical],
    ytd_output: [typical, 12 * typical],
    capacity: [12 * typical, 12 * typical],
    operating_capacity: [12 * typical, 12 * typical],
    mom_chg: [0, 10 * typical],
    yoy_chg: [0, 10 * typical],
    ytd_yoy_chg: [0, 120 * typical],
    vs_expected_chg: [0, 10 * typical],
  };
  const s = span[measure];
  if (!s) return null;
  const v = Math.abs(value);
  const lo = part || s[0] === 0 ? 0 : (s[0] * (smallest / typical)) / SIZE_FACTOR;
  const hi = s[1] * (s[0] === 0 ? 1 : SIZE_FACTOR);
  if (v < lo) return `${value} is far below what the product makes in a month (about ${typical.toLocaleString("en-US")})`;
  if (v > hi) return `${value} is far above what the product makes in a month (about ${typical.toLocaleString("en-US")})`;
  return null;
}

/**
 * Why a value cannot be the figure of a product's part (`segment`, "" for the whole), by the
 * product's size (catalog.ts's TYPICAL_MONTHLY_OUTPUT), or null; products without a size pass. A part
 * is only bounded above; metal or physical content is the whole, the physical tonnage about ten times
 * the metal content the size is given in.
 */
export function implausibleForProduct(product: string, segment: string, measure: Measure, value: number): string | null {
  const typical = TYPICAL_MONTHLY_OUTPUT[product];
  if (typical === undefined) return null;
  const physical = segment === "physical-content" ? 10 : 1;
  return implausibleForSize(
    measure,
    value,
    physical * typical,
    segment !== "" && !segment.endsWith("-content"),
    physical * (EARLY_MONTHLY_OUTPUT[product] ?? typical),
  );
}
