import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { fillByText, modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['workday']);
  page = await harness.open('workday');
});
afterAll(async () => harness?.close());

const openMenus = () => page.evaluate(() => window.widgetSdk.openMenus());
const QUESTION = 'Are you legally authorized to work in the country in which this job is located? *';

describe('Workday-style button listbox and prompt search box', () => {
  it('finds the button and the prompt, reads their labels, and reads "Select One" as no value', async () => {
    const found = await page.evaluate(() => {
      const sdk = window.widgetSdk;
      const widgets = ['#authorized', '#location'].map((selector) => document.querySelector(selector)!);
      return {
        widgets: widgets.map((widget) => sdk.isChoiceWidget(widget)),
        labels: widgets.map((widget) => sdk.widgetLabel(widget)),
        values: widgets.map((widget) => sdk.readWidgetValue(widget)),
      };
    });
    expect(found).toEqual({ widgets: [true, true], labels: [QUESTION, 'Location'], values: ['', ''] });
  });

  it('reads the question of a button whose aria-label speaks its placeholder after it', async () => {
    const labels = await page.evaluate(() => {
      const button = (label: string) => {
        const element = document.createElement('button');
        element.setAttribute('aria-haspopup', 'listbox');
        element.setAttribute('aria-label', label);
        document.body.append(element);
        return window.widgetSdk.widgetLabel(element);
      };
      return ['Degree Select One', 'State Select One Required', 'Why did you pick this role?'].map(button);
    });
    expect(labels).toEqual(['Degree', 'State', 'Why did you pick this role?']);
  });

  it('finds the portaled list of the button, and closes it when choose picks nothing', async () => {
    const report = await fillByText(page, '#authorized', null);
    expect(report).toMatchObject({ outcome: 'no_matching_option', offered: ['Yes', 'No'], after: '', openMenus: 0 });
    expect(await modelState(page)).toEqual({ authorized: '', location: '' });
  });

  it('picks No from the button listbox', async () => {
    const report = await fillByText(page, '#authorized', 'No');
    expect(report).toMatchObject({ outcome: 'filled', before: '', after: 'No', openMenus: 0 });
    expect(await modelState(page)).toEqual({ authorized: 'No', location: '' });
  });

  it('shuts a list deaf to Escape that showed the answer already, as a person does: a click beside it', async () => {
    const report = await fillByText(page, '#relocate', 'Yes');
    expect(report).toMatchObject({ outcome: 'filled', before: 'Yes', after: 'Yes', openMenus: 0 });
    // The next button opens its own list, not the one left open.
    expect(await fillByText(page, '#authorized', 'Yes')).toMatchObject({ outcome: 'filled', after: 'Yes' });
    expect(await fillByText(page, '#authorized', 'No')).toMatchObject({ outcome: 'filled', after: 'No' });
  });

  it('answers a statement said the other way round as its help asks: "Yes" when it is true', async () => {
    const shown = await page.evaluate(async () => {
      const sdk = window.widgetSdk;
      const scan = sdk.scanForm(document).filter(({ element }) => element.id === 'nosponsor');
      const map = Object.fromEntries(scan.map(({ descriptor }) => [descriptor.selector, 'sponsorship']));
      await sdk.fillForm(scan, map, { sponsorship: 'no' });
      return document.querySelector('#nosponsor')?.textContent;
    });
    expect(shown).toBe('Yes');
  });

  it('types into the prompt, waits for the debounced results, and picks one', async () => {
    const report = await fillByText(page, '#location', 'Berlin, Germany', { typeText: 'Berl' });
    expect(report).toMatchObject({
      outcome: 'filled',
      before: '',
      after: 'Berlin, Germany',
      offered: ['Berlin, Germany'],
    });
    expect(report.focusAfter).toBe(report.focusBefore);
    await expect.poll(openMenus).toBe(0);
    expect(await modelState(page)).toEqual({ authorized: 'No', location: 'Berlin, Germany' });
  });

  it('closes the prompt’s results when none is the wanted one', async () => {
    const report = await fillByText(page, '#location', null, { typeText: 'Lon' });
    expect(report).toMatchObject({
      outcome: 'no_matching_option',
      // Last, the whole list once the search ("London, United Kingdom" alone) is cleared.
      offered: [
        'Amsterdam, Netherlands',
        'Berlin, Germany',
        'Lisbon, Portugal',
        'London, United Kingdom',
        'Paris, France',
        'Remote',
      ],
      after: 'Berlin, Germany',
    });
    await expect.poll(openMenus).toBe(0);
    expect(await modelState(page)).toEqual({ authorized: 'No', location: 'Berlin, Germany' });
    expect(harness.pageErrors).toEqual([]);
  });
});
