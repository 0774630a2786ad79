import pg from 'pg';
import type { StoreBackend, StoreLocation } from '../store-backend.ts';
import { migratePostgres, postgresSchemaVersion } from './postgres-migrations.ts';
import { createPostgresStore } from './postgres-store.ts';

/** PostgreSQL at COMPANION_DATABASE_URL: several stateless replicas on one database. */
export const postgresBackend = {
  name: 'postgres',
  urlSchemes: ['postgres', 'postgresql'],
  describe: () => 'the PostgreSQL database of COMPANION_DATABASE_URL',
  label: () => 'postgres',
  async open(location) {
    return createPostgresStore(urlOf(location), { poolSize: location.poolSize });
  },
  async openReports(location) {
    const store = await createPostgresStore(urlOf(location), { poolSize: location.poolSize });
    return {
      reportRows: (sinceMs, chunkSize) => store.reports.reportRows(sinceMs, chunkSize),
      installSums: (sinceMs, untilMs) => store.reports.installSums(sinceMs, untilMs),
      defences: store.defences,
      close: () => store.close(),
    };
  },
  async migrate(location) {
    const pool = new pg.Pool({ connectionString: urlOf(location), max: 1 });
    try {
      const applied = await migratePostgres(pool);
      return { applied, schemaVersion: await postgresSchemaVersion(pool) };
    } finally {
      await pool.end();
    }
  },
} as const satisfies StoreBackend<'postgres'>;

function urlOf(location: StoreLocation): string {
  return location.databaseUrl?.trim() ?? '';
}
