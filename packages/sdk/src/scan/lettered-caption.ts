/**
 * Boxes captioned only by a letter, under a question that names what each letter asks (paper
 * forms: "2. Your name — (a) last, (b) first, (c) middle initial:" over "(a) [ ] (b) [ ] (c) [ ]").
 */
import { normalizeText } from './element-text.ts';
import { ANSWERABLE_SELECTOR } from './field-element.ts';
import { lineBefore } from './layout-label.ts';

/** A caption that is only a part's mark: "(a)", "b)", "(2)". */
const PART_MARK = /^\(?(\p{L}|\d{1,2})\)$/u;
/** How far up from the box the question naming its parts may sit (box › paragraph › cell › row). */
const QUESTION_DEPTH = 3;
/** Most words a part's name takes ("street and number", "city or town"). */
const PART_MAX_WORDS = 5;
/** Most words of the question's title kept before its first part ("Mailing address"). */
const TITLE_MAX_WORDS = 8;

/**
 * The text of `container` before `element`, from the last box before the row `element` sits in:
 * a question further up is another row's.
 */
function textBefore(container: Element, element: Element): string {
  const range = container.ownerDocument.createRange();
  range.setStart(container, 0);
  const boxes = [...container.querySelectorAll(ANSWERABLE_SELECTOR)];
  const rowStart = boxes.indexOf(element.parentElement?.querySelector(ANSWERABLE_SELECTOR) ?? element);
  const boxBefore = boxes[rowStart - 1];
  if (boxBefore) range.setStartAfter(boxBefore);
  range.setEndBefore(element);
  return normalizeText(range.toString());
}

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The start of a part's mark followed by its name ("(a) last"). */
const PART_START = /\(?(?<![\p{L}\d])(?:\p{L}|\d{1,2})\)\s*\p{L}/u;

/**
 * The name the question gives the part `mark` opens ("(c)" of "… (b) city or town, (c) state, (d)
 * ZIP code:"), after the question's title before its first part ("Mailing address: state"); '' when
 * the question names no such part. The nearest such question before the box asks it.
 */
export function partNamed(question: string, mark: string): string {
  const opening = mark.startsWith('(') ? escaped(mark) : `(?<![\\p{L}\\d(])${escaped(mark)}`;
  const named = [...question.matchAll(new RegExp(`${opening}\\s*([^,;:()]+?)\\s*(?=[,;:()]|$)`, 'gu'))].at(-1);
  const words = normalizeText(named?.[1]?.replace(/^(and|or) |\s(and|or)$/g, '') ?? '');
  if (!named || !/\p{L}{2}/u.test(words) || words.split(' ').length > PART_MAX_WORDS) return '';
  // The question's own text: after the sentence before it, up to its first part.
  const own = question.slice(0, named.index).replace(/^.*[.?!:]\s+(?=\p{L})/u, '');
  const firstPart = own.search(PART_START);
  const title = own
    .slice(0, firstPart < 0 ? own.length : firstPart)
    .replace(/[\s—–:,-]+$/u, '')
    .split(' ')
    .slice(-TITLE_MAX_WORDS)
    .join(' ');
  return /\p{L}{2}/u.test(title) ? `${title}: ${words}` : words;
}

/**
 * The caption of a box printed only as a part's mark ("(a) [ ]"): the name its question, printed
 * above in the same paragraph or cell, gives that part; '' otherwise.
 */
export function letteredCaption(element: Element): string {
  const mark = lineBefore(element).line;
  if (!PART_MARK.test(mark)) return '';
  let container = element.parentElement;
  for (let depth = 0; container && depth < QUESTION_DEPTH; depth += 1, container = container.parentElement) {
    const caption = partNamed(textBefore(container, element).slice(0, -mark.length), mark);
    if (caption) return caption;
  }
  return '';
}
