import pg from 'pg';
import type { ServerConfig } from '../config/load-config.ts';
import { migrate, schemaVersion } from '../store/sqlite/migrations.ts';
import { openDatabase } from '../store/sqlite/open-database.ts';
import { storeBackend } from '../store/open-store.ts';
import { migratePostgres, postgresSchemaVersion } from '../store/postgres/postgres-migrations.ts';

/** Applies pending migrations of the configured backend and prints what it did as JSON. */
export async function migrateCommand(config: ServerConfig): Promise<number> {
  if (storeBackend(config) === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 1 });
    try {
      const applied = await migratePostgres(pool);
      process.stdout.write(
        `${JSON.stringify({ db: 'postgres', applied, schema_version: await postgresSchemaVersion(pool) })}\n`,
      );
      return 0;
    } finally {
      await pool.end();
    }
  }
  const db = openDatabase(config.dbPath);
  try {
    const applied = migrate(db);
    process.stdout.write(`${JSON.stringify({ db: config.dbPath, applied, schema_version: schemaVersion(db) })}\n`);
    return 0;
  } finally {
    db.close();
  }
}
