import type { LearningEvent } from '@companion-autofill/sdk/protocol';
import { eventDetails } from '../event-details.ts';
import { fieldMapText } from '../field-map-text.ts';

/**
 * One event as the SQLite writer stores it: plain column values, so handing a batch to the writer
 * thread copies strings and numbers, not nested objects. The final map and the field map travel as
 * their texts; the writer swaps each for the id of that text in `final_maps` / `field_maps`.
 */
export type SqliteEventRow = [
  eventId: string,
  installId: string,
  occurredAt: number,
  host: string,
  schemaHash: string,
  status: string,
  durationMs: number,
  fillMs: number,
  editChars: number,
  profileSource: string,
  profileUsed: 0 | 1,
  finalMapText: string,
  detailsText: string,
  experimentsText: string,
  /** Null when the event carried no field signatures or formats. */
  fieldMapText: string | null,
];

export function sqliteEventRow(event: LearningEvent): SqliteEventRow {
  return [
    event.event_id,
    event.install_id,
    Date.parse(event.occurred_at),
    event.host,
    event.schema_hash,
    event.status,
    event.duration_ms,
    event.fill_ms,
    event.edit_stats.total_chars_added + event.edit_stats.total_chars_deleted,
    event.profile_source,
    event.profile_used ? 1 : 0,
    JSON.stringify(event.final_map),
    JSON.stringify(eventDetails(event)),
    JSON.stringify(event.experiments ?? {}),
    fieldMapText(event),
  ];
}
