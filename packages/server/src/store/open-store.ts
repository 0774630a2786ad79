import { createPostgresStore } from './postgres-store.ts';
import { createSqliteStore } from './sqlite-store.ts';
import type { Store } from './store-port.ts';

/** Where the data lives: a PostgreSQL URL wins over the SQLite path. */
export interface StoreLocation {
  /** SQLite file, the embedded default. */
  dbPath: string;
  /** `postgres://…` or `postgresql://…`; empty or absent for SQLite. */
  databaseUrl?: string | undefined;
  /** SQLite only: the file's size cap in bytes (0 or absent = none), see OpenDatabaseOptions. */
  dbMaxBytes?: number | undefined;
}

/** The backend a location selects. Pure. */
export function storeBackend(location: StoreLocation): 'postgres' | 'sqlite' {
  const url = location.databaseUrl?.trim() ?? '';
  if (url === '') return 'sqlite';
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new RangeError('COMPANION_DATABASE_URL must start with postgres:// or postgresql://');
  }
  return 'postgres';
}

/**
 * Opens the Store the configuration selects: PostgreSQL when `databaseUrl` is set (several
 * stateless replicas on one database), SQLite at `dbPath` otherwise. Either way migrated and ready.
 */
export async function openStore(location: StoreLocation): Promise<Store> {
  return storeBackend(location) === 'postgres'
    ? createPostgresStore(location.databaseUrl!.trim())
    : createSqliteStore(location.dbPath, { maxBytes: location.dbMaxBytes });
}
