import { describe, expect, it } from 'vitest';
import { currencyCode, dollarOf, currencyRule } from './currency-match.ts';

describe('currencyCode', () => {
  it('reads codes, names and symbols', () => {
    const read = {
      USD: 'USD',
      usd: 'USD',
      'US Dollar (USD)': 'USD',
      '$ USD': 'USD',
      $: 'USD',
      'Euro (€)': 'EUR',
      '£ British Pound': 'GBP',
      'CAD $': 'CAD',
      'CA$ Canadian Dollar': 'CAD',
      A$: 'AUD',
      'Indian Rupee (₹)': 'INR',
      'Vietnamese dong (VND)': 'VND',
      'ex. 55K€ brut annuel': 'EUR',
      'Očekávaná mzda (Kč hrubého měsíčně)': 'CZK',
      'Oppgi ønsket årslønn i norske kroner.': 'NOK',
    };
    expect(Object.fromEntries(Object.keys(read).map((text) => [text, currencyCode(text)]))).toEqual(read);
  });

  it('names none when a text names two or none', () => {
    expect(['USD / EUR', '¥', 'Other', ''].map((text) => currencyCode(text))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads only real ISO codes among capital triplets', () => {
    expect(currencyCode('Expected CTC (INR Lakhs p.a.)')).toBe('INR');
    expect(currencyCode('Expected CTC (in Lacs p.a.)')).toBe('INR');
    expect(currencyCode('Salary (USD, per year, incl. OTE)')).toBe('USD');
  });

  it("reads a bare $ as the page's dollar", () => {
    expect(['en-AU', 'fr-CA', 'en-US', 'en', ''].map(dollarOf)).toEqual(['AUD', 'CAD', 'USD', 'USD', 'USD']);
    expect(currencyCode('$150k', dollarOf('en-AU'))).toBe('AUD');
    expect(currencyCode('US$150k', dollarOf('en-AU'))).toBe('USD');
  });
});

describe('currencyRule', () => {
  it('scores options of the value currency', () => {
    const choices = ['US Dollar (USD)', 'Euro (€)', 'British Pound (GBP)', 'Canadian Dollar (CAD)'].map((text) => ({
      value: '',
      text,
    }));
    expect(currencyRule(choices, 'EUR', {})).toEqual([0, 1, 0, 0]);
    expect(currencyRule(choices, 'usd', {})).toEqual([1, 0, 0, 0]);
    expect(currencyRule(choices, 'whatever pays', {})).toBeUndefined();
  });
});
