import { describe, expect, it } from 'vitest';
import { PROFILE_VALUE_NAMES, type ProfileValueName } from './profile-values.ts';
import { checkValue, problemText, VALUE_PROBLEMS } from './value-checks.ts';

const accepts = (name: ProfileValueName, raw: string) => checkValue(name, raw);
const problemOf = (name: ProfileValueName, raw: string) => {
  const checked = checkValue(name, raw);
  return checked.ok ? undefined : checked.problem;
};

describe('checkValue', () => {
  it('treats an empty value as "no value", for every field', () => {
    for (const name of PROFILE_VALUE_NAMES) expect(checkValue(name, '   '), name).toEqual({ ok: true, value: '' });
  });

  it('checks emails and web addresses', () => {
    expect(accepts('email', ' ada@example.com ')).toEqual({ ok: true, value: 'ada@example.com' });
    expect(problemOf('email', 'ada@example')).toBe('not_email');
    expect(problemOf('email', 'ada example.com')).toBe('not_email');
    expect(accepts('linkedin_url', 'https://www.linkedin.com/in/ada')).toEqual({
      ok: true,
      value: 'https://www.linkedin.com/in/ada',
    });
    expect(problemOf('github_url', 'github.com/ada')).toBe('not_url');
    expect(problemOf('website', 'javascript:alert(1)')).toBe('not_url');
    expect(problemOf('portfolio_url', 'ftp://ada.example.org')).toBe('not_url');
  });

  it('wants phones in international form, and country codes as + and digits', () => {
    expect(accepts('phone', '+1 (415) 555-0134')).toEqual({ ok: true, value: '+1 (415) 555-0134' });
    expect(accepts('phone', '0041 44 555 7301')).toEqual({ ok: true, value: '+41 44 555 7301' });
    expect(problemOf('phone', '(415) 555-0134')).toBe('not_phone');
    expect(problemOf('phone', '+1 415 CALL-ADA')).toBe('not_phone');
    expect(problemOf('phone', '+12')).toBe('not_phone');
    expect(accepts('phone_country_code', '+44')).toEqual({ ok: true, value: '+44' });
    expect(problemOf('phone_country_code', '44')).toBe('not_dial_code');
    expect(problemOf('phone_country_code', '+1 415')).toBe('not_dial_code');
  });

  it('wants real ISO dates', () => {
    expect(accepts('start_date', '2027-02-28')).toEqual({ ok: true, value: '2027-02-28' });
    expect(problemOf('start_date', '2027-02-30')).toBe('not_iso_date');
    expect(problemOf('start_date', '02/15/2027')).toBe('not_iso_date');
    expect(problemOf('start_date', '2027-2-1')).toBe('not_iso_date');
  });

  it('wants digits for salary and years, an ISO code for the currency and yes/no answers', () => {
    expect(accepts('salary_expectation', '150000')).toEqual({ ok: true, value: '150000' });
    expect(problemOf('salary_expectation', '$150,000')).toBe('not_digits');
    expect(problemOf('salary_expectation', '1'.repeat(13))).toBe('not_digits');
    expect(accepts('years_experience', '7')).toEqual({ ok: true, value: '7' });
    expect(problemOf('years_experience', '7.5')).toBe('not_digits');
    expect(problemOf('years_experience', '100')).toBe('not_digits');
    expect(accepts('salary_currency', ' chf ')).toEqual({ ok: true, value: 'CHF' });
    expect(problemOf('salary_currency', 'XYZ')).toBe('not_currency');
    expect(problemOf('salary_currency', 'dollars')).toBe('not_currency');
    expect(accepts('work_authorization', 'Yes')).toEqual({ ok: true, value: 'yes' });
    expect(accepts('sponsorship', 'NO')).toEqual({ ok: true, value: 'no' });
    expect(problemOf('sponsorship', 'maybe')).toBe('not_yes_no');
  });

  it('keeps free text on one line, except the cover letter, and caps its length', () => {
    expect(accepts('address_line1', '1 Main St\n  Apt 4')).toEqual({ ok: true, value: '1 Main St Apt 4' });
    expect(accepts('cover_letter', '\nDear team,\n\nHello.\n')).toEqual({ ok: true, value: 'Dear team,\n\nHello.' });
    expect(problemOf('city', 'x'.repeat(2_001))).toBe('too_long');
    expect(accepts('cover_letter', 'x'.repeat(5_000)).ok).toBe(true);
    expect(problemOf('cover_letter', 'x'.repeat(5_001))).toBe('too_long');
    expect(accepts('pronouns', 'they/them')).toEqual({ ok: true, value: 'they/them' });
  });
});

describe('problemText', () => {
  it('has words for every problem, naming the limit where there is one', () => {
    for (const problem of VALUE_PROBLEMS) expect(problemText('city', problem)).toMatch(/\w.*\.$/);
    expect(problemText('cover_letter', 'too_long')).toBe('Too long: at most 5000 characters.');
    expect(problemText('years_experience', 'not_digits')).toMatch(/years/);
  });

  it('is one short line, so a message appearing on blur does not reflow the page', () => {
    for (const name of PROFILE_VALUE_NAMES)
      for (const problem of VALUE_PROBLEMS)
        expect(problemText(name, problem).length, `${name} ${problem}`).toBeLessThanOrEqual(52);
  });
});
