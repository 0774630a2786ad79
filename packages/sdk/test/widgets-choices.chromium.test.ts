import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['choices']);
  page = await harness.open('choices');
});
afterAll(async () => harness?.close());

describe('Choices.js: a grouped list drawn as tree items of a listbox', () => {
  it('reads the rows of every group and picks the country typed', async () => {
    const filled = await page.evaluate(() =>
      window.widgetSdk.fillByText('.choices[role="combobox"]', 'United States', { typeText: 'United States' }),
    );
    expect(filled.outcome).toBe('filled');
    expect(filled.offered).toContain('United States');
    expect(await modelState(page)).toEqual({ country: 'US' });
    expect(harness.pageErrors).toEqual([]);
  });
});
