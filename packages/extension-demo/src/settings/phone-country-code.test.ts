import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { describe, expect, it } from 'vitest';
import { phoneCountryCodeOf, withPhoneCountryCode } from './phone-country-code.ts';

/** ISO 3166 data from the world-countries package (its typings do not fit an ES module import of this CJS file). */
const countries = createRequire(import.meta.url)('world-countries/countries.json') as Country[];

describe('phoneCountryCodeOf', () => {
  it('reads the calling code of international numbers however they are spaced', () => {
    expect(phoneCountryCodeOf('+1 415 555 0134')).toBe('+1');
    expect(phoneCountryCodeOf('+14155550134')).toBe('+1');
    expect(phoneCountryCodeOf('+41 44 555 7301')).toBe('+41');
    expect(phoneCountryCodeOf('+442079460958')).toBe('+44');
    expect(phoneCountryCodeOf('+380 44 123 4567')).toBe('+380');
    expect(phoneCountryCodeOf('+971-50-123-4567')).toBe('+971');
    expect(phoneCountryCodeOf('+7 495 123-45-67')).toBe('+7');
    expect(phoneCountryCodeOf('0041 44 555 7301')).toBe('+41');
  });

  it('reads none from a national number or a fragment', () => {
    expect(phoneCountryCodeOf('(415) 555-0134')).toBeUndefined();
    expect(phoneCountryCodeOf('044 555 7301')).toBeUndefined();
    expect(phoneCountryCodeOf('+4')).toBeUndefined();
    expect(phoneCountryCodeOf('+0 123 456')).toBeUndefined();
    expect(phoneCountryCodeOf('')).toBeUndefined();
  });

  it("finds every country's own calling code in its numbers (world-countries' dialling data)", () => {
    // A country's exact code: NANP (+1) and +7 share one root; elsewhere root + a short suffix.
    const exact = new Set(['+1', '+7']);
    for (const { idd } of countries)
      for (const suffix of idd.suffixes)
        if (idd.root !== '+1' && idd.root !== '+7' && suffix.length <= 2) exact.add(idd.root + suffix);
    let checked = 0;
    for (const { cca2, idd } of countries) {
      for (const suffix of idd.suffixes) {
        const code = phoneCountryCodeOf(`${idd.root}${suffix} 5550 1234`);
        expect(code, cca2).toBeDefined();
        expect(`${idd.root}${suffix}`.startsWith(code ?? '-'), cca2).toBe(true);
        expect(exact.has(code ?? ''), `${cca2}: ${code}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(240);
  });
});

describe('withPhoneCountryCode', () => {
  it('fills the code in from the phone only when the user left it empty', () => {
    expect(withPhoneCountryCode({ phone: '+41 44 555 7301', city: 'Zürich' })).toEqual({
      phone: '+41 44 555 7301',
      city: 'Zürich',
      phone_country_code: '+41',
    });
    expect(withPhoneCountryCode({ phone: '+41 44 555 7301', phone_country_code: '+423' })).toEqual({
      phone: '+41 44 555 7301',
      phone_country_code: '+423',
    });
    expect(withPhoneCountryCode({ phone: '044 555 7301' })).toEqual({ phone: '044 555 7301' });
    expect(withPhoneCountryCode({ city: 'Zürich' })).toEqual({ city: 'Zürich' });
  });
});
