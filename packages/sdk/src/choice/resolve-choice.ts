/**
 * Picks the one option of a choice control (select, radio group, ARIA listbox) that means the user's
 * value, by meaning rather than spelling. Pure: the fill calls it with the options it read.
 *
 *   exact normalized text or value ──one──► pick
 *        │ none, or several
 *        ▼
 *   the canonical's meaning rules ──understood──► the unique best, or -1
 *   (country, dial code, numbers, yes/no, …)    (a place list naming no country goes on)
 *        │ not understood
 *        ▼
 *   whole words, one side in the other ──one──► pick, else -1
 */
import type { UserProfileValues } from '../edits/profile-values.ts';
import type { Choice } from '../fill/match-choice.ts';
import { uniqueBest } from './choice-rule.ts';
import { placedElsewhere } from './city-option.ts';
import { countryCode } from './country-match.ts';
import { placeholderMask } from './placeholder.ts';
import { rulesFor } from './rules-by-canonical.ts';
import { normalizeText, optionTexts } from './normalize-option.ts';
import { equalsOption, sharesWords } from './word-match.ts';
import { withoutSharedQuestion } from './shared-question.ts';
import { scriptHalves } from './two-languages.ts';

/** How a pick was made, strongest first; 'none' when nothing was picked. */
export const MATCH_STAGES = ['exact', 'rule', 'words', 'none'] as const;
/** One of {@link MATCH_STAGES}. */
export type MatchStage = (typeof MATCH_STAGES)[number];

/** A pick and the stage that made it. */
export interface ResolvedChoice {
  readonly index: number;
  readonly stage: MatchStage;
}

const NONE: ResolvedChoice = { index: -1, stage: 'none' };

function indicesWhere(
  choices: readonly Choice[],
  usable: readonly boolean[],
  test: (choice: Choice) => boolean,
): number[] {
  return choices.flatMap((choice, index) => (usable[index] === true && test(choice) ? [index] : []));
}

/**
 * True for an option equal in text and value to an earlier one: a list that repeats its common
 * answers above the whole list ("United States" under "Most common" and again under "All
 * countries") offers one answer twice, not two. The value may carry its group's key ("s-US",
 * "a-US"); two values that differ past it ("ca-1", "ca-2": two Springfields) are two answers.
 */
function repeatsEarlier(choices: readonly Choice[], index: number): boolean {
  const choice = choices[index] as Choice;
  const key = (value: string) => value.replace(GROUP_KEY, '');
  return choices
    .slice(0, index)
    .some(
      (earlier) =>
        key(earlier.value) === key(choice.value) && normalizeText(earlier.text) === normalizeText(choice.text),
    );
}

/** A group's key before an option's own value ("s-" of "s-US"). */
const GROUP_KEY = /^[a-z]{1,12}[-_:]/i;

/** {@link resolveChoice} with the stage that decided, for the backwards direction's ranking. */
export function resolveChoiceStage(
  offered: readonly Choice[],
  canonical: string,
  value: string,
  values: UserProfileValues = {},
): ResolvedChoice {
  const whole = resolveInOneScript(offered, canonical, value, values);
  if (whole.index >= 0) return whole;
  // Options written in Chinese and in English side by side ("5-8年 5-8 years") read twice as
  // much: each half alone says what the option does.
  for (const half of [0, 1] as const) {
    const halves = offered.map((choice) => {
      const text = scriptHalves(choice.text)?.[half];
      return text ? { ...choice, text } : choice;
    });
    if (halves.every((choice, index) => choice === offered[index])) return whole;
    const resolved = resolveInOneScript(halves, canonical, value, values);
    if (resolved.index >= 0) return resolved;
  }
  return whole;
}

function resolveInOneScript(
  offered: readonly Choice[],
  canonical: string,
  value: string,
  values: UserProfileValues,
): ResolvedChoice {
  if (value.trim() === '') return NONE;
  const choices = withoutSharedQuestion(offered);
  const usable = placeholderMask(choices).map((placeholder, index) => !placeholder && !repeatsEarlier(choices, index));
  const exact = indicesWhere(choices, usable, (choice) => equalsOption(choice, value));
  if (exact.length === 1 && exact[0] !== undefined) return { index: exact[0], stage: 'exact' };
  for (const { rule, decisive } of rulesFor(canonical)) {
    const scores = rule(choices, value, values);
    if (scores === undefined) continue;
    const best = uniqueBest(scores.map((score, index) => (usable[index] === true ? score : 0)));
    if (best >= 0) return { index: best, stage: 'rule' };
    if (decisive || scores.some((score, index) => usable[index] === true && score > 0)) return NONE;
  }
  const words = indicesWhere(choices, usable, (choice) => sharesWords(choice, value));
  if (words.length === 1 && words[0] !== undefined) return { index: words[0], stage: 'words' };
  // Several hold the value's words ("San Francisco" in "South San Francisco, CA" too): the one
  // that begins with it, if only one does.
  const key = normalizeText(value);
  const leading = words.filter((index) =>
    optionTexts(choices[index] as Choice).some((text) => normalizeText(text).startsWith(key)),
  );
  if (leading.length === 1 && leading[0] !== undefined) return { index: leading[0], stage: 'words' };
  // Or the one with a part that is the value whole: a cascader's path ("United States / California
  // / San Francisco" against "… / South San Francisco"); of several, the one not placed in another
  // country than the person's ("San Francisco, Córdoba, Argentina").
  const part = words.filter((index) =>
    optionTexts(choices[index] as Choice).some((text) =>
      text.split(PART_BREAK).some((piece) => normalizeText(piece) === key),
    ),
  );
  const home = countryCode(values.country ?? '');
  const atHome = part.length > 1 ? part.filter((index) => !placedElsewhere(choices[index] as Choice, home)) : part;
  return atHome.length === 1 && atHome[0] !== undefined ? { index: atHome[0], stage: 'words' } : NONE;
}

/** Where an option's text breaks into parts: a path's "/" or ">", a list's "," or "·". */
const PART_BREAK = /\s*[/>,·|]\s*/;

/**
 * Index of the one option that confidently means `value` for `canonical`, or -1 (none, or ambiguous).
 * Placeholders ("Select...", an empty value) never match.
 *
 * @example
 * resolveChoice([{ value: '', text: 'Select...' }, { value: 'US', text: 'United States' }], 'country', 'USA') // 1
 * resolveChoice([{ value: '1', text: '0-2 years' }, { value: '2', text: '3-5 years' }], 'years_experience', '4') // 1
 */
export function resolveChoice(
  choices: readonly Choice[],
  canonical: string,
  value: string,
  values?: UserProfileValues,
): number {
  return resolveChoiceStage(choices, canonical, value, values).index;
}
