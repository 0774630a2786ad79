import type { UserProfileValues } from '../edits/index.ts';
import type { ScannedField } from '../scan/scan-form.ts';
import { fillField } from './fill-field.ts';
import type { FillOutcome } from './fill-outcome.ts';
import { readFieldValue } from './read-field-value.ts';

/** What a fill did: per field outcome, the values as they now stand, and the time it took. */
export interface FillFormResult {
  /** Value of each field whose outcome is `filled`, read back after the page's handlers ran. */
  filled: Record<string, string>;
  /** Outcome of every field that had a canonical name and a value to fill. */
  outcomes: Record<string, FillOutcome>;
  /** Wall time of the fill, in whole milliseconds of `clock`. */
  fillMs: number;
}

/**
 * Fills every scanned field that `map` names and `values` has a non-empty value for. Never throws
 * into the page: a field whose fill throws counts as `not_fillable`.
 *
 * @param map selector → canonical name (the merged effective map)
 * @param values canonical name → the user's value (kept on device)
 * @param clock monotonic milliseconds @default performance.now
 */
export function fillForm(
  fields: readonly ScannedField[],
  map: Readonly<Record<string, string>>,
  values: UserProfileValues,
  clock: () => number = () => performance.now(),
): FillFormResult {
  const started = clock();
  const filled: Record<string, string> = {};
  const outcomes: Record<string, FillOutcome> = {};
  for (const { descriptor, element } of fields) {
    const canonical = map[descriptor.selector];
    const value = canonical === undefined ? undefined : values[canonical];
    if (value === undefined || value === '') continue;
    const outcome = fillSafely(element, value);
    outcomes[descriptor.selector] = outcome;
    if (outcome === 'filled') filled[descriptor.selector] = readFieldValue(element);
  }
  return { filled, outcomes, fillMs: Math.max(0, Math.round(clock() - started)) };
}

function fillSafely(element: ScannedField['element'], value: string): FillOutcome {
  try {
    return fillField(element, value);
  } catch {
    return 'not_fillable';
  }
}
