import type { AggregatorRunStore } from '../store/store-port.ts';

/**
 * Keeps the aggregation lease while a run works: renews it every third of its TTL, so the TTL can be
 * short (a killed run blocks the next one for at most one TTL, not an hour) while a long run keeps
 * it. Taking the lease again is how the holder renews it (acquireLease by the same owner).
 *
 *   start ──► every ttl/3: acquireLease(owner) ── false ──► lost (the run must not commit)
 *   stop() ◄── the run ends (ok, err or skipped)
 */
export function keepLease(
  runs: Pick<AggregatorRunStore, 'acquireLease'>,
  owner: string,
  ttlMs: number,
  clock: () => number,
) {
  let lost = false;
  const timer = setInterval(
    () => {
      runs.acquireLease(owner, clock(), ttlMs).then(
        (held) => {
          if (!held) lost = true;
        },
        // A failed renewal is not a loss yet: the lease holds until its TTL, and the commit checks again.
        () => undefined,
      );
    },
    Math.max(1, Math.floor(ttlMs / 3)),
  );
  timer.unref();
  return {
    /** Renews once more and says whether this owner still holds the lease; false once lost. */
    async stillHeld(): Promise<boolean> {
      if (lost) return false;
      lost = !(await runs.acquireLease(owner, clock(), ttlMs));
      return !lost;
    },
    stop(): void {
      clearInterval(timer);
    },
  };
}
