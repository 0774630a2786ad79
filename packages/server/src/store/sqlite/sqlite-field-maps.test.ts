import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';
import { MIGRATIONS, migrate } from './migrations.ts';
import { openDatabase } from './open-database.ts';
import { createSqliteStore } from './sqlite-store.ts';
import type { AggregationRow, Store } from '../store-port.ts';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const DAY = 86_400_000;
const FIELDS = {
  suggested_map: { '#tel': 'phone' },
  final_map: { '#tel': 'phone' },
  field_signatures: { '#tel': 'f1:00000000000000a1' },
} as const;

let dir: string;
let dbPath: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'field-maps-'));
  dbPath = join(dir, 'companion.db');
  store = createSqliteStore(dbPath);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function query<T>(sql: string): T[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

async function windowRows(): Promise<AggregationRow[]> {
  const rows: AggregationRow[] = [];
  for await (const chunk of store.events.windowEvents(0)) rows.push(...chunk);
  return rows.sort((a, b) => (a.installId < b.installId ? -1 : 1));
}

describe('field maps in SQLite', () => {
  it('keeps each field map text once, points events without one at none, and shares the parsed maps of a form', async () => {
    await store.events.insertEvents(
      [
        makeEvent({ install_id: 'install-a0000001', ...FIELDS, field_formats: { '#tel': 'phone_national' } }),
        makeEvent({ install_id: 'install-a0000002', ...FIELDS, field_formats: { '#tel': 'phone_national' } }),
        makeEvent({ install_id: 'install-a0000003', ...FIELDS }),
        makeEvent({ install_id: 'install-old00001' }),
      ],
      NOW,
    );
    expect(query<{ map: string }>('SELECT map FROM field_maps ORDER BY id').map((row) => JSON.parse(row.map))).toEqual([
      { signatures: [['#tel', 'f1:00000000000000a1']], formats: [['#tel', 'phone_national']] },
      { signatures: [['#tel', 'f1:00000000000000a1']], formats: [] },
    ]);
    expect(
      query<{ id: number | null }>(
        "SELECT field_map_id AS id FROM autofill_events WHERE install_id = 'install-old00001'",
      ),
    ).toEqual([{ id: null }]);
    const [first, second, third, old] = await windowRows();
    expect(Object.fromEntries(first!.fieldFormats)).toEqual({ '#tel': 'phone_national' });
    expect(Object.fromEntries(third!.fieldSignatures)).toEqual(FIELDS.field_signatures);
    expect(old!.fieldSignatures.size + old!.fieldFormats.size).toBe(0);
    // One parse per distinct text and form: the aggregator meets the same objects again.
    expect(first!.fieldSignatures).toBe(second!.fieldSignatures);
  });

  it('prunes the field maps no event points at any more', async () => {
    await store.events.insertEvents(
      [
        makeEvent({
          install_id: 'install-old00001',
          ...FIELDS,
          field_formats: { '#tel': 'phone_digits' },
          occurred_at: new Date(NOW - 40 * DAY).toISOString(),
        }),
        makeEvent({ install_id: 'install-new00001', ...FIELDS }),
      ],
      NOW,
    );
    expect(await store.events.pruneBefore(NOW - 30 * DAY)).toBe(1);
    expect(query<{ map: string }>('SELECT map FROM field_maps').map((row) => JSON.parse(row.map))).toEqual([
      { signatures: [['#tel', 'f1:00000000000000a1']], formats: [] },
    ]);
  });
});

describe('migration 5', () => {
  it('keeps the events of a version-4 database readable: no field maps, empty signatures and formats', async () => {
    const path = join(dir, 'v4.db');
    const db = openDatabase(path);
    for (const migration of MIGRATIONS.filter((m) => m.version <= 4)) db.exec(migration.sql);
    db.pragma('user_version = 4');
    db.prepare('INSERT INTO final_maps (id, map) VALUES (1, \'{"#a":"email"}\')').run();
    db.prepare(
      `
      INSERT INTO autofill_events (event_id, install_id, occurred_at, received_at, host, schema_hash, status, duration_ms, fill_ms,
        edit_chars, profile_source, profile_used, final_map_id, details)
      VALUES ('e1', 'install-a0000001', ?, ?, 'a.example.com', 'v1:00000000000000aa', 'ok', 1000, 5, 0, 'heuristics_only', 0, 1, '{}')`,
    ).run(NOW, NOW);
    db.prepare(
      `
      INSERT INTO form_profiles (host, schema_hash, canonical_map, event_count, distinct_installs, success_rate, avg_edit_chars,
        avg_duration_ms, p50_duration_ms, p90_duration_ms, last_event_at, run_id)
      VALUES ('a.example.com', 'v1:00000000000000aa', '{"#a":"email"}', 1, 1, 1, 0, 1000, 1000, 1000, ?, 1)`,
    ).run(NOW);
    expect(migrate(db)).toEqual([5, 6, 7]);
    db.close();

    const migrated = createSqliteStore(path);
    try {
      const rows: AggregationRow[] = [];
      for await (const chunk of migrated.events.windowEvents(0)) rows.push(...chunk);
      expect(rows).toMatchObject([
        {
          installId: 'install-a0000001',
          finalMap: { '#a': 'email' },
          fieldSignatures: new Map(),
          fieldFormats: new Map(),
        },
      ]);
      expect(await migrated.profiles.getProfile('a.example.com', 'v1:00000000000000aa')).toMatchObject({
        canonicalMap: { '#a': 'email' },
        formatMap: {},
      });
      expect(await migrated.profiles.getFieldPredictions('a.example.com', undefined)).toEqual({});
    } finally {
      await migrated.close();
    }
  });
});
