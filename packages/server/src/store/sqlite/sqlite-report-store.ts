import { existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { schemaVersion } from './migrations.ts';
import { openDatabase } from './open-database.ts';
import { installSumsFrom, installSumsSelect, type InstallSumsColumns } from '../install-sums-row.ts';
import { reportRowFrom, type ReportColumns, type ReportRow } from '../report-row.ts';
import type { ReportStore } from '../report-store.ts';

type EventRow = ReportColumns & { experiments: string };

/** The schema version that added autofill_events.experiments. */
const EXPERIMENTS_SCHEMA_VERSION = 2;

/** The report rows over an open SQLite database (the caller owns the connection). */
export function createSqliteReportStore(db: Database.Database): ReportStore {
  // A full scan of the window: no index on occurred_at alone, and a report reads most of the table anyway.
  const select = db.prepare(`
    SELECT install_id, status, edit_chars, duration_ms, profile_source, experiments, json_extract(details, '$.sdk_version') AS sdk_version,
      json_extract(details, '$.draft_fields') AS draft_fields, json_extract(details, '$.draft_edit_chars') AS draft_edit_chars
    FROM autofill_events WHERE occurred_at >= ?`);
  const sums = db.prepare(
    `${installSumsSelect('', (key) => `json_extract(details, '$.${key}')`)} FROM autofill_events WHERE occurred_at >= ? AND occurred_at < ? GROUP BY install_id`,
  );
  return {
    async *reportRows(sinceMs, chunkSize = 5_000) {
      let chunk: ReportRow[] = [];
      for (const row of select.iterate(sinceMs) as IterableIterator<EventRow>) {
        chunk.push(reportRowFrom(row, JSON.parse(row.experiments)));
        if (chunk.length >= chunkSize) {
          yield chunk;
          chunk = [];
        }
      }
      if (chunk.length > 0) yield chunk;
    },
    async installSums(sinceMs, untilMs) {
      return installSumsFrom(sums.all(sinceMs, untilMs) as InstallSumsColumns[]);
    },
  };
}

/** A report store on its own read-only connection, for the CLI. Refuses a missing or unmigrated file. */
export function openSqliteReportStore(path: string): ReportStore & { close(): void } {
  if (!existsSync(path))
    throw new Error(`no database at ${path} (run \`companion-server migrate --db ${path}\` or serve first)`);
  const db = openDatabase(path, { readonly: true });
  const version = schemaVersion(db);
  if (version < EXPERIMENTS_SCHEMA_VERSION) {
    db.close();
    throw new Error(`database ${path} is at schema version ${version}; run \`companion-server migrate --db ${path}\``);
  }
  return { ...createSqliteReportStore(db), close: () => db.close() };
}
