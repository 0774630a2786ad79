/**
 * The heading of the part of the form a field sits in ("Work Experience 1", "References",
 * "Education", "E-Signature"): the nearest heading before the field, climbing the field's
 * ancestors. Heuristics read it to tell the applicant's own details from a past employer's, a
 * referee's or a signature box's.
 */
import { readableText } from './element-text.ts';
import { ANSWERABLE_SELECTOR, type FieldElement, isCheckable } from './field-element.ts';
import { isRequiredMark } from './required-mark.ts';
import { hostParent } from './host-parent.ts';
import { NOTHING_DRAWN } from './field-label.ts';

// A disclosure's summary titles what it opens (a long application in collapsible `<details>` parts).
// A table's caption titles the boxes in it ("Professional References" over a grid of referees).
const HEADING = 'h1, h2, h3, h4, h5, h6, legend, [role="heading"], details > summary, table > caption';
/**
 * The title bars that server-rendered pages draw as divs: Bootstrap's panel and card headers and
 * titles (also drawn as a bare div over the fields), a "sectionbar".
 */
const TITLE_BAR = [
  '.panel-heading, .card-header, .panel-title, .card-title',
  ...['sectionbar', 'section-title', 'section-header', 'section-heading', 'sectiontitle', 'sectionheader'].map(
    (name) => `[class*="${name}" i]`,
  ),
].join(', ');
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
  if (element.matches(TITLE_BAR)) return element;
  // A layout table's title row: one header cell across it ("Work History", "References"), or one
  // cell drawn as a title ("<td colspan=4><b>EMPLOYER 1 (Current or Most Recent)</b>").
  if (element.localName === 'tr') {
    const { cells } = element as HTMLTableRowElement;
    const [cell] = cells;
    return cells.length === 1 && cell && (cell.localName === 'th' || drawnAsTitle(cell)) ? cell : null;
  }
  if (/^(div|p)$/.test(element.localName) && drawnAsTitle(element)) return element;
  const headings = element.querySelectorAll(HEADING);
  return headings.length > 0 ? (headings[headings.length - 1] ?? null) : null;
}

/** Longest text a title drawn without a heading element holds. */
const TITLE_MAX_LENGTH = 60;

/** The title in bold capitals opening `block` (its text `whole`) before a note, or ''. */
function leadingTitle(block: Element, whole: string): string {
  const lead = block.firstElementChild;
  const title = lead && /^(b|strong)$/.test(lead.localName) ? readableText(lead) : '';
  return title.length <= TITLE_MAX_LENGTH && whole.startsWith(title) && inCapitals(title) ? title : '';
}

/** A heading's title and the note written after it in the same block ("EMPLOYMENT RECORD  List … first."). */
function titleAndNote(heading: Element): { title: string; note: string } {
  const whole = readableText(heading);
  const title = leadingTitle(heading, whole);
  return title && title !== whole ? { title, note: whole.slice(title.length).trim() } : { title: whole, note: '' };
}

const isInline = (element: Element): boolean => getComputedStyle(element).display.startsWith('inline');

/** True for words in capitals, four letters or more ("E. EMPLOYMENT HISTORY"). */
function inCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * A title hand-written pages draw without a heading element: a short block in capitals ("E.
 * EMPLOYMENT HISTORY") or all in bold.
 */
function drawnAsTitle(block: Element): boolean {
  // An aside in brackets after a title in capitals ("PART 7 — PERSONAL REFERENCES (not relatives)") is no part of it.
  const whole = readableText(block, 2 * TITLE_MAX_LENGTH + 1);
  // A title in bold capitals opening its block, its note in small print after it ("EMPLOYMENT
  // RECORD  List last three employers, starting with the most recent one first.").
  if (leadingTitle(block, whole)) return true;
  const text = whole.replace(/\([^)]*\)/g, ' ').trim();
  if (
    text.length === 0 ||
    text.length > TITLE_MAX_LENGTH ||
    whole.length > 2 * TITLE_MAX_LENGTH ||
    isRequiredMark(text)
  )
    return false;
  if (inCapitals(text)) return true;
  const bold = Array.from(block.querySelectorAll('b, strong'), (part) => readableText(part)).join(' ');
  return bold.replace(/\s+/g, '') === text.replace(/\s+/g, '');
}

/**
 * A `<label>` naming no control, right before a part that holds several fields, captions that part
 * ("Professional References" over a table of Name / Email / Phone rows, as form builders draw a
 * repeater): the label of one field would name it. So does a short line ending in a colon before a
 * table of boxes.
 */
function groupCaption(sibling: Element, part: Element): Element | null {
  if (sibling.nextElementSibling !== part || part.querySelectorAll(ANSWERABLE_SELECTOR).length < 2) return null;
  // So does a short line ending in a colon right before a table of boxes ("16. References (not relatives):").
  if (
    /^(p|div)$/.test(sibling.localName) &&
    part.localName === 'table' &&
    !sibling.querySelector(ANSWERABLE_SELECTOR)
  ) {
    const text = readableText(sibling, 2 * TITLE_MAX_LENGTH + 1);
    if (text.endsWith(':') && text.replace(/\([^)]*\)/g, '').length <= TITLE_MAX_LENGTH) return sibling;
  }
  const label = sibling.matches('label') ? sibling : sibling.querySelector(':scope > label:only-child');
  return label && !(label as HTMLLabelElement).htmlFor && !label.querySelector(ANSWERABLE_SELECTOR) ? label : null;
}

/**
 * True for the legend of a fieldset whose answers are all `element`'s own group of radios or boxes,
 * or that holds only `element`, captioned by nothing else: the legend is its label. (A box
 * captioned "Answer" under a legend keeps the legend as the question it answers.)
 */
function asksOwnQuestion(heading: Element, element: Element): boolean {
  const fieldset = heading.localName === 'legend' ? heading.parentElement : null;
  if (!fieldset?.contains(element)) return false;
  // A fieldset around one box with no caption of its own has its legend for that caption (a page
  // that draws each box in a fieldset: "Phone" under "References").
  if (!isCheckable(element as FieldElement))
    return (
      element.closest('fieldset') === fieldset &&
      fieldset.querySelectorAll(ANSWERABLE_SELECTOR).length === 1 &&
      !fieldset.querySelector('label') &&
      !element.hasAttribute('aria-label') &&
      !element.hasAttribute('aria-labelledby')
    );
  const name = element.getAttribute('name');
  return Array.from(fieldset.querySelectorAll(ANSWERABLE_SELECTOR)).every(
    (answer) => answer === element || (name !== null && answer.getAttribute('name') === name),
  );
}

/** Fields a container holds to be a part of the form of its own, not a row. */
const PART_MIN_FIELDS = 3;
/** What kind of part an element is: its tag, class and id without numbers (entries of one list are alike). */
const partKind = (element: Element): string =>
  `${element.localName}.${element.getAttribute('class') ?? ''}#${element.id.replace(/\d+/g, '')}`;
const fieldCount = (element: Element): number =>
  element.querySelectorAll('input:not([type="hidden"]), select, textarea, [role="combobox"]').length;

/**
 * True when `sibling`, before `node`, is a part of the form of another kind than `node`: two
 * blocks of several fields each, named apart by their ids (`education_section`, `custom_fields`),
 * not entries of one list (`entry-0`, `entry-1`) nor rows of fields.
 */
function isAnotherPart(sibling: Element, node: Element): boolean {
  if (sibling.id === '' || node.id === '' || partKind(sibling) === partKind(node)) return false;
  return fieldCount(sibling) >= PART_MIN_FIELDS && fieldCount(node) >= PART_MIN_FIELDS;
}

/** The longest note under a heading that is read as the part's instructions. */
const MAX_NOTE_LENGTH = 160;

/** The part a field sits in: its heading, and the note right under it ("List your most recent position first."). */
export interface FieldSection {
  section: string;
  sectionNote: string;
}

/**
 * The heading of a list's first entry ("Employer 1", "Position #1"), or of an entry a repeater
 * draws alike for each ("Employer"): the list's heading and note come next.
 */
const FIRST_ENTRY = /(^|\s)#?\s?1\s*[:.)]?$|^(employer|job|position)$/i;
/** The link an entry's heading holds to take the entry out ("Previous Employment 1 Delete"). */
const ENTRY_ACTION = /\s+(delete|remove|edit)$/i;

/**
 * The nearest heading before `element` and the note under it, or ''. Under a list's first entry
 * ("Employer 1"), the note is the list's ("Employment History: list your most recent employer
 * first"): it says which entry comes first. Texts in `drawn` are a dropdown's pick or prompt drawn
 * before its box (react-select's "+91 India"): no note.
 */
export function fieldSection(element: Element, drawn: ReadonlySet<string> = NOTHING_DRAWN): FieldSection {
  const officeUse = officeUseTitle(element);
  if (officeUse) return { section: officeUse, sectionNote: '' };
  let node: Element | null = element;
  let note = '';
  let firstEntry: string | undefined;
  // Under a list's first entry, the list's heading is a note on it too ("EMPLOYMENT — MOST RECENT
  // FIRST" over "Employer 1").
  const found = (section: string): FieldSection =>
    firstEntry === undefined ? { section, sectionNote: note } : { section: firstEntry, sectionNote: note || section };
  for (let depth = 0; node && depth < MAX_DEPTH; depth += 1) {
    let sibling = node.previousElementSibling;
    for (let seen = 0; sibling && seen < MAX_SIBLINGS; seen += 1) {
      // A part of another kind between the field's part and a heading has that heading for itself
      // (Greenhouse: "Education" over the education block, the custom questions after it).
      if (isAnotherPart(sibling, node)) return found('');
      const heading = lastHeading(sibling) ?? groupCaption(sibling, node);
      // The legend of a fieldset holding one question asks it ("Completed?" over Yes / No): the
      // part it belongs to is named further up.
      if (heading && asksOwnQuestion(heading, element)) {
        sibling = sibling.previousElementSibling;
        continue;
      }
      if (heading) {
        const { title: section, note: headingNote } = titleAndNote(heading);
        note ||= headingNote;
        if (firstEntry !== undefined || note !== '' || !FIRST_ENTRY.test(section.replace(ENTRY_ACTION, '')))
          return found(section);
        firstEntry = section;
      } else if (
        !sibling.matches('label, dt, td, th, button, [role="button"]') &&
        !sibling.querySelector(ANSWERABLE_SELECTOR)
      ) {
        // Text between the heading and the fields, nearest the heading: the part's instructions
        // (a caption of a field, a definition list's term, the caption cell of a field's row, an
        // entry's "Remove" button, is none).
        // A required mark printed before a field's label ("*") is no note.
        // Words inline beside the box itself ("Name of Employer [ ]" in one cell) are its caption, not a note.
        const text = depth === 0 && isInline(sibling) ? '' : readableText(sibling);
        if (text !== '' && text.length <= MAX_NOTE_LENGTH && !isRequiredMark(text) && !drawn.has(text)) note = text;
      }
      sibling = sibling.previousElementSibling;
    }
    // A part of a web component sits in the page's parts through its host.
    node = hostParent(node);
    // A web component titles its group by an attribute it draws in its shadow root (UI5's
    // `<ui5-form-group header-text="Reference 1">`).
    const title = node?.localName.includes('-') ? node.getAttribute('header-text') : null;
    if (title) return found(title);
    if (node && (node.localName === 'body' || node.localName === 'form')) {
      // A form's own heading may sit just before it.
      const before = node.localName === 'form' ? node.previousElementSibling : null;
      const heading = before ? lastHeading(before) : null;
      return { section: firstEntry ?? (heading ? readableText(heading) : ''), sectionNote: '' };
    }
  }
  return { section: firstEntry ?? '', sectionNote: '' };
}

/** The box a paper form keeps for the employer's own notes: "For office use only", "FOR HUMAN RESOURCES USE ONLY". */
const OFFICE_USE = /^\W*(for (the )?(\w+ ){0,2}|(\w+ ){1,2})use only\b/i;
/** True when `text` opens with the title of the employer's own box ("For office use only"). */
export const namesOfficeUse = (text: string): boolean => OFFICE_USE.test(text);

/** Wrappers climbed looking for such a box's title, and the text read of each. */
const OFFICE_USE_DEPTH = 4;
const OFFICE_USE_TEXT = 60;

/**
 * The title of the employer's box a field sits in ("FOR HUMAN RESOURCES USE ONLY", opening a block
 * of "Start date" and "Salary" boxes), or '': what a wrapper says first.
 */
function officeUseTitle(element: Element): string {
  let node = element.parentElement;
  for (let depth = 0; node && depth < OFFICE_USE_DEPTH && !/^(form|body)$/.test(node.localName); depth += 1) {
    const title = OFFICE_USE.exec(leadingText(node, OFFICE_USE_TEXT))?.[0];
    if (title) return title.trim();
    node = node.parentElement;
  }
  return '';
}

/** The first `max` characters of text in `node`, in document order. */
function leadingText(node: Element, max: number): string {
  const walker = node.ownerDocument.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let current = walker.nextNode(); current && text.length < max; current = walker.nextNode())
    text += ` ${current.nodeValue ?? ''}`;
  return text.replace(/\s+/g, ' ').trim().slice(0, max);
}
