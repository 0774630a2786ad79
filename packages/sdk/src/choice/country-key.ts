/**
 * The lookup keys of a country name. Shared by the country-data generator (which stores keys) and the
 * lookup (which computes the keys of what a form or a user wrote), so both sides fold alike.
 */
import { normalizeText } from './normalize-option.ts';

/**
 * Words of a state's form, not of its name: "Federal Republic of Germany" is Germany. Dropping them
 * lets the table leave out most official names ("Kingdom of Spain", "Republic of Kenya").
 */
const FORM_OF_STATE = new Set([
  'republic',
  'kingdom',
  'federal',
  'federative',
  'democratic',
  'people',
  'islamic',
  'socialist',
  'commonwealth',
  'principality',
  'grand',
  'duchy',
  'sultanate',
  'independent',
  'plurinational',
  'bolivarian',
  'oriental',
  'cooperative',
  'co',
  'operative',
  'hashemite',
  'state',
  'territory',
  'union',
  'collectivity',
  'department',
  'bailiwick',
  'country',
  'nation',
  'of',
  'the',
]);

/** One key: normalized text, a leading "the" dropped, "st" spelled "saint" ("St. Lucia" ~ "Saint Lucia"). */
function countryKey(name: string): string {
  return normalizeText(name)
    .replace(/^the /, '')
    .replace(/\bst\b/g, 'saint');
}

/**
 * Keys `name` is known by: itself, and for the ISO list style "Korea, Republic of" also the natural
 * order ("republic of korea"), so inverted spellings need no entry of their own.
 *
 * @example countryKeys('Virgin Islands, British') // ['virgin islands british', 'british virgin islands']
 */
export function countryKeys(name: string): string[] {
  const keys = [countryKey(name)];
  const parts = name.split(',');
  if (parts.length === 2) keys.push(countryKey(`${parts[1]} ${parts[0]}`));
  return [...new Set(keys)].filter((key) => key !== '');
}

/** What is left of a name without its form of state that names nothing: the "United" of "United Kingdom". */
const ADJECTIVE_ALONE: ReadonlySet<string> = new Set(['united']);

/**
 * A key without the words of a state's form: 'federal republic of germany' → 'germany'; '' when
 * nothing, or only an adjective ('united kingdom' → ''), is left.
 */
export function bareCountryKey(key: string): string {
  const bare = key
    .split(' ')
    .filter((word) => !FORM_OF_STATE.has(word))
    .join(' ');
  return ADJECTIVE_ALONE.has(bare) ? '' : bare;
}
