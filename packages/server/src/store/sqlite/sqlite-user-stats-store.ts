import type Database from 'better-sqlite3';
import type { InstallTotals, UserStatsStore } from '../user-stats-store.ts';

/**
 * One install's totals in a window. The WHERE clause matches the index autofill_events_install
 * (install_id, occurred_at), so the cost is the install's own events in the window, not the table.
 * `filled_chars` is read from the event's details JSON, where the event store keeps what has no
 * column of its own; events without it are counted for the estimate by their filled fields.
 */
export const INSTALL_TOTALS_SQL = `
  WITH recent AS (
    SELECT status, edit_chars, json_extract(details, '$.filled_chars') AS filled, details
    FROM autofill_events WHERE install_id = ? AND occurred_at >= ?
  )
  SELECT
    count(*) AS runs,
    coalesce(sum(status = 'ok'), 0) AS successful_runs,
    coalesce(sum(edit_chars), 0) AS edited_chars,
    coalesce(sum(filled), 0) AS measured_filled_chars,
    coalesce(sum(filled IS NULL), 0) AS runs_without_filled_chars,
    coalesce(sum(CASE WHEN filled IS NULL THEN (SELECT count(*) FROM json_each(details, '$.suggested_map')) ELSE 0 END), 0) AS fields_without_count
  FROM recent`;

interface TotalsRow {
  runs: number;
  successful_runs: number;
  edited_chars: number;
  measured_filled_chars: number;
  runs_without_filled_chars: number;
  fields_without_count: number;
}

/** The user stats store over an open SQLite database (the caller owns the connection). */
export function createSqliteUserStatsStore(db: Database.Database): UserStatsStore {
  const select = db.prepare(INSTALL_TOTALS_SQL);
  return {
    async installTotals(installId, sinceMs) {
      const row = select.get(installId, sinceMs) as TotalsRow;
      return {
        runs: row.runs,
        successfulRuns: row.successful_runs,
        editedChars: row.edited_chars,
        measuredFilledChars: row.measured_filled_chars,
        runsWithoutFilledChars: row.runs_without_filled_chars,
        fieldsFilledWithoutCount: row.fields_without_count,
      };
    },
  };
}
