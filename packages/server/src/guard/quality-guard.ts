import type { GuardReason } from '@companion-autofill/sdk/protocol';
import type { FormProfile } from '../store/store-port.ts';

/** The thresholds a profile must meet to be served. */
export interface QualityThresholds {
  /** COMPANION_AUTOFILL_QUALITY_MIN_SUCCESS */
  minSuccessRate: number;
  /** COMPANION_AUTOFILL_QUALITY_MAX_EDIT */
  maxAvgEditChars: number;
}

export type GuardVerdict = { pass: true } | { pass: false; reason: GuardReason };

/**
 * Decides whether a learned profile may be served, from the guard's statistics: per install, then
 * per network, medians (see guardStatsOf), so no single install — nor a minority of networks —
 * can get a profile rejected. Success rate is checked first: a map users
 * have to fight with is worse than none. A profile with no verdict runs at all (success rate null:
 * only cancelled or errored runs, as on pages without a `<form>` whose submit the SDK cannot see)
 * is not held against that guard: an unknown outcome is no evidence of failure. The edit guard
 * applies to every profile.
 */
export function checkProfileQuality(
  profile: Pick<FormProfile, 'guardSuccessRate' | 'guardEditChars'>,
  thresholds: QualityThresholds,
): GuardVerdict {
  if (profile.guardSuccessRate !== null && profile.guardSuccessRate < thresholds.minSuccessRate) {
    return { pass: false, reason: 'low_success_rate' };
  }
  if (profile.guardEditChars > thresholds.maxAvgEditChars) return { pass: false, reason: 'high_edit_chars' };
  return { pass: true };
}
