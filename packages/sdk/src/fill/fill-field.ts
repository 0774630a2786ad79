import { drawnTwin, shownChecked } from '../scan/drawn-twin.ts';
import {
  type FieldElement,
  isCheckable,
  isFieldElement,
  isFileInput,
  isInputElement,
  isSelectElement,
} from '../scan/field-element.ts';
import { choiceLabel } from '../scan/field-label.ts';
import { groupMembers } from '../scan/group-members.ts';
import { dispatchBlur, dispatchFocus, dispatchInputAndChange, dispatchSelectRedraw } from './field-events.ts';
import type { FillOutcome } from './fill-outcome.ts';
import { isCheckWord, isTruthyWord, matchChoice, type Choice } from './match-choice.ts';
import { setNativeProperty } from './native-setter.ts';

const BUTTON_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

/**
 * Picks the options a value means: one index for a select or radio group, several for a checkbox
 * group; -1 / [] when none is a confident match. The default matches value or text exactly.
 */
export interface ChoicePicker {
  one(choices: readonly Choice[], value: string): number;
  many(choices: readonly Choice[], value: string): number[];
}

const defaultPicker: ChoicePicker = {
  one: matchChoice,
  many: (choices, value) => [
    ...new Set(
      value
        .split(',')
        .map((item) => matchChoice(choices, item))
        .filter((index) => index >= 0),
    ),
  ],
};

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
export function fillField(element: FieldElement, value: string, pick: ChoicePicker = defaultPicker): FillOutcome {
  if (!isFieldElement(element)) return 'not_fillable';
  if (isFileInput(element)) return 'skipped_file';
  if (element.disabled || (isInputElement(element) && BUTTON_INPUT_TYPES.has(element.type))) return 'not_fillable';
  if (isSelectElement(element)) return fillSelect(element, value, pick);
  if (isCheckable(element)) return fillCheckable(element, value, pick);
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

function fillSelect(select: HTMLSelectElement, value: string, pick: ChoicePicker): FillOutcome {
  const options = Array.from(select.options);
  const index = pick.one(
    options.map((option) => ({ value: option.value, text: option.text })),
    value,
  );
  if (index < 0) return 'no_matching_option';
  dispatchFocus(select);
  // selectedIndex, not value: two options may share a value and the text match picked one.
  setNativeProperty(select, 'selectedIndex', index);
  dispatchInputAndChange(select);
  dispatchSelectRedraw(select);
  dispatchBlur(select);
  return select.selectedIndex === index ? 'filled' : 'did_not_stick';
}

function fillCheckable(element: HTMLInputElement, value: string, pick: ChoicePicker): FillOutcome {
  const members = groupMembers(element).filter((member) => !member.disabled);
  if (element.type === 'checkbox' && members.length <= 1) {
    // A box that is one answer of a list drawn as boxes of their own ("she/her" under "Pronouns")
    // is ticked when it is the value's answer.
    const on = isCheckWord(value)
      ? isTruthyWord(value)
      : pick.one([{ value: element.value, text: choiceLabel(element) }], value) === 0;
    return setChecked(element, on) ? 'filled' : 'did_not_stick';
  }
  const choices = members.map((member) => ({ value: member.value, text: choiceLabel(member) }));
  const picked = new Set(
    element.type === 'radio' ? [pick.one(choices, value)].filter((index) => index >= 0) : pick.many(choices, value),
  );
  if (picked.size === 0) return 'no_matching_option';
  // Radios: only the picked one is clicked, the browser unchecks the rest.
  const targets = element.type === 'radio' ? members.filter((_, index) => picked.has(index)) : members;
  const results = targets.map((member) => setChecked(member, picked.has(members.indexOf(member))));
  return results.every(Boolean) ? 'filled' : 'did_not_stick';
}

/** Checks or unchecks by a real click (what React listens to), with a native-setter fallback. */
function setChecked(element: HTMLInputElement, checked: boolean): boolean {
  // A box still undecided (SurveyJS's boolean starts `indeterminate`) is no answer yet, even unchecked.
  const undecided = element.indeterminate;
  if (!undecided && element.checked === checked && shownChecked(element) === checked) return true;
  dispatchFocus(element);
  const target = drawnBy(element);
  target.click();
  // An undecided box's first click decides it one way: a person clicks again for the other.
  if (undecided && element.checked !== checked) target.click();
  if (element.checked !== checked) {
    setNativeProperty(element, 'checked', checked);
    dispatchInputAndChange(element);
  }
  dispatchBlur(element);
  return element.checked === checked;
}

/**
 * What a person clicks to tick a box: the drawn checkbox or switch a hidden box mirrors (Radix,
 * Base UI), the box, or the label around it when the box itself is invisible and out of the tab
 * order (TDesign draws the radio in its label and hears only the label's click). A click on a
 * label ticks the box inside it as well.
 */
function drawnBy(element: HTMLInputElement): HTMLElement {
  const twin = drawnTwin(element);
  if (twin) return twin;
  const label = element.closest('label');
  const hidden = element.tabIndex < 0 && element.ownerDocument.defaultView?.getComputedStyle(element).opacity === '0';
  return label && hidden ? label : element;
}

/** Equal, or equal in letters and digits: an input mask may reformat `5551234` as `555-1234`. */
export function sameText(actual: string, wanted: string): boolean {
  if (actual === wanted) return true;
  const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return key(wanted) !== '' && key(actual) === key(wanted);
}
