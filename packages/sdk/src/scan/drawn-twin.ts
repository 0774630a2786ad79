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
