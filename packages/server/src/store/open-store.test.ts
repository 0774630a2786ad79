import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '@companion-autofill/test-kit/server-process';
import { SKIP_POSTGRES } from '../../test/store-contract/store-backends.ts';
import { freshSchema } from '../../test/support/postgres-schema.ts';
import { openStore, StoreOpenError, storeBackend } from './open-store.ts';

describe('storeBackend', () => {
  it('picks PostgreSQL for a postgres URL and SQLite otherwise', () => {
    expect(storeBackend({ dbPath: 'x.db' })).toBe('sqlite');
    expect(storeBackend({ dbPath: 'x.db', databaseUrl: '  ' })).toBe('sqlite');
    expect(storeBackend({ dbPath: 'x.db', databaseUrl: 'postgres://u:p@db/c' })).toBe('postgres');
    expect(storeBackend({ dbPath: 'x.db', databaseUrl: 'postgresql://db/c' })).toBe('postgres');
  });

  it('refuses any other URL without echoing it (it may hold a password)', () => {
    expect(() => storeBackend({ dbPath: 'x.db', databaseUrl: 'mysql://u:secret@db/c' })).toThrow(
      /^COMPANION_DATABASE_URL must start with postgres:\/\/ or postgresql:\/\/$/,
    );
  });
});

describe('openStore', () => {
  it('opens a migrated SQLite store at dbPath', async () => {
    const store = await openStore({ dbPath: join(makeTempDir(), 'open.db') });
    await store.events.ping();
    expect(await store.runs.totals()).toEqual({ ok: 0, err: 0, abandoned: 0, profilesUpdated: 0, lastSuccessAt: null });
    await store.close();
  });

  it('says which database it could not open, as a StoreOpenError (the CLI exits 78 on it)', async () => {
    const open = openStore({ dbPath: '/dev/null/companion.db' });
    await expect(open).rejects.toBeInstanceOf(StoreOpenError);
    await expect(open).rejects.toThrow(/^cannot open the SQLite database \/dev\/null\/companion\.db: /);
  });

  it.skipIf(SKIP_POSTGRES)('opens a migrated PostgreSQL store when databaseUrl is set', async () => {
    const schema = await freshSchema('open');
    try {
      const store = await openStore({ dbPath: '/nonexistent/never-created.db', databaseUrl: schema.url });
      expect(store.events.aggregateWindow).toBeTypeOf('function'); // only the PostgreSQL store has it
      expect(
        (await schema.admin.query(`SELECT to_regclass('${schema.name}.autofill_events') IS NOT NULL AS migrated`))
          .rows[0],
      ).toEqual({ migrated: true });
      await store.close();
    } finally {
      await schema.drop();
    }
  });
});
