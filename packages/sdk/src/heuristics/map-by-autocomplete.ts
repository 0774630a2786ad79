/**
 * Maps fields by their `autocomplete` attribute (WHATWG autofill field names). When a page states
 * the meaning, that beats guessing from words; the merge ranks it above heuristics.
 */
import type { FieldDescriptor } from '../scan/field-descriptor.ts';
import type { CanonicalField } from './canonical-fields.ts';
import { namedParticularLink } from './named-link.ts';
import { fieldKind } from './field-kind.ts';
import { groupRepresentatives } from './group-representatives.ts';

/** Autofill field name → canonical. Tokens not listed here (street-address, bday, …) map to nothing. */
export const AUTOCOMPLETE_CANONICALS: Readonly<Record<string, CanonicalField>> = {
  'given-name': 'first_name',
  'family-name': 'last_name',
  name: 'full_name',
  email: 'email',
  tel: 'phone',
  'tel-national': 'phone',
  'tel-country-code': 'phone_country_code',
  'street-address': 'address_line1',
  'address-line1': 'address_line1',
  'address-level1': 'region',
  'address-level2': 'city',
  'postal-code': 'postal_code',
  country: 'country',
  'country-name': 'country',
  organization: 'current_company',
  'organization-title': 'current_title',
  url: 'website',
};

/** Tokens that qualify the field name rather than name it (WHATWG "autofill detail tokens"). */
const DETAIL_TOKENS = new Set(['shipping', 'billing', 'home', 'work', 'mobile', 'fax', 'pager', 'webauthn']);

/**
 * The autofill field name in an autocomplete attribute: `section-a shipping given-name` →
 * `given-name`; `on`, `off` and empty give undefined.
 */
export function autofillFieldName(autocomplete: string): string | undefined {
  const tokens = autocomplete
    .toLowerCase()
    .split(/\s+/)
    .filter((token) => token !== '' && !token.startsWith('section-') && !DETAIL_TOKENS.has(token));
  const token = tokens[0];
  return token === undefined || token === 'on' || token === 'off' ? undefined : token;
}

/**
 * Maps selectors to canonicals from autocomplete attributes (call it once per form). It gives each
 * canonical to one field, the first in document order, except the email: a second
 * `autocomplete="email"` is its confirmation box, which wants the same value.
 */
export function mapByAutocomplete(fields: readonly FieldDescriptor[]): Record<string, CanonicalField> {
  const map: Record<string, CanonicalField> = {};
  const claimed = new Set<CanonicalField>();
  for (const field of groupRepresentatives(fields)) {
    if (fieldKind(field) === 'none') continue;
    const token = autofillFieldName(field.autocomplete);
    const canonical = token === undefined ? undefined : AUTOCOMPLETE_CANONICALS[token];
    if (canonical === undefined || (claimed.has(canonical) && canonical !== 'email')) continue;
    // `autocomplete="url"` says the box takes a link, not whose: a label naming LinkedIn or GitHub
    // says which (Polaris pages mark every link box `url`).
    if (canonical === 'website' && namedParticularLink(field) !== undefined) continue;
    claimed.add(canonical);
    map[field.selector] = canonical;
  }
  return map;
}
