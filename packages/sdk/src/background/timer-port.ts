/** Handle returned by {@link TimerPort.setTimeout}; opaque to the caller. */
export type TimerHandle = unknown;

/** One-shot timers, injected so tests can use fake timers and a service worker its globals. */
export interface TimerPort {
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/**
 * The global timers, looked up at call time (not import time) so that fake timers installed
 * after import still apply.
 */
export const globalTimers: TimerPort = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as Parameters<typeof globalThis.clearTimeout>[0]),
};
