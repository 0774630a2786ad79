import type { QualityThresholds } from '../guard/quality-guard.ts';
import { atsFamilyOf } from './ats-families.ts';
import type { ThresholdOverride, Tuning } from './tuning-schema.ts';

/**
 * The quality thresholds for one host. Each threshold is resolved on its own, most specific
 * level first: the exact host's override, then its ATS family's (see atsFamilyOf), then the
 * file's `quality.default`, then the environment (COMPANION_AUTOFILL_QUALITY_MIN_SUCCESS /
 * _MAX_EDIT). So a host that only sets `max_edit` keeps its family's `min_success`.
 *
 * Host overrides match the exact host only: `example.com` does not cover `boards.example.com`.
 */
export function resolveThresholds(
  host: string,
  tuning: Pick<Tuning, 'quality'>,
  envDefaults: QualityThresholds,
): QualityThresholds {
  const family = atsFamilyOf(host);
  // Least specific first, so later levels overwrite earlier ones.
  const levels: (ThresholdOverride | undefined)[] = [
    tuning.quality.default,
    family === undefined ? undefined : tuning.quality.families[family],
    tuning.quality.hosts[host],
  ];
  const resolved = { ...envDefaults };
  for (const level of levels) {
    if (level?.min_success !== undefined) resolved.minSuccessRate = level.min_success;
    if (level?.max_edit !== undefined) resolved.maxAvgEditChars = level.max_edit;
  }
  return resolved;
}
