import { isChoiceGroup } from './choice-group.ts';
import { readableText } from '../scan/element-text.ts';
import { labelNaming } from '../scan/field-label.ts';
import { widgetElement } from './is-choice-widget.ts';
import { readWidgetValue } from './read-widget-value.ts';
import { referencedElements } from './referenced-elements.ts';
import { cleanText, isPlaceholderText } from './widget-text.ts';

/** The label of a native control the widget wraps (Choices.js keeps the labelled `<select>` inside). */
function innerControlLabel(widget: Element): string {
  const inner = widget.querySelector('select');
  const label = inner?.labels?.[0];
  return label ? readableText(label) : '';
}

/**
 * An aria-label that also speaks the widget's value after a comma ("Country, Select", then
 * "Country, United States": Ionic) names the question only in its first part: the value is the
 * answer, and a label that changes with it would change the form's signature once filled.
 */
function withoutSpokenValue(label: string, widget: Element): string {
  const comma = label.lastIndexOf(',');
  if (comma < 0) return label;
  const spoken = cleanText(label.slice(comma + 1));
  return spoken && (isPlaceholderText(spoken) || spoken === readWidgetValue(widget)) ? label.slice(0, comma) : label;
}

/**
 * Human label of a widget: aria-labelledby, aria-label, `<label for=id>`, wrapping `<label>`, the
 * label of a select it wraps, in that order; `''` when none has text. aria-labelledby often lists
 * the widget itself after its label (Workday, Headless UI) so that a screen reader also speaks the
 * value; that part is skipped, it is the answer, not the question.
 */
export function widgetLabel(element: Element): string {
  const widget = widgetElement(element);
  const labelledBy = referencedElements(widget, 'aria-labelledby')
    // A dropdown labelled by its own shown value (Select2) is not named by it; a group's caption inside it is its name.
    .filter((node) => !node.contains(widget) && (isChoiceGroup(widget) || !widget.contains(node)))
    .map((node) => readableText(node))
    .join(' ');
  const forLabel = labelNaming(widget);
  const wrapping = widget.closest('label');
  const labels = [
    labelledBy,
    withoutSpokenValue(widget.getAttribute('aria-label') ?? '', widget),
    forLabel ? readableText(forLabel) : '',
    wrapping ? readableText(wrapping) : '',
    innerControlLabel(widget),
  ];
  return labels.map((label) => label.trim()).find(Boolean) ?? '';
}
