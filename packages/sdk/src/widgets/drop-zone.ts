/**
 * Upload areas with no file input of their own in the page: a Dropzone.js zone (its input is
 * created hidden at the end of `<body>`, tied to the zone only in the library's state), Form.io's
 * file selector (its input exists only once "Browse" is clicked). A person drops the file on
 * them, or clicks them and picks it; so does the fill: `dragenter`, `dragover`, `drop` carrying a
 * DataTransfer with the file, else a click whose file dialog it answers.
 */
import type { FillOutcome } from '../fill/fill-outcome.ts';
import { listsFile, type ProfileFile } from '../fill/fill-file.ts';
import { pickThroughDialog } from './file-dialog.ts';
import { isShown } from './is-shown.ts';
import { waitFor } from './wait-for.ts';
import { cleanText } from './widget-text.ts';

/** An element a library names as a drop or upload area. */
const ZONE = '[class*="drop" i], [class*="upload" i], [class*="file" i], [id*="drop" i], [id*="upload" i]';
/** The words every drop area shows ("Drop files to attach", "Drag and drop your CV here"). */
const DROP_WORDS = /\b(drop|drag)\b/i;
/** Longer than this, the text is a section around an area, not the area's own words. */
const MAX_ZONE_TEXT = 160;
/** How far up an upload's own file input may sit from its drop text. */
const INPUT_NEARBY_DEPTH = 4;
/**
 * How far up the wrapper an upload draws around its drop text and its input may sit (Jotform's
 * v2 uploader: heading › button › button container › container, beside its files container and
 * input).
 */
const OWN_WRAPPER_DEPTH = 3;
/** Fields that are no upload's. */
const OTHER_FIELDS = 'input:not([type="file"]):not([type="hidden"]), select, textarea';
/** How long the page may take to show the dropped file. */
const SHOWN_TIMEOUT_MS = 1000;

/**
 * An area's words, its button's included (Dropzone writes its message in a button), its text
 * nodes kept apart: elements a framework renders side by side ("Choose File" + "Drop a file")
 * have no space between them.
 */
function wordsOf(element: Element): string {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  while (walker.nextNode()) parts.push(walker.currentNode.nodeValue ?? '');
  return cleanText(parts.join(' '));
}

/** True for an upload area a person drops a file on, holding no file input (nor any other field). */
export function isDropZone(element: Element): boolean {
  // Attribute test first: scanning asks this of every element of the page.
  if (!element.matches(ZONE) || element.matches('input, select, textarea, label, button, a')) return false;
  if (element.querySelector('input, select, textarea, [role="combobox"], [role="listbox"]')) return false;
  // Part of an upload that has its input nearby (Arco's drag text beside the hidden input): that
  // input is the field. Further up, an input another label names is another upload's (the next
  // question's); in the zone's own wrapper it is this upload's whatever labels it (Jotform's
  // uploader: drop text, then its input with a sub-label).
  let around = element.parentElement;
  for (let depth = 0; around && depth < INPUT_NEARBY_DEPTH; depth += 1, around = around.parentElement) {
    // Not the page or the form: Dropzone keeps its hidden inputs at the end of `<body>`.
    if (around.matches('form, body')) break;
    const inputs = around.querySelectorAll<HTMLInputElement>('input[type="file"]');
    // A wrapper holding other questions too is the form's, not the upload's own.
    const own = depth <= OWN_WRAPPER_DEPTH && around.querySelector(OTHER_FIELDS) === null;
    if (Array.from(inputs).some((input) => own || (input.labels?.length ?? 0) === 0)) return false;
  }
  const text = wordsOf(element);
  if (text.length > MAX_ZONE_TEXT || !DROP_WORDS.test(text) || !isShown(element)) return false;
  // The innermost area: a zone inside it that qualifies is the one (Form.io's selector inside its component).
  return !Array.from(element.querySelectorAll(ZONE)).some((inner) => DROP_WORDS.test(wordsOf(inner)) && isShown(inner));
}

/**
 * Drops `file` on the area, or, when the page shows no dropped file, picks it the way a person who
 * clicks the area does; `filled` when the page then shows its name near the area.
 */
export async function dropFile(zone: HTMLElement, file: ProfileFile): Promise<FillOutcome> {
  const view = (zone.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
  const transfer = new view.DataTransfer();
  transfer.items.add(new view.File([file.bytes as BlobPart], file.name, { type: file.type }));
  for (const type of ['dragenter', 'dragover', 'drop']) {
    zone.dispatchEvent(new view.DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }
  // Libraries list the dropped file inside the area (Dropzone's preview) or right beside it (Form.io).
  const shown = () => listsFile(zone, file.name, 1);
  if (await waitFor(zone.ownerDocument, shown, SHOWN_TIMEOUT_MS)) return 'filled';
  if (!(await pickThroughDialog(zone, file))) return 'did_not_stick';
  return (await waitFor(zone.ownerDocument, shown, SHOWN_TIMEOUT_MS)) ? 'filled' : 'did_not_stick';
}
