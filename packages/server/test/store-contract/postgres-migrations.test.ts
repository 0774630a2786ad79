import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migratePostgres, POSTGRES_MIGRATIONS, postgresSchemaVersion } from '../../src/store/postgres-migrations.ts';
import { createPostgresStore } from '../../src/store/postgres-store.ts';
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
        const { rows } = await admin.query<{ version: number }>(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`);
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

  it('an unreachable database rejects createPostgresStore instead of hanging', async () => {
    const url = new URL(TEST_DATABASE_URL);
    url.port = '1'; // nothing listens on port 1
    await expect(createPostgresStore(url.toString())).rejects.toThrow();
  });
});
