import type { PanelBuilder as StatPanelBuilder } from '@grafana/grafana-foundation-sdk/stat';
import type { PanelBuilder as TimeseriesPanelBuilder } from '@grafana/grafana-foundation-sdk/timeseries';
import { instantQuery, promQuery } from '../prometheus-query.ts';
import { statPanel, timeseriesPanel } from './panel-defaults.ts';
import { METRIC } from '../../../packages/server/src/metrics/metric-names.ts';

/** Synced events per hour by result (stored, duplicate, rejected). */
export function ingestResultsPanel(): TimeseriesPanelBuilder {
  return timeseriesPanel(
    'Ingest results',
    'Events received by POST /sync per hour: stored (new), duplicate (retries of an already stored event_id: harmless), rejected (invalid: the SDK drops them, so this is lost data; alert CompanionAutofillIngestRejectSpike).',
    'short',
  )
    .axisLabel('events / h')
    .withTarget(
      promQuery('A', `sum by (result) (rate(${METRIC.eventsIngested}[$__rate_interval])) * 3600`, '{{result}}'),
    );
}

/** Observations folded into host="__other__" by the label cap in the last 24h. */
export function hostOverflowPanel(): StatPanelBuilder {
  return statPanel(
    'Hosts folded into __other__ (24h)',
    'Observations whose host was past the label cap (COMPANION_METRICS_HOST_CAP, default 200 distinct hosts) and counted as host="__other__". Non-zero means per-host panels miss some hosts.',
    'short',
  )
    .span(12)
    .withTarget(instantQuery('A', `round(sum(increase(${METRIC.hostOverflow}[24h])))`, 'folded'));
}
