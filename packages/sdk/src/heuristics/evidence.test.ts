import { describe, expect, it } from 'vitest';
import { evidenceTexts, identifierWords, normalizeText } from './evidence.ts';
import { field } from './field.fixture.ts';

describe('identifierWords', () => {
  it('splits brackets, underscores, dots and camelCase', () => {
    expect(identifierWords('job_application[first_name]')).toBe('job application first name');
    expect(identifierWords('legalNameSection_firstName')).toBe('legal name section first name');
    expect(identifierWords('urls[LinkedIn]')).toBe('urls linked in');
    expect(identifierWords('address1')).toBe('address 1');
    expect(identifierWords('HTMLInput')).toBe('html input');
  });
});

describe('normalizeText', () => {
  it('lower-cases and reduces punctuation to single spaces', () => {
    expect(normalizeText('  Résumé/CV * ')).toBe('résumé cv');
    expect(normalizeText('E-mail:')).toBe('e mail');
  });
});

describe('evidenceTexts', () => {
  it('normalizes every textual clue of a field', () => {
    const texts = evidenceTexts(
      field({ name: 'firstName', id: 'fn-1', label: 'First Name *', placeholder: 'Jane', nearbyText: 'About you' }),
    );
    expect(texts).toEqual({
      label: 'first name',
      name: 'first name',
      id: 'fn 1',
      placeholder: 'jane',
      nearbyText: 'about you',
    });
  });
});

describe('evidenceTexts', () => {
  it("reads a label that names only the kind of answer by the field's help, else by the heading over it", () => {
    expect(evidenceTexts(field({ label: 'Amount', hint: 'Desired base salary (annual, USD)' })).label).toBe(
      'desired base salary annual usd',
    );
    expect(
      evidenceTexts(field({ label: 'Answer *', section: 'How many years of experience do you have?' })).label,
    ).toBe('how many years of experience do you have');
    expect(evidenceTexts(field({ label: 'Amount' })).label).toBe('amount');
    expect(evidenceTexts(field({ label: 'Desired amount', hint: 'Per year' })).label).toBe('desired amount');
    // A bare date by its help only: the heading over it names the part, not the date.
    expect(evidenceTexts(field({ label: 'Date', hint: 'Earliest date you could start' })).label).toBe(
      'earliest date you could start',
    );
    expect(evidenceTexts(field({ label: 'Date', section: 'Signature' })).label).toBe('date');
  });

  it('reads a whole-name label shared by a row of boxes by the part each box is captioned with', () => {
    expect(evidenceTexts(field({ label: 'Name *', hint: 'First' })).label).toBe('first name');
    expect(evidenceTexts(field({ label: 'Legal Name', hint: 'Family name' })).label).toBe('family name');
    expect(evidenceTexts(field({ label: 'Name', hint: 'Surname' })).label).toBe('surname');
    expect(evidenceTexts(field({ label: 'Full name', hint: 'As on your passport' })).label).toBe('full name');
    expect(evidenceTexts(field({ label: 'Company name', hint: 'First' })).label).toBe('company name');
    // The caption and the part read as one label ("aria-labelledby" naming the row's caption and the box's).
    expect(evidenceTexts(field({ label: 'Legal name First' })).label).toBe('first name');
    expect(evidenceTexts(field({ label: 'Name Last' })).label).toBe('last name');
    // "Where do you live?" over an address in boxes each named by its placeholder.
    expect(evidenceTexts(field({ label: 'Where do you live?', placeholder: 'Street address' })).label).toBe(
      'street address',
    );
    expect(evidenceTexts(field({ label: 'Where do you live?', placeholder: 'City, State' })).label).toBe(
      'where do you live',
    );
  });

  it("reads a questionnaire's question without the number before it, and a number that asks as part of it", () => {
    expect(evidenceTexts(field({ label: '7. And your title there?' })).label).toBe('and your title there');
    expect(evidenceTexts(field({ label: 'Q3) Current function' })).label).toBe('current function');
    expect(evidenceTexts(field({ label: '18 or older?' })).label).toBe('18 or older');
  });
});
