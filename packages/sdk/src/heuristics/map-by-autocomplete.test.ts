import { describe, expect, it } from 'vitest';
import { field } from './field.fixture.ts';
import { autofillFieldName, mapByAutocomplete } from './map-by-autocomplete.ts';

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
  it('maps the documented autofill field names', () => {
    const tokens = {
      'given-name': 'first_name',
      'family-name': 'last_name',
      name: 'full_name',
      email: 'email',
      tel: 'phone',
      'address-level2': 'city',
      country: 'country',
      'country-name': 'country',
      organization: 'current_company',
      'organization-title': 'current_title',
      url: 'website',
    } as const;
    for (const [token, canonical] of Object.entries(tokens)) {
      expect(mapByAutocomplete([field({ name: 'x', autocomplete: token })]), token).toEqual({ '[name="x"]': canonical });
    }
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
    const emails = mapByAutocomplete([field({ name: 'email', autocomplete: 'email' }), field({ name: 'email2', autocomplete: 'email' })]);
    expect(emails).toEqual({ '[name="email"]': 'email', '[name="email2"]': 'email' });
    const names = mapByAutocomplete([field({ name: 'n1', autocomplete: 'given-name' }), field({ name: 'n2', autocomplete: 'given-name' })]);
    expect(names).toEqual({ '[name="n1"]': 'first_name' });
  });

  it('never maps password or hidden inputs', () => {
    expect(mapByAutocomplete([field({ name: 'u', type: 'hidden', autocomplete: 'email' })])).toEqual({});
  });
});
