import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { fillByText, modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['shadcn']);
  page = await harness.open('shadcn');
  await page.waitForSelector('#country');
});
afterAll(async () => harness?.close());

describe("shadcn/ui's combobox: a popover button over a cmdk command menu", () => {
  it('is a choice widget though its popup is a dialog, named by its label', async () => {
    const found = await page.evaluate(() => {
      const sdk = window.widgetSdk;
      const button = sdk.findElement('#country');
      return { widget: sdk.isChoiceWidget(button), label: sdk.widgetLabel(button) };
    });
    expect(found).toEqual({ widget: true, label: 'Country of residence' });
  });

  it('searches the menu and picks the country from rows cmdk marks data-disabled="false"', async () => {
    const report = await fillByText(page, '#country', 'United States', { typeText: 'United States' });
    expect(report).toMatchObject({ outcome: 'filled', after: 'United States' });
    expect(await modelState(page)).toEqual({ country: 'us' });
    expect(harness.pageErrors).toEqual([]);
  });
});
