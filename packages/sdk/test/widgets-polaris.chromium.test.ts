import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['polaris-date']);
  page = await harness.open('polaris-date');
});
afterAll(async () => harness?.close());

describe('Shopify Polaris', () => {
  it('picks the day in the calendar a read-only box below the fold opens on focus, scrolled into view first', async () => {
    const filled = await page.evaluate(async () => {
      const sdk = window.widgetSdk;
      const fields = sdk.scanForm(document).filter(({ descriptor }) => descriptor.label === 'Earliest start date');
      const map = Object.fromEntries(fields.map(({ descriptor }) => [descriptor.selector, 'start_date']));
      const { outcomes } = await sdk.fillForm(fields, map, { start_date: '2027-01-15' });
      return { fields: fields.length, outcomes: Object.values(outcomes) };
    });
    expect(filled).toEqual({ fields: 1, outcomes: ['filled'] });
    expect(await modelState(page)).toEqual({ startDate: '2027-01-15' });
    expect(harness.pageErrors).toEqual([]);
  });
});
