import {
  HeatmapColorMode,
  HeatmapColorOptionsBuilder,
  PanelBuilder as HeatmapPanelBuilder,
  YAxisConfigBuilder,
} from '@grafana/grafana-foundation-sdk/heatmap';
import type { PanelBuilder as TimeseriesPanelBuilder } from '@grafana/grafana-foundation-sdk/timeseries';
import { PROMETHEUS } from '../dashboard-variables.ts';
import { heatmapQuery, promQuery } from '../prometheus-query.ts';
import { timeseriesPanel } from './panel-defaults.ts';
import { METRIC } from '../../../packages/server/src/metrics/metric-names.ts';

const TIME_TO_FILL_NOTE = 'Time-to-fill is duration_ms: autofill start to successful submit (or end of run).';

/** p50/p90 time-to-fill over all hosts. */
export function timeToFillGlobalPanel(): TimeseriesPanelBuilder {
  return timeseriesPanel(
    'Time-to-fill p50 / p90 (all hosts)',
    `${TIME_TO_FILL_NOTE} Quantiles over the last hour (recording rules), interpolated inside histogram buckets.`,
    'ms',
  ).withTarget(promQuery('A', `global:${METRIC.timeToFill}:histogram_quantile_rate1h`, 'p{{quantile}}'));
}

/** p50/p90 time-to-fill for each selected host. */
export function timeToFillByHostPanel(): TimeseriesPanelBuilder {
  return timeseriesPanel(
    'Time-to-fill p50 / p90 by host',
    `${TIME_TO_FILL_NOTE} Per host, over the last hour (recording rules). The histogram names the first COMPANION_METRICS_TIME_HOST_CAP hosts (default 50); later ones are in host="__other__".`,
    'ms',
  ).withTarget(
    promQuery('A', `host:${METRIC.timeToFill}:histogram_quantile_rate1h{host=~"$host"}`, '{{host}} p{{quantile}}'),
  );
}

function timeToFillHeatmap(title: string, description: string, expr: string): HeatmapPanelBuilder {
  return (
    new HeatmapPanelBuilder()
      .title(title)
      .description(description)
      .datasource(PROMETHEUS)
      .height(8)
      .span(12)
      // The server already buckets the values: Grafana must not re-bucket them.
      .calculate(false)
      .color(new HeatmapColorOptionsBuilder().mode(HeatmapColorMode.Scheme).scheme('Oranges'))
      .yAxis(new YAxisConfigBuilder().unit('ms'))
      .withTarget(heatmapQuery('A', expr))
  );
}

/** Runs per time-to-fill bucket over time, all hosts. */
export function timeToFillHeatmapGlobalPanel(): HeatmapPanelBuilder {
  return timeToFillHeatmap(
    'Time-to-fill distribution (all hosts)',
    `${TIME_TO_FILL_NOTE} Runs per bucket of ${METRIC.timeToFill}; a shift towards the bottom means faster fills.`,
    `sum by (le) (increase(${METRIC.timeToFill}_bucket[$__rate_interval]))`,
  );
}

/** Runs per time-to-fill bucket over time, selected hosts. */
export function timeToFillHeatmapHostPanel(): HeatmapPanelBuilder {
  return timeToFillHeatmap(
    'Time-to-fill distribution ($host)',
    `${TIME_TO_FILL_NOTE} Same as the all-hosts heatmap, restricted to the hosts selected above (hosts past COMPANION_METRICS_TIME_HOST_CAP are in host="__other__").`,
    `sum by (le) (increase(${METRIC.timeToFill}_bucket{host=~"$host"}[$__rate_interval]))`,
  );
}
