/**
 * A native `<select>` that a script library draws over (Select2, Chosen, Tom Select, Choices,
 * bootstrap-select): the select is hidden from people and from assistive technology, and the
 * library's own control sits right after it. The select stays the source of truth (the form posts
 * it, and these libraries redraw on its `change` event), so the select is the field, filled like
 * any select, and the drawn control is not a second field.
 */
import { isShown } from '../widgets/is-shown.ts';

const DRAWN_CONTROL = '[role="combobox"], [aria-haspopup]';

/** The library's control drawn over `select`, or undefined when the select is not drawn over. */
export function drawnControl(select: HTMLSelectElement): Element | undefined {
  const next = select.nextElementSibling;
  if (!next || !isShown(next) || next.querySelector('select')) return undefined;
  const hidden = !isShown(select) || select.getAttribute('aria-hidden') === 'true';
  if (!hidden) return undefined;
  return next.matches(DRAWN_CONTROL) ? next : (next.querySelector(DRAWN_CONTROL) ?? undefined);
}
