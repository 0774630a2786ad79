/**
 * A picker that opens as a dialog instead of a listbox: Ionic's select shows its options as
 * radios in a popover, an alert or an action sheet (`[role=radio]` rows in an `aria-modal` box).
 * A popover closes on the pick; an alert waits for its confirm button, as a person sees it.
 */
import { readableText } from '../scan/element-text.ts';

/** A box that opens over the page: what a dialog picker's rows live in. */
export const DIALOG = '[aria-modal="true"], [role="dialog"], [role="alertdialog"], dialog[open]';

/** The radios a dialog offers as a picker's rows; empty for a dialog that is not a picker. */
export function dialogRows(dialog: Element): Element[] {
  return dialog.matches(DIALOG) ? Array.from(dialog.querySelectorAll('[role="radio"]')) : [];
}

/** Words on the button that commits a dialog's choice (English, German, French, Spanish, Portuguese). */
const CONFIRM_TEXT = /^(?:ok|okay|done|confirm|select|apply|save|choose|fertig|übernehmen|valider|aceptar|confirmar)$/i;

/** The button that commits the choice of a picker dialog still open after the pick, if it has one. */
export function confirmButton(dialog: Element): HTMLElement | undefined {
  return Array.from(dialog.querySelectorAll<HTMLElement>('button')).find(
    (button) => !button.matches('[role="radio"], :disabled') && CONFIRM_TEXT.test(readableText(button)),
  );
}
