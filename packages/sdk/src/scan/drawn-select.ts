/**
 * A native `<select>` that a script library draws over (Select2, Chosen, Tom Select, Choices,
 * bootstrap-select): the select is hidden from people and from assistive technology, and the
 * library's own control sits right after it. The select stays the source of truth (the form posts
 * it, and these libraries redraw on its `change` event), so the select is the field, filled like
 * any select, and the drawn control is not a second field — unless the library never reads the
 * select back (SelectCover.replaced).
 */
import { isShown, isVisuallyHidden } from '../widgets/is-shown.ts';

const DRAWN_CONTROL = '[role="combobox"], [aria-haspopup], button[aria-expanded]';

/** The control a library draws over a select, and whether the select is still the field. */
export interface SelectCover {
  readonly control: Element;
  /**
   * True when the library replaced the select without syncing back from it: the select is kept
   * readable but out of the tab order (Tom Select), and a change made to it is never read, so the
   * drawn control is the field and the select is not; so is a transparent select under an ARIA control.
   */
  readonly replaced: boolean;
}

/** The control a library draws over `select`, or undefined when the select is not drawn over. */
export function selectCover(select: HTMLSelectElement): SelectCover | undefined {
  const next = select.nextElementSibling;
  if (!next || !isShown(next) || next.querySelector('select')) return undefined;
  const control = next.matches(DRAWN_CONTROL) ? next : (next.querySelector(DRAWN_CONTROL) ?? undefined);
  if (control === undefined) return showsSelection(next, select) ? { control: next, replaced: false } : undefined;
  if (!isShown(select) || select.getAttribute('aria-hidden') === 'true') return { control, replaced: false };
  return select.tabIndex === -1 || isTransparent(select) ? { control, replaced: true } : undefined;
}

/**
 * A select drawn fully transparent under an ARIA control (Tremor's `select-hidden` behind its
 * Headless UI listbox button): kept for the form's own validation, set from the control's state
 * and never read back, so a change to it does not stick.
 */
const isTransparent = (select: HTMLSelectElement): boolean =>
  select.ownerDocument.defaultView?.getComputedStyle(select).opacity === '0';

/**
 * A control without ARIA (Chosen draws links and list items) beside a hidden select is known by
 * its id, made from the select's (`state` → `state_chosen`), or by what it shows: the selected
 * option, or the select's `data-placeholder` while the selected option is blank.
 */
function showsSelection(next: Element, select: HTMLSelectElement): boolean {
  if (!isVisuallyHidden(select)) return false;
  if (select.id && next.id.startsWith(select.id) && /^[_-]/.test(next.id.slice(select.id.length))) return true;
  const shown = select.selectedOptions[0]?.text.trim() || select.dataset['placeholder']?.trim();
  return !!shown && (next.textContent ?? '').includes(shown);
}

/** The control drawn over a select that stays the field (Select2, Chosen), or undefined. */
export function drawnControl(select: HTMLSelectElement): Element | undefined {
  const cover = selectCover(select);
  return cover && !cover.replaced ? cover.control : undefined;
}
