/**
 * Every Prometheus metric the server exposes, by name, with its label names: the one table the
 * recorders, the Grafana dashboard code (`grafana/dashboard/panels/*.ts`) and the tests import, so
 * renaming a metric here moves them all, and removing one is a compile error wherever it is read.
 * The PromQL rule files (YAML) cannot import it; `test/prometheus/*` checks every name they use
 * against a live exposition.
 *
 * This file imports nothing: the dashboard build reads it without pulling in the server.
 */
export const METRIC = {
  runs: 'applylens_autofill_runs_total',
  editChars: 'applylens_autofill_edit_chars_total',
  // The name lacks a unit suffix (`_milliseconds`): it is the seed's, kept so existing dashboards work.
  timeToFill: 'applylens_autofill_time_ms',
  editCharsPerRun: 'applylens_autofill_edit_chars_per_run',
  runsBySource: 'applylens_autofill_runs_by_source_total',
  editCharsBySource: 'applylens_autofill_edit_chars_by_source_total',
  eventsIngested: 'applylens_autofill_events_ingested_total',
  personalDataKeysRefused: 'applylens_autofill_personal_data_keys_refused_total',
  hostOverflow: 'applylens_autofill_metric_host_overflow_total',
  aggRuns: 'applylens_autofill_agg_runs_total',
  profilesUpdated: 'applylens_autofill_profiles_updated_total',
  aggLastSuccess: 'applylens_autofill_agg_last_success_timestamp_seconds',
  profileRequests: 'applylens_autofill_profile_requests_total',
  profilesRejected: 'applylens_autofill_profiles_rejected_total',
  quotaHits: 'applylens_autofill_quota_hits_total',
  mappingFlips: 'applylens_autofill_mapping_flips_total',
  formsVoteAlarm: 'applylens_autofill_forms_vote_alarm',
  quarantines: 'applylens_autofill_quarantines',
  pinnedProfiles: 'applylens_autofill_pinned_profiles',
  dbWriteFailures: 'applylens_autofill_db_write_failures_total',
  storageReady: 'applylens_autofill_storage_ready',
  experimentExposures: 'applylens_autofill_experiment_exposures_total',
  experimentRuns: 'applylens_autofill_experiment_runs_total',
  experimentEditChars: 'applylens_autofill_experiment_edit_chars_total',
  experimentOutcomesSkipped: 'applylens_autofill_experiment_outcomes_skipped_total',
  tuningReloads: 'applylens_autofill_tuning_reloads_total',
  tuningConfigInfo: 'applylens_autofill_tuning_config_info',
} as const;

export type MetricKey = keyof typeof METRIC;
export type MetricName = (typeof METRIC)[MetricKey];

/** The histograms: each exposes `_bucket`, `_sum` and `_count` series instead of its family name. */
type HistogramKey = 'timeToFill' | 'editCharsPerRun';
/** A series name as it appears in the exposition, for readers of samples (tests, the dashboard). */
export type SeriesName = MetricName | `${(typeof METRIC)[HistogramKey]}_${'bucket' | 'sum' | 'count'}`;

/**
 * The label names of each metric (none for the rest). Each label takes values from a closed list:
 * those the metrics own are below; the others come from the domain that defines them (run status
 * and profile source from the SDK protocol, guard reasons, quota scopes, vote alarms, quarantine
 * kinds, storage failure reasons), and hosts and experiment arms are capped (`OTHER_LABEL`).
 */
export const METRIC_LABELS = {
  runs: ['status', 'host'],
  editChars: ['host'],
  timeToFill: ['host'],
  runsBySource: ['profile_source', 'status'],
  editCharsBySource: ['profile_source'],
  eventsIngested: ['result'],
  aggRuns: ['status'],
  profileRequests: ['result'],
  profilesRejected: ['reason'],
  quotaHits: ['scope'],
  formsVoteAlarm: ['alarm'],
  quarantines: ['kind'],
  dbWriteFailures: ['reason'],
  experimentExposures: ['experiment', 'arm'],
  experimentRuns: ['experiment', 'arm', 'status'],
  experimentEditChars: ['experiment', 'arm'],
  tuningReloads: ['result'],
  tuningConfigInfo: ['version'],
} as const satisfies Partial<Record<MetricKey, readonly string[]>>;

/** The value a capped label (host, experiment arm) takes past its cap or outside the live list. */
export const OTHER_LABEL = '__other__';

/** `result` of {@link METRIC.eventsIngested}: how the sync endpoint took one event. */
export const INGEST_RESULTS = ['stored', 'duplicate', 'rejected'] as const;
export type IngestResult = (typeof INGEST_RESULTS)[number];

/** `status` of {@link METRIC.aggRuns}: how one aggregator run ended. */
export const AGG_RUN_STATUSES = ['ok', 'err', 'abandoned'] as const;
export type AggRunStatus = (typeof AGG_RUN_STATUSES)[number];

/** `result` of {@link METRIC.tuningReloads}: how one reload of the tuning file ended. */
export const TUNING_RELOAD_RESULTS = ['ok', 'error'] as const;
export type TuningReloadResult = (typeof TUNING_RELOAD_RESULTS)[number];
