/**
 * Infers, on the device, what each field really was from how the user left it. This is the vote
 * the learning loop runs on: the values are compared here and only canonical names (and format
 * ids) come out.
 *
 *   suggested ──► finalMap ──► LearningEvent.final_map (server aggregates votes)
 *                    ├──────► corrections ──► FormMemory (local precedence next time)
 *                    └──────► formats ──► LearningEvent.field_formats
 */
import { canonicalForChoice, resolveChoice } from '../choice/index.ts';
import type { Choice } from '../fill/match-choice.ts';
import { LEAVE_ALONE } from '../heuristics/canonical-fields.ts';
import type { FieldFormat } from '../protocol/field-formats.ts';
import { detectFormat, formatsOf } from '../values/index.ts';
import type { UserProfileValues } from './profile-values.ts';
import { resembles } from './resembles.ts';

/** What inferFinalMap compares: maps and values of one run, kept on the device. */
export interface InferFinalMapInput {
  /** selector → canonical the SDK filled. */
  readonly suggested: Readonly<Record<string, string>>;
  /** selector → the value the SDK put in. */
  readonly filled: Readonly<Record<string, string>>;
  /** selector → the value at the end of the run; fields no longer on the page are absent. */
  readonly final: Readonly<Record<string, string>>;
  /** selector → the option a choice control shows at the end (selects, radio groups, dropdowns). */
  readonly finalChoices?: Readonly<Record<string, Choice>>;
  /** selector → the format the SDK filled a text field in. */
  readonly filledFormats?: Readonly<Record<string, string>>;
  readonly profileValues: UserProfileValues;
  /**
   * Selectors of fields asking where the person comes from (nationality, citizenship, birthplace)
   * or which of the employer's offices they would work at: the user's place matching there is
   * chance, so it votes for no place canonical.
   */
  readonly chancePlaces?: ReadonlySet<string>;
}

/** The canonicals of where the person lives: what an answer about their origin or office often repeats. */
const PLACES: ReadonlySet<string> = new Set(['country', 'city', 'region', 'location']);

/** Canonical names and format ids only: safe to report (finalMap, formats) and to remember (corrections). */
export interface InferFinalMapResult {
  /** selector → canonical the field turned out to be; {@link LEAVE_ALONE} for fields to leave alone. */
  readonly finalMap: Record<string, string>;
  /** Only the selectors whose canonical changed. */
  readonly corrections: Record<string, string>;
  /** selector → the format the field's final text shows its canonical's value in. */
  readonly formats: Record<string, FieldFormat>;
}

function comparable(value: string): string {
  return value.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** True when `text` is `canonical`'s value as written or in one of its formats. */
function showsValue(text: string, canonical: string, values: UserProfileValues): boolean {
  const value = values[canonical];
  if (value === undefined || comparable(value) === '') return false;
  const target = comparable(text);
  if (comparable(value) === target) return true;
  for (const shown of formatsOf(canonical, values).values()) if (comparable(shown) === target) return true;
  return false;
}

/** The canonicals whose value (in any format) equals `text`. */
function canonicalsShowing(text: string, values: UserProfileValues): string[] {
  if (!isDistinctive(text)) return [];
  return Object.keys(values).filter((canonical) => showsValue(text, canonical, values));
}

/**
 * Text that can only be typed as one of the user's values. A small number or a yes/no answer is
 * what a person types into many questions ("years with SQL?" "7"): it matching a value of theirs
 * ("7" years of experience) says nothing about what the field asks.
 */
function isDistinctive(text: string): boolean {
  const value = comparable(text);
  return value.length >= 2 && !/^\d{1,3}$/.test(value) && !/^(yes|no|y|n|true|false)$/.test(value);
}

/**
 * Starts from `suggested`. A field whose final value differs from what was filled:
 * - cleared (blank) → LEAVE_ALONE, if the SDK had filled it;
 * - a choice control showing an option → the canonical whose value that option means (the choice
 *   resolver, backwards); an option meaning none of the user's values → LEAVE_ALONE if filled;
 * - text still showing the suggested canonical's value (any case, spacing or format) → unchanged;
 * - text equal to exactly one of the user's values (in any format) → that value's canonical, when
 *   the text is distinctive (not a small number or a yes/no that many questions are answered with);
 * - text that is none of the user's values and no edit of what was filled → LEAVE_ALONE if filled;
 * - anything else (an edit) → unchanged, no signal.
 * A field the SDK did not fill counts as filled with ''.
 *
 * @example
 * inferFinalMap({ suggested: { '#a': 'first_name' }, filled: { '#a': 'Jane' }, final: { '#a': 'Doe' },
 *   profileValues: { first_name: 'Jane', last_name: 'Doe' } })
 * // { finalMap: { '#a': 'last_name' }, corrections: { '#a': 'last_name' }, formats: {} }
 */
export function inferFinalMap(input: InferFinalMapInput): InferFinalMapResult {
  const { suggested, filled, final, profileValues: values } = input;
  const finalMap: Record<string, string> = { ...suggested };
  const corrections: Record<string, string> = {};
  const formats: Record<string, FieldFormat> = {};
  const votable = (selector: string, canonical: string | undefined): canonical is string =>
    canonical !== undefined && !(PLACES.has(canonical) && input.chancePlaces?.has(selector) === true);
  const decide = (selector: string, canonical: string) => {
    finalMap[selector] = canonical;
    if (canonical !== suggested[selector]) corrections[selector] = canonical;
  };
  for (const [selector, finalValue] of Object.entries(final)) {
    const suggestedCanonical = suggested[selector];
    if (finalValue === (filled[selector] ?? '')) {
      if (suggestedCanonical === undefined) continue;
      const format =
        (input.filledFormats?.[selector] as FieldFormat | undefined) ??
        detectFormat(suggestedCanonical, finalValue, values);
      if (format !== undefined) formats[selector] = format;
      continue;
    }
    if (comparable(finalValue) === '') {
      if (suggestedCanonical !== undefined) decide(selector, LEAVE_ALONE);
      continue;
    }
    const choice = input.finalChoices?.[selector];
    if (choice !== undefined) {
      // A date picker drawn as a combobox shows the day it took in its own words ("January 15, 2027"
      // for a typed 01/15/2027): text showing the suggested value confirms it, as in a text box. Its
      // display is no format to type, so none is learned from it.
      if (suggestedCanonical !== undefined && showsValue(choice.text, suggestedCanonical, values)) continue;
      const value = suggestedCanonical === undefined ? undefined : values[suggestedCanonical];
      if (
        suggestedCanonical !== undefined &&
        value !== undefined &&
        resolveChoice([choice], suggestedCanonical, value, values) === 0
      )
        continue;
      const voted = canonicalForChoice(choice, values);
      if (votable(selector, voted)) decide(selector, voted);
      else if (voted === undefined && suggestedCanonical !== undefined) decide(selector, LEAVE_ALONE);
      continue;
    }
    if (suggestedCanonical !== undefined && showsValue(finalValue, suggestedCanonical, values)) {
      const format = detectFormat(suggestedCanonical, finalValue, values);
      if (format !== undefined) formats[selector] = format;
      continue;
    }
    const shown = canonicalsShowing(finalValue, values);
    const voted = shown.length === 1 ? shown[0] : undefined;
    if (votable(selector, voted)) {
      decide(selector, voted);
      const format = detectFormat(voted, finalValue, values);
      if (format !== undefined) formats[selector] = format;
    } else if (
      suggestedCanonical !== undefined &&
      shown.length === 0 &&
      !resembles(finalValue, filled[selector] ?? '')
    ) {
      decide(selector, LEAVE_ALONE);
    }
  }
  return { finalMap, corrections, formats };
}
