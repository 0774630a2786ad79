/**
 * A text box that suggests as you type and has no ARIA to say so (Buefy's autocomplete, a
 * hand-made city lookup): the page takes the value only once a suggestion is picked, though the
 * typed text shows. After the text goes in, the list drawn against the box is read, and the row that
 * says the value is pressed, as a person does.
 */
import { normalizeText } from '../choice/normalize-option.ts';
import type { Choice } from '../fill/match-choice.ts';
import { readableText } from '../scan/element-text.ts';
import { drawnMenu, drawnRows, shownDrawnMenus } from './drawn-dropdown.ts';
import { press, typeKeys } from './person-events.ts';
import { waitFor } from './wait-for.ts';
import { cleanText, isStatusText } from './widget-text.ts';

/** How long a typed box's suggestions may take to show. */
const SUGGESTIONS_TIMEOUT_MS = 800;
/** How far up a suggesting box's component may wrap it. */
const COMPONENT_DEPTH = 4;
/** A component's class that says it suggests, or searches what is typed (a cascader's search, Arco's `*-select-view-search`). */
const SUGGESTING_CLASS =
  /autocomplete|typeahead|suggest|lookup|geocoder|pac-target|cascader|[-_]search(?:able)?(?:\s|$)/i;

/**
 * True for a box that draws its own suggestions: the browser's are turned off (for this box, not
 * as the form's habit), or it or a wrapper
 * names itself an autocomplete, a typeahead, a lookup, a place search (Google Places'
 * `pac-target-input`, Mapbox's geocoder) or a searchable cascader or select.
 */
export function suggestsAsTyped(input: HTMLInputElement): boolean {
  if (input.getAttribute('autocomplete') === 'off' && !offForEveryBox(input)) return true;
  let node: Element | null = input;
  for (let depth = 0; node && depth < COMPONENT_DEPTH; depth += 1, node = node.parentElement)
    if (SUGGESTING_CLASS.test(node.getAttribute('class') ?? '')) return true;
  return false;
}

/** Text boxes that say whether the browser may suggest. */
const TEXT_BOXES = 'input:not([type]), input[type="text"], input[type="email"], input[type="tel"], input[type="url"]';
/** How many text boxes a form needs before its habit says more than one box does. */
const MIN_BOXES_FOR_A_HABIT = 4;

/**
 * True when the form turns the browser's suggestions off for most of its boxes (Element Plus does
 * for every input): then the attribute is the library's habit, not a sign that this box suggests.
 */
function offForEveryBox(input: HTMLInputElement): boolean {
  const scope = input.form ?? input.closest('form') ?? input.ownerDocument;
  const boxes = Array.from(scope.querySelectorAll(TEXT_BOXES));
  const off = boxes.filter((box) => box.getAttribute('autocomplete') === 'off');
  return boxes.length >= MIN_BOXES_FOR_A_HABIT && off.length >= boxes.length * 0.6;
}

/** What is drawn before the text goes in: a list already shown belongs to another box. */
export function suggestionsBefore(input: HTMLInputElement): ReadonlySet<Element> {
  return new Set(shownDrawnMenus(input.ownerDocument));
}

/**
 * Presses the suggestion that says `value` in the list the typing drew against `input` — the row
 * reading it, else the one `choose` picks by meaning ("San Francisco, CA, USA" for "San Francisco,
 * CA") — and true when one was pressed. A list that offers no such row is left as it is: the typed
 * text stands.
 */
export async function pickSuggestion(
  input: HTMLInputElement,
  value: string,
  shownBefore: ReadonlySet<Element>,
  choose: (choices: readonly Choice[]) => number = () => -1,
): Promise<boolean> {
  // Rows drawn before the search answers (a cascader's columns, opened by the focus) or a list
  // that found nothing are no answer yet: the wait is for a row that says the value.
  const wanted = normalizeText(value);
  const pickable = () => {
    const menu = drawnMenu(input, shownBefore);
    const rows = menu ? drawnRows(menu).filter((row) => !isStatusText(readableText(row))) : [];
    const choices = rows.map(rowChoice);
    const exact = choices.findIndex((choice) =>
      [choice.text, choice.value].some((text) => normalizeText(text) === wanted),
    );
    return rows[exact >= 0 ? exact : choose(choices)];
  };
  const row = await waitFor(input.ownerDocument, pickable, SUGGESTIONS_TIMEOUT_MS);
  if (!row) return false;
  await press(row);
  return true;
}

/**
 * A row as a choice, read both ways a person may read it: its parts apart ("San Francisco" "CA,
 * USA" in a place's two spans) and run on (a search's highlight splits a word into spans of its
 * own: "United States/California/S" + "an Francisco", TDesign).
 */
const rowChoice = (row: Element): Choice => ({ text: readableText(row), value: cleanText(row.textContent ?? '') });

/**
 * Searches the box again as a person does, key by key and staying in it ("San Francisco" where the
 * whole location found nothing), and presses the suggestion `choose` picks; false when none came.
 */
export async function searchAndPick(
  input: HTMLInputElement,
  query: string,
  shownBefore: ReadonlySet<Element>,
  choose: (choices: readonly Choice[]) => number,
): Promise<boolean> {
  await press(input);
  input.select();
  await typeKeys(input, query);
  return pickSuggestion(input, query, shownBefore, choose);
}
