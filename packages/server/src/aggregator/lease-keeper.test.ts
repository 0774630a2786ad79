import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepLease } from './lease-keeper.ts';

describe('keepLease', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('renews every third of the TTL while held, and stops when told', async () => {
    const asks: number[] = [];
    let now = 1_000;
    const lease = keepLease({ acquireLease: async (_owner, at) => (asks.push(at), true) }, 'me', 300, () => now);
    now = 1_100;
    await vi.advanceTimersByTimeAsync(100);
    now = 1_200;
    await vi.advanceTimersByTimeAsync(100);
    expect(asks).toEqual([1_100, 1_200]);
    expect(await lease.stillHeld()).toBe(true);
    lease.stop();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(asks).toHaveLength(3);
  });

  it('reports a lease another owner took over, so the run does not commit', async () => {
    let held = true;
    const lease = keepLease({ acquireLease: async () => held }, 'me', 300, () => 0);
    expect(await lease.stillHeld()).toBe(true);
    held = false;
    await vi.advanceTimersByTimeAsync(100);
    held = true; // lost once is lost: the run's work was done without the lease
    expect(await lease.stillHeld()).toBe(false);
    lease.stop();
  });
});
