import { ANSWERABLE_SELECTOR } from './field-element.ts';

/** A box a row of answers holds: not a hidden input, a radio, a checkbox or an upload ("CV / Resume"). */
const ROW_BOX = ANSWERABLE_SELECTOR.split(', ')
  .map((selector) => `${selector}:not([type="hidden"]):not([type="radio"]):not([type="checkbox"]):not([type="file"])`)
  .join(', ');

export const isRowBox = (element: Element): boolean => element.matches(ROW_BOX);

/**
 * The boxes of the nearest wrapper, at most `depth` up, that holds this box and another (a date's
 * "[DD] [MM] [YYYY]", a cell's "[ST] [ZIP]"), in page order; [] when the box stands alone that far up.
 */
export function boxesInRow(element: Element, depth: number): Element[] {
  for (let row = element.parentElement, level = 0; row && level < depth; level += 1, row = row.parentElement) {
    const boxes = Array.from(row.querySelectorAll(ROW_BOX));
    if (boxes.length > 1) return boxes;
  }
  return [];
}
