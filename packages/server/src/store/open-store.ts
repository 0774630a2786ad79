import { errorMessage } from '../errors/error-message.ts';
import type { ReportSource, StoreLocation } from './store-backend.ts';
import { storeBackendFor } from './store-backends.ts';
import type { Store } from './store-port.ts';

/**
 * Opens the Store the location selects (see storeBackendFor): PostgreSQL when `databaseUrl` is set
 * (several stateless replicas on one database), SQLite at `dbPath` otherwise. Either way migrated and ready.
 */
export async function openStore(location: StoreLocation): Promise<Store> {
  const backend = storeBackendFor(location);
  try {
    return await backend.open(location);
  } catch (error) {
    throw new StoreOpenError(`cannot open ${backend.describe(location)}: ${errorMessage(error)}`, { cause: error });
  }
}

/** Opens what `companion-server report` reads from the database the location selects, read-only. */
export async function openReportSource(location: StoreLocation): Promise<ReportSource> {
  const backend = storeBackendFor(location);
  try {
    return await backend.openReports(location);
  } catch (error) {
    throw new StoreOpenError(`cannot open ${backend.describe(location)}: ${errorMessage(error)}`, { cause: error });
  }
}

/** The database cannot be opened (missing folder rights, not a database, server unreachable): a configuration problem. */
export class StoreOpenError extends Error {
  override readonly name = 'StoreOpenError';
  readonly code = 'CA_ERR_STORE_OPEN';
}
