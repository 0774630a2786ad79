import { describe, expect, it } from 'vitest';
import { payPeriodOf, payPeriodRule } from './pay-period.ts';
import { resolveChoice } from './resolve-choice.ts';

const options = (...texts: string[]) => texts.map((text, index) => ({ value: String(index), text }));

describe('payPeriodOf', () => {
  it('reads the unit however a page words it', () => {
    // In French, Spanish and German; "an hour" is still an hour.
    expect(['Salaire annuel', 'Taux horaire', 'Salario mensual', 'Monatlich', 'an hour'].map(payPeriodOf)).toEqual([
      'year',
      'hour',
      'month',
      'month',
      'hour',
    ]);
    // A Spanish "Por" list: Hora / Semana / Día / Año.
    expect(['Hora', 'Semana', 'Día', 'Año'].map(payPeriodOf)).toEqual(['hour', 'week', 'day', 'year']);
    expect(['Per year', 'Annually', 'Yearly', 'per annum', '/yr', 'Annual salary'].map(payPeriodOf)).toEqual(
      Array(6).fill('year'),
    );
    expect(['Monthly', 'per month', 'Hourly', '/hr', 'Per week', 'Daily rate'].map(payPeriodOf)).toEqual([
      'month',
      'month',
      'hour',
      'hour',
      'week',
      'day',
    ]);
    // Hungarian, Romanian, Finnish, Vietnamese and Thai months.
    expect(
      [
        'Bruttó havi bérigény (Ft)',
        'Salariu net dorit (RON/lună)',
        'Palkkatoive (€/kk)',
        'triệu VNĐ/tháng',
        'บาท/เดือน',
      ].map(payPeriodOf),
    ).toEqual(Array(5).fill('month'));
    expect(payPeriodOf('Hourly or daily')).toBeUndefined();
    expect(payPeriodOf('Select...')).toBeUndefined();
  });
});

describe('salary_period choices', () => {
  it('picks the option naming the user’s period', () => {
    expect(resolveChoice(options('Select...', 'Per hour', 'Per month', 'Per year'), 'salary_period', 'year', {})).toBe(
      3,
    );
    expect(resolveChoice(options('Hour', 'Week', 'Year'), 'salary_period', 'year', {})).toBe(2);
    expect(resolveChoice(options('Hourly', 'Annually'), 'salary_period', 'hour', {})).toBe(0);
    // A pay type: hourly or salaried (by the year).
    expect(resolveChoice(options('Select...', 'Hourly', 'Salary'), 'salary_period', 'year', {})).toBe(2);
  });

  it('picks the option naming the unit alone over one adding to it', () => {
    const australian = options('per annum', 'per annum + super', 'per day', 'per hour');
    expect(resolveChoice(australian, 'salary_period', 'year', {})).toBe(0);
    expect(resolveChoice(options('Annual + bonus', 'Annual'), 'salary_period', 'year', {})).toBe(1);
  });

  it('picks nothing when no option or several name it', () => {
    expect(resolveChoice(options('Per hour', 'Per month'), 'salary_period', 'year', {})).toBe(-1);
    expect(payPeriodRule(options('Yearly', 'Annual'), 'year', {})).toEqual([2, 2]);
    expect(resolveChoice(options('Yearly', 'Annual'), 'salary_period', 'year', {})).toBe(-1);
  });
});
