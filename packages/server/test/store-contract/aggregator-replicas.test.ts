import { expect, it } from 'vitest';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';
import { aggregateProfiles } from '../../src/aggregator/aggregate-profiles.ts';
import { createAggregatorRunner, type AggregatorRunSummary } from '../../src/aggregator/aggregator-runner.ts';
import { DEFAULT_SUPPORT } from '../../src/aggregator/support-thresholds.ts';
import type { Store } from '../../src/store/store-port.ts';
import { describeEachStore, freshStorePerTest } from './describe-each-store.ts';

const HOUR = 3_600_000;
const START = Date.parse('2026-11-27T00:00:00Z');
const MIN_GAP = 0.8 * HOUR; // what the schedule asks for with a 1 h interval and ±10 % jitter
// Where each replica's jittered timer fires within each interval (share of the interval, ±0.1).
const JITTER_A = [0.03, -0.1, 0.1, -0.02, 0.07, -0.06];
const JITTER_B = [-0.04, 0.09, -0.1, 0.0, 0.1, -0.06];

function replica(store: Store) {
  let now = START;
  const runner = createAggregatorRunner({
    store,
    lookbackDays: 30,
    support: DEFAULT_SUPPORT,
    log: () => {},
    clock: () => now,
  });
  return {
    fireAt(at: number): Promise<AggregatorRunSummary> {
      now = at;
      return runner.runOnce({ minGapMs: MIN_GAP });
    },
  };
}

describeEachStore('Two replicas sharing one database', (backend) => {
  const opened = freshStorePerTest(backend);

  it('make exactly one scheduled run per interval between them, with the right profiles', async () => {
    const { store, openSibling } = opened();
    const a = replica(store);
    const b = replica(await openSibling());
    const installs = ['install-aaaa0001', 'install-bbbb0002', 'install-cccc0003'];
    const outcomes: AggregatorRunSummary['status'][][] = [];
    for (let k = 0; k < JITTER_A.length; k++) {
      // New traffic each interval: a new form, so each run's profiles differ from the last.
      await store.events.insertEvents(
        installs.map((install_id) =>
          makeEvent({
            install_id,
            host: `form-${k}.example.com`,
            occurred_at: new Date(START + k * HOUR - 60_000).toISOString(),
          }),
        ),
        START + k * HOUR,
      );
      const both = await Promise.all([
        a.fireAt(START + (k + JITTER_A[k]!) * HOUR),
        b.fireAt(START + (k + JITTER_B[k]!) * HOUR),
      ]);
      outcomes.push(both.map((s) => s.status).sort());
    }
    expect(outcomes).toEqual(JITTER_A.map(() => ['ok', 'skipped']));

    const runs = (await store.runs.recentRuns(100)).reverse();
    expect(runs).toHaveLength(JITTER_A.length);
    expect(runs.every((r) => r.status === 'ok')).toBe(true);
    for (let i = 1; i < runs.length; i++)
      expect(runs[i]!.startedAt - runs[i - 1]!.startedAt).toBeGreaterThanOrEqual(MIN_GAP);

    // The profiles are those of the last run, over every event in its window.
    const lastRun = runs.at(-1)!;
    const expected = await aggregateProfiles(
      store.events.windowEvents(lastRun.startedAt - 30 * 24 * HOUR),
      DEFAULT_SUPPORT,
    );
    expect(expected.profiles).toHaveLength(JITTER_A.length);
    for (const profile of expected.profiles) {
      expect(await store.profiles.getProfile(profile.host, profile.schemaHash)).toEqual({
        ...profile,
        runId: lastRun.runId,
      });
    }
  });

  it('a replica whose timer fires after the other finished skips with ran_recently; a manual run still runs', async () => {
    const { store, openSibling } = opened();
    await store.events.insertEvents([makeEvent()], START);
    const a = replica(store);
    const bStore = await openSibling();
    const b = replica(bStore);
    expect(await a.fireAt(START)).toMatchObject({ status: 'ok' });
    expect(await b.fireAt(START + 0.15 * HOUR)).toEqual({ status: 'skipped', reason: 'ran_recently' });
    const manual = createAggregatorRunner({
      store: bStore,
      lookbackDays: 30,
      support: DEFAULT_SUPPORT,
      log: () => {},
      clock: () => START + 0.2 * HOUR,
    });
    expect(await manual.runOnce()).toMatchObject({ status: 'ok' });
    expect(await b.fireAt(START + 1.05 * HOUR)).toMatchObject({ status: 'ok' }); // 0.85 h after the manual run
  });
});
