import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { fillByText, modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['mui']);
  page = await harness.open('mui');
});
afterAll(async () => harness?.close());

const openMenus = () => page.evaluate(() => window.widgetSdk.openMenus());

describe('MUI Select and Autocomplete with react-hook-form', () => {
  it('finds the Select and the Autocomplete, not the Select’s hidden native input', async () => {
    const found = await page.evaluate(() => {
      const sdk = window.widgetSdk;
      const at = (selector: string) => document.querySelector(selector)!;
      return {
        select: sdk.isChoiceWidget(at('#pronouns')),
        autocomplete: sdk.isChoiceWidget(at('#country')),
        nativeInput: sdk.isChoiceWidget(at('.MuiSelect-nativeInput')),
        popupButton: sdk.isChoiceWidget(at('.MuiAutocomplete-popupIndicator')),
        labels: [sdk.widgetLabel(at('#pronouns')), sdk.widgetLabel(at('#country'))],
        values: [sdk.readWidgetValue(at('#pronouns')), sdk.readWidgetValue(at('#country'))],
      };
    });
    expect(found).toEqual({
      select: true,
      autocomplete: true,
      nativeInput: false,
      popupButton: false,
      labels: ['Pronouns', 'Country'],
      values: ['', ''],
    });
  });

  it('closes the Select’s menu and changes nothing when choose picks nothing', async () => {
    const report = await fillByText(page, '#pronouns', null);
    expect(report).toMatchObject({
      outcome: 'no_matching_option',
      offered: ['she/her', 'he/him', 'they/them', 'Prefer not to say'],
      after: '',
    });
    await expect.poll(openMenus).toBe(0);
    expect(await modelState(page)).toEqual({ pronouns: '', country: '', city: '' });
    expect(report.focusAfter).toBe(report.focusBefore);
  });

  it('picks a Select option; react-hook-form holds it', async () => {
    const report = await fillByText(page, '#pronouns', 'they/them');
    expect(report).toMatchObject({ outcome: 'filled', before: '', after: 'they/them' });
    await expect.poll(openMenus).toBe(0);
    expect(await modelState(page)).toEqual({ pronouns: 'they/them', country: '', city: '' });
    expect(report.focusAfter).toBe(report.focusBefore);
  });

  it('types into the Autocomplete and picks the filtered option', async () => {
    const report = await fillByText(page, '#country', 'Germany', { typeText: 'Germ' });
    expect(report).toMatchObject({ outcome: 'filled', before: '', after: 'Germany', offered: ['Germany'] });
    await expect.poll(openMenus).toBe(0);
    expect(await modelState(page)).toEqual({ pronouns: 'they/them', country: 'de', city: '' });
  });

  it('closes the Autocomplete without a value when nothing matches the typed text', async () => {
    const report = await fillByText(page, '#country', null, { typeText: 'Atlantis' });
    // The search finds nothing; cleared back to the shown value, the list offers only that.
    expect(report).toMatchObject({ outcome: 'no_matching_option', offered: ['Germany'] });
    await expect.poll(openMenus).toBe(0);
    await expect
      .poll(() => page.evaluate(() => window.widgetSdk.readWidgetValue(document.querySelector('#country')!)))
      .toBe('Germany');
    expect(await modelState(page)).toEqual({ pronouns: 'they/them', country: 'de', city: '' });
  });

  it('picks from the Autocomplete’s full list without typing', async () => {
    const report = await fillByText(page, '#country', 'Portugal');
    expect(report.offered.length).toBeGreaterThan(200);
    expect(report).toMatchObject({ outcome: 'filled', before: 'Germany', after: 'Portugal' });
    await expect.poll(openMenus).toBe(0);
    expect(await modelState(page)).toEqual({ pronouns: 'they/them', country: 'pt', city: '' });
  });

  it('keeps typed text in a free-text Autocomplete when allowed and no suggestion fits', async () => {
    const report = await fillByText(page, '#city', null, { typeText: 'Gdańsk', allowFreeText: true });
    expect(report).toMatchObject({ outcome: 'filled', before: '', after: 'Gdańsk' });
    await expect.poll(openMenus).toBe(0);
    expect(await modelState(page)).toEqual({ pronouns: 'they/them', country: 'pt', city: 'Gdańsk' });
  });

  it('keeps the whole value, not the shorter search typed for it, when no suggestion fits', async () => {
    const report = await fillByText(page, '#city', null, {
      typeText: 'Gdynia',
      allowFreeText: true,
      freeText: 'Gdynia, Poland',
    });
    expect(report).toMatchObject({ outcome: 'filled', after: 'Gdynia, Poland' });
    expect(await modelState(page)).toMatchObject({ city: 'Gdynia, Poland' });
  });

  it('gives the focus back to the field the person was in', async () => {
    await page.focus('#city');
    const report = await fillByText(page, '#pronouns', 'he/him');
    expect(report).toMatchObject({
      outcome: 'filled',
      after: 'he/him',
      focusBefore: 'input#city',
      focusAfter: 'input#city',
    });
    await expect.poll(openMenus).toBe(0);
    expect(await modelState(page)).toEqual({ pronouns: 'he/him', country: 'pt', city: 'Gdynia, Poland' });
    expect(harness.pageErrors).toEqual([]);
  });
});
