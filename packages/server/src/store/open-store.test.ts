import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '@companion-autofill/test-kit/server-process';
import { SKIP_POSTGRES } from '../../test/store-contract/store-backends.ts';
import { freshSchema } from '../../test/support/postgres-schema.ts';
import { openStore, StoreOpenError } from './open-store.ts';
import { storeBackendFor } from './store-backends.ts';

describe('storeBackendFor', () => {
  it('picks PostgreSQL for a postgres URL and SQLite otherwise', () => {
    expect(storeBackendFor({ dbPath: 'x.db' }).name).toBe('sqlite');
    expect(storeBackendFor({ dbPath: 'x.db', databaseUrl: '  ' }).name).toBe('sqlite');
    expect(storeBackendFor({ dbPath: 'x.db', databaseUrl: 'postgres://u:p@db/c' }).name).toBe('postgres');
    expect(storeBackendFor({ dbPath: 'x.db', databaseUrl: ' postgresql://db/c' }).name).toBe('postgres');
  });

  it('refuses any other URL without echoing it (it may hold a password)', () => {
    expect(() => storeBackendFor({ dbPath: 'x.db', databaseUrl: 'mysql://u:secret@db/c' })).toThrow(
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
      expect(store.events.groupedWindow).toBeTypeOf('function'); // only the PostgreSQL store has it
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
