import { describe, expect, it } from 'vitest';
import { createLogLineLimiter } from './log-line-limiter.ts';

describe('log line limiter', () => {
  it('writes the first copies of a line per window, then counts the rest and reports them with the next window', () => {
    let now = 0;
    const judge = createLogLineLimiter({ maxIdentical: 2, windowMs: 1_000 }, () => now);
    expect([judge('a'), judge('a'), judge('a'), judge('a')]).toEqual([
      { write: true, suppressedBefore: 0 },
      { write: true, suppressedBefore: 0 },
      { write: false },
      { write: false },
    ]);
    // Another line has its own allowance.
    expect(judge('b')).toEqual({ write: true, suppressedBefore: 0 });
    now = 1_000;
    expect(judge('a')).toEqual({ write: true, suppressedBefore: 2 });
    expect(judge('a')).toEqual({ write: true, suppressedBefore: 0 });
  });

  it('tracks a bounded number of distinct lines', () => {
    let now = 0;
    const judge = createLogLineLimiter({ maxIdentical: 1, windowMs: 1_000 }, () => now, 2);
    judge('a');
    expect(judge('a')).toEqual({ write: false });
    judge('b');
    judge('c'); // forgets 'a', the oldest
    expect(judge('a')).toEqual({ write: true, suppressedBefore: 0 });
    now = 1;
    expect(judge('c')).toEqual({ write: false });
  });
});
