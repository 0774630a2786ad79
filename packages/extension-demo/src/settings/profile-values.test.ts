import { describe, expect, it } from 'vitest';
import { PROFILE_FIELDS, fieldLabel } from './profile-fields.ts';
import { parseProfileValues, PROFILE_VALUE_NAMES } from './profile-values.ts';

describe('PROFILE_VALUE_NAMES', () => {
  it('holds the application answers and no file', () => {
    for (const name of [
      'salary_expectation',
      'salary_currency',
      'start_date',
      'work_authorization',
      'sponsorship',
      'cover_letter',
      'school',
      'degree',
    ]) {
      expect(PROFILE_VALUE_NAMES).toContain(name);
    }
    expect(PROFILE_VALUE_NAMES).not.toContain('resume_upload');
  });

  it('has a label and a group on the options page for every value', () => {
    expect(Object.keys(PROFILE_FIELDS).sort()).toEqual([...PROFILE_VALUE_NAMES].sort());
    expect(new Set(Object.values(PROFILE_FIELDS).map((field) => field.label)).size).toBe(PROFILE_VALUE_NAMES.length);
  });
});

describe('parseProfileValues', () => {
  it('keeps known, non-empty, trimmed values only', () => {
    expect(parseProfileValues({ email: ' ada@example.com ', first_name: '', password: 'x', city: 'London' })).toEqual({
      email: 'ada@example.com',
      city: 'London',
    });
    expect(parseProfileValues(['not', 'a', 'record'])).toEqual({});
  });

  it('keeps every value a user can hold, the application answers included', () => {
    const all = Object.fromEntries(PROFILE_VALUE_NAMES.map((name) => [name, `value of ${name}`]));
    expect(parseProfileValues(all)).toEqual(all);
    expect(parseProfileValues({ ...all, resume_upload: 'cv.pdf', notice_period: '2 weeks' })).toEqual(all);
  });

  it('keeps nothing from a malformed values object', () => {
    expect(parseProfileValues(undefined)).toEqual({});
    expect(parseProfileValues({ email: 'ada@example.com', city: 42 })).toEqual({});
    expect(parseProfileValues({ email: 'ada@example.com', city: 'x'.repeat(2_001) })).toEqual({});
    expect(parseProfileValues({ city: 'x'.repeat(2_000) })).toEqual({ city: 'x'.repeat(2_000) });
  });

  it('lets a cover letter run to 5000 characters, and no further', () => {
    const letter = 'Dear hiring team,\n\n' + 'x'.repeat(4_981);
    expect(letter).toHaveLength(5_000);
    expect(parseProfileValues({ cover_letter: letter, city: 'Bern' })).toEqual({ cover_letter: letter, city: 'Bern' });
    expect(parseProfileValues({ cover_letter: `${letter}!`, city: 'Bern' })).toEqual({});
  });
});

describe('fieldLabel', () => {
  it('reads a canonical as the options page names it, else in plain words', () => {
    expect(fieldLabel('salary_expectation')).toBe('Salary expectation');
    expect(fieldLabel('start_date')).toBe('Start date');
    expect(fieldLabel('resume_upload')).toBe('Resume file');
    expect(fieldLabel('notice_period')).toBe('Notice period');
    expect(fieldLabel('toString')).toBe('ToString');
  });
});
