import { describe, expect, it } from 'vitest';
import { normalizeText } from './element-text.ts';

describe('normalizeText', () => {
  it('collapses whitespace and caps a long text at its start', () => {
    expect(normalizeText('  First \n  Name *  ')).toBe('First Name *');
    expect(normalizeText(`${'word '.repeat(30)}end`, 20)).toBe('word word word word');
  });

  it('keeps the question after a preamble too long for both, and only a question', () => {
    const preamble = 'This position is on site at our Bozeman headquarters five days a week.';
    const question = 'Do you currently live within commuting distance of Bozeman, MT? *';
    expect(normalizeText(`${preamble} ${question}`)).toBe(question);
    const help = 'Please tell us about your experience with the tools we use every day. Upload a file if you prefer.';
    expect(normalizeText(`${preamble} ${help}`)).toBe(`${preamble} ${help}`.slice(0, 100).trim());
    // An abbreviation ends no sentence: "(e.g. H-1B)" is inside the question.
    const sponsor =
      'Will you now or in the future require Fenwright to sponsor an immigration case (e.g. H-1B) in order to employ you?';
    expect(normalizeText(sponsor)).toBe(sponsor.slice(0, 100).trim());
    const us =
      'Our clinics are in the U.S. Do you hold an active state license in any of the states where we operate today?';
    expect(normalizeText(us)).toBe(us.slice(0, 100).trim());
  });
});
