import { drawnTwin } from './drawn-twin.ts';
import { drawnControl } from './drawn-select.ts';
import { readableText } from './element-text.ts';
import { UPLOAD_INSTRUCTIONS } from './upload-words.ts';
import { hostParent } from './host-parent.ts';
import { type FieldElement, isCheckable, isFileInput, isInputElement } from './field-element.ts';

/** Input types that are buttons or carry no user data: never scanned. */
const NON_DATA_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

/**
 * True when a user could type into or pick this field right now: not a button or hidden input,
 * not disabled, not read-only, and rendered (no `hidden`, display:none, visibility:hidden or
 * zero size on it or an ancestor).
 */
export function isFillable(element: FieldElement): boolean {
  if (isInputElement(element) && NON_DATA_INPUT_TYPES.has(element.type)) return false;
  if (element.disabled || element.matches(':disabled')) return false;
  if (!isCheckable(element) && 'readOnly' in element && element.readOnly) return false;
  // A select a library draws over is hidden on purpose; it is what the form posts.
  if (element.localName === 'select' && drawnControl(element as HTMLSelectElement) !== undefined) return true;
  // An upload input is hidden from assistive technology behind the control people click (Chakra).
  if (isFileInput(element))
    // A folder picker beside the file picker (Uppy's Dashboard) takes a directory, never a document.
    return (
      !element.hasAttribute('webkitdirectory') &&
      (isRendered(element) || hasVisibleOpener(element) || inCollapsedPart(element))
    );
  // A text box hidden from assistive technology is a library's mirror of a custom control (MUI's
  // native select input), not something a person types into. Styled radios keep their inputs, but
  // a hidden one beside a drawn radio mirrors it (Radix's form input): its radio group is the
  // field. A lone drawn checkbox or switch has no group: its mirror stands for it (the fill clicks
  // the drawn one).
  if (!isCheckable(element) && element.closest('[aria-hidden="true"]')) return false;
  if (isCheckable(element) && element.type === 'radio' && element.getAttribute('aria-hidden') === 'true')
    if (drawnTwin(element)) return false;
  return isRendered(element) || inCollapsedPart(element) || (isCheckable(element) && hasRenderedLabel(element));
}

/**
 * A radio or checkbox a stylesheet hides (`display: none`) behind the label a person clicks, drawn
 * as an icon and a title (Framework7's list items): the label is the control.
 */
function hasRenderedLabel(element: FieldElement): boolean {
  const labels = 'labels' in element && element.labels ? Array.from(element.labels) : [];
  return labels.some((label) => isRendered(label) && readableText(label) !== '');
}

/**
 * A part of the form a person opens to fill (a closed `<details>`, an accordion section whose
 * button says it is collapsed) hides its fields only until then: they are the form's as much as
 * the open part's. A field hidden any other way (a follow-up not asked yet, even one a radio
 * reveals with `aria-expanded`; a honeypot) is not.
 */
function inCollapsedPart(element: Element): boolean {
  if (element.getAttribute('type') === 'hidden') return false;
  for (let part = element.parentElement; part; part = part.parentElement)
    if (isCollapsedPart(part)) return shownWithin(element, part);
  return false;
}

/** A closed `<details>`, or a box a button controls and says is collapsed. */
function isCollapsedPart(element: Element): boolean {
  if (element.localName === 'details') return !element.hasAttribute('open');
  return (
    element.id !== '' &&
    element.ownerDocument.querySelector(
      `:is(button, [role="button"])[aria-expanded="false"][aria-controls~="${CSS.escape(element.id)}"]`,
    ) !== null
  );
}

/** True when nothing between `element` and the collapsed `part` hides it on its own. */
function shownWithin(element: Element, part: Element): boolean {
  const view = element.ownerDocument.defaultView;
  for (let node: Element | null = element; node && node !== part; node = node.parentElement) {
    if (node.hasAttribute('hidden') || view?.getComputedStyle(node).display === 'none') return false;
  }
  return true;
}

/**
 * An upload input is often hidden behind the control a person clicks: a styled `<label for>`, a
 * wrapping label, a drop zone or an "Upload" button around it.
 */
function hasVisibleOpener(input: HTMLInputElement): boolean {
  const openers = [
    ...Array.from(input.labels ?? []),
    input.parentElement?.closest('label, button, [role="button"]'),
    uploadArea(input),
  ];
  return openers.some((opener) => opener !== null && opener !== undefined && isRendered(opener));
}

/** How far up an upload area may wrap its hidden input (`<div zone><input hidden><strong>Title</strong></div>`). */
const UPLOAD_AREA_DEPTH = 3;
/**
 * Controls that make a box more than an upload area; a read-only box showing the file's name does
 * not (PatternFly), nor the folder picker kept beside the file picker (Uppy).
 */
const OTHER_CONTROLS =
  'input:not([readonly]):not([webkitdirectory]), select, textarea, [role="combobox"], [role="listbox"]';

/**
 * The area a hidden upload input belongs to: the nearest rendered wrapper that holds no other
 * control and something a person clicks (an "Upload" button, or the wrapper itself as a drop zone
 * that takes focus). Its text names the upload ("Resume  Upload Resume"). Undefined when none.
 */
export function uploadArea(input: HTMLInputElement): Element | undefined {
  // An upload component keeps its input in its shadow root (vaadin-upload): the host is the area.
  let node = hostParent(input);
  for (let depth = 0; node && depth < UPLOAD_AREA_DEPTH; depth += 1, node = hostParent(node)) {
    // A control shown only on demand (Greenhouse's paste box, until "enter manually") is not yet another's.
    if ([...node.querySelectorAll(OTHER_CONTROLS)].some((control) => control !== input && isRendered(control)))
      return siblingArea(input);
    if (!isRendered(node)) continue;
    const clickable =
      node.hasAttribute('tabindex') ||
      node.matches('[role="button"], [role="presentation"]') ||
      hasClickable(node) ||
      UPLOAD_INSTRUCTIONS.test(readableText(node, INSTRUCTIONS_MAX_LENGTH));
    if (clickable) return node;
  }
  return siblingArea(input);
}

/**
 * Text long enough to hold an area's instructions: an area that says how to upload ("Click or drag
 * a file to this area to upload", Naive UI's dragger) is what a person clicks, with no button or
 * focus of its own.
 */
const INSTRUCTIONS_MAX_LENGTH = 80;

/**
 * What a person clicks to open the file picker: a button (a web component's too: Material Web's
 * `md-filled-tonal-button` keeps its `<button>` in its shadow root), a link, or an area that takes
 * the focus (Arco's drag area).
 */
const hasClickable = (node: Element): boolean =>
  [...node.querySelectorAll('*')].some(
    (element) =>
      (element.matches('button, [role="button"], a, [tabindex="0"]') || /-button$/.test(element.localName)) &&
      isRendered(element),
  );

/**
 * A component library may render the hidden input beside its upload control rather than in it
 * (`<div wrapper><label>Resume</label><button>Upload</button></div><input type=file hidden>`).
 */
function siblingArea(input: HTMLInputElement): Element | undefined {
  return [input.nextElementSibling, input.previousElementSibling].find(
    (sibling): sibling is Element =>
      sibling !== null &&
      isRendered(sibling) &&
      sibling.querySelector(OTHER_CONTROLS) === null &&
      (sibling.matches('button, [role="button"]') || hasClickable(sibling)),
  );
}

/**
 * Rendered check. Radio buttons and checkboxes are often styled away (zero size, the label is what
 * shows) while staying usable, so the size test applies only to the other controls.
 */
export function isRendered(element: Element): boolean {
  if (element.hasAttribute('hidden')) return false;
  if (!element.checkVisibility({ visibilityProperty: true })) return false;
  if (isInputElement(element) && isCheckable(element)) return true;
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}
