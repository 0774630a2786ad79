import * as z from 'zod/mini';
import { CanonicalName, FieldFormat, FieldSignature, Host, InstallId, SchemaHash, selectorMap } from './field-names.ts';
import { Experiments } from './learning-event.ts';
import { LIMITS } from './limits.ts';

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

/** What was learned about one field, wherever it appears: its canonical name and, if any, its format. */
export const FieldPrediction = z.strictObject({
  canonical: CanonicalName,
  format: z.optional(FieldFormat),
});
export type FieldPrediction = z.infer<typeof FieldPrediction>;

/** Field signature → prediction, at most `LIMITS.maxFieldPredictions` entries. */
export const FieldPredictions = z.record(FieldSignature, FieldPrediction).check(
  z.refine((map) => Object.keys(map).length <= LIMITS.maxFieldPredictions, {
    message: `too many entries (max ${LIMITS.maxFieldPredictions})`,
  }),
);
export type FieldPredictions = z.infer<typeof FieldPredictions>;

/** Statuses that may carry field predictions: the person may be served learning, this form has none of its own. */
const PREDICTING_STATUSES: ReadonlySet<string> = new Set<ProfileStatus>(['ok', 'unknown', 'rejected']);

export const ProfileResponse = z
  .strictObject({
    status: ProfileStatus,
    reason: z.optional(GuardReason),
    /** Empty unless status is ok. */
    canonical_map: selectorMap(CanonicalName),
    /** Learned formats per selector (selector → format); only with status ok. Absent: none learned. */
    format_map: z.optional(selectorMap(FieldFormat)),
    /**
     * What the host's forms and its ATS family's forms taught about single fields (field signature
     * → prediction; the host's own votes win over the family's). With status ok, unknown and
     * rejected, never with disabled or holdout. Absent: nothing learned.
     */
    field_predictions: z.optional(FieldPredictions),
    /** Null when nothing was learned for this form. */
    stats: z.nullable(ProfileStats),
    experiments: Experiments,
    /** Changes whenever the body would change; also the ETag. */
    version: z.string(),
  })
  .check(
    z.refine((response) => response.format_map === undefined || response.status === 'ok', {
      message: 'only with status ok',
      path: ['format_map'],
    }),
    z.refine((response) => response.field_predictions === undefined || PREDICTING_STATUSES.has(response.status), {
      message: 'only with status ok, unknown or rejected',
      path: ['field_predictions'],
    }),
  );
export type ProfileResponse = z.infer<typeof ProfileResponse>;
