/**
 * The shipped country table, parsed on first use and kept: the content script pays for parsing only
 * on pages that ask about a country. Immutable once built, so sharing it is safe.
 */
import { COUNTRY_DATA } from './country-data.ts';
import { parseCountryTable, type CountryTable } from './country-names.ts';

let table: CountryTable | undefined;

/** The parsed {@link COUNTRY_DATA}. */
export function countryTable(): CountryTable {
  table ??= parseCountryTable(COUNTRY_DATA);
  return table;
}
