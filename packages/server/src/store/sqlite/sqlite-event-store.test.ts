import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LearningEvent } from '@companion-autofill/sdk/protocol';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';
import { createAggregatorRunner } from '../../aggregator/aggregator-runner.ts';
import { DEFAULT_SUPPORT } from '../../aggregator/support-thresholds.ts';
import { createSqliteStore } from './sqlite-store.ts';
import type { Store } from '../store-port.ts';

const NOW = Date.parse('2026-11-27T12:00:00Z');

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'event-store-'));
  store = createSqliteStore(join(dir, 'companion.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function storedInstalls(): Promise<string[]> {
  const installs: string[] = [];
  for await (const chunk of store.events.windowEvents(0)) installs.push(...chunk.map((row) => row.installId));
  return installs.sort();
}

describe('SQLite event store group commit', () => {
  it('stores batches handed over together, each event once, in the order they were handed over', async () => {
    const shared = makeEvent({ install_id: 'install-shared01' });
    const first = [shared, makeEvent({ install_id: 'install-first001' })];
    const second = [shared, makeEvent({ install_id: 'install-second01' })];
    const [a, b] = await Promise.all([store.events.insertEvents(first, NOW), store.events.insertEvents(second, NOW)]);
    expect(a).toEqual(new Set(first.map((e) => e.event_id)));
    expect(b).toEqual(new Set([second[1]!.event_id]));
    expect(await storedInstalls()).toEqual(['install-first001', 'install-second01', 'install-shared01']);
  });

  it('a batch that cannot be stored fails alone: the batches committed with it are stored', async () => {
    const good = [makeEvent({ install_id: 'install-good0001' })];
    // SQLite cannot bind an object: the insert throws, as a database error would.
    const bad = [
      { ...makeEvent({ install_id: 'install-bad00001' }), host: { name: 'not a string' } } as unknown as LearningEvent,
    ];
    const [goodResult, badResult] = await Promise.allSettled([
      store.events.insertEvents(good, NOW),
      store.events.insertEvents(bad, NOW),
    ]);
    expect(goodResult).toEqual({ status: 'fulfilled', value: new Set([good[0]!.event_id]) });
    expect(badResult.status).toBe('rejected');
    expect(await storedInstalls()).toEqual(['install-good0001']);
  });

  it('a deletion asked for after an insert applies after it', async () => {
    const inserted = store.events.insertEvents([makeEvent({ install_id: 'install-gone0001' })], NOW);
    const deleted = await store.events.deleteInstall('install-gone0001');
    expect(await inserted).toHaveProperty('size', 1);
    expect(deleted).toBe(1);
    expect(await storedInstalls()).toEqual([]);
  });
});

describe('SQLite window scan', () => {
  it('lets writes through while an aggregation reads a large window', async () => {
    const forms = Array.from({ length: 20_000 }, (_, i) =>
      makeEvent({
        host: `h${i % 500}.example.com`,
        schema_hash: `v1:${(i % 40).toString(16).padStart(16, '0')}`,
        occurred_at: new Date(NOW - 1_000).toISOString(),
      }),
    );
    for (let i = 0; i < forms.length; i += 2_000) await store.events.insertEvents(forms.slice(i, i + 2_000), NOW);
    const runner = createAggregatorRunner({
      store,
      lookbackDays: 30,
      support: DEFAULT_SUPPORT,
      log: () => {},
      clock: () => NOW,
    });

    let runFinished = false;
    const run = runner.runOnce().then((summary) => {
      runFinished = true;
      return summary;
    });
    await new Promise((resolve) => setImmediate(resolve)); // the scan is under way
    const late = makeEvent();
    const stored = await store.events.insertEvents([late], NOW);
    // The write was committed while the run was still scanning, not queued behind it.
    expect(stored.has(late.event_id)).toBe(true);
    expect(runFinished).toBe(false);
    // The run read its snapshot: the 20k events that were there when it began.
    expect(await run).toMatchObject({ status: 'ok', events_read: 20_000 });
  });
});
