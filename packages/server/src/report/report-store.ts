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
}
