import {
  DatasourceVariableBuilder,
  QueryVariableBuilder,
  VariableRefresh,
  VariableSort,
} from '@grafana/grafana-foundation-sdk/dashboard';
import type { DataSourceRef } from '@grafana/grafana-foundation-sdk/dashboard';
import { METRIC } from '../../packages/server/src/metrics/metric-names.ts';

/** Name of the Prometheus datasource provisioned by grafana/provisioning/datasources/prometheus.yaml. */
export const PROVISIONED_DATASOURCE_NAME = 'Prometheus';

/** Every panel and variable queries the datasource chosen in the `datasource` variable. */
export const PROMETHEUS: DataSourceRef = { type: 'prometheus', uid: '${datasource}' };

/** Value of `$host` when "All" is selected: a regex, since panels match with `host=~"$host"`. */
export const ALL_HOSTS_REGEX = '.*';

/** The `datasource` variable: any Prometheus, defaulting to the provisioned one. */
export function datasourceVariable(): DatasourceVariableBuilder {
  return new DatasourceVariableBuilder('datasource')
    .label('Prometheus')
    .type('prometheus')
    .current({ text: PROVISIONED_DATASOURCE_NAME, value: PROVISIONED_DATASOURCE_NAME });
}

/**
 * The `host` variable, multi-select with "All", from the hosts that have runs. Values are already
 * bounded by the server's host label cap (`__other__` collects the rest).
 */
export function hostVariable(): QueryVariableBuilder {
  const query = `label_values(${METRIC.runs}, host)`;
  return new QueryVariableBuilder('host')
    .label('Host')
    .datasource(PROMETHEUS)
    .query(query)
    .definition(query)
    .refresh(VariableRefresh.OnTimeRangeChanged)
    .sort(VariableSort.AlphabeticalAsc)
    .multi(true)
    .includeAll(true)
    .allValue(ALL_HOSTS_REGEX)
    .current({ text: 'All', value: '$__all' });
}
