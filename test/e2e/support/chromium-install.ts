import { launchExtensionBrowser } from './extension-browser.ts';
import type { BrowserUnderTest } from './extension-install.ts';
import { playwrightE2ePage } from './playwright-e2e-page.ts';

/** Chromium for the cross-browser scenarios: the Playwright harness, its pages wrapped. */
export const CHROMIUM: BrowserUnderTest = {
  name: 'Chromium',
  async launch(extensionDir) {
    const browser = await launchExtensionBrowser(extensionDir);
    return {
      ...browser,
      open: async (url) => playwrightE2ePage(await browser.open(url)),
      async openExtensionPage(path) {
        const page = await browser.open(`chrome-extension://${browser.extensionId}/${path}`);
        await page.locator('body[data-ready="true"]').waitFor();
        return playwrightE2ePage(page);
      },
      openPopup: async (page) => playwrightE2ePage(await browser.openPopup(page)),
    };
  },
};
