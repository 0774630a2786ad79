import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { fillByText, modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['vue-multiselect']);
  page = await harness.open('vue-multiselect');
});
afterAll(async () => harness?.close());

describe('vue-multiselect: the combobox role on a wrapper box, rows picked through an inner span', () => {
  it("reads each box as a widget named by its label (the search input's aria-label is no name)", async () => {
    const found = await page.evaluate(() =>
      Array.from(document.querySelectorAll('div.multiselect')).map((box) => [
        window.widgetSdk.isChoiceWidget(box),
        window.widgetSdk.widgetLabel(box),
      ]),
    );
    expect(found).toEqual([
      [true, 'Country'],
      [true, ''],
    ]);
  });

  it('scrolls the list of 250 countries to the row and picks it; the model holds it', async () => {
    const report = await fillByText(page, '[role="combobox"]', 'United States');
    expect(report).toMatchObject({ outcome: 'filled', after: 'United States' });
    expect(await modelState(page)).toEqual({ country: 'us', years: null });
  });

  it('picks from a list without search, far down the page if need be', async () => {
    const report = await fillByText(page, 'form > div.multiselect:nth-of-type(2)', '5 - 9');
    expect(report).toMatchObject({ outcome: 'filled', after: '5 - 9' });
    expect(await modelState(page)).toEqual({ country: 'us', years: '5 - 9' });
    expect(harness.pageErrors).toEqual([]);
  });
});
