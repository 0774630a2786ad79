/**
 * A date typed into a date picker's box (Arco, RSuite, Vaadin) stays a draft until the person
 * confirms it: they press Enter or leave the box, and the picker parses the text into its value.
 * The fill's synthetic blur does not move the real focus, so some pickers never hear it; a
 * synthetic Enter they do hear. (An untrusted key event submits no form: it only reaches the
 * page's listeners.)
 */
import { dispatchBlur } from '../fill/field-events.ts';
import { pressKey } from './person-events.ts';

/** How many wrappers up a picker's own box may sit. */
const PICKER_DEPTH = 4;
const PICKER_CLASS = /(^|[-_\s])(date|picker|datepicker|date-picker|calendar)([-_\s]|$)/i;

/** True for a text box that belongs to a date picker: it opens one, or sits in the picker's wrapper. */
export function isPickerBox(input: HTMLInputElement): boolean {
  if (input.hasAttribute('aria-haspopup')) return true;
  let node: Element | null = input.parentElement;
  for (let depth = 0; node && depth < PICKER_DEPTH; depth += 1) {
    // A web component's box is its child or sits in its shadow root: the host is the picker (vaadin-date-picker).
    if (node.localName.includes('date') || PICKER_CLASS.test(node.getAttribute('class') ?? '')) return true;
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return false;
}

/** Confirms the date typed into a picker's box, as a person does with Enter. */
export function confirmPickedDate(input: HTMLInputElement): void {
  pressKey(input, 'Enter');
  dispatchBlur(input);
}
