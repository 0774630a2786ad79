import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { fillByText, modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['react-aria']);
  page = await harness.open('react-aria');
});
afterAll(async () => harness?.close());

describe('React Aria Components as HeroUI v3 composes them', () => {
  it('reads the pick an empty trigger button is named by, drawn beside it, and so knows the pick stuck', async () => {
    const report = await fillByText(page, '#country-button', 'US United States');
    expect(report).toMatchObject({ outcome: 'filled', before: '', after: 'US United States' });
    expect(await modelState(page)).toMatchObject({ country: 'US' });
    expect(harness.pageErrors).toEqual([]);
  });

  it("fills the date into the picker's segments once, leaving its calendar button alone", async () => {
    const filled = await page.evaluate(async () => {
      const sdk = window.widgetSdk;
      const fields = sdk.scanForm(document).filter((field) => field.descriptor.label === 'Earliest start date');
      const map = Object.fromEntries(fields.map((field) => [field.descriptor.selector, 'start_date']));
      const result = await sdk.fillForm(fields, map, { start_date: '2027-01-15' });
      return { fields: fields.length, outcomes: Object.values(result.outcomes) };
    });
    expect(filled).toEqual({ fields: 2, outcomes: ['filled'] });
    expect(await modelState(page)).toMatchObject({ startDate: '2027-01-15' });
  });
});
