/**
 * The heading of the part of the form a field sits in ("Work Experience 1", "References",
 * "Education", "E-Signature"): the nearest heading before the field, climbing the field's
 * ancestors. Heuristics read it to tell the applicant's own details from a past employer's, a
 * referee's or a signature box's.
 */
import { readableText } from './element-text.ts';
import { ANSWERABLE_SELECTOR } from './field-element.ts';

const HEADING = 'h1, h2, h3, h4, h5, h6, legend, [role="heading"]';
const MAX_DEPTH = 10;
/** Siblings looked at per level; a long list of fields before is not worth walking. */
const MAX_SIBLINGS = 30;

/**
 * The heading a sibling gives the fields after it: the sibling itself, or the last heading in a
 * wrapper of headings. A sibling that holds fields is a part of its own: its headings are its own.
 */
function lastHeading(element: Element): Element | null {
  if (element.matches(HEADING)) return element;
  if (element.querySelector(ANSWERABLE_SELECTOR)) return null;
  const headings = element.querySelectorAll(HEADING);
  return headings.length > 0 ? (headings[headings.length - 1] ?? null) : null;
}

/** The text of the nearest heading before `element`, or ''. */
export function fieldSection(element: Element): string {
  let node: Element | null = element;
  for (let depth = 0; node && depth < MAX_DEPTH; depth += 1) {
    let sibling = node.previousElementSibling;
    for (let seen = 0; sibling && seen < MAX_SIBLINGS; seen += 1) {
      const heading = lastHeading(sibling);
      if (heading) return readableText(heading);
      sibling = sibling.previousElementSibling;
    }
    node = node.parentElement;
    if (node && (node.localName === 'body' || node.localName === 'form')) {
      // A form's own heading may sit just before it.
      const before = node.localName === 'form' ? node.previousElementSibling : null;
      const heading = before ? lastHeading(before) : null;
      return heading ? readableText(heading) : '';
    }
  }
  return '';
}
