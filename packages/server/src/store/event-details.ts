import type { LearningEvent } from '@companion-autofill/sdk/protocol';

/**
 * The `details` JSON every store keeps beside its columns: what the columns don't hold, for later
 * analyses. One definition, so SQLite and PostgreSQL store the same document. Still no values:
 * the event schema has no place for them.
 */
export function eventDetails(event: LearningEvent) {
  return {
    edit_per_field: event.edit_stats.per_field,
    suggested_map: event.suggested_map,
    field_sources: event.field_sources,
    gen_style_id: event.gen_style_id ?? null,
    filled_chars: event.filled_chars ?? null,
    ...draftTotals(event),
    sdk_version: event.sdk_version,
  };
}

/**
 * The drafted open questions of a run, summed: the report compares drafting styles on edit
 * characters per drafted answer, and nothing reads a draft's selector.
 */
function draftTotals(event: LearningEvent) {
  const drafts = Object.values(event.draft_stats ?? {});
  return {
    draft_fields: drafts.length,
    draft_edit_chars: drafts.reduce((sum, draft) => sum + draft.edit_chars, 0),
  };
}
