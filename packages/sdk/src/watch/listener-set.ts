/**
 * Listeners added through one set and removed together: the watcher's destroy() calls
 * `removeAll()` and nothing it added stays attached.
 */
export interface ListenerSet {
  on(target: EventTarget, type: string, listener: (event: Event) => void, capture: boolean): void;
  removeAll(): void;
  /** Listeners currently attached through this set. */
  readonly size: number;
}

export function createListenerSet(): ListenerSet {
  const removers: (() => void)[] = [];
  return {
    on(target, type, listener, capture) {
      target.addEventListener(type, listener, { capture });
      removers.push(() => target.removeEventListener(type, listener, { capture }));
    },
    removeAll() {
      for (const remove of removers.splice(0)) remove();
    },
    get size() {
      return removers.length;
    },
  };
}
