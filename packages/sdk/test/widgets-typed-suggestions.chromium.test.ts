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

describe('a box that turned the browser’s suggestions off', () => {
  it('suggests when it alone does so, not when the form does so for every box (Element Plus)', async () => {
    const outcome = await page.evaluate(() => {
      const sdk = window.widgetSdk;
      const boxes = (off: string) =>
        ['First name', 'Email', 'City', 'Current employer', 'School']
          .map((label, at) => `<label for="b${at}">${label}</label><input id="b${at}" ${off}>`)
          .join('');
      const lookup = document.createElement('form');
      lookup.innerHTML = boxes('').replace('id="b2"', 'id="b2" autocomplete="off"');
      const library = document.createElement('form');
      library.innerHTML = boxes('autocomplete="off"');
      document.body.append(lookup, library);
      const result = {
        lookupCity: sdk.suggestsAsTyped(lookup.querySelector<HTMLInputElement>('#b2')!),
        libraryEmployer: sdk.suggestsAsTyped(library.querySelector<HTMLInputElement>('#b3')!),
      };
      lookup.remove();
      library.remove();
      return result;
    });
    expect(outcome).toEqual({ lookupCity: true, libraryEmployer: false });
  });
});
