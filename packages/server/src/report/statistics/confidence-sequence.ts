import type { Interval } from './interval.ts';

/** An always-valid interval for a difference: safe to read at every look, however often. */
export interface SequentialInterval {
  interval: Interval;
  /** Always-valid p-value 1/Λ (capped at 1): below α means the interval excludes 0. */
  pValue: number;
  /** The mixture's standard deviation τ on the difference's scale. */
  tau: number;
  alpha: number;
}

/** Error rate of every always-valid interval here: 5 % over all looks together, not per look. */
export const SEQUENTIAL_ALPHA = 0.05;

/**
 * The normal-mixture sequential test (mSPRT; Robbins 1970, Johari, Pekelis & Walsh 2017 "Always
 * valid inference"). With the estimate Δ̂ and its variance V at the current look and a N(0, τ²)
 * mixture over the true difference, the likelihood ratio against Δ = 0 is
 *   Λ = √(V / (V + τ²)) · exp(τ²·Δ̂² / (2V(V + τ²))),
 * and {Δ : Λ(Δ̂ − Δ) < 1/α} is a confidence sequence: the chance that it ever excludes the true
 * difference, at any of arbitrarily many looks, is at most α. Its half-width is
 *   √(V(V + τ²)/τ² · (2·ln(1/α) + ln((V + τ²)/V))).
 * τ costs nothing in validity; it decides at which effect size the interval is tightest, so the
 * report sets it to the effect the operator cares about (`--effect`). V is the plug-in
 * install-level variance, so validity is asymptotic in installs, as for the fixed-horizon interval.
 * @example mixtureSequentialInterval(0.05, 0.02, 0.05) // interval ≈ [−0.0108, 0.1108], p ≈ 0.18
 */
export function mixtureSequentialInterval(
  difference: number,
  standardError: number,
  tau: number,
  alpha: number = SEQUENTIAL_ALPHA,
): SequentialInterval {
  if (!(tau > 0)) throw new RangeError(`mixture sd tau must be > 0, got ${tau}`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  const v = standardError * standardError;
  const t2 = tau * tau;
  if (v === 0) return { interval: { low: difference, high: difference }, pValue: difference === 0 ? 1 : 0, tau, alpha };
  const half = Math.sqrt(((v * (v + t2)) / t2) * (2 * Math.log(1 / alpha) + Math.log((v + t2) / v)));
  const logLambda = 0.5 * Math.log(v / (v + t2)) + (t2 * difference * difference) / (2 * v * (v + t2));
  return {
    interval: { low: difference - half, high: difference + half },
    pValue: Math.min(1, Math.exp(-logLambda)),
    tau,
    alpha,
  };
}
