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
    expect(normalizeText(`${preamble} ${question}`, 100)).toBe(question);
    const help = 'Please tell us about your experience with the tools we use every day. Upload a file if you prefer.';
    expect(normalizeText(`${preamble} ${help}`, 100)).toBe(`${preamble} ${help}`.slice(0, 100).trim());
    // An abbreviation ends no sentence: "(e.g. H-1B)" is inside the question.
    const sponsor =
      'Will you now or in the future require Fenwright to sponsor an immigration case (e.g. H-1B) in order to employ you?';
    expect(normalizeText(sponsor, 100)).toBe(sponsor.slice(0, 100).trim());
    const us =
      'Our clinics are in the U.S. Do you hold an active state license in any of the states where we operate today?';
    expect(normalizeText(us, 100)).toBe(us.slice(0, 100).trim());
  });

  it('keeps the start of a question too long to keep whole after its preamble', () => {
    const preamble = 'Our clients include federal agencies, which means some positions need cleared staff.';
    const question =
      'Will you now or in the future require sponsorship for employment visa status (e.g., H-1B visa status)?';
    expect(normalizeText(`${preamble} ${question}`, 100)).toBe(question.slice(0, 100).trim());
    const longer = `${preamble} Cleared staff work on site in Arlington and travel to agency offices as needed.`;
    expect(normalizeText(`${longer} ${question}`, 100)).toBe(question.slice(0, 100).trim());
    // A text that opens with its question keeps it; the help after it is no question.
    const opening = 'Are you legally authorized to work in the United States for any employer without sponsorship?';
    const help =
      'Answer No if you hold a visa that ties you to your current employer. We will follow up later, by email.';
    expect(normalizeText(`${opening} ${help} Any questions? Write to us.`, 100)).toBe(
      `${opening} ${help}`.slice(0, 100).trim(),
    );
  });
});
