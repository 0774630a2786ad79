import { describe, expect, it } from 'vitest';
import { rulesFor } from './rules-by-canonical.ts';

const choices = [
  { value: '', text: 'Yes' },
  { value: '', text: 'No' },
  { value: '', text: 'Germany' },
];

describe('rulesFor', () => {
  it("puts the canonical's own rule first and the yes/no rule last", () => {
    // A part of the US ("US – West Coast") is read first; it says nothing of a list of countries.
    const [area, own, ...rest] = rulesFor('country');
    expect(area?.rule(choices, 'Deutschland', {})).toBeUndefined();
    expect(own?.rule(choices, 'Deutschland', {})).toEqual([0, 0, 1]);
    expect(rest.at(-1)?.rule(choices, 'no', {})).toEqual([0, 2, 0]);
  });

  it('gives an unknown canonical the yes/no rule only', () => {
    const rules = rulesFor('willing_to_relocate');
    expect(rules).toHaveLength(1);
    expect(rules[0]?.rule(choices, 'y', {})).toEqual([2, 0, 0]);
  });

  it('lets a place list fall through to words, but not a country list', () => {
    expect(rulesFor('location')[0]?.decisive).toBe(false);
    expect(rulesFor('country')[0]?.decisive).toBe(true);
  });
});
