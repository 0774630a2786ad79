import { errorMessage } from '../errors/error-message.ts';
import { createPostgresStore } from './postgres/postgres-store.ts';
import { createSqliteStore } from './sqlite/sqlite-store.ts';
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
  const backend = storeBackend(location);
  try {
    return backend === 'postgres'
      ? await createPostgresStore(location.databaseUrl!.trim())
      : createSqliteStore(location.dbPath, { maxBytes: location.dbMaxBytes });
  } catch (error) {
    const where =
      backend === 'postgres'
        ? 'the PostgreSQL database of COMPANION_DATABASE_URL'
        : `the SQLite database ${location.dbPath}`;
    throw new StoreOpenError(`cannot open ${where}: ${errorMessage(error)}`, { cause: error });
  }
}

/** The database cannot be opened (missing folder rights, not a database, server unreachable): a configuration problem. */
export class StoreOpenError extends Error {
  override readonly name = 'StoreOpenError';
  readonly code = 'CA_ERR_STORE_OPEN';
}
