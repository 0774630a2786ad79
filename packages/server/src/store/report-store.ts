import type { ReportRow } from './report-row.ts';

/**
 * One install's sums over its runs in a group (an arm, a profile source, a window): the unit the
 * install-level intervals rest on, since installs, not runs, are what experiments randomize.
 */
export interface InstallSums {
  runs: number;
  ok: number;
  validationErrors: number;
  /** Runs that ended `cancelled` or `error`: a guardrail, not a quality signal. */
  failures: number;
  editChars: number;
  durationMs: number;
  /** Open questions drafted, and characters changed in them (kept apart from the mapped fields' edits). */
  draftedFields: number;
  draftEditChars: number;
}

/**
 * What the impact report reads from a backend. SQLite implements it in sqlite-report-store.ts; a
 * PostgreSQL store implements the same method over its events table.
 */
export interface ReportStore {
  /**
   * Every event with occurred_at ≥ sinceMs, as report rows, in chunks of at most `chunkSize`
   * (so a long window never sits in memory as database rows). Any order. Does not mutate.
   */
  reportRows(sinceMs: number, chunkSize?: number): AsyncIterable<ReportRow[]>;

  /**
   * Per-install sums over the events with sinceMs ≤ occurred_at < untilMs (grouped in the
   * database: one row per install, not per event). The report reads the pre-period this way, for
   * CUPED. Does not mutate.
   */
  installSums(sinceMs: number, untilMs: number): Promise<Map<string, InstallSums>>;
}
