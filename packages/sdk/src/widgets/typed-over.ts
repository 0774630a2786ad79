/**
 * A box that puts its own value back when a script sets it (a formatting mask such as autoNumeric
 * keeps the number it parsed from the keys it heard) takes only what a person types: click in,
 * select what it holds, type the text key by key, leave.
 */
import { sameText } from '../fill/fill-field.ts';
import type { FillOutcome } from '../fill/fill-outcome.ts';
import { leaveTypedBox, press, typeKeys } from './person-events.ts';

/** Types `text` over what `input` holds; 'filled' when the box then shows it (in its own format). */
export async function typeOver(input: HTMLInputElement, text: string): Promise<FillOutcome> {
  await press(input);
  input.select();
  const wrote = await typeKeys(input, text);
  await leaveTypedBox(input, wrote);
  return sameText(input.value, text) ? 'filled' : 'did_not_stick';
}
