import { describe, expect, it } from 'vitest';
import type { Choice } from '../fill/match-choice.ts';
import { USER } from './ats-options.fixture.ts';
import { canonicalForChoice } from './choice-canonical.ts';

const option = (text: string, value = ''): Choice => ({ value, text });

describe('canonicalForChoice', () => {
  it('maps an option back to the one canonical whose value it means', () => {
    expect(canonicalForChoice(option('United States of America', 'US'), USER)).toBe('country');
    expect(canonicalForChoice(option('5-10 years'), USER)).toBe('years_experience');
    expect(canonicalForChoice(option('$100,000 - $150,000'), USER)).toBe('salary_expectation');
    expect(canonicalForChoice(option('She/Her/Hers'), USER)).toBe('pronouns');
    expect(canonicalForChoice(option("Bachelor's Degree"), USER)).toBe('degree');
    expect(canonicalForChoice(option('US Dollar (USD)'), USER)).toBe('salary_currency');
    expect(canonicalForChoice(option('CA - California'), USER)).toBe('region');
    expect(canonicalForChoice(option('San Francisco, CA'), USER)).toBe('city');
    // A travel share picked by the person means none of their values; nor does what follows a
    // yes or a no ("within 90 days" is no start date there).
    expect(canonicalForChoice(option('Up to 10%'), USER)).toBeUndefined();
    expect(canonicalForChoice(option('No, but I am willing to obtain one within 90 days of hire'), USER)).toBe(
      undefined,
    );
  });

  it('reads a bare dial code as the phone code and a bare country as the country', () => {
    expect(canonicalForChoice(option('+1'), USER)).toBe('phone_country_code');
    expect(canonicalForChoice(option('United States', 'US'), USER)).toBe('country');
    // Both at once: a country picker and a phone-code picker both show this.
    expect(canonicalForChoice(option('United States (+1)'), USER)).toBeUndefined();
    expect(canonicalForChoice(option('United States (+1)'), USER, ['phone_country_code', 'city'])).toBe(
      'phone_country_code',
    );
  });

  it('prefers an exact match to one found by a rule or by words', () => {
    const values = { first_name: 'Jane', current_company: 'Jane Street' };
    expect(canonicalForChoice(option('Jane Street'), values)).toBe('current_company');
    expect(canonicalForChoice(option('United States'), { country: 'USA', location: 'United States' })).toBe('location');
  });

  it('gives up when two canonicals match alike', () => {
    expect(
      canonicalForChoice(option('United States'), { country: 'United States', location: 'united states' }),
    ).toBeUndefined();
    expect(canonicalForChoice(option('Paris'), { city: 'Paris', location: 'Paris' })).toBeUndefined();
  });

  it('gives up on options meaning none of the values, and on placeholders', () => {
    expect(canonicalForChoice(option('Canada'), USER)).toBeUndefined();
    expect(canonicalForChoice(option('Select...'), USER)).toBeUndefined();
    expect(canonicalForChoice(option('Decline to answer'), USER)).toBeUndefined();
  });

  it('does not read an answer to another question that only mentions a value as meaning it', () => {
    expect(canonicalForChoice(option('Hybrid – San Francisco office (3 days)'), USER)).toBeUndefined();
    expect(canonicalForChoice(option('San Francisco Bay Area'), USER)).toBe('city');
  });

  it('does not read a way of working in a place as the place', () => {
    expect(canonicalForChoice(option('Remote (US)'), USER)).toBeUndefined();
    expect(canonicalForChoice(option('Remote - United States'), USER)).toBeUndefined();
    expect(canonicalForChoice(option('On-site in San Francisco'), USER)).toBeUndefined();
    expect(canonicalForChoice(option('United States'), USER)).toBe('country');
  });

  it('maps a bare yes/no only when the candidates hold one yes/no canonical', () => {
    expect(canonicalForChoice(option('Yes'), USER)).toBeUndefined();
    expect(canonicalForChoice(option('No'), USER)).toBeUndefined();
    expect(canonicalForChoice(option('Yes'), USER, ['work_authorization', 'country'])).toBe('work_authorization');
    expect(canonicalForChoice(option('No'), USER, ['sponsorship', 'degree'])).toBe('sponsorship');
    expect(
      canonicalForChoice(option('Yes'), { work_authorization: 'yes' }, ['work_authorization', 'sponsorship']),
    ).toBeUndefined();
  });

  it('maps a sentence plainly about one question to that question only', () => {
    expect(canonicalForChoice(option('No, I will not require sponsorship'), USER)).toBe('sponsorship');
    expect(canonicalForChoice(option('Yes, I am authorized to work in the US'), USER)).toBe('work_authorization');
    // The user would not need sponsorship: this option contradicts their value.
    expect(canonicalForChoice(option('Yes, I will require visa sponsorship'), USER)).toBeUndefined();
  });

  it('only tries the given candidates', () => {
    expect(canonicalForChoice(option('United States', 'US'), USER, ['location', 'city'])).toBeUndefined();
    expect(canonicalForChoice(option('United States', 'US'), USER, ['country'])).toBe('country');
  });
});
