/**
 * Captions printed under a line of boxes, as paper forms print them: a line of boxes over a line of
 * small captions ("[ ] [ ] [ ]" over "Last  First  Middle"), or a title before the boxes with the
 * parts under them ("Name: [ ] [ ] [ ]" over "(Last) (First) (M.I.)"). Read only where the page
 * draws the captions nearer the boxes above them than the boxes below them: most pages print a
 * caption over its box, and the line under a row is the next row's.
 */
import { normalizeText, readableText } from './element-text.ts';
import { ANSWERABLE_SELECTOR, isCheckable, type FieldElement } from './field-element.ts';

/** How far up from a box the line of boxes may sit (box › its underline span › the line). */
const LINE_DEPTH = 3;
/** Most boxes one line of captions names part by part. */
const MAX_PARTS = 6;
/** Longest caption of one part. */
const PART_MAX_LENGTH = 100;
/** How much nearer (px) the captions must sit to the boxes above them than the next line does. */
const NEARER_BY = 2;

const isLineBreak = (node: Node): boolean => node.nodeName.toLowerCase() === 'br';

/** The texts of a caption line's parts: its elements, else its runs split by wide spaces or brackets. */
function partsOf(line: Element | DocumentFragment, count: number): string[] {
  const texts = Array.from(line.children, (child) => readableText(child)).filter((text) => text !== '');
  if (texts.length === count) return texts;
  const raw = line.textContent ?? '';
  const spaced = raw
    .split(/[\s\u00a0]{2,}/)
    .map((part) => normalizeText(part))
    .filter(Boolean);
  if (spaced.length === count) return spaced;
  const bracketed = Array.from(raw.matchAll(/\(([^()]+)\)/g), (match) => normalizeText(match[1] ?? ''));
  return bracketed.length === count ? bracketed : [];
}

const withoutBrackets = (text: string): string => normalizeText(text.replace(/^\((.*)\)$/, '$1'));

/** The boxes of a line: answerable fields, not check boxes or radios (their captions follow them). */
function boxesOf(line: Element): Element[] {
  return Array.from(line.querySelectorAll(ANSWERABLE_SELECTOR)).filter(
    (box) => !isCheckable(box as FieldElement) && box.checkVisibility(),
  );
}

/**
 * The line of captions under `line` of `count` boxes: its next sibling holding no box, drawn nearer
 * to it than to what follows, or (over several boxes) in smaller print than the line's own words.
 */
function captionLineUnder(line: Element, count: number): Element | undefined {
  let next = line.nextElementSibling;
  while (next && isLineBreak(next)) next = next.nextElementSibling;
  // A button or a link under the boxes ("Apply", "Add another") is no caption.
  const control = 'button, a, [role="button"], [role="link"]';
  if (!next || next.matches(control) || next.querySelector(`${ANSWERABLE_SELECTOR}, ${control}`)) return undefined;
  if (!next.checkVisibility()) return undefined;
  const lineBox = line.getBoundingClientRect();
  const captions = next.getBoundingClientRect();
  const gapAbove = captions.top - lineBox.bottom;
  const after = next.nextElementSibling?.getBoundingClientRect();
  const gapBelow = after ? after.top - captions.bottom : Infinity;
  if (lineBox.height === 0 || gapAbove < -1) return undefined;
  return gapAbove + NEARER_BY < gapBelow || (count > 1 && smallerPrint(next, line)) ? next : undefined;
}

/** The size of the first text `element` prints, in px; NaN when it prints none. */
function printSize(element: Element): number {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if ((text.nodeValue ?? '').trim() === '' || !text.parentElement) continue;
    return Number.parseFloat(getComputedStyle(text.parentElement).fontSize);
  }
  return Number.NaN;
}

/** True when `captions` print smaller than the words of the line above them: a paper form's small print. */
const smallerPrint = (captions: Element, line: Element): boolean => printSize(captions) < printSize(line);

/** The captions after a line break inside `line`, past its last box ("[ ] [ ] [ ]<br><small>last first middle</small>"). */
function captionsAfterBreak(line: Element, lastBox: Element): DocumentFragment | undefined {
  let at: Node | null = lastBox;
  while (at && at.parentNode !== line) at = at.parentNode;
  for (at = at?.nextSibling ?? null; at && !isLineBreak(at); at = at.nextSibling)
    if ((at.textContent ?? '').trim() !== '') return undefined;
  if (!at) return undefined;
  const range = line.ownerDocument.createRange();
  range.setStartAfter(at);
  range.setEndAfter(line.lastChild as Node);
  return range.cloneContents();
}

/** The title of a line of boxes: words before its first box, or the term a definition list gives it. */
function lineTitle(line: Element, firstBox: Element): string {
  const range = line.ownerDocument.createRange();
  range.setStart(line, 0);
  range.setEndBefore(firstBox);
  const before = normalizeText(range.toString()).replace(/[\s:]+$/, '');
  if (before !== '') return before;
  const term = line.localName === 'dd' ? line.previousElementSibling : null;
  return term?.localName === 'dt' ? readableText(term) : '';
}

/**
 * The caption printed under `element` in a line of boxes captioned part by part beneath them, with
 * the line's title before it when it has one ("Name: Last"); '' when the line is captioned otherwise.
 */
export function captionBelow(element: Element): string {
  if (isCheckable(element as FieldElement)) return '';
  let line: Element | null = element.parentElement;
  for (let depth = 0; line && depth < LINE_DEPTH; depth += 1, line = line.parentElement) {
    // A fieldset's boxes are named by its legend and their own labels; a table's rows by its
    // columns (column-caption.ts).
    if (/^(fieldset|tr|tbody|thead|table)$/.test(line.localName)) break;
    const boxes = boxesOf(line);
    if (boxes.length === 0 || boxes.length > MAX_PARTS || !boxes.includes(element)) continue;
    const captions = captionsAfterBreak(line, boxes.at(-1) as Element) ?? captionLineUnder(line, boxes.length);
    if (!captions) continue;
    const parts = partsOf(captions, boxes.length);
    const part = withoutBrackets(parts[boxes.indexOf(element)] ?? '');
    // A sentence under a lone box is its help ("We never share your email."), not its caption.
    const help = boxes.length === 1 && /[.!?]$/.test(part);
    if (part === '' || help || part.length > PART_MAX_LENGTH || !/\p{L}/u.test(part)) return '';
    const title = lineTitle(line, boxes[0] as Element);
    return title ? `${title}: ${part}` : part;
  }
  return '';
}
