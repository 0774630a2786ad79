import { createHash } from 'node:crypto';
import type { FieldFormat, FieldPredictions, ProfileResponse, ProfileStats } from '@companion-autofill/sdk/protocol';
import { isProfileHoldout } from '../experiments/profile-holdout.ts';
import { checkProfileQuality, type QualityThresholds } from '../guard/quality-guard.ts';
import type { StoredFormProfile } from '../store/store-port.ts';

export interface ProfileAnswerInput {
  profile: StoredFormProfile | undefined;
  /** The host's field predictions (see ProfileStore.getFieldPredictions); empty when none. */
  fieldPredictions: FieldPredictions;
  profileEnabled: boolean;
  /** The thresholds for this host (see resolveThresholds). */
  thresholds: QualityThresholds;
  /** The arms this install is assigned to (see assignArms); echoed back to the client. */
  experiments: Record<string, string>;
}

/**
 * What the profile endpoint answers for one form. Pure: shadow mode first (nothing is ever
 * applied), then the profile experiment's control arm (`holdout`, whatever was learned, so the
 * arm sees heuristics alone on every form), then unknown (nothing learned for the form), then the
 * quality guard. The host's field predictions ride along with ok, unknown and rejected: what its
 * other forms (and its ATS family's) taught holds for this one too, learned or not.
 */
export function answerProfile({
  profile,
  fieldPredictions,
  profileEnabled,
  thresholds,
  experiments,
}: ProfileAnswerInput): ProfileResponse {
  const stats = profile ? toStats(profile) : null;
  if (!profileEnabled) return { status: 'disabled', canonical_map: {}, stats, experiments, version: 'disabled' };
  if (isProfileHoldout(experiments)) {
    return {
      status: 'holdout',
      canonical_map: {},
      stats,
      experiments,
      version: profile ? `r${profile.runId}-holdout` : 'holdout',
    };
  }
  const hasPredictions = Object.keys(fieldPredictions).length > 0;
  const predictions = hasPredictions ? { field_predictions: fieldPredictions } : {};
  // The version names what the body carries, so it (and the ETag) moves when the predictions do.
  const predictionsTag = hasPredictions ? `-p${shortHash(JSON.stringify(fieldPredictions))}` : '';
  if (!profile || Object.keys(profile.canonicalMap).length === 0) {
    return {
      status: 'unknown',
      canonical_map: {},
      ...predictions,
      stats,
      experiments,
      version: `${profile ? `r${profile.runId}-empty` : 'none'}${predictionsTag}`,
    };
  }
  const hasFormats = Object.keys(profile.formatMap).length > 0;
  const mapsText = JSON.stringify(profile.canonicalMap) + (hasFormats ? JSON.stringify(profile.formatMap) : '');
  const version = `r${profile.runId}-${shortHash(mapsText)}${predictionsTag}`;
  // A pin is the operator's known-good map: served as it is, whatever the guard reads.
  const verdict = profile.pinned ? { pass: true as const } : checkProfileQuality(profile, thresholds);
  if (!verdict.pass)
    return {
      status: 'rejected',
      reason: verdict.reason,
      canonical_map: {},
      ...predictions,
      stats,
      experiments,
      version,
    };
  // Formats were validated as FieldFormat when their events came in.
  const formats = hasFormats ? { format_map: profile.formatMap as Record<string, FieldFormat> } : {};
  return { status: 'ok', canonical_map: profile.canonicalMap, ...formats, ...predictions, stats, experiments, version };
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
