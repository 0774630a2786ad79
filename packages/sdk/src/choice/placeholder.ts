/**
 * Placeholder options ("Select...", "Choose one", "--") stand for "no answer yet": they never match
 * a value, in either direction.
 */
import type { Choice } from '../fill/match-choice.ts';
import { normalizeText } from './normalize-option.ts';

// "Select...", "-- Select a country --", "Please choose one", "Nothing selected", "Make a Selection".
const PLACEHOLDER_TEXT =
  /^(please )?(select|choose|pick)( |$)|^(none|nothing) selected$|^no selection$|^(please )?make a (selection|choice)$/;

/** The value a list's "no answer" carries where the empty one is not used (iCIMS, Taleo: "-1"). */
const NO_ANSWER_VALUE = '-1';

/** True when the visible text reads as a prompt, not an answer (or is only dashes, dots, blanks). */
export function isPlaceholderText(text: string): boolean {
  const key = normalizeText(text);
  return key === '' ? !/\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(text) : PLACEHOLDER_TEXT.test(key);
}

/**
 * Which options are placeholders: those whose text is a prompt, and options with an empty value (or
 * "-1", whose sign a text match would drop: "+1" is no "-1") in a list whose other options carry
 * values (the native `<option value="">` convention). A list where no option has a value (a custom
 * ARIA listbox) is judged by text alone.
 */
export function placeholderMask(choices: readonly Choice[]): boolean[] {
  const listUsesValues = choices.some((choice) => choice.value.trim() !== '');
  return choices.map(
    (choice) =>
      isPlaceholderText(choice.text) ||
      (listUsesValues && (choice.value.trim() === '' || choice.value.trim() === NO_ANSWER_VALUE)),
  );
}
