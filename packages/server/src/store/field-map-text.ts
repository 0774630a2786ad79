import type { LearningEvent } from '@companion-autofill/sdk/protocol';

/** An event's field-level maps as the aggregator reads them: both selector-keyed, both often empty. */
export interface EventFieldMaps {
  /** selector → field signature. */
  signatures: Readonly<Record<string, string>>;
  /** selector → field format. */
  formats: Readonly<Record<string, string>>;
}

/** What an event that carried neither map reads back as; shared, so frozen. */
export const NO_FIELD_MAPS: EventFieldMaps = Object.freeze({ signatures: Object.freeze({}), formats: Object.freeze({}) });

/**
 * The text SQLite keeps once in `field_maps` for an event's field signatures and formats:
 * `{"signatures":{…},"formats":{…}}`; null when the event carried neither (older SDKs), so it points
 * at no row. One text for both: a form's runs share their signatures, and mostly their formats too.
 */
export function fieldMapText(event: Pick<LearningEvent, 'field_signatures' | 'field_formats'>): string | null {
  const signatures = event.field_signatures ?? {};
  const formats = event.field_formats ?? {};
  if (isEmpty(signatures) && isEmpty(formats)) return null;
  return JSON.stringify({ signatures, formats });
}

/** The maps of a `field_maps` text, frozen: every row that points at the text shares them. */
export function parseFieldMapText(text: string): EventFieldMaps {
  const { signatures, formats } = JSON.parse(text) as { signatures: Record<string, string>; formats: Record<string, string> };
  return Object.freeze({ signatures: Object.freeze(signatures), formats: Object.freeze(formats) });
}

function isEmpty(map: Record<string, string>): boolean {
  for (const _ in map) return false;
  return true;
}
