import { describe, expect, it } from 'vitest';
import { cupedRatioDifference } from './cuped-adjustment.ts';

const unit = (numerator: number, denominator: number) => ({ numerator, denominator });

// Treatment installs (Y, N): (1, 2), (2, 2), (0, 1), (3, 5); control: (1, 4), (0, 2), (1, 2).
const TREATMENT = [unit(1, 2), unit(2, 2), unit(0, 1), unit(3, 5)];
const CONTROL = [unit(1, 4), unit(0, 2), unit(1, 2)];

describe('cupedRatioDifference', () => {
  it('matches the hand-worked example', () => {
    // Treatment window (1, 2), (2, 2): R_Y = 0.75, N̄ = 2, l_Y = −0.25, 0.25
    //           pre    (1, 2), (2, 2): R_X = 0.75, M̄ = 2, l_X = −0.25, 0.25
    // Control   window (0, 2), (1, 2): R_Y = 0.25, l_Y = −0.25, 0.25
    //           pre    (1, 2), (1, 2): R_X = 0.5,  l_X = 0, 0
    // θ = Σl_Y·l_X / Σl_X² = (0.0625 + 0.0625) / (0.0625 + 0.0625) = 1
    // Δ_adj = (0.75 − 0.25) − 1·(0.75 − 0.5) = 0.25
    // Var: treatment Σ(l_Y − l_X)² = 0 → 0; control 0.125/(2·1) = 0.0625 → se 0.25, df 1
    // Unadjusted variance 0.0625 + 0.0625 = 0.125 → reduction 1 − 0.0625/0.125 = 0.5
    const treatment = [
      { window: unit(1, 2), prePeriod: unit(1, 2) },
      { window: unit(2, 2), prePeriod: unit(2, 2) },
    ];
    const control = [
      { window: unit(0, 2), prePeriod: unit(1, 2) },
      { window: unit(1, 2), prePeriod: unit(1, 2) },
    ];
    const adjusted = cupedRatioDifference(treatment, control)!;
    expect(adjusted.theta).toBeCloseTo(1, 12);
    expect(adjusted.difference).toBeCloseTo(0.25, 12);
    expect(adjusted.standardError).toBeCloseTo(0.25, 12);
    expect(adjusted.df).toBeCloseTo(1, 12);
    expect(adjusted.varianceReduction).toBeCloseTo(0.5, 12);
    expect(adjusted.installsWithPrePeriod).toBe(4);
    expect(adjusted.interval.high).toBeCloseTo(0.25 + 12.7062047 * 0.25, 5);
  });

  it('leaves installs without a pre-period at their unadjusted contribution, and is null without any pre-period', () => {
    const none = { numerator: 0, denominator: 0 };
    const treatment = TREATMENT.map((window) => ({ window, prePeriod: none }));
    const control = CONTROL.map((window) => ({ window, prePeriod: none }));
    expect(cupedRatioDifference(treatment, control)).toBeNull();
    // One install with a pre-period in each arm: the rest keep l_X = 0.
    treatment[0] = { window: TREATMENT[0]!, prePeriod: unit(1, 2) };
    treatment[1] = { window: TREATMENT[1]!, prePeriod: unit(2, 2) };
    control[0] = { window: CONTROL[0]!, prePeriod: unit(1, 4) };
    control[1] = { window: CONTROL[1]!, prePeriod: unit(0, 2) };
    const adjusted = cupedRatioDifference(treatment, control)!;
    expect(adjusted.installsWithPrePeriod).toBe(4);
    expect(adjusted.installs).toEqual({ treatment: 4, control: 3 });
    expect(adjusted.varianceReduction).toBeGreaterThan(0);
  });
});
