import { regularizedGammaQ } from './incomplete-gamma.ts';

/** The standard normal quantile Φ⁻¹(0.975): the z of every two-sided 95 % interval here. */
export const Z_95 = 1.959963984540054;

/**
 * The standard normal upper tail P(Z > z). Uses erfc(x) = Q(½, x²) for x ≥ 0, which keeps far
 * tails (z = 8 and beyond) accurate instead of rounding 1 − Φ(z) to 0.
 */
export function normalSf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  const x = Math.abs(z) / Math.SQRT2;
  const tail = 0.5 * regularizedGammaQ(0.5, x * x);
  return z >= 0 ? tail : 1 - tail;
}

/** The standard normal CDF Φ(z). */
export function normalCdf(z: number): number {
  return 1 - normalSf(z);
}

/** Two-sided p-value of a z statistic: P(|Z| ≥ |z|). */
export function normalTwoSidedP(z: number): number {
  return Math.min(1, 2 * normalSf(Math.abs(z)));
}
