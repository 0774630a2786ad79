import type { Browser, Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../packages/sdk/test/support/chromium.ts';
import { choiceLabels } from './field-state.ts';

describe('choiceLabels', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(() => browser?.close());

  it('reads each radio by its label, aria-label, aria-labelledby, wrapping label or the text after it', async () => {
    await page.setContent(`
      <input type="radio" name="r" id="a"><label for="a">Own label</label>
      <input type="radio" name="r" aria-label="Named by aria">
      <span id="t1">Tile title</span><span id="t2">and its line</span>
      <input type="radio" name="r" aria-labelledby="t1 t2">
      <label><input type="radio" name="r"> Wrapped</label>
      <input type="radio" name="r">Bare text`);
    expect(await page.locator('input[name=r]').evaluateAll(choiceLabels)).toEqual([
      'Own label',
      'Named by aria',
      'Tile title and its line',
      'Wrapped',
      'Bare text',
    ]);
  });
});
