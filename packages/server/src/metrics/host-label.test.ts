import { describe, expect, it } from 'vitest';
import { createHostLabeler, OTHER_HOST } from './host-label.ts';

describe('createHostLabeler', () => {
  it('keeps the first hosts up to the cap and folds the rest, counting each fold', () => {
    let overflow = 0;
    const label = createHostLabeler(2, () => (overflow += 1));
    expect(label('a.com')).toBe('a.com');
    expect(label('b.com')).toBe('b.com');
    expect(label('c.com')).toBe(OTHER_HOST);
    expect(label('a.com')).toBe('a.com');
    expect(label('d.com')).toBe(OTHER_HOST);
    expect(overflow).toBe(2);
  });
});
