/**
 * The WebExtension API the content script uses, without webextension-polyfill: Firefox has
 * `browser`, and Chromium's MV3 `chrome` returns promises from storage and runtime calls too. The
 * polyfill would cost ~3 KB gzipped of a content script that must stay under 20 KB; only the
 * message listener needs adapting (Chromium answers through `sendResponse`).
 */
import type Browser from 'webextension-polyfill';

type Api = Pick<typeof Browser, 'runtime' | 'storage'>;

/** `browser` where it exists (Firefox), else `chrome` (Chromium), typed as the polyfill's API. */
export const extensionApi: Api =
  (globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;

/** Adds a runtime message listener that answers with `handler`'s promise; undefined = not ours. */
export function onRuntimeMessage(handler: (message: unknown) => Promise<unknown> | undefined): void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): boolean => {
    const reply = handler(message);
    if (reply === undefined) return false;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  extensionApi.runtime.onMessage.addListener(
    listener as unknown as Parameters<Api['runtime']['onMessage']['addListener']>[0],
  );
}
