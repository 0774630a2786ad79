import type { Interval } from './interval.ts';
import type { SampleSummary } from './sample-summary.ts';
import { studentTQuantile, studentTTwoSidedP } from './student-t.ts';

/** mean_treatment − mean_control with Welch's 95 % interval and t-test. */
export interface MeanDifference {
  difference: number;
  interval: Interval;
  t: number;
  /** Welch–Satterthwaite degrees of freedom (fractional). */
  df: number;
  pValue: number;
}

/**
 * Welch's unequal-variance t-test: se² = s₁²/n₁ + s₂²/n₂,
 * df = se⁴ / ((s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1)). Arms of an experiment rarely share a
 * variance (a profile removes the big edits), so Student's pooled test would be wrong here.
 * Null when either group has fewer than two observations.
 */
export function meanDifference(treatment: SampleSummary, control: SampleSummary): MeanDifference | null {
  if (treatment.n < 2 || control.n < 2) return null;
  const difference = treatment.mean - control.mean;
  const v1 = treatment.variance / treatment.n;
  const v2 = control.variance / control.n;
  const se2 = v1 + v2;
  if (se2 === 0) {
    // Both samples constant: the difference is exact.
    return {
      difference,
      interval: { low: difference, high: difference },
      t: difference === 0 ? 0 : Math.sign(difference) * Infinity,
      df: treatment.n + control.n - 2,
      pValue: difference === 0 ? 1 : 0,
    };
  }
  const se = Math.sqrt(se2);
  const df = (se2 * se2) / ((v1 * v1) / (treatment.n - 1) + (v2 * v2) / (control.n - 1));
  const t = difference / se;
  const half = studentTQuantile(0.975, df) * se;
  return {
    difference,
    interval: { low: difference - half, high: difference + half },
    t,
    df,
    pValue: studentTTwoSidedP(t, df),
  };
}
