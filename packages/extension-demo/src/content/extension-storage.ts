/**
 * The SDK's StoragePort over `browser.storage.local`, for the content script. The SDK exports the
 * same adapter from its background entry only; importing that entry here would pull the outbox and
 * ky into the content bundle, so this small copy stays until the content entry exports it too.
 */
import type { CompanionContentOptions } from '@companion-autofill/sdk/content';
import type { Storage } from 'webextension-polyfill';

type StoragePort = CompanionContentOptions['storage'];

/** StoragePort over one extension storage area. */
export function createExtensionStorage(area: Pick<Storage.StorageArea, 'get' | 'set' | 'remove'>): StoragePort {
  return {
    async get<T>(key: string): Promise<T | undefined> {
      const items = await area.get(key);
      return Object.hasOwn(items, key) ? (items[key] as T) : undefined;
    },
    set: (key, value) => area.set({ [key]: value }),
    remove: (key) => area.remove(key),
  };
}
