import type { InstallSums } from '../store/report-store.ts';
import type { InstallSumsById } from './install-sums.ts';
import { ratioEstimate, type RatioEstimate, type UnitTotals } from './statistics/ratio-estimate.ts';

/**
 * The ratio metrics the report estimates at the install level, each Σ numerator / Σ denominator
 * over an install's runs. `successRatio` is the primary metric; `timeToFillMs` and `failureRatio`
 * are guardrails (higher is worse for both); `draftEditCharsPerDraft` measures drafting styles.
 */
export const INSTALL_METRICS = {
  /** ok / (ok + validation_error): cancelled and error runs say nothing about fill quality. */
  successRatio: (sums: InstallSums): UnitTotals => ({
    numerator: sums.ok,
    denominator: sums.ok + sums.validationErrors,
  }),
  /** Characters added + deleted per run, all statuses. */
  editCharsPerRun: (sums: InstallSums): UnitTotals => ({ numerator: sums.editChars, denominator: sums.runs }),
  /** Mean duration_ms per run, all statuses. */
  timeToFillMs: (sums: InstallSums): UnitTotals => ({ numerator: sums.durationMs, denominator: sums.runs }),
  /** (cancelled + error) / runs. */
  failureRatio: (sums: InstallSums): UnitTotals => ({ numerator: sums.failures, denominator: sums.runs }),
  /** Characters the person changed per drafted answer: what the `gen_style` experiment compares. */
  draftEditCharsPerDraft: (sums: InstallSums): UnitTotals => ({
    numerator: sums.draftEditChars,
    denominator: sums.draftedFields,
  }),
} as const;

export type InstallMetric = keyof typeof INSTALL_METRICS;
export const INSTALL_METRIC_NAMES = Object.keys(INSTALL_METRICS) as InstallMetric[];

/** Every install-level metric of one group, each with its installs count and delta-method interval. */
export type InstallLevelSummary = Record<InstallMetric, RatioEstimate>;

/** One metric's per-install totals. */
export function unitsOf(sums: InstallSumsById, metric: InstallMetric): UnitTotals[] {
  return [...sums.values()].map(INSTALL_METRICS[metric]);
}

export function installLevelSummary(sums: InstallSumsById): InstallLevelSummary {
  return Object.fromEntries(
    INSTALL_METRIC_NAMES.map((metric) => [metric, ratioEstimate(unitsOf(sums, metric))]),
  ) as InstallLevelSummary;
}
