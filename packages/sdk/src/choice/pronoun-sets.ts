/**
 * Pronoun sets ("she/her", "She/Her/Hers", "they/them", "she / they") compared by the subjects they
 * name, so order and extra forms do not matter; "Prefer not to say", "Other" and "Use my name" name
 * none and never match.
 */
import type { Choice } from '../fill/match-choice.ts';
import type { ChoiceRule } from './choice-rule.ts';
import { normalizeText, optionTexts } from './normalize-option.ts';

/** Each pronoun form → the subject pronoun of its set. */
const SUBJECT_OF: Readonly<Record<string, string>> = {
  she: 'she',
  her: 'she',
  hers: 'she',
  herself: 'she',
  he: 'he',
  him: 'he',
  his: 'he',
  himself: 'he',
  they: 'they',
  them: 'they',
  their: 'they',
  theirs: 'they',
  themself: 'they',
  themselves: 'they',
  xe: 'xe',
  xem: 'xe',
  xyr: 'xe',
  xyrs: 'xe',
  ze: 'ze',
  zie: 'ze',
  hir: 'ze',
  hirs: 'ze',
  zir: 'ze',
  zirs: 'ze',
};

/** The subjects a text names ('She/her/hers' → {she}; 'she / they' → {she, they}); empty when none. */
export function pronounSubjects(text: string): ReadonlySet<string> {
  const subjects = normalizeText(text)
    .split(' ')
    .map((word) => SUBJECT_OF[word])
    .filter((subject) => subject !== undefined);
  return new Set(subjects);
}

/** True when both sets hold the same subjects. */
export function sameSubjects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((subject) => b.has(subject));
}

/** The subjects an option names, by its text, else its value; empty when none. */
export function optionSubjects(choice: Choice): ReadonlySet<string> {
  for (const text of optionTexts(choice)) {
    const subjects = pronounSubjects(text);
    if (subjects.size > 0) return subjects;
  }
  return new Set();
}

/** Options naming the same set as the value; not applicable when the value names no pronoun. */
export const pronounRule: ChoiceRule = (choices, value) => {
  const wanted = pronounSubjects(value);
  if (wanted.size === 0) return undefined;
  return choices.map((choice) => (sameSubjects(optionSubjects(choice), wanted) ? 1 : 0));
};
