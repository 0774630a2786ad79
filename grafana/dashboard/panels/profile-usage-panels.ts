import { GraphDrawStyle, StackingConfigBuilder, StackingMode } from '@grafana/grafana-foundation-sdk/common';
import type { PanelBuilder as TimeseriesPanelBuilder } from '@grafana/grafana-foundation-sdk/timeseries';
import { promQuery } from '../prometheus-query.ts';
import { ratioPanel, timeseriesPanel } from './panel-defaults.ts';
import { METRIC } from '../../../packages/server/src/metrics/metric-names.ts';

const SELECTION_BIAS_NOTE =
  'Forms with a server profile are not a random sample (they are the common, well-supported forms), so a gap between sources is not the effect of profiles: compare the arms of the profile_holdout experiment for that (experiment panels, docs/OPS.md).';

/** Runs per hour by profile_source, with the share of runs that used a server profile. */
export function runsBySourcePanel(): TimeseriesPanelBuilder {
  return timeseriesPanel(
    'Runs by profile source',
    'Stored runs per hour by which mappings they used: server_only, merged (server + local), local_only, heuristics_only. The dashed line is the share of runs that applied a server profile (right axis).',
    'short',
  )
    .axisLabel('runs / h')
    .drawStyle(GraphDrawStyle.Bars)
    .fillOpacity(60)
    .stacking(new StackingConfigBuilder().mode(StackingMode.Normal))
    .withTarget(
      promQuery(
        'A',
        `sum by (profile_source) (rate(${METRIC.runsBySource}[$__rate_interval])) * 3600`,
        '{{profile_source}}',
      ),
    )
    .withTarget(promQuery('B', 'global:applylens_autofill_profile_coverage:ratio_rate1h', 'server profile share'))
    .overrideByName('server profile share', [
      { id: 'unit', value: 'percentunit' },
      { id: 'min', value: 0 },
      { id: 'max', value: 1 },
      { id: 'custom.axisPlacement', value: 'right' },
      { id: 'custom.drawStyle', value: 'line' },
      { id: 'custom.stacking', value: { mode: 'none' } },
      { id: 'custom.lineStyle', value: { fill: 'dash', dash: [10, 10] } },
    ]);
}

/** ok / (ok + validation_error) by profile_source over 1h. */
export function successRatioBySourcePanel(): TimeseriesPanelBuilder {
  return ratioPanel(
    'Success ratio by profile source',
    `ok / (ok + validation_error) per profile source over the last hour (recording rule). ${SELECTION_BIAS_NOTE}`,
  ).withTarget(promQuery('A', 'profile_source:applylens_autofill_success_ratio:ratio_rate1h', '{{profile_source}}'));
}

/** Average edit chars per run by profile_source over 1h, beside the success ratio per source. */
export function editCharsBySourcePanel(): TimeseriesPanelBuilder {
  return timeseriesPanel(
    'Edit chars per run by profile source',
    `Characters users added or deleted per run, by profile source, over the last hour (recording rule). ${SELECTION_BIAS_NOTE}`,
    'short',
  )
    .axisLabel('chars / run')
    .withTarget(promQuery('A', `profile_source:${METRIC.editCharsPerRun}:avg_rate1h`, '{{profile_source}}'));
}
