import type { Storage } from 'webextension-polyfill';
import type { StoragePort } from './storage-port.ts';

/**
 * The part of a `browser.storage` area the SDK uses. `browser.storage.local` satisfies it; tests
 * pass a fake object.
 */
export type StorageAreaLike = Pick<Storage.StorageArea, 'get' | 'set' | 'remove'>;

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
