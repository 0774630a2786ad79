/**
 * True when a person can see the element: it has a size and no `display: none`, `hidden` or
 * `visibility: hidden` on it or an ancestor. Opacity is not checked: menus fade in from 0.
 */
export function isShown(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true });
}

/**
 * True when a person cannot see the element though it may have a box: not shown, or shrunk to a
 * pixel by a "visually hidden" class (clip, 1×1) that keeps it for the form and screen readers.
 */
export function isVisuallyHidden(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return !isShown(element) || box.width <= 1 || box.height <= 1;
}
