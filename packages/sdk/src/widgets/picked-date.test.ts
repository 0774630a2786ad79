import { describe, expect, it } from 'vitest';
import { declaredDateFormat } from './picked-date.ts';

const box = (attributes: Record<string, string>) => ({
  attributes: Object.entries(attributes).map(([name, value]) => ({ name, value })),
});

describe('declaredDateFormat', () => {
  it("reads the format a picker library declares on its box, in a placeholder's letters", () => {
    expect(declaredDateFormat(box({ datepicker: '', 'datepicker-format': 'mm/dd/yyyy' }))).toBe('mm/dd/yyyy');
    expect(declaredDateFormat(box({ 'data-date-format': 'DD.MM.YYYY' }))).toBe('DD.MM.YYYY');
    // flatpickr's PHP-style letters.
    expect(declaredDateFormat(box({ 'data-date-format': 'd/m/Y' }))).toBe('dd/mm/yyyy');
    expect(declaredDateFormat(box({ 'data-date-format': 'F j, Y' }))).toBe('mmmm d, yyyy');
  });

  it('finds none on a box that declares no date format', () => {
    expect(declaredDateFormat(box({ 'data-format': 'currency', placeholder: 'Select date' }))).toBe('');
  });
});
