import { describe, expect, it } from 'vitest';
import { sampleRatioMismatch, SRM_ALPHA } from './sample-ratio-mismatch.ts';

describe('sampleRatioMismatch', () => {
  it('flags 5000/4000 on a 50/50 split', () => {
    // expected 4500 each; χ² = 500²/4500 + 500²/4500 = 111.11; sf(111.11, 1) ≈ 5.6e-26
    const check = sampleRatioMismatch({ treatment: 5000, holdout: 4000 }, { treatment: 50, holdout: 50 })!;
    expect(check.chiSquare).toBeCloseTo(111.111111, 5);
    expect(check.df).toBe(1);
    expect(check.pValue).toBeLessThan(1e-20);
    expect(check.mismatch).toBe(true);
  });

  it('accepts 5010/4990 on a 50/50 split', () => {
    // χ² = 10²/5000 + 10²/5000 = 0.04; sf(0.04, 1) = 0.8414806
    const check = sampleRatioMismatch({ treatment: 5010, holdout: 4990 }, { treatment: 50, holdout: 50 })!;
    expect(check.chiSquare).toBeCloseTo(0.04, 10);
    expect(check.pValue).toBeCloseTo(0.8414806, 6);
    expect(check.mismatch).toBe(false);
  });

  it('uses the configured weights, not an even split', () => {
    // 90/10 of 1000: expected 900/100; 920/80 → χ² = 400/900 + 400/100 = 4.4444, p = 0.0350 (> 0.001: no alarm)
    const fine = sampleRatioMismatch({ treatment: 920, holdout: 80 }, { treatment: 90, holdout: 10 })!;
    expect(fine.expected).toEqual({ treatment: 900, holdout: 100 });
    expect(fine.pValue).toBeCloseTo(0.035015, 5);
    expect(fine.mismatch).toBe(false);
    // The same 500/500 that is perfect for 50/50 is a glaring mismatch for 90/10.
    expect(sampleRatioMismatch({ treatment: 500, holdout: 500 }, { treatment: 90, holdout: 10 })!.pValue).toBeLessThan(
      SRM_ALPHA,
    );
  });

  it('flags units in an arm the configuration does not have', () => {
    const check = sampleRatioMismatch({ treatment: 50, holdout: 50, stale_arm: 3 }, { treatment: 1, holdout: 1 })!;
    expect(check.unexpectedArms).toEqual(['stale_arm']);
    expect(check.mismatch).toBe(true);
  });

  it('has nothing to test without data or with one arm', () => {
    expect(sampleRatioMismatch({}, { treatment: 50, holdout: 50 })).toBeNull();
    expect(sampleRatioMismatch({ treatment: 10 }, { treatment: 100 })).toBeNull();
  });
});
