/**
 * Which fields a person touched: trusted events only a person (or the browser acting for them, as
 * its own autofill does) sends into a field. A page's script that writes a value sends none of
 * them, and an event it dispatches itself is untrusted.
 */
import { isElementNode } from '../scan/field-element.ts';
import type { ListenerSet } from './listener-set.ts';

const PERSON_EVENTS = ['keydown', 'beforeinput', 'input', 'change', 'paste', 'drop', 'pointerdown'] as const;

/** The elements touched so far; grows while the listeners stay on. */
export interface PersonTouches {
  has(element: Element): boolean;
}

/**
 * Starts recording the elements a person touches in `documents` (a field inside a shadow root
 * counts as itself: the event's first target is the field, not its host). The listeners go
 * through `listeners`, whose owner removes them.
 */
export function watchPersonTouches(documents: Iterable<Document>, listeners: ListenerSet): PersonTouches {
  const touched = new Set<Element>();
  const onEvent = (event: Event) => {
    const [target] = event.composedPath();
    if (event.isTrusted && isElementNode(target)) touched.add(target);
  };
  for (const document of documents) for (const type of PERSON_EVENTS) listeners.on(document, type, onEvent, true);
  return { has: (element) => touched.has(element) };
}
