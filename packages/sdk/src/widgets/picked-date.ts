/**
 * A date typed into a date picker's box (Arco, RSuite, Vaadin) stays a draft until the person
 * confirms it: they press Enter or leave the box, and the picker parses the text into its value.
 * The fill's synthetic blur does not move the real focus, so some pickers never hear it; a
 * synthetic Enter they do hear. (An untrusted key event submits no form: it only reaches the
 * page's listeners.)
 */
import type { FillOutcome } from '../fill/fill-outcome.ts';
import { leaveTypedBox, press, pressKey, typeKeys } from './person-events.ts';
import { isInputElement } from '../scan/field-element.ts';
import { hostParent } from '../scan/host-parent.ts';

/** How many wrappers up a picker's own box may sit. */
const PICKER_DEPTH = 4;
/** A date format shown as the box's value: letters or underscores between separators, no digit. */
const SHOWN_MASK = /^[^\d\s./-]+(?:[./-][^\d\s./-]+)+$/;
const PICKER_CLASS = /(^|[-_\s])(date|picker|datepicker|date-picker|calendar|flatpickr)([-_\s]|$)/i;

/**
 * True for a text box that belongs to a date picker: it opens one, is marked as one (Materialize's
 * `class="datepicker"`), or sits in the picker's wrapper.
 * The browser's own date input (Clarity's `<cds-date>` wraps one) takes its ISO value as set.
 */
export function isPickerBox(input: HTMLInputElement): boolean {
  if (input.type === 'date' || input.type === 'month' || input.type === 'datetime-local') return false;
  return (
    input.hasAttribute('aria-haspopup') ||
    PICKER_CLASS.test(input.className) ||
    inDatePicker(input) ||
    PICKER_CLASS.test(hiddenOriginal(input)?.className ?? '')
  );
}

/**
 * The hidden input a visible box stands in for, right before it: flatpickr's alt input shows the
 * date in words ("15 January 2027") while the hidden `flatpickr-input` holds what the form posts.
 */
function hiddenOriginal(input: HTMLInputElement): HTMLInputElement | undefined {
  const original = input.previousElementSibling;
  return isInputElement(original) && original.type === 'hidden' ? original : undefined;
}

/**
 * True for an element inside a date picker's wrapper (`*date*`/`*picker*` classes or Zag's
 * `data-scope="date-picker"`, `<vaadin-date-picker>`).
 */
export function inDatePicker(element: Element): boolean {
  let node: Element | null = element.parentElement;
  for (let depth = 0; node && depth < PICKER_DEPTH; depth += 1) {
    // A web component's box is its child or sits in its shadow root: the host is the picker (vaadin-date-picker).
    if (node.localName.includes('date')) return true;
    if (PICKER_CLASS.test(`${node.getAttribute('class') ?? ''} ${node.getAttribute('data-scope') ?? ''}`)) return true;
    node = hostParent(node);
  }
  return false;
}

/**
 * Types a date into a picker's box the way a person does: click into it, type, press Enter
 * (`confirm`), leave. Some pickers open their panel on the click and only then take keys (Arco
 * drops a key typed before), and some move between date segments as each key lands (RSuite).
 * Returns whether the box shows a date afterwards.
 */
export async function typePickedDate(input: HTMLInputElement, text: string, confirm = true): Promise<FillOutcome> {
  await press(input);
  // A box that shows its format once entered ("MM/dd/yyyy", "__/__/____") is a mask that places
  // the digits itself: a person types only those. Over a date already there, they select it first.
  const masked = SHOWN_MASK.test(input.value);
  if (!masked && input.value !== '') input.select();
  // A person clicks into a mask at its first part; a synthetic press leaves the caret where it
  // was (at the end), and a mask that follows the caret (KendoReact) would put every digit in the year.
  if (masked) {
    input.setSelectionRange(0, 0);
    await press(input);
  }
  const wrote = await typeKeys(input, masked ? text.replace(/\D/g, '') : text);
  if (confirm) pressKey(input, 'Enter');
  await leaveTypedBox(input, wrote);
  return input.value.trim() === '' ? 'did_not_stick' : 'filled';
}

/** Format letters of PHP-style picker options (flatpickr's `Y-m-d`, `d/m/Y`, `F j, Y`) as a reader writes them. */
const PHP_DATE_LETTERS: Readonly<Record<string, string>> = {
  Y: 'yyyy',
  m: 'mm',
  n: 'm',
  d: 'dd',
  j: 'd',
  F: 'mmmm',
  M: 'mmm',
};

/**
 * The date format a picker library declares on its box (`datepicker-format="mm/dd/yyyy"` of
 * Flowbite, `data-date-format` of bootstrap-datepicker and flatpickr), written in the letters a
 * placeholder uses; '' when none is declared. The picker parses typed text in that format only.
 */
export function declaredDateFormat(element: { attributes: ArrayLike<{ name: string; value: string }> }): string {
  const declared = Array.from(element.attributes).find((attribute) =>
    /(^|-)date(-?picker)?-?format$/i.test(attribute.name),
  );
  const format = declared?.value.trim() ?? '';
  return /^[YmndjFM](\W+[YmndjFM])+$/.test(format)
    ? format.replace(/[YmndjFM]/g, (letter) => PHP_DATE_LETTERS[letter] ?? letter)
    : format;
}
