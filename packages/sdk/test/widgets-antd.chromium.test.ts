import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { fillByText, modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['antd']);
  page = await harness.open('antd');
});
afterAll(async () => harness?.close());

const openMenus = () => page.evaluate(() => window.widgetSdk.openMenus());

describe('Ant Design Select in an antd Form', () => {
  it('finds both selects by their combobox inputs and reads their form labels', async () => {
    const found = await page.evaluate(() => {
      const sdk = window.widgetSdk;
      const inputs = Array.from(document.querySelectorAll('.ant-select input'));
      return {
        widgets: inputs.map((input) => sdk.isChoiceWidget(input)),
        labels: inputs.map((input) => sdk.widgetLabel(input)),
        values: inputs.map((input) => sdk.readWidgetValue(input)),
      };
    });
    expect(found).toEqual({
      widgets: [true, true],
      labels: ['Are you legally authorized to work in the United States?', 'Country'],
      values: ['', ''],
    });
  });

  it('needs its adapter: antd’s role=option elements are a zero-size mirror that holds values, not labels', async () => {
    await page.click('.ant-select');
    const mirror = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#authorized_list [role="option"]'), (option) => ({
        text: option.textContent,
        width: option.getBoundingClientRect().width,
      })),
    );
    await page.keyboard.press('Escape');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(mirror).toEqual([
      { text: 'yes', width: 0 },
      { text: 'no', width: 0 },
    ]);
    await expect.poll(openMenus).toBe(0);
  });

  it('offers the rows a person sees (not the screen-reader mirror) and closes when choose picks nothing', async () => {
    const report = await fillByText(page, '#authorized', null);
    expect(report).toMatchObject({ outcome: 'no_matching_option', offered: ['Yes', 'No'], after: '' });
    await expect.poll(openMenus).toBe(0);
    expect(await modelState(page)).toMatchObject({ authorized: '', country: '' });
    expect(report.focusAfter).toBe(report.focusBefore);
  });

  it('picks Yes; the antd Form holds it', async () => {
    const report = await fillByText(page, '#authorized', 'Yes');
    expect(report).toMatchObject({ outcome: 'filled', before: '', after: 'Yes' });
    await expect.poll(openMenus).toBe(0);
    expect(await modelState(page)).toMatchObject({ authorized: 'yes', country: '' });
    expect(report.focusAfter).toBe(report.focusBefore);
  });

  it('searches the virtual country list by typing, then picks', async () => {
    const report = await fillByText(page, '#country', 'Portugal', { typeText: 'Portu' });
    expect(report).toMatchObject({ outcome: 'filled', before: '', after: 'Portugal', offered: ['Portugal'] });
    await expect.poll(openMenus).toBe(0);
    expect(await modelState(page)).toMatchObject({ authorized: 'yes', country: 'pt' });
  });

  it('offers only the rendered rows of the virtual list when nothing is typed', async () => {
    const report = await fillByText(page, '#country', null);
    expect(report.outcome).toBe('no_matching_option');
    expect(report.offered.length).toBeGreaterThan(3);
    expect(report.offered.length).toBeLessThan(40);
    await expect.poll(openMenus).toBe(0);
    expect(await modelState(page)).toMatchObject({ authorized: 'yes', country: 'pt' });
    expect(harness.pageErrors).toEqual([]);
  });

  it('picks a month from the month picker’s panel of months, stepping a year at a time', async () => {
    const outcome = await page.evaluate(() =>
      window.widgetSdk.pickCalendarDate(document.querySelector('#available') as Element, '2028-03-15'),
    );
    expect(outcome).toBe('filled');
    expect(await modelState(page)).toMatchObject({ available: '2028-03' });
  });

  it('scans a month picker whose box takes no typing as a calendar to pick from, and picks the month', async () => {
    const outcome = await page.evaluate(async () => {
      const sdk = window.widgetSdk;
      const scan = sdk.scanForm(document).filter(({ descriptor }) => descriptor.label === 'Earliest start month');
      const fill = await sdk.fillForm(
        scan,
        Object.fromEntries(scan.map(({ descriptor }) => [descriptor.selector, 'start_date'])),
        { start_date: '2027-01-15' },
      );
      return { widgets: scan.map(({ widget }) => widget), outcomes: Object.values(fill.outcomes) };
    });
    expect(outcome).toEqual({ widgets: [true], outcomes: ['filled'] });
    expect(await modelState(page)).toMatchObject({ start: '2027-01' });
  });
});
