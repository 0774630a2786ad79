/**
 * Dojo's FilteringSelect as ADP's older application pages draw it: a `div[role=combobox]` around
 * read-only inputs for its arrow and validation icon and the text box its `<label for>` names; the
 * menu opens from the arrow or from typing, never from a click on the box.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { fillByText, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['native']);
  page = await harness.open('native');
  await page.evaluate(() => {
    const form = document.createElement('form');
    form.innerHTML = `<label for="education">Highest level of education:</label>
      <div id="widget_education" class="dijitComboBox" role="combobox" aria-haspopup="true" aria-expanded="false">
        <div class="dijitArrowButton" role="presentation">&#9660;<input class="dijitArrowButtonInner" value="&#9660;" readonly tabindex="-1" role="button presentation" aria-hidden="true"></div>
        <div class="dijitValidationContainer"><input class="dijitValidationInner" value="&Chi;" readonly tabindex="-1" role="presentation"></div>
        <div class="dijitInputContainer"><input id="education" class="dijitInputInner" role="textbox" aria-autocomplete="list"><input type="hidden" name="educationCode"></div>
      </div>`;
    document.body.append(form);
    const widget = form.querySelector<HTMLElement>('#widget_education')!;
    const box = form.querySelector<HTMLInputElement>('#education')!;
    const code = form.querySelector<HTMLInputElement>('input[name="educationCode"]')!;
    const items = [
      ['HS', 'High School Diploma/GED'],
      ['BA', "Bachelor's Degree"],
      ['MA', "Master's Degree"],
    ];
    const close = () => {
      document.getElementById('education_popup')?.remove();
      widget.setAttribute('aria-expanded', 'false');
    };
    const open = (typed: string) => {
      close();
      const menu = document.createElement('div');
      menu.id = 'education_popup';
      menu.setAttribute('role', 'listbox');
      for (const [value, text] of items.filter(([, text]) => text!.toLowerCase().startsWith(typed.toLowerCase()))) {
        const row = document.createElement('div');
        row.setAttribute('role', 'option');
        row.textContent = text!;
        row.addEventListener('mousedown', (event) => {
          event.preventDefault();
          box.value = text!;
          code.value = value!;
          close();
        });
        menu.append(row);
      }
      document.body.append(menu);
      widget.setAttribute('aria-expanded', 'true');
    };
    widget.querySelector('.dijitArrowButton')!.addEventListener('mousedown', (event) => {
      event.preventDefault();
      box.focus();
      open('');
    });
    box.addEventListener('input', () => open(box.value));
  });
});
afterAll(async () => harness?.close());

describe("Dojo's FilteringSelect", () => {
  it('is named by the label of its text box, not of its drawn arrow', async () => {
    expect(await page.evaluate(() => window.widgetSdk.widgetLabel(document.querySelector('#widget_education')!))).toBe(
      'Highest level of education:',
    );
  });

  it('opens from its arrow when a click on the box opens nothing, and picks the row', async () => {
    const report = await fillByText(page, '#widget_education', "Bachelor's Degree");
    expect(report).toMatchObject({ outcome: 'filled', after: "Bachelor's Degree" });
    expect(await page.inputValue('input[name="educationCode"]')).toBe('BA');
  });

  it('types into its text box, not into the inputs drawn as its arrow and icon', async () => {
    const report = await fillByText(page, '#widget_education', "Master's Degree", { typeText: 'Mast' });
    expect(report).toMatchObject({ outcome: 'filled', after: "Master's Degree" });
    expect(await page.inputValue('.dijitArrowButtonInner')).toBe('▼');
    expect(await page.inputValue('input[name="educationCode"]')).toBe('MA');
  });
});
