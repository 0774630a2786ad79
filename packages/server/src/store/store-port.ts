import type { FieldPredictions, LearningEvent } from '@companion-autofill/sdk/protocol';
import type { GroupedWindow, RunWeights } from './grouped-window.ts';
import type { ReportStore } from './report-store.ts';
import type { UserStatsStore } from './user-stats-store.ts';

/**
 * Why a form's votes look like an attack: most of its installs are new (no history yet), or most
 * of its voters sit on networks holding more installs than the network cap lets weigh (one
 * network, or a few, inventing installs), or a served name stands only by the flip margin (a
 * challenger is rising: users changing their minds, or networks being recruited). The first two
 * come from guardStatsOf, the last from the vote (see withMaps in aggregator/).
 */
export const VOTE_ALARMS = ['new_installs', 'crowded_networks', 'held_by_margin'] as const;
export type VoteAlarm = (typeof VOTE_ALARMS)[number];

/** A served mapping that an aggregation moved to another canonical name. */
export interface MappingFlip {
  host: string;
  schemaHash: string;
  selector: string;
  from: string;
  to: string;
}

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
  /** What the quality guard reads: success rate per install, then network, medians (see guardStatsOf). */
  guardSuccessRate: number | null;
  /** … and edit chars per run, the same way. */
  guardEditChars: number;
  /** Distinct networks among the form's voters. */
  distinctNetworks: number;
  /** Why the form's votes look like an attack, if they do. */
  voteAlarm: VoteAlarm | null;
}

export interface StoredFormProfile extends FormProfile {
  runId: number;
  /** An operator pinned the maps: served as they are, past the guard. */
  pinned?: true;
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
  /** Served mappings this aggregation moved to another name (see mappingFlips). */
  flips: MappingFlip[];
  eventsRead: number;
}
/** Counts of aggregator runs over the database's whole history, for scrape-time metrics. */
export interface AggregatorRunTotals {
  ok: number;
  err: number;
  /** Runs whose process died while running, reaped by a later run (see reapAbandonedRuns). */
  abandoned: number;
  profilesUpdated: number;
  /** ms since epoch of the newest successful run's end, null if none. */
  lastSuccessAt: number | null;
}

export interface AggregatorRunRecord {
  runId: number;
  status: 'running' | 'ok' | 'err' | 'abandoned';
  startedAt: number;
  finishedAt: number | null;
  eventsRead: number;
  profilesUpdated: number;
  error: string | null;
}

/** Events: append-only, idempotent by event_id. */
export interface EventStore {
  /**
   * Stores the events not stored yet, in one transaction, each with `networkKey` (the sender's
   * network, see network-key.ts; '' when unknown), and counts them into their installs' history
   * (first seen now and on this network, or one more accepted run). Returns the ids newly stored;
   * the rest were duplicates. Mutates.
   */
  insertEvents(events: readonly LearningEvent[], receivedAt: number, networkKey?: string): Promise<Set<string>>;
  /** Events with occurred_at ≥ sinceMs, ordered by form, in chunks. Does not mutate. */
  windowEvents(sinceMs: number, chunkSize?: number): AsyncIterable<AggregationRow[]>;
  /**
   * Optional: the window of `windowEvents(sinceMs)` grouped inside the database, handed to `read`
   * within one snapshot (the snapshot ends when `read` settles; `runs` must be iterated by then).
   * A backend implements it where shipping every event costs more than grouping them (PostgreSQL);
   * the aggregation of the groups must equal that of the events (vote-differential.test.ts in the
   * store contract suite checks it). The aggregator streams `windowEvents` otherwise. Does not mutate.
   */
  groupedWindow?<T>(sinceMs: number, runWeights: RunWeights, read: (window: GroupedWindow) => Promise<T>): Promise<T>;
  /** Deletes every event of one install, and its history (data rights). Returns how many events. Mutates. */
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
   * or still running; not err or abandoned) started less than `minGapMs` before `startedAt`, when it records nothing and
   * returns null. Check and insert are one atomic step across processes, so replicas whose timers
   * fire close together make one run, not one each. Mutates.
   */
  claimScheduledRun(startedAt: number, lookbackDays: number, minGapMs: number): Promise<number | null>;
  /**
   * In one transaction: replaces every form profile with `aggregation.profiles` and every field
   * profile with `aggregation.fieldProfiles`, records `aggregation.flips`, and marks the run ok. Either all of it happens or none
   * (the previous profiles stay). Mutates.
   */
  commitRun(runId: number, aggregation: WindowAggregation, finishedAt: number): Promise<void>;
  /** Marks the run failed with a short error text. Mutates. */
  failRun(runId: number, error: string, finishedAt: number): Promise<void>;
  /**
   * Marks every run still `running` as `abandoned`, finished at `finishedAt`, and returns how many.
   * Only the lease holder calls it, right after taking the lease: a run is recorded only while its
   * process holds the lease, so a `running` row nobody holds the lease for belongs to a process
   * that died (kill -9, a crash, a lost machine). Mutates.
   */
  reapAbandonedRuns(finishedAt: number): Promise<number>;
  /** Totals for metrics. Does not mutate. */
  totals(): Promise<AggregatorRunTotals>;
  /** The newest runs, newest first. Does not mutate. */
  recentRuns(limit: number): Promise<AggregatorRunRecord[]>;
}

/** One install's history (see EventStore.insertEvents). */
export interface InstallHistory {
  installId: string;
  /** Server time of its first stored event. */
  firstSeenAt: number;
  /** The network it was first seen on. */
  networkKey: string;
  acceptedRuns: number;
}

export const QUARANTINE_KINDS = ['install', 'network'] as const;
export type QuarantineKind = (typeof QUARANTINE_KINDS)[number];

export interface Quarantine {
  kind: QuarantineKind;
  /** An install id, or a network key. */
  key: string;
  createdAt: number;
}

/** Maps an operator pinned for a form. */
export interface PinnedProfile {
  host: string;
  schemaHash: string;
  canonicalMap: Record<string, string>;
  formatMap: Record<string, string>;
  pinnedAt: number;
}

export interface StoredFlip extends MappingFlip {
  runId: number;
  flippedAt: number;
}

export interface AlarmedForm {
  host: string;
  schemaHash: string;
  voteAlarm: VoteAlarm;
  distinctInstalls: number;
  distinctNetworks: number;
}

/** Counts for the defence metrics, read at scrape time. */
export interface DefenceTotals {
  /** Mapping flips over every committed run. */
  flips: number;
  /** Served forms by vote alarm. */
  alarms: Record<VoteAlarm, number>;
  quarantines: Record<QuarantineKind, number>;
  pins: number;
}

/**
 * What the Sybil defences keep (SECURITY.md): install histories, the operator's quarantines and
 * pins, and the flips of served mappings. Quarantines take effect at the next aggregation; pins
 * at once (they move profiles_version, like a committed run).
 */
export interface DefenceStore {
  /** Every install's history. Does not mutate. */
  installHistories(): Promise<InstallHistory[]>;
  /** Quarantines one install or network; false if it already was. Mutates. */
  quarantine(kind: QuarantineKind, key: string, now: number): Promise<boolean>;
  /** Lifts a quarantine; false if there was none. Mutates. */
  release(kind: QuarantineKind, key: string): Promise<boolean>;
  /** Every quarantine, oldest first. Does not mutate. */
  quarantines(): Promise<Quarantine[]>;
  /** Pins maps for a form (replacing a pin it had). Mutates. */
  pin(profile: PinnedProfile): Promise<void>;
  /** Removes a form's pin; false if it had none. Mutates. */
  unpin(host: string, schemaHash: string): Promise<boolean>;
  /** Every pin, by host and schema hash. Does not mutate. */
  pins(): Promise<PinnedProfile[]>;
  /** The canonical maps of the stored form profiles, by formKey: what the next run's flip margin protects. Does not mutate. */
  servedMaps(): Promise<Map<string, Record<string, string>>>;
  /** The newest flips, newest first. Does not mutate. */
  recentFlips(limit: number): Promise<StoredFlip[]>;
  /** The current form profiles that raise a vote alarm, by host and schema hash. Does not mutate. */
  alarmedForms(): Promise<AlarmedForm[]>;
  /** Does not mutate. */
  totals(): Promise<DefenceTotals>;
}

/** The whole persistence port; one implementation per backend. */
export interface Store {
  events: EventStore;
  defences: DefenceStore;
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
