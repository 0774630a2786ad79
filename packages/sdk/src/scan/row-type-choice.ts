/**
 * A links list often pairs each box with a picker saying what it holds: a row of "Link type"
 * [LinkedIn ▾] and "URL" [https://…]. The box's own label names no site; the picker's choice does.
 */
import { readWidgetValue } from '../widgets/read-widget-value.ts';
import { normalizeText } from './element-text.ts';
import { ANSWERABLE_SELECTOR, isFileInput, isInputElement, isSelectElement } from './field-element.ts';
import { ariaLabel, fieldLabel } from './field-label.ts';

/** A picker that says what kind of thing the box beside it holds ("Link type", "Website", "Platform"). */
const TYPE_PICKER_LABEL = /\b(type|kind|site|website|platform|network|service)\b/i;
/** Most levels climbed to find the row holding the box and its picker. */
const MAX_ROW_DEPTH = 4;

/** The choice a row's type picker shows beside `element`, `''` when the row has none. */
export function rowTypeChoice(element: Element): string {
  let row = element.parentElement;
  for (let depth = 0; row && depth < MAX_ROW_DEPTH; depth += 1, row = row.parentElement) {
    const others = answerables(row).filter((other) => other !== element);
    if (others.length === 0) continue;
    // The row is the box and one picker, and for an upload at most one box more (an attachment's
    // description beside its type and file: PeopleSoft's attachments table); any more makes it a
    // part of the form, not a row.
    const pickers = others.filter(isPicker);
    const room = isFileInput(element) ? 2 : 1;
    const picker = pickers.length === 1 && others.length <= room ? pickers[0] : undefined;
    if (!picker || !TYPE_PICKER_LABEL.test(pickerLabel(picker))) return '';
    return shownChoice(picker);
  }
  return '';
}

/** The row's controls a person uses: a library's hidden mirror input is none. */
const answerables = (row: Element): Element[] =>
  Array.from(row.querySelectorAll(ANSWERABLE_SELECTOR)).filter(
    (control) =>
      !(isInputElement(control) && (control.type === 'hidden' || control.getAttribute('aria-hidden') === 'true')),
  );

const isPicker = (element: Element): boolean => isSelectElement(element) || element.getAttribute('role') === 'combobox';

function pickerLabel(picker: Element): string {
  return isSelectElement(picker) ? fieldLabel(picker) : ariaLabel(picker);
}

function shownChoice(picker: Element): string {
  if (!isSelectElement(picker)) return readWidgetValue(picker);
  const option = picker.selectedOptions[0];
  return option && option.value !== '' ? normalizeText(option.text) : '';
}
