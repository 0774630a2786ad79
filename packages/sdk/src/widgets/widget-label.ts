import { isChoiceGroup } from './choice-group.ts';
import { isDateSegments } from './date-segments.ts';
import { readableText } from '../scan/element-text.ts';
import { ariaLabel, componentLabel, labelNaming } from '../scan/field-label.ts';
import { isLibraryName } from '../scan/library-name.ts';
import { widgetElement } from './is-choice-widget.ts';
import { isShown } from './is-shown.ts';
import { referencedElements } from './referenced-elements.ts';
import { spokenLabel } from './spoken-label.ts';

/**
 * The label of a native control the widget wraps: Choices.js keeps the labelled `<select>` inside,
 * vue-multiselect its search `<input>` (which a `<label for>` names), Vuestic its read-only box
 * (named by `aria-labelledby` while the combobox around it has only a stock name).
 */
function innerControlLabel(widget: Element): string {
  const inners = Array.from(widget.querySelectorAll('select, input:not([type="hidden"])'));
  if (inners.length === 0) return labelInside(widget);
  // Dojo's combobox draws its arrow and its validation icon as read-only inputs before the box the
  // label names.
  const label = inners.map(labelNaming).find((found) => found);
  return label ? readableText(label) : ariaLabel(inners[0]!);
}

/** How far up the component element that holds a widget's box may sit (nz-select › top control › span › search › input). */
const HOST_DEPTH = 5;

/** The aria-label the page gave the component element around the box (`<nz-select aria-label="Currency">`). */
function hostLabel(widget: Element): string {
  let node = widget.parentElement;
  for (let depth = 0; node && depth < HOST_DEPTH; depth += 1, node = node.parentElement)
    if (node.localName.includes('-') && node.hasAttribute('aria-label')) return node.getAttribute('aria-label') ?? '';
  return '';
}

/**
 * The label a web component takes as an attribute and draws in its shadow root (Web Awesome's and
 * Shoelace's `<wa-radio-group label="…">`, Vaadin's `<vaadin-combo-box label="…">`, Carbon's
 * `<cds-radio-button-group legend-text="…">`), or the accessible name it is given (UI5's
 * `accessible-name`, or `accessible-name-ref` naming the label's id).
 */
function componentLabelAttribute(widget: Element): string {
  if (!widget.localName.includes('-')) return '';
  const named =
    widget.getAttribute('label') ?? widget.getAttribute('legend-text') ?? widget.getAttribute('accessible-name');
  if (named) return named;
  return referencedElements(widget, 'accessible-name-ref')
    .map((label) => readableText(label))
    .join(' ');
}

/** A `<label>` drawn inside a dropdown that holds no control, naming none (Varlet's floating label). */
function labelInside(widget: Element): string {
  const label = Array.from(widget.querySelectorAll('label')).find((candidate) => !candidate.htmlFor);
  return label ? readableText(label) : '';
}

/** What a fieldset may hold besides the widget it names. */
const OTHER_CONTROLS =
  'input:not([type="hidden"]), select, textarea, [role="combobox"], [role="radiogroup"], [role="listbox"], [aria-pressed]';

/**
 * The legend of the fieldset the widget alone answers (Ashby's Yes / No buttons under the question
 * as a legend): a fieldset holding other controls too is a section, not this widget's question.
 */
function ownFieldsetLegend(widget: Element): string {
  const fieldset = widget.parentElement?.closest('fieldset');
  const legend = fieldset?.querySelector(':scope > legend');
  if (!fieldset || !legend) return '';
  const others = Array.from(fieldset.querySelectorAll(OTHER_CONTROLS)).filter(
    (control) => !widget.contains(control) && control.closest('[hidden]') === null,
  );
  return others.length === 0 ? readableText(legend) : '';
}

/**
 * A placeholder spoken after the question, with or without "Required" after it: "… Select One
 * Required"; or spoken alone, as PrimeVue's Select names itself by its "Please select".
 */
const SPOKEN_PLACEHOLDER = /(?:^|\s+)(?:please )?(?:select|choose|pick)(?: one| an? \w+)?(?:\s+required)?$/i;

/**
 * The question of an aria-label that speaks the button's placeholder after it, as Workday's does
 * ("Degree Select One"): the placeholder is no part of the question.
 */
const askedPart = (label: string): string => label.replace(SPOKEN_PLACEHOLDER, '');

/** True when every word of `short` is in `long`, which says more. */
function saysPartOf(short: string, long: string): boolean {
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const longWords = new Set(words(long));
  const shortWords = words(short);
  return shortWords.length > 0 && longWords.size > shortWords.length && shortWords.every((word) => longWords.has(word));
}

/** A required mark spoken after a widget's answer, in the languages Workday speaks it. */
const SPOKEN_REQUIRED = /\b(required|erforderlich|obligatoire|obligatorio|obrigat[oó]rio|obbligatorio|verplicht)\b/gi;

/**
 * True when `spoken` is `label`, then only the answer the widget shows and a required mark
 * ("Land/Region Schweiz Erforderlich" over `<label>Land/Region</label>` on a button showing
 * "Schweiz"); an aria-label saying more of the question ("Country of residence") is no such echo.
 */
function speaksLabelFirst(spoken: string, label: string, shown: string): boolean {
  const key = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!key(spoken).startsWith(`${key(label)} `)) return false;
  const rest = key(spoken).slice(key(label).length).replace(SPOKEN_REQUIRED, ' ');
  return key(shown) !== '' ? key(rest.replace(key(shown), ' ')) === '' : false;
}

/** How far up from a picker the box of the input it decorates may sit (Joy: Select › decorator › Input). */
const DECORATOR_DEPTH = 3;

/** True when the widget sits in the box of one text input beside it: an add-on of that input. */
function decoratesInput(widget: Element): boolean {
  let box = widget.parentElement;
  for (let depth = 0; box && depth < DECORATOR_DEPTH && !box.matches('form, fieldset'); depth += 1) {
    const inputs = Array.from(box.querySelectorAll('input:not([type="hidden"])')).filter(
      (input) => !widget.contains(input) && isShown(input),
    );
    if (inputs.length > 0) return inputs.length === 1;
    box = box.parentElement;
  }
  return false;
}

/** What answers a choice group: its items, or controls of any kind. */
const GROUP_ANSWER = '[role="radio"], [role="checkbox"], [aria-pressed], input, button, select, textarea';

/**
 * The caption a choice group draws inside itself before its first item, when nothing points at
 * it: Headless UI's RadioGroup drops the `aria-labelledby` it is given, so its question is only its
 * first child's text.
 */
function captionInsideGroup(widget: Element): string {
  if (!isChoiceGroup(widget)) return '';
  const first = widget.querySelector(GROUP_ANSWER);
  if (!first) return '';
  return Array.from(widget.children)
    .filter(
      (child) =>
        !child.contains(first) &&
        child.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING &&
        child.querySelector(GROUP_ANSWER) === null,
    )
    .map((child) => readableText(child))
    .join(' ');
}

/**
 * Human label of a widget: aria-labelledby, aria-label, `<label for=id>`, wrapping `<label>`, the
 * label of a select it wraps, the legend of a fieldset it alone answers, a caption drawn inside
 * the group before its items, in that order; `''` when
 * none has text. aria-labelledby often lists
 * the widget itself after its label (Workday, Headless UI) so that a screen reader also speaks the
 * value; that part is skipped, it is the answer, not the question.
 */
export function widgetLabel(element: Element): string {
  const widget = widgetElement(element);
  const labelledBy = referencedElements(widget, 'aria-labelledby')
    // A dropdown labelled by its own shown value (Select2) is not named by it; a group's caption
    // inside it is its name (a choice group's, a date's boxes' as Workday groups them), and so is
    // a hidden part kept for screen readers (Spectrum's picker holds its field label in a hidden
    // span of its button).
    .filter(
      (node) =>
        !node.contains(widget) &&
        (isChoiceGroup(widget) || isDateSegments(widget) || !widget.contains(node) || node.hasAttribute('hidden')),
    )
    .map((node) => readableText(node))
    .join(' ');
  const forLabel = labelNaming(widget) ?? componentLabel(widget);
  const wrapping = widget.closest('label');
  // A fieldset drawn as a group of radio components is named by its legend (Material Web).
  const legend = widget.localName === 'fieldset' ? widget.querySelector(':scope > legend') : null;
  const spoken = spokenLabel(widget)?.question ?? askedPart(widget.getAttribute('aria-label') ?? '');
  const labelText = forLabel ? readableText(forLabel) : '';
  // A short aria-label the page's label says in full ("Years" for "How many years of experience do
  // you have?") names the question less than the label does; so does one that speaks the label,
  // then the shown answer and a required mark ("Land/Region Schweiz Erforderlich").
  const own =
    labelText !== '' && (saysPartOf(spoken, labelText) || speaksLabelFirst(spoken, labelText, readableText(widget)))
      ? labelText
      : spoken;
  const labels = [
    // A picker drawn inside another input's box (Joy's currency Select in the salary Input's end
    // decorator) is pointed by its library at that input's label; its own aria-label tells it apart.
    decoratesInput(widget) ? own : '',
    labelledBy,
    legend ? readableText(legend) : '',
    own,
    labelText,
    componentLabelAttribute(widget),
    wrapping ? readableText(wrapping) : '',
    innerControlLabel(widget),
    hostLabel(widget),
    ownFieldsetLegend(widget),
    captionInsideGroup(widget),
  ];
  return labels.map((label) => label.trim()).find((label) => label !== '' && !isLibraryName(label)) ?? '';
}
