import { describe, expect, it } from 'vitest';
import type { Choice } from '../fill/match-choice.ts';
import { USER } from './ats-options.fixture.ts';
import { resolveChoices } from './resolve-choices.ts';

const boxes = (...texts: string[]): Choice[] => texts.map((text) => ({ value: 'on', text }));

describe('resolveChoices', () => {
  it('checks the one box a single value means', () => {
    expect(resolveChoices(boxes('Yes', 'No'), 'work_authorization', 'true', USER)).toEqual([0]);
    expect(resolveChoices(boxes('Canada', 'United States', 'Mexico'), 'country', 'USA', USER)).toEqual([1]);
  });

  it('resolves each part of a comma-separated value', () => {
    const languages = boxes('English', 'French', 'German', 'Spanish');
    expect(resolveChoices(languages, 'languages', 'Spanish, English', USER)).toEqual([0, 3]);
    const offices = boxes('Berlin, Germany', 'London, United Kingdom', 'Remote');
    expect(resolveChoices(offices, 'location', 'Remote; London', USER)).toEqual([1, 2]);
  });

  it('keeps a comma inside one answer whole', () => {
    expect(resolveChoices(boxes('San Francisco, CA', 'New York, NY'), 'location', 'San Francisco, CA', USER)).toEqual([
      0,
    ]);
    // …also when the option says more of the place than the value.
    const offices = boxes('San Francisco, CA (Mission Bay)', 'Seattle, WA (South Lake Union)', 'Atlanta, GA (Midtown)');
    expect(resolveChoices(offices, 'location', 'San Francisco, CA', USER)).toEqual([0]);
  });

  it('checks nothing when any part is unsure', () => {
    const languages = boxes('English', 'French', 'German');
    expect(resolveChoices(languages, 'languages', 'English, Klingon', USER)).toEqual([]);
    expect(resolveChoices(languages, 'languages', 'Klingon', USER)).toEqual([]);
  });

  it('spreads a pronoun set over the boxes that together name it', () => {
    const pronouns = boxes('He/him', 'She/her', 'They/them', 'Prefer not to say');
    expect(resolveChoices(pronouns, 'pronouns', 'she/they', USER)).toEqual([1, 2]);
    expect(resolveChoices(pronouns, 'pronouns', 'she/her', USER)).toEqual([1]);
    expect(resolveChoices(pronouns, 'pronouns', 'xe/they', USER)).toEqual([]);
  });
});
