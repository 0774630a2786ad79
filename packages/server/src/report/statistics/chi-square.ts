import { regularizedGammaQ } from './incomplete-gamma.ts';

/** The chi-square survival function P(X² ≥ x) with k degrees of freedom: Q(k/2, x/2). */
export function chiSquareSf(x: number, k: number): number {
  if (!(k > 0)) throw new RangeError(`chi-square: k must be > 0, got ${k}`);
  if (x <= 0) return 1;
  return regularizedGammaQ(k / 2, x / 2);
}
