/**
 * The glyphs pages print beside a field to say it is required ("*", the heavy "✱", "†", "‡"):
 * they name nothing, so neither a label, a note nor a question is read from them.
 */

const MARKS = '[\\s*✱†‡]+';
const ONLY_MARKS = new RegExp(`^${MARKS}$`, 'u');
const CLOSING_MARKS = new RegExp(`${MARKS}$`, 'u');

/** True for text that is only required marks (" * "). */
export function isRequiredMark(text: string): boolean {
  return ONLY_MARKS.test(text);
}

/** The text without the required marks closing it ("Which time zone do you work in? ✱"). */
export function withoutClosingMarks(text: string): string {
  return text.replace(CLOSING_MARKS, '');
}
