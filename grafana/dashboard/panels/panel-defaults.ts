import {
  LegendDisplayMode,
  LegendPlacement,
  ReduceDataOptionsBuilder,
  VizLegendOptionsBuilder,
  BigValueGraphMode,
  BigValueColorMode,
} from '@grafana/grafana-foundation-sdk/common';
import { PanelBuilder as StatPanelBuilder } from '@grafana/grafana-foundation-sdk/stat';
import { PanelBuilder as TimeseriesPanelBuilder } from '@grafana/grafana-foundation-sdk/timeseries';
import { PROMETHEUS } from '../dashboard-variables.ts';

/** Unit for ratios in [0, 1] (Grafana shows them as percent). */
export const RATIO_UNIT = 'percentunit';

/** A time series panel with the dashboard's defaults: table legend with last and mean values. */
export function timeseriesPanel(title: string, description: string, unit: string): TimeseriesPanelBuilder {
  return new TimeseriesPanelBuilder()
    .title(title)
    .description(description)
    .datasource(PROMETHEUS)
    .unit(unit)
    .height(8)
    .span(12)
    .fillOpacity(10)
    .spanNulls(true)
    .legend(
      new VizLegendOptionsBuilder()
        .showLegend(true)
        .displayMode(LegendDisplayMode.Table)
        .placement(LegendPlacement.Bottom)
        .calcs(['lastNotNull', 'mean']),
    );
}

/** A time series panel for ratios: fixed 0–100 % axis so movements are not exaggerated by autoscale. */
export function ratioPanel(title: string, description: string): TimeseriesPanelBuilder {
  return timeseriesPanel(title, description, RATIO_UNIT).min(0).max(1);
}

/** A stat panel showing the last value of each series. */
export function statPanel(title: string, description: string, unit: string): StatPanelBuilder {
  return new StatPanelBuilder()
    .title(title)
    .description(description)
    .datasource(PROMETHEUS)
    .unit(unit)
    .height(5)
    .span(8)
    .graphMode(BigValueGraphMode.None)
    .colorMode(BigValueColorMode.Value)
    .reduceOptions(new ReduceDataOptionsBuilder().values(false).calcs(['lastNotNull']));
}
