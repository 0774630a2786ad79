import { PROFILE_SOURCES, type ProfileSource } from '@companion-autofill/sdk/protocol';
import { createExperimentAccumulator, type ExperimentReport } from './experiment-report.ts';
import { createGroupAccumulator, type GroupSummary } from './group-summary.ts';
import type { ReportRow } from './report-row.ts';
import { SRM_ALPHA } from './statistics/sample-ratio-mismatch.ts';

/** Why a report carries a warning. Closed list: scripts and tests match on it. */
export const REPORT_WARNING_CODES = ['sample_ratio_mismatch', 'arm_crossover', 'weights_unknown'] as const;
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
}

export interface ImpactReport {
  days: number;
  since: string;
  generatedAt: string;
  overall: GroupSummary;
  byProfileSource: (GroupSummary & { profileSource: ProfileSource })[];
  experiments: ExperimentReport[];
  /** Read these first: a sample ratio mismatch voids the experiment's comparisons. */
  warnings: ReportWarning[];
}

const DAY_MS = 86_400_000;

/**
 * Collects rows one by one (so a caller can stream a long window) and builds the report at the end.
 * Every experiment that is configured or appears in the rows is reported.
 *
 * The intervals treat runs as independent. Runs of one install are correlated (the same person,
 * the same forms), so they are somewhat too narrow when a few installs make most runs; the sample
 * ratio check, by contrast, counts installs, because installs are what the assignment splits.
 */
export function createImpactAccumulator(options: ImpactReportOptions) {
  const overall = createGroupAccumulator();
  const bySource = new Map(PROFILE_SOURCES.map((source) => [source, createGroupAccumulator()]));
  const experiments = new Map<string, ReturnType<typeof createExperimentAccumulator>>();
  for (const [name, weights] of Object.entries(options.expectedWeights)) experiments.set(name, createExperimentAccumulator(name, weights));

  return {
    add(row: ReportRow): void {
      overall.add(row);
      bySource.get(row.profileSource)!.add(row);
      for (const [name, arm] of Object.entries(row.experiments)) {
        let experiment = experiments.get(name);
        if (!experiment) experiments.set(name, (experiment = createExperimentAccumulator(name, undefined)));
        experiment.add(row, arm);
      }
    },
    report(): ImpactReport {
      const reports = [...experiments.values()].map((experiment) => experiment.report()).filter((report) => report.arms.some((arm) => arm.runs > 0));
      return {
        days: options.days,
        since: new Date(options.now - options.days * DAY_MS).toISOString(),
        generatedAt: new Date(options.now).toISOString(),
        overall: overall.figures().summary,
        byProfileSource: PROFILE_SOURCES.map((source) => ({ profileSource: source, ...bySource.get(source)!.figures().summary })).filter((group) => group.runs > 0),
        experiments: reports,
        warnings: reports.flatMap(warningsOf),
      };
    },
  };
}

/** The impact report over all `rows` at once. Pure. */
export function buildImpactReport(rows: Iterable<ReportRow>, options: ImpactReportOptions): ImpactReport {
  const accumulator = createImpactAccumulator(options);
  for (const row of rows) accumulator.add(row);
  return accumulator.report();
}

function warningsOf(experiment: ExperimentReport): ReportWarning[] {
  const warnings: ReportWarning[] = [];
  const check = experiment.sampleRatio;
  if (check?.mismatch) {
    const observed = Object.entries(check.observed).map(([arm, count]) => `${arm}=${count}`).join(', ');
    const expected = Object.entries(check.expected).map(([arm, count]) => `${arm}=${count.toFixed(1)}`).join(', ');
    const unexpected = check.unexpectedArms.length > 0 ? `; installs in unconfigured arm(s) ${check.unexpectedArms.join(', ')}` : '';
    warnings.push({
      code: 'sample_ratio_mismatch',
      experiment: experiment.name,
      message:
        `SAMPLE RATIO MISMATCH in ${experiment.name}: installs per arm ${observed}, expected ${expected} ` +
        `(chi-square ${check.chiSquare.toFixed(2)}, df ${check.df}, p = ${check.pValue.toExponential(2)} < ${SRM_ALPHA}${unexpected}). ` +
        'Assignment or event delivery is broken: do not trust this experiment\'s comparisons until it is fixed.',
    });
  }
  if (experiment.crossoverInstalls > 0) {
    warnings.push({
      code: 'arm_crossover',
      experiment: experiment.name,
      message: `${experiment.crossoverInstalls} install(s) reported runs in more than one arm of ${experiment.name} (weights or salt changed within the window?)`,
    });
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
