import { describe, expect, it } from 'vitest';
import { mixtureSequentialInterval } from './confidence-sequence.ts';
import { Z_95 } from './normal-distribution.ts';

describe('mixtureSequentialInterval', () => {
  it('matches the hand-worked example', () => {
    // V = 0.02² = 0.0004, τ² = 0.0025, V + τ² = 0.0029
    // half² = V(V+τ²)/τ²·(2 ln 20 + ln(0.0029/0.0004)) = 0.000464·(5.991465 + 1.981001) = 0.00369922 → half 0.0608212
    // ln Λ = ½ ln(0.0004/0.0029) + τ²Δ²/(2V(V+τ²)) = −0.9905007 + 2.6939655 = 1.7034648 → p = 1/Λ = 0.1820517
    const sequential = mixtureSequentialInterval(0.05, 0.02, 0.05);
    expect(sequential.interval.low).toBeCloseTo(0.05 - 0.0608212, 6);
    expect(sequential.interval.high).toBeCloseTo(0.05 + 0.0608212, 6);
    expect(sequential.pValue).toBeCloseTo(0.1820517, 6);
  });

  it('is wider than the fixed-horizon interval, and excludes 0 exactly when its p-value is below α', () => {
    for (const [difference, se] of [
      [0.05, 0.02],
      [0.1, 0.02],
      [-0.08, 0.015],
      [0.001, 0.0001],
    ] as const) {
      const sequential = mixtureSequentialInterval(difference, se, 0.05);
      expect(sequential.interval.high - difference).toBeGreaterThan(Z_95 * se);
      expect(sequential.interval.low > 0 || sequential.interval.high < 0).toBe(sequential.pValue < 0.05);
    }
  });

  it('refuses a non-positive mixture sd', () => {
    expect(() => mixtureSequentialInterval(0, 0.1, 0)).toThrow(RangeError);
  });
});
