import { percentileOfSorted } from '../../aggregator/percentile.ts';

/** p50 and p90 of a sample, nearest-rank: the same definition the aggregator stores in profiles. */
export interface Percentiles {
  p50: number;
  p90: number;
}

/** The nearest-rank p50/p90 of `values` (any order); null for an empty sample. */
export function percentiles(values: readonly number[]): Percentiles | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentileOfSorted(sorted, 50), p90: percentileOfSorted(sorted, 90) };
}
