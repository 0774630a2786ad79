import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { describe, expect, it } from 'vitest';
import { countryCodeOf, countryNameOf, countryNames } from './country-names.ts';

/** ISO 3166 data from the world-countries package (its typings do not fit an ES module import of this CJS file). */
const countries = createRequire(import.meta.url)('world-countries/countries.json') as Country[];

describe('country names', () => {
  it('names every ISO 3166 country, and finds its code again from the name', () => {
    for (const { cca2 } of countries) {
      const name = countryNameOf(cca2);
      expect(name, cca2).toBeDefined();
      expect(countryCodeOf(name ?? ''), cca2).toBe(cca2);
    }
  });

  it('reads codes in any case and folds deprecated ones into the current country', () => {
    expect(countryNameOf('ch')).toBe('Switzerland');
    expect(countryNameOf('US')).toBe('United States');
    expect(countryNameOf('UK')).toBe('United Kingdom');
    expect(countryNameOf('DD')).toBe('Germany');
    expect(countryCodeOf(' switzerland ')).toBe('CH');
  });

  it('names nothing that is not a country', () => {
    for (const code of ['EU', 'UN', 'ZZ', 'XA', 'QQ', 'USA', 'C', '12', ''])
      expect(countryNameOf(code), code).toBeUndefined();
    expect(countryCodeOf('Atlantis')).toBeUndefined();
    expect(countryCodeOf('European Union')).toBeUndefined();
  });

  it('lists each country once, sorted', () => {
    const names = countryNames();
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(names.length).toBeGreaterThanOrEqual(countries.length);
    expect(names).toContain('Germany');
  });
});
