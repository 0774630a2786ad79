/** Options of {@link backoffDelay}. */
export interface BackoffOptions {
  /** Cap of the first retry's window, in ms. */
  baseMs: number;
  /** The window never grows past this, in ms. */
  maxMs: number;
  /** Returns a number in [0, 1). */
  random: () => number;
}

/**
 * Delay before retry number `attempt` (1 = first retry): "full jitter", a uniform draw in
 * [0, min(maxMs, baseMs · 2^(attempt-1))). Full jitter spreads clients that failed together
 * (server restart) instead of having them return in lockstep.
 * See https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/.
 */
export function backoffDelay(attempt: number, { baseMs, maxMs, random }: BackoffOptions): number {
  return Math.floor(random() * backoffWindow(attempt, baseMs, maxMs));
}

/** Upper bound (exclusive) of the delay for `attempt`: min(maxMs, baseMs · 2^(attempt-1)). */
export function backoffWindow(attempt: number, baseMs: number, maxMs: number): number {
  // The exponent is capped so 2^n stays a finite number even after thousands of failures.
  const exponent = Math.min(Math.max(attempt - 1, 0), 40);
  return Math.min(maxMs, baseMs * 2 ** exponent);
}
