import type { Page } from 'puppeteer-core';
import type { E2ePage } from './e2e-page.ts';

/** A puppeteer page (Firefox over WebDriver BiDi) as an {@link E2ePage}. */
export function firefoxE2ePage(page: Page): E2ePage {
  return {
    url: () => page.url(),
    inputValue: (selector) => page.$eval(selector, (element) => (element as HTMLInputElement).value),
    // `>>>` is puppeteer's combinator into open shadow roots.
    shadowInputValue: (host, selector) =>
      page.$eval(`${host} >>> ${selector}`, (element) => (element as HTMLInputElement).value),
    async frameInputValue(frame, selector) {
      const content = await (await page.waitForSelector(frame))?.contentFrame();
      if (!content) throw new Error(`no frame ${frame}`);
      return content.$eval(selector, (element) => (element as HTMLInputElement).value);
    },
    attribute: (selector, name) => page.$eval(selector, (element, attribute) => element.getAttribute(attribute), name),
    attributes: (selector, name) =>
      page.$$eval(selector, (elements, attribute) => elements.map((element) => element.getAttribute(attribute)), name),
    text: (selector) => page.$eval(selector, (element) => (element as HTMLElement).innerText),
    isChecked: (selector) => page.$eval(selector, (element) => (element as HTMLInputElement).checked),
    count: async (selector) => (await page.$$(selector)).length,
    click: (selector) => page.click(selector),
    fill: (selector, value) => page.locator(selector).fill(value),
    async retype(selector, value) {
      await page.click(selector);
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyA');
      await page.keyboard.up('Control');
      await page.keyboard.press('Backspace');
      await page.type(selector, value);
    },
    async waitVisible(selector) {
      await page.waitForSelector(selector, { visible: true });
    },
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
