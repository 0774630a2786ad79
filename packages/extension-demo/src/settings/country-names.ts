/**
 * Country names from ISO 3166-1 alpha-2 codes and back, in English, from the browser's own CLDR
 * data (Intl.DisplayNames) instead of a table shipped in the bundle. JSON Resume stores a country
 * as `countryCode`; forms and the `country` value want its name.
 */

/** Codes Intl names that are no country: unions, pseudo-locales, "unknown region". */
const NOT_COUNTRIES: ReadonlySet<string> = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

const ALPHA_2 = /^[A-Za-z]{2}$/;

let byCode: ReadonlyMap<string, string> | undefined;

/** code → name for every current code (deprecated ones such as `DD` or `UK` fold into `DE`, `GB`). */
function countries(): ReadonlyMap<string, string> {
  if (byCode) return byCode;
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const out = new Map<string, string>();
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      const name = names.of(code);
      if (name === undefined || NOT_COUNTRIES.has(code) || new Intl.Locale('und', { region: code }).region !== code)
        continue;
      out.set(code, name);
    }
  }
  byCode = out;
  return out;
}

/**
 * The English name of an alpha-2 code in any case, or undefined for no country.
 *
 * @example countryNameOf('ch') === 'Switzerland'
 */
export function countryNameOf(code: string): string | undefined {
  if (!ALPHA_2.test(code)) return undefined;
  return countries().get(new Intl.Locale('und', { region: code.toUpperCase() }).region ?? '');
}

/** The alpha-2 code of a country name as {@link countryNameOf} writes it (any case), or undefined. */
export function countryCodeOf(name: string): string | undefined {
  const wanted = name.trim().toLowerCase();
  for (const [code, known] of countries()) if (known.toLowerCase() === wanted) return code;
  return undefined;
}

/** Every country name, sorted, for suggestions. */
export function countryNames(): string[] {
  return [...countries().values()].sort((a, b) => a.localeCompare(b, 'en'));
}
