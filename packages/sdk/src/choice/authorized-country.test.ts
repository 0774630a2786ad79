import { describe, expect, it } from 'vitest';
import { resolveChoice } from './resolve-choice.ts';

const options = (...texts: string[]) => texts.map((text) => ({ value: text, text }));
const PERSON = { country: 'United States', work_authorization: 'yes' };

describe('the right to work asked as a list of countries', () => {
  it("picks the person's own country for a yes, and nothing for a no", () => {
    const countries = options('Canada', 'Denmark', 'United States', 'United Kingdom');
    expect(resolveChoice(countries, 'work_authorization', 'yes', PERSON)).toBe(2);
    expect(resolveChoice(countries, 'work_authorization', 'no', PERSON)).toBe(-1);
  });

  it('leaves yes-or-no options to the yes/no rule', () => {
    expect(resolveChoice(options('Yes', 'No'), 'work_authorization', 'yes', PERSON)).toBe(0);
  });
});
