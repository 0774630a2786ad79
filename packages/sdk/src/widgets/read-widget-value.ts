import { isAriaSlider, sliderValue } from './aria-slider.ts';
import { comboboxTextBox, readOnlyBox, widgetElement } from './is-choice-widget.ts';
import { referencedElements } from './referenced-elements.ts';
import { spokenLabel } from './spoken-label.ts';
import { cleanText, isPlaceholderText } from './widget-text.ts';

/** How far up from an input combobox the shown selection is looked for (react-select: 2). */
const MAX_CLIMB = 3;

/**
 * Text a person does not read as the selection: controls, hidden parts, live regions that
 * announce it (react-select, antd), and placeholders (a menu shows only its selected options). A
 * class naming a placeholder marks one unless it also names the selected item: Element Plus shows
 * the selection in its `el-select__selected-item el-select__placeholder` box.
 */
const NOT_SHOWN =
  'input,select,textarea,button,script,style,svg,[hidden],[aria-hidden="true"],[class*="placeholder" i]:not([class*="selected" i])';
/**
 * A live region announces the selection to a screen reader beside the one drawn; one that names
 * the widget (Fluent's Dropdown title, live while focused) is the selection drawn.
 */
const ANNOUNCER = '[aria-live],[role="log"],[role="status"]';

/** A listbox inside the widget: only its selected options are shown as the selection. */
const SELECTION_LIST = '[role="listbox"]';

/** Where a climb stops: an ancestor that also holds the field's label or another field. */
const FIELD_BOUNDARY = 'label,legend,select,textarea,[role="combobox"],input:not([type="hidden"])';

/**
 * The selection the widget shows, as text: `''` when none, or only a placeholder, shows. An
 * editable combobox shows it in its value (MUI Autocomplete, Headless UI Combobox); otherwise it
 * is the widget's own text (a button, MUI Select) or, for an input whose selection is drawn
 * beside it (react-select, antd, Element Plus, Workday pills), the text of the nearest ancestor
 * that holds some, below the field's label.
 */
export function readWidgetValue(element: Element): string {
  // A slider says its value outright, in words when it has them ("$150,000").
  if (isAriaSlider(element)) return element.getAttribute('aria-valuetext') ?? String(sliderValue(element));
  const outer = widgetElement(element);
  const widget = comboboxTextBox(outer) ?? outer;
  if (!(widget.localName === 'input' || widget.localName === 'textarea'))
    // A read-only box inside says the pick, beside a floating label the widget also shows (maz-ui).
    return (
      drawnInputValue(widget) ||
      shownText(widget) ||
      loneButtonText(widget) ||
      labelledValue(widget) ||
      (spokenLabel(widget)?.answer ?? '')
    );
  const value = cleanText((widget as HTMLInputElement).value);
  if (value) return isPlaceholderText(value) ? '' : value;
  // A search box the widget empties once a pick is made, beside the pick it shows as the one
  // selected option of a listbox of its own (Choices.js).
  const selection = outer === widget ? undefined : outer.querySelector(SELECTION_LIST);
  if (selection && !selection.contains(widget)) {
    const shown = shownText(outer);
    if (shown) return shown;
  }
  let node = widget.parentElement;
  for (let depth = 0; node && depth < MAX_CLIMB; depth += 1, node = node.parentElement) {
    const boundary = Array.from(node.querySelectorAll(FIELD_BOUNDARY)).some((other) => other !== widget);
    if (boundary) break;
    const text = shownText(node);
    if (text) return text;
  }
  return '';
}

/**
 * A popup button that draws its selection in a read-only box of its own (Grommet's Select, maz-ui's
 * MazSelect): the box is no control a person uses, its value is what the button shows.
 */
function drawnInputValue(widget: Element): string {
  const box = readOnlyBox(widget);
  const value = cleanText(box?.value ?? '');
  return isPlaceholderText(value) ? '' : value;
}

/**
 * The text of the one button a popup target wraps (Blueprint's Select draws its pick in the button
 * it opens with): a lone button is the control itself, not a clear or remove button beside a value.
 */
function loneButtonText(widget: Element): string {
  const buttons = widget.querySelectorAll('button');
  const text = buttons.length === 1 && buttons[0] ? shownText(buttons[0]) : '';
  return isPlaceholderText(text) ? '' : text;
}

/**
 * A popup button with no text of its own, named by the value drawn beside it and the field's
 * label (HeroUI's select: `aria-labelledby="value label"`, the value in the button's own group):
 * the part beside the button is the pick.
 */
function labelledValue(widget: Element): string {
  const beside = widget.parentElement;
  if (widget.localName !== 'button' || !beside || cleanText(widget.textContent ?? '') !== '') return '';
  const value = referencedElements(widget, 'aria-labelledby').find((part) => part !== widget && beside.contains(part));
  return value ? shownText(value) : '';
}

function shownText(root: Element): string {
  const parts: string[] = [];
  const naming = referencedElements(root, 'aria-labelledby');
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    if (node.nodeType !== 1) return;
    if (node !== root && (node as Element).matches(SELECTION_LIST)) {
      // Choices.js shows the selection as the selected option of a one-item listbox.
      for (const option of (node as Element).querySelectorAll('[aria-selected="true"]')) walk(option);
      return;
    }
    if (node !== root && (node as Element).matches(NOT_SHOWN)) return;
    if (node !== root && (node as Element).matches(ANNOUNCER) && !naming.includes(node as Element)) return;
    // A closed menu kept inside the control, drawn transparent (nice-select's list), is not shown.
    if (node !== root && !(node as Element).checkVisibility({ opacityProperty: true, visibilityProperty: true }))
      return;
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(root);
  const text = cleanText(parts.join(' '));
  return isPlaceholderText(text) ? '' : text;
}
