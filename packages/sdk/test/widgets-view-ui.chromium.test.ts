import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { fillByText, modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['view-ui']);
  page = await harness.open('view-ui');
});
afterAll(async () => harness?.close());

describe("View UI Plus's selects, drawn without ARIA", () => {
  it('leaves a choice a multiple select already holds as it is: pressed again, it would be taken back', async () => {
    const first = await fillByText(page, '.languages .ivu-select-selection', 'English');
    const again = await fillByText(page, '.languages .ivu-select-selection', 'English');
    expect([first.outcome, again.outcome]).toEqual(['filled', 'filled']);
    expect(await modelState(page)).toMatchObject({ languages: ['English'] });
    await page.reload();
  });
});

describe("View UI Plus's grouped select, drawn without ARIA", () => {
  it('offers the rows of each group, not the groups, and picks one from the filtered list', async () => {
    const report = await fillByText(page, '.region input.ivu-select-input', 'California', { typeText: 'California' });
    expect(report).toMatchObject({ outcome: 'filled' });
    expect(report.offered).toContain('California');
    expect(await modelState(page)).toEqual({ region: 'CA', languages: [] });
    expect(harness.pageErrors).toEqual([]);
  });

  it('offers every row of both groups when nothing is typed', async () => {
    await page.reload();
    const report = await fillByText(page, '.region input.ivu-select-input', 'Ontario');
    expect(report.offered).toEqual(['Arizona', 'California', 'Colorado', 'British Columbia', 'Ontario']);
    expect(await modelState(page)).toEqual({ region: 'ON', languages: [] });
  });
});
