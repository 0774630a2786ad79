import type { PanelBuilder as TimeseriesPanelBuilder } from '@grafana/grafana-foundation-sdk/timeseries';
import { promQuery } from '../prometheus-query.ts';
import { timeseriesPanel } from './panel-defaults.ts';
import { METRIC } from '../../../packages/server/src/metrics/metric-names.ts';

/** Profile answers per hour by result (ok, unknown, rejected, disabled, holdout). */
export function profileRequestsPanel(): TimeseriesPanelBuilder {
  return timeseriesPanel(
    'Profile requests by result',
    'Answers of GET /profile per hour: ok (profile served), unknown (no profile for this form yet), rejected (quality guard), disabled (shadow mode, COMPANION_AUTOFILL_PROFILE_ENABLED=0), holdout (control arm).',
    'short',
  )
    .axisLabel('requests / h')
    .withTarget(
      promQuery('A', `sum by (result) (rate(${METRIC.profileRequests}[$__rate_interval])) * 3600`, '{{result}}'),
    );
}

/** Guard refusals per hour by failing guard. */
export function profilesRejectedPanel(): TimeseriesPanelBuilder {
  return timeseriesPanel(
    'Profiles refused by the quality guard, by reason',
    'low_success_rate: the profile’s success rate is below COMPANION_AUTOFILL_QUALITY_MIN_SUCCESS. high_edit_chars: its average edit chars per run is above COMPANION_AUTOFILL_QUALITY_MAX_EDIT. The tuning file (COMPANION_TUNING_FILE) can override both per ATS family and per host. A refused profile is not served; the SDK falls back to local memory and heuristics.',
    'short',
  )
    .axisLabel('refusals / h')
    .withTarget(
      promQuery('A', `sum by (reason) (rate(${METRIC.profilesRejected}[$__rate_interval])) * 3600`, '{{reason}}'),
    );
}
