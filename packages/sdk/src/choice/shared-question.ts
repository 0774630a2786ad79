/**
 * Radios named by their whole row of a question table ("2. Will you need visa sponsorship…? Yes",
 * "…? No": the row's question and the column's answer in one label) offer the answers after the
 * question they all repeat.
 */
import type { Choice } from '../fill/match-choice.ts';

/** The shortest question worth taking off: shorter shared starts are words of the answers ("Yes, …"). */
const MIN_QUESTION_LENGTH = 12;

/** `choices` with the question every one of them repeats first taken off their texts. */
export function withoutSharedQuestion(choices: readonly Choice[]): readonly Choice[] {
  if (choices.length < 2) return choices;
  const texts = choices.map((choice) => choice.text.trim());
  let shared = texts[0] ?? '';
  for (const text of texts.slice(1)) {
    let length = 0;
    while (length < shared.length && length < text.length && shared[length] === text[length]) length += 1;
    shared = shared.slice(0, length);
  }
  // The question ends where a word ends: "…? Yes" and "…? No" share "…? ", never a part of a word.
  const question = shared.slice(0, shared.lastIndexOf(' ') + 1);
  if (question.trim().length < MIN_QUESTION_LENGTH || !/[?:]\s*$/.test(question)) return choices;
  return choices.map((choice, index) => ({ ...choice, text: (texts[index] ?? '').slice(question.length).trim() }));
}
