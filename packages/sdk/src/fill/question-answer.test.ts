import { describe, expect, it } from 'vitest';
import { valuesForQuestion } from './question-answer.ts';

const QUESTION = 'Are you legally authorized to work in the US without requiring visa sponsorship?';

describe('valuesForQuestion', () => {
  it('answers "authorized without sponsorship" yes only when no sponsorship is needed', () => {
    const answer = (work_authorization: string, sponsorship?: string) =>
      valuesForQuestion(QUESTION, 'work_authorization', {
        work_authorization,
        ...(sponsorship === undefined ? {} : { sponsorship }),
      }).work_authorization;
    expect(answer('yes', 'no')).toBe('yes');
    expect(answer('yes', 'yes')).toBe('no');
    expect(answer('no', 'no')).toBe('no');
    // Without a sponsorship answer the profile's own answer stands.
    expect(answer('yes')).toBe('yes');
  });

  it('leaves other questions and canonicals as they are', () => {
    const values = { work_authorization: 'yes', sponsorship: 'yes' };
    expect(valuesForQuestion('Are you authorized to work in the US?', 'work_authorization', values)).toBe(values);
    expect(valuesForQuestion(QUESTION, 'sponsorship', values)).toBe(values);
  });
});
