/**
 * The shape every meaning rule (country, dial code, number range, yes/no, pronouns, currency, degree,
 * US state) shares, and how its scores become one pick.
 */
import type { UserProfileValues } from '../edits/profile-values.ts';
import type { Choice } from '../fill/match-choice.ts';

/**
 * Scores each option for how well it means `value` (0: not at all; higher: a closer meaning), or
 * returns undefined when the rule does not understand `value` (another rule, or plain word matching,
 * then decides). `values` is the user's other values, for tie-breaks (the phone's country).
 */
export type ChoiceRule = (choices: readonly Choice[], value: string, values: UserProfileValues) => number[] | undefined;

/** Index of the single highest positive score; -1 when none is positive or the best is shared. */
export function uniqueBest(scores: readonly number[]): number {
  let best = -1;
  let tied = false;
  scores.forEach((score, index) => {
    if (score <= 0) return;
    const top = best < 0 ? 0 : (scores[best] ?? 0);
    if (score > top) {
      best = index;
      tied = false;
    } else if (score === top) {
      tied = true;
    }
  });
  return tied ? -1 : best;
}

/** A rule that scores each option on its own, 1 for a match: the common case. */
export function matchRule(
  read: (value: string, values: UserProfileValues) => ((choice: Choice) => number) | undefined,
): ChoiceRule {
  return (choices, value, values) => {
    const score = read(value, values);
    return score === undefined ? undefined : choices.map(score);
  };
}
