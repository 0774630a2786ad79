import { describe, expect, it } from 'vitest';
import { asksWholeAddress, wholeAddress } from './whole-address.ts';

describe('a postal address asked in one box', () => {
  it('is asked by a label naming the street and a part after it, or by a text area for an address', () => {
    expect(asksWholeAddress('Street, City, State and ZIP', false, false)).toBe(true);
    expect(asksWholeAddress('Mailing address', true, false)).toBe(true);
    // A box named only "Address" where the form asks no town (Workable's one-box address).
    expect(asksWholeAddress('Address (Optional)', false, false)).toBe(true);
    expect(asksWholeAddress('Address *', false, true)).toBe(false);
    expect(asksWholeAddress('Street address', false, false)).toBe(false);
    expect(asksWholeAddress('Mailing address', false, false)).toBe(false);
    expect(asksWholeAddress('Street address', false, false)).toBe(false);
    // The town asked in its own box leaves the street's box the street.
    expect(asksWholeAddress('Street, City, State and ZIP', true, true)).toBe(false);
  });

  it("writes the person's parts on one line, the state as its code", () => {
    const values = {
      address_line1: '2471 Quillfeather Lane',
      city: 'San Francisco',
      region: 'California',
      postal_code: '94110',
    };
    expect(wholeAddress(values)).toBe('2471 Quillfeather Lane, San Francisco, CA 94110');
    expect(wholeAddress({ address_line1: 'Keizersgracht 221B', city: 'Amsterdam', region: 'Noord-Holland' })).toBe(
      'Keizersgracht 221B, Amsterdam, Noord-Holland',
    );
    expect(wholeAddress({ city: 'Amsterdam' })).toBeUndefined();
  });
});
