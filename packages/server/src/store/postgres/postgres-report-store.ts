import type pg from 'pg';
import { streamRows } from './postgres-cursor.ts';
import { installSumsFrom, installSumsSelect, type InstallSumsColumns } from '../install-sums-row.ts';
import { reportRowFrom, type ReportColumns } from '../report-row.ts';
import type { ReportStore } from '../report-store.ts';

type EventRow = ReportColumns & { experiments: unknown };

/** The report rows over the PostgreSQL store's pool, streamed through a server-side cursor. */
export function createPostgresReportStore(pool: pg.Pool): ReportStore {
  const select = `
    SELECT install_id, status, edit_chars, duration_ms, profile_source, experiments, details->>'sdk_version' AS sdk_version,
      (details->>'draft_fields')::float8 AS draft_fields, (details->>'draft_edit_chars')::float8 AS draft_edit_chars
    FROM autofill_events WHERE occurred_at >= $1`;
  const sums = `${installSumsSelect('::float8', (key) => `(details->>'${key}')::float8`)} FROM autofill_events WHERE occurred_at >= $1 AND occurred_at < $2 GROUP BY install_id`;
  return {
    async *reportRows(sinceMs, chunkSize = 5_000) {
      for await (const rows of streamRows<EventRow>(pool, select, [sinceMs], chunkSize)) {
        yield rows.map((row) => reportRowFrom(row, row.experiments));
      }
    },
    async installSums(sinceMs, untilMs) {
      return installSumsFrom((await pool.query<InstallSumsColumns>(sums, [sinceMs, untilMs])).rows);
    },
  };
}
