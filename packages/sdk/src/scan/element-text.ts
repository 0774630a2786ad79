/**
 * Text of page elements as a user reads it: whitespace collapsed, capped, and without the text of
 * controls inside (a wrapping label's textContent also holds every option of its select).
 */
import { SENTENCE_BOUNDARY } from './sentences.ts';

/**
 * Longest label or nearby text kept in a descriptor. Custom questions run long ("Do you hold, or
 * are you waiting on, an H-1B, TN, OPT or other status that Acme would need to support?"), their
 * meaning often at the end.
 */
export const MAX_TEXT_LENGTH = 160;

const SKIPPED_TAGS = new Set([
  'input',
  'select',
  'textarea',
  'option',
  'script',
  'style',
  'noscript',
  'template',
  'button',
]);

/**
 * An icon drawn by a ligature font and hidden from assistive technology (Material Icons' `<i
 * aria-hidden="true">event</i>`): its text is the glyph's name, which no person reads.
 */
const isLigatureIcon = (element: Element): boolean =>
  element.getAttribute('aria-hidden') === 'true' &&
  /(^|[\s_-])(icons?|material-symbols\S*)(\s|$)/i.test(element.className);

/** Longest title an icon may name a caption's word by ("LinkedIn", "Mobile"). */
const ICON_TITLE_MAX_LENGTH = 24;

/**
 * The word an icon font's glyph stands for in a caption (`<i class="fa fa-linkedin" title="LinkedIn">`
 * before "profile"): its title, which a person sees as the logo. A help or required mark says no word.
 */
function iconTitle(element: Element): string {
  const title = element.getAttribute('title')?.trim() ?? '';
  if (title === '' || title.length > ICON_TITLE_MAX_LENGTH || (element.textContent ?? '').trim() !== '') return '';
  const icon = element.localName === 'i' || /(^|[\s_-])(icon|ico|fa|bi)([\s_-]|$)/i.test(element.className);
  return icon && !/^(help|info|information|more info|required|mandatory|optional|tooltip)$/i.test(title) ? title : '';
}

/**
 * Collapses whitespace, trims and caps at `max` characters. A question after a preamble too long
 * for both is kept whole, the preamble dropped.
 */
export function normalizeText(text: string, max = MAX_TEXT_LENGTH): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (collapsed.length <= max) return collapsed;
  return (questionAfterPreamble(collapsed, max) ?? collapsed.slice(0, max)).trim();
}

/**
 * "This position is on site five days a week. Do you currently live within commuting distance of
 * Bozeman, MT?": the question is what a person answers, the sentences before it only lead to it.
 * A question too long to keep whole after its preamble is kept from its start, where it says what
 * it asks ("Will you now or in the future require sponsorship…"). A text that opens with its
 * question keeps it, whatever follows.
 */
function questionAfterPreamble(text: string, max: number): string | undefined {
  let longQuestion: string | undefined;
  for (const boundary of text.matchAll(SENTENCE_BOUNDARY)) {
    if (text.slice(0, boundary.index).includes('?')) return longQuestion;
    const tail = text.slice(boundary.index + boundary[0].length);
    if (tail.length <= max) return tail.includes('?') ? tail : longQuestion;
    longQuestion ??= opensWithQuestion(tail) ? tail.slice(0, max) : undefined;
  }
  return longQuestion;
}

/** True when the text's first sentence is a question. */
function opensWithQuestion(text: string): boolean {
  const mark = text.indexOf('?');
  const end = text.search(SENTENCE_BOUNDARY);
  return mark >= 0 && (end < 0 || mark < end);
}

/** The readable text of a node, skipping the text of nested controls, scripts and styles. */
export function readableText(node: Node, max = MAX_TEXT_LENGTH): string {
  const parts: string[] = [];
  // A button asked for its own text gives it (a picker dialog's rows and its OK are buttons);
  // buttons inside what is read are still skipped.
  if ((node as Element).localName === 'button')
    for (let child = node.firstChild; child; child = child.nextSibling) collect(child, parts);
  else collect(node, parts);
  return normalizeText(parts.join(' '), max);
}

/**
 * The text a node says to assistive technology: without the parts drawn for the eye only (Radix
 * Themes' segmented control draws each label twice, one copy `aria-hidden`; Mantine's switch draws
 * its state "NO" in a hidden track inside its label). All of it when nothing else is said.
 */
export function spokenText(node: Element): string {
  if (!node.querySelector('[aria-hidden="true"]')) return readableText(node);
  const spoken = node.cloneNode(true) as Element;
  for (const hidden of spoken.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return readableText(spoken) || readableText(node);
}

function collect(node: Node, parts: string[]): void {
  if (node.nodeType === 3) {
    parts.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1) return;
  const element = node as Element;
  if (SKIPPED_TAGS.has(element.localName)) return;
  const named = iconTitle(element);
  if (named) {
    parts.push(named);
    return;
  }
  if (isLigatureIcon(element)) return;
  // A web component's slot shows the page's nodes assigned to it (Shoelace's `slot="prefix"`);
  // without assigned nodes it shows its own (fallback) content.
  if (element.localName === 'slot') {
    const assigned = (element as HTMLSlotElement).assignedNodes({ flatten: true });
    if (assigned.length > 0) {
      for (const node of assigned) collect(node, parts);
      return;
    }
  }
  for (let child = node.firstChild; child; child = child.nextSibling) collect(child, parts);
}
