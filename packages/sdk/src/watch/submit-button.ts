import { isInputElement } from '../scan/field-element.ts';
import { shadowHost } from '../scan/host-parent.ts';

/** The form a submit event was fired at, looking through shadow boundaries. */
export function submittedForm(event: Event): HTMLFormElement | null {
  const origin = event.composedPath()[0];
  return origin && (origin as Node).nodeType === 1 && (origin as Element).localName === 'form'
    ? (origin as HTMLFormElement)
    : null;
}

/**
 * Words of a button that ends a step of an application when the page has no `<form>` to submit
 * (Workday-style apps, component-library forms with a plain button): submit, apply, send, next,
 * continue, review, finish.
 */
const SUBMIT_WORDS =
  /^(submit|apply|send|next|continue|review|finish|complete|save and continue|save & continue|done)\b/i;

/** Longest button text read as a submit: longer text is a card or a link list, not a button. */
const MAX_BUTTON_TEXT = 40;

/** A click that tries to end the run: on a form's submit button, or on a submit-like button of a formless app. */
export interface SubmitClick {
  /** The form the button submits; null for a formless app. */
  form: HTMLFormElement | null;
}

function buttonText(element: Element): string {
  const text = element.localName === 'input' ? (element as HTMLInputElement).value : (element.textContent ?? '');
  const own = (text || element.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim();
  // A web component's button (Web Awesome's, Carbon's) draws in its shadow root the words slotted into its host.
  const host = shadowHost(element);
  return own === '' && host ? buttonText(host) : own;
}

/**
 * The submit a click stands for: `<button>` of type submit (the default) or `<input type=submit|image>`
 * with a form owner; or a plain button (`<button type=button>`, `<input type=button>`,
 * `[role=button]`, in a form or not) whose words say it submits or moves on. Looks through shadow
 * boundaries.
 */
export function submitClick(event: Event): SubmitClick | null {
  const origin = event.composedPath()[0];
  if (!origin || (origin as Node).nodeType !== 1) return null;
  const button = (origin as Element).closest('button, input, [role="button"]');
  if (!button) return null;
  let form: HTMLFormElement | null = null;
  if (button.localName === 'button') {
    const asButton = button as HTMLButtonElement;
    if (asButton.disabled) return null;
    if (asButton.form && asButton.type === 'submit') return { form: asButton.form };
    form = asButton.form;
  } else if (isInputElement(button)) {
    if (button.disabled) return null;
    if (button.form && (button.type === 'submit' || button.type === 'image')) return { form: button.form };
    if (button.type !== 'button' && button.type !== 'submit') return null;
    form = button.form;
  } else if (button.getAttribute('aria-disabled') === 'true') {
    return null;
  }
  // A plain button that says it submits or moves on: the page submits by script.
  const text = buttonText(button);
  return text.length <= MAX_BUTTON_TEXT && SUBMIT_WORDS.test(text) ? { form } : null;
}
