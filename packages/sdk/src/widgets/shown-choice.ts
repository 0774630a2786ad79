import { editorText, isTextEditor } from './text-editor.ts';
import { isDateSegments, readDateSegments } from './date-segments.ts';
import { isChoiceGroup, readChoiceGroup } from './choice-group.ts';
import { readWidgetValue } from './read-widget-value.ts';

/** What a custom control shows as chosen: a toggle group's pressed item, a dropdown's selection. */
export function readShownChoice(element: Element): string {
  if (isTextEditor(element)) return editorText(element);
  if (isDateSegments(element)) return readDateSegments(element);
  return isChoiceGroup(element) ? readChoiceGroup(element) : readWidgetValue(element);
}
