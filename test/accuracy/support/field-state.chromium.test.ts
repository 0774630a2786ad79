import type { Browser, Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../packages/sdk/test/support/chromium.ts';
import { choiceLabels, readFieldState } from './field-state.ts';
import type { TruthField } from './truth.ts';

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

  it("reads a widget's text as a person sees it, without the live region shrunk to a pixel", async () => {
    await page.setContent(`<div id="box"><span role="status" aria-live="polite"
      style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">No options.</span>
      <div>01/15/2027</div></div>`);
    const field: TruthField = { id: 'd', label: 'Date', kind: 'widget', selector: '#box', step: 1, leave_alone: false };
    expect(await readFieldState(page, field)).toEqual({ found: 1, value: '01/15/2027' });
  });
});
