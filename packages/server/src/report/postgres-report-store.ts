import type pg from 'pg';
import { streamRows } from '../store/postgres-cursor.ts';
import { reportRowFrom, type ReportColumns } from './report-row.ts';
import type { ReportStore } from './report-store.ts';

type EventRow = ReportColumns & { experiments: unknown };

/** The report rows over the PostgreSQL store's pool, streamed through a server-side cursor. */
export function createPostgresReportStore(pool: pg.Pool): ReportStore {
  const select = `
    SELECT install_id, status, edit_chars, duration_ms, profile_source, experiments
    FROM autofill_events WHERE occurred_at >= $1`;
  return {
    async *reportRows(sinceMs, chunkSize = 5_000) {
      for await (const rows of streamRows<EventRow>(pool, select, [sinceMs], chunkSize)) {
        yield rows.map((row) => reportRowFrom(row, row.experiments));
      }
    },
  };
}
