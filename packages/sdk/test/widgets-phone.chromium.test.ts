import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { fillByText, modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['phone']);
  page = await harness.open('phone');
});
afterAll(async () => harness?.close());

const FLAG = '.iti__selected-country';
const openMenus = () => page.evaluate(() => window.widgetSdk.openMenus());

describe('intl-tel-input-like country picker of a phone field', () => {
  it('takes the flag button for a widget (it controls a box holding a listbox) and the search box for none', async () => {
    const found = await page.evaluate((FLAG) => {
      const sdk = window.widgetSdk;
      const at = (selector: string) => document.querySelector(selector)!;
      return {
        flag: sdk.isChoiceWidget(at(FLAG)),
        search: sdk.isChoiceWidget(at('.iti__search-input')),
        phone: sdk.isChoiceWidget(at('#phone')),
        label: sdk.widgetLabel(at(FLAG)),
        value: sdk.readWidgetValue(at(FLAG)),
      };
    }, FLAG);
    expect(found).toEqual({ flag: true, search: false, phone: false, label: 'Phone country', value: '' });
  });

  it('closes the dropdown when choose picks nothing', async () => {
    const report = await fillByText(page, FLAG, null);
    expect(report.outcome).toBe('no_matching_option');
    expect(report.offered.length).toBeGreaterThan(200);
    expect(report.offered).toContain('Germany +49');
    expect(report).toMatchObject({ after: '', openMenus: 0 });
    expect(report.focusAfter).toBe(report.focusBefore);
    expect(await modelState(page)).toEqual({ country: '', dialCode: '', number: '' });
  });

  it('picks a country from the full list and gives the focus back', async () => {
    const report = await fillByText(page, FLAG, 'Germany +49');
    expect(report).toMatchObject({ outcome: 'filled', before: '', after: 'Germany +49', openMenus: 0 });
    expect(report.focusAfter).toBe(report.focusBefore);
    expect(await modelState(page)).toEqual({ country: 'de', dialCode: '49', number: '' });
  });

  it('types into the dropdown’s search box when asked to', async () => {
    const report = await fillByText(page, FLAG, 'Portugal +351', { typeText: 'portugal' });
    expect(report).toMatchObject({
      outcome: 'filled',
      before: 'Germany +49',
      after: 'Portugal +351',
      offered: ['Portugal +351'],
      openMenus: 0,
    });
    expect(await modelState(page)).toEqual({ country: 'pt', dialCode: '351', number: '' });
    expect(harness.pageErrors).toEqual([]);
  });
});
