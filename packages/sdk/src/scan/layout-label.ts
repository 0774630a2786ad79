/**
 * Labels that markup does not tie to the field but layout does: the cell before a field's cell in
 * a table form (older ATSs such as Taleo), or a label-like element right before the field's
 * wrapper (`<div class="label">`, a `<label>` without `for`). A person reads these as the
 * field's label; so do we, when the field has no real one.
 */
import { normalizeText, readableText } from './element-text.ts';
import { readWidgetValue } from '../widgets/read-widget-value.ts';
import { ANSWERABLE_SELECTOR, isElementNode, isFileInput, isInputElement, isTextBox } from './field-element.ts';
import { boxesInRow, isRowBox } from './box-row.ts';
import { namesDatePart } from './date-part.ts';
import { isAddOnText } from './field-format-hints.ts';
import { NOTHING_DRAWN, labelNaming, nearbyText } from './field-label.ts';
import { captionInside } from './starting-caption.ts';
import { isLibraryName } from './library-name.ts';
import { isRequiredMark } from './required-mark.ts';
import { splitRow } from './split-field.ts';
import { cellAtColumn, columnCaption, columnOf } from './column-caption.ts';
import { namesNoDocument } from './upload-words.ts';
import { referencedElements } from '../widgets/referenced-elements.ts';
import { shadowHost } from './host-parent.ts';
import { imageCaption } from './image-caption.ts';

const LABEL_LIKE = /(^|[-_\s])(label|lbl|field-?label|field-?name|question|title|caption|cap)([-_\s]|$)/i;

/**
 * An element's class names as words: camelCase split at its humps, so that a builder's
 * `formFieldDescription` reads as `form-Field-Description` to the patterns above and below.
 */
const classWords = (element: Element): string =>
  (element.getAttribute('class') ?? '').replace(/([a-z0-9])([A-Z])/g, '$1-$2');
/**
 * How many wrappers up a label-like sibling may sit: component libraries wrap an input deep
 * (Naive UI: input › inner › wrapper › component › item body, the label beside the body; Arco:
 * seven wrappers up to the form item's control, the label beside it).
 */
const MAX_DEPTH = 10;

/**
 * The slot an input group draws before its box (`el-input-group__prepend`, `arco-input-prepend`,
 * TDesign's `t-input-adornment__prepend`, `ant-input-group-addon`): what it holds (a dial-code or
 * currency picker) is the box's add-on, and the label before the group names the box too.
 */
const ADD_ON_SLOT = /(^|[-_\s])(prepend|add-?on|adornment__prepend|input-group-text)([-_\s]|$)/i;

/** How far up from a picker the add-on slot it sits in may be (TDesign: input › wraps › select › form item › slot). */
const ADD_ON_SLOT_DEPTH = 10;

/**
 * A picker drawn in the slot before a box, showing a dial code ("+86 China" in TDesign's phone
 * prepend), that no label names: the box's country code.
 */
export function dialAddOnLabel(element: Element): string {
  return inAddOnSlot(element) && /^\+\d{1,4}(\s|$)/.test(readWidgetValue(element).trim()) ? 'Country code' : '';
}

function inAddOnSlot(element: Element): boolean {
  let slot = element.parentElement;
  for (let depth = 0; slot && depth < ADD_ON_SLOT_DEPTH; depth += 1, slot = slot.parentElement)
    if (ADD_ON_SLOT.test(slot.getAttribute('class') ?? '')) return true;
  return false;
}

/** The text of the cell before the field's own cell, when that cell holds only this field (or one group of options). */
function cellLabel(element: Element): string {
  const cell = element.closest('td, th, [role="gridcell"], [role="cell"]');
  const controls = cell ? Array.from(cell.querySelectorAll(ANSWERABLE_SELECTOR)) : [];
  const names = new Set(controls.map((control) => control.getAttribute('name') ?? ''));
  // One field, one group of options, or one value split over boxes ("( [415] ) [555] - [0134]").
  const oneField = controls.length <= 1 || (names.size === 1 && !names.has('')) || splitRow(element) !== undefined;
  if (!cell) return '';
  // A cell of its own for the required mark ("*") may stand between the label's cell and the field's.
  let previous = cell.previousElementSibling;
  while (
    previous &&
    !/[\p{L}\p{N}]/u.test(readableText(previous)) &&
    !previous.querySelector(ANSWERABLE_SELECTOR) &&
    imageCaption(previous) === ''
  )
    previous = previous.previousElementSibling;
  // A cell holding another box is no label cell: what it prints is that box's caption (a paper
  // form's "Last" under the first box of "[ ] Last [ ] First").
  if (previous?.querySelector(ANSWERABLE_SELECTOR)) return '';
  // A caption over the box in its own cell ("4. NAME<br>[ ]") is nearer than a title across the table.
  if (!previous && textLineAbove(element) !== '') return '';
  const caption = previous ? readableText(previous) || imageCaption(previous) : questionRowAbove(cell);
  // A question's number in a cell of its own ("1.") names nothing: the question is by the box.
  if (QUESTION_NUMBER.test(caption)) return '';
  // Several fields in the cell share a caption only when it names each in turn ("City / State /
  // Zip:"); captionPart gives each box its part.
  return oneField || namesEachOf(caption, controls.length) ? caption : '';
}

/** A question's number alone: "1.", "Q3", "#2", "(4)". */
const QUESTION_NUMBER = /^\s*[#(]?\s*q?\s*\d{1,3}\s*[.):]?\s*$/i;

/** True when `caption` names `count` parts, one per box ("City / State / Zip:" over three). */
const namesEachOf = (caption: string, count: number): boolean => count >= 2 && captionParts(caption).length === count;

/** The parts a caption names apart, its marks and colon aside ("* City / State / Zip:" → City, State, Zip). */
const captionParts = (caption: string): string[] =>
  caption
    .replace(/^[\s*]+|[\s*:]+$/g, '')
    .split(/\s*\/\s*/)
    .filter(Boolean);

/**
 * The question written across the row above a row whose label cell is empty (Taleo's prescreening:
 * "5. How many years…" spanning the table, then an empty cell and the select).
 */
function questionRowAbove(cell: Element): string {
  const above = cell.parentElement?.previousElementSibling;
  if (above?.localName !== 'tr' || (above as HTMLTableRowElement).cells.length !== 1) return '';
  const question = (above as HTMLTableRowElement).cells[0] as HTMLTableCellElement;
  return question.querySelector(ANSWERABLE_SELECTOR) ? '' : readableText(question);
}

/** Inline elements a line of text may hold ("<b>School</b> Name"). */
const INLINE = new Set(['b', 'strong', 'i', 'em', 'span', 'font', 'u', 'abbr']);
/** Longest line of text read as a caption. */
const TEXT_LINE_MAX_LENGTH = 80;

/**
 * The line of bare text a box sits under in its own paragraph (`<p>School Name<br><input></p>`, old
 * PHP and CGI forms): the text nodes and inline elements before the line break before it.
 */
function textLineAbove(element: Element): string {
  let node = element.previousSibling;
  // The bracket a phone row opens with ("<br>( [415] ) [555-0134]") stands between the line and its first box.
  while (node && node.nodeType === Node.TEXT_NODE && /^[\s(+]*$/.test(node.nodeValue ?? ''))
    node = node.previousSibling;
  if (!node || !isElementNode(node) || node.localName !== 'br') return '';
  const { line } = lineBefore(node);
  return line.length <= TEXT_LINE_MAX_LENGTH ? line : '';
}

/**
 * The text of the line before `node` in its parent: its text nodes and inline elements, back to
 * the first other node (`stopped`) or the parent's start. Nodes named in `passing` (a line break,
 * a required mark's image, a comment) are read past and say nothing.
 */
export function lineBefore(
  node: ChildNode,
  passing: ReadonlySet<string> = new Set(),
): { line: string; stopped: boolean } {
  const parts: string[] = [];
  let stopped = false;
  for (let before = node.previousSibling; before; before = before.previousSibling) {
    if (before.nodeType === Node.TEXT_NODE) parts.unshift(before.nodeValue ?? '');
    else if (isElementNode(before) && INLINE.has(before.localName) && !before.querySelector(ANSWERABLE_SELECTOR))
      parts.unshift(readableText(before));
    else if (!passing.has(before.nodeName.toLowerCase())) {
      stopped = true;
      break;
    }
  }
  return { line: normalizeText(parts.join(' ')), stopped };
}

/** A `<label>` without a target, or an element whose class says label, right before the field. */
function precedingLabel(element: Element): string {
  let node: Element | null = element;
  for (let depth = 0; node && depth < MAX_DEPTH; depth += 1) {
    let previous: Element | null = node.previousElementSibling;
    // An add-on before the box ("$", "+1", "https://", an icon) is no label, nor is a closed popup
    // kept beside it (Fluent's dropdown keeps its listbox before its button) or a hint shown only
    // while dragging a file (Uppy's), nor the field's own description between its label and it
    // (Headless UI's Description), nor the picker an input group draws before the box: look past them.
    while (
      previous &&
      ((isAddOn(previous) && imageCaption(previous) === '') ||
        ADD_ON_SLOT.test(previous.getAttribute('class') ?? '') ||
        !previous.checkVisibility({ visibilityProperty: true }) ||
        describes(previous, element) ||
        isHelpBefore(previous, node))
    )
      previous = previous.previousElementSibling;
    if (previous) {
      if (previous.querySelector(ANSWERABLE_SELECTOR) || previous.matches(ANSWERABLE_SELECTOR)) return '';
      // Words printed between it and the box ("<b>FOR HR USE ONLY</b><br>Start date [ ]") are nearer.
      if (wordsBetween(previous, node)) return '';
      if (previous.getAttribute('role') === 'log' && answersAlone(node, element)) return lastMessage(previous);
      const labelLike =
        isFreeLabel(previous, element) ||
        isFreeLabel(loneChild(previous), element) ||
        LABEL_LIKE.test(classWords(previous)) ||
        asksQuestion(previous) ||
        captionOfOwnWrapper(previous, node, element);
      // An upload's own action drawn before its input ("Upload a file" in the label around it), or
      // the files it takes (Vant's "PDF / Word" in its upload tile), names no document: the caption
      // over the whole upload does.
      if (labelLike && isFileInput(element) && namesNoDocument(readableText(previous))) {
        node = node.parentElement;
        continue;
      }
      return labelLike ? readableText(previous) : withRowCaption(element, imageCaption(previous));
    }
    node = node.parentElement;
  }
  return '';
}

/**
 * A part's caption in a cell of several boxes, after the caption cell of its row ("Emergency
 * contact" | [ ] Relationship [ ] Phone [ ]): the row says whose the part is.
 */
function withRowCaption(element: Element, caption: string): string {
  const cell = element.closest('td');
  if (!caption || !cell || cell.querySelectorAll(ANSWERABLE_SELECTOR).length < 2) return caption;
  const row = cell.previousElementSibling;
  const title = row && !row.querySelector(ANSWERABLE_SELECTOR) ? readableText(row) || imageCaption(row) : '';
  return title && title !== caption ? `${title} ${caption}` : caption;
}

/** A text node with words in it. */
const isWordsNode = (node: Node): boolean => node.nodeType === Node.TEXT_NODE && /\p{L}{2}/u.test(node.nodeValue ?? '');

/** True when a text node with words stands between `before` and `node`, its later sibling. */
function wordsBetween(before: Element, node: Node): boolean {
  for (let between = node.previousSibling; between && between !== before; between = between.previousSibling)
    if (isWordsNode(between)) return true;
  return false;
}

/**
 * The question a chat asks the control under its transcript (a `role=log`, as Paradox-style apply
 * bots draw it): the transcript's last message, the one waiting for an answer; '' outside a chat.
 * The control's own name there is the chat's ("Quick replies", "Pick a date"), not the question's.
 */
export function chatQuestion(element: Element): string {
  let node: Element | null = element;
  for (let depth = 0; node && depth < MAX_DEPTH; depth += 1, node = node.parentElement)
    for (let previous = node.previousElementSibling; previous; previous = previous.previousElementSibling)
      if (previous.getAttribute('role') === 'log') return answersAlone(node, element) ? lastMessage(previous) : '';
  return '';
}

/**
 * True when the part of the page under a transcript shows no control but `element` (or its
 * group's radios): a chat's dock answers one question at a time, a form after a log asks many.
 * A box hidden from people (a honeypot under `aria-hidden`) or disabled (the composer while quick
 * replies answer) is no question of the dock's.
 */
function answersAlone(dock: Element, element: Element): boolean {
  const name = element.getAttribute('name');
  return Array.from(dock.querySelectorAll(ANSWERABLE_SELECTOR)).every(
    (control) =>
      control === element ||
      element.contains(control) ||
      (name !== null && control.getAttribute('name') === name) ||
      !control.checkVisibility({ visibilityProperty: true }) ||
      control.closest('[aria-hidden="true"], [inert]') !== null ||
      control.matches(':disabled'),
  );
}

/** The text of a transcript's last message that says anything. */
function lastMessage(log: Element): string {
  const said = Array.from(log.children, (message) => readableText(message)).filter((text) => text !== '');
  return said[said.length - 1] ?? '';
}

/**
 * Help drawn between a caption and its box, by its class (Flatchr's `fl-help`, "Format jj/mm/aaaa";
 * a form builder's `fsSupporting` text, Material's supporting text;
 * Spanish `ayuda`, French `aide`, German `hilfe` / `hinweis`, Portuguese `ajuda`, Italian `aiuto`).
 */
const HELP_CLASS =
  /(^|[-_\s])(help|hint|desc|description|note|format|supporting|ayuda|aide|hilfe|hinweis|ajuda|aiuto)([-_\s]|$)/i;

/**
 * A short text right before the box's wrapper that asks a question ("Will you need visa
 * sponsorship from Voltaro?"): the box answers it, whatever the page's classes call it.
 */
const asksQuestion = (previous: Element): boolean =>
  /^(div|p|span|strong|b|h[1-6])$/.test(previous.localName) &&
  isCaptionCell(previous) &&
  /\?\s*\*?$/.test(readableText(previous));

/** True for an element its class calls a caption ("fl-cap", "field-label"): a floating label drawn after its box. */
export const namedAsCaption = (element: Element): boolean => LABEL_LIKE.test(classWords(element));

/** Fine print: help by its class, or a `<small>`. */
export const isFinePrint = (element: Element): boolean => namedAsHelp(element) || element.localName === 'small';

/** True for an element its class calls help ("c1-help", "formFieldDescription", "hint"). */
export const namedAsHelp = (element: Element): boolean => HELP_CLASS.test(classWords(element));

/**
 * A help element right before the box (by its class, or fine print in a `<small>`), with a caption
 * before it in the same wrapper: look past it.
 */
const isHelpBefore = (previous: Element, node: Element): boolean =>
  ((namedAsHelp(previous) || previous.localName === 'small') &&
    previous.previousElementSibling !== null &&
    node.parentElement?.querySelectorAll(ANSWERABLE_SELECTOR).length === 1) ||
  isHelpUnderCaption(previous);

/**
 * A paragraph right under a caption, a question heading or a fieldset's legend, before the box
 * (Tally's, Typeform's: "Who's your current manager?", then "We'll only reach out with your OK.",
 * then the box): the question's note, not its name.
 */
function isHelpUnderCaption(previous: Element): boolean {
  const caption = previous.previousElementSibling;
  return (
    /^(p|div|span|small)$/.test(previous.localName) &&
    !LABEL_LIKE.test(classWords(previous)) &&
    previous.querySelector(ANSWERABLE_SELECTOR) === null &&
    caption !== null &&
    caption.querySelector(ANSWERABLE_SELECTOR) === null &&
    (isQuestionHeading(caption) ||
      isFreeLabel(caption) ||
      caption.localName === 'legend' ||
      LABEL_LIKE.test(classWords(caption)))
  );
}

/**
 * A short text element opening a wrapper that holds this one field
 * (`<p><span class="fl">State *</span><br><select>`, a caption over a segmented control of
 * buttons, a Tailwind-styled span over a Headless UI RadioGroup), or a heading asking its question
 * there (Breezy's `<h3>` over each screening question's select): the field's caption, whatever its class.
 */
const captionOfOwnWrapper = (previous: Element, node: Element, field: Element): boolean =>
  node.parentElement !== null &&
  // Inputs a library keeps unrendered beside its control for a form post (Headless UI's) are its own.
  Array.from(node.parentElement.querySelectorAll(ANSWERABLE_SELECTOR)).every(
    (control) => field.contains(control) || !control.checkVisibility(),
  ) &&
  // Help drawn above the box ("MM/YYYY" in a `fx-help`) is its format, not its name.
  !/(help|hint|desc|note|example|format)/i.test(previous.getAttribute('class') ?? '') &&
  !/^[\sdmy/.-]*$/i.test(previous.textContent ?? '') &&
  /\p{L}/u.test(previous.textContent ?? '') &&
  (isQuestionHeading(previous) ||
    (/^(span|b|strong|em|i|font|small|div|p)$/.test(previous.localName) && isCaptionCell(previous)));

/** Longest question a heading over its one field asks: a preamble may come before the question. */
const HEADING_QUESTION_MAX_LENGTH = 240;

/** A heading, or a web component drawing one (UI5's `<ui5-title>`, a design system's `<x-heading>`). */
const HEADING_TAG = /^h[1-6]$|^[a-z][\w-]*-(title|heading)$/;

const isQuestionHeading = (node: Element): boolean =>
  HEADING_TAG.test(node.localName) &&
  node.checkVisibility({ visibilityProperty: true }) &&
  readableText(node, HEADING_QUESTION_MAX_LENGTH + 1).length <= HEADING_QUESTION_MAX_LENGTH;

/** A `<label>` naming no other control. */
const isFreeLabel = (element: Element | null, field?: Element): boolean =>
  element?.localName === 'label' && !namesAnother(element as HTMLLabelElement, field);

/**
 * The one element a wrapper holds and nothing besides (Base Web's FormControl wraps its label in a
 * styled span), or null.
 */
function loneChild(wrapper: Element): Element | null {
  const child = wrapper.firstElementChild;
  if (!child || wrapper.childElementCount !== 1) return null;
  return (wrapper.textContent ?? '').trim() === (child.textContent ?? '').trim() ? child : null;
}

/**
 * A `<label for>` that names a control of its own; one whose `for` names nothing on the page (a
 * widget that dropped the input it was written for: vue-multiselect) or a hidden input labels what follows it, and
 * so does one copied with its row (`Confirm Email` still `for="email"`): the control it names has
 * its own label before it.
 */
function namesAnother(label: HTMLLabelElement, field?: Element): boolean {
  if (label.htmlFor === '') return false;
  const target = (label.getRootNode() as Document | ShadowRoot).getElementById(label.htmlFor);
  // A label for a part of the field names the field (Headless UI's Field points its Label at the
  // first Radio of a RadioGroup).
  if (target !== null && field?.contains(target)) return false;
  // A label for the hidden input a widget posts through (Select2 3's school lookup) names the widget drawn beside it.
  if (target === null || (isInputElement(target) && target.type === 'hidden')) return false;
  const labels = Array.from((target as HTMLInputElement).labels ?? []);
  return labels.length < 2 || labels[0] === label;
}

/** True when `element` is one of the descriptions `field` points at (`aria-describedby`). */
const describes = (element: Element, field: Element): boolean =>
  referencedElements(field, 'aria-describedby').includes(element);

const isAddOn = (element: Element): boolean =>
  !element.matches(ANSWERABLE_SELECTOR) &&
  !element.querySelector(ANSWERABLE_SELECTOR) &&
  (!/\p{L}{2}/u.test(element.textContent ?? '') || isAddOnText(readableText(element, 40)));

/** The field's label by layout, or '' when the layout shows none. */
export function layoutLabel(element: Element): string {
  // A caption up the box's own column names that box alone: "Portfolio / Website" over one of
  // two boxes offers alternatives, not a part for each.
  const column = columnCaption(element);
  if (column) return column;
  // A grid's heading names its column's box whatever parts it lists ("Degree / Diploma").
  const grid = gridLabel(element);
  if (grid) return grid;
  const caption = cellLabel(element) || captionLabel(element) || textLineAbove(element) || precedingLabel(element);
  // A web component's box lays out nothing around itself: the page lays out the component (Web
  // Awesome's `<wa-input>` in a table's second cell, its question in the first).
  const host = shadowHost(element);
  if (caption === '' && host) return layoutLabel(host);
  return captionPart(element, caption);
}

/**
 * The question printed as plain text before the one control of its block, in the same line
 * ("<div>Can you submit verification of your right to work? <img alt=required> <select>"): what a
 * person reads before the answer.
 */
export function inlineQuestion(element: Element): string {
  const block = element.parentElement;
  if (!block || !/^(div|p|li|span|td)$/.test(block.localName)) return '';
  if (block.querySelectorAll(ANSWERABLE_SELECTOR).length !== 1) return '';
  // Text of the line itself, bare or in inline elements: a block drawn before the box (an
  // editor's placeholder) is no question.
  const { line, stopped } = lineBefore(element, LINE_MARKS);
  return !stopped && /\p{L}{2}/u.test(line) && !isRequiredMark(line) ? line : '';
}

/** Runs of leader dots, underscores and dashes a typed form draws between a question and its box. */
const LEADERS = /(\.{2,}|_{2,}|-{3,}|={3,})/g;

/**
 * The caption a form typed into one preformatted block prints before a box on its line ("B. ARE
 * YOU LEGALLY AUTHORIZED TO WORK IN THE U.S.? ...... [ ]"), back to the line's start or the box
 * before it; a caption opening the line and naming each of its boxes in turn ("CITY/STATE/ZIP [ ]
 * [ ] [ ]") gives each box its part.
 */
export function preformattedCaption(element: Element): string {
  if (!element.parentElement?.closest('pre')) return '';
  const before = (node: ChildNode) => {
    let text = '';
    for (let at = node.previousSibling; at; at = at.previousSibling) {
      if (isElementNode(at) && (at.matches(ANSWERABLE_SELECTOR) || at.querySelector(ANSWERABLE_SELECTOR)))
        return { text, box: at as Element };
      const part = isElementNode(at) ? (at.textContent ?? '') : (at.nodeValue ?? '');
      const newline = part.lastIndexOf('\n');
      text = `${part.slice(newline + 1)}${text}`;
      if (newline >= 0) return { text, box: undefined };
    }
    return { text, box: undefined };
  };
  const clean = (text: string) => normalizeText(text.replace(LEADERS, ' ').replace(/[\s(*:]+$/, ''));
  const hasWords = (text: string) => /\p{L}{2}/u.test(text);
  // Back along the line to the first box of a run with nothing printed between.
  let first: Element = element;
  let lead = before(element);
  while (lead.box && !hasWords(clean(lead.text))) {
    first = lead.box;
    lead = before(first);
  }
  const caption = clean(lead.text);
  if (!hasWords(caption)) return '';
  const run = [first];
  for (let at = first.nextSibling; at; at = at.nextSibling) {
    if (isElementNode(at) && at.matches(ANSWERABLE_SELECTOR)) run.push(at);
    else if (/[\p{L}\n]/u.test(at.textContent ?? '')) break;
  }
  const parts = captionParts(caption);
  if (run.length > 1 && parts.length === run.length) return parts[run.indexOf(element)] ?? '';
  return first === element ? caption : '';
}

/** Longest statement printed after a check box on its line. */
const STATEMENT_MAX_LENGTH = 200;

/**
 * The statement printed right after a check box or a drawn switch that no label names, up to the
 * line's end ("[ ] I have a bachelor's degree<br>", Naive UI's `<n-switch>` then a span): what a
 * person ticks. The line before it is the previous box's, or the list's question.
 */
export function statementAfter(element: Element, drawn = false): string {
  if (!drawn && (!isInputElement(element) || element.type !== 'checkbox')) return '';
  const parts: string[] = [];
  for (let node = element.nextSibling; node; node = node.nextSibling) {
    if (isElementNode(node) && (!INLINE.has(node.localName) || node.querySelector(ANSWERABLE_SELECTOR))) break;
    parts.push(isElementNode(node) ? readableText(node) : (node.nodeValue ?? ''));
  }
  const text = normalizeText(parts.join(' '));
  return /\p{L}{2}/u.test(text) && text.length <= STATEMENT_MAX_LENGTH ? text : '';
}

/** Longest caption printed before a box among others on its line ("City [ ] State [ ] Zip [ ]"). */
const INLINE_CAPTION_MAX_LENGTH = 30;

/**
 * The caption printed right before a box on a line of several boxes ("Street [ ]<br>City [ ] State
 * [v] Zip [ ]"): the words between the box and the control or line break before it.
 */
export function inlineCaption(element: Element): string {
  // A box drawn inside a span of its own (a Word page's underline) sits on the line as that span.
  let box = element;
  while (box.parentElement && INLINE.has(box.parentElement.localName) && box.parentElement.childNodes.length === 1)
    box = box.parentElement;
  const block = box.parentElement;
  if (!block || block.querySelectorAll(ANSWERABLE_SELECTOR).length < 2) return '';
  // A line that asks a question answered by choices ("Do you hold a driver's license? ( ) Yes ( ) No
  // License No. [ ] State [v]") asks its boxes about that answer: the state of the license.
  if (block.querySelector('input[type="radio"], input[type="checkbox"]')) return '';
  // An opening bracket or a currency before the box ("Phone No.: ( [ ] )", "Salary desired: $ [ ]")
  // is no caption, nor the format printed after the box before ("[ ] (mm/dd/yy) Salary desired:").
  // Amounts in two currencies' boxes on one line ("$ [ ] per hour and/or $ [ ] per year") are left.
  const amounts = (block.textContent ?? '').match(/[$€£]/g)?.length ?? 0;
  const line = lineBefore(box)
    .line.replace(amounts > 1 ? /[\s(]+$/u : /[\s($€£]+$/u, '')
    .replace(/^\([^)]*\)\s*/, '');
  const short = line.length <= INLINE_CAPTION_MAX_LENGTH && line.split(' ').length <= 4;
  // Words only: a unit and an add-on between two boxes ("[ ] per hour and/or $ [ ]") name neither.
  if (!short || !WORDS_ONLY.test(line) || isRequiredMark(line) || captionsBoxBefore(box)) return '';
  // A line opened by a title ("Person to notify in an emergency: name [ ] telephone [ ]") asks its
  // captions of what the title names.
  const title = lineTitle(box);
  return title ? `${title} ${line}` : line;
}

/**
 * True when the words before `box` on its line are the caption printed after the box before it
 * ("[(555) 555-5555] phone [E-mail Address]"): that box shows no caption of its own, nor has one
 * before it, while `box` shows its own inside itself.
 */
function captionsBoxBefore(box: Element): boolean {
  if (!WORDS_ONLY.test(captionInside(box))) return false;
  let before = box.previousSibling;
  while (before && !(isElementNode(before) && before.matches(ANSWERABLE_SELECTOR))) {
    if (isElementNode(before) && !INLINE.has(before.localName)) return false;
    before = before.previousSibling;
  }
  if (!before || !isTextBox(before) || labelNaming(before) || /\p{L}/u.test(captionInside(before))) return false;
  return !/\p{L}{2}/u.test(lineBefore(before, new Set(['br'])).line);
}

/** A caption of words: letters, numbers and the marks inside names ("Apt. #", "Zip"). */
const WORDS_ONLY = /^(?=.*\p{L}{2})[\p{L}\p{N} .'#:*-]+$/u;

/** The title opening a box's line before its first box, up to its colon ("… in an emergency:"); else ''. */
function lineTitle(element: Element): string {
  let first: ChildNode = element;
  for (let at = element.previousSibling; at && at.nodeName.toLowerCase() !== 'br'; at = at.previousSibling)
    if (isElementNode(at) && at.matches(ANSWERABLE_SELECTOR)) first = at;
  if (first === element) return '';
  const { line } = lineBefore(first);
  const colon = line.lastIndexOf(':');
  return colon > INLINE_CAPTION_MAX_LENGTH ? line.slice(0, colon + 1) : '';
}

/** What a question's line may hold besides its text: line breaks, a required mark's image, comments. */
const LINE_MARKS: ReadonlySet<string> = new Set(['br', 'img', '#comment']);

/** How far up from a box the row of boxes a caption names part by part may sit (box › cell). */
const ROW_DEPTH = 3;

/**
 * The part of a caption that names a row of boxes part by part ("* State / Zip", "City/State/Zip")
 * belonging to this box, when the row holds as many boxes as the caption names parts; the caption
 * whole otherwise.
 */
function captionPart(element: Element, caption: string): string {
  const parts = captionParts(caption);
  // Date parts are one value in boxes (split-field.ts), not parts named apart.
  const short = parts.every((part) => /^\p{L}+( \p{L}+){0,2}$/u.test(part) && !namesDatePart(part));
  if (parts.length < 2 || parts.length > 4 || !short || !isRowBox(element)) return caption;
  // The boxes share a cell or a row of their own ("[ST] [ZIP]" in one cell): a caption over
  // one box of a wider layout ("Portfolio / GitHub") names alternatives, not parts.
  const boxes = boxesInRow(element, ROW_DEPTH);
  // A definition list's terms each caption their own boxes: its other rows are no parts of this one.
  const definition = element.closest('dd');
  if (definition && boxes.some((box) => box.closest('dd') !== definition)) return caption;
  const at = boxes.findIndex((box) => box === element || box.contains(element));
  return boxes.length === parts.length && at >= 0 ? (parts[at] as string) : caption;
}

/** How many wrappers up a box's cell in a grid of captions sits (input › cell; checkbox › label › cell). */
const CAPTION_CELL_DEPTH = 3;
/** Longest text a caption cell holds: more is a paragraph of instructions. */
const CAPTION_MAX_LENGTH = 200;

/** What answers a question in a grid's cell: a box, or a group of drawn choices (Varlet's segmented Yes / No). */
const CELL_CONTROL = `${ANSWERABLE_SELECTOR}, [role="radiogroup"], [role="radio"], [role="switch"], [aria-pressed]`;

const holdsControl = (node: Element): boolean =>
  node.matches(CELL_CONTROL) || node.querySelector(CELL_CONTROL) !== null;

const isCaptionCell = (node: Element): boolean =>
  !/^(h[1-6]|legend|script|style|template|button|br)$/.test(node.localName) &&
  node.checkVisibility({ visibilityProperty: true }) &&
  readableText(node, CAPTION_MAX_LENGTH + 1).length <= CAPTION_MAX_LENGTH;

/**
 * The caption over a box in a CSS grid that draws a row of caption cells and then a row of box
 * cells (`<div class="g"><div>First name</div><div>Last name</div><div><input></div><div><input></div>`):
 * the k-th box of a run takes the k-th caption of the run of captions right before it, when both
 * runs are as long. A grid that alternates question and answer cells pairs them one by one (two
 * such pairs at least: one caption before one box may be a paragraph about the part).
 */
function captionLabel(element: Element): string {
  let cell: Element | null = element;
  for (let depth = 0; cell?.parentElement && depth < CAPTION_CELL_DEPTH; depth += 1, cell = cell.parentElement) {
    // Words printed among the cells make a line of captions and boxes, no grid ("City [ ] State [ ]").
    if (Array.from(cell.parentElement.childNodes).some(isWordsNode)) continue;
    const cells = Array.from(cell.parentElement.children);
    const at = cells.indexOf(cell);
    let first = at;
    while (first > 0 && holdsControl(cells[first - 1] as Element)) first -= 1;
    let last = at;
    while (last + 1 < cells.length && holdsControl(cells[last + 1] as Element)) last += 1;
    let captionsStart = first;
    while (captionsStart > 0 && !holdsControl(cells[captionsStart - 1] as Element)) captionsStart -= 1;
    const captions = cells.slice(captionsStart, first);
    if (captions.length === 0) continue;
    // Text nearer the box than any grid is its own caption (`<div><label>Where do you work now?</label><input>`): no grid's.
    if (captions.length !== last - first + 1 || !captions.every(isCaptionCell)) return '';
    const pairs = cells.filter(
      (node, index) => holdsControl(node) && index > 0 && !holdsControl(cells[index - 1] as Element),
    ).length;
    return captions.length === 1 && pairs < 2 ? '' : readableText(captions[at - first] as Element);
  }
  return '';
}

/** Fewest column headings a grid of entries has (Employer, Title, From, To): a two-column form has two. */
const MIN_GRID_COLUMNS = 3;

/**
 * The heading of a box's column in a grid of entries, after the row's own heading when it has one
 * ("College" + "Degree"): old ATS pages ask work history, schools and references as a table whose
 * first row names the columns and whose rows are numbered or named.
 */
function gridLabel(element: Element): string {
  if (element.localName === 'input' && /^(radio|checkbox)$/i.test((element as HTMLInputElement).type)) return '';
  const cell = element.closest('td');
  const row = cell?.parentElement as HTMLTableRowElement | null | undefined;
  const table = row?.closest('table');
  if (!cell || !table || row?.localName !== 'tr') return '';
  const header = table.tHead?.rows[0] ?? headerRowOf(row, table);
  if (!header || header === row) return '';
  const heading = cellAtColumn(header, columnOf(cell));
  const title = heading ? readableText(heading) : '';
  if (!title) return '';
  const rowHead = row.cells[0];
  const rowTitle =
    rowHead && rowHead !== cell && !rowHead.querySelector(ANSWERABLE_SELECTOR) ? readableText(rowHead) : '';
  return normalizeText(/\p{L}/u.test(rowTitle) ? `${rowTitle} ${title}` : title);
}

/**
 * The row of headings above `row`: the nearest one naming at least MIN_GRID_COLUMNS columns, or
 * naming this row's cells one by one ("Supervisor" | "May we contact this employer?"). A title row
 * spanning the table ("Employer 1") names the entry, not a column, and is looked past. Old pages
 * draw the headings as a row of bold cells (`<tr><td><b>School</b></td><td><b>Degree</b></td>…`):
 * such a row heads the rows of boxes right under it, laid out cell for cell like it.
 */
function headerRowOf(row: HTMLTableRowElement, table: HTMLTableElement): HTMLTableRowElement | undefined {
  const rows = Array.from(table.rows);
  let entriesOnly = true;
  for (let index = rows.indexOf(row) - 1; index >= 0; index -= 1) {
    const candidate = rows[index] as HTMLTableRowElement;
    if (candidate.querySelector(':scope > td') !== null) {
      if (entriesOnly && isCaptionRow(candidate, row)) return candidate;
      entriesOnly &&= candidate.cells.length === 1 || isEntryLike(candidate, row);
      continue;
    }
    const cells = candidate.cells.length;
    if (cells >= MIN_GRID_COLUMNS || (cells > 1 && cells === row.cells.length)) return candidate;
  }
  return undefined;
}

/** Longest heading a cell of a drawn row of headings holds ("Name and Location of School"). */
const MAX_HEADING_LENGTH = 60;

/** A row of short headings, one over each cell of `row`, and no control: a grid's drawn headings. */
function isCaptionRow(candidate: HTMLTableRowElement, row: HTMLTableRowElement): boolean {
  const cells = Array.from(candidate.cells);
  return (
    cells.length >= MIN_GRID_COLUMNS &&
    cells.length === row.cells.length &&
    !holdsControl(candidate) &&
    cells.every(
      (cell) => cell.checkVisibility() && readableText(cell, MAX_HEADING_LENGTH + 1).length <= MAX_HEADING_LENGTH,
    ) &&
    cells.filter((cell) => /\p{L}{2}/u.test(readableText(cell))).length >= MIN_GRID_COLUMNS
  );
}

/** Another entry of the grid `row` is in: its boxes laid out cell for cell the same way. */
const isEntryLike = (candidate: HTMLTableRowElement, row: HTMLTableRowElement): boolean =>
  candidate.cells.length === row.cells.length && holdsControl(candidate);

/** A caption printed under a box in a wrapper of its own ("Area code", "Number (7 digits)") is short. */
const MAX_CAPTION_LENGTH = 40;

/**
 * A label right after the field: a `<label>` without a target, an element whose class says label
 * (`<span class="fx-label">` drawn after its box), or a short caption closing the box's own
 * wrapper — the sub-labels form builders print under a box ("Country" under Zoho's address
 * select, "dd-MMM-yyyy" under its date, "Area code" under a phone part). It names a field that has
 * no other label, and is its help text otherwise.
 */
export function subLabel(element: Element): string {
  // A caption printed on the line under the box ("[____]<br><div>First Name</div>").
  let next = element.nextElementSibling;
  while (next?.localName === 'br') next = next.nextElementSibling;
  if (!next || next.matches(ANSWERABLE_SELECTOR) || next.querySelector(ANSWERABLE_SELECTOR)) return '';
  if (next.localName === 'label') return namesAnother(next as HTMLLabelElement) ? '' : readableText(next);
  if (LABEL_LIKE.test(classWords(next))) return readableText(next);
  const caption = readableText(next);
  const ownWrapper = element.parentElement?.querySelectorAll(ANSWERABLE_SELECTOR).length === 1;
  // Help the box points at as its description ("We never share it") describes it and names nothing.
  // So does one followed only by the fine print under it ("Mobile phone" then "e.g. 916-555-0142").
  const after = next.nextElementSibling;
  const last = after === null || (isFinePrint(after) && after.nextElementSibling === null);
  const closesWrapper = ownWrapper && last && !describes(next, element);
  // A glyph after the box (PeopleSoft's calendar button, "📅") is no caption: its title may be
  // the format. A mask ("###-###-####") is one.
  const glyph = /^[\p{Extended_Pictographic}\p{So}\s]+$/u.test(caption);
  return closesWrapper && !glyph && caption.length <= MAX_CAPTION_LENGTH ? caption : '';
}

/**
 * The question a field is described by when nothing labels it: hand-built forms tie the question
 * above a box to it only by `aria-describedby` (`<p id="q7">Given name(s)</p><input aria-describedby="q7">`),
 * with its unit after it ("years").
 */
export function describingText(element: Element): string {
  const descriptions = referencedElements(element, 'aria-describedby');
  // Help printed under a box ("We'll never share it") describes it; only a question above it names it.
  const above = descriptions[0]?.compareDocumentPosition(element) ?? 0;
  if (!(above & Node.DOCUMENT_POSITION_FOLLOWING)) return '';
  return normalizeText(descriptions.map((description) => readableText(description)).join(' '));
}

/**
 * The question a part of a value is tied to by `aria-describedby` (USWDS's memorable date: each of
 * Month, Day and Year described by the question above and its example): the first text it names,
 * when it is printed above the part; '' otherwise.
 */
export function describedQuestion(element: Element): string {
  const [first] = referencedElements(element, 'aria-describedby');
  if (!first || !(first.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)) return '';
  const text = normalizeText(readableText(first));
  // A statement ending in a stop is help under the question ("The base pay range is $152,000 –
  // $181,000 per year."), not the question.
  return /\.$/.test(text) ? '' : text;
}

/** Most fields a labelled group may hold and still read as one question ("Phone": area code, number). */
const MAX_GROUP_FIELDS = 4;

/**
 * True when `container` is small enough to ask one question: a few fields, all in one row of a
 * layout table (a fieldset over a table of labelled rows is a part of the form, each row its own
 * question: "Compensation": [Amount], "Date available" [Month] [Day] [Year]).
 */
function asksOneQuestion(container: Element): boolean {
  const fields = container.querySelectorAll(ANSWERABLE_SELECTOR);
  return fields.length <= MAX_GROUP_FIELDS && new Set([...fields].map((field) => field.closest('tr'))).size <= 1;
}

/** The labelled group (`role=group` or `fieldset`) around `element`, when it is small enough to be one question. */
function smallGroup(element: Element): Element | undefined {
  const group = element.parentElement?.closest('[role="group"], fieldset');
  return group && asksOneQuestion(group) ? group : undefined;
}

/**
 * The question a small labelled group asks (`role=group` or `fieldset` with a label or legend),
 * for the fields inside it that are labelled only by their part ("Amount", "Month", "Area code").
 */
export function groupQuestion(element: Element, labelOf: (group: Element) => string): string {
  const group = smallGroup(element);
  if (!group) return '';
  const legend = group.localName === 'fieldset' ? group.querySelector(':scope > legend') : null;
  const label = (legend ? readableText(legend) : '') || labelOf(group);
  return isLibraryName(label) ? '' : label;
}

const GROUP_HINT_MAX_LENGTH = 200;

/**
 * The help the boxes of a small group share: tied to the group (`aria-describedby`), or printed
 * between its question and its first box (GOV.UK's date: legend, "For example, 27 3 2027", then
 * Day / Month / Year). A person reads the example before typing into any of the boxes.
 */
export function groupHint(element: Element): string {
  const group = smallGroup(element);
  if (!group) return '';
  const described = referencedElements(group, 'aria-describedby').map((node) =>
    readableText(node, GROUP_HINT_MAX_LENGTH),
  );
  if (described.length > 0) return normalizeText(described.join(' '), GROUP_HINT_MAX_LENGTH);
  const first = group.querySelector(ANSWERABLE_SELECTOR);
  const questions = referencedElements(group, 'aria-labelledby');
  return first ? leadingText(group, first, (node) => questions.some((question) => question.contains(node))) : '';
}

/**
 * The visible text of `container` before its field `first`, outside legends and labels (which
 * name something else) and the texts `named` says name something: what is printed before the
 * fields of a group or row.
 */
function leadingText(container: Element, first: Element, named: (node: Node) => boolean = () => false): string {
  const texts: string[] = [];
  const walker = container.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (first.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) break;
    const parent = node.parentElement;
    if (!parent?.closest('legend, label, script, style') && !named(node) && parent?.checkVisibility())
      texts.push(node.textContent ?? '');
  }
  return normalizeText(texts.join(' '), GROUP_HINT_MAX_LENGTH);
}

/** The parts a row may hold: fields, and the buttons that open a list to pick from (Workday's). */
const ROW_PART_SELECTOR = `${ANSWERABLE_SELECTOR}, button[aria-haspopup="listbox"]`;

/**
 * The text opening or right before the row of a few fields that `element` belongs to, for a part
 * labelled only by its unit: the question they answer together ("Total experience: [Years] [Months]").
 * A dropdown's pick or prompt drawn before its box (`drawn`) asks nothing.
 */
export function rowQuestion(element: Element, drawn: ReadonlySet<string> = NOTHING_DRAWN): string {
  let row = element.parentElement;
  while (row && row.querySelectorAll(ROW_PART_SELECTOR).length < 2) row = row.parentElement;
  if (!row || !asksOneQuestion(row)) return '';
  // The question may open the row itself ("When are you available to start?" over Month and Year).
  const first = row.querySelector(ROW_PART_SELECTOR);
  // A bracket drawn before an area code's box ("(") asks nothing: the row's caption does.
  const leading = first ? leadingText(row, first) : '';
  return (/\p{L}/u.test(leading) && !drawn.has(leading) ? leading : '') || nearbyText(row);
}
