/**
 * A long list drawn only where it is scrolled (antd's and rc-virtual-list's, react-window's): the
 * rows past its window are not in the page until a person scrolls to them. These are the steps a
 * person takes through it, a window at a time.
 */

/** How far up from a row the element scrolling its list may be (antd: row › inner › holder). */
const LIST_DEPTH = 6;

/**
 * The element that scrolls `row`'s list: its nearest ancestor taller inside than it is shown, that
 * scrolls or hides what overflows (rc-virtual-list hides it and draws a scroll bar of its own).
 */
export function scrollingList(row: Element): HTMLElement | undefined {
  const view = row.ownerDocument.defaultView;
  let node = row.parentElement;
  for (let depth = 0; node && view && depth < LIST_DEPTH; depth += 1, node = node.parentElement) {
    if (node.localName === 'body' || node.localName === 'html') break;
    const overflow = view.getComputedStyle(node).overflowY;
    if (overflow !== 'visible' && overflow !== 'clip' && node.scrollHeight > node.clientHeight + 1) return node;
  }
  return undefined;
}

/**
 * Scrolls `list` down by most of its window, as a wheel does: false once its end is reached. The
 * list hears its own `scroll` event and draws the rows now in view.
 */
export function scrollDownOnce(list: HTMLElement): boolean {
  const before = list.scrollTop;
  list.scrollTop = before + Math.max(1, Math.floor(list.clientHeight * 0.8));
  return list.scrollTop > before;
}
