import type { StoreBackend } from '../store-backend.ts';
import { migrate, schemaVersion } from './migrations.ts';
import { openDatabase } from './open-database.ts';
import { openSqliteDefenceReader } from './sqlite-defence-store.ts';
import { openSqliteReportStore } from './sqlite-report-store.ts';
import { createSqliteStore } from './sqlite-store.ts';

/** The embedded default: one SQLite file at `dbPath`, for one server process. */
export const sqliteBackend = {
  name: 'sqlite',
  urlSchemes: [],
  describe: (location) => `the SQLite database ${location.dbPath}`,
  label: (location) => location.dbPath,
  async open(location) {
    return createSqliteStore(location.dbPath, { maxBytes: location.dbMaxBytes });
  },
  // On read-only connections of their own: a report never migrates the file or starts a writer.
  async openReports(location) {
    const reports = openSqliteReportStore(location.dbPath);
    const reader = openSqliteDefenceReader(location.dbPath);
    return {
      reportRows: (sinceMs, chunkSize) => reports.reportRows(sinceMs, chunkSize),
      installSums: (sinceMs, untilMs) => reports.installSums(sinceMs, untilMs),
      defences: reader?.defences,
      async close() {
        reader?.close();
        reports.close();
      },
    };
  },
  async migrate(location) {
    const db = openDatabase(location.dbPath);
    try {
      return { applied: migrate(db), schemaVersion: schemaVersion(db) };
    } finally {
      db.close();
    }
  },
} as const satisfies StoreBackend<'sqlite'>;
