import type { PanelBuilder as TimeseriesPanelBuilder } from '@grafana/grafana-foundation-sdk/timeseries';
import { promQuery } from '../prometheus-query.ts';
import { ratioPanel, timeseriesPanel } from './panel-defaults.ts';
import { METRIC } from '../../../packages/server/src/metrics/metric-names.ts';

/** Series legend shared by the per-arm panels. */
const ARM_LEGEND = '{{experiment}} / {{arm}}';

const RANDOMIZED_NOTE =
  'Installs are bucketed into arms at random (COMPANION_TUNING_FILE), so unlike the per-source panels a gap between arms of one experiment is an effect of the arm. What PromQL can show is run-level: the counters carry no install label, so there are no install-level or always-valid (safe-to-peek) intervals here, and watching these lines daily is no test. Decide with `companion-server report`: install-level intervals, an always-valid interval, power, guardrails and the sample ratio check (docs/OPS.md, "Reading the report"). Not filtered by host. `__other__` collects arms the live tuning file does not have.';

/** ok / (ok + validation_error) by experiment arm over 1h. */
export function successRatioByArmPanel(): TimeseriesPanelBuilder {
  return ratioPanel(
    'Success ratio by experiment arm',
    `ok / (ok + validation_error) of the runs each arm reported, over the last hour (recording rule over ${METRIC.experimentRuns}). In profile_holdout, treatment above holdout means served profiles help. ${RANDOMIZED_NOTE}`,
  ).withTarget(promQuery('A', 'experiment_arm:applylens_autofill_success_ratio:ratio_rate1h', ARM_LEGEND));
}

/** Average edit chars per run by experiment arm over 1h, beside the success ratio per arm. */
export function editCharsByArmPanel(): TimeseriesPanelBuilder {
  return timeseriesPanel(
    'Edit chars per run by experiment arm',
    `Characters users added or deleted per run (all statuses), by experiment arm, over the last hour (recording rule). Lower is better. ${RANDOMIZED_NOTE}`,
    'short',
  )
    .axisLabel('chars / run')
    .withTarget(promQuery('A', `experiment_arm:${METRIC.editCharsPerRun}:avg_rate1h`, ARM_LEGEND));
}

/** Profile answers per hour that assigned an install to each arm. */
export function exposuresByArmPanel(): TimeseriesPanelBuilder {
  return timeseriesPanel(
    'Experiment exposures by arm',
    'Profile answers per hour that put an install into an arm (requests with install_id, 304 revalidations included; an install counts once per request, not once). Within an experiment the arms should split as the weights in the tuning file; a lasting skew is a sample ratio mismatch, which `companion-server report` tests. Every arm of the live file shows, at 0 until traffic comes.',
    'short',
  )
    .axisLabel('exposures / h')
    .withTarget(
      promQuery(
        'A',
        `sum by (experiment, arm) (rate(${METRIC.experimentExposures}[$__rate_interval])) * 3600`,
        ARM_LEGEND,
      ),
    );
}

/** Guardrail: (cancelled + error) / runs by experiment arm over a day, the series the guardrail alert compares. */
export function failureRatioByArmPanel(): TimeseriesPanelBuilder {
  return ratioPanel(
    'Cancelled + error ratio by experiment arm (guardrail)',
    `Share of each arm's runs that ended cancelled or in error, over the last day (recording rule over ${METRIC.experimentRuns}). A treatment above its holdout hurts people whatever it does to success; CompanionAutofillExperimentGuardrailHarm fires on a run-level z > 3. Time-to-fill per arm is in the report only. ${RANDOMIZED_NOTE}`,
  ).withTarget(promQuery('A', 'experiment_arm:applylens_autofill_failure_ratio:ratio_increase1d', ARM_LEGEND));
}
