import type { Interval } from './interval.ts';
import { linearizeRatio, ratioVariance, type LinearizedRatio, type UnitTotals } from './ratio-estimate.ts';
import { studentTQuantile, studentTTwoSidedP } from './student-t.ts';

/** R_treatment − R_control at the install level, with its 95 % interval and test. */
export interface RatioDifference {
  difference: number;
  standardError: number;
  interval: Interval;
  /** Welch–Satterthwaite degrees of freedom over installs. */
  df: number;
  pValue: number;
  installs: { treatment: number; control: number };
}

/**
 * The difference of two ratio metrics whose installs were randomized into two arms: each arm's
 * delta-method variance (installs as the independent units), combined as in Welch's test. Null
 * when either arm has fewer than two installs with a denominator.
 */
export function ratioDifference(
  treatment: Iterable<UnitTotals>,
  control: Iterable<UnitTotals>,
): RatioDifference | null {
  const t = linearizeRatio(treatment);
  const c = linearizeRatio(control);
  if (!t || !c) return null;
  const vt = ratioVariance(t);
  const vc = ratioVariance(c);
  if (vt === null || vc === null) return null;
  return differenceOf(t, c, vt, vc);
}

/**
 * A difference with Welch's interval from the two arms' variances of their estimates. Shared by
 * the plain and the CUPED-adjusted difference, which differ only in those variances.
 */
export function differenceOf(
  treatment: Pick<LinearizedRatio, 'value' | 'installs'>,
  control: Pick<LinearizedRatio, 'value' | 'installs'>,
  vt: number,
  vc: number,
): RatioDifference {
  const difference = treatment.value - control.value;
  const installs = { treatment: treatment.installs, control: control.installs };
  const variance = vt + vc;
  if (variance === 0) {
    // Every install of both arms has the same ratio: the difference is exact.
    return {
      difference,
      standardError: 0,
      interval: { low: difference, high: difference },
      df: treatment.installs + control.installs - 2,
      pValue: difference === 0 ? 1 : 0,
      installs,
    };
  }
  const standardError = Math.sqrt(variance);
  const df = (variance * variance) / ((vt * vt) / (treatment.installs - 1) + (vc * vc) / (control.installs - 1));
  const half = studentTQuantile(0.975, df) * standardError;
  return {
    difference,
    standardError,
    interval: { low: difference - half, high: difference + half },
    df,
    pValue: studentTTwoSidedP(difference / standardError, df),
    installs,
  };
}
