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
