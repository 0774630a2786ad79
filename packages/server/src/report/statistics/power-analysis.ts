import { Z_95 } from './normal-distribution.ts';

/** Φ⁻¹(0.8): the z of 80 % power. */
export const Z_80 = 0.8416212335729143;

/** What the experiment can see at its size, and what size would see a chosen effect. */
export interface PowerAnalysis {
  /** The smallest true difference a two-sided 5 % test detects 80 % of the time at the current installs. */
  minimumDetectableEffect: number;
  /** The effect asked about (absolute, on the metric's scale). */
  effect: number;
  /** Installs in all compared arms together that would detect `effect` with 80 % power, at the current split. */
  installsNeeded: number;
  /** Installs in the compared arms now. */
  installsNow: number;
  power: 0.8;
  alpha: 0.05;
}

/**
 * Fixed-horizon power from the current install-level standard error of the difference: se
 * shrinks as 1/√installs at a fixed split, so MDE = (z₀.₉₇₅ + z₀.₈)·se and the installs needed
 * for `effect` are installsNow·(MDE/effect)². Variances are today's estimates, so the figures
 * move as data come in; the always-valid interval needs somewhat more installs than this.
 * @example powerAnalysis(0.02, 400, 0.05) // MDE ≈ 0.0560, installs needed 503
 */
export function powerAnalysis(standardError: number, installsNow: number, effect: number): PowerAnalysis {
  if (!(effect > 0)) throw new RangeError(`effect must be > 0, got ${effect}`);
  const minimumDetectableEffect = (Z_95 + Z_80) * standardError;
  const installsNeeded = Math.ceil(installsNow * (minimumDetectableEffect / effect) ** 2);
  return { minimumDetectableEffect, effect, installsNeeded, installsNow, power: 0.8, alpha: 0.05 };
}
