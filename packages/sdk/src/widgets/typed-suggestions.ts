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
import { press } from './person-events.ts';
import { waitFor } from './wait-for.ts';

/** How long a typed box's suggestions may take to show. */
const SUGGESTIONS_TIMEOUT_MS = 500;
/** How far up a suggesting box's component may wrap it. */
const COMPONENT_DEPTH = 4;
const SUGGESTING_CLASS = /autocomplete|typeahead|suggest|lookup|geocoder|pac-target/i;

/**
 * True for a box that draws its own suggestions: the browser's are turned off, or it or a wrapper
 * names itself an autocomplete, a typeahead, a lookup or a place search (Google Places'
 * `pac-target-input`, Mapbox's geocoder).
 */
export function suggestsAsTyped(input: HTMLInputElement): boolean {
  if (input.getAttribute('autocomplete') === 'off') return true;
  let node: Element | null = input;
  for (let depth = 0; node && depth < COMPONENT_DEPTH; depth += 1, node = node.parentElement)
    if (SUGGESTING_CLASS.test(node.getAttribute('class') ?? '')) return true;
  return false;
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
  const menu = await waitFor(input.ownerDocument, () => drawnMenu(input, shownBefore), SUGGESTIONS_TIMEOUT_MS);
  if (!menu) return false;
  const wanted = normalizeText(value);
  const rows = drawnRows(menu);
  const texts = rows.map((row) => readableText(row));
  const exact = texts.findIndex((text) => normalizeText(text) === wanted);
  const row = rows[exact >= 0 ? exact : choose(texts.map((text) => ({ value: text, text })))];
  if (!row) return false;
  await press(row);
  return true;
}
