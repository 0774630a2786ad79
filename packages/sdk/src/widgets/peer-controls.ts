/**
 * The controls of one kind drawn beside a control: the first wrapper around it, a few levels up at
 * most, that holds more than one of them. A switch alone in its row is a question of its own; one
 * of several toggle buttons a segment of a choice; one of two thumbs the end of a band.
 */

/** The controls matching `selector` in the nearest of `depth` wrappers holding several, or undefined when it stands alone. */
export function peerControls(element: Element, selector: string, depth: number): Element[] | undefined {
  let node = element.parentElement;
  for (let level = 0; node && level < depth; level += 1, node = node.parentElement) {
    const peers = Array.from(node.querySelectorAll(selector));
    if (peers.length > 1) return peers;
  }
  return undefined;
}
