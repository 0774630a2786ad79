import type { ServerConfig } from '../config/load-config.ts';
import { migrate, schemaVersion } from '../store/migrations.ts';
import { openDatabase } from '../store/open-database.ts';

/** Applies pending migrations and prints what it did as JSON. */
export function migrateCommand(config: ServerConfig): number {
  const db = openDatabase(config.dbPath);
  try {
    const applied = migrate(db);
    process.stdout.write(`${JSON.stringify({ db: config.dbPath, applied, schema_version: schemaVersion(db) })}\n`);
    return 0;
  } finally {
    db.close();
  }
}
