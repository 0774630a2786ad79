/**
 * Which country a text names, however a form or a user writes it: "United States", "United States of
 * America", "USA", "U.S.", "us" (a value attribute), "🇺🇸 United States", "United States (+1)",
 * "+44 United Kingdom", "Korea, Republic of". Both sides of a comparison resolve to ISO alpha-2.
 */
import type { Choice } from '../fill/match-choice.ts';
import { lookupCountryName, type CountryTable } from './country-names.ts';
import { countryTable } from './country-table.ts';
import type { ChoiceRule } from './choice-rule.ts';
import { localCountryCode, localCountryNames } from './local-country-names.ts';
import { normalizeText, optionTexts } from './normalize-option.ts';

/**
 * Codes that are also everyday words: in lower or mixed case they are the word ("No" is an answer,
 * "in" a preposition), so only their upper-case spelling names the country.
 */
const WORD_CODES = new Set([
  'am',
  'as',
  'at',
  'be',
  'by',
  'do',
  'go',
  'in',
  'is',
  'it',
  'me',
  'my',
  'no',
  'so',
  'to',
  'and',
  'arm',
  'ben',
  'can',
  'col',
  'cub',
  'dom',
  'est',
  'fin',
  'gin',
  'jam',
  'lie',
  'mac',
  'mar',
  'nor',
  'pan',
  'per',
  'sen',
  'tun',
]);

const FLAG = /\p{Regional_Indicator}{2}/gu;
const REGIONAL_INDICATOR_A = 0x1f1e6;
// "+1", "+44", "+1-242", "+1 242": a dial code shown beside a country.
const DIAL = /\+\s?\d{1,4}(?:-\d{1,4})?/g;
const BRACKETED = /[([]([^)\]]*)[)\]]/g;
// Spaced separators only: "Guinea-Bissau" and "Timor-Leste" keep their hyphen.
const SEPARATOR = /\s+[-–—|:·•]\s+/;

function flagCountry(flag: string): string {
  return [...flag].map((char) => String.fromCharCode((char.codePointAt(0) ?? 0) - REGIONAL_INDICATOR_A + 65)).join('');
}

/** An ISO code written alone ("US", "U.S.A.", "deu"), under the {@link WORD_CODES} rule. */
function codeCountry(table: CountryTable, text: string): string | undefined {
  const code = text.trim().replace(/\./g, '');
  if (!/^[a-z]{2,3}$/i.test(code)) return undefined;
  if (code !== code.toUpperCase() && WORD_CODES.has(code.toLowerCase())) return undefined;
  return table.byCode.get(code.toUpperCase());
}

function nameOrCode(table: CountryTable, text: string): string | undefined {
  const trimmed = text.replace(/^[\s\-–—|:·•,/]+|[\s\-–—|:·•,/]+$/g, '');
  if (trimmed === '') return undefined;
  return lookupCountryName(table, trimmed) ?? codeCountry(table, trimmed);
}

/**
 * The alpha-2 `text` names in `table`, or undefined when none or when its parts disagree ("Georgia
 * (US)"). Reads a flag, a bracketed part (alone and as part of the name) and spaced " - " parts
 * beside the name, and ignores dial codes. Pure; the generator packs the table with it.
 */
export function readCountry(table: CountryTable, text: string): string | undefined {
  const found = new Set<string>();
  const add = (code: string | undefined): void => {
    if (code !== undefined) found.add(code);
  };
  for (const flag of text.match(FLAG) ?? []) add(table.byCode.get(flagCountry(flag)));
  const bracketed = [...text.matchAll(BRACKETED)].map((match) => match[1] ?? '');
  const core = text.replace(FLAG, ' ').replace(BRACKETED, ' ').replace(DIAL, ' ');
  const whole = nameOrCode(table, core);
  add(whole);
  if (whole === undefined) for (const part of core.split(SEPARATOR)) add(nameOrCode(table, part));
  for (const bracket of bracketed) {
    const inner = bracket.replace(DIAL, ' ');
    add(nameOrCode(table, inner));
    // ISO 3166 style: the bracket is part of the name ("Korea (the Republic of)", "Virgin Islands (U.S.)").
    add(lookupCountryName(table, `${inner} ${core}`));
    add(lookupCountryName(table, `${core} ${inner}`));
  }
  if (found.size === 0) add(nameWithAside(table, core));
  return found.size === 1 ? [...found][0] : undefined;
}

/** Most words a country's name runs to ("South Georgia and the South Sandwich Islands"). */
const MAX_NAME_WORDS = 7;
/** Words of a part of the world, as a list item's second line names the country's. */
const GEOGRAPHY = /\b(americas?|asia|europe|africa|caribbean|oceania|polynesia|melanesia|micronesia|antarctica)\b/i;

/**
 * A list item drawn as the country's code, its name and a line under it naming its part of the
 * world, read as one text ("US United States Northern America", "Albania Southeast Europe"): the
 * name that starts it, when the code before it agrees or the rest names a part of the world.
 */
function nameWithAside(table: CountryTable, text: string): string | undefined {
  const [, code, rest = ''] = /^\s*(?:([A-Z]{2,3})\s+)?(\S.*)$/.exec(text) ?? [];
  const coded = code === undefined ? undefined : table.byCode.get(code);
  const words = rest.split(/\s+/);
  for (let count = Math.min(words.length, MAX_NAME_WORDS); count >= 1; count -= 1) {
    const named = lookupCountryName(table, words.slice(0, count).join(' '));
    if (named === undefined) continue;
    if (coded !== undefined) return coded === named ? named : undefined;
    return GEOGRAPHY.test(words.slice(count).join(' ')) ? named : undefined;
  }
  return undefined;
}

/**
 * ISO alpha-2 of a country name, official name, alternative spelling or ISO alpha-2/alpha-3 code,
 * or undefined when unknown or ambiguous.
 *
 * @example countryCode('United States of America') // 'US'
 * @example countryCode('🇬🇧 United Kingdom (+44)') // 'GB'
 */
export function countryCode(text: string): string | undefined {
  return readCountry(countryTable(), text);
}

/**
 * ISO alpha-2 of the country a phrase names in English (see {@link countryCode}) or, by the
 * browser's region names, in another language ("Brasil", "Allemagne").
 */
export function countryCodeInAnyLanguage(phrase: string): string | undefined {
  return countryCode(phrase) ?? localCountryCode(phrase, () => new Set(countryTable().byCode.values()));
}

/**
 * The dial code, without "+", of an ISO alpha-2 country: '1' for US, '44' for GB, '1242' for the
 * Bahamas (its North American area code included); undefined when unknown.
 */
export function dialCode(alpha2: string): string | undefined {
  return countryTable().dialCodes.get(alpha2.trim().toUpperCase());
}

let knownDialCodes: ReadonlySet<string> | undefined;

/**
 * The dial code a number written with its code starts with ('44' of '442079460958'), or undefined.
 * Country codes are a prefix code, so the shortest known one is it: '1' of a North American number
 * also for the Bahamas, whose '1242' is its area code behind the '1'.
 */
export function leadingDialCode(digits: string): string | undefined {
  // Built once: a fill formats the phone many ways.
  const known = (knownDialCodes ??= new Set(countryTable().dialCodes.values()));
  for (let length = 1; length <= 3; length += 1) if (known.has(digits.slice(0, length))) return digits.slice(0, length);
  return undefined;
}

/** The country an option names, by its visible text, else by its value attribute ("US"). */
export function countryOfOption(choice: Choice): string | undefined {
  for (const text of optionTexts(choice)) {
    const code = countryCode(text);
    if (code !== undefined) return code;
  }
  return undefined;
}

/**
 * True when `choice` names the country of ISO alpha-2 `code` in another language than the table's
 * ("Estados Unidos", "الولايات المتحدة (+1)"), a dial code beside the name aside.
 */
export function namesCountryLocally(choice: Choice, code: string): boolean {
  const local = localCountryNames(code);
  return optionTexts(choice).some((text) => local.has(normalizeText(text.replace(/\(?\+\s?\d{1,4}\)?/g, ' '))));
}

/**
 * Options naming the country `value` names, in English or, for an option the table does not know,
 * in other languages. A value naming no known country matches none: read by words,
 * "Virgin Islands of the United States" would pick "United States".
 */
export const countryRule: ChoiceRule = (choices, value) => {
  const wanted = countryCode(value);
  // A yes or a no ("Do you live in California?": yes) is answered by the yes/no rule, in any
  // language the options are written in ("Sí" / "No").
  if (wanted === undefined) return /^(yes|no)$/.test(value) ? undefined : choices.map(() => 0);
  return choices.map((choice) => {
    const named = countryOfOption(choice);
    if (named !== undefined) return named === wanted ? 1 : 0;
    return namesCountryLocally(choice, wanted) ? 1 : 0;
  });
};
