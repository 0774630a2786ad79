import { postgresBackend } from './postgres/postgres-backend.ts';
import { sqliteBackend } from './sqlite/sqlite-backend.ts';
import type { StoreBackend, StoreLocation } from './store-backend.ts';

/**
 * Every storage backend, the one list the server, the CLI and the store contract suite read: a new
 * backend is its folder under store/ and one entry here (the contract suite then asks, by type, how
 * to give it a fresh database for each test).
 */
export const STORE_BACKENDS = [sqliteBackend, postgresBackend] as const satisfies readonly StoreBackend[];

export type StoreBackendName = (typeof STORE_BACKENDS)[number]['name'];

/**
 * The backend a location selects: the one whose URL scheme COMPANION_DATABASE_URL starts with, or
 * the embedded one when the URL is empty. An unknown scheme is a configuration error, reported
 * without echoing the URL (it may hold a password). Pure.
 */
export function storeBackendFor(location: StoreLocation): StoreBackend<StoreBackendName> {
  const url = location.databaseUrl?.trim() ?? '';
  const backends: readonly StoreBackend<StoreBackendName>[] = STORE_BACKENDS;
  const selected =
    url === ''
      ? backends.find((backend) => backend.urlSchemes.length === 0)
      : backends.find((backend) => backend.urlSchemes.some((scheme) => url.startsWith(`${scheme}://`)));
  if (selected) return selected;
  const prefixes = backends.flatMap((backend) => backend.urlSchemes.map((scheme) => `${scheme}://`));
  throw new RangeError(`COMPANION_DATABASE_URL must start with ${prefixes.join(' or ')}`);
}
