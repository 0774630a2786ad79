import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { describe, expect, it } from 'vitest';
import type { Choice } from '../fill/match-choice.ts';
import { resolveChoice } from './resolve-choice.ts';

// Whole country lists, as react-phone-number-input renders its picker (ISO values, English names),
// against every way world-countries writes each country.
const require = createRequire(import.meta.url);
const worldCountries = require('world-countries/countries.json') as Country[];
const pickerNames = Object.entries(require('react-phone-number-input/locale/en.json') as Record<string, string>).filter(
  ([code]) => /^[A-Z]{2}$/.test(code),
);
const coded: Choice[] = pickerNames.map(([code, text]) => ({ value: code, text }));
const textOnly: Choice[] = pickerNames.map(([, text]) => ({ value: '', text }));
const listed = worldCountries.filter((country) => pickerNames.some(([code]) => code === country.cca2));

/** The ISO code of the option picked (both lists keep the picker's order), or undefined. */
function picked(choices: readonly Choice[], value: string): string | undefined {
  return pickerNames[resolveChoice(choices, 'country', value)]?.[0];
}

describe('resolveChoice over a whole country list', () => {
  it('finds every country by its common name and its alpha-3 code', () => {
    const missed = listed.flatMap((country) =>
      [country.name.common, country.cca3].filter((value) => picked(coded, value) !== country.cca2),
    );
    expect(missed).toEqual([]);
  });

  it('finds every country by name in a list without values', () => {
    const missed = listed.filter((country) => picked(textOnly, country.name.common) !== country.cca2);
    // "Congo", which names either Congo in English, is the Republic of the Congo's name in the
    // languages the browser's region names add.
    expect(missed.map((country) => country.cca2)).toEqual([]);
  });

  it('never picks another country for an official name, however long', () => {
    const wrong = listed.flatMap((country) => {
      const found = [picked(coded, country.name.official), picked(textOnly, country.name.official)];
      return found
        .filter((code) => code !== undefined && code !== country.cca2)
        .map((code) => `${country.name.official} → ${code}`);
    });
    expect(wrong).toEqual([]);
  });
});
