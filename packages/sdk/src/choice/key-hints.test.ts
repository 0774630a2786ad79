import { describe, expect, it } from 'vitest';
import { withoutKeyHints } from './key-hints.ts';

describe('withoutKeyHints', () => {
  it('drops letter hints that run from A', () => {
    expect(withoutKeyHints(['A Yes', 'B No'])).toEqual(['Yes', 'No']);
    expect(withoutKeyHints(['A Less than 2 years', 'B 2-5 years', 'C More than 5'])).toEqual([
      'Less than 2 years',
      '2-5 years',
      'More than 5',
    ]);
  });

  it('keeps texts whose first words are answers, not hints', () => {
    expect(withoutKeyHints(['A levels', 'Bachelor degree'])).toEqual(['A levels', 'Bachelor degree']);
    expect(withoutKeyHints(['1 year', '2 years', '3 years'])).toEqual(['1 year', '2 years', '3 years']);
    expect(withoutKeyHints(['A Yes'])).toEqual(['A Yes']);
    expect(withoutKeyHints(['B Yes', 'C No'])).toEqual(['B Yes', 'C No']);
  });
});
