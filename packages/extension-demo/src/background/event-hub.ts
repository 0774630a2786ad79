/**
 * An extension event the demo owns: listeners are added to it like to `browser.runtime.onMessage`,
 * and the demo emits into it from the one real listener it registered in the service worker's
 * first turn. This lets the SDK's background be created (and re-created when the settings change)
 * after the settings load, while Chrome still wakes the worker for messages and alarms.
 */

/** `addListener`/`removeListener` plus `emit`; the shape the SDK's `EventPort` asks for. */
export interface EventHub<Args extends unknown[], R> {
  addListener(listener: (...args: Args) => R): void;
  removeListener(listener: (...args: Args) => R): void;
  /** Calls every listener in order; returns the first result that is not undefined. */
  emit(...args: Args): R | undefined;
  /** Listeners currently attached (for destroy tests and debugging). */
  readonly size: number;
}

/** Creates an empty hub. */
export function createEventHub<Args extends unknown[], R = void>(): EventHub<Args, R> {
  const listeners = new Set<(...args: Args) => R>();
  return {
    addListener: (listener) => void listeners.add(listener),
    removeListener: (listener) => void listeners.delete(listener),
    emit(...args) {
      let first: R | undefined;
      for (const listener of [...listeners]) {
        const result = listener(...args);
        if (first === undefined && result !== undefined) first = result;
      }
      return first;
    },
    get size() {
      return listeners.size;
    },
  };
}
