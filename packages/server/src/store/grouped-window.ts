import type { AggregationRow } from './store-port.ts';

/**
 * The aggregation window grouped inside the database, for a backend that can (PostgreSQL): the same
 * facts as streaming every event (`EventStore.windowEvents`), without shipping every event and its
 * maps to Node. No vote happens here: the pure aggregation reads these rows (see
 * aggregator/aggregate-grouped-window.ts) and must come to exactly what it makes of the events.
 */
export interface GroupedWindow {
  /** One row per form, ordered by (host, schema_hash) in code-unit order. */
  forms: readonly FormTotals[];
  /** One row per form and install, in any order. */
  installs: readonly FormInstallTotals[];
  /**
   * Each install's runs of a form with the same maps, folded into one: in form order, in chunks.
   * Rows of one form that share maps share the map objects (never mutate them). Iterate once.
   */
  runs: AsyncIterable<readonly FoldedRun[]>;
}

/** Sums over one form's events in the window. */
export interface FormTotals {
  host: string;
  schemaHash: string;
  events: number;
  distinctInstalls: number;
  ok: number;
  validationErrors: number;
  editChars: number;
  durationMs: number;
  /** Nearest-rank percentiles of duration_ms: the first value whose rank reaches p·n. */
  p50DurationMs: number;
  p90DurationMs: number;
  /** The newest occurred_at, ms since epoch. */
  lastEventAt: number;
}

/** One install's runs of one form in the window. */
export interface FormInstallTotals {
  host: string;
  schemaHash: string;
  installId: string;
  /** Runs that ended ok. */
  ok: number;
  /** Runs that reached a verdict: ok + validation_error. */
  verdicts: number;
  editChars: number;
  runs: number;
}

/** `runs` runs of one install on one form with the same maps, their weights (see `RunWeights`) summed. */
export interface FoldedRun extends Pick<
  AggregationRow,
  'host' | 'schemaHash' | 'installId' | 'finalMap' | 'fieldSignatures' | 'fieldFormats'
> {
  weight: number;
  runs: number;
}

/** How much a run weighs in the vote, by how it ended (the aggregator's RUN_WEIGHT). */
export type RunWeights = Readonly<Record<AggregationRow['status'], number>>;
