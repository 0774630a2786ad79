import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { describe, expect, it } from 'vitest';
import { countryCode, countryOfOption, countryRule, dialCode } from './country-match.ts';
import { resolveChoice } from './resolve-choice.ts';

const require = createRequire(import.meta.url);
const worldCountries = require('world-countries/countries.json') as Country[];
// The country names react-phone-number-input shows in its picker: a real form's list.
const phoneInputNames = require('react-phone-number-input/locale/en.json') as Record<string, string>;

describe('countryCode', () => {
  it('reads names, official names and alternative spellings', () => {
    const read = {
      'United States': 'US',
      'United States of America': 'US',
      'Federal Republic of Germany': 'DE',
      Deutschland: 'DE',
      'Great Britain': 'GB',
      UK: 'GB',
      England: 'GB',
      Holland: 'NL',
      'The Netherlands': 'NL',
      Turkey: 'TR',
      Türkiye: 'TR',
      'Viet Nam': 'VN',
      'Ivory Coast': 'CI',
      "Côte d'Ivoire": 'CI',
      'Czech Republic': 'CZ',
      'Russian Federation': 'RU',
      'St. Lucia': 'LC',
      'Republic of China': 'TW',
    };
    expect(Object.fromEntries(Object.keys(read).map((name) => [name, countryCode(name)]))).toEqual(read);
  });

  it('reads ISO alpha-2 and alpha-3 codes, with or without dots', () => {
    expect(['US', 'USA', 'U.S.', 'U.S.A.', 'us', 'deu', 'GBR'].map(countryCode)).toEqual([
      'US',
      'US',
      'US',
      'US',
      'US',
      'DE',
      'GB',
    ]);
  });

  it('reads a code that is also a word only in capitals', () => {
    expect(['NO', 'No', 'no', 'IN', 'in', 'CAN', 'can'].map(countryCode)).toEqual([
      'NO',
      undefined,
      undefined,
      'IN',
      undefined,
      'CA',
      undefined,
    ]);
  });

  it('reads ISO list spellings, flags and dial codes beside the name', () => {
    const read = {
      'Korea, Republic of': 'KR',
      'Korea (the Republic of)': 'KR',
      "Korea, Democratic People's Republic of": 'KP',
      'Iran (Islamic Republic of)': 'IR',
      'Congo, The Democratic Republic of the': 'CD',
      'Virgin Islands, British': 'VG',
      'Falkland Islands (Malvinas)': 'FK',
      '🇺🇸 United States': 'US',
      '🇩🇪': 'DE',
      'United States (+1)': 'US',
      'US +1': 'US',
      '+44 United Kingdom': 'GB',
      'Remote - US': 'US',
      // A name and its code joined by a middle dot (antd's optionRender).
      'United States of America · USA': 'US',
      // A list item's avatar code, name and the line under it naming its part of the world (Vuetify's v-list-item).
      'US United States Northern America': 'US',
      'UM United States Minor Outlying Islands Oceania': 'UM',
      'United States North America': 'US',
      'Albania Southeast Europe': 'AL',
    };
    expect(Object.fromEntries(Object.keys(read).map((name) => [name, countryCode(name)]))).toEqual(read);
  });

  it('gives up on shared, conflicting and unknown names', () => {
    // A code and a name that disagree name no country.
    expect(countryCode('CA United States Northern America')).toBeUndefined();
    // A name followed by anything but its part of the world is no country.
    expect(countryCode('Georgia Tech Alumni')).toBeUndefined();
    expect(
      ['Korea', 'Congo', 'Georgia (US)', 'San Francisco, CA', 'Remote', 'Narnia', '', '+1'].map(countryCode),
    ).toEqual(Array.from({ length: 8 }, () => undefined));
  });

  it('reads every common name of world-countries as its country', () => {
    const misread = worldCountries.filter((country) => countryCode(country.name.common) !== country.cca2);
    expect(misread.map((country) => country.name.common)).toEqual([]);
  });

  it("reads react-phone-number-input's country names, but for names it cannot tell apart", () => {
    const misread = Object.entries(phoneInputNames)
      .filter(([code]) => /^[A-Z]{2}$/.test(code) && worldCountries.some((country) => country.cca2 === code))
      .filter(([code, name]) => countryCode(name) !== code)
      .map(([, name]) => name);
    // "Congo" is both Congos to a reader; the picker's ISO values still resolve it.
    expect(misread).toEqual(['Congo']);
  });
});

describe('dialCode', () => {
  it('gives the dial code without "+"', () => {
    expect(['US', 'ca', 'GB', 'DE', 'RU', 'KZ', 'BS', 'EH'].map(dialCode)).toEqual([
      '1',
      '1',
      '44',
      '49',
      '7',
      '7',
      '1242',
      '212',
    ]);
  });

  it('is undefined for unknown codes and countries without one code', () => {
    expect(['ZZ', 'AQ', 'SH', ''].map(dialCode)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('countryOfOption', () => {
  it('reads the text first, then a code value', () => {
    expect(countryOfOption({ value: 'US', text: 'United States' })).toBe('US');
    expect(countryOfOption({ value: 'CG', text: 'Congo' })).toBe('CG');
    expect(countryOfOption({ value: '4012', text: 'Remote' })).toBeUndefined();
  });
});

describe('countryRule and a yes or a no', () => {
  it('leaves a yes or a no to the yes/no rule, in the language of the options ("Do you live in California?": "Sí")', () => {
    const list = (texts: string[]) => texts.map((text) => ({ value: text, text }));
    expect(countryRule(list(['Sí', 'No']), 'yes', {})).toBeUndefined();
    expect(resolveChoice(list(['Sí', 'No']), 'country', 'yes', {})).toBe(0);
    expect(resolveChoice(list(['Sim', 'Não']), 'country', 'no', {})).toBe(1);
  });
});

describe('countryRule in other languages', () => {
  it('finds the country in a list written in Spanish, Portuguese, French or German', () => {
    const list = (texts: string[]) => texts.map((text) => ({ value: text, text }));
    expect(countryRule(list(['México', 'Estados Unidos', 'Canadá']), 'United States', {})).toEqual([0, 1, 0]);
    expect(countryRule(list(['França', 'Alemanha', 'Estados Unidos']), 'US', {})).toEqual([0, 0, 1]);
    expect(countryRule(list(['Allemagne', 'États-Unis']), 'United States', {})).toEqual([0, 1]);
    expect(countryRule(list(['Vereinigte Staaten', 'Kanada']), 'United States', {})).toEqual([1, 0]);
    // Croatian, and the long "… of America" Ukrainian lists write.
    expect(countryRule(list(['Hrvatska', 'Sjedinjene Američke Države']), 'United States', {})).toEqual([0, 1]);
    expect(countryRule(list(['Україна', 'Сполучені Штати Америки']), 'United States', {})).toEqual([0, 1]);
    // Latvian, Icelandic, and Slovak's long form.
    expect(countryRule(list(['Latvija', 'Amerikas Savienotās Valstis']), 'United States', {})).toEqual([0, 1]);
    expect(countryRule(list(['Ísland', 'Bandaríkin']), 'United States', {})).toEqual([0, 1]);
    expect(countryRule(list(['Slovensko', 'Spojené štáty americké']), 'United States', {})).toEqual([0, 1]);
    // The long form of Western European lists.
    expect(countryRule(list(['France', "États-Unis d'Amérique"]), 'United States', {})).toEqual([0, 1]);
    expect(countryRule(list(['Deutschland', 'Vereinigte Staaten von Amerika']), 'United States', {})).toEqual([0, 1]);
  });

  it('finds it in Asian, Arabic and Hebrew lists, and by the short forms lists use', () => {
    const list = (texts: string[]) => texts.map((text) => ({ value: text, text }));
    expect(countryRule(list(['中国', '美国', '日本']), 'United States', {})).toEqual([0, 1, 0]);
    expect(countryRule(list(['日本', 'アメリカ合衆国']), 'United States', {})).toEqual([0, 1]);
    expect(countryRule(list(['대한민국', '미국']), 'United States', {})).toEqual([0, 1]);
    expect(countryRule(list(['ישראל', 'ארצות הברית']), 'United States', {})).toEqual([0, 1]);
    expect(countryRule(list(['Россия', 'США']), 'United States', {})).toEqual([0, 1]);
    expect(countryRule(list(['España', 'EE. UU.']), 'United States', {})).toEqual([0, 1]);
  });
});
