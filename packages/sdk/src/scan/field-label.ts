import { isCaptionOfBoxBefore } from './bracket-caption-after.ts';
import { type FieldElement, isCheckable, isFieldElement } from './field-element.ts';
import { looksLikePersonalData } from '../protocol/personal-data.ts';
import { normalizeText, readableText, spokenText } from './element-text.ts';
import { isLibraryName } from './library-name.ts';
import { isRequiredMark } from './required-mark.ts';
import { shadowHost } from './host-parent.ts';

/** How many ancestors the nearby-text search climbs before giving up. */
const NEARBY_TEXT_MAX_DEPTH = 4;
const NEARBY_TEXT_MAX_LENGTH = 80;

/**
 * True when a radio or box points `aria-labelledby` where every box of its group points: at the
 * group's question (Oruga labels each radio by the field's caption), whose own `<label for>`
 * names the option.
 */
function namesTheGroup(element: FieldElement): boolean {
  const named = element.getAttribute('aria-labelledby');
  const name = element.getAttribute('name');
  if (!named || !name) return false;
  const root = element.getRootNode() as Document | ShadowRoot;
  const members = Array.from(root.querySelectorAll(`input[name="${CSS.escape(name)}"]`));
  return members.length > 1 && members.every((member) => member.getAttribute('aria-labelledby') === named);
}

/** The text of the `<label for>` pointing at the element, or of the label around it; '' without one. */
function ownLabelText(element: FieldElement): string {
  const labels = Array.from(element.labels ?? []);
  const forLabel = element.id ? labels.find((label) => label.htmlFor === element.id) : undefined;
  const wrapping = element.parentElement?.closest('label') ?? undefined;
  for (const label of [forLabel, wrapping]) {
    // A box or switch drawn inside its label draws its state there, hidden from assistive
    // technology (Mantine's switch track says "NO"): that names nothing.
    const text = label ? (isCheckable(element) ? spokenText(label) : readableText(label)) : '';
    if (text) return text;
  }
  return '';
}

/**
 * Best label of a field, in the accessible-name order: aria-labelledby (it names the field over
 * any other label: an upload button's "Upload" label is not the field's name), aria-label, then
 * `<label for>`, wrapping label, title; `''` when none has text.
 */
export function fieldLabel(element: FieldElement): string {
  // The accessible name's order: aria-labelledby, aria-label, then the label elements. A row
  // label naming several boxes ("City / State / Zip") yields to each box's own aria-label.
  const named = ariaLabel(element);
  // A page that writes the value into aria-label ("+1 415 555 0134") names nothing by it.
  if (named && !looksLikePersonalData(named)) return withOwnTitle(element, named);
  // The title is the accessible name of last resort: some ATSs label inputs only by it.
  return ownLabelText(element) || ownTitle(element);
}

/** A title that only numbers its field ("Question 3", "Q3", "Field 12") names nothing: the question is written beside it. */
const NUMBER_ONLY = /^(question|q|field|answer|item)\s*(no\.?|#)?\s*\d+$/i;

/** The element's title, unless it only numbers the field. */
export function ownTitle(element: Element): string {
  const title = normalizeText(element.getAttribute('title') ?? '');
  return NUMBER_ONLY.test(title) ? '' : title;
}

/**
 * A row label shared by several boxes ("Name": three boxes `aria-labelledby` it) with the title
 * that tells this box apart ("First", "Middle", "Last"; "Cell", "Home").
 */
function withOwnTitle(element: Element, named: string): string {
  const title = ownTitle(element);
  const labelledBy = element.getAttribute('aria-labelledby') ?? '';
  if (title === '' || labelledBy === '' || named.toLowerCase().includes(title.toLowerCase())) return named;
  const root = element.getRootNode() as Document | ShadowRoot;
  const sharing = root.querySelectorAll(`[aria-labelledby="${CSS.escape(labelledBy)}"]`).length;
  return sharing > 1 ? normalizeText(`${named} ${title}`) : named;
}

/**
 * The `<label for>` naming `element` by id, also for elements `labels` does not cover: a hidden
 * input, a div drawn as a dropdown.
 */
export function labelNaming(element: Element): Element | null {
  if (!element.id) return null;
  const root = element.getRootNode() as Document | ShadowRoot;
  return root.querySelector(`label[for="${CSS.escape(element.id)}"]`);
}

/** How far up a control's web component may sit in the light DOM (`<fluent-dropdown>` › button). */
const COMPONENT_DEPTH = 2;

/**
 * The `<label for>` naming the web component a control belongs to: its shadow host
 * (`<fluent-text-input id>` around a shadow input) or a custom element just above it
 * (`<fluent-dropdown id>` around its button). The label names the component, not its parts.
 */
export function componentLabel(element: Element): Element | null {
  const host = shadowHost(element);
  if (host) return labelNaming(host);
  let node = element.parentElement;
  for (let depth = 0; node && depth < COMPONENT_DEPTH; depth += 1, node = node.parentElement) {
    if (node.localName.includes('-')) return labelNaming(node);
  }
  return wrapperLabel(element);
}

/** How far up a wrapper a `<label for>` names may hold its one box (Arco: slider › input group › box). */
const WRAPPER_DEPTH = 7;
const BOXES = 'input:not([type="hidden"]), select, textarea';

/**
 * The `<label for>` naming an element around the field that holds no other box: a form library
 * points its item's label at the component's root (Arco's and antd's `for="apply-salaryK_input"`
 * on a slider whose number box sits inside it).
 */
function wrapperLabel(element: Element): Element | null {
  let node = element.parentElement;
  for (let depth = 0; node && depth < WRAPPER_DEPTH; depth += 1, node = node.parentElement) {
    if (node.querySelectorAll(BOXES).length > 1) return null;
    const label = node.id ? labelNaming(node) : null;
    if (label) return label;
  }
  return null;
}

/** aria-labelledby text, else aria-label, of any element; a library's stock aria-label names nothing. */
export function ariaLabel(element: Element): string {
  const label = element.getAttribute('aria-label') ?? '';
  return (
    labelledByText(element) || (isLibraryName(label) || isOwnIdentifier(element, label) ? '' : normalizeText(label))
  );
}

/**
 * An aria-label that repeats the control's own name or id, an identifier with no space (a form
 * builder's `aria-label="q16_highestLevel"`): it names nothing the `<label for>` does not.
 */
const isOwnIdentifier = (element: Element, label: string): boolean =>
  !/\s/.test(label.trim()) && (label === element.getAttribute('name') || label === element.id);

function labelledByText(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const parts = ids
    .map((id) => root.getElementById?.(id))
    .filter((node): node is HTMLElement => node !== null && node !== undefined);
  // A field named by its part's heading and its own caption ("Home address" + "City") is the
  // caption: the heading says which part it sits in, as for every other field there.
  const own = parts.filter((node) => !namesPart(node, element));
  return normalizeText(
    (own.length > 0 ? own : parts)
      .map((node) => readableText(node))
      .filter(Boolean)
      .join(' '),
  );
}

/** Parts of a form a heading names; a component that shares the field's label (an upload area) is none. */
const PART = 'section, fieldset, [role="group"], [role="region"], [role="radiogroup"]';

/** True for a heading, or the name of a part that holds `field` (`<section aria-labelledby>`). */
const namesPart = (node: Element, field: Element): boolean =>
  /^(h[1-6]|legend)$/.test(node.localName) ||
  node.getAttribute('role') === 'heading' ||
  (node.id !== '' &&
    field.parentElement?.closest(PART)?.closest(`[aria-labelledby~="${CSS.escape(node.id)}"]`) != null);

/** The texts a plain control draws beside itself: none. */
export const NOTHING_DRAWN: ReadonlySet<string> = new Set();

/**
 * Text right before the field inside its container: the closest preceding text node or element
 * text (a heading, a `<span>`), climbing a few ancestors. Stops at a sibling that holds another
 * field, whose text belongs to that field. `maxLength` keeps a paragraph from passing as a label;
 * a group's question reads longer ("Q1. Do you currently have the legal right … United States?").
 * Texts in `drawn` are what a dropdown draws beside its box (its pick, its prompt): no caption.
 */
export function nearbyText(
  element: Element,
  maxLength = NEARBY_TEXT_MAX_LENGTH,
  drawn: ReadonlySet<string> = NOTHING_DRAWN,
): string {
  let node: Element | null = element;
  for (let depth = 0; node && depth < NEARBY_TEXT_MAX_DEPTH; depth += 1) {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      if (sibling.nodeType === 1 && containsField(sibling as Element)) return '';
      // "[ ] (first) [ ]": the bracket names the box before, not this one.
      if (isCaptionOfBoxBefore(sibling)) return '';
      const text = readableText(sibling, maxLength);
      // A required mark ("*") beside the label names nothing; a currency sign before the box does.
      if (text && !isRequiredMark(text) && !drawn.has(text)) return text;
    }
    node = node.parentElement;
    if (!node || node.localName === 'form' || node.localName === 'body') break;
  }
  return '';
}

function containsField(element: Element): boolean {
  return isFieldElement(element) || element.querySelector('input, select, textarea') !== null;
}

/**
 * The text of one option of a radio or checkbox group: its label, else the text right after it up
 * to the next control (`<input type=radio> Yes <input type=radio> No`, as older ATS tables write it).
 */
export function choiceLabel(element: FieldElement): string {
  const label = namesTheGroup(element) ? ownLabelText(element) || fieldLabel(element) : fieldLabel(element);
  if (label) return label;
  const parts: string[] = [];
  for (let node = element.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 1 && containsField(node as Element)) break;
    parts.push(readableText(node));
  }
  return normalizeText(parts.join(' '));
}
