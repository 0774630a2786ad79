import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['autonumeric']);
  page = await harness.open('autonumeric');
});
afterAll(async () => harness?.close());

describe('autoNumeric: a mask that keeps the number it heard typed', () => {
  it('puts back a value set by script, and takes the same number typed key by key', async () => {
    const outcome = await page.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>('#salary')!;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(input, '150000');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('blur'));
      const refused = input.value !== '$150,000';
      return { refused, typed: await window.widgetSdk.typeOver(input, '150000') };
    });
    expect(outcome).toEqual({ refused: true, typed: 'filled' });
    expect(await modelState(page)).toEqual({ raw: '150000', shown: '$150,000' });
    expect(harness.pageErrors).toEqual([]);
  });
});
