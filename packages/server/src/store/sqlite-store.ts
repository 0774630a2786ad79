import { migrate } from './migrations.ts';
import { openDatabase } from './open-database.ts';
import { createSqliteEventStore } from './sqlite-event-store.ts';
import { createSqliteProfileStore } from './sqlite-profile-store.ts';
import { createSqliteRunStore } from './sqlite-run-store.ts';
import type { Store } from './store-port.ts';
import { createSqliteReportStore } from '../report/sqlite-report-store.ts';
import { createSqliteUserStatsStore } from '../stats/sqlite-user-stats-store.ts';

/**
 * Opens (creating if needed) and migrates the SQLite database, and returns the Store over it: one
 * connection for requests and writes, one read-only connection for the aggregator's window scan.
 */
export function createSqliteStore(path: string): Store {
  const db = openDatabase(path);
  migrate(db);
  const scanDb = openDatabase(path, { readonly: true });
  return {
    events: createSqliteEventStore(db, scanDb),
    profiles: createSqliteProfileStore(db),
    runs: createSqliteRunStore(db),
    reports: createSqliteReportStore(db),
    userStats: createSqliteUserStatsStore(db),
    async housekeep() {
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
    async close() {
      scanDb.close();
      db.close();
    },
  };
}
