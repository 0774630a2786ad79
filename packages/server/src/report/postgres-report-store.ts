import type pg from 'pg';
import { streamRows } from '../store/postgres-cursor.ts';
import type { ReportRow } from './report-row.ts';
import type { ReportStore } from './report-store.ts';

interface EventRow {
  install_id: string;
  status: ReportRow['status'];
  edit_chars: number;
  duration_ms: number;
  profile_source: ReportRow['profileSource'];
  experiments: Record<string, unknown>;
}

/** The report rows over the PostgreSQL store's pool, streamed through a server-side cursor. */
export function createPostgresReportStore(pool: pg.Pool): ReportStore {
  const select = `
    SELECT install_id, status, edit_chars, duration_ms, profile_source, experiments
    FROM autofill_events WHERE occurred_at >= $1`;
  return {
    async *reportRows(sinceMs, chunkSize = 5_000) {
      for await (const rows of streamRows<EventRow>(pool, select, [sinceMs], chunkSize)) {
        yield rows.map((row) => ({
          installId: row.install_id,
          status: row.status,
          editChars: row.edit_chars,
          durationMs: row.duration_ms,
          profileSource: row.profile_source,
          experiments: stringArms(row.experiments),
        }));
      }
    },
  };
}

/** Same rule as the SQLite store: only string arms count. */
function stringArms(value: Record<string, unknown>): Record<string, string> {
  const arms: Record<string, string> = {};
  for (const [name, arm] of Object.entries(value)) if (typeof arm === 'string') arms[name] = arm;
  return arms;
}
