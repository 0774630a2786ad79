/**
 * A picker that opens as a dialog instead of a listbox: Ionic's select shows its options as
 * radios in a popover, an alert or an action sheet (`[role=radio]` rows in an `aria-modal` box).
 * A popover closes on the pick; an alert waits for its confirm button, as a person sees it.
 */
import { readableText } from '../scan/element-text.ts';

/** A box that opens over the page: what a dialog picker's rows live in. */
export const DIALOG = '[aria-modal="true"], [role="dialog"], [role="alertdialog"], dialog[open]';

/**
 * The rows a dialog offers as a picker's: its radios, or a list of rows a person can focus and that
 * hold only text (Evergreen's SelectMenu: `div tabindex=0` rows, no roles). Empty for a dialog that
 * is not a picker.
 */
export function dialogRows(dialog: Element): Element[] {
  if (!dialog.matches(DIALOG)) return [];
  const radios = Array.from(dialog.querySelectorAll('[role="radio"]'));
  if (radios.length > 0) return radios;
  const focusable = focusableRows(dialog);
  return focusable.length > 0 ? focusable : actionRows(dialog);
}

/**
 * An action sheet's rows: two or more sibling buttons that hold only text (Vant's ActionSheet
 * slides them up from the bottom), but the ones that cancel or commit the sheet.
 */
function actionRows(dialog: Element): Element[] {
  const rows = Array.from(dialog.querySelectorAll('button')).filter((button) => {
    const text = readableText(button);
    return text !== '' && !CONFIRM_TEXT.test(text) && !CANCEL_TEXT.test(text) && button.children.length <= 3;
  });
  const parent = rows[0]?.parentElement;
  return rows.length >= 2 && rows.every((row) => row.parentElement === parent) ? rows : [];
}

/** Siblings with `tabindex="0"` and text only, two or more under one parent. */
function focusableRows(dialog: Element): Element[] {
  const rows = Array.from(dialog.querySelectorAll('[tabindex="0"]')).filter(
    (row) =>
      row.localName !== 'button' &&
      row.querySelector('input, button, select, textarea') === null &&
      readableText(row) !== '',
  );
  const parent = rows[0]?.parentElement;
  return rows.length >= 2 && rows.every((row) => row.parentElement === parent) ? rows : [];
}

/** Words on the button that closes a sheet without a pick. */
const CANCEL_TEXT = /^(?:cancel|close|abbrechen|annuler|cancelar|annulla|取消)$/i;

/** Words on the button that commits a dialog's choice (English, German, French, Spanish, Portuguese). */
const CONFIRM_TEXT = /^(?:ok|okay|done|confirm|select|apply|save|choose|fertig|übernehmen|valider|aceptar|confirmar)$/i;

/** The button that commits the choice of a picker dialog still open after the pick, if it has one. */
export function confirmButton(dialog: Element): HTMLElement | undefined {
  return Array.from(dialog.querySelectorAll<HTMLElement>('button')).find(
    (button) => !button.matches('[role="radio"], :disabled') && CONFIRM_TEXT.test(readableText(button)),
  );
}
