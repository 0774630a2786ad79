import type { PanelBuilder as StatPanelBuilder } from '@grafana/grafana-foundation-sdk/stat';
import type { PanelBuilder as TimeseriesPanelBuilder } from '@grafana/grafana-foundation-sdk/timeseries';
import { instantQuery, promQuery } from '../prometheus-query.ts';
import { statPanel, timeseriesPanel } from './panel-defaults.ts';
import { METRIC } from '../../../packages/server/src/metrics/metric-names.ts';

/** Event writes the database refused for want of storage, per hour and reason. */
export function storageWriteFailuresPanel(): TimeseriesPanelBuilder {
  return timeseriesPanel(
    'Event writes refused (storage)',
    'Syncs answered 503 + Retry-After because the database could not take writes: full (disk or COMPANION_DB_MAX_BYTES), read_only, io, busy, unavailable. Clients keep the events and retry; alert CompanionAutofillStorageWriteFailures.',
    'short',
  )
    .axisLabel('writes / h')
    .withTarget(
      promQuery('A', `sum by (reason) (rate(${METRIC.dbWriteFailures}[$__rate_interval])) * 3600`, '{{reason}}'),
    );
}

/** Replicas whose /readyz answers 503 now. */
export function replicasNotReadyPanel(): StatPanelBuilder {
  return statPanel(
    'Replicas not ready (storage)',
    `Replicas whose /readyz answers 503 because a write was refused for want of storage in the last 30 s (${METRIC.storageReady} == 0). /healthz stays 200 on them.`,
    'short',
  )
    .span(12)
    .withTarget(instantQuery('A', `count(${METRIC.storageReady} == 0) or vector(0)`, 'not ready'));
}
