import type { Page } from '@playwright/test';
import type { E2ePage } from './e2e-page.ts';
import { retype } from './simulated-user.ts';

/** A Playwright page (Chromium) as an {@link E2ePage}. */
export function playwrightE2ePage(page: Page): E2ePage {
  return {
    url: () => page.url(),
    inputValue: (selector) => page.inputValue(selector),
    text: (selector) => page.locator(selector).innerText(),
    isChecked: (selector) => page.isChecked(selector),
    count: (selector) => page.locator(selector).count(),
    click: (selector) => page.click(selector),
    fill: (selector, value) => page.fill(selector, value),
    retype: (selector, value) => retype(page, selector, value),
    waitVisible: (selector) => page.locator(selector).waitFor({ state: 'visible' }),
    bringToFront: () => page.bringToFront(),
    async screenshot(path) {
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}
