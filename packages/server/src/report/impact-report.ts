import { PROFILE_SOURCES, type ProfileSource } from '@companion-autofill/sdk/protocol';
import { createExperimentAccumulator, type ExperimentReport } from './experiment-report.ts';
import { createGroupAccumulator, type GroupSummary } from './group-summary.ts';
import type { GuardrailMetric } from './install-level-comparison.ts';
import type { InstallSumsById } from './install-sums.ts';
import { DEFAULT_EFFECT, reportMethod, type ReportMethod } from './report-method.ts';
import type { ReportRow } from '../store/report-row.ts';
import { SRM_ALPHA } from './statistics/sample-ratio-mismatch.ts';

/** Why a report carries a warning. Closed list: scripts and tests match on it. */
export const REPORT_WARNING_CODES = [
  'sample_ratio_mismatch',
  'arm_crossover',
  'weights_unknown',
  'guardrail_harm',
] as const;
export type ReportWarningCode = (typeof REPORT_WARNING_CODES)[number];

export interface ReportWarning {
  code: ReportWarningCode;
  experiment: string;
  message: string;
}

export interface ImpactReportOptions {
  /** The window the rows cover, for the header. */
  days: number;
  /** experiment → arm → weight, as configured (the tuning file); the sample ratio check needs it. */
  expectedWeights: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** ms since epoch when the report is made. */
  now: number;
  /** Success-ratio change (absolute) for the power analysis and the always-valid interval. @default 0.05 */
  effect?: number;
}

/** Per-install sums of the pre-period (the `days` before the window), for CUPED. */
export interface PrePeriod {
  sums: InstallSumsById;
}

export interface ImpactReport {
  days: number;
  since: string;
  generatedAt: string;
  overall: GroupSummary;
  byProfileSource: (GroupSummary & { profileSource: ProfileSource })[];
  experiments: ExperimentReport[];
  /** How the figures were made: unit, effect, pre-period, simulated runs. */
  method: ReportMethod;
  /** Read these first: a sample ratio mismatch voids the experiment's comparisons. */
  warnings: ReportWarning[];
}

const DAY_MS = 86_400_000;

/**
 * Collects rows one by one (so a caller can stream a long window) and builds the report at the end.
 * Every experiment that is configured or appears in the rows is reported.
 *
 * Installs are the unit of randomization, so every decision-making figure (install-level
 * intervals, the always-valid interval, power, CUPED, guardrails, the sample ratio check) counts
 * installs. The run-level intervals are kept beside them for comparison: runs of one install are
 * correlated (the same person, the same forms), so those are too narrow.
 */
export function createImpactAccumulator(options: ImpactReportOptions) {
  const overall = createGroupAccumulator();
  const bySource = new Map(PROFILE_SOURCES.map((source) => [source, createGroupAccumulator()]));
  const experiments = new Map<string, ReturnType<typeof createExperimentAccumulator>>();
  let simulatedRuns = 0;
  for (const [name, weights] of Object.entries(options.expectedWeights))
    experiments.set(name, createExperimentAccumulator(name, weights));

  return {
    add(row: ReportRow): void {
      overall.add(row);
      if (row.simulated) simulatedRuns += 1;
      bySource.get(row.profileSource)!.add(row);
      for (const [name, arm] of Object.entries(row.experiments)) {
        let experiment = experiments.get(name);
        if (!experiment) experiments.set(name, (experiment = createExperimentAccumulator(name, undefined)));
        experiment.add(row, arm);
      }
    },
    report(prePeriod: PrePeriod = { sums: new Map() }): ImpactReport {
      const effect = options.effect ?? DEFAULT_EFFECT;
      const since = options.now - options.days * DAY_MS;
      const reports = [...experiments.values()]
        .map((experiment) => experiment.report(prePeriod.sums, effect))
        .filter((report) => report.arms.some((arm) => arm.runs > 0));
      return {
        days: options.days,
        since: new Date(since).toISOString(),
        generatedAt: new Date(options.now).toISOString(),
        overall: overall.figures().summary,
        byProfileSource: PROFILE_SOURCES.map((source) => ({
          profileSource: source,
          ...bySource.get(source)!.figures().summary,
        })).filter((group) => group.runs > 0),
        experiments: reports,
        method: reportMethod({
          effect,
          prePeriod: {
            since: new Date(since - options.days * DAY_MS).toISOString(),
            until: new Date(since).toISOString(),
            installs: prePeriod.sums.size,
          },
          simulatedRuns,
        }),
        warnings: reports.flatMap(warningsOf),
      };
    },
  };
}

/** The impact report over all `rows` at once. Pure. */
export function buildImpactReport(
  rows: Iterable<ReportRow>,
  options: ImpactReportOptions,
  prePeriod?: PrePeriod,
): ImpactReport {
  const accumulator = createImpactAccumulator(options);
  for (const row of rows) accumulator.add(row);
  return accumulator.report(prePeriod);
}

function warningsOf(experiment: ExperimentReport): ReportWarning[] {
  const warnings: ReportWarning[] = [];
  const check = experiment.sampleRatio;
  if (check?.mismatch) {
    const observed = Object.entries(check.observed)
      .map(([arm, count]) => `${arm}=${count}`)
      .join(', ');
    const expected = Object.entries(check.expected)
      .map(([arm, count]) => `${arm}=${count.toFixed(1)}`)
      .join(', ');
    const unexpected =
      check.unexpectedArms.length > 0 ? `; installs in unconfigured arm(s) ${check.unexpectedArms.join(', ')}` : '';
    warnings.push({
      code: 'sample_ratio_mismatch',
      experiment: experiment.name,
      message:
        `SAMPLE RATIO MISMATCH in ${experiment.name}: installs per arm ${observed}, expected ${expected} ` +
        `(chi-square ${check.chiSquare.toFixed(2)}, df ${check.df}, p = ${check.pValue.toExponential(2)} < ${SRM_ALPHA}${unexpected}). ` +
        "Assignment or event delivery is broken: do not trust this experiment's comparisons until it is fixed.",
    });
  }
  if (experiment.crossoverInstalls > 0) {
    warnings.push({
      code: 'arm_crossover',
      experiment: experiment.name,
      message: `${experiment.crossoverInstalls} install(s) reported runs in more than one arm of ${experiment.name} (weights or salt changed within the window?)`,
    });
  }
  for (const comparison of experiment.comparisons) {
    for (const guardrail of comparison.installLevel.guardrails.filter((check) => check.harmed)) {
      const interval = guardrail.difference!.interval;
      warnings.push({
        code: 'guardrail_harm',
        experiment: experiment.name,
        message:
          `GUARDRAIL ${GUARDRAIL_LABELS[guardrail.metric]} is worse in ${experiment.name} ${comparison.arm} than ${comparison.control}: ` +
          `${comparison.arm} − ${comparison.control} = ${formatGuardrail(guardrail.metric, guardrail.difference!.difference)} ` +
          `[${formatGuardrail(guardrail.metric, interval.low)}, ${formatGuardrail(guardrail.metric, interval.high)}] (install-level 95 %)`,
      });
    }
  }
  if (experiment.arms.every((arm) => arm.weight === null)) {
    warnings.push({
      code: 'weights_unknown',
      experiment: experiment.name,
      message: `${experiment.name} is not in the configuration: its sample ratio cannot be checked`,
    });
  }
  return warnings;
}

const GUARDRAIL_LABELS: Record<GuardrailMetric, string> = {
  timeToFillMs: 'time-to-fill',
  failureRatio: 'cancelled+error ratio',
};

function formatGuardrail(metric: GuardrailMetric, value: number): string {
  return metric === 'timeToFillMs'
    ? `${value >= 0 ? '+' : ''}${(value / 1000).toFixed(2)} s`
    : `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)} pp`;
}
