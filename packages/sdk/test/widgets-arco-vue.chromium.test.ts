import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['arco-vue']);
  page = await harness.open('arco-vue');
});
afterAll(async () => harness?.close());

/** Scans the page, maps each field by its label to `canonicals`, fills with `values`: outcome per label. */
const fillByLabel = (canonicals: Record<string, string>, values: Record<string, string>) =>
  page.evaluate(
    async ({ canonicals, values }) => {
      const sdk = window.widgetSdk;
      const scan = sdk.scanForm(document).filter(({ descriptor }) => descriptor.label in canonicals);
      const map = Object.fromEntries(
        scan.map(({ descriptor }) => [descriptor.selector, canonicals[descriptor.label]!]),
      );
      const { outcomes } = await sdk.fillForm(scan, map, values);
      return Object.fromEntries(scan.map(({ descriptor }) => [descriptor.label, outcomes[descriptor.selector]]));
    },
    { canonicals, values },
  );

describe('Vue 3 + Arco Design Vue', () => {
  it("commits a number box's value: the box is left again once Vue has drawn what it was given", async () => {
    const outcomes = await fillByLabel({ 'Years of experience': 'years_experience' }, { years_experience: '7' });
    expect(outcomes).toEqual({ 'Years of experience': 'filled' });
    expect(await modelState(page)).toMatchObject({ years: 7 });
  });

  it("picks a tree select's node: a read-only box in a class-named view, a popup that scales in", async () => {
    const outcomes = await fillByLabel({ 'Highest education': 'degree' }, { degree: "Bachelor's degree" });
    expect(outcomes).toEqual({ 'Highest education': 'filled' });
    expect(await modelState(page)).toMatchObject({ years: 7, education: 'bach' });
    expect(harness.pageErrors).toEqual([]);
  });

  it('picks a day in the panel of a date picker whose box takes no typing (`disabled-input`)', async () => {
    const outcomes = await fillByLabel({ 'Earliest start date': 'start_date' }, { start_date: '2027-01-15' });
    expect(outcomes).toEqual({ 'Earliest start date': 'filled' });
    expect(await modelState(page)).toEqual({ years: 7, education: 'bach', startDate: '2027-01-15' });
    expect(harness.pageErrors).toEqual([]);
  });
});
