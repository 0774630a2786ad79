/**
 * Infers, on the device, what each field really was from how the user left it. This is the vote
 * the learning loop runs on: the values are compared here and only canonical names come out.
 *
 *   suggested ──► finalMap ──► LearningEvent.final_map (server aggregates votes)
 *                    └──────► corrections ──► FormMemory (local precedence next time)
 */
import { UNMAPPED } from '../merge/unmapped.ts';
import type { UserProfileValues } from './profile-values.ts';

/** What inferFinalMap compares: maps and values of one run, kept on the device. */
export interface InferFinalMapInput {
  /** selector → canonical the SDK filled. */
  readonly suggested: Readonly<Record<string, string>>;
  /** selector → the value the SDK put in. */
  readonly filled: Readonly<Record<string, string>>;
  /** selector → the value at the end of the run; fields no longer on the page are absent. */
  readonly final: Readonly<Record<string, string>>;
  readonly profileValues: UserProfileValues;
}

/** Canonical names only: safe to report (finalMap) and to remember (corrections). */
export interface InferFinalMapResult {
  /** selector → canonical the field turned out to be. */
  readonly finalMap: Record<string, string>;
  /** Only the selectors whose canonical changed; {@link UNMAPPED} for fields the user cleared. */
  readonly corrections: Record<string, string>;
}

function comparable(value: string): string {
  return value.trim().toLowerCase();
}

/** The one canonical whose profile value equals `value`, or undefined when none or several do. */
function uniqueCanonicalFor(value: string, profileValues: UserProfileValues): string | undefined {
  const target = comparable(value);
  const matches = Object.entries(profileValues).filter(
    ([, profileValue]) => profileValue !== undefined && comparable(profileValue) !== '' && comparable(profileValue) === target,
  );
  return matches.length === 1 ? matches[0]?.[0] : undefined;
}

/**
 * Starts from `suggested`. A field whose final value differs from what was filled:
 * - cleared (blank) → dropped from finalMap, correction UNMAPPED (if it was suggested);
 * - still equal to the suggested canonical's profile value (a case or spacing change) → unchanged;
 * - equal to exactly one profile value → that value's canonical (the vote);
 * - anything else (an edit, or a value that matches several profile fields) → unchanged, no signal.
 * A field the SDK did not fill counts as filled with ''.
 *
 * @example
 * inferFinalMap({ suggested: { '#a': 'first_name' }, filled: { '#a': 'Jane' }, final: { '#a': 'Doe' },
 *   profileValues: { first_name: 'Jane', last_name: 'Doe' } })
 * // { finalMap: { '#a': 'last_name' }, corrections: { '#a': 'last_name' } }
 */
export function inferFinalMap(input: InferFinalMapInput): InferFinalMapResult {
  const { suggested, filled, final, profileValues } = input;
  const finalMap: Record<string, string> = { ...suggested };
  const corrections: Record<string, string> = {};
  for (const [selector, finalValue] of Object.entries(final)) {
    if (finalValue === (filled[selector] ?? '')) continue;
    const suggestedCanonical = suggested[selector];
    if (comparable(finalValue) === '') {
      if (suggestedCanonical !== undefined) {
        delete finalMap[selector];
        corrections[selector] = UNMAPPED;
      }
      continue;
    }
    const suggestedValue = suggestedCanonical === undefined ? undefined : profileValues[suggestedCanonical];
    if (suggestedValue !== undefined && comparable(suggestedValue) === comparable(finalValue)) continue;
    const voted = uniqueCanonicalFor(finalValue, profileValues);
    if (voted === undefined || voted === suggestedCanonical) continue;
    finalMap[selector] = voted;
    corrections[selector] = voted;
  }
  return { finalMap, corrections };
}
