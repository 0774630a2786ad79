/**
 * A date picker drawn as a button that opens a calendar (shadcn's and Mantine's DatePickerInput,
 * daisyUI's Cally recipe): there is no box to type into, so the date is picked the way a person
 * picks it.
 *
 *   press trigger ──► calendar shown? ──no──► 'not_fillable'
 *        ▼
 *   the day's cell shown? ──yes──► press it ──► trigger shows a new date? ──► 'filled' | 'did_not_stick'
 *        │ no                                └──► always: Escape if the calendar is still open
 *        ▼
 *   months away (from the cells' own dates or the heading "January 2027") ──► press Next / Previous, again
 *
 * A month picker opens a panel of the twelve months under a year ("2027", Jan … Dec): the month's
 * cell is pressed once the panel shows the year, stepping a year at a time.
 */
import type { FillOutcome } from '../fill/fill-outcome.ts';
import { readableText } from '../scan/element-text.ts';
import { composedQueryAll } from './composed-query.ts';
import { isShown } from './is-shown.ts';
import { press, pressKey } from './person-events.ts';
import { confirmButton } from './picker-dialog.ts';
import { readWidgetValue } from './read-widget-value.ts';
import { referencedElements } from './referenced-elements.ts';
import { monthNamesIn } from '../values/month-names.ts';
import { DEFAULT_TIMEOUT_MS, delay, nextTask, waitFor } from './wait-for.ts';

/** A year and a month (0-11), and a day when known. */
interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * What a calendar draws a day as: a button or grid cell (a bare table cell in older pickers), or a
 * focusable element named by its date (flatpickr's `<span class="flatpickr-day" aria-label="January 15, 2027">`).
 */
// Arco draws its days as `div.arco-picker-cell`, with no role.
const DAY_CELL = 'button, [role="gridcell"], [role="button"], td, a, [tabindex][aria-label], [class*="cell" i]';
/** Where a calendar opens: a dialog, a popover, a grid, or a table shown beside the trigger. */
const CALENDAR_BOX =
  '[role="dialog"], [role="grid"], [popover], dialog, table, [class*="calendar" i], [class*="picker" i]';
/** A calendar shows at least a month of days. */
const MIN_DAYS = 28;
/** How far a person steps month by month before giving up (five years). */
const MAX_STEPS = 60;
/** A cell drawn for another month than the one shown (react-day-picker, Mantine, bootstrap-datepicker, flatpickr). */
const OTHER_MONTH = /outside|other-?month|adjacent|not-?current|prev(ious)?-?month|next-?month|\b(old|new)\b|disabled/i;
/** A cell marked as the shown month's own (Arco's `arco-picker-cell-in-view`). */
const THIS_MONTH = /(^|[-_\s])(in-?view|in-?month|current-?month|this-?month)([-_\s]|$)/i;
const NEXT = /\bnext\b|›|»|→|^>$|nächste|suivant|siguiente|próximo|volgende/i;
const PREVIOUS = /\bprev(ious)?\b|‹|«|←|^<$|vorherige|précédent|anterior|vorige/i;
/** A step by a year or more (antd's super-next), not by a month. */
const BIG_STEP = /year|decade|super|jahr|année|año/i;

/**
 * Picks `isoDate` (yyyy-mm-dd) from the calendar `trigger` opens, the way a person does. Never
 * throws; the calendar is closed again. `typedBefore`: a date was just typed into the trigger's box,
 * so a calendar still open is the one that box opened.
 */
export async function pickCalendarDate(trigger: Element, isoDate: string, typedBefore = false): Promise<FillOutcome> {
  const wanted = parseIso(isoDate);
  if (!wanted) return 'not_fillable';
  const doc = trigger.ownerDocument;
  const before = readWidgetValue(trigger);
  if (typedBefore) await closeLeftOpen(trigger);
  const shownBefore = new Set(shownBoxes(doc));
  await press(trigger);
  const months = monthNames(doc);
  const calendar = await waitFor(doc, () => openedCalendar(trigger, shownBefore, months), DEFAULT_TIMEOUT_MS);
  if (!calendar) return 'not_fillable';
  await settled(calendar);
  try {
    if (dayCells(calendar).length < MIN_DAYS) return await pickMonth(calendar, trigger, before, wanted, months);
    for (let step = 0; step <= MAX_STEPS; step += 1) {
      const cells = dayCells(calendar);
      const shownMonth = monthShown(cells, calendar, months);
      const cell = cellFor(cells, wanted, shownMonth, months);
      if (cell) {
        await press(cell);
        const shown = await waitFor(doc, () => readWidgetValue(trigger) !== before, DEFAULT_TIMEOUT_MS / 3);
        const confirm = shown || !isShown(calendar) ? undefined : confirmButton(calendar);
        if (confirm) await press(confirm);
        const changed = await waitFor(doc, () => readWidgetValue(trigger) !== before, DEFAULT_TIMEOUT_MS / 3);
        return changed ? 'filled' : 'did_not_stick';
      }
      const away = shownMonth && (wanted.year - shownMonth.year) * 12 + (wanted.month - shownMonth.month);
      const button = away ? stepButton(calendar, away > 0 ? NEXT : PREVIOUS) : undefined;
      if (!button) return 'did_not_stick';
      const drawn = monthKey(calendar);
      await press(button);
      if (!(await waitFor(doc, () => monthKey(calendar) !== drawn, DEFAULT_TIMEOUT_MS))) return 'did_not_stick';
      await settled(calendar);
    }
    return 'did_not_stick';
  } finally {
    await closeCalendar(calendar, trigger);
  }
}

/** How long a calendar may take to close by itself after the pick (a fade-out). */
const CLOSING_MS = 300;

/**
 * Closes the calendar a box left open once a date typed there was misread: shown before the
 * press, it would not count as the one the press opened, and the press may only close it. A
 * person presses Escape there first.
 */
async function closeLeftOpen(trigger: Element): Promise<void> {
  const doc = trigger.ownerDocument;
  const open = shownBoxes(doc);
  if (!open.some((box) => dayCells(box).length >= MIN_DAYS && !box.contains(trigger))) return;
  pressKey(trigger, 'Escape');
  await waitFor(doc, () => shownBoxes(doc).length < open.length, CLOSING_MS);
}

/**
 * Closes the calendar if the pick left it open: Escape, as a person does, then a press on the
 * trigger again (a popover opened by `popovertarget` closes by a real Escape only).
 */
async function closeCalendar(calendar: Element, trigger: Element): Promise<void> {
  const doc = trigger.ownerDocument;
  const closed = () => !isShown(calendar) || !calendar.isConnected;
  if (await waitFor(doc, closed, CLOSING_MS)) return;
  pressKey(doc.activeElement ?? trigger, 'Escape');
  if (await waitFor(doc, closed, CLOSING_MS)) return;
  if (trigger.localName !== 'input') await press(trigger);
  await nextTask(doc);
}

function parseIso(iso: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? { year: Number(match[1]), month: Number(match[2]) - 1, day: Number(match[3]) } : undefined;
}

/** Boxes a calendar may open in that are shown now: one shown before the press is not the trigger's. */
function shownBoxes(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(CALENDAR_BOX)).filter(isShown);
}

/**
 * The calendar the trigger opened: the box it names (`aria-controls`, `popovertarget`) or a box
 * that was not shown before the press, holding a month of days.
 */
function openedCalendar(
  trigger: Element,
  shownBefore: ReadonlySet<Element>,
  months: readonly RegExp[],
): Element | undefined {
  const named = [...referencedElements(trigger, 'aria-controls'), ...referencedElements(trigger, 'popovertarget')];
  const fresh = shownBoxes(trigger.ownerDocument).filter((box) => !shownBefore.has(box));
  const box = [...named, ...fresh].find(
    (candidate) =>
      isShown(candidate) &&
      (dayCells(candidate).length >= MIN_DAYS || monthCells(candidate, months).length === MONTHS_IN_YEAR),
  );
  return box && wholeCalendar(box, trigger);
}

const MONTHS_IN_YEAR = 12;
/** Longest text a month's cell holds ("September", "Sept.", "1月"). */
const MONTH_CELL_MAX_LENGTH = 10;

/** The twelve month cells of a month panel, in order, innermost; none when the box shows no such panel. */
function monthCells(calendar: Element, months: readonly RegExp[]): Element[] {
  // PrimeReact draws its months as focusable spans.
  const cells = composedQueryAll(calendar, `${DAY_CELL}, [class*="cell" i], [class*="month" i], [tabindex]`).filter(
    (cell) => {
      const text = readableText(cell);
      return text.length <= MONTH_CELL_MAX_LENGTH && monthIn(text, months) !== undefined && isShown(cell);
    },
  );
  const innermost = cells.filter((cell) => !cells.some((other) => other !== cell && cell.contains(other)));
  const named = innermost.map((cell) => monthIn(readableText(cell), months));
  return innermost.length === MONTHS_IN_YEAR && named.every((month, index) => month === index) ? innermost : [];
}

/** The year a month panel shows: in its cells' own dates (antd's `title="2027-01"`), else its heading. */
function yearShown(calendar: Element, cells: readonly Element[]): number | undefined {
  for (const cell of cells)
    for (const element of [cell, cell.parentElement])
      for (const attribute of Array.from(element?.attributes ?? [])) {
        const dated = /^(\d{4})-\d{2}$/.exec(attribute.value);
        if (dated) return Number(dated[1]);
      }
  const heading = /\b(\d{4})\b/.exec(composedText(calendar));
  return heading ? Number(heading[1]) : undefined;
}

/** Picks the month of `wanted` from a month panel, stepping a year at a time (the panel's arrows step years). */
async function pickMonth(
  calendar: Element,
  trigger: Element,
  before: string,
  wanted: CalendarDate,
  months: readonly RegExp[],
): Promise<FillOutcome> {
  const doc = trigger.ownerDocument;
  for (let step = 0; step <= MAX_STEPS / MONTHS_IN_YEAR; step += 1) {
    const cells = monthCells(calendar, months);
    const year = yearShown(calendar, cells);
    if (year === undefined) return 'did_not_stick';
    if (year === wanted.year) {
      const cell = cells[wanted.month];
      if (!cell || !usable(cell)) return 'did_not_stick';
      await press(cell);
      return (await waitFor(doc, () => readWidgetValue(trigger) !== before, DEFAULT_TIMEOUT_MS))
        ? 'filled'
        : 'did_not_stick';
    }
    const button = stepButton(calendar, year < wanted.year ? NEXT : PREVIOUS, true);
    if (!button) return 'did_not_stick';
    await press(button);
    if (!(await waitFor(doc, () => yearShown(calendar, monthCells(calendar, months)) !== year, DEFAULT_TIMEOUT_MS)))
      return 'did_not_stick';
  }
  return 'did_not_stick';
}

/**
 * The calendar around the grid found: its heading and month buttons may sit outside the part that
 * appeared (Materialize shows a modal whose table is what is new). Up to the popup's root, short of
 * what holds the trigger.
 */
function wholeCalendar(box: Element, trigger: Element): Element {
  let calendar = box;
  for (let parent = box.parentElement; parent && parent !== box.ownerDocument.body; parent = parent.parentElement) {
    if (parent.contains(trigger) || !isShown(parent)) break;
    calendar = parent;
  }
  return calendar;
}

/** The day cells a calendar shows (in open shadow roots too), innermost only: a cell's button, not its `<td>`. */
function dayCells(calendar: Element): Element[] {
  const cells = composedQueryAll(calendar, DAY_CELL).filter((cell) => {
    const text = readableText(cell);
    return /^\d{1,2}$/.test(text) && Number(text) >= 1 && Number(text) <= 31 && isShown(cell);
  });
  return cells.filter((cell) => !cells.some((other) => other !== cell && cell.contains(other)));
}

/** How long a calendar's drawing must stay as it is to count as drawn. */
const SETTLE_MS = 60;
const MAX_SETTLE_CHECKS = 10;

/**
 * Waits until the calendar has drawn the month: its parts may draw one after the other (Cally's
 * heading before its days), and a heading read before the days belongs to another month.
 */
async function settled(calendar: Element): Promise<void> {
  for (let check = 0, key = monthKey(calendar); check < MAX_SETTLE_CHECKS; check += 1) {
    await delay(calendar.ownerDocument, SETTLE_MS);
    const now = monthKey(calendar);
    if (now === key) return;
    key = now;
  }
}

/** What changes when the calendar shows another month: its heading, or its days' names. */
function monthKey(calendar: Element): string {
  const names = dayCells(calendar).map((cell) => cell.getAttribute('aria-label') ?? '');
  return `${composedText(calendar)}|${names.join('|')}`;
}

/** The cell of `wanted`: one whose own attributes date it, or else the day in the month shown. */
function cellFor(
  cells: readonly Element[],
  wanted: CalendarDate,
  shown: { year: number; month: number } | undefined,
  months: readonly RegExp[],
): Element | undefined {
  // A cell that names its day but not its year ("January 4", Cally) is of the year shown.
  const dated = cells.map((cell) => {
    const date = cellDate(cell, months);
    return { cell, date: date && date.year === undefined && shown ? { ...date, year: shown.year } : date };
  });
  const exact = dated.find(({ date }) => date?.day === wanted.day && sameMonth(date, wanted));
  if (exact) return usable(exact.cell) ? exact.cell : undefined;
  if (dated.some(({ date }) => date?.month !== undefined)) return undefined;
  if (!shown || !sameMonth(shown, wanted)) return undefined;
  // Days of the months around are drawn too: the month's own run starts at its first "1". A
  // calendar that marks the month's own days instead (Arco's `-in-view`) says which they are.
  const inView = cells.filter((cell) => THIS_MONTH.test(cell.getAttribute('class') ?? ''));
  const current = inView.length > 0 ? inView : cells.filter((cell) => !marksOtherMonth(cell));
  const first = current.findIndex((cell) => readableText(cell) === '1');
  const day = current.slice(Math.max(first, 0)).find((cell) => readableText(cell) === String(wanted.day));
  return day && usable(day) ? day : undefined;
}

const sameMonth = (date: Partial<CalendarDate>, wanted: CalendarDate): boolean =>
  date.month === wanted.month && date.year === wanted.year;

const usable = (cell: Element): boolean =>
  !cell.matches(':disabled, [aria-disabled="true"]') && !cell.closest('[aria-disabled="true"]');

function marksOtherMonth(cell: Element): boolean {
  return [cell, cell.parentElement].some(
    (element) =>
      element !== null &&
      Array.from(element.attributes).some(
        (attribute) =>
          (attribute.name === 'class' || attribute.name === 'part' || attribute.name.startsWith('data-')) &&
          OTHER_MONTH.test(`${attribute.name.startsWith('data-') ? attribute.name : ''} ${attribute.value}`),
      ),
  );
}

/**
 * The date a cell carries for itself: an ISO date or a timestamp in an attribute (react-day-picker's
 * `data-day`, MUI's `data-timestamp`, antd's `title`), or a spoken date ("Friday, January 15th,
 * 2027", "15 January 2027", "January 15").
 */
function cellDate(cell: Element, months: readonly RegExp[]): Partial<CalendarDate> | undefined {
  for (const element of [cell, cell.parentElement]) {
    for (const attribute of Array.from(element?.attributes ?? [])) {
      const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(attribute.value);
      if (iso) return { year: Number(iso[1]), month: Number(iso[2]) - 1, day: Number(iso[3]) };
      if (/^\d{12,13}$/.test(attribute.value)) {
        const date = new Date(Number(attribute.value));
        return { year: date.getFullYear(), month: date.getMonth(), day: date.getDate() };
      }
    }
  }
  const spoken = cell.getAttribute('aria-label') ?? cell.getAttribute('title') ?? '';
  const month = monthIn(spoken, months);
  if (month === undefined) return undefined;
  const year = /\b(\d{4})\b/.exec(spoken);
  const day = /\b(\d{1,2})(?:st|nd|rd|th|\.)?(?!\d)/.exec(spoken.replace(/\b\d{4}\b/, ''));
  if (!day) return undefined;
  return { month, day: Number(day[1]), ...(year ? { year: Number(year[1]) } : {}) };
}

/**
 * The month a calendar shows: the month most of its dated cells belong to, or the one its heading
 * names ("January 2027", "2027年1月" reads as a month name and a year).
 */
function monthShown(
  cells: readonly Element[],
  calendar: Element,
  months: readonly RegExp[],
): { year: number; month: number } | undefined {
  const heading = composedText(calendar);
  const headingYear = /\b(\d{4})\b/.exec(heading);
  const counts = new Map<string, number>();
  for (const cell of cells) {
    const date = cellDate(cell, months);
    const year = date?.year ?? (headingYear ? Number(headingYear[1]) : undefined);
    if (date?.month === undefined || year === undefined) continue;
    const key = `${year}-${date.month}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  if (top) {
    const [year, month] = top[0].split('-').map(Number);
    return { year: year as number, month: month as number };
  }
  const named = /(\p{L}+)\.?\s*,?\s*(\d{4})|(\d{4})\s*(\p{L}+)/u.exec(heading);
  const month = named ? monthIn(named[1] ?? named[4] ?? '', months) : undefined;
  if (named && month !== undefined) return { year: Number(named[2] ?? named[3]), month };
  // A heading that numbers the month after the year (Arco's "2027 - 01", "2027年1月").
  const numbered = /\b(\d{4}) ?[-./年] ?(\d{1,2})(?!\d)/.exec(heading);
  const number = Number(numbered?.[2]);
  return numbered && number >= 1 && number <= 12 ? { year: Number(numbered[1]), month: number - 1 } : undefined;
}

/** The calendar's text as drawn, shadow roots included; a month or year select counts by its choice. */
function composedText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (element.localName === 'select') {
      parts.push((element as HTMLSelectElement).selectedOptions[0]?.text ?? '');
      return;
    }
    if (['script', 'style'].includes(element.localName) || !isShownText(element)) return;
    if (element.shadowRoot) element.shadowRoot.childNodes.forEach(walk);
    element.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/**
 * Hidden parts are skipped (a month select's closed list of every month), but a visually hidden
 * heading read to screen readers counts (Cally's "January 2027").
 */
const isShownText = (element: Element): boolean =>
  element.checkVisibility({ visibilityProperty: true }) ||
  // A box drawn only through its children (`display: contents`, a slot) has none of its own.
  element.ownerDocument.defaultView?.getComputedStyle(element).display === 'contents';

/** Month names of the page's language and English, long and short, as patterns (index = month). */
function monthNames(doc: Document): RegExp[] {
  const languages = [doc.documentElement.lang, 'en'].filter((language) => language !== '');
  return Array.from({ length: 12 }, (_, month) => {
    const names = new Set(languages.flatMap((language) => monthNamesIn(language, month + 1)));
    const alternatives = [...names]
      .sort((a, b) => b.length - a.length)
      .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`(^|[^\\p{L}])(${alternatives.join('|')})(?![\\p{L}])`, 'iu');
  });
}

function monthIn(text: string, months: readonly RegExp[]): number | undefined {
  const index = months.findIndex((pattern) => pattern.test(text));
  return index < 0 ? undefined : index;
}

/**
 * The calendar's button that steps one month forward (`direction` NEXT) or back; with `byYear`,
 * the one that steps a year (a month panel's arrows, antd's super-next), else any that steps.
 */
function stepButton(calendar: Element, direction: RegExp, byYear = false): Element | undefined {
  // Older pickers draw their arrows as header cells or links (bootstrap-datepicker's `<th class="next">»</th>`).
  const buttons = composedQueryAll(calendar, 'button, [role="button"], th, a, span').filter(
    (button) =>
      isShown(button) &&
      usable(button) &&
      !/^\d{1,2}$/.test(readableText(button)) &&
      (button.matches('button, [role="button"]') || readableText(button).length <= 3),
  );
  const says = (button: Element) =>
    [
      button.getAttribute('aria-label') ?? '',
      button.getAttribute('title') ?? '',
      readableText(button),
      button.getAttribute('class') ?? '',
      button.getAttribute('part') ?? '',
      button.getAttribute('data-direction') ?? '',
      button.getAttribute('name') ?? '',
    ].join(' ');
  const stepping = buttons.filter((button) => direction.test(says(button)));
  if (!byYear) return stepping.find((button) => !BIG_STEP.test(says(button)));
  return stepping.find((button) => BIG_STEP.test(says(button))) ?? stepping[0];
}
