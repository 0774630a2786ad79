/**
 * The country a question names ("Do you need a visa to work in Germany?", "…authorized to work in
 * the US?"), read from runs of one to four words. Words of three letters or fewer count only as
 * codes in capitals after a placing word ("in the US"), so "Are", "in", "no" or the "TN" of a
 * visa list name nothing.
 */
import { countryCode, countryCodeInAnyLanguage } from '../choice/index.ts';

const MAX_WORDS = 4;

/**
 * A word that places the next one: only after it is a code in capitals a country ("in the US",
 * "in den USA", "nos EUA", "aux USA", "negli USA", "w USA").
 */
const PLACING =
  /^(in|the|to|within|for|of|from|across|outside|den|dem|im|nach|aus|em|no|na|nos|nas|en|el|los|au|aux|des|du|negli|nel|w|we|z)$/i;

/**
 * Terms of one country's immigration system, which place a question there without naming it: "Do
 * you require a Certificate of Sponsorship (Skilled Worker visa)?" asks about the UK.
 */
const VISA_SYSTEMS: readonly (readonly [RegExp, string])[] = [
  [
    /\b(certificate of sponsorship|skilled worker (visa|route)|tier 2( visa)?|indefinite leave to remain|(pre-)?settled status)\b/i,
    'GB',
  ],
  [/\b(lmia|express entry)\b/i, 'CA'],
  [/\b(subclass \d{3}|tss visa)\b/i, 'AU'],
  [/\b(accredited employer work visa|aewv)\b/i, 'NZ'],
  [/\bcritical skills employment permit\b/i, 'IE'],
  [/\b(h-?1b|green card)\b/i, 'US'],
];

/** Adjectives that name a country ("a Canadian work permit") and that the country names lack. */
const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['canadian', 'CA'],
  ['british', 'GB'],
  ['american', 'US'],
  ['australian', 'AU'],
  ['irish', 'IE'],
  ['indian', 'IN'],
  ['mexican', 'MX'],
  ['brazilian', 'BR'],
  ['swiss', 'CH'],
  ['singaporean', 'SG'],
  ['emirati', 'AE'],
  ['nigerian', 'NG'],
]);

/**
 * The ISO alpha-2 of the first country the text names, or whose visa system it speaks of, or
 * undefined. Terms of several systems ("a work permit, LMIA or H-1B") place the question nowhere.
 */
export function namedCountry(text: string): string | undefined {
  const systems = new Set(VISA_SYSTEMS.filter(([terms]) => terms.test(text)).map(([, code]) => code));
  if (systems.size === 1 && !systems.has('US')) return [...systems][0];
  return countriesIn(text).next().value;
}

/** Every country the text names, in its order ("… (Canada or the United States)": CA, US). */
export function namedCountries(text: string): string[] {
  return [...countriesIn(text)];
}

function* countriesIn(text: string): Generator<string, undefined> {
  const words = text
    .split(/[^\p{L}.]+/u)
    .map((word) => word.replace(/\.$/, ''))
    .filter(Boolean);
  for (let start = 0; start < words.length; start += 1) {
    const demonym = DEMONYMS.get((words[start] ?? '').toLowerCase());
    if (demonym !== undefined) {
      yield demonym;
      continue;
    }
    for (let length = Math.min(MAX_WORDS, words.length - start); length >= 1; length -= 1) {
      const phrase = words.slice(start, start + length).join(' ');
      // A short word is a country only as a code in capitals after a word that places it ("in the
      // US", "to UK"): "Are" is no ARE, and "(e.g. H-1B, TN)" names a visa, not Tunisia.
      if (phrase.length <= 3 && (phrase !== phrase.toUpperCase() || !PLACING.test(words[start - 1] ?? ''))) continue;
      // A name in the page's language is written capitalized ("no Brasil", "en Allemagne").
      const code = /^\p{Lu}/u.test(phrase) ? countryCodeInAnyLanguage(phrase) : countryCode(phrase);
      if (code !== undefined) {
        yield code;
        start += length - 1;
        break;
      }
    }
  }
  return undefined;
}
