import { dispatchBlur, dispatchChange } from '../fill/field-events.ts';
import { setNativeProperty } from '../fill/native-setter.ts';
import { nextFrame, nextTask } from './wait-for.ts';

type Realm = Window & typeof globalThis;

/** Legacy key codes: rc-select (antd) still reads `which`; others read `key` or `code`. */
const KEY_CODES = {
  ArrowDown: 40,
  ArrowLeft: 37,
  ArrowRight: 39,
  Home: 36,
  Enter: 13,
  ' ': 32,
  Escape: 27,
} as const;

/** A key `pressKey` can send. */
export type WidgetKey = keyof typeof KEY_CODES;

const FOCUSABLE = 'input,select,textarea,button,a[href],[tabindex],[contenteditable="true"],[contenteditable=""]';

/** True when any of `box` lies in the window's viewport (a box of no size counts as in view). */
function inView(box: DOMRect, view: Window): boolean {
  if (box.width === 0 && box.height === 0) return true;
  return box.bottom > 0 && box.right > 0 && box.top < view.innerHeight && box.left < view.innerWidth;
}

function realmOf(element: Element): Realm {
  return (element.ownerDocument.defaultView ?? window) as Realm;
}

/**
 * A person's click with the primary button, from the element's own realm, at its centre: hover,
 * pointerdown, mousedown, the focus a browser gives when mousedown is not prevented, then (after
 * the page has rendered what the press changed) pointerup, mouseup and click. Libraries differ in
 * which of these they act on, so the whole sequence is sent once. As in a browser, a cancelled
 * pointerdown suppresses the mouse events but not the click.
 */
export async function press(target: Element): Promise<void> {
  const view = realmOf(target);
  // A person scrolls a control into view before clicking it: a popup placed against its opener
  // (Polaris' Popover on a read-only date box below the fold) does not open for one out of view.
  if (!inView(target.getBoundingClientRect(), view)) target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const box = target.getBoundingClientRect();
  const init = {
    bubbles: true,
    cancelable: true,
    composed: true,
    view,
    button: 0,
    pointerId: 1,
    pointerType: 'mouse',
    isPrimary: true,
    clientX: box.left + box.width / 2,
    clientY: box.top + box.height / 2,
  };
  const fire = (type: string, buttons: number) =>
    target.dispatchEvent(
      type.startsWith('pointer')
        ? new view.PointerEvent(type, { ...init, buttons })
        : new view.MouseEvent(type, { ...init, buttons }),
    );
  for (const type of ['pointerover', 'mouseover', 'pointermove', 'mousemove']) fire(type, 0);
  const mouse = fire('pointerdown', 1);
  if (mouse && fire('mousedown', 1)) (target.closest(FOCUSABLE) as HTMLElement | null)?.focus({ preventScroll: true });
  await nextTask(target.ownerDocument);
  fire('pointerup', 0);
  if (mouse) fire('mouseup', 0);
  fire('click', 0);
}

/**
 * What a click on `element`'s middle lands on inside `container`, hit-tested in `root` (the
 * element's document or shadow root, or the shadow root it draws its parts in). A person scrolls to
 * it first when it is out of view or hidden by its list's edge. Undefined when nothing of it is hit.
 */
export function middleHit(element: Element, root: Document | ShadowRoot, container: Node): Element | undefined {
  const seen = pointerHit(element, root, container);
  if (seen) return seen;
  element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  return pointerHit(element, root, container);
}

/** What a click on `element`'s middle lands on inside `container` as the page stands, without scrolling. */
export function pointerHit(element: Element, root: Document | ShadowRoot, container: Node): Element | undefined {
  const box = element.getBoundingClientRect();
  const found = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return found && container.contains(found) ? found : undefined;
}

/** keydown then keyup of `key` on `target`, as a real keyboard reports it. */
export function pressKey(target: Element, key: WidgetKey, altKey = false): void {
  const view = realmOf(target);
  for (const type of ['keydown', 'keyup']) {
    // The legacy codes go in the init dictionary: a property defined on the event object would
    // stay in the content script's world, and the page would read 0.
    const event = new view.KeyboardEvent(type, {
      key,
      code: key === ' ' ? 'Space' : key,
      keyCode: KEY_CODES[key],
      which: KEY_CODES[key],
      altKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    target.dispatchEvent(event);
  }
}

/**
 * Types `text` into an editable combobox at once: native value setter (so React sees a change)
 * and one `input` event carrying the text, which is what search-as-you-type handlers read.
 */
export function typeText(input: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const view = realmOf(input);
  setNativeProperty(input, 'value', text);
  input.dispatchEvent(
    new view.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }),
  );
}

/**
 * Types `text` one key at a time, as a keyboard does: keydown, keypress, beforeinput, the character
 * put in place of the selection unless the page cancelled one of them, input, keyup. Segmented masks (RSuite's
 * date input) read each key and move between segments themselves; one `input` carrying the whole
 * text leaves them half filled. Returns whether any character was put in by this typing (rather
 * than by the page's own key handling).
 */
export async function typeKeys(input: HTMLInputElement, text: string): Promise<boolean> {
  const view = realmOf(input);
  const init = { bubbles: true, cancelable: true, composed: true };
  let wrote = false;
  for (const key of text) {
    const keyCode = /[a-z0-9]/i.test(key) ? key.toUpperCase().charCodeAt(0) : 0;
    // keydown, keypress (a mask such as autoNumeric inserts the key itself there and cancels it),
    // beforeinput: the insertion happens only if none was cancelled.
    const charCode = key.charCodeAt(0);
    const typed =
      input.dispatchEvent(new view.KeyboardEvent('keydown', { ...init, key, keyCode, which: keyCode })) &&
      input.dispatchEvent(
        new view.KeyboardEvent('keypress', { ...init, key, keyCode: charCode, charCode, which: charCode }),
      ) &&
      input.dispatchEvent(new view.InputEvent('beforeinput', { ...init, inputType: 'insertText', data: key }));
    if (typed) {
      wrote = true;
      const start = input.selectionStart ?? input.value.length;
      const end = input.selectionEnd ?? start;
      setNativeProperty(input, 'value', input.value.slice(0, start) + key + input.value.slice(end));
      input.setSelectionRange(start + 1, start + 1);
      input.dispatchEvent(
        new view.InputEvent('input', { ...init, cancelable: false, inputType: 'insertText', data: key }),
      );
    }
    input.dispatchEvent(new view.KeyboardEvent('keyup', { ...init, key, keyCode, which: keyCode }));
    await nextFrame(input.ownerDocument);
  }
  return wrote;
}

/**
 * Leaves a box typed into as a person does: the browser sends `change` on leaving a box a person
 * typed into (a mask that took every key itself, `wrote` false, wrote its own value and hears
 * none), the focus goes, and the page runs what that set off.
 */
export async function leaveTypedBox(input: HTMLInputElement, wrote: boolean): Promise<void> {
  if (wrote) dispatchChange(input);
  if (input.ownerDocument.activeElement === input) input.blur();
  dispatchBlur(input);
  await nextTask(input.ownerDocument);
}

/**
 * Focuses an editable element (`contenteditable`) and selects everything in it, as a person does
 * before typing over it; false when the page gives no selection to work with.
 */
export function focusAndSelectAll(element: Element): boolean {
  const doc = element.ownerDocument;
  const selection = doc.defaultView?.getSelection();
  if (!selection) return false;
  (element as HTMLElement).focus({ preventScroll: true });
  const range = doc.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}
