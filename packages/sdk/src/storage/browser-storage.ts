import type { StoragePort } from './storage-port.ts';

/**
 * The part of a `browser.storage` area the SDK uses. `browser.storage.local` (webextension-polyfill
 * or Firefox) and `chrome.storage.local` satisfy it; tests pass a fake object. Written out rather
 * than picked from the polyfill's types so the published declarations need no `@types` package.
 */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * StoragePort over an extension storage area (normally `browser.storage.local`). The area is a
 * parameter rather than imported so this module never loads the polyfill itself (it throws
 * outside an extension) and can be tested with a fake.
 *
 * Values go through the browser's structured clone/JSON serialisation: plain data only.
 *
 * @example
 * import browser from 'webextension-polyfill';
 * const storage = createBrowserStorage(browser.storage.local);
 */
export function createBrowserStorage(area: StorageAreaLike): StoragePort {
  return {
    async get<T>(key: string): Promise<T | undefined> {
      const items = await area.get(key);
      // Own-property check: a stored key named like an Object.prototype member is still ours only.
      return Object.hasOwn(items, key) ? (items[key] as T) : undefined;
    },
    async set(key, value) {
      await area.set({ [key]: value });
    },
    async remove(key) {
      await area.remove(key);
    },
  };
}
