/**
 * True when a person can see the element: it has a size and no `display: none`, `hidden` or
 * `visibility: hidden` on it or an ancestor. Opacity is not checked: menus fade in from 0.
 */
export function isShown(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true });
}
