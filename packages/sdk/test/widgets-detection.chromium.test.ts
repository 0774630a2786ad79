import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['native']);
  page = await harness.open('native');
});
afterAll(async () => harness?.close());

describe('what is not a custom choice widget', () => {
  it('rejects native selects (react-phone-number-input’s country picker is one) and what a person cannot reach', async () => {
    const verdicts = await page.evaluate(() => {
      const sdk = window.widgetSdk;
      const selectors = [
        'select[name="pronouns"]',
        '.PhoneInputCountrySelect',
        '#phone',
        '#hidden-combobox',
        '#inert-combobox',
        '#disabled-button',
        '#aria-disabled-combobox',
        '#hidden-input',
        '#plain-combobox',
        '#date-picker',
        '#collapsible-listbox',
      ];
      return Object.fromEntries(
        selectors.map((selector) => [selector, sdk.isChoiceWidget(document.querySelector(selector)!)]),
      );
    });
    expect(verdicts).toEqual({
      'select[name="pronouns"]': false,
      '.PhoneInputCountrySelect': false,
      '#phone': false,
      '#hidden-combobox': false,
      '#inert-combobox': false,
      '#disabled-button': false,
      '#aria-disabled-combobox': false,
      '#hidden-input': false,
      '#plain-combobox': true,
      // A date picker's combobox opens a dialog: a person types the date into it.
      '#date-picker': false,
      '#collapsible-listbox': true,
    });
  });

  it('drives a listbox that opens and closes: opens it, picks the option, sees it shown', async () => {
    const result = await page.evaluate(() => window.widgetSdk.fillByText('#collapsible-listbox', '6-8', {}));
    expect(result).toMatchObject({ outcome: 'filled', offered: ['0-2', '3-5', '6-8', '9+'], after: '6-8' });
  });

  it('drives a button a form label names that opens and closes a listbox (no aria-haspopup)', async () => {
    const found = await page.evaluate(() => window.widgetSdk.isChoiceWidget(document.querySelector('#menu-toggle')!));
    expect(found).toBe(true);
    const result = await page.evaluate(() => window.widgetSdk.fillByText('#menu-toggle', '5-7 years', {}));
    expect(result).toMatchObject({ outcome: 'filled', after: '5-7 years' });
  });

  it('labels a combobox by aria-labelledby and reads its "Select..." as no value', async () => {
    const read = await page.evaluate(() => {
      const combobox = document.querySelector('#plain-combobox')!;
      return { label: window.widgetSdk.widgetLabel(combobox), value: window.widgetSdk.readWidgetValue(combobox) };
    });
    expect(read).toEqual({ label: 'Years of experience', value: '' });
  });

  it('returns not_fillable, without calling choose, for a native select; and for a combobox whose menu never opens', async () => {
    const outcomes = await page.evaluate(async () => {
      const sdk = window.widgetSdk;
      const calls: number[] = [];
      const choose = (options: readonly unknown[]) => (calls.push(options.length), 0);
      const select = await sdk.fillChoiceWidget(document.querySelector('select[name="pronouns"]')!, choose);
      const dead = await sdk.fillChoiceWidget(document.querySelector('#plain-combobox')!, choose, { timeoutMs: 300 });
      return { select, dead, calls, focus: document.activeElement?.localName };
    });
    expect(outcomes).toEqual({ select: 'not_fillable', dead: 'not_fillable', calls: [0], focus: 'body' });
    expect(harness.pageErrors).toEqual([]);
  });
});
