import { describe, expect, it } from 'vitest';
import { languageHalves } from './two-languages.ts';

describe('languageHalves', () => {
  it('splits a text written in two languages at its spaced slash', () => {
    expect(languageHalves('Vereinigte Staaten / United States')).toEqual(['Vereinigte Staaten', 'United States']);
    expect(languageHalves('Berufserfahrung / Professional experience *')).toEqual([
      'Berufserfahrung',
      'Professional experience *',
    ]);
  });

  it('leaves a path, a bracketed pair, an unspaced slash and a lone text whole', () => {
    expect(languageHalves('United States / California / San Francisco')).toBeUndefined();
    expect(languageHalves("Bachelor's degree (BA / BSc)")).toBeUndefined();
    expect(languageHalves('she/her')).toBeUndefined();
    expect(languageHalves('United States')).toBeUndefined();
    expect(languageHalves('+1 / 555')).toBeUndefined();
    expect(languageHalves('+1 Stati Uniti / Canada')).toBeUndefined();
  });
});
