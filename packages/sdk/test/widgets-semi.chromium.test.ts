import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { fillByText, modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['semi']);
  page = await harness.open('semi');
});
afterAll(async () => harness?.close());

describe("Semi Design's Select with allowCreate", () => {
  it('creates a name the list does not hold from the create row it draws as a button among the options', async () => {
    const report = await page.evaluate(async () => {
      const sdk = window.widgetSdk;
      const offered: string[] = [];
      const outcome = await sdk.fillChoiceWidget(
        document.querySelector('#employer')!,
        (choices) => {
          offered.splice(0, offered.length, ...choices.map((choice) => choice.text));
          return choices.findIndex((choice) => choice.text.includes('Brackenfold Analytics'));
        },
        { typeText: 'Brackenfold Analytics', allowFreeText: true },
      );
      return { outcome, offered };
    });
    expect(report.outcome).toBe('filled');
    expect(report.offered).toEqual(['Add new employer: Brackenfold Analytics']);
    expect(await modelState(page)).toEqual({ employer: 'Brackenfold Analytics' });
    expect(harness.pageErrors).toEqual([]);
  });

  it('still picks a listed name by its option', async () => {
    page = await harness.open('semi');
    const report = await fillByText(page, '#employer', 'Google', { typeText: 'Google' });
    expect(report.offered).toEqual(['Google']);
    expect(report.outcome).toBe('filled');
    expect(await modelState(page)).toEqual({ employer: 'Google' });
  });
});
