import type { ServerConfig } from '../config/load-config.ts';
import { storeBackendFor } from '../store/store-backends.ts';

/** Applies pending migrations of the configured backend and prints what it did as JSON. */
export async function migrateCommand(config: ServerConfig): Promise<number> {
  const backend = storeBackendFor(config);
  const { applied, schemaVersion } = await backend.migrate(config);
  process.stdout.write(`${JSON.stringify({ db: backend.label(config), applied, schema_version: schemaVersion })}\n`);
  return 0;
}
