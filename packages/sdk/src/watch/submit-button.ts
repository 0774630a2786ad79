import { isInputElement } from '../scan/field-element.ts';

/** The form a submit event was fired at, looking through shadow boundaries. */
export function submittedForm(event: Event): HTMLFormElement | null {
  const origin = event.composedPath()[0];
  return origin && (origin as Node).nodeType === 1 && (origin as Element).localName === 'form' ? (origin as HTMLFormElement) : null;
}

/**
 * The submit button a click landed on, if it submits a form: `<button>` of type submit (the
 * default) or `<input type=submit|image>`, with a form owner. Looks through shadow boundaries via
 * the composed path.
 */
export function clickedSubmitButton(event: Event): HTMLButtonElement | HTMLInputElement | null {
  const origin = event.composedPath()[0];
  if (!origin || (origin as Node).nodeType !== 1) return null;
  const button = (origin as Element).closest('button, input');
  if (!button) return null;
  if (button.localName === 'button') {
    const asButton = button as HTMLButtonElement;
    return asButton.type === 'submit' && asButton.form && !asButton.disabled ? asButton : null;
  }
  return isInputElement(button) && (button.type === 'submit' || button.type === 'image') && button.form && !button.disabled
    ? button
    : null;
}
