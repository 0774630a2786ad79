/**
 * A native `<select>` that a script library draws over (Select2, Chosen, Tom Select, Choices,
 * bootstrap-select): the select is hidden from people and from assistive technology, and the
 * library's own control sits right after it. The select stays the source of truth (the form posts
 * it, and these libraries redraw on its `change` event), so the select is the field, filled like
 * any select, and the drawn control is not a second field — unless the library never reads the
 * select back (see isReplacedSelect).
 */
import { isShown } from '../widgets/is-shown.ts';

const DRAWN_CONTROL = '[role="combobox"], [aria-haspopup]';

/** The library's control drawn over `select`, or undefined when the select is not drawn over. */
export function drawnControl(select: HTMLSelectElement): Element | undefined {
  const next = select.nextElementSibling;
  if (!next || !isShown(next) || next.querySelector('select')) return undefined;
  const hidden = !isShown(select) || select.getAttribute('aria-hidden') === 'true';
  if (!hidden) return undefined;
  return controlIn(next);
}

const controlIn = (element: Element): Element | undefined =>
  element.matches(DRAWN_CONTROL) ? element : (element.querySelector(DRAWN_CONTROL) ?? undefined);

/**
 * True when a library replaced `select` by its own control without syncing back from it: the
 * select is kept readable but out of the tab order (Tom Select), and the library never reads a
 * change made to it, so the drawn control is the field and the select is not.
 */
export function isReplacedSelect(select: HTMLSelectElement): boolean {
  const next = select.nextElementSibling;
  if (!next || !isShown(next) || next.querySelector('select') || drawnControl(select)) return false;
  return select.tabIndex === -1 && controlIn(next) !== undefined;
}
