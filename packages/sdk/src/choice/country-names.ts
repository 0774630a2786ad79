/**
 * Country names → ISO alpha-2 over a packed table (see country-data.ts for the format). Pure: the
 * generator runs the same lookup while packing, to store only names this lookup cannot derive.
 */
import { bareCountryKey, countryKeys } from './country-key.ts';

/** The packed table, parsed. */
export interface CountryTable {
  /** Stored lookup key → alpha-2. */
  readonly byKey: ReadonlyMap<string, string>;
  /** Key without the words of a state's form → alpha-2, or null when two countries share it. */
  readonly byBareKey: ReadonlyMap<string, string | null>;
  /** Upper-case alpha-2 and alpha-3 → alpha-2. */
  readonly byCode: ReadonlyMap<string, string>;
  /** Alpha-2 → dial code without "+" (absent when the country has none). */
  readonly dialCodes: ReadonlyMap<string, string>;
}

/**
 * The alpha-3 code an entry leaves empty: the first three letters of its first key, upper-cased
 * ("germany" → "GER" is not Germany's DEU, so Germany stores its code; "france" → "FRA" is implied).
 */
export function impliedAlpha3(firstKey: string): string {
  return firstKey
    .replace(/[^a-z]/g, '')
    .slice(0, 3)
    .toUpperCase();
}

/** Parses "alpha2|alpha3|dial|key|key…" entries joined by ";" (an empty alpha3 is {@link impliedAlpha3}). */
export function parseCountryTable(packed: string): CountryTable {
  const byKey = new Map<string, string>();
  const byBareKey = new Map<string, string | null>();
  const byCode = new Map<string, string>();
  const dialCodes = new Map<string, string>();
  for (const entry of packed.split(';')) {
    const [alpha2 = '', alpha3 = '', dial = '', ...keys] = entry.split('|');
    if (alpha2 === '') continue;
    byCode.set(alpha2, alpha2);
    byCode.set(alpha3 || impliedAlpha3(keys[0] ?? ''), alpha2);
    if (dial !== '') dialCodes.set(alpha2, dial);
    for (const key of keys) {
      byKey.set(key, alpha2);
      const bare = bareCountryKey(key);
      if (bare === '') continue;
      const owner = byBareKey.get(bare);
      byBareKey.set(bare, owner === undefined || owner === alpha2 ? alpha2 : null);
    }
  }
  return { byKey, byBareKey, byCode, dialCodes };
}

/**
 * The alpha-2 a country *name* means (codes are not names: see `countryCode`), or undefined when
 * unknown or ambiguous. Stored keys first, then the name without its state form ("Kingdom of Spain").
 */
export function lookupCountryName(table: CountryTable, name: string): string | undefined {
  const keys = countryKeys(name);
  const exact = distinct(keys.map((key) => table.byKey.get(key)));
  if (exact.length > 0) return exact.length === 1 ? exact[0] : undefined;
  const bare = distinct(keys.map((key) => table.byBareKey.get(bareCountryKey(key))));
  return bare.length === 1 && bare[0] !== null ? bare[0] : undefined;
}

function distinct<T>(found: readonly (T | undefined)[]): T[] {
  return [...new Set(found.filter((item): item is T => item !== undefined))];
}
