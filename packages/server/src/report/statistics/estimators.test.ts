import { describe, expect, it } from 'vitest';
import { excludesZero } from './interval.ts';
import { meanDifference } from './mean-difference.ts';
import { meanInterval } from './mean-interval.ts';
import { percentiles } from './percentiles.ts';
import { proportionDifference } from './proportion-difference.ts';
import { summarizeSample } from './sample-summary.ts';
import { wilsonInterval } from './wilson-interval.ts';

describe('wilsonInterval', () => {
  it('matches the hand-computed interval for 8/10', () => {
    // p = 0.8, z² = 3.841459, z²/n = 0.3841459, denominator = 1.3841459
    // center = (0.8 + 3.841459/20) / 1.3841459 = 0.9920729 / 1.3841459 = 0.7167401
    // half = (1.959964 / 1.3841459) · √(0.8·0.2/10 + 3.841459/400) = 1.4160 · √0.0256036 = 0.2265777
    // → [0.4901625, 0.9433178]
    const estimate = wilsonInterval(8, 10);
    expect(estimate.value).toBe(0.8);
    expect(estimate.interval!.low).toBeCloseTo(0.4901625, 6);
    expect(estimate.interval!.high).toBeCloseTo(0.9433178, 6);
  });

  it('stays inside [0, 1] at 0/n and n/n, unlike the normal interval', () => {
    // 0/20: center = (3.841459/40) / 1.1920729 = 0.0805625, half = same → low 0, high 0.1611251
    const none = wilsonInterval(0, 20);
    expect(none.interval!.low).toBe(0);
    expect(none.interval!.high).toBeCloseTo(0.1611251, 6);
    expect(wilsonInterval(20, 20).interval!.high).toBe(1);
  });

  it('has no value without trials and refuses impossible counts', () => {
    expect(wilsonInterval(0, 0)).toEqual({ successes: 0, trials: 0, value: null, interval: null });
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
  });
});

describe('meanInterval', () => {
  it('matches the hand-computed t interval', () => {
    // [2,4,4,4,5,5,7,9]: mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32, s² = 32/7 = 4.5714286
    // s = 2.1380899, se = s/√8 = 0.7559289, t(0.975, 7) = 2.3646243 → half 1.7874879
    const estimate = meanInterval(summarizeSample([2, 4, 4, 4, 5, 5, 7, 9]));
    expect(estimate.mean).toBe(5);
    expect(estimate.sd).toBeCloseTo(2.1380899, 6);
    expect(estimate.interval!.low).toBeCloseTo(3.2125121, 6);
    expect(estimate.interval!.high).toBeCloseTo(6.7874879, 6);
  });

  it('has no interval below two observations', () => {
    expect(meanInterval(summarizeSample([]))).toEqual({ n: 0, mean: null, sd: null, interval: null });
    expect(meanInterval(summarizeSample([7]))).toEqual({ n: 1, mean: 7, sd: null, interval: null });
  });

  it('summarizes large values with a small spread without cancellation', () => {
    // 1e9 + {1, 2, 3}: mean 1e9 + 2, variance ((−1)² + 0² + 1²)/2 = 1
    const summary = summarizeSample([1e9 + 1, 1e9 + 2, 1e9 + 3]);
    expect(summary.mean).toBe(1e9 + 2);
    expect(summary.variance).toBeCloseTo(1, 9);
  });
});

describe('proportionDifference', () => {
  it('matches the hand-computed z-test and interval for 60/100 vs 45/100', () => {
    // difference 0.15; pooled p = 105/200 = 0.525
    // pooled se = √(0.525·0.475·(1/100 + 1/100)) = √0.0049875 = 0.0706222 → z = 2.1239770
    // two-sided p = 2·(1 − Φ(2.1239770)) = 0.0336721
    // unpooled se = √(0.6·0.4/100 + 0.45·0.55/100) = √0.004875 = 0.0698212
    // interval 0.15 ± 1.959964·0.0698212 = 0.15 ± 0.1368470 → [0.0131530, 0.2868470]
    const result = proportionDifference({ successes: 60, trials: 100 }, { successes: 45, trials: 100 })!;
    expect(result.difference).toBeCloseTo(0.15, 12);
    expect(result.z).toBeCloseTo(2.123977, 6);
    expect(result.pValue).toBeCloseTo(0.0336721, 6);
    expect(result.interval.low).toBeCloseTo(0.013153, 6);
    expect(result.interval.high).toBeCloseTo(0.286847, 6);
    expect(excludesZero(result.interval)).toBe(true);
  });

  it('finds no evidence when nothing varies, and nothing without trials', () => {
    expect(proportionDifference({ successes: 10, trials: 10 }, { successes: 5, trials: 5 })).toMatchObject({
      difference: 0,
      z: 0,
      pValue: 1,
    });
    expect(proportionDifference({ successes: 0, trials: 0 }, { successes: 5, trials: 5 })).toBeNull();
  });
});

describe('meanDifference (Welch)', () => {
  it('matches the hand-computed Welch test', () => {
    // a = [1..5]: mean 3, s² = 10/4 = 2.5; b = [4,6,8,10]: mean 7, s² = 20/3 = 6.6666667
    // v1 = 2.5/5 = 0.5, v2 = 6.6666667/4 = 1.6666667, se² = 2.1666667, se = 1.4719601
    // t = (3 − 7)/1.4719601 = −2.7174649
    // df = 2.1666667² / (0.5²/4 + 1.6666667²/3) = 4.6944444 / (0.0625 + 0.9259259) = 4.7494145
    // p (two-sided, t with 4.7494 df) = 0.0442248; interval −4 ± t(0.975, 4.7494)·se = [−7.8446364, −0.1553636]
    const result = meanDifference(summarizeSample([1, 2, 3, 4, 5]), summarizeSample([4, 6, 8, 10]))!;
    expect(result.difference).toBe(-4);
    expect(result.t).toBeCloseTo(-2.7174649, 6);
    expect(result.df).toBeCloseTo(4.7494145, 6);
    expect(result.pValue).toBeCloseTo(0.0442248, 6);
    expect(result.interval.low).toBeCloseTo(-7.8446364, 5);
    expect(result.interval.high).toBeCloseTo(-0.1553636, 5);
  });

  it('handles constant samples and refuses groups below two', () => {
    expect(meanDifference(summarizeSample([3, 3]), summarizeSample([3, 3, 3]))).toMatchObject({
      difference: 0,
      pValue: 1,
    });
    expect(meanDifference(summarizeSample([4, 4]), summarizeSample([3, 3]))).toMatchObject({
      difference: 1,
      pValue: 0,
    });
    expect(meanDifference(summarizeSample([1]), summarizeSample([3, 4]))).toBeNull();
  });
});

describe('percentiles', () => {
  it('takes the nearest rank, in any input order', () => {
    // n = 10: p50 rank ⌈0.5·10⌉ = 5 → 50; p90 rank ⌈0.9·10⌉ = 9 → 90
    expect(percentiles([100, 10, 90, 20, 80, 30, 70, 40, 60, 50])).toEqual({ p50: 50, p90: 90 });
    // n = 3: p50 rank 2, p90 rank ⌈2.7⌉ = 3
    expect(percentiles([5, 1, 3])).toEqual({ p50: 3, p90: 5 });
    expect(percentiles([])).toBeNull();
  });
});
