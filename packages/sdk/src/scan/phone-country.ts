/**
 * A country list drawn in one wrapper with the phone box and nothing else (Greenhouse's job board:
 * "Country" over "United States (+1)" beside "Phone"; Workable's phone row): the number's country
 * code, whatever its caption calls it. The address's country sits among the address's boxes.
 */
import { fieldsBeside } from './field-element.ts';

/** A caption naming only a country. */
const BARE_COUNTRY = /^\s*(country|country ?\/ ?region|country or region|pa[ií]s|pays|land)\s*\*?\s*$/i;
/** How many wrappers up the pair may meet (Greenhouse: search box › value › control › select › field › column › row). */
const MAX_DEPTH = 7;
const PHONE_WORDS = /(^|[^a-z])(phone|mobile|cell|tel)/i;

const isPhoneBox = (element: Element): boolean =>
  element.localName === 'input' &&
  ((element.getAttribute('type') ?? '').toLowerCase() === 'tel' ||
    PHONE_WORDS.test(`${element.getAttribute('name') ?? ''} ${element.id}`));

/** True when `element`, captioned `label`, is the country list of the phone box right after it. */
export function picksPhoneCountry(element: Element, label: string): boolean {
  // A list only: a box captioned "Country" beside the phone is typed in, the country's name.
  const list = element.localName === 'select' || element.matches('[role="combobox"], [role="listbox"], button');
  if (!list || !BARE_COUNTRY.test(label)) return false;
  let wrapper = element.parentElement;
  for (let depth = 0; wrapper && depth < MAX_DEPTH; depth += 1, wrapper = wrapper.parentElement) {
    const others = fieldsBeside(wrapper, element);
    if (others.length === 0) continue;
    const [other] = others;
    return (
      others.length === 1 &&
      !!other &&
      isPhoneBox(other) &&
      (element.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
    );
  }
  return false;
}
