/**
 * A field's help text, where format examples live: the text tied to it (aria-describedby, "Format:
 * (555) 555-5555"), else the text printed right after it or the sub-label under it, else its
 * `title` or its mask attribute.
 */
import { normalizeText, readableText } from './element-text.ts';
import { isFinePrint, namedAsCaption, namedAsHelp, subLabel } from './layout-label.ts';
import { ownTitle } from './field-label.ts';
import { columnInstructions } from './column-caption.ts';
import { CONTROL_SELECTOR, isElementNode } from './field-element.ts';

const TRAILING_TEXT_MAX_LENGTH = 80;
const TRAILING_TEXT_MAX_DEPTH = 3;

/** The field's help text, or '' when it has none. */
export function fieldHint(element: Element): string {
  return (
    describedBy(element) ||
    trailingText(element) ||
    normalizeText(subLabel(element)) ||
    helpBefore(element) ||
    columnInstructions(element) ||
    (element.hasAttribute('title') ? ownTitle(element) : normalizeText(element.getAttribute('data-mask') ?? ''))
  );
}

function describedBy(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return normalizeText(
    ids
      .map((id) => root.getElementById?.(id))
      .map((node) => (node ? readableText(node) : ''))
      .join(' '),
  );
}

/**
 * Text printed right after the field, before any other control or label: old ATS pages put the
 * format there ("(xxx-xxx-xxxx)", "MM/DD/YYYY").
 */
function trailingText(element: Element): string {
  // The box may sit in a wrapper of its own (a component's), with the help text after the wrapper.
  let box: Element | null = element;
  // A box typed into may have a select beside it (a phone's type) before the format of what is typed.
  const typed = element.localName === 'input' || element.localName === 'textarea';
  let pastSelect = false;
  for (let depth = 0; box && depth < TRAILING_TEXT_MAX_DEPTH; depth += 1) {
    for (let node = box.nextSibling; node; node = node.nextSibling) {
      // A floating label drawn after its box (Materialize, Bootstrap) is the field's own, not the
      // next one's; an outline drawn as a fieldset around the box (MUI, MudBlazor) repeats it.
      if (namesField(node, element) || isOutline(node)) continue;
      // So is a caption its class names one, not followed by another control (a floating label: "fl-cap").
      if (isElementNode(node) && namedAsCaption(node) && !captionsNext(node)) continue;
      // A closed popup a widget put right after its box (a date picker's calendar) is not printed there.
      if (isElementNode(node) && !node.checkVisibility()) continue;
      if (typed && isElementNode(node) && node.localName === 'select' && !pastSelect) {
        pastSelect = true;
        continue;
      }
      // From the box's own cell, a cell right before another control's cell is that control's
      // caption (a grid of questions and answers), not this box's help.
      // Help its class names as such is this box's, whatever follows it.
      // A unit printed after the box ("k" between a salary box and its currency picker) is no caption.
      const caption =
        box !== element && captionsNext(node) && !(isElementNode(node) && namedAsHelp(node)) && !isUnit(node);
      if (isControlOrLabel(node) || namesAnother(node, element) || caption) return '';
      const text = readableText(withoutIcons(node), TRAILING_TEXT_MAX_LENGTH);
      // An icon between the box and its help (a calendar or lookup glyph: "▦", "🔍") says nothing.
      if (/[\p{L}\p{N}]/u.test(text)) return !pastSelect || TYPED_FORMAT.test(text) ? text : '';
    }
    const parent: Element | null = box.parentElement;
    const ownLabelsOnly: boolean = Array.from(parent?.querySelectorAll('label') ?? []).every((label) =>
      namesField(label, element),
    );
    box = parent && parent.querySelectorAll(CONTROL_SELECTOR).length === 1 && ownLabelsOnly ? parent : null;
  }
  return '';
}

/** A unit printed after an amount: thousands, a currency, a share. */
const UNIT = /^(k|[$€£¥%]|k[$€£]|[$€£]k)$/i;
const isUnit = (node: Node): boolean => UNIT.test(readableText(node, 8).trim());

/**
 * Help printed between the field's label and the field (Greenhouse's `div.hint` under the
 * question: "MM/DD/YYYY"), past the hidden inputs a form keeps beside it.
 */
function helpBefore(element: Element): string {
  for (let node = element.previousElementSibling; node; node = node.previousElementSibling) {
    if (node.localName === 'input' && (node as HTMLInputElement).type === 'hidden') continue;
    if (isControlOrLabel(node)) return '';
    if (isFinePrint(node)) return readableText(node, TRAILING_TEXT_MAX_LENGTH);
  }
  return '';
}

/** A format shown by placeholders or sample digits ("999-999-9999", "(xxx) xxx-xxxx", "MM/DD/YYYY"): what is typed, never chosen. */
const TYPED_FORMAT = /(\b|\()(\d{3}|x{3}|#{3})[-. )]|\b(mm|dd)[/.-](dd|mm|yy)/i;

/** Icons, drawn by a ligature font (Material Icons' "event") or hidden from assistive technology. */
const ICONS = '[aria-hidden="true"], [class*="icon" i], [class*="material-symbols" i]';

/** The node without its icons: a glyph's name ("event" beside a date box) is no help. */
function withoutIcons(node: Node): Node {
  if (!isElementNode(node)) return node;
  if (node.matches(ICONS)) return node.ownerDocument.createTextNode('');
  if (!node.querySelector(ICONS)) return node;
  const copy = node.cloneNode(true) as Element;
  for (const icon of copy.querySelectorAll(ICONS)) icon.remove();
  return copy;
}

/** A fieldset drawn only as a box's outline: no control inside, its legend the box's label again. */
const isOutline = (node: Node): boolean =>
  isElementNode(node) && node.localName === 'fieldset' && node.querySelector(CONTROL_SELECTOR) === null;

/** True for a node right before an element holding a control. */
const captionsNext = (node: Node): boolean => {
  const next = isElementNode(node) ? node.nextElementSibling : null;
  return next !== null && (next.matches(CONTROL_SELECTOR) || next.querySelector(CONTROL_SELECTOR) !== null);
};

const namesField = (node: Node, field: Element): boolean =>
  isElementNode(node) && node.localName === 'label' && field.id !== '' && node.getAttribute('for') === field.id;

/** A caption another control is labelled by (`<span id="alt">Alternate</span> <input aria-labelledby="hdr alt">`): that control's. */
const namesAnother = (node: Node, field: Element): boolean => {
  if (!isElementNode(node) || node.id === '') return false;
  const root = node.getRootNode() as Document | ShadowRoot;
  const named = root.querySelector?.(`[aria-labelledby~="${CSS.escape(node.id)}"]`);
  return named != null && named !== field;
};

const isControlOrLabel = (node: Node): boolean =>
  isElementNode(node) &&
  (node.localName === 'label' || node.matches(CONTROL_SELECTOR) || node.querySelector(CONTROL_SELECTOR) !== null);
