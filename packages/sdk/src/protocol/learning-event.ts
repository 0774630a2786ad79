import * as z from 'zod/mini';
import { LIMITS } from './limits.ts';
import {
  CanonicalName,
  ExperimentToken,
  FieldFormat,
  FieldSignature,
  Host,
  InstallId,
  SchemaHash,
  selectorMap,
} from './field-names.ts';

/** How a run ended. Only `ok` and `validation_error` are quality signals. */
export const RUN_STATUSES = ['ok', 'validation_error', 'cancelled', 'error'] as const;
export const RunStatus = z.enum(RUN_STATUSES);
export type RunStatus = z.infer<typeof RunStatus>;

/**
 * Which source chose one field's canonical name. server: the form's learned map; server_field: a
 * field-level prediction (learned from the field's signature on other forms of the host or its ATS
 * family); local: this install's FormMemory; autocomplete and heuristic: the page itself.
 */
export const FIELD_SOURCES = ['server', 'server_field', 'local', 'autocomplete', 'heuristic'] as const;
export const FieldSource = z.enum(FIELD_SOURCES);
export type FieldSource = z.infer<typeof FieldSource>;

/**
 * Which mappings a run used, as the seed defines them:
 * server_only = non-empty server map and no local overrides; local_only = empty server map and a
 * non-empty local map; merged = both; heuristics_only = neither. transferred = no form-level server
 * map applied, but at least one field-level prediction did (the form itself was never learned).
 */
export const PROFILE_SOURCES = ['server_only', 'local_only', 'merged', 'heuristics_only', 'transferred'] as const;
export const ProfileSource = z.enum(PROFILE_SOURCES);
export type ProfileSource = z.infer<typeof ProfileSource>;

/** No run predates the product: an earlier time (year 0000) is a broken clock or a forged event (#15). */
export const EARLIEST_OCCURRED_AT = '2020-01-01T00:00:00Z';
const EARLIEST_OCCURRED_AT_MS = Date.parse(EARLIEST_OCCURRED_AT);

const Count = (max: number) => z.int().check(z.gte(0), z.lte(max));

export const FieldEdit = z.strictObject({
  added: Count(LIMITS.maxEditChars),
  deleted: Count(LIMITS.maxEditChars),
});

export const EditStats = z.strictObject({
  total_chars_added: Count(LIMITS.maxEditChars),
  total_chars_deleted: Count(LIMITS.maxEditChars),
  per_field: selectorMap(FieldEdit),
});
export type EditStats = z.infer<typeof EditStats>;

/** One drafted answer: its length and how much the person changed it (counts, never the text). */
export const DraftEdit = z.strictObject({
  drafted_chars: Count(LIMITS.maxEditChars),
  edit_chars: Count(LIMITS.maxEditChars),
});

/** selector → DraftEdit of each open question the run drafted. */
export const DraftStats = selectorMap(DraftEdit).check(
  z.refine((map) => Object.keys(map).length <= LIMITS.maxDraftsPerRun, {
    message: `too many entries (max ${LIMITS.maxDraftsPerRun})`,
  }),
);
export type DraftStats = z.infer<typeof DraftStats>;

export const Experiments = z.record(ExperimentToken, ExperimentToken).check(
  z.refine((map) => Object.keys(map).length <= LIMITS.maxExperiments, {
    message: `too many entries (max ${LIMITS.maxExperiments})`,
  }),
);

/**
 * One autofill run, as the SDK reports it. Carries selectors, canonical names, counts and times:
 * never a value the user typed or that was filled.
 */
export const LearningEvent = z
  .strictObject({
    event_id: z.uuid(),
    install_id: InstallId,
    occurred_at: z.iso
      .datetime({ offset: true })
      .check(z.refine((at) => Date.parse(at) >= EARLIEST_OCCURRED_AT_MS, `must not be before ${EARLIEST_OCCURRED_AT}`)),
    host: Host,
    schema_hash: SchemaHash,
    status: RunStatus,
    duration_ms: Count(LIMITS.maxDurationMs),
    fill_ms: Count(LIMITS.maxFillMs),
    edit_stats: EditStats,
    suggested_map: selectorMap(CanonicalName),
    final_map: selectorMap(CanonicalName),
    field_sources: selectorMap(FieldSource),
    /**
     * The signature of each field the run mapped (selectors of suggested_map ∪ final_map): the key
     * of field-level learning. Optional so events from SDKs that predate it stay valid.
     */
    field_signatures: z.optional(selectorMap(FieldSignature)),
    /**
     * The format the final text of a filled or corrected field matched (an id, never the text).
     * Selectors of suggested_map ∪ final_map only; optional like field_signatures.
     */
    field_formats: z.optional(selectorMap(FieldFormat)),
    profile_used: z.boolean(),
    profile_source: ProfileSource,
    /**
     * Characters the SDK wrote into fields, summed over the form: a count, never a value. Feeds the
     * user's "keystrokes saved"; optional so events from SDKs that predate it stay valid.
     */
    filled_chars: z.optional(Count(LIMITS.maxEditChars)),
    experiments: z.optional(Experiments),
    /**
     * Open questions the run drafted through the extension's generation hook, apart from the mapped
     * fields (a drafted field is in neither map nor in edit_stats). Optional: drafting is opt-in.
     */
    draft_stats: z.optional(DraftStats),
    gen_style_id: z.optional(
      z.string().check(z.regex(/^[A-Za-z0-9_.-]{1,64}$/, 'must be 1-64 chars of [A-Za-z0-9_.-]')),
    ),
    sdk_version: z.string().check(z.regex(/^[0-9A-Za-z.+-]{1,32}$/, 'must be a version of 1-32 chars')),
  })
  .check(
    z.refine(
      (event) => event.profile_used === (event.profile_source === 'server_only' || event.profile_source === 'merged'),
      { message: 'must be true exactly when profile_source is server_only or merged', path: ['profile_used'] },
    ),
    z.refine((event) => describesMappedFields(event, event.field_signatures), {
      message: 'may only name selectors of suggested_map or final_map',
      path: ['field_signatures'],
    }),
    z.refine((event) => draftsApartFromMappedFields(event), {
      message: 'may not name selectors of suggested_map or edit_stats.per_field',
      path: ['draft_stats'],
    }),
    z.refine((event) => describesMappedFields(event, event.field_formats), {
      message: 'may only name selectors of suggested_map or final_map',
      path: ['field_formats'],
    }),
  );
export type LearningEvent = z.infer<typeof LearningEvent>;

/** A drafted answer is measured on its own: counting it as a mapped field would mix the two measures. */
function draftsApartFromMappedFields(event: {
  suggested_map: Record<string, string>;
  edit_stats: { per_field: Record<string, unknown> };
  draft_stats?: Record<string, unknown> | undefined;
}): boolean {
  for (const selector in event.draft_stats ?? {}) {
    if (Object.hasOwn(event.suggested_map, selector) || Object.hasOwn(event.edit_stats.per_field, selector))
      return false;
  }
  return true;
}

/** A field-level map describes only fields the run mapped: a selector nothing mapped teaches nothing. */
function describesMappedFields(
  event: { suggested_map: Record<string, string>; final_map: Record<string, string> },
  map: Record<string, string> | undefined,
): boolean {
  if (map === undefined) return true;
  for (const selector in map) {
    if (!Object.hasOwn(event.suggested_map, selector) && !Object.hasOwn(event.final_map, selector)) return false;
  }
  return true;
}
