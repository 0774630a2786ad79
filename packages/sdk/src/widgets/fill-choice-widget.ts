/**
 * Drives one custom dropdown the way a person does. Stateless: everything lives in one `Run`
 * for the duration of a call, and every listener or timer it starts is gone when it returns.
 *
 *   press widget ──► menu shown? ──no──► ArrowDown, Alt+ArrowDown, Enter, Space (until one opens it)
 *        │ typeText: type into the combobox (or the popup's search box), wait for fresh rows
 *        ▼
 *   choose(options) ──-1──► undo the typing, Escape ──► 'no_matching_option' (free text kept after blur ──► 'filled')
 *        │ index
 *        ▼
 *   press option ──► shown value / aria-selected says so, menu closed? ──► 'filled' | 'did_not_stick'
 *        └──► always: Escape if still open, give the focus back to what had it before
 */
import type { FillOutcome } from '../fill/fill-outcome.ts';
import type { Choice } from '../fill/match-choice.ts';
import { readableText } from '../scan/element-text.ts';
import { isShown } from './is-shown.ts';
import { comboboxTextBox, isChoiceWidget, widgetElement } from './is-choice-widget.ts';
import { openListbox, optionRows, rowChoice, shownListboxes } from './menu-options.ts';
import { confirmButton } from './picker-dialog.ts';
import { scrollDownOnce, scrollingList } from './scroll-list.ts';
import { type WidgetKey, middleHit, pointerHit, press, pressKey, typeText } from './person-events.ts';
import { readWidgetValue } from './read-widget-value.ts';
import { normalizedWords, normalizeText } from '../choice/normalize-option.ts';
import { DEFAULT_TIMEOUT_MS, nextFrame, nextTask, waitFor } from './wait-for.ts';
import { isLoadingText, isStatusText, showsChoice } from './widget-text.ts';

/** Options of `fillChoiceWidget`. */
export interface ChoiceWidgetOptions {
  /** Text a person would type into an editable combobox (or the menu's search box) to narrow a long or remote list. */
  typeText?: string;
  /**
   * Other words the value goes by, searched in turn when `typeText` and the whole list find
   * nothing (a dial-code list of "US +1" rows, too long to draw whole, is searched by "US").
   */
  alsoSearch?: readonly string[];
  /** When no option is picked, a typed text that the widget keeps after blur counts as filled. @default false */
  allowFreeText?: boolean;
  /**
   * The text kept when no option is picked, where it says more than the search typed ("San
   * Francisco, CA" after searching "San Francisco"). @default typeText
   */
  freeText?: string;
  /** Longest wait for the menu to open, for its options and for the pick to show. @default 1500 */
  timeoutMs?: number;
}

/** Keys a person tries when a click did not open the menu (WAI-ARIA combobox and listbox patterns). */
const OPENING_KEYS: ReadonlyArray<readonly [WidgetKey, boolean]> = [
  ['ArrowDown', false],
  ['ArrowDown', true],
  ['Enter', false],
  [' ', false],
];

/** How long a menu that shows the pick is given to close by itself. */
const CLOSING_MS = 400;

/** How long typed-for results may stay as they were before they count: the search found what was listed. */
const SETTLED_MS = 250;
/**
 * How long shown rows that do not hold the typed text are waited on to answer the search: one
 * that answers after a debounce (Element Plus's filterable cascader, 300 ms) still shows the
 * columns it opened with, a preset's among them.
 */
const DEBOUNCED_MS = 700;

interface Run {
  widget: Element;
  doc: Document;
  timeoutMs: number;
  /** Listboxes already shown before opening: not this widget's menu. */
  shownBefore: Set<Element>;
  focusBefore: Element | null;
  listbox?: Element | undefined;
  /** The box text was typed into, and its value before. */
  typed?: { field: HTMLInputElement; previous: string } | undefined;
  /** The menu shut on the pick: one open again is the page's own doing, and an Escape would undo the pick. */
  shutOnPick?: boolean;
}

/**
 * Opens the widget, waits for its options, lets `choose` pick one by index (-1 = none), clicks it
 * the way a person does, verifies that the choice stuck (the shown value or aria-selected) and
 * closes the menu. Returns `not_fillable` when the element is no widget or its menu never opens
 * (and nothing could be typed into it). Never throws; the user's focus is given back.
 *
 * @example
 * await fillChoiceWidget(input, (options) => options.findIndex((option) => option.text === 'Germany'), { typeText: 'Germany' });
 */
export async function fillChoiceWidget(
  element: Element,
  choose: (options: readonly Choice[]) => number,
  options: ChoiceWidgetOptions = {},
): Promise<FillOutcome> {
  const widget = widgetElement(element);
  if (!isChoiceWidget(widget)) return 'not_fillable';
  const doc = widget.ownerDocument;
  const run: Run = {
    widget,
    doc,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    shownBefore: shownListboxes(widget),
    focusBefore: doc.activeElement,
  };
  // A person scrolls to what they click; positioning libraries also hide a menu whose anchor is
  // off screen (floating-ui's hide middleware, used by Mantine), so it would open and stay invisible.
  if (!inViewport(widget)) widget.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  try {
    return await drive(run, choose, options);
  } catch {
    return 'not_fillable';
  } finally {
    await close(run);
    restoreFocus(run);
    await focusTakenBack(run);
    await pageBack(run);
  }
}

/**
 * A library that gives its box the focus back a frame after the pick (Headless UI's combobox)
 * opens the menu again when the box opens on focus, and keeps the rest of the page inert while it
 * is open: a person presses Escape and moves on.
 */
async function focusTakenBack(run: Run): Promise<void> {
  await nextFrame(run.doc);
  const active = run.doc.activeElement;
  if (!active || active === run.focusBefore || !(run.widget === active || run.widget.contains(active))) return;
  // Only a menu the page opened again with the focus it took back: an Escape to one closing on
  // its own may undo the pick (Downshift clears its pick on an Escape).
  if (isOpen(run)) {
    pressKey(active, 'Escape');
    await waitFor(run.doc, () => !isOpen(run), run.timeoutMs / 3);
  }
  restoreFocus(run);
}

/**
 * A popup that hides the rest of the page while open (Grommet's Drop sets `aria-hidden` on the
 * app) gives it back a moment after it closes: the next control is out of reach until then.
 */
async function pageBack(run: Run): Promise<void> {
  const hidden = () => run.widget.closest('[aria-hidden="true"],[inert]') !== null;
  if (hidden()) await waitFor(run.doc, () => !hidden(), run.timeoutMs / 3);
}

async function drive(
  run: Run,
  choose: (options: readonly Choice[]) => number,
  options: ChoiceWidgetOptions,
): Promise<FillOutcome> {
  const text = options.typeText ?? '';
  await openMenu(run, text, choose);
  const typed = run.typed;
  // A long list draws only the rows in its window: a person scrolls through the rest.
  let offered = typed
    ? offeredRows(run, choose)
    : await scrolledToChoice(run, choose, await offeredOnceDrawn(run, choose));
  const kept = options.freeText ?? text;
  if (offered.index < 0 && typed && options.allowFreeText && kept !== text && run.listbox) {
    // A search for less than the value is worth its suggestions, which a remote list sends late.
    await rowsShown(run, run.listbox);
    offered = offeredRows(run, choose);
  }
  if (offered.index < 0 && typed && !options.allowFreeText && typed.field.value === text && typed.previous !== text) {
    // The whole value as a search finds nothing in a list that words it otherwise ("Bachelor's
    // Degree" against "Bachelor's"): a person clears the search and reads the whole list.
    const before = rowsText(run.listbox);
    typeText(typed.field, typed.previous);
    run.listbox = await listboxOnceChanged(run, before);
    offered = await scrolledToChoice(run, choose, offeredRows(run, choose));
    // A remote search matches what is typed as one piece ("University of California-Berkeley"
    // is no hit for "…, Berkeley"): a person types less and picks among the results, or types
    // another word the value goes by.
    const retries = [leadingPart(text), ...(options.alsoSearch ?? [])].filter(
      (retry): retry is string => retry !== undefined && retry !== '' && retry !== text,
    );
    for (const retry of retries) {
      if (offered.index >= 0) break;
      const before = rowsText(run.listbox);
      typeText(typed.field, retry);
      run.listbox = await listboxOnceChanged(run, before);
      if (run.listbox) await rowsShown(run, run.listbox);
      offered = offeredRows(run, choose);
    }
    if (offered.index < 0 && retries.length > 0) typeText(typed.field, text);
  }
  const row = offered.rows[offered.index];
  const choice = offered.choices[offered.index];
  if (!row || !choice) {
    if (typed && options.allowFreeText) {
      if (typed.field.value !== kept) typeText(typed.field, kept);
      await close(run);
      restoreFocus(run);
      await nextTask(run.doc);
      if (showsChoice(readWidgetValue(run.widget), kept)) return 'filled';
    }
    // A person clears a search that found nothing; the widget shows what it showed before.
    if (typed?.field.value === text || typed?.field.value === kept) typeText(typed.field, typed.previous);
    return run.listbox || typed ? 'no_matching_option' : 'not_fillable';
  }
  // Typed text that reads as the choice proves nothing: only the menu closing on the pick does.
  const typedAsChoice = typed !== undefined && showsChoice(typed.field.value, choice.text);
  const shownBefore = readWidgetValue(run.widget);
  // A choice already made (a fill run before this one, the person's own) is not pressed again: in
  // a multiple select, a press takes it back.
  if (!typed && isSelectedRow(row) && showsChoice(shownBefore, choice.text)) return 'filled';
  let step = { row, choice };
  const picked = () =>
    showsChoice(readWidgetValue(run.widget), step.choice.text) ||
    showsPartOf(shownBefore, readWidgetValue(run.widget), step.choice.text) ||
    (step.row.isConnected && ariaPicked(step.row));
  // A cascader answers in columns: a row that opens the next column instead of closing the menu
  // (a country, then its states, then their cities) is a step, and the pick goes on there.
  const pressed = new Set<string>();
  for (let column = 1; ; column += 1) {
    const rowsBefore = rowsText(run.listbox);
    pressed.add(step.choice.text);
    const target = await rowTarget(run, step.row, step.choice);
    run.shutOnPick = await shutsOn(run.widget, () => press(target));
    await confirmInDialog(run);
    const next = column < MAX_COLUMNS ? await nextColumnStep(run, rowsBefore, choose, pressed, picked) : undefined;
    if (!next) break;
    step = next;
  }
  // Typed text that reads as the choice: wait for the menu to close as well, until then the shown
  // text may still be the query; a menu that shut on the press took the pick, though the page opens
  // it again at once (Evergreen's Autocomplete reopens on the focus the box keeps). Otherwise the
  // pick showing is enough, and the menu gets a moment to close on its own (a multiple select stays
  // open; an Escape to a closing one may undo the pick: Downshift clears a closed combobox on Escape).
  const settled = await waitFor(
    run.doc,
    () => picked() && (!typedAsChoice || run.shutOnPick === true || !isOpen(run)),
    run.timeoutMs,
  );
  if (settled && isOpen(run)) await waitFor(run.doc, () => !isOpen(run), CLOSING_MS);
  if (settled || (!typedAsChoice && picked())) return 'filled';
  return (await pickedByKeys(run, step.row)) && (await waitFor(run.doc, picked, run.timeoutMs))
    ? 'filled'
    : 'did_not_stick';
}

/** Most ArrowDown presses a person makes looking for the row. */
const MAX_ARROWS = 60;

/**
 * A menu whose rows only tell assistive technology what is drawn elsewhere (Calcite's combobox
 * reads its items from a clipped list, and a press there picks nothing) is answered from the
 * keyboard, as its pattern asks: ArrowDown until the box points its active descendant at the
 * row, then Enter. False when the keys move no active descendant or never reach the row.
 */
async function pickedByKeys(run: Run, row: Element): Promise<boolean> {
  const box = run.typed?.field ?? comboboxTextBox(run.widget) ?? run.widget;
  if (row.id === '' || !row.isConnected) return false;
  if (!isOpen(run)) pressKey(box, 'ArrowDown');
  for (let step = 0; step < MAX_ARROWS && box.getAttribute('aria-activedescendant') !== row.id; step += 1) {
    const before = box.getAttribute('aria-activedescendant');
    pressKey(box, 'ArrowDown');
    await nextTask(run.doc);
    if (box.getAttribute('aria-activedescendant') === before) return false;
  }
  if (box.getAttribute('aria-activedescendant') !== row.id) return false;
  pressKey(box, 'Enter');
  return true;
}

/** A row its menu says is picked to assistive technology: `aria-selected` or `aria-checked`. */
const ariaPicked = (row: Element): boolean =>
  row.getAttribute('aria-selected') === 'true' || row.getAttribute('aria-checked') === 'true';

/** A row the menu marks as picked: through ARIA, or a library's `*-selected` class. */
const isSelectedRow = (row: Element): boolean =>
  ariaPicked(row) || Array.from(row.classList).some((token) => /(^|[-_])selected$/i.test(token));

/**
 * Whether an open widget reported itself shut (`aria-expanded="false"`) at any moment of `act`,
 * though it may be open again when `act` ends.
 */
async function shutsOn(widget: Element, act: () => Promise<void>): Promise<boolean> {
  const view = widget.ownerDocument.defaultView;
  if (widget.getAttribute('aria-expanded') !== 'true' || !view) {
    await act();
    return false;
  }
  const seen: Array<string | null> = [];
  const note = (records: MutationRecord[]) => seen.push(...records.map((record) => record.oldValue));
  const observer = new view.MutationObserver(note);
  observer.observe(widget, { attributeFilter: ['aria-expanded'], attributeOldValue: true });
  try {
    await act();
  } finally {
    note(observer.takeRecords());
    observer.disconnect();
  }
  return [...seen, widget.getAttribute('aria-expanded')].includes('false');
}

/** The most columns a cascader is followed through (country, state, city, district). */
const MAX_COLUMNS = 4;

/**
 * The row to press in the column a pressed row opened, once the menu stays open with new rows in
 * it; undefined when the pick took, the menu closed, or the new rows hold nothing new to press.
 */
async function nextColumnStep(
  run: Run,
  rowsBefore: string,
  choose: (options: readonly Choice[]) => number,
  pressed: ReadonlySet<string>,
  picked: () => boolean,
): Promise<{ row: Element; choice: Choice } | undefined> {
  // The new column is drawn into the same list (antd), or beside the pressed one as a list of its own (Naive UI).
  const column = () => {
    const listbox = openListbox(run.widget, run.shownBefore);
    const rows = rowsText(listbox);
    if (listbox && rows !== '' && rows !== rowsBefore) return listbox;
    const current = run.listbox;
    const beside = current ? openListbox(run.widget, new Set([...run.shownBefore, current])) : undefined;
    // A column to the right comes after the pressed one; the columns before it are already answered.
    const after = beside && current && current.compareDocumentPosition(beside) & Node.DOCUMENT_POSITION_FOLLOWING;
    const apart = after && !current.contains(beside);
    return apart && !['', rowsBefore].includes(rowsText(beside)) ? beside : undefined;
  };
  const outcome = await waitFor(run.doc, () => (picked() || !isOpen(run) ? 'done' : column()), run.timeoutMs);
  if (outcome === undefined || outcome === 'done') return undefined;
  run.listbox = outcome;
  const offered = await offeredOnceDrawn(run, choose);
  const row = offered.rows[offered.index];
  const choice = offered.choices[offered.index];
  return row && choice && !pressed.has(choice.text) ? { row, choice } : undefined;
}

/**
 * True when the widget now shows a shorter label of the picked choice than its row did: a dial-code
 * picker lists "🇺🇸 United States +1" and shows "🇺🇸 +1" once picked (react-select's
 * `formatOptionLabel`). Only a change counts: the shown words must be new and all the row's.
 */
function showsPartOf(before: string, shown: string, choiceText: string): boolean {
  const now = normalizedWords(shown);
  const row = new Set(normalizedWords(choiceText));
  return shown !== before && now.length > 0 && now.every((word) => row.has(word));
}

/**
 * What to press for `row`: scrolled to once, then, in a popup still entering, waited on without
 * scrolling again. A virtual list redraws its rows as it scrolls (Virtual Select): the row drawn
 * anew for the same choice is pressed then.
 */
async function rowTarget(run: Run, row: Element, choice: Choice): Promise<Element> {
  const hit = (target: Element) => pointerHit(target, target.getRootNode() as Document | ShadowRoot, target);
  const seen = middleHit(row, row.getRootNode() as Document | ShadowRoot, row);
  if (seen) return seen;
  const drawn = () =>
    row.isConnected || !run.listbox
      ? row
      : optionRows(run.listbox).find((candidate) => rowChoice(candidate).text === choice.text);
  const target = await waitFor(
    run.doc,
    () => {
      const current = drawn();
      return current && hit(current);
    },
    ENTERING_MS,
  );
  return target ?? drawn() ?? row;
}

/** The words before a value's first break ("University of California" of "University of California, Berkeley"), when they say enough. */
function leadingPart(text: string): string | undefined {
  const part = /^[^,;(/]+?(?=\s*[,;(/]|\s+[-–]\s)/.exec(text)?.[0].trim();
  return part !== undefined && part.length >= 4 ? part : undefined;
}

/** A picker dialog that stays open after the pick (an alert) commits it on its confirm button. */
async function confirmInDialog(run: Run): Promise<void> {
  const dialog = run.listbox;
  if (!dialog || dialog.matches('[role="listbox"]')) return;
  await nextTask(run.doc);
  const confirm = dialog.isConnected && isShown(dialog) ? confirmButton(dialog) : undefined;
  if (confirm) await press(confirm);
}

/**
 * The open menu's rows as `offeredRows` gives them, read again when they held no choice once the
 * list has drawn more: a virtual list draws more rows a moment after it opens, once it has measured
 * its menu (Quasar's q-select shows the first eleven, then the rest of its window), and a lazy
 * cascader column its rows a moment after it appears.
 */
async function offeredOnceDrawn(run: Run, choose: (options: readonly Choice[]) => number) {
  const offered = offeredRows(run, choose);
  if (offered.index >= 0 || !run.listbox) return offered;
  run.listbox = (await listboxOnceChanged(run, rowsText(run.listbox))) ?? run.listbox;
  return offeredRows(run, choose);
}

/** The most windows of a long list a person scrolls through looking for the choice. */
const MAX_SCROLLS = 40;

/**
 * The rows of a list drawn only where it is scrolled (a virtual list of every province, every
 * school), scrolled a window at a time until one holds the choice or the list ends; `offered` when
 * the list does not scroll.
 */
async function scrolledToChoice(
  run: Run,
  choose: (options: readonly Choice[]) => number,
  offered: ReturnType<typeof offeredRows>,
): Promise<ReturnType<typeof offeredRows>> {
  const [first] = offered.rows;
  const list = first ? scrollingList(first) : undefined;
  if (!list) return offered;
  let current = offered;
  for (let step = 0; step < MAX_SCROLLS && current.index < 0; step += 1) {
    const before = rowsText(run.listbox);
    if (!scrollDownOnce(list)) break;
    // A list that draws every row shows no new ones as it scrolls: the choice is not in it.
    const redrawn = await waitFor(run.doc, () => rowsText(run.listbox) !== before, SETTLED_MS);
    if (!redrawn) break;
    current = offeredRows(run, choose);
  }
  return current;
}

/** The open menu's rows, their choices, and the index `choose` picks among them. */
function offeredRows(run: Run, choose: (options: readonly Choice[]) => number) {
  const rows = run.listbox ? optionRows(run.listbox) : [];
  const choices = rows.map(rowChoice);
  return { rows, choices, index: choose(choices) };
}

/**
 * What a click on the middle of a row or a widget lands on: itself, or the element inside it that
 * draws it (Blueprint's menu item is an anchor inside the option, vue-multiselect's a span, and only
 * its click picks it; Vuestic's select opens on a click of its inner box, not of its combobox
 * wrapper). A person scrolls a long list to the row first.
 */
function pointTarget(element: Element): Element {
  return middleHit(element, element.getRootNode() as Document | ShadowRoot, element) ?? element;
}

/**
 * How long a row is waited on to come under the pointer: a popup still entering (Arco's, scaled in
 * over ~200 ms) draws its rows where the pointer finds the page beneath, and a click on the row
 * element itself misses a library that hears only its title's.
 */
const ENTERING_MS = 600;

/**
 * The open listbox once typing (or drawing) changed its rows (`before`) into rows that `answer`
 * the search, or once they stopped changing: for SETTLED_MS, or DEBOUNCED_MS while other rows that
 * do not answer are shown (another column of a cascader opened on its preset, before its debounced
 * search shows its hits) or a typed search has not changed them yet.
 */
function listboxOnceChanged(
  run: Run,
  before: string,
  answer: (rows: string) => boolean = () => true,
): Promise<Element | undefined> {
  let last = before;
  let since = performance.now();
  return waitFor(
    run.doc,
    () => {
      const listbox = openListbox(run.widget, run.shownBefore);
      const now = rowsText(listbox);
      if (now !== last) [last, since] = [now, performance.now()];
      const changed = now !== before && now !== '';
      const answered = changed && answer(now);
      // Rows a typed search left as they were may be waiting on a debounce (PrimeReact's filter
      // answers 300 ms after the last key, over a virtual list whose hits were not drawn).
      const settle = (changed && !answered) || (!changed && run.typed) ? DEBOUNCED_MS : SETTLED_MS;
      return listbox && (answered || performance.now() - since > settle) ? listbox : undefined;
    },
    run.timeoutMs,
  );
}

/** Where a box draws its drop-down arrow: an arrow, caret or toggle part beside its text box. */
const ARROW = '[class*="arrow" i], [class*="caret" i], [class*="toggle" i], [class*="dropdown-indicator" i]';

/** The drop-down arrow drawn inside `widget` apart from its text box, if it draws one. */
function dropDownArrow(widget: Element, textBox: HTMLInputElement | undefined): Element | undefined {
  return Array.from(widget.querySelectorAll(ARROW)).find(
    (part) => part !== textBox && !part.contains(textBox ?? null) && isShown(part),
  );
}

/** Opens the menu and, with `text`, types it; sets `run.listbox` and `run.typed`. */
async function openMenu(run: Run, text: string, choose: (options: readonly Choice[]) => number): Promise<void> {
  const find = () => openListbox(run.widget, run.shownBefore);
  const textBox = comboboxTextBox(run.widget);
  const typingIntoWidget = text !== '' && textBox !== undefined && isEditable(textBox);
  run.listbox = find();
  if (!run.listbox) {
    await press(pointTarget(run.widget));
    // A box drawn around its search input (Naive UI) opens before it takes what is typed: opening
    // clears the search.
    const typingAtOnce = typingIntoWidget && textBox === run.widget;
    run.listbox = await waitFor(run.doc, find, typingAtOnce ? 0 : run.timeoutMs / 4);
  }
  // A box whose list opens as it takes the focus and shuts on the click that gave it (a page
  // closing its popups on any click outside a list): a person tabs back into it.
  if (!run.listbox && !typingIntoWidget && textBox && isEditable(textBox) && run.doc.activeElement === textBox) {
    textBox.blur();
    textBox.focus();
    run.listbox = await waitFor(run.doc, find, run.timeoutMs / 8);
  }
  // A box that opens only from its arrow (Dojo's FilteringSelect), as a person then clicks it.
  const opening = run.listbox || typingIntoWidget || run.widget.getAttribute('aria-expanded') === 'true';
  const arrow = opening ? undefined : dropDownArrow(run.widget, textBox);
  if (arrow) {
    await press(arrow);
    run.listbox = await waitFor(run.doc, find, run.timeoutMs / 4);
  }
  for (const [key, altKey] of OPENING_KEYS) {
    if (run.listbox || typingIntoWidget || run.widget.getAttribute('aria-expanded') === 'true') break;
    // To the box a wrapper owns, whose keys the wrapper hears too.
    pressKey(textBox ?? run.widget, key, altKey);
    run.listbox = await waitFor(run.doc, find, run.timeoutMs / 8);
  }
  // Open but not drawn yet: a long list (Ionic's 250 countries) takes a while to render.
  if (!run.listbox && !typingIntoWidget && run.widget.getAttribute('aria-expanded') === 'true')
    run.listbox = await waitFor(run.doc, find, run.timeoutMs);
  const listbox = run.listbox;
  let field = typingIntoWidget ? textBox : undefined;
  if (!field && text && listbox)
    // A search box the menu did not focus is typed into only when the list does not show the
    // choice already (Grommet renders 20 of 250 countries): typing is slower, and some searches
    // break on what is typed (RSuite builds a pattern of "+1").
    field = focusedSearchBox(run) ?? (offeredRows(run, choose).index < 0 ? drawnSearchBox(run, listbox) : undefined);
  if (field) {
    const before = rowsText(run.listbox);
    run.typed = { field, previous: field.value };
    typeText(field, text);
    // Rows that do not hold what was typed are no answer yet: another column of a cascader opened
    // on its preset differs from the first, but says nothing of the search.
    const typedText = normalizeText(text);
    const holdsTyped = (rows: string) => normalizeText(rows).includes(typedText);
    run.listbox = await listboxOnceChanged(run, before, holdsTyped);
    // A box that completes what is typed in place (Fluent's ComboBox) shows its list only when asked.
    for (const [key, altKey] of OPENING_KEYS.slice(0, 2)) {
      if (run.listbox || field !== textBox || run.widget.getAttribute('aria-expanded') === 'true') break;
      pressKey(field, key, altKey);
      run.listbox = await waitFor(run.doc, find, run.timeoutMs / 8);
    }
  }
  if (run.listbox) await rowsShown(run, run.listbox);
}

/**
 * How long a typed search's "No results" is given before it is believed: a hand-written search
 * empties its list on each keystroke and says so until its debounced lookup answers (Ashby's
 * places, 350 ms after the last key).
 */
const LATE_ANSWER_MS = 750;

/**
 * Waits while a menu is open but still loading its rows (a remote search answers later). After
 * typing, a row that says nothing is no answer yet: Element Plus's autocomplete shows its spinner
 * in a row of its own until the suggestions come. A list opened without typing is read as it shows.
 */
function rowsShown(run: Run, listbox: Element): Promise<unknown> {
  const since = performance.now();
  const patience = run.typed ? LATE_ANSWER_MS : 0;
  const answered = run.typed ? saysSomething : () => true;
  return waitFor(
    run.doc,
    () => {
      const shown = readableText(listbox);
      if (optionRows(listbox).some(answered)) return true;
      return isStatusText(shown) && !isLoadingText(shown) && performance.now() - since >= patience;
    },
    run.timeoutMs,
  );
}

const saysSomething = (row: Element): boolean => {
  const choice = rowChoice(row);
  return choice.text !== '' || choice.value !== '';
};

/** How many wrappers up from the listbox its popup's search box may sit (Grommet: 3). */
const SEARCH_BOX_DEPTH = 4;

/**
 * The search box an opening menu gave the focus to. Another field's combobox that took the focus
 * back a moment late (Fluent's ComboBox refocuses its box after its menu closed) is none.
 */
function focusedSearchBox(run: Run): HTMLInputElement | undefined {
  const active = run.doc.activeElement;
  if (!active || active === run.focusBefore || !isEditable(active)) return undefined;
  const anotherField = active.getAttribute('role') === 'combobox' && !run.widget.contains(active);
  return anotherField && !besideListbox(active, run) ? undefined : (active as HTMLInputElement);
}

/**
 * True when `box` sits in the popup around the run's listbox (cmdk's search box above its list). A
 * wrapper that also holds the widget is past the popup: a box there is another field of the form
 * (Headless UI's combobox takes the focus back a moment after its pick).
 */
function besideListbox(box: Element, run: Run): boolean {
  let node = run.listbox?.parentElement;
  for (
    let depth = 0;
    node && depth < SEARCH_BOX_DEPTH && !node.contains(run.widget);
    depth += 1, node = node.parentElement
  )
    if (node.contains(box)) return true;
  return false;
}

/** A search box drawn in the menu's popup beside its list, which some libraries focus only a moment later (Grommet). */
function drawnSearchBox(run: Run, listbox: Element): HTMLInputElement | undefined {
  let node = listbox.parentElement;
  for (let depth = 0; node && depth < SEARCH_BOX_DEPTH && !node.contains(run.widget); depth += 1) {
    const box = Array.from(node.querySelectorAll('input')).find((input) => isEditable(input) && isShown(input));
    if (box) return box;
    node = node.parentElement;
  }
  return undefined;
}

function inViewport(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const view = element.ownerDocument.defaultView;
  return !view || (box.bottom > 0 && box.right > 0 && box.top < view.innerHeight && box.left < view.innerWidth);
}

function rowsText(listbox: Element | undefined): string {
  return listbox
    ? optionRows(listbox)
        .map((row) => row.textContent)
        .join('\n')
    : '';
}

function isEditable(element: Element): boolean {
  const field = element as HTMLInputElement;
  return (
    (element.localName === 'textarea' ||
      (element.localName === 'input' && /^(?:text|search|email|tel|url|)$/.test(field.type))) &&
    !field.readOnly &&
    !field.disabled
  );
}

/** Open as the widget reports it (aria-expanded) or as a person sees it (its new listbox shown). */
function isOpen(run: Run): boolean {
  const listbox = run.listbox;
  return (
    run.widget.getAttribute('aria-expanded') === 'true' ||
    (!!listbox && listbox.isConnected && !run.shownBefore.has(listbox) && isShown(listbox))
  );
}

/** Escape to what has the focus now (a menu may have taken it), else to the widget; waits for the menu to go. */
async function close(run: Run): Promise<void> {
  // Downshift clears its pick on an Escape: the focus given back closes a menu the page reopened.
  if (!isOpen(run) || run.shutOnPick) return;
  const active = run.doc.activeElement;
  pressKey(active && active !== run.focusBefore && active !== run.doc.body ? active : run.widget, 'Escape');
  if (await waitFor(run.doc, () => !isOpen(run), run.timeoutMs / 3)) return;
  // A menu deaf to Escape (a Workday-like prompt left open on the choice it already showed) shuts
  // as a person shuts it: a click beside it.
  await press(run.doc.body);
  await waitFor(run.doc, () => !isOpen(run), run.timeoutMs / 3);
}

/** Gives the focus back to what had it before the run, or leaves none when nothing had it. */
function restoreFocus(run: Run): void {
  const active = run.doc.activeElement as HTMLElement | null;
  if (active === run.focusBefore) return;
  const before = run.focusBefore as HTMLElement | null;
  if (before && before !== run.doc.body && before.isConnected) before.focus({ preventScroll: true });
  else active?.blur();
}
