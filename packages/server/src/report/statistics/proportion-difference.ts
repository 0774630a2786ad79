import type { Interval } from './interval.ts';
import { normalTwoSidedP, Z_95 } from './normal-distribution.ts';

/** Successes out of trials in one group. */
export interface ProportionCounts {
  successes: number;
  trials: number;
}

/** p_treatment − p_control with its 95 % interval and the two-proportion z-test. */
export interface ProportionDifference {
  difference: number;
  interval: Interval;
  z: number;
  pValue: number;
}

/**
 * The difference of two proportions. The test uses the pooled standard error (the null
 * hypothesis says both proportions are equal); the interval uses the unpooled one (it describes
 * the difference as estimated, equal or not). Null when either group has no trials.
 */
export function proportionDifference(
  treatment: ProportionCounts,
  control: ProportionCounts,
): ProportionDifference | null {
  if (treatment.trials === 0 || control.trials === 0) return null;
  const p1 = treatment.successes / treatment.trials;
  const p2 = control.successes / control.trials;
  const difference = p1 - p2;
  const pooled = (treatment.successes + control.successes) / (treatment.trials + control.trials);
  const pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / treatment.trials + 1 / control.trials));
  // All successes or all failures in both groups: no variation, so no evidence of a difference.
  const z = pooledSe === 0 ? 0 : difference / pooledSe;
  const se = Math.sqrt((p1 * (1 - p1)) / treatment.trials + (p2 * (1 - p2)) / control.trials);
  return {
    difference,
    interval: { low: difference - Z_95 * se, high: difference + Z_95 * se },
    z,
    pValue: normalTwoSidedP(z),
  };
}
