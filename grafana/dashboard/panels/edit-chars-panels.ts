import type { PanelBuilder as TimeseriesPanelBuilder } from '@grafana/grafana-foundation-sdk/timeseries';
import { promQuery } from '../prometheus-query.ts';
import { timeseriesPanel } from './panel-defaults.ts';

/** Average, p50 and p90 of characters edited per run, over all hosts. */
export function editCharsPerRunPanel(): TimeseriesPanelBuilder {
  return timeseriesPanel(
    'Edit chars per run: average, p50, p90',
    'Characters users added or deleted in filled fields per run, over the last hour (recording rules over applylens_autofill_edit_chars_per_run). Lower is better: fewer corrections. The average moves with a few heavy edits; p50/p90 show whether typical runs improved.',
    'short',
  )
    .axisLabel('chars / run')
    .withTarget(promQuery('A', 'global:applylens_autofill_edit_chars_per_run:avg_rate1h', 'average'))
    .withTarget(promQuery('B', 'global:applylens_autofill_edit_chars_per_run:histogram_quantile_rate1h', 'p{{quantile}}'));
}

/** Average edit chars per run for each selected host. */
export function editCharsByHostPanel(): TimeseriesPanelBuilder {
  return timeseriesPanel(
    'Average edit chars per run by host',
    'applylens_autofill_edit_chars_total / applylens_autofill_runs_total per host over the last hour (recording rule).',
    'short',
  )
    .axisLabel('chars / run')
    .withTarget(promQuery('A', 'host:applylens_autofill_edit_chars_per_run:avg_rate1h{host=~"$host"}', '{{host}}'));
}
