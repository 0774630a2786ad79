import { describe, expect, it } from 'vitest';
import { seededRandom } from '@companion-autofill/test-kit/seeded-random';
import { backoffDelay, backoffWindow } from './backoff.ts';

const options = { baseMs: 1_000, maxMs: 300_000 };

describe('backoffWindow', () => {
  it('doubles per attempt from baseMs and stops at maxMs', () => {
    const windows = Array.from({ length: 12 }, (_, i) => backoffWindow(i + 1, options.baseMs, options.maxMs));
    expect(windows.slice(0, 4)).toEqual([1_000, 2_000, 4_000, 8_000]);
    for (let i = 1; i < windows.length; i += 1) {
      expect(windows[i]).toBe(Math.min(options.maxMs, 2 * (windows[i - 1] ?? 0)));
    }
    expect(windows.at(-1)).toBe(options.maxMs);
  });

  it('stays finite after thousands of failures', () => {
    expect(backoffWindow(10_000, options.baseMs, options.maxMs)).toBe(options.maxMs);
  });
});

describe('backoffDelay (full jitter)', () => {
  it('draws uniformly in [0, window): the random value scales the whole window', () => {
    for (let attempt = 1; attempt <= 12; attempt += 1) {
      const window = backoffWindow(attempt, options.baseMs, options.maxMs);
      expect(backoffDelay(attempt, { ...options, random: () => 0 })).toBe(0);
      expect(backoffDelay(attempt, { ...options, random: () => 0.5 })).toBe(Math.floor(window / 2));
      expect(backoffDelay(attempt, { ...options, random: () => 0.999_999 })).toBeLessThan(window);
    }
  });

  it('spreads clients that failed together', () => {
    // Deterministic, but not a constant.
    const random = seededRandom(42);
    const delays = Array.from({ length: 200 }, () => backoffDelay(5, { ...options, random }));
    const window = backoffWindow(5, options.baseMs, options.maxMs);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...delays)).toBeLessThan(window);
    expect(new Set(delays).size).toBeGreaterThan(100);
  });
});
