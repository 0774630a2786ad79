/**
 * The control a jQuery plugin draws over a select with no ARIA at all, that keeps its own list and
 * reads the select again only when told to (multiple-select's `ms-parent`: a button, then a drop of
 * `li`s): filling the select leaves it showing the prompt. A person opens it and clicks the row
 * that says the answer; so does the fill.
 */
import { cleanText } from './widget-text.ts';
import { isShown } from './is-shown.ts';
import { middleHit, press } from './person-events.ts';
import { DEFAULT_TIMEOUT_MS, waitFor } from './wait-for.ts';

/** What opens the control: its button or link, else the control itself. */
const OPENER = 'button, [role="button"], a, [tabindex="0"]';
/** The rows of its drop. */
const ROWS = 'li, label, [data-value]';

/** True when the control shows `text` (its drop closed: hidden rows are no part of what it shows). */
export const plainControlShows = (control: Element, text: string): boolean =>
  cleanText((control as HTMLElement).innerText ?? '').includes(cleanText(text));

/** Opens the control and clicks the row whose whole text is `text`; shuts it again when none shows. */
export async function pickPlainRow(control: Element, text: string): Promise<void> {
  const wanted = cleanText(text);
  const opener = control.matches(OPENER) ? control : (control.querySelector(OPENER) ?? control);
  await press(opener);
  // The innermost element saying the answer: the row's label, which ticks its hidden radio, not
  // the row around it (a click on a row's empty side reaches no label).
  const row = await waitFor(
    control.ownerDocument,
    () =>
      Array.from(control.querySelectorAll<HTMLElement>(ROWS))
        .filter((candidate) => isShown(candidate) && cleanText(candidate.innerText) === wanted)
        .at(-1),
    DEFAULT_TIMEOUT_MS,
  );
  if (!row) {
    // Shut what the press opened: the person moves on with the control as it was.
    await press(opener);
    return;
  }
  await press(middleHit(row, row.getRootNode() as Document | ShadowRoot, row) ?? row);
}
