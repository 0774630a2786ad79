import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { fillByText, modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['ionic']);
  page = await harness.open('ionic');
  await page.waitForFunction(() => document.querySelector('ion-select')?.shadowRoot?.querySelector('button'));
});
afterAll(async () => harness?.close());

const BUTTONS = ['country', 'experience', 'pronouns'].map((name) => `ion-select[name="${name}"] >>> button`);

describe("Ionic's ion-select: a dialog-popup button over the host's options", () => {
  it('is a widget labelled by the first part of its aria-label, with nothing selected yet', async () => {
    const found = await page.evaluate((selectors) => {
      const sdk = window.widgetSdk;
      const buttons = selectors.map((selector) => sdk.findElement(selector));
      return {
        widgets: buttons.map((button) => sdk.isChoiceWidget(button)),
        labels: buttons.map((button) => sdk.widgetLabel(button)),
        values: buttons.map((button) => sdk.readWidgetValue(button)),
      };
    }, BUTTONS);
    expect(found).toEqual({
      widgets: [true, true, true],
      labels: ['Country', 'Years of experience', 'Pronouns'],
      values: ['', '', ''],
    });
  });

  it('picks a country from the popover of 250 radios; the popover closes', async () => {
    const report = await fillByText(page, BUTTONS[0]!, 'United States');
    expect(report).toMatchObject({ outcome: 'filled', before: '', after: 'United States' });
    expect(report.offered).toHaveLength(250);
    expect(await modelState(page)).toMatchObject({ country: 'United States' });
    await expect.poll(() => page.locator('ion-popover').count()).toBe(0);
  });

  it("commits an alert's radio with its OK button", async () => {
    const report = await fillByText(page, BUTTONS[1]!, '6-9 years');
    expect(report).toMatchObject({ outcome: 'filled', after: '6-9 years' });
    expect(await modelState(page)).toMatchObject({ experience: '6-9 years' });
    await expect.poll(() => page.locator('ion-alert').count()).toBe(0);
  });

  it('picks from an action sheet, and keeps the label once a value shows', async () => {
    const report = await fillByText(page, BUTTONS[2]!, 'she/her');
    expect(report).toMatchObject({ outcome: 'filled', after: 'she/her' });
    expect(await modelState(page)).toEqual({ country: 'United States', experience: '6-9 years', pronouns: 'she/her' });
    const label = await page.evaluate(
      (selector) => window.widgetSdk.widgetLabel(window.widgetSdk.findElement(selector)),
      BUTTONS[2]!,
    );
    expect(label).toBe('Pronouns');
  });

  it('leaves the value and closes the dialog when no option is chosen', async () => {
    const report = await fillByText(page, BUTTONS[1]!, null);
    expect(report).toMatchObject({ outcome: 'no_matching_option', after: '6-9 years' });
    expect(report.offered).toEqual(['0-2 years', '3-5 years', '6-9 years', '10+ years']);
    await expect.poll(() => page.locator('ion-alert').count()).toBe(0);
    expect(harness.pageErrors).toEqual([]);
  });
});
