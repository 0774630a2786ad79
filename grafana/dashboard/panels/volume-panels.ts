import { StackingConfigBuilder, StackingMode, GraphDrawStyle } from '@grafana/grafana-foundation-sdk/common';
import type { PanelBuilder as TimeseriesPanelBuilder } from '@grafana/grafana-foundation-sdk/timeseries';
import { promQuery } from '../prometheus-query.ts';
import { ratioPanel, timeseriesPanel } from './panel-defaults.ts';
import { METRIC } from '../../../packages/server/src/metrics/metric-names.ts';

/** Runs per hour, stacked by host and status. */
export function autofillVolumePanel(): TimeseriesPanelBuilder {
  return timeseriesPanel(
    'Autofill volume by host and status',
    'Stored autofill runs per hour (duplicates excluded), by host and by how the run ended. Only ok and validation_error count towards the success ratio.',
    'short',
  )
    .axisLabel('runs / h')
    .drawStyle(GraphDrawStyle.Bars)
    .fillOpacity(60)
    .stacking(new StackingConfigBuilder().mode(StackingMode.Normal))
    .withTarget(
      promQuery(
        'A',
        `sum by (host, status) (rate(${METRIC.runs}{host=~"$host"}[$__rate_interval])) * 3600`,
        '{{host}} · {{status}}',
      ),
    );
}

/** ok / (ok + validation_error) per host over 1h, with the all-hosts ratio as reference. */
export function successRatioByHostPanel(): TimeseriesPanelBuilder {
  return ratioPanel(
    'Success ratio by host',
    'ok / (ok + validation_error) over the last hour (recording rules). "all hosts" is the global ratio, independent of the host filter. Compare over days, not minutes: one hour may hold only a few runs.',
  )
    .withTarget(promQuery('A', 'host:applylens_autofill_success_ratio:ratio_rate1h{host=~"$host"}', '{{host}}'))
    .withTarget(promQuery('B', 'global:applylens_autofill_success_ratio:ratio_rate1h', 'all hosts'));
}
