/** A two-sided 95 % confidence interval. */
export interface Interval {
  low: number;
  high: number;
}

/** True when the interval lies wholly on one side of zero: the effect's sign is established. */
export function excludesZero(interval: Interval): boolean {
  return interval.low > 0 || interval.high < 0;
}
