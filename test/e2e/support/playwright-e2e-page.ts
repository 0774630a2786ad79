import type { Page } from '@playwright/test';
import type { E2ePage } from './e2e-page.ts';
import { retype } from './simulated-user.ts';

/** A Playwright page (Chromium) as an {@link E2ePage}. */
export function playwrightE2ePage(page: Page): E2ePage {
  return {
    url: () => page.url(),
    inputValue: (selector) => page.inputValue(selector),
    // Playwright's CSS reaches into open shadow roots by itself.
    shadowInputValue: (host, selector) => page.locator(`${host} ${selector}`).inputValue(),
    frameInputValue: (frame, selector) => page.frameLocator(frame).locator(selector).inputValue(),
    attribute: (selector, name) => page.getAttribute(selector, name),
    attributes: (selector, name) =>
      page.$$eval(selector, (elements, attribute) => elements.map((element) => element.getAttribute(attribute)), name),
    text: (selector) => page.locator(selector).innerText(),
    isChecked: (selector) => page.isChecked(selector),
    count: (selector) => page.locator(selector).count(),
    click: (selector) => page.click(selector),
    fill: (selector, value) => page.fill(selector, value),
    retype: (selector, value) => retype(page, selector, value),
    waitVisible: (selector) => page.locator(selector).waitFor({ state: 'visible' }),
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    bringToFront: () => page.bringToFront(),
    async screenshot(path) {
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}
