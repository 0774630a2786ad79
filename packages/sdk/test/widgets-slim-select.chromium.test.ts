import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['slim-select']);
  page = await harness.open('slim-select');
});
afterAll(async () => harness?.close());

describe('Slim Select: a select whose library keeps its own state and puts the select back', () => {
  it('loses an option set on the select alone, then holds it once picked through the drawn control', async () => {
    const outcome = await page.evaluate(async () => {
      const select = document.querySelector<HTMLSelectElement>('#state')!;
      const index = Array.from(select.options).findIndex((option) => option.text === 'California');
      // What a plain fill does: the option set, `change` sent. Slim answers by restoring its own.
      select.selectedIndex = index;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const lost = select.value === '';
      return { lost, synced: await window.widgetSdk.syncDrawnControl(select, 'California') };
    });
    expect(outcome).toEqual({ lost: true, synced: 'filled' });
    expect(await modelState(page)).toEqual({ state: 'CA', shown: 'California' });
    expect(harness.pageErrors).toEqual([]);
  });
});
