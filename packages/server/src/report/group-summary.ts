import { RUN_STATUSES, type RunStatus } from '@companion-autofill/sdk/protocol';
import { installLevelSummary, type InstallLevelSummary } from './install-metrics.ts';
import { createInstallSumsAccumulator, type InstallSumsById } from './install-sums.ts';
import type { ReportRow } from '../store/report-row.ts';
import { meanInterval, type MeanEstimate } from './statistics/mean-interval.ts';
import { percentiles, type Percentiles } from './statistics/percentiles.ts';
import type { ProportionCounts } from './statistics/proportion-difference.ts';
import { summarizeSample, type SampleSummary } from './statistics/sample-summary.ts';
import { wilsonInterval, type ProportionEstimate } from './statistics/wilson-interval.ts';

/**
 * The figures of one group of runs (everything, one profile source, one experiment arm).
 * `successRatio` and `editChars` are run-level (runs taken as independent, too narrow when a few
 * installs make many runs); `installLevel` has the same ratios with installs as the unit.
 */
export interface GroupSummary {
  runs: number;
  installs: number;
  statuses: Record<RunStatus, number>;
  /** Run-level: ok / (ok + validation_error) with its Wilson interval over runs. */
  successRatio: ProportionEstimate;
  /** Run-level: characters added + deleted per run, mean with its t interval over runs. */
  editChars: MeanEstimate;
  /** Install-level (delta method): success ratio, edit chars per run, mean time-to-fill, failure ratio. */
  installLevel: InstallLevelSummary;
  /** p50/p90 of duration_ms over all runs. */
  timeToFillMs: Percentiles | null;
}

/** A group's summary plus the raw inputs the comparisons between groups need. */
export interface GroupFigures {
  summary: GroupSummary;
  success: ProportionCounts;
  edits: SampleSummary;
  installSums: InstallSumsById;
}

/** Collects one group's runs; `figures()` computes its summary. */
export function createGroupAccumulator() {
  const statuses = Object.fromEntries(RUN_STATUSES.map((status) => [status, 0])) as Record<RunStatus, number>;
  const installs = createInstallSumsAccumulator();
  const edits: number[] = [];
  const durations: number[] = [];
  return {
    add(row: ReportRow): void {
      statuses[row.status] += 1;
      installs.add(row);
      edits.push(row.editChars);
      durations.push(row.durationMs);
    },
    figures(): GroupFigures {
      const success = { successes: statuses.ok, trials: statuses.ok + statuses.validation_error };
      const editSample = summarizeSample(edits);
      const installSums = installs.sums();
      return {
        summary: {
          runs: edits.length,
          installs: installSums.size,
          statuses: { ...statuses },
          successRatio: wilsonInterval(success.successes, success.trials),
          editChars: meanInterval(editSample),
          timeToFillMs: percentiles(durations),
          installLevel: installLevelSummary(installSums),
        },
        success,
        edits: editSample,
        installSums,
      };
    },
  };
}

export type GroupAccumulator = ReturnType<typeof createGroupAccumulator>;
