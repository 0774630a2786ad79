import { INSTALL_METRIC_NAMES, INSTALL_METRICS, unitsOf, type InstallMetric } from './install-metrics.ts';
import { emptyInstallSums, type InstallSumsById } from './install-sums.ts';
import { mixtureSequentialInterval, type SequentialInterval } from './statistics/confidence-sequence.ts';
import { cupedRatioDifference, type CupedDifference } from './statistics/cuped-adjustment.ts';
import { powerAnalysis, type PowerAnalysis } from './statistics/power-analysis.ts';
import { ratioDifference, type RatioDifference } from './statistics/ratio-difference.ts';

/** Guardrail metrics: a treatment must not raise them, whatever it does to success. */
export const GUARDRAIL_METRICS = ['timeToFillMs', 'failureRatio'] as const satisfies readonly InstallMetric[];
export type GuardrailMetric = (typeof GUARDRAIL_METRICS)[number];

/** Metrics CUPED adjusts: the pre-period's own value of the metric is the covariate. */
export const CUPED_METRICS = ['successRatio', 'editCharsPerRun'] as const satisfies readonly InstallMetric[];

export interface GuardrailCheck {
  metric: GuardrailMetric;
  difference: RatioDifference | null;
  /** The 95 % install-level interval lies wholly above 0: the arm is worse on this guardrail. */
  harmed: boolean;
}

/** `arm − control` at the unit of randomization. */
export interface InstallLevelComparison {
  /** Each metric's install-level difference (delta method, Welch), with installs per arm. */
  differences: Record<InstallMetric, RatioDifference | null>;
  /** Always-valid interval of the primary metric (success ratio): safe to read at every look. */
  sequential: SequentialInterval | null;
  /** Of the primary metric at the current installs, for the chosen effect. */
  power: PowerAnalysis | null;
  /** CUPED-adjusted differences; null when no install of the compared arms has a pre-period. */
  cuped: Record<(typeof CUPED_METRICS)[number], CupedDifference | null> | null;
  guardrails: GuardrailCheck[];
}

/**
 * Compares two arms' installs. `effect` is the success-ratio change the operator cares about
 * (absolute, 0.05 = 5 pp): the power analysis asks how many installs would detect it, and the
 * always-valid interval uses it as its mixture sd, which makes it tightest around that size.
 */
export function compareInstalls(
  treatment: InstallSumsById,
  control: InstallSumsById,
  prePeriod: InstallSumsById,
  effect: number,
): InstallLevelComparison {
  const differences = Object.fromEntries(
    INSTALL_METRIC_NAMES.map((metric) => [
      metric,
      ratioDifference(unitsOf(treatment, metric), unitsOf(control, metric)),
    ]),
  ) as Record<InstallMetric, RatioDifference | null>;
  const primary = differences.successRatio;
  return {
    differences,
    sequential: primary
      ? withinProportionRange(mixtureSequentialInterval(primary.difference, primary.standardError, effect))
      : null,
    power: primary
      ? powerAnalysis(primary.standardError, primary.installs.treatment + primary.installs.control, effect)
      : null,
    cuped: cupedDifferences(treatment, control, prePeriod),
    guardrails: GUARDRAIL_METRICS.map((metric) => {
      const difference = differences[metric];
      return { metric, difference, harmed: difference !== null && difference.interval.low > 0 };
    }),
  };
}

function cupedDifferences(
  treatment: InstallSumsById,
  control: InstallSumsById,
  prePeriod: InstallSumsById,
): InstallLevelComparison['cuped'] {
  const anyPrePeriod = [...treatment.keys(), ...control.keys()].some((installId) => prePeriod.has(installId));
  if (!anyPrePeriod) return null;
  const paired = (arm: InstallSumsById, metric: (typeof CUPED_METRICS)[number]) =>
    [...arm].map(([installId, sums]) => ({
      window: INSTALL_METRICS[metric](sums),
      prePeriod: INSTALL_METRICS[metric](prePeriod.get(installId) ?? emptyInstallSums()),
    }));
  return Object.fromEntries(
    CUPED_METRICS.map((metric) => [metric, cupedRatioDifference(paired(treatment, metric), paired(control, metric))]),
  ) as InstallLevelComparison['cuped'];
}

/**
 * A difference of two ratios in [0, 1] lies in [−1, 1]: intersecting the confidence sequence with
 * that keeps its coverage and spares the reader "[−250 pp, +289 pp]" in the first days.
 */
function withinProportionRange(sequential: SequentialInterval): SequentialInterval {
  return {
    ...sequential,
    interval: { low: Math.max(-1, sequential.interval.low), high: Math.min(1, sequential.interval.high) },
  };
}
