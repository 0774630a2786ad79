import type { FieldDescriptor } from '../scan/field-descriptor.ts';
import { PARTICULAR_LINKS } from './canonical-fields.ts';
import { matchField } from './match-field.ts';

/**
 * The particular link (LinkedIn, GitHub, a portfolio) a box's own words name, or undefined: a
 * box a page marks only as a link (`autocomplete="url"`), or a bare "URL" whose row's type picker
 * shows which link, is named by those words.
 */
export function namedParticularLink(field: FieldDescriptor): string | undefined {
  const best = matchField(field)[0]?.canonical;
  return best !== undefined && PARTICULAR_LINKS.has(best) ? best : undefined;
}
