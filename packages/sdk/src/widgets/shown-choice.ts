import { editorText, isTextEditor } from './text-editor.ts';
import { isDateSegments, readDateSegments } from './date-segments.ts';
import { isChoiceGroup, readChoiceGroup } from './choice-group.ts';
import { readWidgetValue } from './read-widget-value.ts';

/** A custom control a person types into (an editor, date segments): what it shows is text, not a choice. */
export function isTypedControl(element: Element): boolean {
  return isTextEditor(element) || isDateSegments(element);
}

/**
 * What a custom control shows: a toggle group's pressed item, a dropdown's selection, an editor's
 * text, the date in date segments.
 */
export function readShownChoice(element: Element): string {
  if (isTextEditor(element)) return editorText(element);
  if (isDateSegments(element)) return readDateSegments(element);
  return isChoiceGroup(element) ? readChoiceGroup(element) : readWidgetValue(element);
}
