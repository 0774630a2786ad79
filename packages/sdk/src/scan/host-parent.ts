/**
 * The element a node hangs from inside one document: its parent, or, at the top of a shadow root,
 * the root's host. A web component keeps its parts in its shadow root (vaadin-upload's file input,
 * vaadin-date-picker's box): walking up from a part reaches the component.
 */
export function hostParent(node: Element): Element | null {
  return node.parentElement ?? shadowHost(node);
}

/**
 * The host of the shadow root a node is in, or null in a document. Realm-safe: a same-origin
 * frame's shadow roots are not `instanceof ShadowRoot` here.
 */
export function shadowHost(node: Node): Element | null {
  const root = node.getRootNode();
  return root.nodeType === 11 && 'host' in root ? (root as ShadowRoot).host : null;
}
