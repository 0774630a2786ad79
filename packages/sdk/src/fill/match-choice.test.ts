import { describe, expect, it } from 'vitest';
import { isTruthyWord, matchChoice } from './match-choice.ts';

const countries = [
  { value: '', text: 'Choose' },
  { value: 'us', text: 'United States' },
  { value: 'US-old', text: 'us' },
  { value: 'de', text: 'Germany' },
];

describe('matchChoice', () => {
  it('prefers an exact value, then a folded value, then the visible text', () => {
    expect(matchChoice(countries, 'us')).toBe(1);
    expect(matchChoice(countries, ' DE ')).toBe(3);
    expect(matchChoice(countries, 'united   states')).toBe(1);
  });

  it('returns -1 for no match and for a blank value', () => {
    expect(matchChoice(countries, 'France')).toBe(-1);
    expect(matchChoice(countries, '   ')).toBe(-1);
  });
});

describe('isTruthyWord', () => {
  it('accepts yes/true/1/on in any case and nothing else', () => {
    expect(['Yes', 'TRUE', '1', ' on '].map(isTruthyWord)).toEqual([true, true, true, true]);
    expect(['no', 'false', '0', '', 'maybe'].map(isTruthyWord)).toEqual([false, false, false, false, false]);
  });
});
