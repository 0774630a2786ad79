/** What to do with one log line. */
export type LogLineVerdict = { write: true; suppressedBefore: number } | { write: false };

export interface LogLineLimits {
  /** Identical lines written per window; the rest of the window's copies are counted, not written. */
  maxIdentical: number;
  windowMs: number;
}

/**
 * Lets at most `maxIdentical` copies of one line through per window. The first copy after a
 * quiet window reports how many were held back, so the log still says how often it happened.
 * Why: an attacker who can trigger a logged rejection would otherwise decide how fast the log
 * grows. Keys are the line's level and message, not its fields (fields may differ per request
 * and would let every copy count as new). At most `maxKeys` keys are tracked at once (the oldest
 * window is forgotten first), so the limiter's own memory stays bounded.
 */
export function createLogLineLimiter(limits: LogLineLimits, clock: () => number = Date.now, maxKeys = 1_000) {
  const windows = new Map<string, { startedAt: number; written: number; suppressed: number }>();

  return function judge(key: string): LogLineVerdict {
    const now = clock();
    const current = windows.get(key);
    if (current === undefined || now - current.startedAt >= limits.windowMs) {
      const suppressedBefore = current?.suppressed ?? 0;
      windows.delete(key);
      if (windows.size >= maxKeys) windows.delete(windows.keys().next().value!);
      windows.set(key, { startedAt: now, written: 1, suppressed: 0 });
      return { write: true, suppressedBefore };
    }
    if (current.written < limits.maxIdentical) {
      current.written += 1;
      return { write: true, suppressedBefore: 0 };
    }
    current.suppressed += 1;
    return { write: false };
  };
}
