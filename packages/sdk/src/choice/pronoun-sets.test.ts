import { describe, expect, it } from 'vitest';
import { optionSubjects, pronounRule, pronounSubjects, sameSubjects } from './pronoun-sets.ts';

const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe('pronounSubjects', () => {
  it('reads each set by its subject, whatever forms and order', () => {
    expect(sorted(pronounSubjects('She/Her/Hers'))).toEqual(['she']);
    expect(sorted(pronounSubjects('him / he'))).toEqual(['he']);
    expect(sorted(pronounSubjects('she / they'))).toEqual(['she', 'they']);
    expect(sorted(pronounSubjects('Xe/Xem'))).toEqual(['xe']);
  });

  it('finds none in "Prefer not to say", "Other" or "Use my name"', () => {
    expect(['Prefer not to say', 'Other', 'Use my name', 'Mother'].map((text) => pronounSubjects(text).size)).toEqual([
      0, 0, 0, 0,
    ]);
  });
});

describe('sameSubjects and optionSubjects', () => {
  it('compares sets, reading an option by text then value', () => {
    expect(sameSubjects(pronounSubjects('she/her'), optionSubjects({ value: 'x1', text: 'She/her/hers' }))).toBe(true);
    expect(sameSubjects(pronounSubjects('she/her'), optionSubjects({ value: 'she_they', text: '' }))).toBe(false);
  });
});

describe('pronounRule', () => {
  it('scores the options naming the same set', () => {
    const choices = ['He/him/his', 'She/her/hers', 'She/they', 'They/them', 'Prefer not to say'].map((text) => ({
      value: '',
      text,
    }));
    expect(pronounRule(choices, 'she/her', {})).toEqual([0, 1, 0, 0, 0]);
    expect(pronounRule(choices, 'they / she', {})).toEqual([0, 0, 1, 0, 0]);
    expect(pronounRule(choices, 'any', {})).toBeUndefined();
  });
});
