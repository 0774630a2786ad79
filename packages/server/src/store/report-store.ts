import type { InstallSums } from '../report/install-sums.ts';
import type { ReportRow } from './report-row.ts';

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
