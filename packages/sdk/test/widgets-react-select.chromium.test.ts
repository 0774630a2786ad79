import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { fillByText, modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['react-select']);
  page = await harness.open('react-select');
});
afterAll(async () => harness?.close());

describe('react-select in a Formik form', () => {
  it('finds the comboboxes, not the hidden inputs that mirror their values', async () => {
    const found = await page.evaluate(() => {
      const sdk = window.widgetSdk;
      return {
        country: sdk.isChoiceWidget(document.querySelector('#country-input')!),
        years: sdk.isChoiceWidget(document.querySelector('#years-input')!),
        mirror: sdk.isChoiceWidget(document.querySelector('input[type="hidden"][name="country"]')!),
        labels: [
          sdk.widgetLabel(document.querySelector('#country-input')!),
          sdk.widgetLabel(document.querySelector('#years-input')!),
        ],
      };
    });
    expect(found).toEqual({ country: true, years: true, mirror: false, labels: ['Country', 'Years of experience'] });
  });

  it("reads a preset dial code's caption without the pick drawn before its box, before and after a pick", async () => {
    const described = () =>
      page.evaluate(() => {
        const field = window.widgetSdk.scanForm(document).find((scanned) => scanned.element.id === 'dial-input');
        return field && { label: field.descriptor.label, nearby: field.descriptor.nearbyText };
      });
    const before = await described();
    const report = await fillByText(page, '#dial-input', '+1 USA');
    expect(report).toMatchObject({ outcome: 'filled', before: '+91 India', after: '+1 USA' });
    expect([before, await described()]).toEqual([
      { label: 'Country code', nearby: '' },
      { label: 'Country code', nearby: '' },
    ]);
  });

  it('leaves the model empty and the menu closed when choose picks nothing', async () => {
    const report = await fillByText(page, '#years-input', null);
    expect(report.outcome).toBe('no_matching_option');
    expect(report.offered).toEqual(['Less than 1 year', '1-2 years', '3-5 years', '6-10 years', 'More than 10 years']);
    expect(await modelState(page)).toEqual({ country: '', years: '', school: '' });
    await expect.poll(() => page.evaluate(() => window.widgetSdk.openMenus())).toBe(0);
    expect(report.focusAfter).toBe(report.focusBefore);
  });

  it('picks an option of the plain select by clicking it', async () => {
    const report = await fillByText(page, '#years-input', '3-5 years');
    expect(report).toMatchObject({ outcome: 'filled', before: '', after: '3-5 years', openMenus: 0 });
    expect(report.focusAfter).toBe(report.focusBefore);
    expect(await modelState(page)).toEqual({ country: '', years: '2', school: '' });
  });

  it('types into the searchable select, then picks from the filtered options', async () => {
    const report = await fillByText(page, '#country-input', 'Germany', { typeText: 'Germany' });
    expect(report).toMatchObject({
      outcome: 'filled',
      before: '',
      after: 'Germany',
      offered: ['Germany'],
      openMenus: 0,
    });
    expect(await modelState(page)).toEqual({ country: 'de', years: '2', school: '' });
  });

  it('picks from the full list without typing', async () => {
    const report = await fillByText(page, '#country-input', 'France');
    expect(report.offered.length).toBeGreaterThan(200);
    expect(report).toMatchObject({ outcome: 'filled', before: 'Germany', after: 'France', openMenus: 0 });
    expect(await modelState(page)).toEqual({ country: 'fr', years: '2', school: '' });
  });

  it('does not keep typed text react-select has no option for', async () => {
    const report = await fillByText(page, '#country-input', null, { typeText: 'Atlantis', allowFreeText: true });
    expect(report).toMatchObject({ outcome: 'no_matching_option', offered: [], after: 'France', openMenus: 0 });
    expect(await modelState(page)).toEqual({ country: 'fr', years: '2', school: '' });
  });

  it('types less into a remote search that finds nothing for the whole value, and picks among its results', async () => {
    const report = await fillByText(page, '#school-input', 'University of California-Berkeley', {
      typeText: 'University of California, Berkeley',
    });
    expect(report).toMatchObject({ outcome: 'filled', after: 'University of California-Berkeley', openMenus: 0 });
    expect(report.offered).toContain('University of California-Davis');
    expect(await modelState(page)).toMatchObject({ school: 'university-of-california-berkeley' });
  });

  it('reports did_not_stick when the owner of a controlled select rejects the pick, and leaves the menu closed', async () => {
    const report = await fillByText(page, '#office-input', 'Lisbon', { timeoutMs: 400 });
    expect(report).toMatchObject({
      outcome: 'did_not_stick',
      offered: ['Berlin', 'Lisbon', 'Remote'],
      before: '',
      after: '',
      openMenus: 0,
    });
    expect(report.focusAfter).toBe(report.focusBefore);
    expect(harness.pageErrors).toEqual([]);
  });
});
