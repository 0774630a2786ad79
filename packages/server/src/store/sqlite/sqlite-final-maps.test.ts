import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LearningEvent } from '@companion-autofill/sdk/protocol';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';
import { MIGRATIONS, migrate } from './migrations.ts';
import { openDatabase } from './open-database.ts';
import { WINDOW_SQL } from './sqlite-event-store.ts';
import { createSqliteStore } from './sqlite-store.ts';
import type { Store } from '../store-port.ts';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const DAY = 86_400_000;
const MAP_A = { '#email': 'email', '#first': 'first_name' };
const MAP_B = { '#email': 'email', '#first': 'last_name' };

let dir: string;
let dbPath: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'final-maps-'));
  dbPath = join(dir, 'companion.db');
  store = createSqliteStore(dbPath);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function storedMaps(): string[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare('SELECT map FROM final_maps ORDER BY map').pluck().all() as string[];
  } finally {
    db.close();
  }
}

async function windowMaps(): Promise<Record<string, Record<string, string>>> {
  const maps: Record<string, Record<string, string>> = {};
  for await (const chunk of store.events.windowEvents(0)) for (const row of chunk) maps[row.installId] = row.finalMap;
  return maps;
}

describe('final maps in SQLite', () => {
  it('keeps each final map text once and hands every event its own map in the window', async () => {
    await store.events.insertEvents(
      [
        makeEvent({ install_id: 'install-a0000001', final_map: MAP_A }),
        makeEvent({ install_id: 'install-a0000002', final_map: MAP_A }),
      ],
      NOW,
    );
    await store.events.insertEvents([makeEvent({ install_id: 'install-b0000001', final_map: MAP_B })], NOW);
    expect(storedMaps()).toEqual([JSON.stringify(MAP_A), JSON.stringify(MAP_B)].sort());
    expect(await windowMaps()).toEqual({
      'install-a0000001': MAP_A,
      'install-a0000002': MAP_A,
      'install-b0000001': MAP_B,
    });
  });

  it('reads the window from the covering index, without visiting the event rows', () => {
    const db = new Database(dbPath, { readonly: true });
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${WINDOW_SQL}`).all(0) as { detail: string }[]).map(
      (row) => row.detail,
    );
    db.close();
    expect(plan).toEqual([expect.stringContaining('USING COVERING INDEX autofill_events_form_window')]);
  });

  it('prunes the maps no event points at any more, and stores a pruned map again when it comes back', async () => {
    const old = makeEvent({
      install_id: 'install-old00001',
      final_map: MAP_B,
      occurred_at: new Date(NOW - 40 * DAY).toISOString(),
    });
    await store.events.insertEvents([old, makeEvent({ install_id: 'install-new00001', final_map: MAP_A })], NOW);
    expect(await store.events.pruneBefore(NOW - 30 * DAY)).toBe(1);
    expect(storedMaps()).toEqual([JSON.stringify(MAP_A)]);

    await store.events.insertEvents([makeEvent({ install_id: 'install-back0001', final_map: MAP_B })], NOW);
    expect(storedMaps()).toEqual([JSON.stringify(MAP_A), JSON.stringify(MAP_B)].sort());
    expect((await windowMaps())['install-back0001']).toEqual(MAP_B);
  });

  it('leaves out an event whose map was pruned with it after the window scan began', async () => {
    const keep = makeEvent({
      install_id: 'install-keep0001',
      host: 'a.example.com',
      final_map: MAP_A,
      occurred_at: new Date(NOW - DAY).toISOString(),
    });
    const old = makeEvent({
      install_id: 'install-old00001',
      host: 'b.example.com',
      final_map: MAP_B,
      occurred_at: new Date(NOW - 20 * DAY).toISOString(),
    });
    await store.events.insertEvents([keep, old], NOW);

    const seen: string[] = [];
    for await (const chunk of store.events.windowEvents(NOW - 30 * DAY, 1)) {
      seen.push(...chunk.map((row) => row.installId));
      // After the first form: retention removes the other event and, with it, the last use of its map.
      if (seen.length === 1) expect(await store.events.pruneBefore(NOW - 10 * DAY)).toBe(1);
    }
    expect(seen).toEqual(['install-keep0001']);
  });

  it('does not reuse the id of a map whose transaction rolled back', async () => {
    const fresh = [makeEvent({ install_id: 'install-good0001', final_map: MAP_B })];
    // Handed over in the same turn: both go in one transaction, which the bad batch fails.
    const bad = [
      { ...makeEvent({ install_id: 'install-bad00001' }), host: { name: 'not a string' } } as unknown as LearningEvent,
    ];
    const [good] = await Promise.allSettled([
      store.events.insertEvents(fresh, NOW),
      store.events.insertEvents(bad, NOW),
    ]);
    expect(good).toEqual({ status: 'fulfilled', value: new Set([fresh[0]!.event_id]) });
    expect((await windowMaps())['install-good0001']).toEqual(MAP_B);
  });
});

describe('migration 3', () => {
  it('moves the final maps of a version-2 database into final_maps, every event keeping its map', () => {
    const path = join(dir, 'v2.db');
    const db = openDatabase(path);
    for (const migration of MIGRATIONS.filter((m) => m.version <= 2)) db.exec(migration.sql);
    db.pragma('user_version = 2');
    const insert = db.prepare(`
      INSERT INTO autofill_events (event_id, install_id, occurred_at, received_at, host, schema_hash, status, duration_ms, fill_ms,
        edit_chars, profile_source, profile_used, final_map, details)
      VALUES (?, ?, ?, ?, 'a.example.com', 'v1:00000000000000aa', 'ok', 1000, 5, 0, 'heuristics_only', 0, ?, '{}')`);
    insert.run('e1', 'install-a0000001', NOW, NOW, JSON.stringify(MAP_A));
    insert.run('e2', 'install-a0000002', NOW, NOW, JSON.stringify(MAP_A));
    insert.run('e3', 'install-b0000001', NOW, NOW, JSON.stringify(MAP_B));

    expect(migrate(db)).toEqual([3, 4, 5, 6, 7]);
    const rows = db
      .prepare(
        `
      SELECT e.event_id, m.map FROM autofill_events e JOIN final_maps m ON m.id = e.final_map_id ORDER BY e.event_id`,
      )
      .all();
    expect(rows).toEqual([
      { event_id: 'e1', map: JSON.stringify(MAP_A) },
      { event_id: 'e2', map: JSON.stringify(MAP_A) },
      { event_id: 'e3', map: JSON.stringify(MAP_B) },
    ]);
    expect(db.prepare('SELECT count(*) FROM final_maps').pluck().get()).toBe(2);
    const columns = (db.prepare('PRAGMA table_info(autofill_events)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('final_map');
    db.close();
  });
});
