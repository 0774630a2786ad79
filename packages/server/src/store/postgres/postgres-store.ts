import pg from 'pg';
import { createPostgresReportStore } from './postgres-report-store.ts';
import { createPostgresUserStatsStore } from './postgres-user-stats-store.ts';
import { createPostgresDefenceStore } from './postgres-defence-store.ts';
import { createPostgresEventStore } from './postgres-event-store.ts';
import { migratePostgres } from './postgres-migrations.ts';
import { createPostgresProfileStore } from './postgres-profile-store.ts';
import { createPostgresRunStore } from './postgres-run-store.ts';
import type { Store } from '../store-port.ts';

export interface PostgresStoreOptions {
  /**
   * Connections per process. Each replica holds up to this many; keep replicas × poolSize under the
   * server's max_connections (100 by default) with room for the aggregator's cursor and admin tools.
   * @default 10
   */
  poolSize?: number | undefined;
  /** Where errors of idle pooled connections go (a restarted database, a dropped network); stderr by default. */
  onIdleError?: (error: Error) => void;
}

/**
 * Connects to PostgreSQL (`postgres://user:password@host:port/database`; add
 * `?options=-c%20search_path%3Dname` to use a schema other than `public`), applies pending
 * migrations — safe when several replicas start at once — and returns the Store over a pool.
 * Rejects if the database cannot be reached or migrated; the pool is closed then.
 */
export async function createPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    application_name: 'companion-server',
  });
  // Without a listener an idle client's error would be thrown as an uncaught 'error' event.
  pool.on(
    'error',
    options.onIdleError ??
      ((error) => process.stderr.write(`companion-server: postgres idle connection error: ${error.message}\n`)),
  );
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    events: createPostgresEventStore(pool),
    defences: createPostgresDefenceStore(pool),
    profiles: createPostgresProfileStore(pool),
    runs: createPostgresRunStore(pool),
    reports: createPostgresReportStore(pool),
    userStats: createPostgresUserStatsStore(pool),
    // Autovacuum reclaims deleted rows on its own; after a prune this refreshes the planner's
    // statistics and the visibility map right away. It blocks neither reads nor writes.
    async housekeep() {
      await pool.query('VACUUM (ANALYZE) autofill_events');
    },
    async close() {
      await pool.end();
    },
  };
}
