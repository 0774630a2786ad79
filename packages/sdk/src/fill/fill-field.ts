import { type FieldElement, isCheckable, isFieldElement, isInputElement, isSelectElement } from '../scan/field-element.ts';
import { fieldLabel } from '../scan/field-label.ts';
import { groupMembers } from '../scan/group-members.ts';
import { dispatchBlur, dispatchFocus, dispatchInputAndChange } from './field-events.ts';
import type { FillOutcome } from './fill-outcome.ts';
import { isTruthyWord, matchChoice } from './match-choice.ts';
import { setNativeProperty } from './native-setter.ts';

const BUTTON_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

/**
 * Fills one field the way a user's edit would look to React, Vue and plain listeners: native
 * setter, then bubbling `input` and `change` (between synthetic focus and blur). Selects match by
 * option value or visible text; a lone checkbox takes yes/true/1; a radio or checkbox group picks
 * the member by value or label. Reads the field back afterwards, because a controlled component
 * may put its own value back.
 *
 * @example
 * fillField(document.querySelector('input[name="email"]')!, 'ada@example.com'); // 'filled'
 */
export function fillField(element: FieldElement, value: string): FillOutcome {
  if (!isFieldElement(element)) return 'not_fillable';
  if (isInputElement(element) && element.type === 'file') return 'skipped_file';
  if (element.disabled || (isInputElement(element) && BUTTON_INPUT_TYPES.has(element.type))) return 'not_fillable';
  if (isSelectElement(element)) return fillSelect(element, value);
  if (isCheckable(element)) return fillCheckable(element, value);
  if (element.readOnly) return 'not_fillable';
  return fillText(element, value);
}

function fillText(element: HTMLInputElement | HTMLTextAreaElement, value: string): FillOutcome {
  dispatchFocus(element);
  setNativeProperty(element, 'value', value);
  dispatchInputAndChange(element);
  dispatchBlur(element);
  return sameText(element.value, value) ? 'filled' : 'did_not_stick';
}

function fillSelect(select: HTMLSelectElement, value: string): FillOutcome {
  const options = Array.from(select.options);
  const index = matchChoice(options.map((option) => ({ value: option.value, text: option.text })), value);
  if (index < 0) return 'no_matching_option';
  dispatchFocus(select);
  // selectedIndex, not value: two options may share a value and the text match picked one.
  setNativeProperty(select, 'selectedIndex', index);
  dispatchInputAndChange(select);
  dispatchBlur(select);
  return select.selectedIndex === index ? 'filled' : 'did_not_stick';
}

function fillCheckable(element: HTMLInputElement, value: string): FillOutcome {
  const members = groupMembers(element).filter((member) => !member.disabled);
  if (element.type === 'checkbox' && members.length <= 1) {
    return setChecked(element, isTruthyWord(value)) ? 'filled' : 'did_not_stick';
  }
  const choices = members.map((member) => ({ value: member.value, text: fieldLabel(member) }));
  const wanted = element.type === 'radio' ? [value] : value.split(',');
  const picked = new Set(wanted.map((item) => matchChoice(choices, item)).filter((index) => index >= 0));
  if (picked.size === 0) return 'no_matching_option';
  // Radios: only the picked one is clicked, the browser unchecks the rest.
  const targets = element.type === 'radio' ? members.filter((_, index) => picked.has(index)) : members;
  const results = targets.map((member) => setChecked(member, picked.has(members.indexOf(member))));
  return results.every(Boolean) ? 'filled' : 'did_not_stick';
}

/** Checks or unchecks by a real click (what React listens to), with a native-setter fallback. */
function setChecked(element: HTMLInputElement, checked: boolean): boolean {
  if (element.checked === checked) return true;
  dispatchFocus(element);
  element.click();
  if (element.checked !== checked) {
    setNativeProperty(element, 'checked', checked);
    dispatchInputAndChange(element);
  }
  dispatchBlur(element);
  return element.checked === checked;
}

/** Equal, or equal in letters and digits: an input mask may reformat `5551234` as `555-1234`. */
function sameText(actual: string, wanted: string): boolean {
  if (actual === wanted) return true;
  const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return key(wanted) !== '' && key(actual) === key(wanted);
}
