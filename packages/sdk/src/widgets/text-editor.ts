/**
 * Rich-text editors (Quill, ProseMirror/TipTap, Draft.js, Lexical, a plain `contenteditable`
 * textbox) where a cover letter or a motivation is written. They keep their own model and redraw
 * the DOM from it, so text goes in the way typing or pasting does: focus, select what is there,
 * `insertText` (which fires the `beforeinput`/`input` events every editor listens to).
 */
import type { FillOutcome } from '../fill/fill-outcome.ts';
import { focusAndSelectAll } from './person-events.ts';
import { cleanText } from './widget-text.ts';

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

/** Writes `text` into the editor in place of what it holds; `filled` when the editor then shows it. */
export function fillTextEditor(element: HTMLElement, text: string): FillOutcome {
  if (!focusAndSelectAll(element)) return 'not_fillable';
  // Deprecated but still the one way to type into an editor as the user agent does, in every browser.
  element.ownerDocument.execCommand('insertText', false, text);
  element.blur();
  return editorText(element).includes(cleanText(text).slice(0, 40)) ? 'filled' : 'did_not_stick';
}
