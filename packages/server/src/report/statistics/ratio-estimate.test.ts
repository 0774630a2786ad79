import { describe, expect, it } from 'vitest';
import { ratioEstimate } from './ratio-estimate.ts';

const unit = (numerator: number, denominator: number) => ({ numerator, denominator });

// Treatment installs (Y, N): (1, 2), (2, 2), (0, 1), (3, 5).
const TREATMENT = [unit(1, 2), unit(2, 2), unit(0, 1), unit(3, 5)];

describe('ratioEstimate (delta method over installs)', () => {
  it('matches the hand-worked example', () => {
    // R = 6/10 = 0.6; Yᵢ − R·Nᵢ = −0.2, 0.8, −0.6, 0 → Σ² = 1.04
    // Var = n/(n−1)·Σ²/(ΣN)² = 4/3·1.04/100 = 0.0138667, se = 0.1177568; t(0.975, 3) = 3.182446 → ±0.3747561
    const estimate = ratioEstimate(TREATMENT);
    expect(estimate.value).toBeCloseTo(0.6, 12);
    expect(estimate.installs).toBe(4);
    expect(estimate.standardError).toBeCloseTo(0.1177568, 6);
    expect(estimate.interval!.low).toBeCloseTo(0.6 - 0.3747561, 5);
    expect(estimate.interval!.high).toBeCloseTo(0.6 + 0.3747561, 5);
  });

  it('drops installs without a denominator and needs two installs for an interval', () => {
    expect(ratioEstimate([unit(0, 0), ...TREATMENT]).installs).toBe(4);
    expect(ratioEstimate([unit(3, 4)])).toEqual({ value: 0.75, installs: 1, standardError: null, interval: null });
    expect(ratioEstimate([unit(0, 0)])).toEqual({ value: null, installs: 0, standardError: null, interval: null });
  });

  it('is wider than the run-level interval when installs differ, and equal to it in spirit when each install made one run', () => {
    // 10 installs of 10 runs: 5 succeed always, 5 never. Runs look like 100 coin flips; installs are 10.
    const clustered = [
      ...Array.from({ length: 5 }, () => unit(10, 10)),
      ...Array.from({ length: 5 }, () => unit(0, 10)),
    ];
    const installLevel = ratioEstimate(clustered);
    const runLevelSe = Math.sqrt((0.5 * 0.5) / 100);
    expect(installLevel.standardError!).toBeGreaterThan(3 * runLevelSe);
    // One run per install: Var = n/(n−1)·Σ(y−p)²/n² = p(1−p)/(n−1), the binomial variance up to n/(n−1).
    const single = ratioEstimate([
      ...Array.from({ length: 50 }, () => unit(1, 1)),
      ...Array.from({ length: 50 }, () => unit(0, 1)),
    ]);
    expect(single.standardError!).toBeCloseTo(Math.sqrt(0.25 / 99), 12);
  });
});
