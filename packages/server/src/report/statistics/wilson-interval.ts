import type { Interval } from './interval.ts';
import { Z_95 } from './normal-distribution.ts';

/** A proportion with its Wilson 95 % interval; null value and interval when there are no trials. */
export interface ProportionEstimate {
  successes: number;
  trials: number;
  value: number | null;
  interval: Interval | null;
}

/**
 * The Wilson score interval for successes/trials. Unlike the normal ("Wald") interval it stays
 * inside [0, 1] and keeps its coverage at small n and near 0 or 1, where success ratios live.
 * @example wilsonInterval(8, 10) // value 0.8, interval ≈ [0.490, 0.943]
 */
export function wilsonInterval(successes: number, trials: number, z: number = Z_95): ProportionEstimate {
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || successes < 0 || trials < 0 || successes > trials) {
    throw new RangeError(`wilsonInterval: need integers 0 ≤ successes ≤ trials, got ${successes}/${trials}`);
  }
  if (trials === 0) return { successes, trials, value: null, interval: null };
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const center = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return {
    successes,
    trials,
    value: p,
    interval: { low: Math.max(0, center - half), high: Math.min(1, center + half) },
  };
}
