import { chiSquareSf } from './chi-square.ts';

/** Below this p-value the arm counts are called a sample ratio mismatch (the usual industry bar). */
export const SRM_ALPHA = 0.001;

export interface SampleRatioCheck {
  observed: Record<string, number>;
  expected: Record<string, number>;
  chiSquare: number;
  df: number;
  pValue: number;
  /** Arms seen in the data that the configuration does not have. */
  unexpectedArms: string[];
  /** p < SRM_ALPHA, or units landed in an arm that should not exist: the split is broken. */
  mismatch: boolean;
}

/**
 * Chi-square goodness of fit of observed arm counts against the configured weights. A mismatch
 * means assignment or logging is broken (bots in one arm, a crash that drops one arm's events),
 * and every comparison between the arms is then untrustworthy however small its p-value.
 * Null when nothing was observed or fewer than two arms have weight.
 * @example sampleRatioMismatch({ a: 5000, b: 4000 }, { a: 50, b: 50 }).mismatch // true
 */
export function sampleRatioMismatch(
  observed: Readonly<Record<string, number>>,
  weights: Readonly<Record<string, number>>,
): SampleRatioCheck | null {
  const arms = Object.keys(weights).filter((arm) => (weights[arm] ?? 0) > 0);
  const weightTotal = arms.reduce((sum, arm) => sum + weights[arm]!, 0);
  const unexpectedArms = Object.keys(observed).filter((arm) => !arms.includes(arm) && (observed[arm] ?? 0) > 0);
  const total = arms.reduce((sum, arm) => sum + (observed[arm] ?? 0), 0);
  if (arms.length < 2 || total === 0) return null;
  let chiSquare = 0;
  const expected: Record<string, number> = {};
  const counts: Record<string, number> = {};
  for (const arm of arms) {
    const e = (total * weights[arm]!) / weightTotal;
    const o = observed[arm] ?? 0;
    expected[arm] = e;
    counts[arm] = o;
    chiSquare += ((o - e) * (o - e)) / e;
  }
  for (const arm of unexpectedArms) counts[arm] = observed[arm]!;
  const df = arms.length - 1;
  const pValue = chiSquareSf(chiSquare, df);
  return {
    observed: counts,
    expected,
    chiSquare,
    df,
    pValue,
    unexpectedArms,
    mismatch: pValue < SRM_ALPHA || unexpectedArms.length > 0,
  };
}
