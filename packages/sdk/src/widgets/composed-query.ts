/**
 * querySelectorAll that also looks into the page nodes a web component's slots show, and into
 * their own shadow roots: a Shoelace `<sl-select>` keeps its listbox in its shadow root and its
 * `<sl-option>` rows in the page, slotted.
 */
export function composedQueryAll(root: Element, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  for (const slot of root.querySelectorAll('slot')) {
    for (const assigned of slot.assignedElements({ flatten: true })) {
      if (assigned.matches(selector)) found.push(assigned);
      found.push(...assigned.querySelectorAll(selector));
      // A slotted component may carry its role inside: @material/web's <md-select-option> renders
      // its `<li role="option">` in its own shadow root.
      if (assigned.shadowRoot && !assigned.matches(selector))
        found.push(...assigned.shadowRoot.querySelectorAll(selector));
    }
  }
  return found;
}
