/**
 * US states (and DC) by name or USPS code: 'California' ~ 'CA' ~ 'CA - California' ~ 'US-CA'.
 * Only the US: a small table is cheap in the content script; other countries' regions match by words.
 */
import type { Choice } from '../fill/match-choice.ts';
import { matchRule, type ChoiceRule } from './choice-rule.ts';
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

function partState(part: string): string | undefined {
  const trimmed = part.trim().replace(/^US-/i, '');
  if (/^[a-z]{2}$/i.test(trimmed)) {
    const code = trimmed.toUpperCase();
    const isWord = trimmed !== code && WORD_CODES.has(trimmed.toLowerCase());
    return CODES.has(code) && !isWord ? code : undefined;
  }
  return BY_NAME.get(normalizeText(trimmed));
}

/** The USPS code of the one US state a text names, or undefined. */
export function usStateCode(text: string): string | undefined {
  const whole = partState(text);
  if (whole !== undefined) return whole;
  const found = new Set(
    text
      .split(SEPARATOR)
      .filter((part) => part.trim() !== '')
      .map(partState),
  );
  return found.size === 1 ? [...found][0] : undefined;
}

function stateOfOption(choice: Choice): string | undefined {
  for (const text of optionTexts(choice)) {
    const code = usStateCode(text);
    if (code !== undefined) return code;
  }
  return undefined;
}

/** An option for everyone outside the list's country: "Outside Australia", "Overseas - outside of the UK". */
const OUTSIDE = /\b(?:outside|not in)\s+(?:(?:of|the)\s+)*([^-–,;()]+)/i;

/**
 * Options naming the value's state; else, for someone living in another country than the one the
 * list's states belong to, the option for those outside it ("Outside Australia"). Not applicable
 * when the value names no state.
 */
export const usStateRule: ChoiceRule = matchRule((value, values) => {
  const wanted = usStateCode(value);
  if (wanted === undefined) return undefined;
  const home = countryCode(values.country ?? '');
  return (choice) => {
    if (stateOfOption(choice) === wanted) return 1;
    const outside = optionTexts(choice)
      .map((text) => OUTSIDE.exec(text)?.[1]?.trim() ?? '')
      .find((rest) => rest !== '');
    const other = outside === undefined ? undefined : countryCode(outside);
    return other !== undefined && home !== undefined && other !== home ? 0.5 : 0;
  };
});
