/**
 * Rich-text editors (Quill, ProseMirror/TipTap, Draft.js, Lexical, a plain `contenteditable`
 * textbox) where a cover letter or a motivation is written. They keep their own model and redraw
 * the DOM from it, so text goes in the way typing or pasting does: focus, select what is there,
 * insert the text as typing does.
 */
import type { FillOutcome } from '../fill/fill-outcome.ts';
import { focusAndSelectAll } from './person-events.ts';
import { cleanText } from './widget-text.ts';
import { nextTask } from './wait-for.ts';

/** How long an editor may take to hear typing after the focus before the browser types instead. */
const BEFOREINPUT_WAIT_MS = 600;
const RETRY_MS = 100;

/** True for an editable rich-text box a person writes in (not a widget's inner search field). */
export function isTextEditor(element: Element): boolean {
  // Attribute first: scanning asks this of every element of the page.
  if (!element.hasAttribute('contenteditable') || !(element as HTMLElement).isContentEditable) return false;
  if (element.getAttribute('aria-readonly') === 'true' || element.getAttribute('aria-disabled') === 'true')
    return false;
  // A date segment (React Aria's spinbutton) or an editable combobox is editable too, but no editor.
  const role = element.getAttribute('role');
  if (role !== null && role !== 'textbox') return false;
  return !element.parentElement?.closest('[contenteditable]:not([contenteditable="false"])');
}

/** The text an editor shows, blank lines and spacing folded. */
export function editorText(element: Element): string {
  return cleanText((element as HTMLElement).innerText ?? element.textContent ?? '');
}

/**
 * Writes `text` into the editor in place of what it holds; `filled` when the editor then shows it.
 * An editor that takes typing from `beforeinput` (CKEditor 5, Trix, Lexical) inserts the text
 * itself; one that does not (Quill, ProseMirror) gets the user agent's own
 * insertion, which it reads back from the DOM. (CKEditor puts back an insertion it did not make.)
 */
export async function fillTextEditor(element: HTMLElement, text: string): Promise<FillOutcome> {
  if (!focusAndSelectAll(element)) return 'not_fillable';
  const doc = element.ownerDocument;
  const shows = () => editorText(element).includes(cleanText(text).slice(0, 40));
  // An editor that takes typing from beforeinput hears it only once it takes the focus as its own
  // (CKEditor: 50 ms after the focus, later on a busy page): typing is sent again until the editor
  // shows it. A beforeinput nobody handles does nothing, so sending it again is safe.
  for (let waited = 0; !shows() && waited < BEFOREINPUT_WAIT_MS; waited += RETRY_MS) {
    sendTyping(element, text);
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
  // Deprecated but still the one way to type into an editor as the user agent does, in every browser.
  if (!shows()) doc.execCommand('insertText', false, text);
  element.blur();
  // An editor puts back an insertion it did not make once it renders again.
  await nextTask(doc);
  return shows() ? 'filled' : 'did_not_stick';
}

/** Sends the text as one typed `insertText`, which an editor listening for `beforeinput` inserts. */
function sendTyping(element: HTMLElement, text: string): void {
  const view = element.ownerDocument.defaultView;
  const typing = { inputType: 'insertText', data: text, bubbles: true, cancelable: true, composed: true };
  if (view) element.dispatchEvent(new view.InputEvent('beforeinput', typing));
}
