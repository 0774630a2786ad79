import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { fillByText, modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;
const SELECT = 'ui5-select#education >>> [role="combobox"]';

beforeAll(async () => {
  harness = await startWidgetHarness(['ui5']);
  page = await harness.open('ui5');
  await page.waitForFunction(() =>
    document.querySelector('ui5-select')?.shadowRoot?.querySelector('[role="combobox"]'),
  );
});
afterAll(async () => harness?.close());

describe('UI5 Web Components: listboxes and radios drawn in nested shadow roots', () => {
  it("opens a ui5-select's popover and picks from the listbox inside its list's shadow root", async () => {
    const report = await fillByText(page, SELECT, "Bachelor's Degree (BA, BS)");
    expect(report).toMatchObject({ outcome: 'filled', after: "Bachelor's Degree (BA, BS)" });
    expect(report.offered).toEqual([
      'Select an option',
      'High School',
      "Bachelor's Degree (BA, BS)",
      "Master's Degree",
    ]);
    expect(await modelState(page)).toMatchObject({ education: 'BA' });
  });

  it('answers a radio group whose ui5-radio-buttons draw their radios in their own shadow roots', async () => {
    const picked = await page.evaluate(() => window.widgetSdk.pickInGroup('#authorized', 'Yes'));
    expect(picked).toEqual({ isGroup: true, choices: ['Yes', 'No'], outcome: 'filled' });
    expect(await modelState(page)).toMatchObject({ authorized: 'Y' });
    expect(harness.pageErrors).toEqual([]);
  });
});
