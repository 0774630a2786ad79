import * as z from 'zod/mini';
import { CanonicalName, Host, InstallId, SchemaHash, selectorMap } from './field-names.ts';
import { Experiments } from './learning-event.ts';

/**
 * ok: a learned map that passed the quality guard. unknown: nothing learned yet. rejected: learned
 * but failed a guard (reason says which). disabled: shadow mode. holdout: control arm of the
 * profile experiment.
 */
export const PROFILE_STATUSES = ['ok', 'unknown', 'rejected', 'disabled', 'holdout'] as const;
export const ProfileStatus = z.enum(PROFILE_STATUSES);
export type ProfileStatus = z.infer<typeof ProfileStatus>;

/** Why the quality guard refused a profile. Closed list: it is a metric label. */
export const GUARD_REASONS = ['low_success_rate', 'high_edit_chars'] as const;
export const GuardReason = z.enum(GUARD_REASONS);
export type GuardReason = z.infer<typeof GuardReason>;

export const ProfileQuery = z.strictObject({
  host: Host,
  schema_hash: SchemaHash,
  install_id: z.optional(InstallId),
});
export type ProfileQuery = z.infer<typeof ProfileQuery>;

export const ProfileStats = z.strictObject({
  event_count: z.int().check(z.gte(0)),
  distinct_installs: z.int().check(z.gte(0)),
  /** ok / (ok + validation_error); null when no run ended in either. */
  success_rate: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  avg_edit_chars: z.number().check(z.gte(0)),
  avg_duration_ms: z.number().check(z.gte(0)),
  p50_duration_ms: z.number().check(z.gte(0)),
  p90_duration_ms: z.number().check(z.gte(0)),
  last_event_at: z.iso.datetime({ offset: true }),
});
export type ProfileStats = z.infer<typeof ProfileStats>;

export const ProfileResponse = z.strictObject({
  status: ProfileStatus,
  reason: z.optional(GuardReason),
  /** Empty unless status is ok. */
  canonical_map: selectorMap(CanonicalName),
  /** Null when nothing was learned for this form. */
  stats: z.nullable(ProfileStats),
  experiments: Experiments,
  /** Changes whenever the body would change; also the ETag. */
  version: z.string(),
});
export type ProfileResponse = z.infer<typeof ProfileResponse>;
