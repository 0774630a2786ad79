import { RUN_STATUSES, type RunStatus } from '@companion-autofill/sdk/protocol';
import type { ReportRow } from './report-row.ts';
import { meanInterval, type MeanEstimate } from './statistics/mean-interval.ts';
import { percentiles, type Percentiles } from './statistics/percentiles.ts';
import type { ProportionCounts } from './statistics/proportion-difference.ts';
import { summarizeSample, type SampleSummary } from './statistics/sample-summary.ts';
import { wilsonInterval, type ProportionEstimate } from './statistics/wilson-interval.ts';

/** The figures of one group of runs (everything, one profile source, one experiment arm). */
export interface GroupSummary {
  runs: number;
  installs: number;
  statuses: Record<RunStatus, number>;
  /** ok / (ok + validation_error) with its Wilson interval; cancelled and error runs say nothing about quality. */
  successRatio: ProportionEstimate;
  /** Characters added + deleted per run, mean with its t interval. */
  editChars: MeanEstimate;
  /** p50/p90 of duration_ms over all runs. */
  timeToFillMs: Percentiles | null;
}

/** A group's summary plus the raw inputs the comparisons between groups need. */
export interface GroupFigures {
  summary: GroupSummary;
  success: ProportionCounts;
  edits: SampleSummary;
}

/** Collects one group's runs; `figures()` computes its summary. */
export function createGroupAccumulator() {
  const statuses = Object.fromEntries(RUN_STATUSES.map((status) => [status, 0])) as Record<RunStatus, number>;
  const installs = new Set<string>();
  const edits: number[] = [];
  const durations: number[] = [];
  return {
    add(row: ReportRow): void {
      statuses[row.status] += 1;
      installs.add(row.installId);
      edits.push(row.editChars);
      durations.push(row.durationMs);
    },
    figures(): GroupFigures {
      const success = { successes: statuses.ok, trials: statuses.ok + statuses.validation_error };
      const editSample = summarizeSample(edits);
      return {
        summary: {
          runs: edits.length,
          installs: installs.size,
          statuses: { ...statuses },
          successRatio: wilsonInterval(success.successes, success.trials),
          editChars: meanInterval(editSample),
          timeToFillMs: percentiles(durations),
        },
        success,
        edits: editSample,
      };
    },
  };
}

export type GroupAccumulator = ReturnType<typeof createGroupAccumulator>;
