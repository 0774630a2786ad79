import { describe, expect, it } from 'vitest';
import { withoutSharedQuestion } from './shared-question.ts';

const offered = (...texts: string[]) => texts.map((text) => ({ value: text, text }));

describe('withoutSharedQuestion', () => {
  it("offers a question table's radios by their column's answer", () => {
    const row = offered(
      '2. Will you need visa sponsorship (for example H-1B)? Yes',
      '2. Will you need visa sponsorship (for example H-1B)? No',
    );
    expect(withoutSharedQuestion(row).map((choice) => choice.text)).toEqual(['Yes', 'No']);
    // The value stays the page's.
    expect(withoutSharedQuestion(row)[0]?.value).toBe(row[0]?.value);
  });

  it('leaves answers that only begin alike, and a lone option, as they are', () => {
    const answers = offered('Yes, I am authorized to work', 'Yes, I will need a visa later', 'No');
    expect(withoutSharedQuestion(answers)).toBe(answers);
    const sentences = offered('I am authorized to work for any employer', 'I am authorized to work only here');
    expect(withoutSharedQuestion(sentences)).toBe(sentences);
    const one = offered('Do you agree? Yes');
    expect(withoutSharedQuestion(one)).toBe(one);
  });
});
