import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { fillByText, modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;
const COUNTRY = 'x-combobox#country >>> input';

beforeAll(async () => {
  harness = await startWidgetHarness(['mirrored']);
  page = await harness.open('mirrored');
});
afterAll(async () => harness?.close());

describe("web components that draw their choices apart from what they tell assistive technology (Calcite's shape)", () => {
  it('picks from the keyboard a row of a clipped listbox that a press does nothing to', async () => {
    // Why: the rows the combobox's listbox holds only mirror its items; ArrowDown and Enter pick.
    const report = await fillByText(page, COUNTRY, 'United States', { typeText: 'United States' });
    expect(report.offered).toEqual([
      'United States',
      'United States Minor Outlying Islands',
      'United States Virgin Islands',
    ]);
    expect(report).toMatchObject({ outcome: 'filled', after: 'United States' });
    expect(await modelState(page)).toMatchObject({ country: 'US' });
    expect(harness.pageErrors).toEqual([]);
  });

  it('names a box by the group its component labels, not by the inner text box\'s stock "Date"', async () => {
    const labels = await page.evaluate(() =>
      window.widgetSdk.scanForm(document).map((field) => field.descriptor.label),
    );
    expect(labels).toContain('Earliest available start date');
    expect(labels).not.toContain('Date');
    // The page's own fields are not named by a group around them.
    expect(labels).toContain('Notes');
  });
});
