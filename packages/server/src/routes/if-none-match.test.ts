import { describe, expect, it } from 'vitest';
import { ifNoneMatchHits } from './if-none-match.ts';

describe('ifNoneMatchHits (RFC 9110 §13.1.2)', () => {
  const etag = '"p-42"';

  it('matches the tag itself, its weak form, a list holding it and *', () => {
    expect(ifNoneMatchHits('"p-42"', etag)).toBe(true);
    expect(ifNoneMatchHits('W/"p-42"', etag)).toBe(true);
    expect(ifNoneMatchHits('"p-41", W/"p-42"', etag)).toBe(true);
    expect(ifNoneMatchHits('"a,b","p-42"', etag)).toBe(true);
    expect(ifNoneMatchHits('*', etag)).toBe(true);
    expect(ifNoneMatchHits('"p-42"', 'W/"p-42"')).toBe(true);
  });

  it('does not match another tag, an unquoted one or no header', () => {
    expect(ifNoneMatchHits('"p-41"', etag)).toBe(false);
    expect(ifNoneMatchHits('"p-41", "p-4"', etag)).toBe(false);
    expect(ifNoneMatchHits('p-42', etag)).toBe(false);
    expect(ifNoneMatchHits('"P-42"', etag)).toBe(false);
    expect(ifNoneMatchHits(undefined, etag)).toBe(false);
    expect(ifNoneMatchHits('', etag)).toBe(false);
  });
});
