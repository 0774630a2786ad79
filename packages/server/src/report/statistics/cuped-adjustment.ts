import { differenceOf, type RatioDifference } from './ratio-difference.ts';
import { linearizeRatio, ratioVariance, type UnitTotals } from './ratio-estimate.ts';

/** One install's totals in the window and in the pre-period (zeros when it had no runs then). */
export interface UnitWithPrePeriod {
  window: UnitTotals;
  prePeriod: UnitTotals;
}

/** A CUPED-adjusted difference beside what it adjusts. */
export interface CupedDifference extends RatioDifference {
  /** θ = Cov(l_Y, l_X) / Var(l_X), pooled over both arms. */
  theta: number;
  /** 1 − Var(adjusted) / Var(unadjusted): the share of variance the pre-period explained. */
  varianceReduction: number;
  /** Installs of both arms that had runs in the pre-period. */
  installsWithPrePeriod: number;
}

/**
 * CUPED (Deng, Xu, Kohavi & Walker 2013) for ratio metrics: each install's linearized window
 * contribution l_Y is adjusted by its linearized pre-period contribution l_X of the same metric,
 *   Δ_adj = (R_Y,t − R_Y,c) − θ·(R_X,t − R_X,c),  Var = Σ(l_Y − θ·l_X)² / (n(n − 1)) per arm.
 * Installs without a pre-period get l_X = 0, which is the mean: they keep their unadjusted
 * contribution. The pre-period must precede exposure, or θ·ΔX removes part of the real effect.
 * Null when an arm has fewer than two installs or no pre-period at all.
 */
export function cupedRatioDifference(
  treatment: readonly UnitWithPrePeriod[],
  control: readonly UnitWithPrePeriod[],
): CupedDifference | null {
  const t = linearizeRatio(treatment.map((unit) => unit.window));
  const c = linearizeRatio(control.map((unit) => unit.window));
  if (!t || !c || t.installs < 2 || c.installs < 2) return null;
  const tx = alignedPreResiduals(treatment);
  const cx = alignedPreResiduals(control);
  if (!tx || !cx) return null;
  let covariance = 0;
  let varianceX = 0;
  for (const [ly, lx] of [...zip(t.residuals, tx.residuals), ...zip(c.residuals, cx.residuals)]) {
    covariance += ly * lx;
    varianceX += lx * lx;
  }
  if (varianceX === 0) return null;
  const theta = covariance / varianceX;
  const armVariance = (ly: readonly number[], lx: readonly number[]) => {
    let squares = 0;
    for (const [y, x] of zip(ly, lx)) squares += (y - theta * x) ** 2;
    return squares / (ly.length * (ly.length - 1));
  };
  const vt = armVariance(t.residuals, tx.residuals);
  const vc = armVariance(c.residuals, cx.residuals);
  const adjusted = differenceOf(
    { value: t.value - theta * tx.value, installs: t.installs },
    { value: c.value - theta * cx.value, installs: c.installs },
    vt,
    vc,
  );
  const unadjusted = ratioVariance(t)! + ratioVariance(c)!;
  return {
    ...adjusted,
    theta,
    varianceReduction: unadjusted === 0 ? 0 : 1 - (vt + vc) / unadjusted,
    installsWithPrePeriod: [...treatment, ...control].filter(
      (unit) => unit.window.denominator > 0 && unit.prePeriod.denominator > 0,
    ).length,
  };
}

/**
 * The pre-period ratio of an arm's analysed installs and each one's l_X, in the order of the
 * window's residuals (installs with a window denominator), 0 for installs without a pre-period.
 */
function alignedPreResiduals(units: readonly UnitWithPrePeriod[]): { value: number; residuals: number[] } | null {
  const analysed = units.filter((unit) => unit.window.denominator > 0);
  let numerator = 0;
  let denominator = 0;
  for (const unit of analysed) {
    numerator += unit.prePeriod.numerator;
    denominator += unit.prePeriod.denominator;
  }
  if (denominator === 0) return null;
  const value = numerator / denominator;
  const meanDenominator = denominator / analysed.length;
  return {
    value,
    residuals: analysed.map(
      (unit) => (unit.prePeriod.numerator - value * unit.prePeriod.denominator) / meanDenominator,
    ),
  };
}

function* zip(a: readonly number[], b: readonly number[]): Generator<[number, number]> {
  for (let i = 0; i < a.length; i++) yield [a[i]!, b[i]!];
}
