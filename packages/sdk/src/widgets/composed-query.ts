/**
 * querySelectorAll that also looks into the page nodes a web component's slots show, and into
 * their own shadow roots: a Shoelace `<sl-select>` keeps its listbox in its shadow root and its
 * `<sl-option>` rows in the page, slotted. It also looks into the shadow roots of the components
 * inside `root`: UI5's `<ui5-radio-button>` draws its `role=radio` there.
 */
export function composedQueryAll(root: Element, selector: string): Element[] {
  const found = new Set(root.querySelectorAll(selector));
  for (const slot of root.querySelectorAll('slot')) {
    for (const assigned of slot.assignedElements({ flatten: true })) {
      if (assigned.matches(selector)) found.add(assigned);
      assigned.querySelectorAll(selector).forEach((element) => found.add(element));
      // A slotted component may carry its role inside: @material/web's <md-select-option> renders
      // its `<li role="option">` in its own shadow root.
      if (assigned.shadowRoot && !assigned.matches(selector))
        assigned.shadowRoot.querySelectorAll(selector).forEach((element) => found.add(element));
    }
  }
  for (const host of root.querySelectorAll('*')) {
    if (host.shadowRoot && !host.matches(selector))
      host.shadowRoot.querySelectorAll(selector).forEach((element) => found.add(element));
  }
  return [...found];
}
