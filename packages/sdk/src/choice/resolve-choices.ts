/**
 * Checkbox groups, where several options may be picked: the value is one answer ("she/they" as one
 * set, "San Francisco, CA" as one place) or a comma-separated list of answers, each resolved alone.
 * All or nothing: a list with one part no option means is not filled at all.
 */
import type { UserProfileValues } from '../edits/profile-values.ts';
import type { Choice } from '../fill/match-choice.ts';
import { placeholderMask } from './placeholder.ts';
import { optionSubjects, pronounSubjects } from './pronoun-sets.ts';
import { resolveChoice, resolveChoiceStage } from './resolve-choice.ts';

/**
 * A pronoun set spread over boxes ("she/they" over "She/her" and "They/them"): each box names some of
 * the value's subjects, together all of them, and no subject has two boxes.
 */
function pronounBoxes(choices: readonly Choice[], value: string): number[] {
  const wanted = pronounSubjects(value);
  const placeholders = placeholderMask(choices);
  const picked: number[] = [];
  const covered: string[] = [];
  choices.forEach((choice, index) => {
    const subjects = [...optionSubjects(choice)];
    const fits = subjects.length > 0 && subjects.every((subject) => wanted.has(subject));
    if (placeholders[index] === true || !fits) return;
    picked.push(index);
    covered.push(...subjects);
  });
  const complete = covered.length === wanted.size && new Set(covered).size === wanted.size;
  return complete ? picked : [];
}

/**
 * For a checkbox group: indices of the options meaning the value(s), ascending; [] if unsure.
 *
 * @example
 * resolveChoices([{ value: 'a', text: 'Python' }, { value: 'b', text: 'Go' }, { value: 'c', text: 'Rust' }],
 *   'skills', 'Python, Rust') // [0, 2]
 */
export function resolveChoices(
  choices: readonly Choice[],
  canonical: string,
  value: string,
  values?: UserProfileValues,
): number[] {
  const whole = resolveChoiceStage(choices, canonical, value, values);
  // A place's commas are part of it ("San Francisco, CA (Mission Bay)"): places are listed apart by semicolons.
  const parts = value
    .split(canonical === 'location' ? /;/ : /[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  // Words alone are too weak to read a list as one answer: "English, Klingon" holds "English".
  if (whole.index >= 0 && (parts.length < 2 || whole.stage !== 'words')) return [whole.index];
  if (canonical === 'pronouns') return pronounBoxes(choices, value);
  if (parts.length < 2) return [];
  const picked = parts.map((part) => resolveChoice(choices, canonical, part, values));
  if (picked.some((index) => index < 0)) return [];
  return [...new Set(picked)].sort((a, b) => a - b);
}
