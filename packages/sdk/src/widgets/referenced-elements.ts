/** Elements named by an ID-reference attribute (aria-controls, aria-owns, aria-labelledby, ...), in order. */
export function referencedElements(element: Element, attribute: string): Element[] {
  const root = element.getRootNode() as Document | ShadowRoot;
  return (element.getAttribute(attribute) ?? '')
    .split(/\s+/)
    .map((id) => (id ? root.getElementById(id) : null))
    .filter((found): found is HTMLElement => found !== null);
}
