import { migrate } from './migrations.ts';
import { openDatabase } from './open-database.ts';
import { createSqliteDefenceStore } from './sqlite-defence-store.ts';
import { createSqliteEventStore } from './sqlite-event-store.ts';
import { createSqliteProfileStore } from './sqlite-profile-store.ts';
import { createSqliteRunStore } from './sqlite-run-store.ts';
import { startSqliteWriterThread } from './sqlite-writer-thread.ts';
import type { Store } from '../store-port.ts';
import { createSqliteReportStore } from './sqlite-report-store.ts';
import { createSqliteUserStatsStore } from './sqlite-user-stats-store.ts';

/**
 * Opens (creating if needed) and migrates the SQLite database, and returns the Store over it: one
 * connection for requests and the few other writes, one read-only connection for the aggregator's
 * window scan, and a writer thread with its own connection for the events table. `path` must be a
 * file: the connections share the database through it.
 */
export function createSqliteStore(path: string, options: { maxBytes?: number } = {}): Store {
  const db = openDatabase(path, { maxBytes: options.maxBytes });
  migrate(db);
  const scanDb = openDatabase(path, { readonly: true });
  const writer = startSqliteWriterThread(path, options.maxBytes);
  return {
    events: createSqliteEventStore(writer, scanDb, db),
    defences: createSqliteDefenceStore(db),
    profiles: createSqliteProfileStore(db),
    runs: createSqliteRunStore(db),
    reports: createSqliteReportStore(db),
    userStats: createSqliteUserStatsStore(db),
    async housekeep() {
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
    async close() {
      await writer.close();
      scanDb.close();
      db.close();
    },
  };
}
