/**
 * A date picker drawn as a button that opens a calendar (shadcn's and Mantine's DatePickerInput,
 * daisyUI's Cally recipe): what makes a button one. Its driver is calendar-grid.ts.
 */
import { inDatePicker } from './picked-date.ts';

const TRIGGER = 'button, [role="button"], [role="combobox"]';

/** Words of a date picker's trigger: "Pick a date", "MM/DD/YYYY", a calendar. */
const DATE_WORDS = /\b(date|calendar|day|mm|dd|yyyy|jj|tt)\b|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/i;

/** True when an element shows or is named by a date ("Pick a date", "01/15/2027"). */
export function showsDate(element: Element): boolean {
  const texts = [
    element.textContent ?? '',
    element.getAttribute('aria-label') ?? '',
    element.getAttribute('placeholder') ?? '',
  ];
  return texts.some((text) => DATE_WORDS.test(text));
}

/**
 * True for a button that opens a calendar to pick a date from: it opens a dialog, grid or popover
 * (`aria-haspopup`, `popovertarget`) and shows a date or sits in a date picker's wrapper. An input,
 * or a trigger holding one, is typed into instead (picked-date.ts), but for a read-only one.
 */
export function isCalendarTrigger(element: Element): boolean {
  if (element.localName === 'input') return isReadOnlyPickerBox(element as HTMLInputElement);
  // Attribute checks first: scanning asks this of every element of the page.
  const popup = element.getAttribute('aria-haspopup');
  const opens = element.hasAttribute('popovertarget') || popup === 'dialog' || popup === 'grid';
  if (!opens || element.localName === 'input' || !element.matches(TRIGGER)) return false;
  if (element.matches(':disabled') || element.closest('[aria-hidden="true"],[inert]')) return false;
  // A picker whose box sits inside its trigger (Semi's DatePicker) is typed into instead.
  if (element.querySelector('input:not([type="hidden"])')) return false;
  return showsDate(element) || inDatePicker(element);
}

/**
 * A picker's box that takes no typing (Ant Design Vue's `inputReadOnly` month picker): a person
 * clicks it and picks from the panel it opens. A read-only box asking for a date that controls a
 * popup (Polaris' TextField opening a DatePicker popover) is one too, in no picker's wrapper.
 */
function isReadOnlyPickerBox(input: HTMLInputElement): boolean {
  if (!input.readOnly || input.disabled || !/^(?:text|)$/.test(input.type)) return false;
  if (input.closest('[aria-hidden="true"],[inert],[role="combobox"]')) return false;
  return inDatePicker(input) || (opensPopup(input) && showsDate(input));
}

/** True when an element says it opens something: it controls a box, or has a popup. */
const opensPopup = (element: Element): boolean =>
  element.hasAttribute('aria-controls') ||
  element.hasAttribute('aria-haspopup') ||
  element.hasAttribute('aria-expanded');
