/**
 * Text normalization shared by the form signature: what stays the same when a page is reloaded,
 * re-rendered or re-numbered.
 */

import { looksGenerated } from '../scan/generated-id.ts';
import { normalizeText } from '../scan/element-text.ts';

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
 * The label's length as signatures were first computed: a descriptor keeps longer labels for their
 * meaning, and a signature stays what it was (a changed one orphans the profiles learned under it).
 */
const SIGNED_TEXT_LENGTH = 100;

/**
 * Normalizes a label for the signature: Unicode NFKC, lower-case, digit runs of ≥ 5 stripped,
 * punctuation (required-field stars, colons) dropped, whitespace collapsed, at most 120 chars.
 *
 * @example normalizeLabel('  First   Name *:') === 'first name'
 */
export function normalizeLabel(text: string): string {
  return stripDigitRuns(normalizeText(text, SIGNED_TEXT_LENGTH).normalize('NFKC').toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, MAX_LABEL_CHARS)
    .trimEnd();
}

/** GUID-like and hash-like tokens: made afresh per build or per load. */
const RANDOM_TOKENS =
  /[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}|(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])\b[0-9a-f]{8,}\b/gi;

/**
 * Normalizes a `name` attribute: GUID- and hash-like tokens and digit runs of ≥ 5 are stripped,
 * and a name that looks generated as a whole (a library's counter such as `el-id-75-30`,
 * `mui-7`, `:r1:`) keeps only its letters, so every reload of the page names it the same.
 * Names are code, otherwise kept exact.
 */
export function normalizeName(name: string): string {
  const stripped = stripDigitRuns(name.trim().replace(RANDOM_TOKENS, ''));
  return looksGenerated(name.trim()) && name.trim() !== '' ? stripped.replace(/\d+/g, '') : stripped;
}

/**
 * Normalizes a field's stable selector part by part (see normalizeName): a generated id in a path
 * loses its digits, a position in the template (`div:nth-of-type(8)`) keeps them. Normalized
 * whole, a path looked generated and lost every digit, so the unlabelled boxes of one row (a current
 * and an expected salary) signed alike and a vote for one was served to both.
 */
export function normalizeSelector(selector: string): string {
  return selector
    .trim()
    .split(/(\s+)/)
    .map((part) =>
      /^\s+$/.test(part) ? ' ' : part.startsWith('#') ? `#${normalizeName(part.slice(1))}` : normalizeName(part),
    )
    .join('');
}
