import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { fillByText, modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;
const DEGREE = '.degree input';
const COUNTRY = '.country .n-base-selection-label';
const REGION = '.region .n-base-selection-label';
const EDUCATION = '.education .n-base-selection-label';

beforeAll(async () => {
  harness = await startWidgetHarness(['drawn']);
  page = await harness.open('drawn');
});
afterAll(async () => harness?.close());

describe('dropdowns drawn without ARIA (TDesign, Naive UI)', () => {
  it("is a widget at the box a person presses, not at a suggestion box's input or a search input inside a box", async () => {
    const found = await page.evaluate(
      ([degree, country]) => {
        const sdk = window.widgetSdk;
        const isWidget = (selector: string) => sdk.isChoiceWidget(document.querySelector(selector)!);
        return [isWidget(degree), isWidget(country), isWidget('#city input, input#city'), isWidget('.country input')];
      },
      [DEGREE, COUNTRY] as const,
    );
    expect(found).toEqual([true, true, false, false]);
  });

  it("picks a row of the select's own popup while the suggestions typed for the field above open late", async () => {
    // Typed the way the fill types a text box, the degree's fill starting in the same task.
    const report = await page.evaluate((degree) => {
      const city = document.querySelector<HTMLInputElement>('#city input, input#city')!;
      city.focus();
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(city, 'San');
      city.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'San' }));
      return window.widgetSdk.fillByText(degree, 'Bachelor', {});
    }, DEGREE);
    expect(report).toMatchObject({
      outcome: 'filled',
      offered: ['High school', 'Associate', 'Bachelor', 'Master', 'PhD'],
    });
    expect(await modelState(page)).toMatchObject({ degree: 'bachelor' });
  });

  it('types into the search input of a box that holds one, once it opened, and picks from the filtered list', async () => {
    const report = await fillByText(page, COUNTRY, 'United States', { typeText: 'United States' });
    expect(report).toMatchObject({ outcome: 'filled', after: 'United States' });
    expect(report.offered).toContain('United States');
    expect(report.offered.length).toBeLessThan(10);
    expect(await modelState(page)).toMatchObject({ country: 'us' });
    expect(harness.pageErrors).toEqual([]);
  });

  it('picks from option groups in a popup flipped above the box and scrolled, typed into or not, one row a group', async () => {
    const typed = await fillByText(page, '.residence input', 'United States', { typeText: 'United States' });
    expect(typed).toMatchObject({ outcome: 'filled', after: 'United States' });
    // A search leaves one row in each group: the rows are offered, not the groups with their titles.
    expect(typed.offered).toEqual(['United States', 'United States Minor Outlying Islands']);
    expect(await modelState(page)).toMatchObject({ residence: 'United States' });
    const read = await fillByText(page, '.residence input', 'Singapore', {});
    expect(read).toMatchObject({ outcome: 'filled', after: 'Singapore' });
    expect(await modelState(page)).toMatchObject({ residence: 'Singapore' });
  });

  it("steps through a cascader's columns drawn as lists of their own in a popup above the box", async () => {
    // Why: the states column is a list beside the countries, not new rows in the same list, and the
    // popup's short first column ends far above the box the popup is flipped over.
    expect(
      await page.evaluate((region) => window.widgetSdk.isChoiceWidget(document.querySelector(region)!), REGION),
    ).toBe(true);
    const report = await fillByText(page, REGION, ['California', 'United States']);
    expect(report).toMatchObject({ outcome: 'filled', after: 'United States / California' });
    expect(await modelState(page)).toMatchObject({ region: 'US-Ca' });
    expect(harness.pageErrors).toEqual([]);
  });

  it("picks a leaf of a tree select whose rows its library wraps one by one (Naive UI's n-tree-select)", async () => {
    const report = await fillByText(page, EDUCATION, "Bachelor's degree (BA / BS)", {});
    expect(report).toMatchObject({ outcome: 'filled' });
    expect(await modelState(page)).toMatchObject({ education: 'bachelor' });
  });

  it('leaves a number box once: a box that shows thousands separators once left keeps them (Naive UI)', async () => {
    const shown = await page.evaluate(async () => {
      const sdk = window.widgetSdk;
      const fields = sdk.scanForm(document).filter((field) => field.descriptor.id === 'salary-box');
      await sdk.fillForm(
        fields,
        { [fields[0]!.descriptor.selector]: 'salary_expectation' },
        { salary_expectation: '150000' },
      );
      return document.querySelector<HTMLInputElement>('#salary-box')!.value;
    });
    expect(shown).toBe('150,000');
    expect(await modelState(page)).toMatchObject({ salary: 150000 });
  });
});
