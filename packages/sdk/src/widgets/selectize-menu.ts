/**
 * Adapter for Selectize (jQuery), which draws a select without any ARIA: its search box is an
 * `<input type="select-one">` (the type names it), the options live only in its own script and
 * show, once open, as `[data-selectable]` rows of the `.selectize-dropdown` beside the box. The
 * hidden `<select>` it leaves holds the selected option alone, so the drawn box is the field.
 */
import { isShown } from './is-shown.ts';

/** True for Selectize's search box of a single select. */
export function isSelectizeInput(element: Element): boolean {
  return element.localName === 'input' && element.getAttribute('type') === 'select-one';
}

/** The open dropdown of a Selectize box, or undefined while it is closed. */
export function selectizeMenu(input: Element): Element | undefined {
  const menu = input.closest('.selectize-control')?.querySelector('.selectize-dropdown');
  return menu && isShown(menu) ? menu : undefined;
}

/** The rows a person can pick in a Selectize dropdown. */
export function selectizeRows(menu: Element): Element[] {
  return Array.from(menu.querySelectorAll('[data-selectable]')).filter(isShown);
}
