/**
 * Component libraries draw a radio, checkbox or switch as an element with its role (Radix's
 * `<button role="checkbox">`, Base UI's `<span role="switch">`) and keep a hidden native input
 * right beside it, in the same parent, that mirrors its state for a form post.
 */
const DRAWN_ITEM = '[role="radio"], [role="checkbox"], [role="switch"]';

/** The drawn item a hidden input beside it mirrors, if any. */
export function drawnTwin(input: HTMLInputElement): HTMLElement | undefined {
  return Array.from(input.parentElement?.children ?? []).find(
    (sibling): sibling is HTMLElement => sibling !== input && sibling.matches(DRAWN_ITEM),
  );
}

/**
 * Whether a person sees the box ticked: its drawn twin's `aria-checked`, or the state of the item
 * drawn around it (Ark UI's card, a `<label data-state>`), else the box's own. A library may leave
 * its hidden box checked while its state, and what it draws, went back to unchecked.
 */
export function shownChecked(input: HTMLInputElement): boolean {
  const twin = drawnTwin(input)?.getAttribute('aria-checked');
  if (twin === 'true' || twin === 'false') return twin === 'true';
  const drawn = input.closest('label')?.getAttribute('data-state');
  if (drawn === 'checked' || drawn === 'unchecked') return drawn === 'checked';
  return input.checked;
}
