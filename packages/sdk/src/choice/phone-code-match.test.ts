import { describe, expect, it } from 'vitest';
import { phoneCodeRule, shownDialCode } from './phone-code-match.ts';

const texts = (...list: string[]) => list.map((text) => ({ value: '', text }));

describe('shownDialCode', () => {
  it('reads the dial code an option shows', () => {
    expect(shownDialCode({ value: '', text: 'United States (+1)' })).toBe('1');
    expect(shownDialCode({ value: '', text: '+44 United Kingdom' })).toBe('44');
    expect(shownDialCode({ value: '', text: 'Bahamas +1-242' })).toBe('1242');
    expect(shownDialCode({ value: '+49', text: 'Germany' })).toBe('49');
    expect(shownDialCode({ value: 'US', text: 'United States' })).toBeUndefined();
  });
});

describe('phoneCodeRule', () => {
  it("breaks a +1 tie with the user's country", () => {
    const choices = texts('United States (+1)', 'Canada (+1)', 'United Kingdom (+44)');
    expect(phoneCodeRule(choices, '+1', { country: 'USA' })).toEqual([3, 0, 0]);
    expect(phoneCodeRule(choices, '1', { country: 'Canada' })).toEqual([0, 3, 0]);
    expect(phoneCodeRule(choices, '+1', {})).toEqual([1, 1, 0]);
    expect(phoneCodeRule(choices, '+1', { country: 'Germany' })).toEqual([0, 0, 0]);
    // A list in Arabic names the countries in it.
    const arabic = texts('الإمارات (+971)', 'كندا (+1)', 'الولايات المتحدة (+1)');
    expect(phoneCodeRule(arabic, '+1', { country: 'United States' })).toEqual([0, 1, 3]);
  });

  it('picks by country when the value is one', () => {
    const choices = texts('US +1', 'CA +1', 'GB +44');
    expect(phoneCodeRule(choices, 'US', {})).toEqual([3, 0, 0]);
    expect(phoneCodeRule(texts('+1', '+44'), 'United Kingdom', {})).toEqual([0, 1]);
  });

  it("prefers a longer code the user's phone starts with", () => {
    const choices = texts('United States +1', 'Bahamas +1-242');
    expect(phoneCodeRule(choices, '+1', { phone: '+1 242 555 0134' })).toEqual([1, 2]);
    expect(phoneCodeRule(choices, '+1', { phone: '+1 415 555 0134' })).toEqual([1, 0]);
  });

  it('is not applicable to a value that is neither a code nor a country', () => {
    expect(phoneCodeRule(texts('+1'), 'mobile', {})).toBeUndefined();
  });
});
