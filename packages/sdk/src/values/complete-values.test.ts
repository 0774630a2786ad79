import { describe, expect, it } from 'vitest';
import { completeValues } from './complete-values.ts';
import { detectFormat } from './detect-format.ts';

describe('completeValues', () => {
  it('derives names both ways, the dial code and a location, keeping stated values', () => {
    expect(completeValues({ first_name: 'Ada', last_name: 'Lovelace' }).full_name).toBe('Ada Lovelace');
    expect(completeValues({ full_name: 'Ada King Lovelace' })).toMatchObject({
      first_name: 'Ada King',
      last_name: 'Lovelace',
    });
    expect(completeValues({ phone: '+44 20 7946 0958', country: 'United Kingdom' }).phone_country_code).toBe('+44');
    expect(completeValues({ phone: '+44 20 7946 0958', phone_country_code: '+1' }).phone_country_code).toBe('+1');
    expect(completeValues({ city: 'Austin', region: 'Texas', country: 'US' }).location).toBe('Austin, Texas');
    expect(completeValues({ city: 'Austin', location: 'Remote' }).location).toBe('Remote');
  });

  it('reads a current employer as being employed, and no employer as nothing', () => {
    expect(completeValues({ current_company: 'Acme' }).currently_employed).toBe('yes');
    expect(completeValues({ current_company: 'Acme', currently_employed: 'no' }).currently_employed).toBe('no');
    expect(completeValues({}).currently_employed).toBeUndefined();
  });
});

describe('completeValues: salary period', () => {
  it('derives the period only from an amount that can mean one, and never over a stated one', () => {
    expect(completeValues({ salary_expectation: '$150,000' }).salary_period).toBe('year');
    expect(completeValues({ salary_expectation: '45' }).salary_period).toBe('hour');
    expect(completeValues({ salary_expectation: '6000' }).salary_period).toBeUndefined();
    expect(completeValues({ salary_expectation: '150000', salary_period: 'month' }).salary_period).toBe('month');
  });
});

describe('detectFormat', () => {
  it('names the format a person left, not the value as stored', () => {
    const values = { phone: '+1 415 555 0134', start_date: '2027-01-15' };
    expect(detectFormat('phone', '4155550134', values)).toBe('phone_digits');
    expect(detectFormat('start_date', '01/15/2027', values)).toBe('date_us');
    expect(detectFormat('phone', '+1 415 555 0134', values)).toBe('as_written');
    expect(detectFormat('first_name', 'Jane', { first_name: 'Jane' })).toBeUndefined();
    expect(detectFormat('phone', '555', values)).toBe('phone_exchange');
    expect(detectFormat('phone', '999', values)).toBeUndefined();
  });
});
