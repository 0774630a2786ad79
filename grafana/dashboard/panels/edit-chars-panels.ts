import type { PanelBuilder as TimeseriesPanelBuilder } from '@grafana/grafana-foundation-sdk/timeseries';
import { promQuery } from '../prometheus-query.ts';
import { timeseriesPanel } from './panel-defaults.ts';
import { METRIC } from '../../../packages/server/src/metrics/metric-names.ts';

/** Average, p50 and p90 of characters edited per run, over all hosts. */
export function editCharsPerRunPanel(): TimeseriesPanelBuilder {
  return timeseriesPanel(
    'Edit chars per run: average, p50, p90',
    `Characters users added or deleted in filled fields per run, over the last hour (recording rules over ${METRIC.editCharsPerRun}). Lower is better: fewer corrections. The average moves with a few heavy edits; p50/p90 show whether typical runs improved.`,
    'short',
  )
    .axisLabel('chars / run')
    .withTarget(promQuery('A', `global:${METRIC.editCharsPerRun}:avg_rate1h`, 'average'))
    .withTarget(promQuery('B', `global:${METRIC.editCharsPerRun}:histogram_quantile_rate1h`, 'p{{quantile}}'));
}

/** Average edit chars per run for each selected host. */
export function editCharsByHostPanel(): TimeseriesPanelBuilder {
  return timeseriesPanel(
    'Average edit chars per run by host',
    `${METRIC.editChars} / ${METRIC.runs} per host over the last hour (recording rule).`,
    'short',
  )
    .axisLabel('chars / run')
    .withTarget(promQuery('A', `host:${METRIC.editCharsPerRun}:avg_rate1h{host=~"$host"}`, '{{host}}'));
}
