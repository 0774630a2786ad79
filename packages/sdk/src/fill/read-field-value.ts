import { type FieldElement, isCheckable, isSelectElement } from '../scan/field-element.ts';
import { choiceLabel } from '../scan/field-label.ts';
import { groupMembers } from '../scan/group-members.ts';
import type { Choice } from './match-choice.ts';

/** Value of a lone checkbox as text, so edit stats and corrections treat it like any field. */
export const CHECKBOX_TEXT = { checked: 'true', unchecked: 'false' } as const;

/**
 * The current value of a field as text: the input's value, the selected option values of a select
 * (comma-joined when multiple), the checked value of a radio group (`''` when none), the checked
 * values of a checkbox group, or `true`/`false` for a lone checkbox.
 */
export function readFieldValue(element: FieldElement): string {
  if (isSelectElement(element)) {
    return Array.from(element.selectedOptions, (option) => option.value).join(',');
  }
  if (isCheckable(element)) {
    const members = groupMembers(element);
    if (element.type === 'checkbox' && members.length === 1) {
      return element.checked ? CHECKBOX_TEXT.checked : CHECKBOX_TEXT.unchecked;
    }
    return members
      .filter((member) => member.checked)
      .map((member) => member.value)
      .join(',');
  }
  return element.value;
}

/**
 * The option a single-choice control shows: a select's selected option, a radio group's checked
 * member (its label as text); undefined for other controls and when nothing real is chosen.
 */
export function readFieldChoice(element: FieldElement): Choice | undefined {
  if (isSelectElement(element)) {
    if (element.multiple) return undefined;
    const option = element.selectedOptions[0];
    return option && option.value !== '' ? { value: option.value, text: option.text.trim() } : undefined;
  }
  if (isCheckable(element) && element.type === 'radio') {
    const checked = groupMembers(element).find((member) => member.checked);
    return checked ? { value: checked.value, text: choiceLabel(checked) } : undefined;
  }
  return undefined;
}
