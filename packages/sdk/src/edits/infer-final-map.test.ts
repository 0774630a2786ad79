import { describe, expect, it } from 'vitest';
import { LEAVE_ALONE } from '../heuristics/canonical-fields.ts';
import { inferFinalMap } from './infer-final-map.ts';
import type { UserProfileValues } from './profile-values.ts';

const profileValues: UserProfileValues = {
  first_name: 'Jane',
  last_name: 'Doe',
  email: 'jane@example.com',
  phone: '+1 415 555 0134',
  city: 'Berlin',
  location: 'Berlin',
  country: 'United States',
  work_authorization: 'yes',
  website: '',
};

const suggested = { '#a': 'first_name', '#b': 'last_name', '#c': 'email' };
const filled = { '#a': 'Jane', '#b': 'Doe', '#c': 'jane@example.com' };
const infer = (final: Record<string, string>, extra: Partial<Parameters<typeof inferFinalMap>[0]> = {}) =>
  inferFinalMap({ suggested, filled, final, profileValues, ...extra });

describe('inferFinalMap', () => {
  it('keeps the suggested map when nothing changed', () => {
    expect(infer(filled)).toEqual({ finalMap: suggested, corrections: {}, formats: {} });
  });

  it('votes for the canonical whose profile value the user typed', () => {
    expect(infer({ ...filled, '#a': 'Doe', '#b': 'Jane' })).toMatchObject({
      finalMap: { '#a': 'last_name', '#b': 'first_name', '#c': 'email' },
      corrections: { '#a': 'last_name', '#b': 'first_name' },
    });
  });

  it('compares trimmed and case-insensitively; the suggested value in another case is no correction', () => {
    expect(infer({ ...filled, '#a': '  DOE ' }).corrections).toEqual({ '#a': 'last_name' });
    expect(infer({ ...filled, '#a': 'JANE ' })).toEqual({ finalMap: suggested, corrections: {}, formats: {} });
  });

  it('votes "leave alone" for a filled field the person cleared', () => {
    expect(infer({ ...filled, '#c': '   ' })).toMatchObject({
      finalMap: { ...suggested, '#c': LEAVE_ALONE },
      corrections: { '#c': LEAVE_ALONE },
    });
  });

  it('votes "leave alone" when the person overwrote a filled field with none of their values', () => {
    expect(infer({ ...filled, '#a': 'Product Design Lead' }).corrections).toEqual({ '#a': LEAVE_ALONE });
  });

  it('gives no signal for an edit of the filled value or an ambiguous value', () => {
    expect(infer({ ...filled, '#a': 'Janet', '#b': 'Berlin' })).toEqual({
      finalMap: suggested,
      corrections: {},
      formats: {},
    });
  });

  it('learns a field the SDK left empty when the user typed a profile value into it, in any format', () => {
    const result = infer({ ...filled, '#d': 'jane@example.com ', '#e': '4155550134' });
    expect(result.finalMap).toMatchObject({ '#d': 'email', '#e': 'phone' });
    expect(result.corrections).toEqual({ '#d': 'email', '#e': 'phone' });
    expect(result.formats).toEqual({ '#e': 'phone_digits' });
  });

  it('learns nothing from a small number or a yes/no typed into a field it left empty: many questions take those', () => {
    const values = { ...profileValues, years_experience: '7' };
    const result = inferFinalMap({
      suggested,
      filled,
      final: { ...filled, '#sql': '7', '#ok': 'Yes', '#y': '2019' },
      profileValues: values,
    });
    expect(result.finalMap).toEqual(suggested);
    expect(result.corrections).toEqual({});
  });

  it('records the format a person reformatted a filled phone into', () => {
    const result = inferFinalMap({
      suggested: { '#p': 'phone' },
      filled: { '#p': '+1 415 555 0134' },
      final: { '#p': '(415) 555-0134' },
      profileValues,
    });
    expect(result).toEqual({ finalMap: { '#p': 'phone' }, corrections: {}, formats: { '#p': 'phone_national' } });
  });

  it('maps a choice the person picked back to their canonical through the resolver', () => {
    const result = inferFinalMap({
      suggested: {},
      filled: {},
      final: { '#country': 'US' },
      finalChoices: { '#country': { value: 'US', text: 'United States of America' } },
      profileValues,
    });
    expect(result.corrections).toEqual({ '#country': 'country' });
  });

  it('takes no place vote from an answer about origin, which matches where the person lives by chance', () => {
    const result = inferFinalMap({
      suggested: {},
      filled: {},
      final: { '#nationality': 'US', '#birthplace': 'Berlin', '#home': 'Berlin' },
      finalChoices: { '#nationality': { value: 'US', text: 'United States of America' } },
      profileValues: { ...profileValues, location: '' },
      chancePlaces: new Set(['#nationality', '#birthplace']),
    });
    expect(result.finalMap).toEqual({ '#home': 'city' });
  });

  it('keeps a filled choice whose option still means the suggested value, and votes leave-alone for one meaning none', () => {
    const base = { suggested: { '#c': 'country' }, filled: { '#c': 'us' }, profileValues };
    const same = inferFinalMap({
      ...base,
      final: { '#c': 'USA' },
      finalChoices: { '#c': { value: 'USA', text: 'United States' } },
    });
    expect(same.corrections).toEqual({});
    const other = inferFinalMap({
      ...base,
      final: { '#c': 'fr' },
      finalChoices: { '#c': { value: 'fr', text: 'France' } },
    });
    expect(other.corrections).toEqual({ '#c': LEAVE_ALONE });
  });

  it('keeps a date picker drawn as a combobox that shows the filled day in its own words, learning no format from it', () => {
    const result = inferFinalMap({
      suggested: { '#start': 'start_date' },
      filled: { '#start': '01/15/2027' },
      final: { '#start': 'January 15, 2027' },
      finalChoices: { '#start': { value: '', text: 'January 15, 2027' } },
      profileValues: { ...profileValues, start_date: '2027-01-15' },
    });
    expect(result).toEqual({ finalMap: { '#start': 'start_date' }, corrections: {}, formats: {} });
    const otherDay = inferFinalMap({
      suggested: { '#start': 'start_date' },
      filled: { '#start': '01/15/2027' },
      final: { '#start': 'March 2, 2027' },
      finalChoices: { '#start': { value: '', text: 'March 2, 2027' } },
      profileValues: { ...profileValues, start_date: '2027-01-15' },
    });
    expect(otherDay.corrections).toEqual({ '#start': LEAVE_ALONE });
  });

  it('ignores fields the SDK did not fill and the user left empty or removed', () => {
    expect(infer({ '#a': 'Jane', '#x': '' })).toEqual({ finalMap: suggested, corrections: {}, formats: {} });
  });

  it('returns canonical names and format ids only, never values', () => {
    const canary = { first_name: 'canary-71b2', last_name: 'canary-71b3' };
    const result = inferFinalMap({
      suggested: { '#a': 'first_name' },
      filled: { '#a': 'canary-71b2' },
      final: { '#a': 'canary-71b3', '#z': '' },
      profileValues: canary,
    });
    expect(result.corrections).toEqual({ '#a': 'last_name' });
    expect(JSON.stringify(result)).not.toContain('canary');
  });
});
