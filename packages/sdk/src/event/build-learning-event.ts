/**
 * Assembles a LearningEvent from what the run recorded. It does not validate: the content side
 * carries no wire schema (zod/mini and the contract's schemas would be ~9 KB gzipped of a 20 KB
 * content script). The receiver validates: the background's message router parses every
 * `event.queue` with the contract's `Message` schema before the outbox sees it, the server parses
 * every event again, and both refuse an invalid one with `<path>: <problem>`. Consent is the
 * caller's job: only call this for a user who opted in.
 *
 * Every input is a selector, a canonical name, a count or a time: the input type has no place for
 * a value the user typed or that was filled.
 */
import type { DraftStats, EditStats, FieldSource, LearningEvent, ProfileSource, RunStatus } from '../protocol/index.ts';
import { createEventId } from './event-id.ts';
import { SDK_VERSION } from './sdk-version.ts';

export interface LearningEventInput {
  /** @default createEventId(endedAtMs) */
  readonly eventId?: string;
  readonly installId: string;
  /** When the run ended (Unix ms); becomes `occurred_at`. */
  readonly endedAtMs: number;
  /** The page's hostname; lower-cased here, a trailing dot dropped. */
  readonly host: string;
  readonly schemaHash: string;
  readonly status: RunStatus;
  /** Rounded to whole ms; a negative or oversized value is kept, so the receiver refuses the event rather than a clamp hiding the bug. */
  readonly durationMs: number;
  /** Rounded to whole ms. */
  readonly fillMs: number;
  readonly editStats: EditStats;
  readonly suggestedMap: Readonly<Record<string, string>>;
  readonly finalMap: Readonly<Record<string, string>>;
  readonly fieldSources: Readonly<Record<string, FieldSource>>;
  readonly profileUsed: boolean;
  readonly profileSource: ProfileSource;
  readonly experiments?: Readonly<Record<string, string>>;
  readonly genStyleId?: string;
  /** Characters the SDK filled (a count): the user stats' "characters autofilled". */
  readonly filledChars?: number;
  /** selector → field signature, for the selectors of suggested and final maps (transfer learning). */
  readonly fieldSignatures?: Readonly<Record<string, string>>;
  /** selector → the format id a field's final text showed its value in. */
  readonly fieldFormats?: Readonly<Record<string, string>>;
  /** selector → drafted length and edit distance of each drafted open question. */
  readonly draftStats?: DraftStats;
}

const nonEmpty = (map: Readonly<Record<string, string>> | undefined): map is Readonly<Record<string, string>> =>
  map !== undefined && Object.keys(map).length > 0;

/** Date's own range: beyond it `toISOString` throws. */
const MAX_DATE_MS = 8.64e15;

function isoTime(ms: number): string {
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_DATE_MS ? new Date(ms).toISOString() : 'invalid';
}

/** A UUIDv7 for the run's end; for an unusable end time, the current time (occurred_at then carries the problem). */
function defaultEventId(endedAtMs: number): string {
  try {
    return createEventId(endedAtMs);
  } catch {
    return createEventId();
  }
}

/**
 * Builds one LearningEvent, unvalidated (see above).
 *
 * @example
 * const event = buildLearningEvent({ installId, endedAtMs: Date.now(), host: location.hostname, ... });
 * await eventSink.queue(event); // the background refuses it if it breaks the contract
 */
export function buildLearningEvent(input: LearningEventInput): LearningEvent {
  return {
    event_id: input.eventId ?? defaultEventId(input.endedAtMs),
    install_id: input.installId,
    occurred_at: isoTime(input.endedAtMs),
    host: input.host.toLowerCase().replace(/\.$/, ''),
    schema_hash: input.schemaHash,
    status: input.status,
    duration_ms: Math.round(input.durationMs),
    fill_ms: Math.round(input.fillMs),
    edit_stats: input.editStats,
    suggested_map: input.suggestedMap,
    final_map: input.finalMap,
    field_sources: input.fieldSources,
    profile_used: input.profileUsed,
    profile_source: input.profileSource,
    ...(input.experiments === undefined ? {} : { experiments: input.experiments }),
    ...(input.genStyleId === undefined ? {} : { gen_style_id: input.genStyleId }),
    ...(input.filledChars === undefined ? {} : { filled_chars: input.filledChars }),
    ...(nonEmpty(input.fieldSignatures) ? { field_signatures: input.fieldSignatures } : {}),
    ...(nonEmpty(input.fieldFormats) ? { field_formats: input.fieldFormats as LearningEvent['field_formats'] } : {}),
    ...(input.draftStats !== undefined && Object.keys(input.draftStats).length > 0
      ? { draft_stats: input.draftStats }
      : {}),
    sdk_version: SDK_VERSION,
  };
}
