/**
 * Uploads that read a file only from their own file dialog: a person clicks the area or the
 * "Select File" button, the page clicks a file input (often setting its change handler just
 * then, as SurveyJS does) and reads what the dialog put in it. The fill answers that dialog
 * instead of showing it: it cancels the input's click and puts the file in the input, as the
 * dialog would.
 */
import { fillFile, listsFile, type ProfileFile } from '../fill/fill-file.ts';
import type { FillOutcome } from '../fill/fill-outcome.ts';
import { isFileInput } from '../scan/field-element.ts';
import { isShown, isVisuallyHidden } from './is-shown.ts';
import { press } from './person-events.ts';
import { waitFor } from './wait-for.ts';

/** How long the page may take to list a file it took (a framework's next render, a FileReader). */
const LISTED_TIMEOUT_MS = 1000;
/** How far up from a hidden input an upload lists the file it took (input › upload › question). */
const LIST_DEPTH = 4;

/** Presses `opener` and answers the file dialog it opens; false when it clicked no file input. */
export async function pickThroughDialog(opener: HTMLElement, file: ProfileFile): Promise<boolean> {
  const doc = opener.ownerDocument;
  let chosen: HTMLInputElement | undefined;
  const answer = (event: Event) => {
    const { target } = event;
    if (!isFileInput(target)) return;
    event.preventDefault();
    chosen ??= target;
  };
  doc.addEventListener('click', answer, true);
  try {
    await press(opener);
  } finally {
    doc.removeEventListener('click', answer, true);
  }
  return chosen !== undefined && (await fillFile(chosen, file)) === 'filled';
}

/**
 * True for an input a person does not use directly but through its upload's button: hidden,
 * see-through, shrunk to a pixel (a "visually hidden" class) or out of the tab order.
 */
function isBehindButton(input: HTMLInputElement): boolean {
  return isVisuallyHidden(input) || input.tabIndex < 0 || !input.checkVisibility({ opacityProperty: true });
}

/**
 * Fills a file input as a drop does. An upload already listing the file is not given it again.
 * Whether its page took the file is checked later, with {@link confirmUpload}.
 */
export async function fillFileInput(input: HTMLInputElement, file: ProfileFile): Promise<FillOutcome> {
  // An upload that lists the file already holds it (a run before this one gave it, and the page
  // emptied its input, as Vant does): a second pick would add it twice.
  if (listsFile(input, file.name, LIST_DEPTH)) return 'filled';
  return fillFile(input, file);
}

/**
 * Picks the file again through the button a person clicks, the input's `<label>`, when the input
 * is a hidden part of an upload that has not listed the file `LISTED_TIMEOUT_MS` after it was
 * given at `givenAt` (`Date.now()`): its page listens only once its button opened the dialog. An
 * input a person uses directly, or one taking several files, is left as filled: a second pick
 * would add the file twice to a list. Done once the rest of the form is filled, the wait for the
 * list costs nothing on most pages.
 */
export async function confirmUpload(input: HTMLInputElement, file: ProfileFile, givenAt: number): Promise<void> {
  if (input.multiple || !isBehindButton(input)) return;
  const listed = () => listsFile(input, file.name, LIST_DEPTH);
  const left = Math.max(0, givenAt + LISTED_TIMEOUT_MS - Date.now());
  if (await waitFor(input.ownerDocument, listed, left)) return;
  const opener = Array.from(input.labels ?? []).find((label) => isShown(label));
  if (opener) await pickThroughDialog(opener, file);
}
