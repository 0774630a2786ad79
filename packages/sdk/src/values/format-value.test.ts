import { describe, expect, it } from 'vitest';
import { FIELD_FORMATS } from '../protocol/field-formats.ts';
import { formatValue, formatsOf } from './format-value.ts';

const values = {
  phone: '+1 415 555 0134',
  start_date: '2027-01-15',
  github_url: 'https://github.com/jane',
  salary_expectation: '$150,000',
};

describe('formatValue', () => {
  it('renders a phone in each format', () => {
    expect(formatValue('phone', 'phone_e164', values)).toBe('+14155550134');
    expect(formatValue('phone', 'phone_international', values)).toBe('+1 415 555 0134');
    expect(formatValue('phone', 'phone_national', values)).toBe('(415) 555-0134');
    expect(formatValue('phone', 'phone_digits', values)).toBe('4155550134');
  });

  it('splits a non-NANP phone by the user country', () => {
    const swiss = { phone: '+41 44 555 73 01', country: 'Switzerland' };
    expect(formatValue('phone', 'phone_digits', swiss)).toBe('445557301');
    expect(formatValue('phone', 'phone_national', swiss)).toBe('44 555 73 01');
    expect(formatValue('phone', 'phone_e164', swiss)).toBe('+41445557301');
  });

  it("reads the dial code from the number itself when the person's country does not give it", () => {
    // A number from another country than the one lived in, or no country stated.
    const abroad = { phone: '+44 7700 900123', country: 'United States' };
    expect(formatValue('phone', 'phone_digits', abroad)).toBe('7700900123');
    expect(formatValue('phone', 'phone_e164', { phone: '+91 98765 43210' })).toBe('+919876543210');
    // North American area codes of other countries stay behind the shared "+1".
    expect(formatValue('phone', 'phone_area_code', { phone: '+1 242 555 0100' })).toBe('242');
  });

  it('renders dates, URLs without scheme and plain numbers', () => {
    expect(formatValue('start_date', 'date_us', values)).toBe('01/15/2027');
    expect(formatValue('start_date', 'date_eu', values)).toBe('15/01/2027');
    expect(formatValue('start_date', 'date_eu_dash', values)).toBe('15-01-2027');
    // A street address asked as the street and the house number apart, the number first or last.
    expect(formatValue('address_line1', 'address_street', { address_line1: '2471 Quillfeather Lane' })).toBe(
      'Quillfeather Lane',
    );
    expect(formatValue('address_line1', 'address_number', { address_line1: '2471 Quillfeather Lane' })).toBe('2471');
    expect(formatValue('address_line1', 'address_number', { address_line1: 'Keizersgracht 221B' })).toBe('221B');
    expect(formatValue('address_line1', 'address_street', { address_line1: 'Rural Route' })).toBeUndefined();
    // A state as its postal code; a region that is no US state has none.
    expect(formatValue('region', 'region_code', { region: 'California' })).toBe('CA');
    expect(formatValue('region', 'region_code', { region: 'Bavaria' })).toBeUndefined();
    expect(formatValue('start_date', 'date_iso', { start_date: '1/5/2027' })).toBe('2027-01-05');
    expect(formatValue('github_url', 'url_no_scheme', values)).toBe('github.com/jane');
    expect(formatValue('salary_expectation', 'number_plain', values)).toBe('150000');
  });

  it('gives years of experience in months', () => {
    expect(formatValue('years_experience', 'number_months', { years_experience: '7' })).toBe('84');
    expect(formatValue('years_experience', 'number_months', { years_experience: '2.5 years' })).toBe('30');
    expect(formatValue('years_experience', 'number_months', { years_experience: 'several' })).toBeUndefined();
    expect(formatValue('years_experience', 'number_months_part', { years_experience: '7' })).toBe('0');
    const job = { current_company: 'Acme', current_title: 'Data Engineer' };
    expect(formatValue('current_company', 'company_and_title', job)).toBe('Acme, Data Engineer');
    expect(formatValue('current_title', 'title_at_company', job)).toBe('Data Engineer at Acme');
    expect(formatValue('current_company', 'company_and_title', { current_company: 'Acme' })).toBeUndefined();
    expect(formatValue('current_title', 'title_and_company', job)).toBe('Data Engineer, Acme');
    const home = {
      location: 'San Francisco, CA',
      postal_code: '94110',
      degree: "Bachelor's Degree",
      school: 'UC Berkeley',
    };
    expect(formatValue('location', 'location_postal', home)).toBe('San Francisco, CA 94110');
    expect(formatValue('school', 'degree_and_school', home)).toBe("Bachelor's Degree, UC Berkeley");
    expect(formatValue('location', 'location_postal', { location: 'San Francisco, CA' })).toBeUndefined();
    expect(
      formatValue('full_name', 'name_last_first', { full_name: 'Jane Doe', first_name: 'Jane', last_name: 'Doe' }),
    ).toBe('Doe, Jane');
    expect(formatValue('full_name', 'name_last_first', { full_name: 'Ada King Lovelace' })).toBe('Lovelace, Ada King');
    expect(formatValue('full_name', 'name_last_first', { full_name: 'Prince' })).toBeUndefined();
    expect(formatValue('years_experience', 'number_months_part', { years_experience: '2.5 years' })).toBe('6');
    expect(formatValue('salary_expectation', 'number_months', values)).toBeUndefined();
    expect([...formatsOf('years_experience', { years_experience: '7' })]).toEqual([
      ['number_plain', '7'],
      ['number_months', '84'],
    ]);
    expect([...formatsOf('salary_expectation', { salary_expectation: '150000' }).keys()]).toEqual([
      'number_plain',
      'number_thousands',
      'number_grouped',
    ]);
  });

  it('gives a salary in thousands', () => {
    expect(formatValue('salary_expectation', 'number_thousands', { salary_expectation: '150,000' })).toBe('150');
    expect(formatValue('salary_expectation', 'number_thousands', { salary_expectation: '$92,500' })).toBe('93');
    // A figure already small (a rate) is no count of thousands; nor is another canonical.
    expect(formatValue('salary_expectation', 'number_thousands', { salary_expectation: '85' })).toBeUndefined();
    expect(formatValue('years_experience', 'number_thousands', { years_experience: '7000' })).toBeUndefined();
  });

  it('gives a salary grouped, with its currency as a symbol or a code', () => {
    const pay = { salary_expectation: '150000', salary_currency: 'USD' };
    expect(formatValue('salary_expectation', 'number_grouped', pay)).toBe('150,000');
    expect(formatValue('salary_expectation', 'amount_symbol', pay)).toBe('$150,000');
    expect(formatValue('salary_expectation', 'amount_code', pay)).toBe('150,000 USD');
    expect(formatValue('salary_expectation', 'amount_plain_code', pay)).toBe('150000 USD');
    expect(formatValue('salary_expectation', 'amount_code_first', pay)).toBe('USD 150,000');
    expect(formatValue('salary_expectation', 'amount_code_period', { ...pay, salary_period: 'year' })).toBe(
      'USD 150,000 per year',
    );
    expect(formatValue('salary_expectation', 'amount_code_period', pay)).toBeUndefined();
    expect(formatValue('salary_expectation', 'amount_symbol', { ...pay, salary_currency: 'EUR' })).toBe('€150,000');
    // No currency, no amount with one; another canonical is no salary.
    expect(formatValue('salary_expectation', 'amount_code', { salary_expectation: '150000' })).toBeUndefined();
    expect(formatValue('years_experience', 'number_grouped', { years_experience: '7000' })).toBeUndefined();
  });

  it('gives a salary with its period in words, however the period is kept', () => {
    expect(
      formatValue('salary_expectation', 'amount_period', { salary_expectation: '150000', salary_period: 'year' }),
    ).toBe('150000 per year');
    expect(
      formatValue('salary_expectation', 'amount_period', { salary_expectation: '$45', salary_period: 'Hourly' }),
    ).toBe('45 per hour');
    expect(formatValue('salary_expectation', 'amount_period', { salary_expectation: '150000' })).toBeUndefined();
  });

  it('gives undefined when the value does not fit the format', () => {
    expect(formatValue('start_date', 'date_us', { start_date: 'asap' })).toBeUndefined();
    expect(formatValue('email', 'phone_digits', { email: 'a@b.c' })).toBeUndefined();
    expect(formatValue('phone', 'phone_digits', {})).toBeUndefined();
  });

  it('lists every format a value can take', () => {
    // Every phone and date format of the wire contract renders a North American number and a date.
    const contract = (prefix: string) => FIELD_FORMATS.filter((format) => format.startsWith(prefix));
    expect([...formatsOf('phone', values).keys()]).toEqual(contract('phone_'));
    expect([...formatsOf('start_date', values).keys()]).toEqual(contract('date_'));
    expect(formatValue('phone', 'phone_area_code', values)).toBe('415');
    expect(formatValue('phone', 'phone_local', values)).toBe('5550134');
    expect(formatValue('phone', 'phone_exchange', values)).toBe('555');
    expect(formatValue('phone', 'phone_line', values)).toBe('0134');
    expect(formatValue('phone', 'phone_dashed', values)).toBe('415-555-0134');
    expect(formatValue('phone', 'phone_spaced', values)).toBe('415 555 0134');
    expect(formatValue('phone', 'phone_slashed', values)).toBe('415/555-0134');
    expect(formatValue('phone', 'phone_dashed', { phone: '+44 20 7946 0958' })).toBeUndefined();
    expect(formatValue('start_date', 'date_us_short', values)).toBe('1/15/2027');
    expect(formatValue('start_date', 'date_us_yy', values)).toBe('01/15/27');
    expect(formatValue('start_date', 'date_long', values)).toBe('January 15, 2027');
    expect(formatValue('start_date', 'date_medium', values)).toBe('Jan 15, 2027');
    expect(formatValue('start_date', 'date_us_dash', values)).toBe('01-15-2027');
    expect(formatValue('start_date', 'date_month_name_year', values)).toBe('January 2027');
    expect(formatValue('start_date', 'date_dmy_abbr', values)).toBe('15-Jan-2027');
    expect(formatValue('start_date', 'date_long_dmy', values)).toBe('15 January 2027');
    expect(formatValue('start_date', 'date_medium_dmy', values)).toBe('15 Jan 2027');
    expect(formatValue('start_date', 'date_month_year', values)).toBe('01/2027');
    expect(formatValue('start_date', 'date_iso_month', values)).toBe('2027-01');
    expect(formatValue('start_date', 'date_month_year_dash', values)).toBe('01-2027');
    expect(formatValue('start_date', 'date_month_year_yy', values)).toBe('01/27');
    expect(formatValue('start_date', 'date_iso_slash', values)).toBe('2027/01/15');
    expect(formatValue('start_date', 'date_iso_dot', values)).toBe('2027.01.15');
    expect(formatValue('start_date', 'date_dot_short', values)).toBe('15.1.2027');
    expect(formatValue('start_date', 'date_dot_spaced', values)).toBe('15. 1. 2027');
    expect(formatValue('start_date', 'date_us_short_yy', values)).toBe('1/15/27');
    expect(formatValue('start_date', 'date_cjk', values)).toBe('2027年01月15日');
    expect(formatValue('phone', 'phone_local_dashed', values)).toBe('555-0134');
    expect(formatValue('phone', 'phone_local_dashed', { phone: '+44 20 7946 0958' })).toBeUndefined();
    expect(formatValue('start_date', 'date_month', values)).toBe('01');
    expect(formatValue('start_date', 'date_month_unpadded', values)).toBe('1');
    expect(formatValue('start_date', 'date_day_unpadded', { start_date: '2027-03-05' })).toBe('5');
    expect(formatValue('start_date', 'date_year', values)).toBe('2027');
    expect([...formatsOf('first_name', { first_name: 'Jane' }).keys()]).toEqual([]);
  });
});
