/** How long the driver waits, by default, for a menu to open, offer its options or close. */
export const DEFAULT_TIMEOUT_MS = 1500;

/** Poll period beside the MutationObserver: a CSS transition or layout change mutates nothing. */
const POLL_MS = 40;

/**
 * Resolves with the first truthy result of `check`, tried now, after each batch of DOM mutations
 * in `doc` and every POLL_MS; with `undefined` after `timeoutMs`. Between checks the page runs:
 * nothing here spins or blocks.
 */
export function waitFor<T>(
  doc: Document,
  check: () => T | undefined | null | false,
  timeoutMs: number,
): Promise<T | undefined> {
  const view = doc.defaultView ?? window;
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: T | undefined) => {
      if (done) return;
      done = true;
      observer.disconnect();
      view.clearInterval(poll);
      view.clearTimeout(timer);
      resolve(value);
    };
    const run = () => {
      const value = check();
      if (value) finish(value);
    };
    const observer = new view.MutationObserver(run);
    observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
    const poll = view.setInterval(run, POLL_MS);
    const timer = view.setTimeout(() => finish(undefined), timeoutMs);
    run();
  });
}

/**
 * Lets the page run the work a message queues after an event (React's scheduler renders in one),
 * as a person's pause between two fields does: a page whose handlers copy state they last drew
 * (`{ ...form.answers, [key]: value }`) keeps only the last of two answers given in one turn. A
 * message, unlike a timer, is neither clamped nor throttled in a background tab.
 */
export function nextTurn(doc: Document): Promise<void> {
  const view = doc.defaultView ?? window;
  return new Promise((resolve) => {
    const channel = new view.MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Resolves after `ms` on the page's own clock (its window's timers). */
export function delay(doc: Document, ms: number): Promise<void> {
  const view = doc.defaultView ?? window;
  return new Promise((resolve) => view.setTimeout(resolve, ms));
}

/** Lets the page run its queued work (a framework's render after an event) before going on. */
export const nextTask = (doc: Document): Promise<void> => delay(doc, 0);

/**
 * Resolves after the page has drawn a frame (or 50 ms in a tab that draws none): libraries that
 * move a selection in `requestAnimationFrame` (RSuite's date segments) are ready for the next key.
 */
export function nextFrame(doc: Document): Promise<void> {
  const view = doc.defaultView ?? window;
  return new Promise((resolve) => {
    const done = () => {
      view.clearTimeout(timer);
      resolve();
    };
    const timer = view.setTimeout(done, 50);
    view.requestAnimationFrame(() => view.setTimeout(done, 0));
  });
}
