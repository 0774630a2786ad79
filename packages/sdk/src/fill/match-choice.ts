/** A choice a value can pick: a select option or a radio/checkbox, by value and visible text. */
export interface Choice {
  value: string;
  text: string;
}

/** Words that check a lone checkbox. */
const TRUTHY_WORDS = new Set(['yes', 'true', '1', 'on', 'y', 'checked']);

/**
 * Index of the choice `wanted` names: exact value first, then value or visible text compared
 * case-insensitively and trimmed; -1 when none matches. Pure.
 */
export function matchChoice(choices: readonly Choice[], wanted: string): number {
  const exact = choices.findIndex((choice) => choice.value === wanted);
  if (exact >= 0) return exact;
  const key = fold(wanted);
  if (!key) return -1;
  const byValue = choices.findIndex((choice) => fold(choice.value) === key);
  return byValue >= 0 ? byValue : choices.findIndex((choice) => fold(choice.text) === key);
}

/** Words that leave a lone checkbox unchecked. */
const FALSY_WORDS = new Set(['no', 'false', '0', 'off', 'n', 'unchecked', '']);

/** True when `value` means "checked" (yes/true/1/on, any case). Pure. */
export function isTruthyWord(value: string): boolean {
  return TRUTHY_WORDS.has(fold(value));
}

/** True when `value` says checked or unchecked, not which answer of a list ("she/her"). Pure. */
export function isCheckWord(value: string): boolean {
  return TRUTHY_WORDS.has(fold(value)) || FALSY_WORDS.has(fold(value));
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
