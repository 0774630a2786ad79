import { describe, expect, it } from 'vitest';
import { LIMITS } from '../protocol/limits.ts';
import { fitToWire } from './wire-fit.ts';

const field = (selector: string) => ({ descriptor: { selector } });

describe('fitToWire', () => {
  it('leaves out selectors longer than the wire allows and keeps page order', () => {
    const fields = [field('#a'), field(`#${'x'.repeat(LIMITS.maxSelectorLength)}`), field('#b')];
    expect(fitToWire(fields).map((f) => f.descriptor.selector)).toEqual(['#a', '#b']);
  });

  it('stops at the entry cap and at the selector-character cap of one map (#15)', () => {
    const many = Array.from({ length: LIMITS.maxFieldsPerForm + 20 }, (_, i) => field(`#f${i}`));
    expect(fitToWire(many)).toHaveLength(LIMITS.maxFieldsPerForm);
    const wide = Array.from({ length: 60 }, (_, i) =>
      field(`#${String(i).padStart(3, '0')}${'w'.repeat(LIMITS.maxSelectorLength - 4)}`),
    );
    const kept = fitToWire(wide);
    expect(kept.reduce((sum, f) => sum + f.descriptor.selector.length, 0)).toBeLessThanOrEqual(
      LIMITS.maxSelectorCharsPerMap,
    );
    expect(kept).toHaveLength(Math.floor(LIMITS.maxSelectorCharsPerMap / LIMITS.maxSelectorLength));
  });
});
