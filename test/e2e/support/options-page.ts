import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from './extension-browser.ts';

/** The extension API an extension page has (declared minimally: only what the tests call). */
interface PageGlobals {
  chrome: {
    storage: {
      local: {
        get(keys: string[]): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
        remove(keys: string[]): Promise<void>;
      };
    };
  };
}

/** Opens the demo's options page in a tab and waits until it has loaded what is stored. */
export async function openOptionsPage(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.open(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator('body[data-ready="true"]').waitFor();
  return page;
}

/** Reads `keys` from the extension's `browser.storage.local`, through an extension page. */
export function readStorage(page: Page, keys: string[]): Promise<Record<string, unknown>> {
  return page.evaluate((wanted) => (globalThis as unknown as PageGlobals).chrome.storage.local.get(wanted), keys);
}

/** Writes items to the extension's `browser.storage.local`, through an extension page. */
export async function writeStorage(page: Page, items: Record<string, unknown>): Promise<void> {
  await page.evaluate((written) => (globalThis as unknown as PageGlobals).chrome.storage.local.set(written), items);
}

/** Removes `keys` from the extension's `browser.storage.local`, through an extension page. */
export async function removeStorage(page: Page, keys: string[]): Promise<void> {
  await page.evaluate((removed) => (globalThis as unknown as PageGlobals).chrome.storage.local.remove(removed), keys);
}
