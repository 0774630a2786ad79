import { DataqueryBuilder, PromQueryFormat } from '@grafana/grafana-foundation-sdk/prometheus';
import { PROMETHEUS } from './dashboard-variables.ts';

/** One PromQL target on the dashboard's datasource. */
export function promQuery(refId: string, expr: string, legendFormat: string): DataqueryBuilder {
  return new DataqueryBuilder().datasource(PROMETHEUS).refId(refId).expr(expr).legendFormat(legendFormat);
}

/** A target whose `le`-labelled series Grafana draws as heatmap buckets. */
export function heatmapQuery(refId: string, expr: string): DataqueryBuilder {
  return promQuery(refId, expr, '{{le}}').format(PromQueryFormat.Heatmap);
}

/** A target read once at the end of the range (stat panels). */
export function instantQuery(refId: string, expr: string, legendFormat: string): DataqueryBuilder {
  return promQuery(refId, expr, legendFormat).instant();
}
