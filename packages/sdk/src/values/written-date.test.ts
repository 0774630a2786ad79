import { describe, expect, it } from 'vitest';
import { writtenDate } from './written-date.ts';

describe('writtenDate', () => {
  it('reads the ways a sentence writes a date', () => {
    expect(writtenDate('Can you start on or before February 1, 2027?')).toBe('2027-02-01');
    expect(writtenDate('by Feb. 1st, 2027')).toBe('2027-02-01');
    expect(writtenDate('before the 3rd of March 2027')).toBe('2027-03-03');
    expect(writtenDate('no later than 2027-02-01')).toBe('2027-02-01');
    expect(writtenDate('by 2/1/2027')).toBe('2027-02-01');
  });

  it('reads no date where there is none, or an impossible one', () => {
    expect(writtenDate('Are you available to start soon?')).toBeUndefined();
    expect(writtenDate('by 13/40/2027')).toBeUndefined();
  });
});
