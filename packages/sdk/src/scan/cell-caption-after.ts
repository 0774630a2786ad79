/**
 * A box whose caption is printed in the table cell to its right, as a form laid out "box, then
 * its numbered caption" does (a paper form's two columns: `[ ] | 1. Position title`): the box, or
 * a group of radios, opens its row, and the next cell holds words and no control.
 */
import { readableText } from './element-text.ts';
import { ANSWERABLE_SELECTOR, isCheckable, type FieldElement } from './field-element.ts';

/** Longest text a caption cell holds: more is instructions. */
const CAPTION_MAX_LENGTH = 150;
/** Most text the box's own cell may print around it: a blank's "Date ____", a "$ … per year", a group's "Yes No". */
const OWN_TEXT_MAX_LENGTH = 20;

const holdsWords = (cell: Element): boolean => /\p{L}{2}/u.test(readableText(cell));

/** True when `cell` holds `element` alone, or with the other radios of its group, and little text. */
function holdsOnly(cell: Element, element: Element): boolean {
  const answers = Array.from(cell.querySelectorAll(ANSWERABLE_SELECTOR));
  const name = element.getAttribute('name');
  // A radio's cell holds its whole group: one option per cell ("[o] | Yes | [o] | No") is a row of options.
  const alone =
    element.getAttribute('type') === 'radio'
      ? answers.length > 1 && name !== null && answers.every((answer) => answer.getAttribute('name') === name)
      : answers.length === 1;
  return alone && readableText(cell).replace(/_+/g, ' ').trim().length <= OWN_TEXT_MAX_LENGTH;
}

/** The caption in the cell right after the cell that holds `element`, first in its row; else ''. */
export function cellCaptionAfter(element: Element): string {
  if (isCheckable(element as FieldElement) && element.getAttribute('type') !== 'radio') return '';
  const cell = element.closest('td, th');
  if (!cell || !holdsOnly(cell, element)) return '';
  for (let before = cell.previousElementSibling; before; before = before.previousElementSibling)
    if (holdsWords(before) || before.querySelector(ANSWERABLE_SELECTOR)) return '';
  const after = cell.nextElementSibling;
  // A label in the next cell names the control it points at (an option's "Yes"), not this box.
  if (!after || after.querySelector(`${ANSWERABLE_SELECTOR}, label[for]`)) return '';
  const caption = readableText(after, CAPTION_MAX_LENGTH + 1);
  return /\p{L}{2}/u.test(caption) && caption.length <= CAPTION_MAX_LENGTH ? caption : '';
}
