import { describe, expect, it } from 'vitest';
import { resembles } from './resembles.ts';

describe('resembles', () => {
  it('reads typo fixes, additions and re-spacing as edits', () => {
    expect(resembles('Janet', 'Jane')).toBe(true);
    expect(resembles('Jane M. Doe', 'Jane Doe')).toBe(true);
    expect(resembles('415-555-0134', '+1 415 555 0134')).toBe(true);
    expect(resembles('https://github.com/jane-doe', 'https://github.com/janedoe')).toBe(true);
  });

  it('reads a different answer as one', () => {
    expect(resembles('Product Design Lead', 'Jane')).toBe(false);
    expect(resembles('Acme Corp', 'jane@example.com')).toBe(false);
    expect(resembles('', 'Jane')).toBe(false);
  });
});
