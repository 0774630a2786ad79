import type { Interval } from './interval.ts';
import type { SampleSummary } from './sample-summary.ts';
import { studentTQuantile } from './student-t.ts';

/** A mean with its 95 % t interval; null interval below two observations. */
export interface MeanEstimate {
  n: number;
  mean: number | null;
  sd: number | null;
  interval: Interval | null;
}

/**
 * The sample mean with its 95 % Student t interval: mean ± t(0.975, n − 1)·s/√n.
 * @example meanInterval(summarizeSample([2, 4, 4, 4, 5, 5, 7, 9])) // mean 5, ≈ [3.21, 6.79]
 */
export function meanInterval(sample: SampleSummary): MeanEstimate {
  if (sample.n === 0) return { n: 0, mean: null, sd: null, interval: null };
  const sd = Math.sqrt(sample.variance);
  if (sample.n < 2) return { n: sample.n, mean: sample.mean, sd: null, interval: null };
  const half = studentTQuantile(0.975, sample.n - 1) * (sd / Math.sqrt(sample.n));
  return { n: sample.n, mean: sample.mean, sd, interval: { low: sample.mean - half, high: sample.mean + half } };
}
