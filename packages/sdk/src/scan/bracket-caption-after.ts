/**
 * Boxes captioned in brackets right after them, on a line of several such boxes, as paper forms
 * print a name or an address inside a sentence: "My legal name is [ ] (first) [ ] (middle) [ ]
 * (last)". Each bracket names the box before it; read as the next box's caption it would shift
 * every part by one.
 */
import { normalizeText } from './element-text.ts';
import { ANSWERABLE_SELECTOR, isElementNode } from './field-element.ts';

/** A caption in brackets: a few words, no digits ("(first)", "(street and number)"). */
const BRACKETED = /^\(\s*(\p{L}{2}[\p{L} .'-]{0,27})\s*\)/u;
/**
 * Brackets that say how to answer, not what ("(optional)", "(if any)", a date's "(mm/dd/yyyy)"),
 * or mark the next part ("(ii)"; a lone letter is no caption either).
 */
const NOT_A_CAPTION = /^(optional|required|if any|if applicable|mm|dd|yy|yyyy|month|day|year|ii|iii|iv|vi|vii)$/i;

/** The words in brackets printed right after `box` (past spaces and inline wrappers), or ''. */
function bracketAfter(box: Element): string {
  let text = '';
  for (let node = box.nextSibling; node; node = node.nextSibling) {
    if (isElementNode(node) && (node.matches(ANSWERABLE_SELECTOR) || node.querySelector(ANSWERABLE_SELECTOR))) break;
    text += node.textContent ?? '';
    if (/\S/.test(text)) break;
  }
  const words = BRACKETED.exec(text.replace(/\u00a0/g, ' ').trimStart())?.[1]?.trim() ?? '';
  return NOT_A_CAPTION.test(words) ? '' : words;
}

/** The bracketed caption after `element`, when at least two boxes of its line are captioned so; else ''. */
export function bracketCaptionAfter(element: Element): string {
  const own = bracketAfter(element);
  const line = element.parentElement;
  if (own === '' || !line) return '';
  const boxes = Array.from(line.children).filter((child) => child.matches(ANSWERABLE_SELECTOR));
  return boxes.filter((box) => bracketAfter(box) !== '').length >= 2 ? normalizeText(own) : '';
}

/** True when `textNode`, words right before a box, is the bracketed caption of the box before it. */
export function isCaptionOfBoxBefore(textNode: Node): boolean {
  let before = textNode.previousSibling;
  while (before && before.nodeType === Node.TEXT_NODE && !/\S/.test(before.textContent ?? ''))
    before = before.previousSibling;
  return (
    isElementNode(before) &&
    before.matches(ANSWERABLE_SELECTOR) &&
    BRACKETED.test((textNode.textContent ?? '').replace(/\u00a0/g, ' ').trim()) &&
    bracketCaptionAfter(before) !== ''
  );
}
