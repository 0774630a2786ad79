/** How much agreement a selector needs before it enters a form's canonical map. */
export interface SupportThresholds {
  /** Runs voting for the winning canonical. */
  minRuns: number;
  /** Distinct installs among those runs: one user alone cannot define a profile. */
  minInstalls: number;
  /** Share of the selector's per-install votes the winner must hold. */
  minShare: number;
}

export const DEFAULT_SUPPORT: SupportThresholds = { minRuns: 3, minInstalls: 2, minShare: 0.6 };
