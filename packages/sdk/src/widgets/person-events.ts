import { setNativeProperty } from '../fill/native-setter.ts';
import { nextTask } from './wait-for.ts';

type Realm = Window & typeof globalThis;

/** Legacy key codes: rc-select (antd) still reads `which`; others read `key` or `code`. */
const KEY_CODES = { ArrowDown: 40, Enter: 13, ' ': 32, Escape: 27 } as const;

/** A key `pressKey` can send. */
export type WidgetKey = keyof typeof KEY_CODES;

const FOCUSABLE = 'input,select,textarea,button,a[href],[tabindex],[contenteditable="true"],[contenteditable=""]';

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

/** keydown then keyup of `key` on `target`, as a real keyboard reports it. */
export function pressKey(target: Element, key: WidgetKey, altKey = false): void {
  const view = realmOf(target);
  for (const type of ['keydown', 'keyup']) {
    const event = new view.KeyboardEvent(type, {
      key,
      code: key === ' ' ? 'Space' : key,
      altKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    for (const legacy of ['keyCode', 'which']) Object.defineProperty(event, legacy, { value: KEY_CODES[key] });
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
