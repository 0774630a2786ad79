import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { makeTempDir } from '@companion-autofill/test-kit/server-process';
import { freshSchema } from '../support/postgres-schema.ts';
import type { StoreBackend, StoreLocation } from '../../src/store/store-backend.ts';
import { STORE_BACKENDS, type StoreBackendName } from '../../src/store/store-backends.ts';
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

/** A backend of the server's list (STORE_BACKENDS), as the contract suite runs it. */
export interface ContractBackend {
  name: StoreBackendName;
  /** Left out of this run (it then shows as skipped); see SKIP_POSTGRES. */
  skipped: boolean;
  /** A store on a database of its own, through the backend's own `open`. */
  open(): Promise<OpenedStore>;
}

/**
 * Only an explicit COMPANION_TEST_SKIP_POSTGRES=1 leaves PostgreSQL out. Without it an unreachable
 * server fails every PostgreSQL test (CI starts one), never skips them quietly.
 */
export const SKIP_POSTGRES = process.env.COMPANION_TEST_SKIP_POSTGRES === '1';

/** An empty database for one test, and what the contract needs of it beyond the Store. */
interface FreshDatabase {
  location: StoreLocation;
  refuseProfilesOf(host: string): Promise<void>;
  drop(): Promise<void>;
}

/**
 * How each backend of the list gets a fresh database: keyed by the list's names, so a backend added
 * to STORE_BACKENDS fails to typecheck here until the suite knows how to run it.
 */
const FRESH_DATABASES: { [Name in StoreBackendName]: { skipped: boolean; create(): Promise<FreshDatabase> } } = {
  sqlite: {
    skipped: false,
    async create() {
      const path = join(makeTempDir('companion-contract-'), 'store.db');
      return {
        location: { dbPath: path },
        async refuseProfilesOf(host) {
          const db = new Database(path);
          db.prepare(
            `CREATE TRIGGER refuse_profile BEFORE INSERT ON form_profiles WHEN NEW.host = '${host.replaceAll("'", "''")}'
                    BEGIN SELECT RAISE(ABORT, 'injected database error'); END`,
          ).run();
          db.close();
        },
        async drop() {},
      };
    },
  },
  // Each test gets a fresh schema, so tests and test files never see each other's rows or locks.
  postgres: {
    skipped: SKIP_POSTGRES,
    async create() {
      const schema = await freshSchema('contract');
      return {
        location: { dbPath: '', databaseUrl: schema.url, poolSize: 4 },
        async refuseProfilesOf(host) {
          await schema.admin.query(`
            CREATE FUNCTION ${schema.name}.refuse_profile() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'injected database error'; END $$`);
          await schema.admin.query(`
            CREATE TRIGGER refuse_profile BEFORE INSERT ON ${schema.name}.form_profiles
            FOR EACH ROW WHEN (NEW.host = ${pg.escapeLiteral(host)}) EXECUTE FUNCTION ${schema.name}.refuse_profile()`);
        },
        drop: () => schema.drop(),
      };
    },
  },
};

function contractBackend(backend: StoreBackend<StoreBackendName>): ContractBackend {
  const fresh = FRESH_DATABASES[backend.name];
  return {
    name: backend.name,
    skipped: fresh.skipped,
    async open() {
      const database = await fresh.create();
      const stores = [await backend.open(database.location)];
      return {
        store: stores[0]!,
        async openSibling() {
          const sibling = await backend.open(database.location);
          stores.push(sibling);
          return sibling;
        },
        refuseProfilesOf: (host) => database.refuseProfilesOf(host),
        async dispose() {
          await Promise.all(stores.map((store) => store.close()));
          await database.drop();
        },
      };
    },
  };
}

/** The backends every contract test runs against: the server's list, each with its fresh database. */
export const CONTRACT_BACKENDS: readonly ContractBackend[] = STORE_BACKENDS.map(contractBackend);
