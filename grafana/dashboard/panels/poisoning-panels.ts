import type { PanelBuilder as StatPanelBuilder } from '@grafana/grafana-foundation-sdk/stat';
import type { PanelBuilder as TimeseriesPanelBuilder } from '@grafana/grafana-foundation-sdk/timeseries';
import { instantQuery, promQuery } from '../prometheus-query.ts';
import { statPanel, timeseriesPanel } from './panel-defaults.ts';
import { METRIC } from '../../../packages/server/src/metrics/metric-names.ts';

/** Served form mappings flipped by aggregations in the last 24h (read from the database: `max` over replicas). */
export function mappingFlipsPanel(): StatPanelBuilder {
  return statPanel(
    'Served mappings flipped (24h)',
    'Form mappings a committed aggregation moved to another canonical name. Rare by design (COMPANION_VOTE_FLIP_MARGIN); each is users changing their minds in numbers or an attack that got through. List them with GET /api/admin/flips or companion-server report; alert CompanionAutofillMappingFlipped.',
    'short',
  ).withTarget(instantQuery('A', `round(max(increase(${METRIC.mappingFlips}[24h])))`, 'flips'));
}

/** Current forms with a vote alarm, by alarm (read from the database: `max` over replicas). */
export function voteAlarmsPanel(): TimeseriesPanelBuilder {
  return timeseriesPanel(
    'Forms whose votes look invented',
    'new_installs: most of the form’s installs have no history yet. crowded_networks: most of its voters sit on networks with more installs than COMPANION_VOTE_NETWORK_CAP. held_by_margin: a served name stands only by COMPANION_VOTE_FLIP_MARGIN. The defences already discount them; see SECURITY.md and the alert CompanionAutofillVoteAlarm.',
    'short',
  )
    .axisLabel('forms')
    .withTarget(promQuery('A', `max by (alarm) (${METRIC.formsVoteAlarm})`, '{{alarm}}'));
}

/** Sync requests refused by the daily quotas, per hour and scope. */
export function quotaHitsPanel(): TimeseriesPanelBuilder {
  return timeseriesPanel(
    'Daily quota refusals',
    'Sync requests refused (429 until midnight UTC) because the install or its network used up its daily events (COMPANION_QUOTA_*_EVENTS_PER_DAY). The SDK keeps the events and retries. Alert CompanionAutofillQuotaHits.',
    'short',
  )
    .axisLabel('requests / h')
    .withTarget(promQuery('A', `sum by (scope) (rate(${METRIC.quotaHits}[$__rate_interval])) * 3600`, '{{scope}}'));
}
