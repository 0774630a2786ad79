import { describe, expect, it } from 'vitest';
import { salaryRule } from './salary-band.ts';

const choices = (...texts: string[]) => texts.map((text) => ({ value: text, text }));

describe('salaryRule', () => {
  it("scores the band that holds the salary in the person's own pay period", () => {
    const bands = choices('$120,000 - $140,000 per year', '$140,000 - $160,000 per year');
    expect(salaryRule(bands, '150000', { salary_period: 'year' })).toEqual([0, expect.any(Number)]);
    expect(salaryRule(bands, '150000', { salary_period: 'year' })?.[1]).toBeGreaterThan(0);
  });

  it('holds no yearly salary in bands per month, however their figures compare', () => {
    const monthly = choices('USD 12,000–13,999 per month', 'USD 14,000+ per month');
    expect(salaryRule(monthly, '150000', { salary_period: 'year' })).toEqual([0, 0]);
    // Without a period of the person's, the figures alone decide.
    expect(salaryRule(monthly, '150000', {})?.[1]).toBeGreaterThan(0);
  });

  it('reads bands that name no period as the person’s, and is not applicable to words', () => {
    expect(salaryRule(choices('$140k–$160k', 'Band C'), '150000', { salary_period: 'year' })?.[0]).toBeGreaterThan(0);
    expect(salaryRule(choices('Competitive'), 'negotiable', { salary_period: 'year' })).toBeUndefined();
  });
});
