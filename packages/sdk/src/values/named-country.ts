/**
 * The country a question names ("Do you need a visa to work in Germany?", "…authorized to work in
 * the US?"), read from runs of one to four words. Words of three letters or fewer count only as
 * codes in capitals after a placing word ("in the US"), so "Are", "in", "no" or the "TN" of a
 * visa list name nothing.
 */
import { countryCode } from '../choice/index.ts';

const MAX_WORDS = 4;

/** A word that places the next one: only after it is a code in capitals a country. */
const PLACING = /^(in|the|to|within|for|of|from|across|outside)$/i;

/** The ISO alpha-2 of the first country the text names, or undefined. */
export function namedCountry(text: string): string | undefined {
  const words = text
    .split(/[^\p{L}.]+/u)
    .map((word) => word.replace(/\.$/, ''))
    .filter(Boolean);
  for (let start = 0; start < words.length; start += 1) {
    for (let length = Math.min(MAX_WORDS, words.length - start); length >= 1; length -= 1) {
      const phrase = words.slice(start, start + length).join(' ');
      // A short word is a country only as a code in capitals after a word that places it ("in the
      // US", "to UK"): "Are" is no ARE, and "(e.g. H-1B, TN)" names a visa, not Tunisia.
      if (phrase.length <= 3 && (phrase !== phrase.toUpperCase() || !PLACING.test(words[start - 1] ?? ''))) continue;
      const code = countryCode(phrase);
      if (code !== undefined) return code;
    }
  }
  return undefined;
}
