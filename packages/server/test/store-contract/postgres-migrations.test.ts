import pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  migratePostgres,
  POSTGRES_MIGRATIONS,
  postgresSchemaVersion,
} from '../../src/store/postgres/postgres-migrations.ts';
import { createPostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { freshSchema, TEST_DATABASE_URL } from '../support/postgres-schema.ts';
import { SKIP_POSTGRES } from './store-backends.ts';

const LATEST = POSTGRES_MIGRATIONS.at(-1)!.version;

async function withFreshSchema(body: (url: string, admin: pg.Client, schema: string) => Promise<void>): Promise<void> {
  const schema = await freshSchema('migrate');
  try {
    await body(schema.url, schema.admin, schema.name);
  } finally {
    await schema.drop();
  }
}

(SKIP_POSTGRES ? describe.skip : describe)('PostgreSQL migrations [postgres]', () => {
  it('replicas starting at once migrate once between them and all come up', async () => {
    await withFreshSchema(async (url, admin, schema) => {
      const stores = await Promise.all(Array.from({ length: 4 }, () => createPostgresStore(url, { poolSize: 2 })));
      try {
        const { rows } = await admin.query<{ version: number }>(
          `SELECT version FROM ${schema}.schema_migrations ORDER BY version`,
        );
        expect(rows.map((r) => r.version)).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
        await Promise.all(stores.map((s) => s.events.ping()));
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    });
  });

  it('records the version, and a second pass applies nothing', async () => {
    await withFreshSchema(async (url) => {
      const pool = new pg.Pool({ connectionString: url, max: 2 });
      try {
        expect(await postgresSchemaVersion(pool)).toBe(0);
        expect(await migratePostgres(pool)).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
        expect(await migratePostgres(pool)).toEqual([]);
        expect(await postgresSchemaVersion(pool)).toBe(LATEST);
      } finally {
        await pool.end();
      }
    });
  });

  it('migrating a version-1 database keeps its events and profiles readable, with no field maps', async () => {
    await withFreshSchema(async (url, admin, schema) => {
      const v1 = POSTGRES_MIGRATIONS.find((m) => m.version === 1)!;
      await admin.query(`SET search_path = ${schema}`);
      await admin.query(v1.sql);
      await admin.query(
        `CREATE TABLE schema_migrations (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      await admin.query(`INSERT INTO schema_migrations (version, description) VALUES (1, $1)`, [v1.description]);
      await admin.query(`
        INSERT INTO autofill_events (event_id, install_id, occurred_at, received_at, host, schema_hash, status, duration_ms, fill_ms,
          edit_chars, profile_source, profile_used, final_map, details)
        VALUES ('e1', 'install-a0000001', 1000, 1000, 'a.example.com', 'v1:00000000000000aa', 'ok', 1000, 5, 0, 'heuristics_only', false, '{"#a":"email"}', '{}')`);
      await admin.query(`
        INSERT INTO form_profiles (host, schema_hash, canonical_map, event_count, distinct_installs, success_rate, avg_edit_chars,
          avg_duration_ms, p50_duration_ms, p90_duration_ms, last_event_at, run_id)
        VALUES ('a.example.com', 'v1:00000000000000aa', '{"#a":"email"}', 1, 1, 1, 0, 1000, 1000, 1000, 1000, 1)`);
      const store = await createPostgresStore(url, { poolSize: 2 });
      const pool = new pg.Pool({ connectionString: url, max: 1 });
      try {
        expect(await postgresSchemaVersion(pool)).toBe(LATEST);
        const rows = [];
        for await (const chunk of store.events.windowEvents(0)) rows.push(...chunk);
        expect(rows).toMatchObject([
          {
            installId: 'install-a0000001',
            finalMap: { '#a': 'email' },
            fieldSignatures: new Map(),
            fieldFormats: new Map(),
          },
        ]);
        expect(await store.profiles.getProfile('a.example.com', 'v1:00000000000000aa')).toMatchObject({
          canonicalMap: { '#a': 'email' },
          formatMap: {},
        });
        expect(await store.profiles.getFieldPredictions('a.example.com', undefined)).toEqual({});
      } finally {
        await store.close();
        await pool.end();
      }
    });
  });

  it('an unreachable database rejects createPostgresStore instead of hanging', async () => {
    const url = new URL(TEST_DATABASE_URL);
    url.port = '1'; // nothing listens on port 1
    await expect(createPostgresStore(url.toString())).rejects.toThrow();
  });
});
