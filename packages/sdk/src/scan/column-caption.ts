/**
 * Captions printed in the table row above a row of boxes, column by column (hospital and public
 * sector applicant modules: "First Name | Middle Name | Last Name" over three boxes), with rows of
 * instructions between them ("MM/DD/YYYY | Annual amount in whole dollars"), or in the row under
 * them as paper forms print them. A person reads each box's caption up (or down) its column, and
 * the instructions under the caption as its help.
 */
import { readableText } from './element-text.ts';
import { ANSWERABLE_SELECTOR } from './field-element.ts';
import { imageCaption } from './image-caption.ts';

/** Rows of captions and instructions a box row may sit under, nearest first. */
const MAX_ROWS_ABOVE = 3;

/** Longest text a caption cell holds: more is a paragraph. */
const CAPTION_MAX_LENGTH = 200;

/**
 * Text that instructs rather than names: a sentence of three words or more ("Paste the text of
 * your cover letter.", not "M.I."), a format ("MM/DD/YYYY", "(example: 9165550100)"), or a note
 * after a colon ("Accepted: .doc, .pdf").
 */
const INSTRUCTION =
  /^\S+\s+\S+\s+.*\.\s*\)?$|^(\(|e\.g\.|example\b)|^(mm|dd|yy|yyyy)([/.-](mm|dd|yy|yyyy))+$|^[\p{L} ]{2,20}:\s*\S/iu;

/** Where a cell starts, in columns, counting the spans of the cells before it. */
export function columnOf(cell: HTMLTableCellElement): number {
  let column = 0;
  for (let before = cell.previousElementSibling; before; before = before.previousElementSibling)
    column += (before as HTMLTableCellElement).colSpan || 1;
  return column;
}

/** The cell of `row` covering `column`, wherever it starts. */
function cellCovering(row: HTMLTableRowElement, column: number): HTMLTableCellElement | undefined {
  let start = 0;
  for (const cell of Array.from(row.cells)) {
    const end = start + (cell.colSpan || 1);
    if (column < end) return column >= start ? cell : undefined;
    start = end;
  }
  return undefined;
}

/** The cell starting at `column` exactly, or undefined. */
export function cellAtColumn(row: HTMLTableRowElement, column: number): HTMLTableCellElement | undefined {
  const cell = cellCovering(row, column);
  return cell && columnOf(cell) === column ? cell : undefined;
}

const holdsControl = (cell: Element): boolean => cell.querySelector(ANSWERABLE_SELECTOR) !== null;

/** A row of boxes: every cell holds a control or says nothing (an empty cell, a "$" before a box; no caption drawn as an image). */
const isBoxRow = (row: HTMLTableRowElement): boolean =>
  Array.from(row.cells).every(
    (cell) => holdsControl(cell) || (!/\p{L}{2}/u.test(readableText(cell)) && imageCaption(cell) === ''),
  );

/** A row of text only, with something to read. */
const isTextRow = (row: HTMLTableRowElement): boolean =>
  !holdsControl(row) &&
  Array.from(row.cells).some((cell) => /\p{L}/u.test(readableText(cell))) &&
  Array.from(row.cells).every((cell) => readableText(cell, CAPTION_MAX_LENGTH + 1).length <= CAPTION_MAX_LENGTH);

/**
 * The cell over `box` in `row`: the one covering the box's column and no other box of the box row
 * (a heading spanning three boxes names none of them).
 */
function cellOver(row: HTMLTableRowElement, box: HTMLTableCellElement): HTMLTableCellElement | undefined {
  // A row of as many captions as the row has boxes names them in order, however their spans fall
  // (captions spanning 2 + 2 + 2 columns over boxes spanning 3 + 2 + 1).
  const boxes = Array.from((box.parentElement as HTMLTableRowElement).cells);
  if (row.cells.length === boxes.length && row.cells.length > 1 && boxes.every(holdsControl))
    return row.cells[boxes.indexOf(box)];
  const cell = cellCovering(row, columnOf(box));
  if (!cell) return undefined;
  const start = columnOf(cell);
  const end = start + (cell.colSpan || 1);
  const others = Array.from((box.parentElement as HTMLTableRowElement).cells).filter(
    (other) => other !== box && holdsControl(other),
  );
  return others.some((other) => columnOf(other) >= start && columnOf(other) < end) ? undefined : cell;
}

/** A row with a cell that instructs ("MM/DD/YYYY" over one of the boxes): its text is help, the captions are further up. */
const instructs = (row: HTMLTableRowElement): boolean =>
  Array.from(row.cells).some((cell) => INSTRUCTION.test(readableText(cell).trim()));

interface ColumnTexts {
  readonly caption: HTMLTableCellElement;
  /** A header over several columns the caption sits under ("Legal name" over "Last | First | Middle"). */
  readonly group?: HTMLTableCellElement;
  readonly instructions: readonly HTMLTableCellElement[];
}

/** The header cell spanning `caption`'s column and others, beside other headers, in the row above it; if any. */
function groupHeader(row: HTMLTableRowElement, caption: HTMLTableCellElement): HTMLTableCellElement | undefined {
  const above = row.previousElementSibling;
  if (above?.localName !== 'tr' || !isTextRow(above as HTMLTableRowElement)) return undefined;
  // A title across the whole table ("Reference 1") names the part, not a value in parts.
  if ((above as HTMLTableRowElement).cells.length < 2) return undefined;
  const cell = cellCovering(above as HTMLTableRowElement, columnOf(caption));
  return cell && (cell.colSpan || 1) > 1 && cell.localName === 'th' && caption.localName === 'th' ? cell : undefined;
}

/**
 * The caption cell over a box in a row of boxes, and the instruction cells between them; else the
 * caption printed under it, as paper forms do ("[ ] [ ] [ ]" over "Last | First | M.I.").
 */
function columnTexts(element: Element): ColumnTexts | undefined {
  const box = element.closest('td');
  const row = box?.parentElement;
  if (!box || row?.localName !== 'tr' || !isBoxRow(row as HTMLTableRowElement)) return undefined;
  const boxRow = row as HTMLTableRowElement;
  // A table that opens with a row of boxes prints each row's captions under it: the text row over
  // a later row of boxes belongs to the boxes above it.
  const first = boxRow.parentElement?.querySelector(':scope > tr');
  if (first && first !== boxRow && isBoxRow(first as HTMLTableRowElement)) return captionBelow(box, boxRow);
  return captionAbove(box, boxRow) ?? captionBelow(box, boxRow);
}

/** The caption in the text row right under a row of boxes, in the box's column; a format there ("(mm/dd/yyyy)") is none. */
function captionBelow(box: HTMLTableCellElement, row: HTMLTableRowElement): ColumnTexts | undefined {
  const below = row.nextElementSibling;
  if (below?.localName !== 'tr' || !isTextRow(below as HTMLTableRowElement)) return undefined;
  const cell = cellOver(below as HTMLTableRowElement, box);
  // What a caption adds in brackets ("Number and Street (include Apt. No.)") does not make it a sentence.
  const text = cell
    ? readableText(cell)
        .replace(/\([^)]*\)/g, '')
        .trim()
    : '';
  return cell && /\p{L}{2}/u.test(text) && !INSTRUCTION.test(text) ? { caption: cell, instructions: [] } : undefined;
}

function captionAbove(box: HTMLTableCellElement, row: HTMLTableRowElement): ColumnTexts | undefined {
  const instructions: HTMLTableCellElement[] = [];
  let above = row.previousElementSibling;
  for (let count = 0; count < MAX_ROWS_ABOVE && above?.localName === 'tr'; count += 1) {
    const candidate = above as HTMLTableRowElement;
    if (!isTextRow(candidate)) return undefined;
    const cell = cellOver(candidate, box);
    const text = cell ? readableText(cell).trim() : '';
    if (cell && /\p{L}/u.test(text) && !instructs(candidate)) {
      const group = groupHeader(candidate, cell);
      return group ? { caption: cell, group, instructions } : { caption: cell, instructions };
    }
    // Instructions across the table are every box's below them ("Area code first, numbers only").
    const instruction = cell ?? cellCovering(candidate, columnOf(box));
    if (instruction && /\p{L}/u.test(readableText(instruction))) instructions.push(instruction);
    above = candidate.previousElementSibling;
  }
  return undefined;
}

/** The caption up a box's column in a table of caption rows and box rows, or ''. */
export function columnCaption(element: Element): string {
  const texts = columnTexts(element);
  if (!texts) return '';
  return texts.group ? `${readableText(texts.group)} ${readableText(texts.caption)}` : readableText(texts.caption);
}

/** The instructions printed between a box's column caption and the box, or ''. */
export function columnInstructions(element: Element): string {
  const texts = columnTexts(element);
  return texts ? texts.instructions.map((cell) => readableText(cell)).join(' ') : '';
}
