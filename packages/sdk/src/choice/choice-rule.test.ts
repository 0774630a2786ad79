import { describe, expect, it } from 'vitest';
import { uniqueBest } from './choice-rule.ts';

describe('uniqueBest', () => {
  it('returns the single highest positive score', () => {
    expect(uniqueBest([0, 1, 3, 2])).toBe(2);
    expect(uniqueBest([0.25, 0.5, 0])).toBe(1);
  });

  it('returns -1 when the best is shared or nothing scores', () => {
    expect(uniqueBest([1, 2, 2])).toBe(-1);
    expect(uniqueBest([0, 0])).toBe(-1);
    expect(uniqueBest([])).toBe(-1);
  });

  it('ignores a tie below the best', () => {
    expect(uniqueBest([1, 1, 2])).toBe(2);
  });
});
