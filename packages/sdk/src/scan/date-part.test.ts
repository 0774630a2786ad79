import { describe, expect, it } from 'vitest';
import { closingDatePart, datePart, isDatePartWord, namesDatePart } from './date-part.ts';

describe('date parts', () => {
  it('reads the one part a text names, in words or letters', () => {
    expect(datePart('Month')).toBe('date_month');
    expect(datePart('DD')).toBe('date_day');
    expect(datePart('YYYY')).toBe('date_year');
    expect(datePart('yy')).toBe('date_year');
    expect(datePart('Monat')).toBe('date_month');
    expect(datePart('Jour')).toBe('date_day');
    expect(datePart('Année')).toBe('date_year');
    expect(datePart('Año')).toBe('date_year');
  });

  it('takes a one-word label naming a part as the part, not a question', () => {
    expect(isDatePartWord('Tag')).toBe(true);
    expect(isDatePartWord('mois')).toBe(true);
    expect(isDatePartWord('Birth month')).toBe(false);
    expect(isDatePartWord('Monatsgehalt')).toBe(false);
  });

  it('reads no part from a text naming two or none', () => {
    expect(datePart('mm/yyyy')).toBeUndefined();
    expect(datePart('Start date')).toBeUndefined();
    expect(datePart('Holiday')).toBeUndefined();
  });

  it('reads the part a label closes with, not one its question names', () => {
    expect(closingDatePart('When could you start? Day')).toBe('date_day');
    expect(closingDatePart('Year *')).toBe('date_year');
    expect(closingDatePart('First day you could start')).toBeUndefined();
    // The pattern of a whole date in German letters, not its month.
    expect(closingDatePart('Eintrittstermin Format: TT.MM.JJJJ')).toBeUndefined();
    expect(closingDatePart('Available from (mm/yyyy)')).toBeUndefined();
  });

  it('tells a text naming a part from one that does not', () => {
    expect(namesDatePart('Birth month')).toBe(true);
    expect(namesDatePart('State')).toBe(false);
  });
});
