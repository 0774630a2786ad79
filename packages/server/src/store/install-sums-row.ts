import type { InstallSums } from './report-store.ts';

/** One install's sums as both stores' GROUP BY names them (PostgreSQL casts to float8 so numbers arrive as numbers). */
export interface InstallSumsColumns {
  install_id: string;
  runs: number;
  ok: number;
  validation_errors: number;
  failures: number;
  edit_chars: number;
  duration_ms: number;
  drafted_fields: number;
  draft_edit_chars: number;
}

/**
 * The select list of the per-install sums; the caller adds FROM, WHERE and GROUP BY install_id.
 * `detailsNumber(key)` reads a number from the details document in the store's SQL dialect.
 */
export function installSumsSelect(cast: string, detailsNumber: (key: string) => string): string {
  return `
    SELECT install_id,
      count(*)${cast} AS runs,
      sum(CASE WHEN status = 'ok' THEN 1 ELSE 0 END)${cast} AS ok,
      sum(CASE WHEN status = 'validation_error' THEN 1 ELSE 0 END)${cast} AS validation_errors,
      sum(CASE WHEN status IN ('cancelled', 'error') THEN 1 ELSE 0 END)${cast} AS failures,
      sum(edit_chars)${cast} AS edit_chars,
      sum(duration_ms)${cast} AS duration_ms,
      coalesce(sum(${detailsNumber('draft_fields')}), 0)${cast} AS drafted_fields,
      coalesce(sum(${detailsNumber('draft_edit_chars')}), 0)${cast} AS draft_edit_chars`;
}

export function installSumsFrom(rows: Iterable<InstallSumsColumns>): Map<string, InstallSums> {
  const byInstall = new Map<string, InstallSums>();
  for (const row of rows) {
    byInstall.set(row.install_id, {
      runs: row.runs,
      ok: row.ok,
      validationErrors: row.validation_errors,
      failures: row.failures,
      editChars: row.edit_chars,
      durationMs: row.duration_ms,
      draftedFields: row.drafted_fields,
      draftEditChars: row.draft_edit_chars,
    });
  }
  return byInstall;
}
