import { Counter, Histogram, type Registry } from 'prom-client';
import type { LearningEvent } from '@companion-autofill/sdk/protocol';
import { OTHER_HOST, createHostLabeler } from './host-label.ts';
import { INGEST_RESULTS, METRIC, METRIC_LABELS, type IngestResult } from './metric-names.ts';

/** Buckets for time-to-fill in ms: 2 s … 10 min. Few on purpose: the histogram is per host. */
const TIME_TO_FILL_BUCKETS_MS = [2_000, 5_000, 10_000, 30_000, 60_000, 120_000, 300_000, 600_000];
/** Buckets for characters edited in one run. */
const EDIT_CHARS_BUCKETS = [0, 1, 5, 10, 25, 50, 100, 250, 500, 1_000];

/** How many distinct `host` label values each per-host metric may take. */
export interface HostLabelCaps {
  /** runs_total and edit_chars_total (few series per host). */
  hosts: number;
  /**
   * The time-to-fill histogram: eleven series per host, so it gets a lower cap of its own, within
   * `hosts`. Past it a host's runs still count in host="__other__" and in every all-hosts quantile.
   */
  timeHosts: number;
}

/** Recorders for the sync endpoint. Each stored event moves the run metrics exactly once. */
export function createIngestMetrics(registry: Registry, caps: HostLabelCaps) {
  const registers = [registry];
  const runs = new Counter({
    name: METRIC.runs,
    help: 'Autofill runs stored, by how they ended and host.',
    labelNames: METRIC_LABELS.runs,
    registers,
  });
  const editChars = new Counter({
    name: METRIC.editChars,
    help: 'Characters users added or deleted in filled fields.',
    labelNames: METRIC_LABELS.editChars,
    registers,
  });
  // The name lacks a unit suffix (`_milliseconds`): it is the seed's, kept so existing dashboards work.
  const timeToFill = new Histogram({
    name: METRIC.timeToFill,
    help: 'Time-to-fill in ms: autofill start to submit or end of run.',
    labelNames: METRIC_LABELS.timeToFill,
    buckets: TIME_TO_FILL_BUCKETS_MS,
    registers,
  });
  const editPerRun = new Histogram({
    name: METRIC.editCharsPerRun,
    help: 'Characters edited per run, for percentiles.',
    buckets: EDIT_CHARS_BUCKETS,
    registers,
  });
  const bySource = new Counter({
    name: METRIC.runsBySource,
    help: 'Autofill runs by profile source and status.',
    labelNames: METRIC_LABELS.runsBySource,
    registers,
  });
  const editBySource = new Counter({
    name: METRIC.editCharsBySource,
    help: 'Characters users added or deleted in filled fields, by profile source.',
    labelNames: METRIC_LABELS.editCharsBySource,
    registers,
  });
  const ingested = new Counter({
    name: METRIC.eventsIngested,
    help: 'Events received by the sync endpoint, by result.',
    labelNames: METRIC_LABELS.eventsIngested,
    registers,
  });
  const personalData = new Counter({
    name: METRIC.personalDataKeysRefused,
    help: 'Synced events refused because a selector key looked like personal data (an email, a phone number, a long digit run).',
    registers,
  });
  const overflow = new Counter({
    name: METRIC.hostOverflow,
    help: 'Observations whose host was folded into __other__ by the label cap.',
    registers,
  });
  const hostLabel = createHostLabeler(caps.hosts, () => overflow.inc());
  // Its overflow needs no counter of its own: it is applylens_autofill_time_ms_count{host="__other__"}.
  const timeHostLabel = createHostLabeler(caps.timeHosts, () => undefined);

  for (const result of INGEST_RESULTS) ingested.inc({ result }, 0);

  return {
    recordStoredRun(event: LearningEvent): void {
      const host = hostLabel(event.host);
      const edited = event.edit_stats.total_chars_added + event.edit_stats.total_chars_deleted;
      runs.inc({ status: event.status, host });
      editChars.inc({ host }, edited);
      timeToFill.observe({ host: host === OTHER_HOST ? OTHER_HOST : timeHostLabel(host) }, event.duration_ms);
      editPerRun.observe(edited);
      bySource.inc({ profile_source: event.profile_source, status: event.status });
      editBySource.inc({ profile_source: event.profile_source }, edited);
    },
    /** Events refused for a selector that looked like personal data (their keys are never logged). */
    recordPersonalDataRefused(count: number): void {
      if (count > 0) personalData.inc(count);
    },
    recordIngest(result: IngestResult, count = 1): void {
      if (count > 0) ingested.inc({ result }, count);
    },
  };
}

export type IngestMetrics = ReturnType<typeof createIngestMetrics>;
