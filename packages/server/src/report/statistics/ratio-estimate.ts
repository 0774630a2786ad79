import type { Interval } from './interval.ts';
import { studentTQuantile } from './student-t.ts';

/** One install's totals for a ratio metric: Σ numerator / Σ denominator over its runs (e.g. ok / decided runs). */
export interface UnitTotals {
  numerator: number;
  denominator: number;
}

/** A ratio metric over installs with its delta-method 95 % interval. */
export interface RatioEstimate {
  /** Σ numerator / Σ denominator, the same figure a run-level count gives; null without data. */
  value: number | null;
  /** Installs with a non-zero denominator: the n the interval rests on. */
  installs: number;
  /** Delta-method standard error of `value`; null below two installs. */
  standardError: number | null;
  interval: Interval | null;
}

/**
 * An arm reduced to what differences and adjustments need: the ratio, the install count and each
 * install's linearized contribution lᵢ = (Yᵢ − R·Nᵢ) / N̄ (Deng, Knoblich & Lu 2018, "Applying the
 * delta method in metric analytics"). The lᵢ sum to 0 and Var(R) ≈ Σlᵢ² / (n(n − 1)).
 */
export interface LinearizedRatio {
  value: number;
  installs: number;
  residuals: number[];
}

/**
 * Linearizes a ratio metric over installs, dropping installs with a zero denominator (they say
 * nothing about the ratio). Null when no install has a denominator.
 */
export function linearizeRatio(units: Iterable<UnitTotals>): LinearizedRatio | null {
  const kept = [...units].filter((unit) => unit.denominator > 0);
  if (kept.length === 0) return null;
  let numerator = 0;
  let denominator = 0;
  for (const unit of kept) {
    numerator += unit.numerator;
    denominator += unit.denominator;
  }
  const value = numerator / denominator;
  const meanDenominator = denominator / kept.length;
  return {
    value,
    installs: kept.length,
    residuals: kept.map((unit) => (unit.numerator - value * unit.denominator) / meanDenominator),
  };
}

/** Var(R) of a linearized ratio: Σlᵢ² / (n(n − 1)); null below two installs. */
export function ratioVariance(ratio: LinearizedRatio): number | null {
  if (ratio.installs < 2) return null;
  let squares = 0;
  for (const residual of ratio.residuals) squares += residual * residual;
  return squares / (ratio.installs * (ratio.installs - 1));
}

/**
 * The ratio metric at the unit of randomization. Runs of one install are correlated (one person,
 * the same forms), so the interval treats installs, not runs, as the independent draws: the
 * delta-method variance n/(n − 1)·Σ(Yᵢ − R·Nᵢ)² / (ΣN)² with a t(n − 1) quantile.
 * @example ratioEstimate([{ numerator: 1, denominator: 2 }, { numerator: 2, denominator: 2 }, { numerator: 0, denominator: 1 }, { numerator: 3, denominator: 5 }])
 *   // value 0.6, se ≈ 0.11776, interval ≈ [0.2253, 0.9747]
 */
export function ratioEstimate(units: Iterable<UnitTotals>): RatioEstimate {
  const ratio = linearizeRatio(units);
  if (!ratio) return { value: null, installs: 0, standardError: null, interval: null };
  const variance = ratioVariance(ratio);
  if (variance === null) return { value: ratio.value, installs: ratio.installs, standardError: null, interval: null };
  const standardError = Math.sqrt(variance);
  const half = studentTQuantile(0.975, ratio.installs - 1) * standardError;
  return {
    value: ratio.value,
    installs: ratio.installs,
    standardError,
    interval: { low: ratio.value - half, high: ratio.value + half },
  };
}
