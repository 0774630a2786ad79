import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';
import { makeTempDir } from '@companion-autofill/test-kit/server-process';
import { createSqliteStore } from '../store/sqlite/sqlite-store.ts';
import { createAggregatorRunner } from './aggregator-runner.ts';
import { DEFAULT_SUPPORT } from './support-thresholds.ts';

describe('createAggregatorRunner', () => {
  it('shares one run between concurrent calls in a process', async () => {
    const store = createSqliteStore(join(makeTempDir(), 'c.db'));
    await store.events.insertEvents([makeEvent(), makeEvent({ install_id: 'install-bbbb0002' })], Date.now());
    const runner = createAggregatorRunner({ store, lookbackDays: 30, support: DEFAULT_SUPPORT, log: () => {} });
    const [a, b] = await Promise.all([runner.runOnce(), runner.runOnce()]);
    expect(a).toBe(b);
    expect((await store.runs.recentRuns(10)).length).toBe(1);
    await store.close();
  });

  it('reads only the lookback window', async () => {
    const store = createSqliteStore(join(makeTempDir(), 'w.db'));
    const now = Date.parse('2026-11-27T00:00:00Z');
    await store.events.insertEvents(
      [
        makeEvent({ occurred_at: new Date(now - 2 * 86_400_000).toISOString() }),
        makeEvent({ occurred_at: new Date(now - 40 * 86_400_000).toISOString() }),
      ],
      now,
    );
    const runner = createAggregatorRunner({
      store,
      lookbackDays: 30,
      support: DEFAULT_SUPPORT,
      log: () => {},
      clock: () => now,
    });
    expect(await runner.runOnce()).toMatchObject({ status: 'ok', events_read: 1, profiles_updated: 1 });
    await store.close();
  });
});
