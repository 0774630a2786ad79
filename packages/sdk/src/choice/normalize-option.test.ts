import { describe, expect, it } from 'vitest';
import { isOpaqueValue, normalizeText, optionTexts } from './normalize-option.ts';

describe('normalizeText', () => {
  it('folds case, accents, possessives, abbreviation dots and punctuation', () => {
    expect(normalizeText("  Bachelor's  Degree (B.Sc.) ")).toBe('bachelor degree bsc');
    expect(normalizeText('Côte d’Ivoire')).toBe('cote divoire');
    expect(normalizeText('U.S.A.')).toBe('usa');
    expect(normalizeText('San Francisco, CA')).toBe('san francisco ca');
    expect(normalizeText('Trinidad & Tobago')).toBe('trinidad and tobago');
    expect(normalizeText("Don't know")).toBe('dont know');
  });

  it('keeps a decimal point and drops symbols and emoji', () => {
    expect(normalizeText('1.5 - 3 years')).toBe('1.5 3 years');
    expect(normalizeText('🇺🇸 United States (+1)')).toBe('united states 1');
    expect(normalizeText('-- Select --')).toBe('select');
  });
});

describe('isOpaqueValue', () => {
  it('treats ids as opaque: digits, "on", uuids and mixed tokens', () => {
    expect(['4012345', '0', 'on', '3f1c9a52-8d6e-4a57-9b0e-2c1d7e6f8a90', 'opt_9x8d7f6e'].map(isOpaqueValue)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('reads words, codes and dial codes as meaningful', () => {
    expect(['US', 'United States', 'yes', '+44', '5-10', 'she/her', 'B.Sc.'].map(isOpaqueValue)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('optionTexts', () => {
  it('reads the text, then a meaningful value, never an id or an empty string', () => {
    expect(optionTexts({ value: 'US', text: 'United States' })).toEqual(['United States', 'US']);
    expect(optionTexts({ value: '4012345', text: 'Yes' })).toEqual(['Yes']);
    expect(optionTexts({ value: 'no', text: '' })).toEqual(['no']);
  });
});
