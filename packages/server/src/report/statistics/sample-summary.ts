/** Count, mean and unbiased variance of a sample: all the t tests need. */
export interface SampleSummary {
  n: number;
  mean: number;
  /** Sample variance with n − 1 in the denominator; 0 when n < 2. */
  variance: number;
}

/**
 * Summarizes a sample in one pass with Welford's update, which stays accurate where the
 * textbook Σx² − n·mean² cancels catastrophically (large values, small spread).
 */
export function summarizeSample(values: Iterable<number>): SampleSummary {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  for (const value of values) {
    n += 1;
    const delta = value - mean;
    mean += delta / n;
    m2 += delta * (value - mean);
  }
  return { n, mean: n === 0 ? 0 : mean, variance: n < 2 ? 0 : m2 / (n - 1) };
}
