import type { LearningEvent } from '@companion-autofill/sdk/protocol';

/** An event's field-level maps as the aggregator reads them: both keyed by selector, both often empty. */
export interface EventFieldMaps {
  /** selector → field signature. */
  signatures: ReadonlyMap<string, string>;
  /** selector → field format. */
  formats: ReadonlyMap<string, string>;
}

/** What an event that carried neither map reads back as; shared by every such row. */
export const NO_FIELD_MAPS: EventFieldMaps = Object.freeze({
  signatures: new Map<string, string>(),
  formats: new Map<string, string>(),
});

/**
 * The text SQLite keeps once in `field_maps` for an event's field signatures and formats:
 * `{"signatures":[[selector, signature], …],"formats":[[selector, format], …]}`; null when the event
 * carried neither (older SDKs), so it points at no row. One text for both: a form's runs share their
 * signatures, and mostly their formats too. Entry lists rather than objects: every form has
 * selectors of its own, and an object per distinct key set costs V8 a hidden class each time it is
 * parsed, four times what an entry list read into a Map does.
 */
export function fieldMapText(event: Pick<LearningEvent, 'field_signatures' | 'field_formats'>): string | null {
  const signatures = Object.entries(event.field_signatures ?? {});
  const formats = Object.entries(event.field_formats ?? {});
  if (signatures.length === 0 && formats.length === 0) return null;
  return JSON.stringify({ signatures, formats });
}

/** The maps of a `field_maps` text. Every row that points at the text shares them: never mutate. */
export function parseFieldMapText(text: string): EventFieldMaps {
  const { signatures, formats } = JSON.parse(text) as { signatures: [string, string][]; formats: [string, string][] };
  return { signatures: new Map(signatures), formats: new Map(formats) };
}

/** The maps of an event as PostgreSQL returns them (jsonb objects). */
export function fieldMapsOf(signatures: Record<string, string>, formats: Record<string, string>): EventFieldMaps {
  return { signatures: new Map(Object.entries(signatures)), formats: new Map(Object.entries(formats)) };
}
