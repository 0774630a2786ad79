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
    expect(await modelState(page)).toMatchObject({ country: 'us' });
    expect(harness.pageErrors).toEqual([]);
  });
});

describe("shadcn/ui's checkbox: a Radix button drawn over a hidden input", () => {
  it('is scanned by its hidden input, named by the label of the button, and ticked by a click on the button', async () => {
    const result = await page.evaluate(async () => {
      const sdk = window.widgetSdk;
      const fields = sdk.scanForm(document).filter((field) => field.descriptor.type === 'checkbox');
      const labels = fields.map((field) => field.descriptor.label);
      const map = Object.fromEntries(fields.map((field) => [field.descriptor.selector, 'work_authorization']));
      const { outcomes } = await sdk.fillForm(fields, map, { work_authorization: 'yes' });
      return { labels, outcomes: Object.values(outcomes) };
    });
    expect(result).toEqual({ labels: ['I am legally authorized to work in the United States'], outcomes: ['filled'] });
    expect(await modelState(page)).toMatchObject({ authorized: true });
    expect(await page.getAttribute('#authorized', 'aria-checked')).toBe('true');
  });
});
