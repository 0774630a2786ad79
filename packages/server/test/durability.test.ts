import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeEvent, postBatch } from '@companion-autofill/test-kit/learning-events';
import { makeTempDir, startServerProcess, type ServerProcess } from '@companion-autofill/test-kit/server-process';
import { readStoredEventIds } from '@companion-autofill/test-kit/stored-events';
import { WAL_SIZE_LIMIT_BYTES } from '../src/store/sqlite/open-database.ts';
import { createSqliteStore } from '../src/store/sqlite/sqlite-store.ts';

let servers: ServerProcess[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.kill9()));
  servers = [];
});

/** How many stored events have one of `ids` (a repeat counts twice), read from the file as the kill left it. */
function countStored(dbPath: string, ids: readonly string[]): number {
  const wanted = new Set(ids);
  return readStoredEventIds(dbPath).filter((id) => wanted.has(id)).length;
}

describe('durability', () => {
  it('an acknowledged event survives kill -9 right after the response', async () => {
    const server = await startServerProcess();
    servers.push(server);
    const acknowledged: string[] = [];
    for (let round = 0; round < 5; round++) {
      const batch = Array.from({ length: 50 }, () => makeEvent());
      const { status, body } = await postBatch(server.url, batch);
      expect(status).toBe(200);
      acknowledged.push(...body.accepted);
    }
    await server.kill9();
    expect(countStored(server.dbPath, acknowledged)).toBe(250);

    // The restarted server sees them too, and a re-sent batch is all duplicates.
    const again = await startServerProcess({ dbPath: server.dbPath });
    servers.push(again);
    const { body } = await postBatch(
      again.url,
      acknowledged.slice(0, 3).map((event_id) => makeEvent({ event_id })),
    );
    expect(body.duplicates).toHaveLength(3);
  });

  it('housekeeping truncates the WAL, so a burst does not leave it large', async () => {
    const dbPath = join(makeTempDir(), 'wal.db');
    const store = createSqliteStore(dbPath);
    // One large burst: ~30 MB of WAL before a checkpoint can run.
    const reader = new Database(dbPath, { readonly: true });
    reader.prepare('BEGIN').run();
    reader.prepare('SELECT count(*) FROM autofill_events').get(); // an open read snapshot holds the WAL back
    for (let i = 0; i < 30; i++) {
      await store.events.insertEvents(
        Array.from({ length: 500 }, () =>
          makeEvent({
            final_map: Object.fromEntries(
              Array.from({ length: 20 }, (_, j) => [`#field-${j}-${'x'.repeat(60)}`, 'email']),
            ),
          }),
        ),
        Date.now(),
      );
    }
    expect(statSync(`${dbPath}-wal`).size).toBeGreaterThan(WAL_SIZE_LIMIT_BYTES);
    reader.prepare('COMMIT').run();
    reader.close();
    await store.housekeep();
    expect(statSync(`${dbPath}-wal`).size).toBeLessThanOrEqual(WAL_SIZE_LIMIT_BYTES);
    await store.close();
  });

  it('retention prunes events older than the configured days', async () => {
    const store = createSqliteStore(join(makeTempDir(), 'r.db'));
    const now = Date.now();
    const old = makeEvent({ occurred_at: new Date(now - 200 * 86_400_000).toISOString() });
    const recent = makeEvent({ occurred_at: new Date(now - 10 * 86_400_000).toISOString() });
    await store.events.insertEvents([old, recent], now);
    expect(await store.events.pruneBefore(now - 180 * 86_400_000)).toBe(1);
    const chunks = [];
    for await (const chunk of store.events.windowEvents(0)) chunks.push(...chunk);
    expect(chunks).toHaveLength(1);
    await store.close();
  });
});
