import { describe, expect, it } from 'vitest';
import { bareCountryKey, countryKeys } from './country-key.ts';

describe('countryKeys', () => {
  it('folds a name and drops a leading "the"', () => {
    expect(countryKeys('The Bahamas')).toEqual(['bahamas']);
    expect(countryKeys('Côte d’Ivoire')).toEqual(['cote divoire']);
  });

  it('spells "St." as "saint"', () => {
    expect(countryKeys('St. Kitts & Nevis')).toEqual(['saint kitts and nevis']);
  });

  it('also reads the ISO list order "Name, Qualifier" the natural way', () => {
    expect(countryKeys('Korea, Republic of')).toEqual(['korea republic of', 'republic of korea']);
    expect(countryKeys('Congo, the Democratic Republic of the')).toEqual([
      'congo the democratic republic of the',
      'democratic republic of the congo',
    ]);
  });
});

describe('bareCountryKey', () => {
  it('drops the words of a state form', () => {
    expect(bareCountryKey('federal republic of germany')).toBe('germany');
    expect(bareCountryKey('kingdom of spain')).toBe('spain');
    expect(bareCountryKey('state of palestine')).toBe('palestine');
  });

  it('keeps the words of a name', () => {
    expect(bareCountryKey('united states of america')).toBe('united states america');
    expect(bareCountryKey('united arab emirates')).toBe('united arab emirates');
    expect(bareCountryKey('republic')).toBe('');
    // "United" alone is no country: "…to work in the United St[ates]" cut short names none.
    expect(bareCountryKey('united kingdom')).toBe('');
  });
});
