import { type FieldElement, isCheckable, isSelectElement } from '../scan/field-element.ts';
import { groupMembers } from '../scan/group-members.ts';

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
    return members.filter((member) => member.checked).map((member) => member.value).join(',');
  }
  return element.value;
}
