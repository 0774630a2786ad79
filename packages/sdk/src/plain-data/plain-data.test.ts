import { describe, expect, it } from 'vitest';
import { isRecord, isStringArray, isStringRecord, stringEntries } from './plain-data.ts';

describe('plain-data guards', () => {
  it('isRecord accepts objects only, not null or arrays', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord({ a: 1 })).toBe(true);
    for (const value of [null, undefined, [], 'a', 1, true]) expect(isRecord(value)).toBe(false);
  });

  it('isStringRecord needs every value to be a string', () => {
    expect(isStringRecord({})).toBe(true);
    expect(isStringRecord({ '#a': 'email', '#b': '' })).toBe(true);
    expect(isStringRecord({ '#a': 'email', '#b': 42 })).toBe(false);
    expect(isStringRecord({ '#a': null })).toBe(false);
    expect(isStringRecord(['email'])).toBe(false);
    expect(isStringRecord('email')).toBe(false);
  });

  it('isStringArray needs an array of strings', () => {
    expect(isStringArray([])).toBe(true);
    expect(isStringArray(['a', 'b'])).toBe(true);
    expect(isStringArray(['a', 1])).toBe(false);
    expect(isStringArray('nope')).toBe(false);
    expect(isStringArray({ 0: 'a', length: 1 })).toBe(false);
  });

  it('stringEntries keeps the string entries', () => {
    expect(stringEntries({ '#a': 'email', '#b': 42, '#c': 'city' })).toEqual({ '#a': 'email', '#c': 'city' });
    expect(stringEntries('nope')).toEqual({});
    expect(stringEntries(null)).toEqual({});
  });
});
