/**
 * The events a user's edit produces, in order, dispatched from the element's own realm so that
 * frameworks inside same-origin frames accept them. Focus events are synthetic: the SDK never moves
 * the user's real focus.
 */
export function dispatchFocus(element: Element): void {
  const view = realmOf(element);
  element.dispatchEvent(new view.FocusEvent('focus', { bubbles: false }));
  element.dispatchEvent(new view.FocusEvent('focusin', { bubbles: true }));
}

/** `input` then `change`, both bubbling and composed (so listeners outside a shadow root hear them). */
export function dispatchInputAndChange(element: Element): void {
  const view = realmOf(element);
  element.dispatchEvent(new view.Event('input', { bubbles: true, composed: true }));
  element.dispatchEvent(new view.Event('change', { bubbles: true }));
}

/** `change` alone: what a browser sends when a box typed into loses the focus. */
export function dispatchChange(element: Element): void {
  element.dispatchEvent(new (realmOf(element).Event)('change', { bubbles: true }));
}

/**
 * Asks a library that draws over a select to redraw from it. Select2 and bootstrap-select listen
 * to `change`; Chosen only to its own `chosen:updated`, which jQuery binds as a plain DOM listener.
 */
export function dispatchSelectRedraw(select: HTMLSelectElement): void {
  select.dispatchEvent(new (realmOf(select).Event)('chosen:updated'));
}

export function dispatchBlur(element: Element): void {
  const view = realmOf(element);
  element.dispatchEvent(new view.FocusEvent('blur', { bubbles: false }));
  element.dispatchEvent(new view.FocusEvent('focusout', { bubbles: true }));
}

/**
 * Leaves the box once more after the page has run its queued render: a box that commits on
 * leaving but compares with the value its framework last drew (Arco Vue's number box, whose inner
 * box hears the typed value only when Vue re-renders, a microtask later) took nothing from the
 * blur that came with the edit.
 */
export async function leaveAfterRender(element: Element): Promise<void> {
  await Promise.resolve();
  dispatchBlur(element);
}

function realmOf(element: Element): Window & typeof globalThis {
  return (element.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
}
