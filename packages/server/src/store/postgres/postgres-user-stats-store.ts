import type pg from 'pg';
import type { UserStatsStore } from '../user-stats-store.ts';

/**
 * One install's totals in a window, as the SQLite store computes them (see INSTALL_TOTALS_SQL):
 * the WHERE clause matches the index autofill_events_install (install_id, occurred_at).
 */
const INSTALL_TOTALS_SQL = `
  WITH recent AS (
    SELECT status, edit_chars, (details->>'filled_chars')::bigint AS filled, details
    FROM autofill_events WHERE install_id = $1 AND occurred_at >= $2
  )
  SELECT
    count(*) AS runs,
    count(*) FILTER (WHERE status = 'ok') AS successful_runs,
    coalesce(sum(edit_chars), 0) AS edited_chars,
    coalesce(sum(filled), 0) AS measured_filled_chars,
    count(*) FILTER (WHERE filled IS NULL) AS runs_without_filled_chars,
    coalesce(sum(CASE WHEN filled IS NULL THEN (SELECT count(*) FROM jsonb_object_keys(details->'suggested_map')) ELSE 0 END), 0) AS fields_without_count
  FROM recent`;

// count/sum of bigint arrive as text.
interface TotalsRow {
  runs: string;
  successful_runs: string;
  edited_chars: string;
  measured_filled_chars: string;
  runs_without_filled_chars: string;
  fields_without_count: string;
}

/** The user stats store over the PostgreSQL store's pool. */
export function createPostgresUserStatsStore(pool: pg.Pool): UserStatsStore {
  return {
    async installTotals(installId, sinceMs) {
      const { rows } = await pool.query<TotalsRow>(INSTALL_TOTALS_SQL, [installId, sinceMs]);
      const row = rows[0]!;
      return {
        runs: Number(row.runs),
        successfulRuns: Number(row.successful_runs),
        editedChars: Number(row.edited_chars),
        measuredFilledChars: Number(row.measured_filled_chars),
        runsWithoutFilledChars: Number(row.runs_without_filled_chars),
        fieldsFilledWithoutCount: Number(row.fields_without_count),
      };
    },
  };
}
