import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['buefy-autocomplete']);
  page = await harness.open('buefy-autocomplete');
});
afterAll(async () => harness?.close());

describe("Buefy's autocomplete: suggestions drawn without ARIA, the model taken from a pick", () => {
  it('picks the suggestion that says the typed value, and the model holds it', async () => {
    const outcome = await page.evaluate(async () => {
      const sdk = window.widgetSdk;
      const input = document.querySelector<HTMLInputElement>('.autocomplete input')!;
      const before = sdk.suggestionsBefore(input);
      input.focus();
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(input, 'United States');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return { suggests: sdk.suggestsAsTyped(input), picked: await sdk.pickSuggestion(input, 'United States', before) };
    });
    expect(outcome).toEqual({ suggests: true, picked: true });
    expect(await modelState(page)).toEqual({ country: 'United States' });
    expect(harness.pageErrors).toEqual([]);
  });
});
