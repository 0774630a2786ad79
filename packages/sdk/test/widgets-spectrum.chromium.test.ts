import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { fillByText, modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;
const BUTTON = 'sp-picker#country >>> button';

beforeAll(async () => {
  harness = await startWidgetHarness(['spectrum']);
  page = await harness.open('spectrum');
  await page.waitForFunction(() => document.querySelector('sp-picker')?.shadowRoot?.querySelector('button'));
});
afterAll(async () => harness?.close());

describe("Spectrum's sp-picker: a popup button over the host's options", () => {
  it('is a widget named by the field label its button keeps hidden, with nothing selected yet', async () => {
    const found = await page.evaluate((selector) => {
      const sdk = window.widgetSdk;
      const button = sdk.findElement(selector);
      return { widget: sdk.isChoiceWidget(button), label: sdk.widgetLabel(button), value: sdk.readWidgetValue(button) };
    }, BUTTON);
    expect(found).toEqual({ widget: true, label: 'Country of residence', value: '' });
  });

  it('opens its listbox and picks a country; the picker holds its value', async () => {
    const report = await fillByText(page, BUTTON, 'United States');
    expect(report).toMatchObject({ outcome: 'filled', before: '', after: 'United States' });
    expect(report.offered.length).toBeGreaterThan(200);
    expect(await modelState(page)).toEqual({ country: 'us' });
    expect(harness.pageErrors).toEqual([]);
  });
});
