/**
 * A box that refuses what it was given: a page that checks a value as the box is left marks it
 * `aria-invalid` (Dojo's ValidationTextBox, most form-validation libraries), often saying the shape
 * it wants only in a tooltip shown on focus. The value's other shapes are given in turn, the ones
 * people write most first, until one is taken; none taken, the first shape stays.
 */
import type { UserProfileValues } from '../edits/profile-values.ts';
import type { FieldFormat } from '../protocol/field-formats.ts';
import type { FieldElement } from '../scan/field-element.ts';
import { formatValue } from '../values/index.ts';
import { nextTask } from '../widgets/wait-for.ts';
import { fillField } from './fill-field.ts';
import type { FillOutcome } from './fill-outcome.ts';
import { readFieldValue } from './read-field-value.ts';

/** The shapes a value is tried in, for the values whose shape pages check. */
const OTHER_SHAPES: Readonly<Partial<Record<string, readonly FieldFormat[]>>> = {
  phone: ['phone_dashed', 'phone_national', 'phone_digits', 'phone_spaced', 'phone_international', 'phone_e164'],
  start_date: ['date_us', 'date_iso', 'date_eu', 'date_dot', 'date_medium', 'date_long'],
};

/** True for a canonical whose other shapes are worth trying on a box that refuses one. */
export const hasOtherShapes = (canonical: string): boolean => OTHER_SHAPES[canonical] !== undefined;

/** True when the page marks the box's value as not valid. */
export const isRefused = (element: Element): boolean => element.getAttribute('aria-invalid') === 'true';

/**
 * Once the page had its say on `typed` (a task later), gives a refused box the value's other shapes;
 * the format taken, or undefined when the page refused none or every shape.
 */
export async function reshapeRefused(
  element: FieldElement,
  canonical: string,
  values: UserProfileValues,
  typed: string,
): Promise<{ outcome: FillOutcome; format: FieldFormat } | undefined> {
  await nextTask(element.ownerDocument);
  if (!isRefused(element)) return undefined;
  for (const format of OTHER_SHAPES[canonical] ?? []) {
    const text = formatValue(canonical, format, values);
    if (text === undefined || text === typed) continue;
    fillField(element, text);
    await nextTask(element.ownerDocument);
    // Taken, perhaps rewritten the page's way (Dojo writes "01/15/2027" as "1/15/2027").
    if (!isRefused(element) && readFieldValue(element).trim() !== '') return { outcome: 'filled', format };
  }
  fillField(element, typed);
  return undefined;
}
