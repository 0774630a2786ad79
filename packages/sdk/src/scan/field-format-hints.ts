/**
 * What an input says about the format it wants, read once at scan time: maxlength, pattern,
 * inputmode and a fixed add-on right before it ("https://", "+1", "@").
 */
import { readableText } from './element-text.ts';

/**
 * Add-ons that change what the field wants: a scheme, a dial code, a fixed site before a handle
 * ("linkedin.com/in/"). Other text is a label.
 */
const ADDON =
  /^(https?:\/\/(www\.)?|www\.|\+(\d{1,4})?|(https?:\/\/)?(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}\/([\w-]+\/)*)$/i;

/**
 * The add-on a text is ("https://", "+1", "linkedin.com/in/": what the box holds, not what it
 * asks), or undefined for a label. A country's flag drawn beside its dial code ("🇺🇸 +1") says
 * the same as the code.
 */
function addOnOf(text: string): string | undefined {
  const bare = text.replace(/[\u{1F1E6}-\u{1F1FF}]/gu, '').trim();
  return ADDON.test(bare) ? bare : undefined;
}

/** True for an add-on's text: see {@link addOnOf}. */
export const isAddOnText = (text: string): boolean => addOnOf(text) !== undefined;

/** How many wrappers up an add-on may sit (`<div class=group><span>+1</span><div><div><div><input>`, Naive UI). */
const ADDON_MAX_DEPTH = 4;

/**
 * The add-on text right before `element`, or '' when there is none. A floating label drawn between
 * the add-on and the box (Quasar's `q-field__label`) is looked past.
 */
export function fieldPrefix(element: Element): string {
  const drawnBefore = addOnDrawnBefore(element);
  if (drawnBefore !== '') return drawnBefore;
  const ownName = (element.getAttribute('aria-label') ?? '').trim();
  let node: Element | null = element;
  for (let depth = 0; node && depth < ADDON_MAX_DEPTH; depth += 1) {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      const text = readableText(sibling, 40);
      if (text === '' || (ownName !== '' && text === ownName)) continue;
      return addOnOf(text) ?? chosenAddOn(element);
    }
    node = node.parentElement;
  }
  return chosenAddOn(element);
}

/**
 * An add-on written after the box but drawn before it: Radix Themes' `TextField.Slot` follows the
 * input in the markup, and CSS `order` puts a left slot ("+1", "https://") before it.
 */
function addOnDrawnBefore(element: Element): string {
  const box = element.getBoundingClientRect();
  for (let sibling = element.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
    const drawn = sibling.getBoundingClientRect();
    if (drawn.width === 0 || drawn.right > box.left + 1 || drawn.bottom <= box.top || drawn.top >= box.bottom) continue;
    const addOn = addOnOf(readableText(sibling, 40));
    if (addOn !== undefined) return addOn;
  }
  return '';
}

/**
 * An add-on picked in a select before the box, in the same input group: a scheme ("https://" of
 * Clarity's URL protocol select) or a dial code. Labels in between are looked past.
 */
function chosenAddOn(element: Element): string {
  let node: Element | null = element;
  for (let depth = 0; node && depth < ADDON_MAX_DEPTH; depth += 1, node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (sibling.localName === 'label') continue;
      const select = sibling.localName === 'select' ? sibling : sibling.querySelector('select');
      const chosen = (select as HTMLSelectElement | null)?.selectedOptions[0]?.text.trim() ?? '';
      if (chosen !== '') return isAddOnText(chosen) ? chosen : '';
      return pickedDialCode(sibling);
    }
  }
  return '';
}

/**
 * The dial code a combobox before the box shows once picked ("Country [United States +1]",
 * Greenhouse's phone picker as react-select): the number after it is the national one.
 */
function pickedDialCode(wrapper: Element): string {
  if (!wrapper.querySelector('[role="combobox"]')) return '';
  return /(?:^|\s)(\+\d{1,4})\)?$/.exec(readableText(wrapper, 80))?.[1] ?? '';
}

/** maxlength, pattern and inputmode of a control (neutral values for anything else). */
export function formatAttributes(element: Element): { maxLength: number; pattern: string; inputMode: string } {
  const maxLength = Number.parseInt(element.getAttribute('maxlength') ?? '', 10);
  return {
    maxLength: Number.isFinite(maxLength) && maxLength > 0 ? maxLength : -1,
    pattern: element.getAttribute('pattern') ?? '',
    inputMode: (element.getAttribute('inputmode') ?? '').toLowerCase(),
  };
}
