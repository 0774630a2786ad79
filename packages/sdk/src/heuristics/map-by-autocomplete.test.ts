import { describe, expect, it } from 'vitest';
import { field } from './field.fixture.ts';
import type { CanonicalField } from './canonical-fields.ts';
import { AUTOCOMPLETE_CANONICALS, autofillFieldName, mapByAutocomplete } from './map-by-autocomplete.ts';

/**
 * Every autofill field name of the HTML standard (WHATWG HTML, "Autofilling form controls: the
 * autocomplete attribute", the field name table), with what it should fill in an application form,
 * decided from the standard's meaning of each name and the canonical vocabulary, not read off the
 * table under test. `null`: nothing here means it (a middle name, a part of a phone number) or it
 * must never be filled from a profile (passwords, one-time codes, payment cards).
 */
const WHATWG_AUTOFILL_FIELD_NAMES: Readonly<Record<string, CanonicalField | null>> = {
  name: 'full_name',
  'honorific-prefix': null,
  'given-name': 'first_name',
  'additional-name': null,
  'family-name': 'last_name',
  'honorific-suffix': null,
  nickname: null,
  username: null,
  'new-password': null,
  'current-password': null,
  'one-time-code': null,
  'organization-title': 'current_title',
  organization: 'current_company',
  // The whole street address, lines joined; an application form's single street field takes line 1.
  'street-address': 'address_line1',
  'address-line1': 'address_line1',
  'address-line2': null,
  'address-line3': null,
  'address-level4': null,
  'address-level3': null,
  'address-level2': 'city',
  'address-level1': 'region',
  country: 'country',
  'country-name': 'country',
  'postal-code': 'postal_code',
  'cc-name': null,
  'cc-given-name': null,
  'cc-additional-name': null,
  'cc-family-name': null,
  'cc-number': null,
  'cc-exp': null,
  'cc-exp-month': null,
  'cc-exp-year': null,
  'cc-csc': null,
  'cc-type': null,
  'transaction-currency': null,
  'transaction-amount': null,
  language: null,
  bday: null,
  'bday-day': null,
  'bday-month': null,
  'bday-year': null,
  sex: null,
  url: 'website',
  photo: null,
  tel: 'phone',
  'tel-country-code': 'phone_country_code',
  // The number without its country code: the phone, which the SDK formats for the field.
  'tel-national': 'phone',
  'tel-area-code': null,
  'tel-local': null,
  'tel-local-prefix': null,
  'tel-local-suffix': null,
  'tel-extension': null,
  email: 'email',
  impp: null,
};

describe('autofillFieldName', () => {
  it('skips section and detail tokens', () => {
    expect(autofillFieldName('section-apply shipping given-name')).toBe('given-name');
    expect(autofillFieldName('work email')).toBe('email');
    expect(autofillFieldName('  TEL  ')).toBe('tel');
  });

  it('gives nothing for on, off and empty', () => {
    expect(autofillFieldName('on')).toBeUndefined();
    expect(autofillFieldName('off')).toBeUndefined();
    expect(autofillFieldName('')).toBeUndefined();
  });
});

describe('mapByAutocomplete', () => {
  it('maps every autofill field name of the HTML standard to what it means here, or to nothing', () => {
    for (const [token, canonical] of Object.entries(WHATWG_AUTOFILL_FIELD_NAMES)) {
      const expected = canonical === null ? {} : { '[name="x"]': canonical };
      expect(mapByAutocomplete([field({ name: 'x', autocomplete: token })]), token).toEqual(expected);
    }
  });

  it('knows no token the standard does not define (a misspelt one would never match a page)', () => {
    expect(
      Object.keys(AUTOCOMPLETE_CANONICALS).filter((token) => !Object.hasOwn(WHATWG_AUTOFILL_FIELD_NAMES, token)),
    ).toEqual([]);
  });

  it('reads the field name after section, shipping/billing and contact-kind tokens', () => {
    expect(mapByAutocomplete([field({ name: 'x', autocomplete: 'section-home billing address-level2' })])).toEqual({
      '[name="x"]': 'city',
    });
    expect(mapByAutocomplete([field({ name: 'x', autocomplete: 'work tel' })])).toEqual({ '[name="x"]': 'phone' });
    expect(mapByAutocomplete([field({ name: 'x', autocomplete: 'mobile tel-country-code' })])).toEqual({
      '[name="x"]': 'phone_country_code',
    });
  });

  it('ignores unknown tokens, whatever the label says', () => {
    expect(mapByAutocomplete([field({ name: 'birthday', autocomplete: 'bday', label: 'Email' })])).toEqual({});
    expect(mapByAutocomplete([field({ name: 'email', autocomplete: 'off' })])).toEqual({});
  });

  it('maps selects too, since the page states the meaning', () => {
    const country = field({ tag: 'select', type: 'select-one', name: 'c', autocomplete: 'country' });
    expect(mapByAutocomplete([country])).toEqual({ '[name="c"]': 'country' });
  });

  it('gives a canonical to the first field only, but the email also to its confirmation box', () => {
    const emails = mapByAutocomplete([
      field({ name: 'email', autocomplete: 'email' }),
      field({ name: 'email2', autocomplete: 'email' }),
    ]);
    expect(emails).toEqual({ '[name="email"]': 'email', '[name="email2"]': 'email' });
    const names = mapByAutocomplete([
      field({ name: 'n1', autocomplete: 'given-name' }),
      field({ name: 'n2', autocomplete: 'given-name' }),
    ]);
    expect(names).toEqual({ '[name="n1"]': 'first_name' });
  });

  it('never maps password or hidden inputs', () => {
    expect(mapByAutocomplete([field({ name: 'u', type: 'hidden', autocomplete: 'email' })])).toEqual({});
  });
});
