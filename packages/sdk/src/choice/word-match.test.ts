import { describe, expect, it } from 'vitest';
import { equalsOption, sharesWords } from './word-match.ts';

describe('equalsOption', () => {
  it('compares normalized text and a meaningful value', () => {
    expect(equalsOption({ value: 'x1', text: 'SAN FRANCISCO' }, 'san francisco')).toBe(true);
    expect(equalsOption({ value: 'US', text: 'United States' }, 'us')).toBe(true);
    expect(equalsOption({ value: '7', text: '5-10 years' }, '7')).toBe(false);
    expect(equalsOption({ value: 'a', text: 'Yes' }, '  ')).toBe(false);
  });
});

describe('sharesWords', () => {
  it('matches whole words either way', () => {
    expect(sharesWords({ value: '', text: 'San Francisco, CA' }, 'San Francisco')).toBe(true);
    expect(sharesWords({ value: '', text: 'Berlin' }, 'Berlin, Germany')).toBe(true);
    expect(sharesWords({ value: '', text: "Bachelor's Degree" }, 'Bachelor')).toBe(true);
  });

  it('refuses partial words and sides under three characters', () => {
    expect(sharesWords({ value: '', text: 'Francisco Partners' }, 'San Francisco')).toBe(false);
    expect(sharesWords({ value: '', text: 'Newark' }, 'New')).toBe(false);
    expect(sharesWords({ value: '', text: 'CA' }, 'San Francisco, CA')).toBe(false);
  });
});
