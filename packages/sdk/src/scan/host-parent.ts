/**
 * The element a node hangs from inside one document: its parent, or, at the top of a shadow root,
 * the root's host. A web component keeps its parts in its shadow root (vaadin-upload's file input,
 * vaadin-date-picker's box): walking up from a part reaches the component.
 */
export function hostParent(node: Element): Element | null {
  const root = node.getRootNode();
  return node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
}
