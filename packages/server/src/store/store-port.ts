import type { FieldPredictions, LearningEvent } from '@companion-autofill/sdk/protocol';
import type { SupportThresholds } from '../aggregator/support-thresholds.ts';
import type { ReportStore } from '../report/report-store.ts';
import type { UserStatsStore } from '../stats/install-totals.ts';

/** One stored event, reduced to what the aggregator reads. */
export interface AggregationRow {
  host: string;
  schemaHash: string;
  installId: string;
  status: LearningEvent['status'];
  occurredAt: number;
  durationMs: number;
  editChars: number;
  finalMap: Record<string, string>;
  /** selector → field signature; empty for events that carried none. Shared between rows: never mutate. */
  fieldSignatures: ReadonlyMap<string, string>;
  /** selector → field format; empty for events that carried none. Shared between rows: never mutate. */
  fieldFormats: ReadonlyMap<string, string>;
}

/** A learned profile with the statistics the quality guard and clients read. */
export interface FormProfile {
  host: string;
  schemaHash: string;
  canonicalMap: Record<string, string>;
  /** selector → learned format, for selectors of canonicalMap (never a leave_alone one). */
  formatMap: Record<string, string>;
  eventCount: number;
  distinctInstalls: number;
  /** ok / (ok + validation_error); null when no run ended in either. */
  successRate: number | null;
  avgEditChars: number;
  avgDurationMs: number;
  p50DurationMs: number;
  p90DurationMs: number;
  /** ms since epoch of the newest event in the window. */
  lastEventAt: number;
}

export interface StoredFormProfile extends FormProfile {
  runId: number;
}

/** Where a field profile was learned: over every form of one host, or of one ATS family. */
export const FIELD_SCOPES = ['host', 'family'] as const;
export type FieldScope = (typeof FIELD_SCOPES)[number];

/** What the votes of one scope elected for one field signature. */
export interface FieldProfile {
  scope: FieldScope;
  /** The host, or the family name (see atsFamilyOf). */
  key: string;
  fieldSignature: string;
  /** A canonical name or leave_alone. */
  canonical: string;
  /** The learned format; absent when none was (never for leave_alone). */
  format?: string;
  /** Installs that voted for `canonical`: what ranks predictions when a host has more than can be served. */
  installs: number;
}

/** What one aggregation of the window computed: the form profiles, the field profiles, and how many events it read. */
export interface WindowAggregation {
  profiles: FormProfile[];
  fieldProfiles: FieldProfile[];
  eventsRead: number;
}
/** Counts of aggregator runs over the database's whole history, for scrape-time metrics. */
export interface AggregatorRunTotals {
  ok: number;
  err: number;
  profilesUpdated: number;
  /** ms since epoch of the newest successful run's end, null if none. */
  lastSuccessAt: number | null;
}

export interface AggregatorRunRecord {
  runId: number;
  status: 'running' | 'ok' | 'err';
  startedAt: number;
  finishedAt: number | null;
  eventsRead: number;
  profilesUpdated: number;
  error: string | null;
}

/** Events: append-only, idempotent by event_id. */
export interface EventStore {
  /** Stores the events not stored yet, in one transaction. Returns the ids newly stored; the rest were duplicates. Mutates. */
  insertEvents(events: readonly LearningEvent[], receivedAt: number): Promise<Set<string>>;
  /** Events with occurred_at ≥ sinceMs, ordered by form, in chunks. Does not mutate. */
  windowEvents(sinceMs: number, chunkSize?: number): AsyncIterable<AggregationRow[]>;
  /**
   * Optional: the window's profiles computed inside the database. A backend implements it only if
   * the result equals the pure `aggregateProfiles(windowEvents(sinceMs), support)` (the store
   * contract test checks it on random data); the aggregator streams `windowEvents` otherwise.
   * Does not mutate.
   */
  aggregateWindow?(sinceMs: number, support: SupportThresholds): Promise<WindowAggregation>;
  /** Deletes every event of one install (data rights). Returns how many. Mutates. */
  deleteInstall(installId: string): Promise<number>;
  /** Deletes events that occurred before `cutoffMs` (retention). Returns how many. Mutates. */
  pruneBefore(cutoffMs: number): Promise<number>;
  /** Answers when the database does. Does not mutate. */
  ping(): Promise<void>;
}

/** Profiles: replaced as a whole by each successful aggregator run. */
export interface ProfileStore {
  /** The current profile of one form, if any. Does not mutate. */
  getProfile(host: string, schemaHash: string): Promise<StoredFormProfile | undefined>;
  /**
   * The field predictions for a host: its own field profiles and those of its ATS family (`family`,
   * undefined when it has none), the host's winning on a shared signature, at most
   * `LIMITS.maxFieldPredictions` (see fieldPredictionsOf). Does not mutate.
   */
  getFieldPredictions(host: string, family: string | undefined): Promise<FieldPredictions>;
}

/** Aggregator runs and the lease that keeps them from overlapping, across processes. */
export interface AggregatorRunStore {
  /** Takes the aggregation lease for `ttlMs` unless someone else holds an unexpired one. Mutates. */
  acquireLease(owner: string, now: number, ttlMs: number): Promise<boolean>;
  /** Gives the lease back if `owner` holds it. Mutates. */
  releaseLease(owner: string): Promise<void>;
  /** Records a run as running and returns its id (a manual run: always starts). Mutates. */
  startRun(startedAt: number, lookbackDays: number): Promise<number>;
  /**
   * Records a scheduled run as running and returns its id — unless a run that did not fail (ok,
   * or still running) started less than `minGapMs` before `startedAt`, when it records nothing and
   * returns null. Check and insert are one atomic step across processes, so replicas whose timers
   * fire close together make one run, not one each. Mutates.
   */
  claimScheduledRun(startedAt: number, lookbackDays: number, minGapMs: number): Promise<number | null>;
  /**
   * In one transaction: replaces every form profile with `aggregation.profiles` and every field
   * profile with `aggregation.fieldProfiles`, and marks the run ok. Either all of it happens or none
   * (the previous profiles stay). Mutates.
   */
  commitRun(runId: number, aggregation: WindowAggregation, finishedAt: number): Promise<void>;
  /** Marks the run failed with a short error text. Mutates. */
  failRun(runId: number, error: string, finishedAt: number): Promise<void>;
  /** Totals for metrics. Does not mutate. */
  totals(): Promise<AggregatorRunTotals>;
  /** The newest runs, newest first. Does not mutate. */
  recentRuns(limit: number): Promise<AggregatorRunRecord[]>;
}

/** The whole persistence port; one implementation per backend. */
export interface Store {
  events: EventStore;
  profiles: ProfileStore;
  runs: AggregatorRunStore;
  /** Read-only rows for the impact report. */
  reports: ReportStore;
  /** Read-only per-install totals for the user stats endpoint. */
  userStats: UserStatsStore;
  /** Backend housekeeping after bulk deletes (SQLite: checkpoint and truncate the WAL). Mutates. */
  housekeep(): Promise<void>;
  close(): Promise<void>;
}
