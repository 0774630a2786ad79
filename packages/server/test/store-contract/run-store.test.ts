import { expect, it } from 'vitest';
import type { FieldProfile, FormProfile, WindowAggregation } from '../../src/store/store-port.ts';
import { describeEachStore, freshStorePerTest } from './describe-each-store.ts';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const HOUR = 3_600_000;

function profile(host: string, overrides: Partial<FormProfile> = {}): FormProfile {
  return {
    host,
    schemaHash: 'v1:00000000000000aa',
    canonicalMap: { '#email': 'email', '#first': 'first_name' },
    formatMap: {},
    eventCount: 12,
    distinctInstalls: 4,
    successRate: 0.75,
    avgEditChars: 2.5,
    avgDurationMs: 31_000.25,
    p50DurationMs: 30_000,
    p90DurationMs: 45_000,
    lastEventAt: NOW - 1_000,
    guardSuccessRate: 0.75,
    guardEditChars: 2.5,
    distinctNetworks: 3,
    voteAlarm: null,
    ...overrides,
  };
}

/** A run's result with only form profiles. */
function formsOnly(profiles: FormProfile[], eventsRead: number): WindowAggregation {
  return { profiles, fieldProfiles: [], flips: [], eventsRead };
}

describeEachStore('AggregatorRunStore contract', (backend) => {
  const opened = freshStorePerTest(backend);

  it('commitRun replaces every profile and marks the run ok', async () => {
    const { runs, profiles } = opened().store;
    const first = await runs.startRun(NOW, 30);
    await runs.commitRun(
      first,
      formsOnly([profile('a.example.com'), profile('b.example.com', { successRate: null })], 100),
      NOW + 5,
    );
    expect(await profiles.getProfile('b.example.com', 'v1:00000000000000aa')).toEqual({
      ...profile('b.example.com', { successRate: null }),
      runId: first,
    });

    const second = await runs.startRun(NOW + HOUR, 30);
    await runs.commitRun(second, formsOnly([profile('c.example.com', { eventCount: 3 })], 3), NOW + HOUR + 5);
    expect(await profiles.getProfile('a.example.com', 'v1:00000000000000aa')).toBeUndefined();
    expect(await profiles.getProfile('c.example.com', 'v1:00000000000000aa')).toEqual({
      ...profile('c.example.com', { eventCount: 3 }),
      runId: second,
    });
    expect(await profiles.getProfile('c.example.com', 'v1:00000000000000bb')).toBeUndefined();
    expect((await runs.recentRuns(1))[0]).toEqual({
      runId: second,
      status: 'ok',
      startedAt: NOW + HOUR,
      finishedAt: NOW + HOUR + 5,
      eventsRead: 3,
      profilesUpdated: 1,
      error: null,
    });
  });

  it('a commitRun the database refuses midway leaves the previous profiles and the run unfinished', async () => {
    const { store, refuseProfilesOf } = opened();
    const first = await store.runs.startRun(NOW, 30);
    await store.runs.commitRun(first, formsOnly([profile('good.example.com')], 10), NOW + 1);
    await refuseProfilesOf('zz-poison.example.com');

    const second = await store.runs.startRun(NOW + HOUR, 30);
    // The refused row comes after others were written (and after the old ones were deleted).
    const next = [profile('new.example.com'), profile('zz-poison.example.com')];
    await expect(store.runs.commitRun(second, formsOnly(next, 20), NOW + HOUR + 1)).rejects.toThrow(
      /injected database error/,
    );
    expect(await store.profiles.getProfile('good.example.com', 'v1:00000000000000aa')).toMatchObject({ runId: first });
    expect(await store.profiles.getProfile('new.example.com', 'v1:00000000000000aa')).toBeUndefined();
    expect((await store.runs.recentRuns(1))[0]).toMatchObject({ runId: second, status: 'running', finishedAt: null });

    await store.runs.failRun(second, 'injected database error', NOW + HOUR + 2);
    expect((await store.runs.recentRuns(1))[0]).toMatchObject({
      runId: second,
      status: 'err',
      error: 'injected database error',
      finishedAt: NOW + HOUR + 2,
    });
    await store.events.ping(); // the store is still usable after the failed transaction
  });

  it('the lease is exclusive until released or expired, and renewable by its holder', async () => {
    const { runs } = opened().store;
    expect(await runs.acquireLease('a', NOW, 1_000)).toBe(true);
    expect(await runs.acquireLease('b', NOW + 999, 1_000)).toBe(false);
    expect(await runs.acquireLease('a', NOW + 500, 1_000)).toBe(true); // renewed to NOW + 1500
    expect(await runs.acquireLease('b', NOW + 1_000, 1_000)).toBe(false);
    await runs.releaseLease('b'); // not the holder: no effect
    expect(await runs.acquireLease('b', NOW + 1_499, 1_000)).toBe(false);
    expect(await runs.acquireLease('b', NOW + 1_500, 1_000)).toBe(true); // expired: taken over
    expect(await runs.acquireLease('a', NOW + 1_600, 1_000)).toBe(false);
    await runs.releaseLease('b');
    expect(await runs.acquireLease('a', NOW + 1_700, 1_000)).toBe(true);
  });

  it('of many processes asking for the lease at once, exactly one gets it', async () => {
    const { store, openSibling } = opened();
    const stores = [store, await openSibling(), await openSibling()];
    const asks = Array.from({ length: 12 }, (_, i) =>
      stores[i % stores.length]!.runs.acquireLease(`owner-${i}`, NOW, 60_000),
    );
    expect((await Promise.all(asks)).filter(Boolean)).toHaveLength(1);
  });

  it('a scheduled run is claimed once per gap, however many processes ask at once', async () => {
    const { store, openSibling } = opened();
    const stores = [store, await openSibling(), await openSibling()];
    const claims = await Promise.all(
      Array.from({ length: 12 }, (_, i) => stores[i % stores.length]!.runs.claimScheduledRun(NOW + i, 30, HOUR)),
    );
    const won = claims.filter((id): id is number => id !== null);
    expect(won).toHaveLength(1);
    expect(await store.runs.recentRuns(10)).toHaveLength(1);
    // Within the gap: refused; past it: granted.
    expect(await store.runs.claimScheduledRun(NOW + HOUR - 1, 30, HOUR)).toBeNull();
    const later = await store.runs.claimScheduledRun(NOW + HOUR + 12, 30, HOUR);
    expect(later).toEqual(expect.any(Number));
    expect(later).toBeGreaterThan(won[0]!);
  });

  it('a failed run does not use up the gap, a manual run does', async () => {
    const { runs } = opened().store;
    const failed = await runs.startRun(NOW, 30);
    await runs.failRun(failed, 'boom', NOW + 1);
    const retried = await runs.claimScheduledRun(NOW + 10, 30, HOUR);
    expect(retried).toEqual(expect.any(Number));
    await runs.commitRun(retried!, formsOnly([], 0), NOW + 20);
    expect(await runs.claimScheduledRun(NOW + 30, 30, HOUR)).toBeNull();
    // A manual run always starts, and counts for the next scheduled claim.
    const manual = await runs.startRun(NOW + 2 * HOUR, 7);
    expect(manual).toEqual(expect.any(Number));
    expect(await runs.claimScheduledRun(NOW + 2 * HOUR + 1, 30, HOUR)).toBeNull();
  });

  it('reaps runs left running as abandoned, counts them, and they do not use up the gap (#15)', async () => {
    const { runs } = opened().store;
    const done = await runs.startRun(NOW, 30);
    await runs.commitRun(done, formsOnly([], 0), NOW + 10);
    const dead = await runs.startRun(NOW + HOUR, 30); // its process was killed: never finished
    expect(await runs.claimScheduledRun(NOW + HOUR + 60_000, 30, HOUR)).toBeNull();

    expect(await runs.reapAbandonedRuns(NOW + HOUR + 120_000)).toBe(1);
    expect(await runs.reapAbandonedRuns(NOW + HOUR + 130_000)).toBe(0);
    expect((await runs.recentRuns(1))[0]).toMatchObject({
      runId: dead,
      status: 'abandoned',
      finishedAt: NOW + HOUR + 120_000,
    });
    expect(await runs.totals()).toMatchObject({ ok: 1, err: 0, abandoned: 1 });
    // The next scheduled run proceeds: an abandoned run, like a failed one, does not count as the interval's run.
    expect(await runs.claimScheduledRun(NOW + HOUR + 120_001, 30, HOUR)).toEqual(expect.any(Number));
  });

  it('totals and recentRuns describe the whole history', async () => {
    const { runs } = opened().store;
    expect(await runs.totals()).toEqual({ ok: 0, err: 0, abandoned: 0, profilesUpdated: 0, lastSuccessAt: null });
    expect(await runs.recentRuns(5)).toEqual([]);
    const a = await runs.startRun(NOW, 30);
    await runs.commitRun(a, formsOnly([profile('a.example.com'), profile('b.example.com')], 50), NOW + 10);
    const b = await runs.startRun(NOW + HOUR, 30);
    await runs.failRun(b, 'x'.repeat(2_000), NOW + HOUR + 10);
    const c = await runs.startRun(NOW + 2 * HOUR, 14);
    await runs.commitRun(c, formsOnly([profile('c.example.com')], 7), NOW + 2 * HOUR + 10);
    const d = await runs.startRun(NOW + 3 * HOUR, 30);

    expect(await runs.totals()).toEqual({
      ok: 2,
      err: 1,
      abandoned: 0,
      profilesUpdated: 3,
      lastSuccessAt: NOW + 2 * HOUR + 10,
    });
    const recent = await runs.recentRuns(3);
    expect(recent.map((r) => [r.runId, r.status])).toEqual([
      [d, 'running'],
      [c, 'ok'],
      [b, 'err'],
    ]);
    expect(recent[1]).toEqual({
      runId: c,
      status: 'ok',
      startedAt: NOW + 2 * HOUR,
      finishedAt: NOW + 2 * HOUR + 10,
      eventsRead: 7,
      profilesUpdated: 1,
      error: null,
    });
    expect(recent[2]!.error).toHaveLength(500); // error texts are kept short
    expect(recent[0]).toMatchObject({ finishedAt: null, eventsRead: 0, profilesUpdated: 0 });
  });
});
