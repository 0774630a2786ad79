/**
 * Segmented date inputs (React Aria's DatePicker, MUI X pickers, Workday's date sections): a group
 * of `role=spinbutton` segments for month, day and year. Each segment takes its digits the way
 * typing gives them: an editable element through `insertText` (which fires the `beforeinput` the
 * libraries listen to), an `<input>` segment key by key; the segments' `aria-valuenow` (an input's
 * own value) then say whether the date stuck.
 */
import type { FillOutcome } from '../fill/fill-outcome.ts';
import { dispatchChange } from '../fill/field-events.ts';
import { focusAndSelectAll, typeKeys } from './person-events.ts';
import { nextTask } from './wait-for.ts';

type DatePart = 'year' | 'month' | 'day';

const SEGMENT = '[role="spinbutton"]';

function segmentsOf(group: Element): Element[] {
  return Array.from(group.querySelectorAll(SEGMENT));
}

/** Which part a segment holds: by its type or label, else by its range (12, 31, a four-digit year). */
function partOf(segment: Element): DatePart | undefined {
  const words = `${segment.getAttribute('data-type') ?? ''} ${segment.getAttribute('aria-label') ?? ''}`.toLowerCase();
  for (const part of ['month', 'day', 'year'] as const) if (new RegExp(`\\b${part}\\b`).test(words)) return part;
  const max = Number(segment.getAttribute('aria-valuemax'));
  if (max === 12) return 'month';
  if (max === 31) return 'day';
  return max >= 1000 ? 'year' : undefined;
}

/** True for a group of month/day/year spinbuttons: one date, typed part by part. */
export function isDateSegments(element: Element): boolean {
  if (element.getAttribute('role') !== 'group') return false;
  const segments = segmentsOf(element);
  const parts = new Set(segments.map(partOf));
  return segments.length >= 2 && segments.length <= 3 && !parts.has(undefined) && parts.size === segments.length;
}

function isInput(segment: Element): segment is HTMLInputElement {
  return segment.tagName === 'INPUT';
}

/** What a segment shows: an input's value, an editable segment's `aria-valuenow`. */
function segmentValue(segment: Element): string | null {
  return isInput(segment) ? segment.value : segment.getAttribute('aria-valuenow');
}

/** The date the segments hold, `YYYY-MM-DD` (or its parts present), '' while any is empty. */
export function readDateSegments(group: Element): string {
  const values = new Map(segmentsOf(group).map((segment) => [partOf(segment), segmentValue(segment)]));
  if ([...values.values()].some((value) => value === null || value === '')) return '';
  const pad = (value: string | null | undefined, width: number) => (value ?? '').padStart(width, '0');
  return [
    values.has('year') ? pad(values.get('year'), 4) : '',
    values.has('month') ? pad(values.get('month'), 2) : '',
    values.has('day') ? pad(values.get('day'), 2) : '',
  ]
    .filter((part) => part !== '')
    .join('-');
}

/**
 * One typed character as a keyboard delivers it to an editable element: a cancelable `keydown`
 * (Reka's segments take the digit there and cancel it), then a cancelable `beforeinput`
 * (`insertText`, React Aria's and MUI X's), and when nothing handled either, the user agent's own
 * insertion.
 */
function typeCharacter(segment: Element, character: string): void {
  const view = segment.ownerDocument.defaultView;
  if (!view) return;
  const init = { bubbles: true, cancelable: true, composed: true };
  const keyCode = character.charCodeAt(0);
  const key = { ...init, key: character, code: `Digit${character}`, keyCode, which: keyCode };
  const pressed = segment.dispatchEvent(new view.KeyboardEvent('keydown', key));
  const handled =
    !pressed ||
    !segment.dispatchEvent(new view.InputEvent('beforeinput', { ...init, inputType: 'insertText', data: character }));
  // Deprecated but still the one way to type into an editable element as the user agent does.
  if (!handled) segment.ownerDocument.execCommand('insertText', false, character);
  segment.dispatchEvent(new view.KeyboardEvent('keyup', key));
}

/** Types an ISO date (`2027-01-15`) into the segments; `filled` when every segment shows its part. */
export async function fillDateSegments(group: Element, isoDate: string): Promise<FillOutcome> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.trim());
  if (!match) return 'not_fillable';
  const wanted: Record<DatePart, string> = { year: match[1] ?? '', month: match[2] ?? '', day: match[3] ?? '' };
  const doc = group.ownerDocument;
  for (const segment of segmentsOf(group)) {
    const part = partOf(segment);
    if (part && isInput(segment)) {
      segment.focus({ preventScroll: true });
      segment.select();
      if (await typeKeys(segment, wanted[part])) dispatchChange(segment);
      continue;
    }
    if (!part || !focusAndSelectAll(segment)) return 'not_fillable';
    // One keystroke per task, as a person types: a React segment (MUI X) reads each digit against
    // the state the previous one left, so digits sent together overwrite each other.
    for (const digit of wanted[part]) {
      typeCharacter(segment, digit);
      await nextTask(doc);
    }
  }
  (doc.activeElement as HTMLElement | null)?.blur();
  const stuck = segmentsOf(group).every((segment) => {
    const part = partOf(segment);
    return part !== undefined && Number(segmentValue(segment)) === Number(wanted[part]);
  });
  return stuck ? 'filled' : 'did_not_stick';
}
