/** Sums over one install's events in a window: what the user stats are computed from. */
export interface InstallTotals {
  runs: number;
  successfulRuns: number;
  /** Characters added + deleted by the user, over all runs. */
  editedChars: number;
  /** Sum of `filled_chars` over the runs that reported it. */
  measuredFilledChars: number;
  /** Runs without `filled_chars` (SDKs that predate it). */
  runsWithoutFilledChars: number;
  /** Fields filled (suggested_map entries) in those runs, for the estimate. */
  fieldsFilledWithoutCount: number;
}

/** Reads one install's totals. SQLite implements it; a PostgreSQL store can too. */
export interface UserStatsStore {
  /** Totals over the install's events with occurred_at ≥ sinceMs. Does not mutate. */
  installTotals(installId: string, sinceMs: number): Promise<InstallTotals>;
}
