import { isCalendarTrigger, showsDate } from './calendar-trigger.ts';
import { isDrawnDropdown } from './drawn-dropdown.ts';
import { inDatePicker } from './picked-date.ts';
import { referencedElements } from './referenced-elements.ts';
import { isSelectizeInput } from './selectize-menu.ts';
import { shadowHost } from '../scan/host-parent.ts';

const COMBOBOX = '[role="combobox"]';

/**
 * True for an element a person operates as a custom single-choice dropdown: any `[role=combobox]`
 * (an input or not) but a date picker's, an element with `aria-haspopup="listbox"` (a button, a
 * div), a listbox that opens and closes (`[role=listbox][aria-expanded]`), and a flag
 * button like intl-tel-input's, whose `aria-haspopup="true"` or `"dialog"` controls a box holding a
 * listbox (a menu button's `aria-haspopup="true"` controls a menu, and is no widget), and a box
 * of a dropdown drawn without ARIA (drawn-dropdown.ts).
 * False for a native `<select>` (filled as a field), for hidden inputs, and for anything a person
 * cannot reach: inside `aria-hidden="true"` or `inert`, disabled or `aria-disabled`. Library mirror
 * inputs (MUI's `.MuiSelect-nativeInput`) are aria-hidden and have no role, so they are not widgets.
 */
export function isChoiceWidget(element: Element): boolean {
  if (isSelectizeInput(element)) return !element.matches(':disabled');
  const popup = element.getAttribute('aria-haspopup');
  // A combobox whose popup is a grid is a date picker, and so is one opening a dialog that shows a
  // date, or one that names no popup in a date picker's wrapper and shows a date (Kendo's
  // DatePicker box): a person types the date. One opening a dialog to pick from a list (shadcn's
  // combobox: a command menu in a popover) is a choice.
  const combobox =
    element.matches(COMBOBOX) &&
    popup !== 'grid' &&
    (popup !== 'dialog' || !(showsDate(element) || inDatePicker(element))) &&
    (popup !== null || !(showsDate(element) && inDatePicker(element)));
  // Attribute checks first: scanning asks this of every element of the page.
  // A button opening a dialog is a choice when the dialog holds a list (intl-tel-input's country
  // picker: a search box over a listbox); a date picker's dialog holds a grid.
  const toggle = isLabelledToggle(element);
  // Vant's `is-link` field: a `role="button"` cell that names no popup and slides up an action sheet.
  const sheetCell = popup === null && element.getAttribute('role') === 'button';
  const aria =
    combobox ||
    toggle ||
    popup === 'listbox' ||
    popup === 'true' ||
    popup === 'dialog' ||
    isCollapsibleListbox(element) ||
    (sheetCell && readOnlyBox(element) !== null);
  // A box with nothing of ARIA may be a dropdown drawn without it (drawn-dropdown.ts).
  const drawn = !aria && isDrawnDropdown(element);
  if (!aria && !drawn) return false;
  // A button opening a calendar is picked from, not chosen in (calendar-grid.ts).
  if (toggle && isCalendarTrigger(element)) return false;
  if (
    element.localName === 'select' ||
    (element.localName === 'input' && (element as HTMLInputElement).type === 'hidden')
  )
    return false;
  if (element.closest('[aria-hidden="true"],[inert],[aria-disabled="true"]') || element.matches(':disabled'))
    return false;
  if (
    combobox ||
    toggle ||
    drawn ||
    popup === 'listbox' ||
    isCollapsibleListbox(element) ||
    hostHoldsOptions(element) ||
    holdsReadOnlyBox(element, popup === 'dialog' || popup === 'true' || sheetCell)
  )
    return true;
  return ['aria-controls', 'aria-owns'].some((attribute) =>
    referencedElements(element, attribute).some(
      (target) => target.matches('[role="listbox"]') || target.querySelector('[role="listbox"]') !== null,
    ),
  );
}

/**
 * A button a form's label names that opens something (PatternFly's MenuToggle: only
 * `aria-expanded`; Evergreen's SelectMenu: `aria-haspopup="true"` and a popover list; Primer's
 * ActionMenu: labelled by the field's label element), or that sits right before the listbox it
 * opens: the label or the list makes it a field's control, not a menu button, which names itself.
 */
function isLabelledToggle(element: Element): boolean {
  if (element.localName !== 'button') return false;
  if (!element.hasAttribute('aria-expanded') && !element.hasAttribute('aria-haspopup')) return false;
  if ((element as HTMLButtonElement).labels.length > 0 || followsLooseLabel(element)) return true;
  // A toggle right before the listbox it opens (Preline's select) is that list's button.
  if (element.nextElementSibling?.matches('[role="listbox"]')) return true;
  return referencedElements(element, 'aria-labelledby').some((label) => label !== element);
}

/**
 * A `<label>` that names no control, right before the button or first in the box before it: the
 * field's caption drawn without `for` (Evergreen's FormField around a SelectMenu). A menu button in a
 * toolbar follows no label.
 */
function followsLooseLabel(element: Element): boolean {
  const before = element.previousElementSibling;
  const label = (before?.localName === 'label' ? before : before?.querySelector(':scope > label:first-child')) as
    HTMLLabelElement | null | undefined;
  return !!label && label.htmlFor === '' && label.control === null;
}

/** The read-only text box a popup button draws its pick in (Grommet's Select, maz-ui's MazSelect), or null. */
export const readOnlyBox = (widget: Element): HTMLInputElement | null =>
  widget.querySelector<HTMLInputElement>('input[readonly]:not([type="hidden"])');

/**
 * A popup trigger wrapped around a read-only text box that shows the pick (maz-ui's MazSelect: a
 * `role="button"` opening a dialog of option buttons, drawn only while open; Vant's `is-link`
 * field: a `role="button"` cell that names no popup and slides up an action sheet): a select,
 * unless the box shows a date or sits in a date picker.
 */
function holdsReadOnlyBox(element: Element, opensPopup: boolean): boolean {
  if (!opensPopup) return false;
  const box = readOnlyBox(element);
  return (
    box !== null && !showsDate(element) && !showsDate(box) && !inDatePicker(element) && !isCalendarTrigger(element)
  );
}

/**
 * A popup button drawn in a web component's shadow root whose host holds the options as its own
 * children (Ionic's `<ion-select>`: a `<button aria-haspopup="dialog">` over `<ion-select-option
 * role="option">` children, shown in a popover, an alert or a sheet only once opened).
 */
export function hostHoldsOptions(element: Element): boolean {
  return shadowHost(element)?.querySelector(':scope > [role="option"]') != null;
}

/** A listbox that opens and closes (Google Forms' dropdown): `aria-expanded` says it has a shut state. */
export function isCollapsibleListbox(element: Element): boolean {
  return element.getAttribute('role') === 'listbox' && element.hasAttribute('aria-expanded');
}

/**
 * The element to report and re-find for a widget: the combobox itself. A popup button kept out of
 * the tab order beside a combobox input (Headless UI's ComboboxButton) is the same widget as the
 * input, so it maps to the one combobox of its parent; anything else maps to itself.
 */
export function widgetElement(element: Element): Element {
  if (element.matches(COMBOBOX) || element.getAttribute('tabindex') !== '-1') return element;
  const comboboxes = element.parentElement?.querySelectorAll(COMBOBOX) ?? [];
  return comboboxes.length === 1 && isChoiceWidget(comboboxes[0] as Element) ? (comboboxes[0] as Element) : element;
}

/**
 * The box a person types into for a combobox: the combobox itself when it is an input, or the one
 * text input a wrapper combobox owns (the ARIA 1.1 pattern: `<div role="combobox">` around its
 * textbox, as Gestalt draws it; Naive UI's filterable select draws one in its box without ARIA).
 */
export function comboboxTextBox(widget: Element): HTMLInputElement | undefined {
  if (widget.localName === 'input') return widget as HTMLInputElement;
  if (!widget.matches(COMBOBOX) && !isDrawnDropdown(widget)) return undefined;
  const boxes = Array.from(widget.querySelectorAll<HTMLInputElement>('input:not([type="hidden"])')).filter(
    (box) => !isDecoration(box),
  );
  return boxes.length === 1 ? boxes[0] : undefined;
}

/** An input drawn as a part of the box, not a box (Dojo draws its arrow and validation icon as read-only inputs). */
const isDecoration = (box: HTMLInputElement): boolean =>
  box.getAttribute('aria-hidden') === 'true' ||
  /^(presentation|none|button)\b/.test(box.getAttribute('role') ?? '') ||
  (box.readOnly && box.tabIndex < 0);
