/**
 * Keyboard hints drawn in front of each answer: conversational forms (Typeform, its imitators)
 * put "A", "B", "C"… before the options so a person can answer with one key. The hint is no part
 * of the answer, so "A Yes" / "B No" read as "Yes" / "No". Numbers are no such hints: "1 year",
 * "2 years", "3 years" are the answers themselves.
 */

const HINTED = /^([A-Z])\s+(\S.*)$/;

const nthLetter = (n: number): string => String.fromCharCode('A'.charCodeAt(0) + n);

/**
 * The texts without their hints, when every text begins with one and the hints run in order from
 * "A" (a lone "A" before one option is a word); otherwise the texts as they are.
 *
 * @example withoutKeyHints(['A Yes', 'B No']) // ['Yes', 'No']
 */
export function withoutKeyHints(texts: readonly string[]): string[] {
  if (texts.length < 2) return [...texts];
  const parts = texts.map((text) => HINTED.exec(text.trim()));
  if (parts.some((part, n) => part?.[1] !== nthLetter(n))) return [...texts];
  return parts.map((part) => part?.[2] ?? '');
}
