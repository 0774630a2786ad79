/**
 * A box that puts its own value back when a script sets it (a formatting mask such as autoNumeric
 * keeps the number it parsed from the keys it heard) takes only what a person types: click in,
 * select what it holds, type the text key by key, leave.
 */
import { dispatchBlur, dispatchChange } from '../fill/field-events.ts';
import { sameText } from '../fill/fill-field.ts';
import type { FillOutcome } from '../fill/fill-outcome.ts';
import { press, typeKeys } from './person-events.ts';
import { nextTask } from './wait-for.ts';

/** Types `text` over what `input` holds; 'filled' when the box then shows it (in its own format). */
export async function typeOver(input: HTMLInputElement, text: string): Promise<FillOutcome> {
  await press(input);
  input.select();
  const wrote = await typeKeys(input, text);
  // A browser sends `change` on leaving a box a person typed into; a mask that took every key
  // itself wrote its own value and hears none.
  if (wrote) dispatchChange(input);
  if (input.ownerDocument.activeElement === input) input.blur();
  dispatchBlur(input);
  await nextTask(input.ownerDocument);
  return sameText(input.value, text) ? 'filled' : 'did_not_stick';
}
