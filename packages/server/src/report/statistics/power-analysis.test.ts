import { describe, expect, it } from 'vitest';
import { powerAnalysis } from './power-analysis.ts';

describe('powerAnalysis', () => {
  it('matches the hand-worked example', () => {
    // MDE = (1.959964 + 0.841621)·0.02 = 0.0560317; needed = ⌈400·(0.0560317/0.05)²⌉ = ⌈502.33⌉ = 503
    const power = powerAnalysis(0.02, 400, 0.05);
    expect(power.minimumDetectableEffect).toBeCloseTo(0.0560317, 6);
    expect(power.installsNeeded).toBe(503);
  });

  it('needs four times the installs for half the effect', () => {
    const half = powerAnalysis(0.01, 1_000, 0.02);
    const quarter = powerAnalysis(0.01, 1_000, 0.01);
    expect(quarter.installsNeeded / half.installsNeeded).toBeCloseTo(4, 2);
  });
});
