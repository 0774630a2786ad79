import { createHash } from 'node:crypto';
import type { ProfileResponse, ProfileStats } from '@companion-autofill/sdk/protocol';
import { isProfileHoldout } from '../experiments/profile-holdout.ts';
import { checkProfileQuality, type QualityThresholds } from '../guard/quality-guard.ts';
import type { StoredFormProfile } from '../store/store-port.ts';

export interface ProfileAnswerInput {
  profile: StoredFormProfile | undefined;
  profileEnabled: boolean;
  /** The thresholds for this host (see resolveThresholds). */
  thresholds: QualityThresholds;
  /** The arms this install is assigned to (see assignArms); echoed back to the client. */
  experiments: Record<string, string>;
}

/**
 * What the profile endpoint answers for one form. Pure: shadow mode first (nothing is ever
 * applied), then the profile experiment's control arm (`holdout`, whatever was learned, so the
 * arm sees heuristics alone on every form), then unknown (nothing learned), then the quality guard.
 */
export function answerProfile({ profile, profileEnabled, thresholds, experiments }: ProfileAnswerInput): ProfileResponse {
  const stats = profile ? toStats(profile) : null;
  if (!profileEnabled) return { status: 'disabled', canonical_map: {}, stats, experiments, version: 'disabled' };
  if (isProfileHoldout(experiments)) {
    return { status: 'holdout', canonical_map: {}, stats, experiments, version: profile ? `r${profile.runId}-holdout` : 'holdout' };
  }
  if (!profile || Object.keys(profile.canonicalMap).length === 0) {
    return { status: 'unknown', canonical_map: {}, stats, experiments, version: profile ? `r${profile.runId}-empty` : 'none' };
  }
  const version = `r${profile.runId}-${shortHash(JSON.stringify(profile.canonicalMap))}`;
  const verdict = checkProfileQuality(profile, thresholds);
  if (!verdict.pass) return { status: 'rejected', reason: verdict.reason, canonical_map: {}, stats, experiments, version };
  return { status: 'ok', canonical_map: profile.canonicalMap, stats, experiments, version };
}

/** A strong ETag over the whole body: any change a client could see changes it. */
export function etagOf(body: ProfileResponse): string {
  return `"${shortHash(JSON.stringify(body))}"`;
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function toStats(profile: StoredFormProfile): ProfileStats {
  return {
    event_count: profile.eventCount,
    distinct_installs: profile.distinctInstalls,
    success_rate: profile.successRate,
    avg_edit_chars: profile.avgEditChars,
    avg_duration_ms: profile.avgDurationMs,
    p50_duration_ms: profile.p50DurationMs,
    p90_duration_ms: profile.p90DurationMs,
    last_event_at: new Date(profile.lastEventAt).toISOString(),
  };
}
