import { isInputElement } from './field-element.ts';

/**
 * Radio buttons or checkboxes that share `element`'s name, type and form owner, in tree order,
 * `element` included. A nameless control is a group of one.
 */
export function groupMembers(element: HTMLInputElement): HTMLInputElement[] {
  const name = element.getAttribute('name');
  if (!name) return [element];
  const root = element.getRootNode() as Document | ShadowRoot;
  return Array.from(root.querySelectorAll('input')).filter(
    (other): other is HTMLInputElement =>
      isInputElement(other) &&
      other.type === element.type &&
      other.getAttribute('name') === name &&
      other.form === element.form,
  );
}
