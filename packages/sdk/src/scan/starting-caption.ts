import { normalizeText } from './element-text.ts';
import { isTextBox } from './field-element.ts';

/**
 * The caption an old page writes as the box's starting value and clears when the box is focused
 * (`value="Last Name" onfocus="if (this.value == this.defaultValue) this.value = ''"`): a
 * placeholder drawn by hand, while the box still holds it.
 */
export function startingCaption(element: Element): string {
  if (!isTextBox(element)) return '';
  const clearedOnFocus = /\bvalue\b/i.test(
    `${element.getAttribute('onfocus') ?? ''} ${element.getAttribute('onclick') ?? ''}`,
  );
  return clearedOnFocus && element.value !== '' && element.value === element.defaultValue
    ? normalizeText(element.value)
    : '';
}

/** The words a box shows inside itself until it is answered: its placeholder or its starting caption. */
export const captionInside = (element: Element): string =>
  normalizeText(element.getAttribute('placeholder') ?? '') || startingCaption(element);
