import { describe, expect, it } from 'vitest';
import { UNMAPPED } from '../merge/unmapped.ts';
import { inferFinalMap } from './infer-final-map.ts';
import type { UserProfileValues } from './profile-values.ts';

const profileValues: UserProfileValues = {
  first_name: 'Jane',
  last_name: 'Doe',
  email: 'jane@example.com',
  city: 'Berlin',
  location: 'Berlin',
  website: '',
};

const suggested = { '#a': 'first_name', '#b': 'last_name', '#c': 'email' };
const filled = { '#a': 'Jane', '#b': 'Doe', '#c': 'jane@example.com' };

describe('inferFinalMap', () => {
  it('keeps the suggested map when nothing changed', () => {
    expect(inferFinalMap({ suggested, filled, final: filled, profileValues })).toEqual({ finalMap: suggested, corrections: {} });
  });

  it('votes for the canonical whose profile value the user typed', () => {
    const final = { ...filled, '#a': 'Doe', '#b': 'Jane' };
    expect(inferFinalMap({ suggested, filled, final, profileValues })).toEqual({
      finalMap: { '#a': 'last_name', '#b': 'first_name', '#c': 'email' },
      corrections: { '#a': 'last_name', '#b': 'first_name' },
    });
  });

  it('compares trimmed and case-insensitively', () => {
    const final = { ...filled, '#a': '  DOE ' };
    expect(inferFinalMap({ suggested, filled, final, profileValues }).corrections).toEqual({ '#a': 'last_name' });
  });

  it('is no correction when the value still is the suggested canonical’s value', () => {
    const final = { ...filled, '#a': 'JANE ' };
    expect(inferFinalMap({ suggested, filled, final, profileValues })).toEqual({ finalMap: suggested, corrections: {} });
  });

  it('drops a cleared field and records it as UNMAPPED', () => {
    const final = { ...filled, '#c': '   ' };
    expect(inferFinalMap({ suggested, filled, final, profileValues })).toEqual({
      finalMap: { '#a': 'first_name', '#b': 'last_name' },
      corrections: { '#c': UNMAPPED },
    });
  });

  it('gives no signal for a free edit or an ambiguous value', () => {
    const final = { ...filled, '#a': 'Janet', '#b': 'Berlin' };
    expect(inferFinalMap({ suggested, filled, final, profileValues })).toEqual({ finalMap: suggested, corrections: {} });
  });

  it('ignores empty profile values', () => {
    const final = { ...filled, '#a': 'x' };
    expect(inferFinalMap({ suggested, filled, final: { ...final, '#a': '' }, profileValues: { website: '' } }).corrections).toEqual({
      '#a': UNMAPPED,
    });
    expect(inferFinalMap({ suggested, filled, final, profileValues: { website: '' } }).corrections).toEqual({});
  });

  it('learns a field the SDK left empty when the user typed a profile value into it', () => {
    const result = inferFinalMap({ suggested, filled, final: { ...filled, '#d': 'jane@example.com ' }, profileValues });
    expect(result.finalMap['#d']).toBe('email');
    expect(result.corrections).toEqual({ '#d': 'email' });
  });

  it('ignores fields the SDK did not fill and the user left empty or removed', () => {
    const final = { '#a': 'Jane', '#x': '' };
    expect(inferFinalMap({ suggested, filled, final, profileValues })).toEqual({ finalMap: suggested, corrections: {} });
  });

  it('returns canonical names only, never values', () => {
    const canary = { first_name: 'canary-71b2', last_name: 'canary-71b3' };
    const result = inferFinalMap({
      suggested: { '#a': 'first_name' },
      filled: { '#a': 'canary-71b2' },
      final: { '#a': 'canary-71b3', '#z': '' },
      profileValues: canary,
    });
    expect(result.corrections).toEqual({ '#a': 'last_name' });
    expect(JSON.stringify(result)).not.toContain('canary');
  });
});
