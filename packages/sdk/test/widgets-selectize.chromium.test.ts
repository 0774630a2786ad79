import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { fillByText, modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;
const BOX = '#state-selectized';

beforeAll(async () => {
  harness = await startWidgetHarness(['selectize']);
  page = await harness.open('selectize');
});
afterAll(async () => harness?.close());

describe('Selectize: a select drawn without ARIA, its options only in its own dropdown', () => {
  it("is a widget at its search box, named by the select's label, with nothing selected yet", async () => {
    const found = await page.evaluate((selector) => {
      const sdk = window.widgetSdk;
      const box = document.querySelector(selector)!;
      return { widget: sdk.isChoiceWidget(box), label: sdk.widgetLabel(box), value: sdk.readWidgetValue(box) };
    }, BOX);
    expect(found).toEqual({ widget: true, label: 'State', value: '' });
  });

  it('types, picks the row of its dropdown, and the select the form posts holds it', async () => {
    const report = await fillByText(page, BOX, 'California', { typeText: 'California' });
    expect(report).toMatchObject({ outcome: 'filled', before: '', after: 'California' });
    expect(await modelState(page)).toEqual({ state: 'CA' });
    expect(report.openMenus).toBe(0);
    expect(harness.pageErrors).toEqual([]);
  });
});
