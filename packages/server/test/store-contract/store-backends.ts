import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { makeTempDir } from '@companion-autofill/test-kit/server-process';
import { freshSchema } from '../support/postgres-schema.ts';
import { createPostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { createSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../src/store/store-port.ts';

/** One store opened for one test, with the backend-specific tools the contract needs. */
export interface OpenedStore {
  store: Store;
  /** Opens a second Store on the same data, as another process or replica would. */
  openSibling(): Promise<Store>;
  /** Makes the database refuse to store a profile of `host` (a trigger), to break commitRun midway. */
  refuseProfilesOf(host: string): Promise<void>;
  /** Closes the stores and drops the test's data. */
  dispose(): Promise<void>;
}

export interface StoreBackend {
  name: 'sqlite' | 'postgres';
  open(): Promise<OpenedStore>;
}

/**
 * Only an explicit COMPANION_TEST_SKIP_POSTGRES=1 leaves PostgreSQL out. Without it an unreachable
 * server fails every PostgreSQL test (CI starts one), never skips them quietly.
 */
export const SKIP_POSTGRES = process.env.COMPANION_TEST_SKIP_POSTGRES === '1';

export const sqliteBackend: StoreBackend = {
  name: 'sqlite',
  async open() {
    const path = join(makeTempDir('companion-contract-'), 'store.db');
    const siblings: Store[] = [];
    const store = createSqliteStore(path);
    return {
      store,
      async openSibling() {
        const sibling = createSqliteStore(path);
        siblings.push(sibling);
        return sibling;
      },
      async refuseProfilesOf(host) {
        const db = new Database(path);
        db.prepare(
          `CREATE TRIGGER refuse_profile BEFORE INSERT ON form_profiles WHEN NEW.host = '${host.replaceAll("'", "''")}'
                    BEGIN SELECT RAISE(ABORT, 'injected database error'); END`,
        ).run();
        db.close();
      },
      async dispose() {
        await Promise.all([store, ...siblings].map((s) => s.close()));
      },
    };
  },
};

/** Each test gets a fresh schema, so tests and test files never see each other's rows or locks. */
export const postgresBackend: StoreBackend = {
  name: 'postgres',
  async open() {
    const schema = await freshSchema('contract');
    const siblings: Store[] = [];
    const store = await createPostgresStore(schema.url, { poolSize: 4 });
    return {
      store,
      async openSibling() {
        const sibling = await createPostgresStore(schema.url, { poolSize: 4 });
        siblings.push(sibling);
        return sibling;
      },
      async refuseProfilesOf(host) {
        await schema.admin.query(`
          CREATE FUNCTION ${schema.name}.refuse_profile() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN RAISE EXCEPTION 'injected database error'; END $$`);
        await schema.admin.query(`
          CREATE TRIGGER refuse_profile BEFORE INSERT ON ${schema.name}.form_profiles
          FOR EACH ROW WHEN (NEW.host = ${pg.escapeLiteral(host)}) EXECUTE FUNCTION ${schema.name}.refuse_profile()`);
      },
      async dispose() {
        await Promise.all([store, ...siblings].map((s) => s.close()));
        await schema.drop();
      },
    };
  },
};

/** The backends every contract test runs against. */
export const STORE_BACKENDS: readonly StoreBackend[] = [sqliteBackend, postgresBackend];
