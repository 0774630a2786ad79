/**
 * A postal address asked in one box ("Mailing Address: Street, City, State and ZIP", a textarea
 * for the address): the person's parts written on one line the usual way.
 */
import { usStateCode } from '../choice/us-states.ts';
import type { UserProfileValues } from '../edits/profile-values.ts';

/** Words of the parts after the street: a label naming one of them beside the street asks for all. */
const TOWN_PARTS = /\b(city|town|state|province|zip|postal|post ?code|postcode)\b/i;
const STREET = /\b(street|address)\b/i;

/**
 * True when one box asks for the whole address: its label names the street and a part after it,
 * or it is a text area for an address or a box named only "Address", and the form asks for no
 * town of its own.
 */
export function asksWholeAddress(label: string, isTextArea: boolean, townAskedApart: boolean): boolean {
  if (townAskedApart || !STREET.test(label)) return false;
  return TOWN_PARTS.test(label) || isTextArea || BARE_ADDRESS.test(label.replace(OPTIONAL_MARKS, ' ').trim());
}

/** "Address", "Home address": where the form asks no town, the whole of it ("Street address" is the street). */
const BARE_ADDRESS = /^((home|your) )?address$/i;
const OPTIONAL_MARKS = /\*|\((optional|required)\)/gi;

/** "2471 Quillfeather Lane, San Francisco, CA 94110": the street, the town, the state's code and the postal code. */
export function wholeAddress(values: UserProfileValues): string | undefined {
  const street = values.address_line1;
  if (!street) return undefined;
  const region = values.region ? (usStateCode(values.region) ?? values.region) : '';
  const last = [region, values.postal_code ?? ''].filter(Boolean).join(' ');
  return [street, values.city ?? '', last].filter(Boolean).join(', ');
}
