/**
 * A value split over a row of small boxes: a phone as "( [415] ) [555] - [0134]", a date as
 * "[MM] / [DD] / [YYYY]", an email as "[name] @ [domain]". Old ATS pages label only the first box; the others sit beside it with
 * nothing but punctuation between, directly or each in a wrapper of its own (which may hold the
 * box's own label: "Area code", "Exchange"). Read from the DOM once at scan time.
 */
import { formatAttributes } from './field-format-hints.ts';
import { isElementNode } from './field-element.ts';

/** Where one box sits in a split value. */
export interface SplitRow {
  readonly first: HTMLInputElement;
  readonly index: number;
  /** maxlength of every box, in order. */
  readonly sizes: readonly number[];
}

/** Boxes that hold part of a value are short: an area code, a day, a year. */
const MAX_PART_LENGTH = 4;
/** The first of three boxes may hold a Japanese area code of up to five digits. */
const MAX_LEADING_PART_LENGTH = 5;
/** The last box may hold the rest of a phone number: "555-1234" after "( 415 )". */
const MAX_LAST_PART_LENGTH = 8;
const PART_TYPES = new Set(['text', 'tel', 'number', '']);
/** What may stand between the boxes of one value. */
const SEPARATOR_TEXT = /^[\s()\-–/.+]*$/;
const CONTROLS = 'input, select, textarea, button, [role="combobox"]';
/** Elements that print words inline, inside a row, rather than a block of their own under it. */
const INLINE_TEXT = 'span, b, i, em, strong, font, small, label, abbr, u';

const maxLengthOf = (element: Element): number => formatAttributes(element).maxLength;

function isPartBox(element: Element, longest = MAX_LAST_PART_LENGTH): element is HTMLInputElement {
  const size = maxLengthOf(element);
  return (
    element.localName === 'input' &&
    PART_TYPES.has((element.getAttribute('type') ?? '').toLowerCase()) &&
    size >= 1 &&
    size <= longest
  );
}

const onlySeparators = (node: Node): boolean => SEPARATOR_TEXT.test(node.textContent ?? '');
/** The word before a phone's extension box. */
const EXTENSION = /^\s*(ext\.?|extension|x)\s*:?\s*$/i;

/** A box's own caption beside it in its wrapper ("Area code", "Number (7 digits)"), no question. */
const MAX_CAPTION_LENGTH = 24;

/**
 * True when `wrapper` holds nothing but `box`, separators and the box's own label or caption: a
 * row whose boxes are each labelled ("Area code", "Exchange", "Line number") under one question.
 */
function wrapsOnly(wrapper: Element, box: HTMLInputElement): boolean {
  let text = wrapper.textContent ?? '';
  for (const label of box.labels ?? []) if (wrapper.contains(label)) text = text.replace(label.textContent ?? '', '');
  return SEPARATOR_TEXT.test(text) || text.trim().length <= MAX_CAPTION_LENGTH;
}

/**
 * The country code a phone row may start with, a select or a short box its caption calls the
 * country (Squarespace: "Country" over a three-character box before "(###) ### ####"): it is the
 * row's, but no box of the number.
 */
const isLeadingChoice = (controls: readonly Element[], boxes: readonly Element[]): boolean => {
  const [control] = controls;
  if (boxes.length > 0 || controls.length !== 1 || !control) return false;
  return control.localName === 'select' || (isPartBox(control, MAX_PART_LENGTH) && namesCountryCode(control));
};

const COUNTRY_CODE_CAPTION = /^\s*(country|country code|code|dial code|\+)\s*\*?\s*$/i;
const namesCountryCode = (box: HTMLInputElement): boolean =>
  Array.from(box.labels ?? []).some((label) => COUNTRY_CODE_CAPTION.test(label.textContent ?? '')) ||
  COUNTRY_CODE_CAPTION.test(box.getAttribute('data-title') ?? box.getAttribute('aria-label') ?? '');

/**
 * The boxes of the split value in `container`'s row that holds `target`: each child is a box, a
 * wrapper of one box, or separator text. Words between boxes end one value and may caption the
 * next, as a sentence does ("You may reach me at ( [ ] ) [ ] - [ ] or by e-mail at [ ]").
 */
function boxesIn(container: Element, target: Element): HTMLInputElement[] | undefined {
  let boxes: HTMLInputElement[] = [];
  for (const node of container.childNodes) {
    const controls = !isElementNode(node) ? [] : node.matches(CONTROLS) ? [node] : [...node.querySelectorAll(CONTROLS)];
    // A fieldset's legend asks the row's question (Wufoo: "Phone Number" over ### - ### - ####), so
    // does the first box's label in the row before it (Paycom: "Primary phone ( ### ) ### – ####")
    // and a caption printed over the row in its cell ("<span>11. PRIMARY PHONE</span><br>( ### ) ###-####").
    if (controls.length === 0 && (onlySeparators(node) || boxes.length === 0)) continue;
    if (controls.length === 0) {
      // Words after the value end it: "( ### ) ### - #### ext ____" (the extension's box is no part
      // of the number), a note printed under the row, "(month/day/year)" after a date.
      if (boxes.includes(target as HTMLInputElement)) break;
      // A note under a row of boxes ends what the row asks; words inside a sentence caption the next value.
      if (isElementNode(node) && !node.matches(INLINE_TEXT) && boxes.length >= 2) return undefined;
      boxes = [];
      continue;
    }
    const [box] = controls;
    if (isLeadingChoice(controls, boxes)) continue;
    const wrapped = box !== node && isElementNode(node);
    if (controls.length !== 1 || !box || !isPartBox(box) || (wrapped && !wrapsOnly(node, box))) return undefined;
    boxes.push(box);
  }
  // A row of three may open with a longer box: a Japanese number's area code takes up to five digits ("[03] - [1234] - [5678]").
  const short = boxes
    .slice(0, -1)
    .every((box, at) => isPartBox(box, at === 0 && boxes.length === 3 ? MAX_LEADING_PART_LENGTH : MAX_PART_LENGTH));
  return boxes.length >= 2 && boxes.length <= 4 && short ? boxes : undefined;
}

const AT_SIGN = /^\s*@\s*$/;
const isTextBox = (element: Element): element is HTMLInputElement =>
  element.localName === 'input' && ['text', 'email', ''].includes((element.getAttribute('type') ?? '').toLowerCase());

/**
 * An email asked in its two halves, "[name] @ [domain]" (Korean and Japanese pages), each box bare
 * or in a wrapper of its own; a picker of common domains may follow the second.
 */
function emailHalves(container: Element): HTMLInputElement[] | undefined {
  const parts: Array<HTMLInputElement | '@'> = [];
  for (const node of container.childNodes) {
    const controls = !isElementNode(node)
      ? []
      : (node.matches(CONTROLS) ? [node] : [...node.querySelectorAll(CONTROLS)]).filter(
          (control) => control.getAttribute('type') !== 'hidden',
        );
    const [control] = controls;
    if (!control) {
      const text = node.textContent ?? '';
      if (AT_SIGN.test(text)) parts.push('@');
      else if (text.trim() !== '') return undefined;
    } else if (controls.length !== 1) return undefined;
    else if (parts.length === 3 && control.localName === 'select') continue;
    else if (isTextBox(control)) parts.push(control);
    else return undefined;
  }
  const [name, at, domain] = parts;
  return parts.length === 3 && at === '@' && name !== '@' && domain !== '@' && name && domain
    ? [name, domain]
    : undefined;
}

/** Where `element` sits in an email asked in two halves, or undefined. */
function emailRow(element: Element): SplitRow | undefined {
  if (!isTextBox(element)) return undefined;
  for (let container = element.parentElement, depth = 0; container && depth < 2; depth += 1) {
    const halves = emailHalves(container);
    const index = halves?.indexOf(element) ?? -1;
    if (halves && index >= 0) return { first: halves[0] as HTMLInputElement, index, sizes: halves.map(maxLengthOf) };
    container = container.parentElement;
  }
  return undefined;
}

/**
 * The row a box sits in: its parent, or for a box in a wrapper of its own (a label in a div of its
 * own, as Squarespace draws each) the outermost wrapper's parent.
 */
function rowOf(box: HTMLInputElement): Element | undefined {
  let row = box.parentElement;
  for (let depth = 0; depth < WRAPPER_DEPTH && row?.parentElement && holdsOnly(row, box); depth += 1)
    row = row.parentElement;
  return row ?? undefined;
}

/** True for the short box a phone row starts with that its caption calls the country: the number's country code. */
export function leadsRowAsCountryCode(element: Element): boolean {
  if (!isPartBox(element, MAX_PART_LENGTH) || !namesCountryCode(element)) return false;
  const row = rowOf(element);
  const boxes = row && boxesIn(row, element);
  return !!boxes && !boxes.includes(element);
}

/** How many wrappers of its own a box of a row may sit in. */
const WRAPPER_DEPTH = 2;

const holdsOnly = (wrapper: Element, box: HTMLInputElement): boolean =>
  wrapper.querySelectorAll(CONTROLS).length === 1 && wrapsOnly(wrapper, box);

/**
 * Where `element` sits in a split value, or undefined when it is not one of a row of short boxes
 * nor one half of an email.
 */
export function splitRow(element: Element): SplitRow | undefined {
  if (!isPartBox(element)) return emailRow(element);
  const row = rowOf(element);
  const boxes = row && boxesIn(row, element);
  const index = boxes?.indexOf(element) ?? -1;
  if (!boxes || index < 0) return undefined;
  return { first: boxes[0] as HTMLInputElement, index, sizes: boxes.map(maxLengthOf) };
}
