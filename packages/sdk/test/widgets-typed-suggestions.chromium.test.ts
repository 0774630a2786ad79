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

describe("Workday's prompt: a search box whose rows are classless ARIA options in a list at the end of the page", () => {
  it('picks the one row the search left, and the row of the person among several', async () => {
    const picked = await page.evaluate(async () => {
      const sdk = window.widgetSdk;
      const prompt = document.createElement('div');
      prompt.innerHTML = '<ul class="pills"></ul><input placeholder="Search" autocomplete="off">';
      document.body.append(prompt);
      const input = prompt.querySelector('input')!;
      const pills = prompt.querySelector('ul')!;
      const rows = ['Berkeley College', 'University of California, Berkeley', 'University of California, Davis'];
      let list: HTMLElement | undefined;
      // Each search draws a fresh list right under the box, its rows bare `div role=option`s.
      input.addEventListener('input', () => {
        list?.remove();
        list = document.createElement('div');
        list.setAttribute('role', 'listbox');
        const box = prompt.getBoundingClientRect();
        list.style.cssText = `position:absolute;left:${box.left}px;top:${box.bottom + window.scrollY + 2}px`;
        for (const text of rows.filter((row) => row.toLowerCase().includes(input.value.toLowerCase()))) {
          const row = document.createElement('div');
          row.setAttribute('role', 'option');
          row.textContent = text;
          row.addEventListener('mousedown', () => {
            pills.innerHTML = `<li>${text}</li>`;
            list?.remove();
          });
          list.append(row);
        }
        document.body.append(list);
      });
      const search = async (text: string) => {
        const before = sdk.suggestionsBefore(input);
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const ok = await sdk.pickSuggestion(input, text, before);
        return ok ? pills.textContent : null;
      };
      const result = [await search('University of California, Berkeley'), await search('Berkeley College')];
      prompt.remove();
      return result;
    });
    expect(picked).toEqual(['University of California, Berkeley', 'Berkeley College']);
  });
});
