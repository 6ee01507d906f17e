/**
 * Plausible ranges per measure: a value outside is not a figure (the contract's "impossible
 * figure"), whatever the grammar read. Values are in stored units (fractions, mt).
 */
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
