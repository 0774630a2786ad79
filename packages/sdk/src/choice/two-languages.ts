/**
 * Text written twice, in two languages, with a slash between ("Vereinigte Staaten / United States",
 * "Berufserfahrung / Professional experience"): pages for a bilingual country or a foreign
 * applicant name each label and option in both. Either half says what the whole does.
 */

/**
 * Two halves around a spaced slash, of words only: neither holds a slash or a bracket of its own (a
 * path or "(BA / BSc)" is no pair), nor a number ("+1 Stati Uniti / Canada" is one code's countries).
 */
const TWO_HALVES = /^([^/()[\]\d+]*\p{L}[^/()[\]\d+]*?)\s+\/\s+([^/()[\]\d+]*\p{L}[^/()[\]\d+]*)$/u;

/** The two halves of a text written in two languages, or undefined when it is not one. */
export function languageHalves(text: string): readonly [string, string] | undefined {
  const halves = TWO_HALVES.exec(text.trim());
  return halves ? [halves[1]!.trim(), halves[2]!.trim()] : undefined;
}

/** Letters of the scripts written without spaces between words: Chinese, Japanese, Korean. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The two halves of a text written in an East Asian script and in Latin letters side by side
 * ("地址 Address", "5-8年 5-8 years", "Hong Kong 香港"): the Latin half first. Undefined when it
 * uses one script only, or mixes them word by word.
 */
export function scriptHalves(text: string): readonly [string, string] | undefined {
  const words = text.trim().split(/\s+/);
  const cjk = words.flatMap((word, index) => (CJK.test(word) ? [index] : []));
  const latin = words.flatMap((word, index) => (!CJK.test(word) && LATIN.test(word) ? [index] : []));
  if (cjk.length === 0 || latin.length === 0) return undefined;
  const lastCjk = cjk[cjk.length - 1] as number;
  const firstCjk = cjk[0] as number;
  if (lastCjk < (latin[0] as number)) {
    return [words.slice(lastCjk + 1).join(' '), words.slice(0, lastCjk + 1).join(' ')];
  }
  if ((latin[latin.length - 1] as number) < firstCjk) {
    return [words.slice(0, firstCjk).join(' '), words.slice(firstCjk).join(' ')];
  }
  return undefined;
}
