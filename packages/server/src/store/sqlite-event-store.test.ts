import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LearningEvent } from '@companion-autofill/sdk/protocol';
import { makeEvent } from '../../../../test/support/learning-events.ts';
import { createSqliteStore } from './sqlite-store.ts';
import type { Store } from './store-port.ts';

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
    const bad = [{ ...makeEvent({ install_id: 'install-bad00001' }), host: { name: 'not a string' } } as unknown as LearningEvent];
    const [goodResult, badResult] = await Promise.allSettled([store.events.insertEvents(good, NOW), store.events.insertEvents(bad, NOW)]);
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
