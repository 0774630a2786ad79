/**
 * A country's name in the languages of the forms the catalog's English names miss ("Estados
 * Unidos", "États-Unis", "Vereinigte Staaten", "美国", "ארצות הברית"), from the browser's own region
 * names: no table to ship. Folded like options are, so a list in Spanish finds the user's country.
 */
import { normalizeText } from './normalize-option.ts';

const LOCALES = [
  'es',
  'pt',
  'fr',
  'de',
  'it',
  'nl',
  'pl',
  'sv',
  'da',
  'nb',
  'fi',
  'cs',
  'ro',
  'hu',
  'hr',
  'sl',
  'sr',
  'sr-Latn',
  'bg',
  'sk',
  'lv',
  'lt',
  'et',
  'is',
  'ca',
  'tr',
  'ru',
  'uk',
  'el',
  'ja',
  'zh',
  'zh-Hant',
  'ko',
  'ar',
  'he',
  'hi',
  'th',
  'vi',
  'id',
  'ms',
] as const;

/**
 * Short and long forms lists use that the region names do not give: Russian "США", Spanish "EE. UU.",
 * Portuguese "EUA"; "… of America" in French, Spanish, Portuguese, Italian, German, Dutch, Polish,
 * Ukrainian, Russian, Greek, Slovak and Czech.
 */
const LIST_FORMS: Readonly<Record<string, readonly string[]>> = {
  US: [
    'США',
    'EE. UU.',
    'EEUU',
    'EUA',
    "États-Unis d'Amérique",
    'Estados Unidos de América',
    'Estados Unidos da América',
    "Stati Uniti d'America",
    'Vereinigte Staaten von Amerika',
    'Verenigde Staten van Amerika',
    'Stany Zjednoczone Ameryki',
    'Сполучені Штати Америки',
    'Соединенные Штаты Америки',
    'Ηνωμένες Πολιτείες Αμερικής',
    'Spojené štáty americké',
    'Spojené státy americké',
  ],
};

const cache = new Map<string, ReadonlySet<string>>();

/** The folded names of the country with ISO alpha-2 `code` in {@link LOCALES}; none when the runtime has no region names. */
export function localCountryNames(code: string): ReadonlySet<string> {
  let names = cache.get(code);
  if (names === undefined) {
    const found = new Set<string>((LIST_FORMS[code] ?? []).map(normalizeText));
    for (const locale of LOCALES) {
      try {
        const name = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(code);
        if (name) found.add(normalizeText(name));
      } catch {
        // A runtime without region names matches by the English names alone.
      }
    }
    names = found;
    cache.set(code, names);
  }
  return names;
}

/**
 * Shortest local name read as a country in running text: shorter words are too often others,
 * unless written in capitals as an abbreviation ("EUA").
 */
const MIN_LOCAL_NAME_LENGTH = 4;
let byLocalName: ReadonlyMap<string, string> | undefined;

/**
 * The ISO alpha-2 of the country a phrase names in one of {@link LOCALES} ("Brasil", "Allemagne",
 * "Stany Zjednoczone"), or undefined; a name two countries share names neither. Built once, from
 * the browser's region names, the first time a page's text needs it.
 */
export function localCountryCode(phrase: string, codes: () => Iterable<string>): string | undefined {
  const key = normalizeText(phrase);
  if (key.length < MIN_LOCAL_NAME_LENGTH && phrase !== phrase.toUpperCase()) return undefined;
  if (byLocalName === undefined) {
    const found = new Map<string, string>();
    for (const code of codes())
      for (const name of localCountryNames(code))
        found.set(name, found.has(name) && found.get(name) !== code ? '' : code);
    byLocalName = found;
  }
  return byLocalName.get(key) || undefined;
}
