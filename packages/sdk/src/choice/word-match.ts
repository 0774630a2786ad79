/**
 * The two word-level tests of the resolver: equal normalized text, and one side holding the other
 * as whole words ("Bachelor" in "Bachelor's Degree", "San Francisco" in "San Francisco, CA").
 */
import type { Choice } from '../fill/match-choice.ts';
import { normalizeText, optionTexts } from './normalize-option.ts';

/** Shorter sides say too little to be a confident match ("CA" is in many texts). */
const MIN_CONTAINED_LENGTH = 3;

/** True when the option's text or meaningful value equals `value` once both are normalized. */
export function equalsOption(choice: Choice, value: string): boolean {
  const key = normalizeText(value);
  return key !== '' && optionTexts(choice).some((text) => normalizeText(text) === key);
}

/** True when normalized `outer` holds normalized `inner` as whole words. */
export function holdsWords(outer: string, inner: string): boolean {
  return ` ${outer} `.includes(` ${inner} `);
}

/** True when the option's text holds `value` as whole words, or the other way round. */
export function sharesWords(choice: Choice, value: string): boolean {
  const key = normalizeText(value);
  return optionTexts(choice).some((text) => {
    const option = normalizeText(text);
    if (Math.min(option.length, key.length) < MIN_CONTAINED_LENGTH) return false;
    return holdsWords(option, key) || holdsWords(key, option);
  });
}
