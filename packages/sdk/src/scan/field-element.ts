/**
 * Realm-safe type guards for form controls. `instanceof HTMLInputElement` is false for an element
 * of a same-origin iframe (another realm), so the scanner, the filler and the watcher test the tag.
 */

/**
 * Elements a person answers: native controls and custom dropdowns (for "does this part hold a
 * field?"). A hidden input is the page's, posted beside a question (Rails' question id), never answered.
 */
export const ANSWERABLE_SELECTOR = 'input:not([type="hidden" i]), select, textarea, [role="combobox"]';
/** Anything a person operates: a field, a button, a combobox or listbox (a box's help or caption stops at one). */
export const CONTROL_SELECTOR = 'input, select, textarea, button, [role="combobox"], [role="listbox"]';

/**
 * The fields in `wrapper` besides `element`: neither its own parts (a combobox's search box) nor
 * what holds it. Who shares a wrapper says whose it is (the phone's country list, an upload's list).
 */
export const fieldsBeside = (wrapper: Element, element: Element): Element[] =>
  Array.from(wrapper.querySelectorAll(ANSWERABLE_SELECTOR)).filter(
    (other) => other !== element && !element.contains(other) && !other.contains(element),
  );

/** An element the SDK can scan, fill and watch. */
export type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** True for an element of any realm (not a text node, not a shadow root). */
export function isElementNode(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

export function isInputElement(node: unknown): node is HTMLInputElement {
  return isElementNamed(node, 'input');
}

export function isSelectElement(node: unknown): node is HTMLSelectElement {
  return isElementNamed(node, 'select');
}

export function isTextAreaElement(node: unknown): node is HTMLTextAreaElement {
  return isElementNamed(node, 'textarea');
}

/** True for `input`, `select` and `textarea` elements from any realm. */
export function isFieldElement(node: unknown): node is FieldElement {
  return isInputElement(node) || isSelectElement(node) || isTextAreaElement(node);
}

/** True for `iframe` and `frame` elements from any realm. */
export function isFrameElement(node: unknown): node is HTMLIFrameElement {
  return isElementNamed(node, 'iframe') || isElementNamed(node, 'frame');
}

/** An upload box: `<input type=file>`. Other inputs stay inputs where the test fails. */
export function isFileInput(node: unknown): node is HTMLInputElement & { readonly type: 'file' } {
  return isInputElement(node) && node.type === 'file';
}

const TEXT_TYPES = /^(text|email|tel|url|search|number|)$/;

/** A box an answer is typed into: a textarea, or an input of a text type (not a date, a file or a box to tick). */
export function isTextBox(node: unknown): node is HTMLInputElement | HTMLTextAreaElement {
  return isTextAreaElement(node) || (isInputElement(node) && TEXT_TYPES.test(node.type));
}

/** Radio buttons and checkboxes: filled by checking, grouped by name. */
export function isCheckable(element: FieldElement): element is HTMLInputElement {
  return isInputElement(element) && (element.type === 'radio' || element.type === 'checkbox');
}

function isElementNamed(node: unknown, localName: string): boolean {
  return isElementNode(node) && node.localName === localName && node.namespaceURI === 'http://www.w3.org/1999/xhtml';
}
