import { existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { schemaVersion } from '../store/migrations.ts';
import { openDatabase } from '../store/open-database.ts';
import type { ReportRow } from './report-row.ts';
import type { ReportStore } from './report-store.ts';

interface EventRow {
  install_id: string;
  status: ReportRow['status'];
  edit_chars: number;
  duration_ms: number;
  profile_source: ReportRow['profileSource'];
  experiments: string;
}

/** The schema version that added autofill_events.experiments. */
const EXPERIMENTS_SCHEMA_VERSION = 2;

/** The report rows over an open SQLite database (the caller owns the connection). */
export function createSqliteReportStore(db: Database.Database): ReportStore {
  // A full scan of the window: no index on occurred_at alone, and a report reads most of the table anyway.
  const select = db.prepare(`
    SELECT install_id, status, edit_chars, duration_ms, profile_source, experiments
    FROM autofill_events WHERE occurred_at >= ?`);
  return {
    async *reportRows(sinceMs, chunkSize = 5_000) {
      let chunk: ReportRow[] = [];
      for (const row of select.iterate(sinceMs) as IterableIterator<EventRow>) {
        chunk.push({
          installId: row.install_id,
          status: row.status,
          editChars: row.edit_chars,
          durationMs: row.duration_ms,
          profileSource: row.profile_source,
          experiments: parseExperiments(row.experiments),
        });
        if (chunk.length >= chunkSize) {
          yield chunk;
          chunk = [];
        }
      }
      if (chunk.length > 0) yield chunk;
    },
  };
}

/** A report store on its own read-only connection, for the CLI. Refuses a missing or unmigrated file. */
export function openSqliteReportStore(path: string): ReportStore & { close(): void } {
  if (!existsSync(path)) throw new Error(`no database at ${path} (run \`companion-server migrate --db ${path}\` or serve first)`);
  const db = openDatabase(path, { readonly: true });
  const version = schemaVersion(db);
  if (version < EXPERIMENTS_SCHEMA_VERSION) {
    db.close();
    throw new Error(`database ${path} is at schema version ${version}; run \`companion-server migrate --db ${path}\``);
  }
  return { ...createSqliteReportStore(db), close: () => db.close() };
}

function parseExperiments(text: string): Record<string, string> {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const arms: Record<string, string> = {};
  for (const [name, arm] of Object.entries(parsed)) if (typeof arm === 'string') arms[name] = arm;
  return arms;
}
