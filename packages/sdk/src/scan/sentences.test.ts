import { describe, expect, it } from 'vitest';
import { captionBeforeHelp, closingQuestion } from './sentences.ts';

describe('closingQuestion', () => {
  it('gives the question a text closes with after the sentences leading to it', () => {
    expect(closingQuestion("Kaldera's core hours are 9am–1pm Pacific. Which time zone do you work in? *")).toBe(
      'Which time zone do you work in?',
    );
    expect(
      closingQuestion('Our clients include federal agencies. Visits are required. Do you hold a U.S. passport?'),
    ).toBe('Do you hold a U.S. passport?');
    expect(closingQuestion('Core hours 9am–1pm Pacific: which time zone do you work in? ✱')).toBe(
      'which time zone do you work in?',
    );
  });

  it('gives nothing for a text that opens with its question, asks none last, or is one sentence', () => {
    expect(closingQuestion('Which time zone do you work in? Our team is in Pacific.')).toBeUndefined();
    expect(closingQuestion('Which time zone do you work in?')).toBeUndefined();
    expect(closingQuestion('Are you willing to relocate? Which city? Please explain.')).toBeUndefined();
    // "e.g." and "U.S." end no sentence.
    expect(closingQuestion('Are you authorized to work in the U.S. for any employer?')).toBeUndefined();
  });
});

describe('captionBeforeHelp', () => {
  it('gives the caption a label opens with before a required mark and the help after it', () => {
    expect(
      captionBeforeHelp(
        'Supporting statement (required) Please tell us why you are applying and how you meet the criteria.',
      ),
    ).toBe('Supporting statement');
    expect(captionBeforeHelp('Cover note * Tell us about yourself')).toBe('Cover note');
  });

  it('gives nothing for a label with no help after its mark', () => {
    expect(captionBeforeHelp('Supporting statement (required)')).toBeUndefined();
    expect(captionBeforeHelp('Email *')).toBeUndefined();
    expect(captionBeforeHelp('Salary * in thousands')).toBeUndefined();
    // A part's caption after the question's mark is no help.
    expect(captionBeforeHelp('Daytime phone * Ext')).toBeUndefined();
  });
});
