/**
 * Text normalization shared by the form signature: what stays the same when a page is reloaded,
 * re-rendered or re-numbered.
 */

/**
 * Runs of five or more digits are session, timestamp or database ids, not meaning. Chromium's form
 * signature strips them the same way, so `q_12345678` and `q_98765432` are the same field.
 */
const DIGIT_RUN = /\d{5,}/g;

/** Removes every run of five or more digits. */
export function stripDigitRuns(text: string): string {
  return text.replace(DIGIT_RUN, '');
}

/** Longest label kept: labels are names, a paragraph of help text is noise for the signature. */
const MAX_LABEL_CHARS = 120;

/**
 * Normalizes a label for the signature: Unicode NFKC, lower-case, digit runs of ≥ 5 stripped,
 * punctuation (required-field stars, colons) dropped, whitespace collapsed, at most 120 chars.
 *
 * @example normalizeLabel('  First   Name *:') === 'first name'
 */
export function normalizeLabel(text: string): string {
  return stripDigitRuns(text.normalize('NFKC').toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, MAX_LABEL_CHARS)
    .trimEnd();
}

/** Normalizes a `name` attribute: digit runs of ≥ 5 stripped, nothing else (names are code, keep them exact). */
export function normalizeName(name: string): string {
  return stripDigitRuns(name.trim());
}
