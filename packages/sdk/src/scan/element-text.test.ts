import { describe, expect, it } from 'vitest';
import { normalizeText } from './element-text.ts';

describe('normalizeText', () => {
  it('collapses white space and keeps a short text whole', () => {
    expect(normalizeText('  First\n  name ')).toBe('First name');
  });

  it('cuts a long text at the end of a word, never inside one', () => {
    const question = 'Will you now or in the future require us to sponsor a visa for you to work in the United States?';
    expect(normalizeText(question, 90)).toBe(
      'Will you now or in the future require us to sponsor a visa for you to work in the United',
    );
    expect(normalizeText('one two three', 7)).toBe('one two');
  });
});
