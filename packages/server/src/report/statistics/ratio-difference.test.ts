import { describe, expect, it } from 'vitest';
import { ratioDifference } from './ratio-difference.ts';
import { studentTQuantile } from './student-t.ts';

const unit = (numerator: number, denominator: number) => ({ numerator, denominator });

// Treatment installs (Y, N): (1, 2), (2, 2), (0, 1), (3, 5); control: (1, 4), (0, 2), (1, 2).
const TREATMENT = [unit(1, 2), unit(2, 2), unit(0, 1), unit(3, 5)];
const CONTROL = [unit(1, 4), unit(0, 2), unit(1, 2)];

describe('ratioDifference', () => {
  it('matches the hand-worked example', () => {
    // Control: R = 2/8 = 0.25; residuals 0, −0.5, 0.5 → Σ² = 0.5; Var = 3/2·0.5/64 = 0.01171875
    // Difference 0.35, se = √(0.0138667 + 0.0117188) = 0.1599544
    // Welch df = 0.0255854² / (0.0138667²/3 + 0.0117188²/2) = 4.930828
    const difference = ratioDifference(TREATMENT, CONTROL)!;
    expect(difference.difference).toBeCloseTo(0.35, 12);
    expect(difference.standardError).toBeCloseTo(0.1599544, 6);
    expect(difference.df).toBeCloseTo(4.930828, 5);
    const half = studentTQuantile(0.975, 4.930828) * 0.1599544;
    expect(difference.interval.low).toBeCloseTo(0.35 - half, 5);
    expect(difference.installs).toEqual({ treatment: 4, control: 3 });
    expect(difference.pValue).toBeGreaterThan(0.05);
  });

  it('is null when an arm has fewer than two installs', () => {
    expect(ratioDifference(TREATMENT, [unit(1, 2)])).toBeNull();
  });
});
