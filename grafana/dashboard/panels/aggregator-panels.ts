import { ThresholdsConfigBuilder, ThresholdsMode } from '@grafana/grafana-foundation-sdk/dashboard';
import type { PanelBuilder as StatPanelBuilder } from '@grafana/grafana-foundation-sdk/stat';
import { instantQuery } from '../prometheus-query.ts';
import { statPanel } from './panel-defaults.ts';
import { METRIC } from '../../../packages/server/src/metrics/metric-names.ts';

/** Seconds: one and two aggregation intervals at the default AGG_EVERY_HOURS=6 (alert at 2×). */
const ONE_INTERVAL_S = 6 * 3600;
const TWO_INTERVALS_S = 2 * ONE_INTERVAL_S;

/**
 * Aggregator runs in the last 24h by status (scheduled and CLI runs alike). Every replica reports
 * the same database totals, so replicas are combined with max, not sum.
 */
export function aggregatorRunsPanel(): StatPanelBuilder {
  return statPanel(
    'Aggregator runs (24h) by status',
    'Aggregator runs recorded in the database in the last 24h, scheduled or made with `companion-server aggregate`. About 4 ok runs a day at the default 6h schedule; any err is worth a look (alert CompanionAutofillAggregatorErrors).',
    'short',
  ).withTarget(instantQuery('A', `round(max by (status) (increase(${METRIC.aggRuns}[24h])))`, '{{status}}'));
}

/** Profiles written by successful aggregator runs in the last 24h (max over replicas, as above). */
export function profilesUpdatedPanel(): StatPanelBuilder {
  return statPanel(
    'Profiles updated (24h)',
    'Form profiles written by successful aggregator runs in the last 24h. Zero for a day while runs succeed means no form gathered enough support (runs and installs) to earn a profile.',
    'short',
  ).withTarget(instantQuery('A', `round(max(increase(${METRIC.profilesUpdated}[24h])))`, 'profiles'));
}

/** Age of the last successful aggregation; red past two intervals (the stale alert's threshold). */
export function timeSinceLastAggregationPanel(): StatPanelBuilder {
  return statPanel(
    'Time since last successful aggregation',
    `Age of ${METRIC.aggLastSuccess}. Green within one 6h interval, amber within two, red beyond (alert CompanionAutofillAggregatorStale). "never" when no run has succeeded yet.`,
    's',
  )
    .noValue('never')
    .thresholds(
      new ThresholdsConfigBuilder().mode(ThresholdsMode.Absolute).steps([
        { value: null, color: 'green' },
        { value: ONE_INTERVAL_S, color: 'orange' },
        { value: TWO_INTERVALS_S, color: 'red' },
      ]),
    )
    .withTarget(instantQuery('A', `time() - max(${METRIC.aggLastSuccess} > 0)`, 'age'));
}
