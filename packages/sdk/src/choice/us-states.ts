/**
 * US states (and DC) by name or USPS code: 'California' ~ 'CA' ~ 'CA - California' ~ 'US-CA'.
 * Only the US: a small table is cheap in the content script; other countries' regions match by words.
 */
import type { Choice } from '../fill/match-choice.ts';
import { abroadScore } from './abroad-option.ts';
import type { ChoiceRule } from './choice-rule.ts';
import { countryCode } from './country-match.ts';
import { normalizeText, optionTexts } from './normalize-option.ts';

const STATES =
  'AL:alabama|AK:alaska|AZ:arizona|AR:arkansas|CA:california|CO:colorado|CT:connecticut|DE:delaware|' +
  'DC:district of columbia|FL:florida|GA:georgia|HI:hawaii|ID:idaho|IL:illinois|IN:indiana|IA:iowa|KS:kansas|' +
  'KY:kentucky|LA:louisiana|ME:maine|MD:maryland|MA:massachusetts|MI:michigan|MN:minnesota|MS:mississippi|' +
  'MO:missouri|MT:montana|NE:nebraska|NV:nevada|NH:new hampshire|NJ:new jersey|NM:new mexico|NY:new york|' +
  'NC:north carolina|ND:north dakota|OH:ohio|OK:oklahoma|OR:oregon|PA:pennsylvania|RI:rhode island|' +
  'SC:south carolina|SD:south dakota|TN:tennessee|TX:texas|UT:utah|VT:vermont|VA:virginia|WA:washington|' +
  'WV:west virginia|WI:wisconsin|WY:wyoming';

const BY_NAME = new Map(STATES.split('|').map((entry) => [entry.slice(3), entry.slice(0, 2)]));
const CODES = new Set(BY_NAME.values());
// Codes that are words in lower case ("in", "or", "me", "hi", "ok"): only their upper-case spelling is a state.
const WORD_CODES = new Set(['al', 'de', 'hi', 'id', 'in', 'la', 'ma', 'me', 'oh', 'ok', 'or', 'pa']);
const SEPARATOR = /\s+[-–—|:]\s+|[()]/;

/** A state written as AP style does, with a dot: its name cut short ("Calif.", "Tenn."), or its initials ("N.Y."). */
function dottedState(text: string): string | undefined {
  if (/^(\p{L}\.){2}$/u.test(text))
    return CODES.has(text.replace(/\./g, '').toUpperCase()) ? text.replace(/\./g, '').toUpperCase() : undefined;
  const head = /^(\p{L}{2,})\.$/u.exec(text)?.[1]?.toLowerCase();
  const names = head === undefined ? [] : [...BY_NAME.keys()].filter((name) => name.startsWith(head));
  return names.length === 1 ? BY_NAME.get(names[0] as string) : undefined;
}

function partState(part: string): string | undefined {
  const trimmed = part.trim().replace(/^US-/i, '');
  if (trimmed.endsWith('.')) return dottedState(trimmed);
  if (/^[a-z]{2}$/i.test(trimmed)) {
    const code = trimmed.toUpperCase();
    const isWord = trimmed !== code && WORD_CODES.has(trimmed.toLowerCase());
    return CODES.has(code) && !isWord ? code : undefined;
  }
  return BY_NAME.get(normalizeText(trimmed));
}

/** A state's code and name side by side, as a list draws them in two spans: "CA California", "California CA". */
const CODE_AND_NAME = /^(?:([A-Z]{2})\s+(\p{L}[\p{L} ]+)|(\p{L}[\p{L} ]+?)\s+([A-Z]{2}))$/u;

/** The USPS code of the one US state a text names, or undefined. */
export function usStateCode(text: string): string | undefined {
  const whole = partState(text);
  if (whole !== undefined) return whole;
  const pair = CODE_AND_NAME.exec(text.trim());
  if (pair) {
    const [code = '', name = ''] = pair[1] !== undefined ? [pair[1], pair[2]] : [pair[4], pair[3]];
    const state = partState(code);
    if (state !== undefined && state === partState(name)) return state;
  }
  const found = new Set(
    text
      .split(SEPARATOR)
      .filter((part) => part.trim() !== '')
      .map(partState),
  );
  return found.size === 1 ? [...found][0] : undefined;
}

const BY_CODE = new Map([...BY_NAME].map(([name, code]) => [code, name]));

/** A US state's name, written out ('CA' → 'California'), or undefined when the text names none. */
export function usStateName(text: string): string | undefined {
  const code = usStateCode(text);
  const name = code === undefined ? undefined : BY_CODE.get(code);
  return name?.replace(/\b\w/g, (letter) => letter.toUpperCase()).replace(/ Of /, ' of ');
}

/** The longest state name, in words ("District of Columbia"). */
const MAX_NAME_WORDS = 3;

/** A state written as its code after a town ("Fresno, CA", "Columbus, OH"). */
const CODE_AFTER_TOWN = /\p{Lu}\p{Ll}+,\s?(\p{Lu}{2})\b/gu;

/** A list of codes ("CA, DC, MD, NY and WA", "CA/OR/WA"). */
const CODE_LIST = /\b\p{Lu}{2}(?:\s*(?:,|\/|\band\b|\bor\b)\s*\p{Lu}{2}\b)+/gu;

/**
 * The USPS codes of the US states a sentence names, in full ("Do you live in California or
 * Oregon?"), as a code after a town ("within 50 miles of Fresno, CA?") or in a list of codes
 * ("We can employ staff in CA, DC, MD and NY").
 */
export function namedUsStates(text: string): Set<string> {
  const words = normalizeText(text).split(' ').filter(Boolean);
  const found = new Set<string>();
  const addCodes = (codes: Iterable<string>) => {
    for (const code of codes) {
      const state = usStateCode(code);
      if (state !== undefined) found.add(state);
    }
  };
  addCodes(Array.from(text.matchAll(CODE_AFTER_TOWN), ([, code = '']) => code));
  for (let start = 0; start < words.length; start += 1)
    for (let length = Math.min(MAX_NAME_WORDS, words.length - start); length >= 1; length -= 1) {
      const code = BY_NAME.get(words.slice(start, start + length).join(' '));
      if (code !== undefined) {
        found.add(code);
        start += length - 1;
        break;
      }
    }
  // A list of codes asks only where no state is named otherwise: "Do you live in Oregon or
  // Washington?" over help saying "We hire in OR, WA, CA, ID and NV" asks about the two.
  if (found.size === 0)
    addCodes(Array.from(text.matchAll(CODE_LIST), ([list]) => list.match(/\p{Lu}{2}/gu) ?? []).flat());
  return found;
}

function stateOfOption(choice: Choice): string | undefined {
  for (const text of optionTexts(choice)) {
    const code = usStateCode(text);
    if (code !== undefined) return code;
  }
  return undefined;
}

/** Letters folded the way other languages spell a state's name ("Kalifornien", "Géorgie"): no marks, k as c. */
const folded = (text: string): string =>
  normalizeText(text)
    .replace(/[^a-z]/g, '')
    .replace(/k/g, 'c');

/** Fewest letters two spellings share from their start to be one name ("Californi…"). */
const MIN_SHARED_START = 6;

/**
 * In a long list of the states in the page's language (Workday in German: "Kalifornien"), the one
 * option spelled like the state's English name: sharing all its letters but the last three from
 * the start. Any other match, or none, scores nothing.
 */
function spelledInPageLanguage(choices: readonly Choice[], name: string): number[] {
  const none = choices.map(() => 0);
  const english = folded(name);
  if (choices.length < LONG_STATE_LIST || english.length < MIN_SHARED_START) return none;
  const alike = choices.map((choice) =>
    optionTexts(choice).some((text) => {
      const local = folded(text);
      let shared = 0;
      while (shared < local.length && local[shared] === english[shared]) shared += 1;
      return shared >= MIN_SHARED_START && shared >= Math.min(local.length, english.length) - 3;
    })
      ? 1
      : 0,
  );
  return alike.filter(Boolean).length === 1 ? alike : none;
}

/** Options enough to be a country's list of states rather than a few of them. */
const LONG_STATE_LIST = 10;

/** The option a short list of states keeps for the rest: "Other", "Other state", "None of the above". */
const FOR_THE_REST = /^(?:other|another|any other|none of (?:the )?above|elsewhere|somewhere else)\b/i;

/**
 * Options naming the value's state; else, for someone living in another country than the one the
 * list's states belong to, the option for those abroad ("Outside Australia", "Fuera de España"),
 * or one saying abroad without naming a country ("EX – Exterior", "海外") when no option names the
 * state; else, in a short list of US states (the ones an employer runs payroll in), its option for
 * the rest ("Other state"). Not applicable when the value names no state.
 */
export const usStateRule: ChoiceRule = (choices, value, values) => {
  const wanted = usStateCode(value);
  if (wanted === undefined) return undefined;
  const named = choices.map((choice) => (stateOfOption(choice) === wanted ? 1 : 0));
  const scores = named.includes(1) ? named : spelledInPageLanguage(choices, BY_CODE.get(wanted) ?? '');
  const home = countryCode(values.country ?? '');
  if (scores.includes(1) || home === undefined) return scores;
  const abroad = choices.map((choice) => abroadScore(choice, home, 0.5, 0.5));
  const states = choices.filter((choice) => stateOfOption(choice) !== undefined).length;
  if (abroad.some((score) => score > 0) || states < 2) return abroad;
  return choices.map((choice) => (optionTexts(choice).some((text) => FOR_THE_REST.test(text)) ? 1 : 0));
};
