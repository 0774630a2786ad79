import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { fillByText, modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['element-plus', 'element-plus-preset']);
  page = await harness.open('element-plus');
});
afterAll(async () => harness?.close());

const openMenus = () => page.evaluate(() => window.widgetSdk.openMenus());

describe('Vue 3 + Element Plus el-select in an el-form', () => {
  it('finds both selects and reads their form labels, with nothing selected yet', async () => {
    const found = await page.evaluate(() => {
      const sdk = window.widgetSdk;
      const inputs = ['#pronouns', '#country'].map((selector) => document.querySelector(selector)!);
      return {
        widgets: inputs.map((input) => sdk.isChoiceWidget(input)),
        labels: inputs.map((input) => sdk.widgetLabel(input)),
        values: inputs.map((input) => sdk.readWidgetValue(input)),
      };
    });
    expect(found).toEqual({ widgets: [true, true], labels: ['Pronouns', 'Country'], values: ['', ''] });
  });

  it('closes the dropdown and leaves v-model empty when choose picks nothing', async () => {
    const report = await fillByText(page, '#pronouns', null);
    expect(report).toMatchObject({
      outcome: 'no_matching_option',
      offered: ['she/her', 'he/him', 'they/them', 'Prefer not to say'],
      after: '',
    });
    await expect.poll(openMenus).toBe(0);
    expect(await modelState(page)).toEqual({ pronouns: '', country: '', location: [], city: '' });
    expect(report.focusAfter).toBe(report.focusBefore);
  });

  it('picks a plain el-select option; v-model holds it', async () => {
    const report = await fillByText(page, '#pronouns', 'she/her');
    expect(report).toMatchObject({ outcome: 'filled', before: '', after: 'she/her' });
    await expect.poll(openMenus).toBe(0);
    expect(await modelState(page)).toEqual({ pronouns: 'she/her', country: '', location: [], city: '' });
    expect(report.focusAfter).toBe(report.focusBefore);
  });

  it('filters the filterable el-select by typing, then picks', async () => {
    const report = await fillByText(page, '#country', 'Netherlands', { typeText: 'Nether' });
    expect(report).toMatchObject({ outcome: 'filled', before: '', after: 'Netherlands' });
    expect(report.offered).toContain('Netherlands');
    expect(report.offered.length).toBeLessThan(5);
    await expect.poll(openMenus).toBe(0);
    expect(await modelState(page)).toEqual({ pronouns: 'she/her', country: 'nl', location: [], city: '' });
    expect(harness.pageErrors).toEqual([]);
  });

  it("searches the cascader by the city when the whole location finds nothing, and picks the city's own path", async () => {
    const outcome = await page.evaluate(async () => {
      const sdk = window.widgetSdk;
      const scan = sdk.scanForm(document).filter(({ descriptor }) => descriptor.label === 'Location');
      const fill = await sdk.fillForm(
        scan,
        Object.fromEntries(scan.map(({ descriptor }) => [descriptor.selector, 'location'])),
        { location: 'San Francisco, CA', city: 'San Francisco', region: 'California', country: 'United States' },
      );
      return {
        outcomes: Object.values(fill.outcomes),
        shown: document.querySelector<HTMLInputElement>('.el-cascader input')!.value,
      };
    });
    expect(outcome).toEqual({ outcomes: ['filled'], shown: 'United States / California / San Francisco' });
    expect(await modelState(page)).toEqual({
      pronouns: 'she/her',
      country: 'nl',
      location: ['US', 'CA', 'SF'],
      city: '',
    });
    expect(harness.pageErrors).toEqual([]);
  });

  it('waits through the spinner row of an el-autocomplete until its suggestions come, and picks the city', async () => {
    const outcome = await page.evaluate(async () => {
      const sdk = window.widgetSdk;
      const scan = sdk.scanForm(document).filter(({ descriptor }) => descriptor.label === 'Current city');
      const fill = await sdk.fillForm(
        scan,
        Object.fromEntries(scan.map(({ descriptor }) => [descriptor.selector, 'city'])),
        { city: 'San Francisco', region: 'California', country: 'United States' },
      );
      return Object.values(fill.outcomes);
    });
    expect(outcome).toEqual(['filled']);
    expect(await modelState(page)).toMatchObject({ city: 'San Francisco, CA, United States' });
    expect(harness.pageErrors).toEqual([]);
  });
});

describe('Element Plus el-cascader preset to another country', () => {
  it("searches it once its debounced search answers, past the preset's columns, and picks the person's state", async () => {
    const preset = await harness.open('element-plus-preset');
    const outcome = await preset.evaluate(async () => {
      const sdk = window.widgetSdk;
      const scan = sdk.scanForm(document).filter(({ descriptor }) => descriptor.label === 'Country / State');
      const fill = await sdk.fillForm(
        scan,
        Object.fromEntries(scan.map(({ descriptor }) => [descriptor.selector, 'country'])),
        { country: 'United States', region: 'California', city: 'San Francisco' },
      );
      return Object.values(fill.outcomes);
    });
    expect(outcome).toEqual(['filled']);
    expect(await modelState(preset)).toEqual({ region: ['US', 'CA'] });
    expect(harness.pageErrors).toEqual([]);
  });
});
