import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['native']);
  page = await harness.open('native');
});
afterAll(async () => harness?.close());

describe('what is not a custom choice widget', () => {
  it('rejects native selects (react-phone-number-input’s country picker is one) and what a person cannot reach', async () => {
    const verdicts = await page.evaluate(() => {
      const sdk = window.widgetSdk;
      const selectors = [
        'select[name="pronouns"]',
        '.PhoneInputCountrySelect',
        '#phone',
        '#hidden-combobox',
        '#inert-combobox',
        '#disabled-button',
        '#aria-disabled-combobox',
        '#hidden-input',
        '#plain-combobox',
        '#date-picker',
        '#kendo-date',
        '#collapsible-listbox',
      ];
      return Object.fromEntries(
        selectors.map((selector) => [selector, sdk.isChoiceWidget(document.querySelector(selector)!)]),
      );
    });
    expect(verdicts).toEqual({
      'select[name="pronouns"]': false,
      '.PhoneInputCountrySelect': false,
      '#phone': false,
      '#hidden-combobox': false,
      '#inert-combobox': false,
      '#disabled-button': false,
      '#aria-disabled-combobox': false,
      '#hidden-input': false,
      '#plain-combobox': true,
      // A date picker's combobox opens a dialog: a person types the date into it.
      '#date-picker': false,
      // So does one naming no popup in a date picker's wrapper (Kendo).
      '#kendo-date': false,
      '#collapsible-listbox': true,
    });
  });

  it('drives a listbox that opens and closes: opens it, picks the option, sees it shown', async () => {
    const result = await page.evaluate(() => window.widgetSdk.fillByText('#collapsible-listbox', '6-8', {}));
    expect(result).toMatchObject({ outcome: 'filled', offered: ['0-2', '3-5', '6-8', '9+'], after: '6-8' });
  });

  it('waits for a typed search whose list says "No results" until its debounced lookup answers', async () => {
    const result = await page.evaluate(() =>
      window.widgetSdk.fillByText('#debounced-places', 'San Francisco, California, United States', {
        typeText: 'San Francisco',
      }),
    );
    expect(result).toMatchObject({ outcome: 'filled' });
    expect(await page.inputValue('#debounced-places')).toBe('San Francisco, California, United States');
  });

  it('drives a button a form label names that opens and closes a listbox (no aria-haspopup)', async () => {
    const found = await page.evaluate(() => window.widgetSdk.isChoiceWidget(document.querySelector('#menu-toggle')!));
    expect(found).toBe(true);
    const result = await page.evaluate(() => window.widgetSdk.fillByText('#menu-toggle', '5-7 years', {}));
    expect(result).toMatchObject({ outcome: 'filled', after: '5-7 years' });
  });

  it('drives a labelled menu button whose popover lists rows without roles (Evergreen), and tells a menu button from a field', async () => {
    const result = await page.evaluate(async () => {
      const host = document.createElement('div');
      host.innerHTML = `<label for="exp-button">Years of experience</label>
        <button type="button" id="exp-button" aria-haspopup="true">Select…</button>
        <span id="pron-label">Pronouns</span>
        <button type="button" id="pron-button" aria-haspopup="true" aria-labelledby="pron-label pron-button">Select pronouns</button>
        <div><div><label>Notice period</label><p>Optional</p></div>
          <button type="button" id="loose-button" aria-haspopup="true">Select notice period…</button></div>
        <button type="button" id="actions" aria-haspopup="true">More actions</button>`;
      document.body.append(host);
      const button = host.querySelector<HTMLButtonElement>('#exp-button')!;
      button.addEventListener('click', () => {
        const dialog = document.createElement('div');
        dialog.setAttribute('role', 'dialog');
        dialog.innerHTML = `<div><span>Years of experience</span><button type="button">×</button></div>
          <div class="list">${['0-2 years', '3-4 years', '5-7 years']
            .map((text) => `<div tabindex="0" data-isselectable="true">${text}</div>`)
            .join('')}</div>`;
        for (const row of dialog.querySelectorAll<HTMLElement>('[tabindex="0"]'))
          row.addEventListener('click', () => {
            button.textContent = row.textContent;
            dialog.remove();
          });
        document.body.append(dialog);
      });
      const sdk = window.widgetSdk;
      const verdicts = ['#exp-button', '#pron-button', '#loose-button', '#actions'].map((selector) =>
        sdk.isChoiceWidget(host.querySelector(selector)!),
      );
      const outcome = await sdk.fillChoiceWidget(button, (choices) =>
        choices.findIndex((choice) => choice.text === '5-7 years'),
      );
      return { verdicts, outcome, shown: button.textContent };
    });
    // A caption `<label>` naming no control, first before the button, makes it a field (Evergreen's FormField).
    expect(result).toEqual({ verdicts: [true, true, true, false], outcome: 'filled', shown: '5-7 years' });
  });

  it('keeps a typed pick whose menu shuts on the press and opens again at once, and presses no Escape that would clear it (Evergreen Autocomplete)', async () => {
    const result = await page.evaluate(async () => {
      const host = document.createElement('div');
      host.innerHTML = `<label for="based">Where are you based?</label>
        <div role="combobox" aria-haspopup="listbox" aria-expanded="false" style="display: inline-block"><input id="based" type="text" aria-autocomplete="list"></div>`;
      document.body.append(host);
      const combobox = host.querySelector<HTMLElement>('[role="combobox"]')!;
      const input = host.querySelector<HTMLInputElement>('#based')!;
      let picked = '';
      const menu = document.createElement('div');
      menu.setAttribute('role', 'listbox');
      menu.hidden = true;
      document.body.append(menu);
      const draw = () => {
        const typed = input.value.toLowerCase();
        menu.innerHTML = ['San Jose, CA', 'San Francisco, CA', 'Seattle, WA']
          .filter((place) => place.toLowerCase().includes(typed) || place === picked)
          .map((place) => `<div role="option">${place}</div>`)
          .join('');
        for (const row of menu.children) row.addEventListener('mousedown', (event) => event.preventDefault());
        for (const row of menu.children)
          row.addEventListener('click', () => {
            picked = row.textContent!;
            input.value = picked;
            combobox.setAttribute('aria-expanded', 'false');
            menu.hidden = true;
            // The page opens its menu again on the focus the box keeps.
            queueMicrotask(open);
          });
      };
      const open = () => {
        draw();
        menu.hidden = false;
        combobox.setAttribute('aria-expanded', 'true');
      };
      input.addEventListener('focus', open);
      input.addEventListener('input', draw);
      input.addEventListener('blur', () => {
        menu.hidden = true;
        combobox.setAttribute('aria-expanded', 'false');
      });
      // Escape clears the pick, as Downshift does.
      input.addEventListener('keydown', (event) => {
        if (event.key !== 'Escape') return;
        picked = '';
        input.value = '';
      });
      const outcome = await window.widgetSdk.fillChoiceWidget(
        combobox,
        (choices) => choices.findIndex((choice) => choice.text === 'San Francisco, CA'),
        { typeText: 'San Francisco' },
      );
      host.remove();
      menu.remove();
      return { outcome, picked, shown: input.value };
    });
    expect(result).toEqual({ outcome: 'filled', picked: 'San Francisco, CA', shown: 'San Francisco, CA' });
  });

  it("drives a dropdown component whose listbox and options carry their roles only in their internals (Fluent's web components)", async () => {
    const result = await page.evaluate(async () => {
      for (const tag of ['x-dropdown', 'x-listbox', 'x-option'])
        customElements.define(tag, class extends HTMLElement {});
      const host = document.createElement('div');
      host.innerHTML = `<label for="edu">Highest level of education</label>
        <x-dropdown id="edu"><x-listbox hidden>${['Associate degree', "Bachelor's degree", "Master's degree"]
          .map((text) => `<x-option>${text}</x-option>`)
          .join(
            '',
          )}</x-listbox><button type="button" role="combobox" aria-haspopup="listbox">Select</button></x-dropdown>`;
      document.body.append(host);
      const button = host.querySelector('button')!;
      const listbox = host.querySelector<HTMLElement>('x-listbox')!;
      button.addEventListener('click', () => (listbox.hidden = !listbox.hidden));
      for (const option of listbox.children)
        option.addEventListener('click', () => {
          button.textContent = option.textContent;
          listbox.hidden = true;
        });
      const sdk = window.widgetSdk;
      const outcome = await sdk.fillChoiceWidget(button, (choices) =>
        choices.findIndex((choice) => choice.text === "Bachelor's degree"),
      );
      return { label: sdk.widgetLabel(button), outcome, shown: button.textContent };
    });
    expect(result).toEqual({ label: 'Highest level of education', outcome: 'filled', shown: "Bachelor's degree" });
  });

  it('labels a combobox by aria-labelledby and reads its "Select..." as no value', async () => {
    const read = await page.evaluate(() => {
      const combobox = document.querySelector('#plain-combobox')!;
      return { label: window.widgetSdk.widgetLabel(combobox), value: window.widgetSdk.readWidgetValue(combobox) };
    });
    expect(read).toEqual({ label: 'Years of experience', value: '' });
  });

  it("names dropdowns labelled only by their part ('Month', 'Year') by their group's question too", async () => {
    const labels = await page.evaluate(() => {
      const form = document.createElement('form');
      form.innerHTML = `<div role="group" aria-labelledby="when">
        <span id="when">When could you start?</span>
        <div role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-label="Month" tabindex="0">Month</div>
        <div role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-label="Year" tabindex="0">Year</div>
      </div>
      <div role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-label="Years of experience" tabindex="0">Select…</div>`;
      document.body.append(form);
      const labels = window.widgetSdk.scanForm(form).map((field) => field.descriptor.label);
      form.remove();
      return labels;
    });
    expect(labels).toEqual(['When could you start? Month', 'When could you start? Year', 'Years of experience']);
  });

  it('reads the pick a combobox shows beside the search box it emptied (Choices.js)', async () => {
    const value = await page.evaluate(() => {
      const host = document.createElement('div');
      host.innerHTML = `<label for="cc">Country</label>
        <div class="choices" role="combobox" aria-expanded="false" tabindex="0"><div class="choices__inner">
          <select id="cc" hidden tabindex="-1"><option value="United States" selected>United States</option></select>
          <div class="choices__list choices__list--single" role="listbox">
            <div class="choices__item" aria-selected="true" role="option">United States</div></div></div>
          <div class="choices__list choices__list--dropdown" aria-expanded="false">
            <input type="search" class="choices__input" autocomplete="off" aria-autocomplete="list" value="">
            <div class="choices__list" role="listbox"><div class="choices__item" role="option">Canada</div></div></div></div>`;
      document.body.append(host);
      const read = window.widgetSdk.readWidgetValue(host.querySelector('.choices')!);
      host.remove();
      return read;
    });
    expect(value).toBe('United States');
  });

  it('reads the pick a popover target draws in its one button, and no placeholder there (Blueprint)', async () => {
    const values = await page.evaluate(() => {
      const host = document.createElement('div');
      const target = (text: string) =>
        `<div class="bp6-popover-target" aria-haspopup="listbox" aria-expanded="false"><button type="button"><span class="bp6-button-text">${text}</span><span aria-hidden="true">⇕</span></button></div>`;
      host.innerHTML = target('No') + target('Select...');
      document.body.append(host);
      const read = [...host.querySelectorAll('.bp6-popover-target')].map((element) =>
        window.widgetSdk.readWidgetValue(element),
      );
      host.remove();
      return read;
    });
    expect(values).toEqual(['No', '']);
  });

  it('sees a pick a dial-code picker shows by a shorter label than its row (react-select formatOptionLabel)', async () => {
    const outcome = await page.evaluate(async () => {
      const host = document.createElement('div');
      host.innerHTML = `<label id="dl">Country code</label>
        <button type="button" id="dial" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="dl">Code</button>`;
      document.body.append(host);
      const button = host.querySelector('#dial')!;
      button.addEventListener('click', () => {
        if (button.getAttribute('aria-expanded') === 'true') return;
        const list = document.createElement('ul');
        list.setAttribute('role', 'listbox');
        list.id = 'dial-list';
        for (const [flag, name, dial] of [
          ['🇨🇦', 'Canada', '+1'],
          ['🇺🇸', 'United States', '+1'],
        ]) {
          const item = document.createElement('li');
          item.setAttribute('role', 'option');
          item.textContent = `${flag} ${name} ${dial}`;
          item.addEventListener('click', () => {
            button.textContent = `${flag} ${dial}`;
            button.setAttribute('aria-expanded', 'false');
            list.remove();
          });
          list.append(item);
        }
        button.setAttribute('aria-controls', 'dial-list');
        button.setAttribute('aria-expanded', 'true');
        host.append(list);
      });
      const result = await window.widgetSdk.fillChoiceWidget(button, (choices) =>
        choices.findIndex((choice) => choice.text.includes('United States')),
      );
      const shown = button.textContent;
      host.remove();
      return { result, shown };
    });
    expect(outcome).toEqual({ result: 'filled', shown: '🇺🇸 +1' });
  });

  it('returns not_fillable, without calling choose, for a native select; and for a combobox whose menu never opens', async () => {
    const outcomes = await page.evaluate(async () => {
      const sdk = window.widgetSdk;
      const calls: number[] = [];
      const choose = (options: readonly unknown[]) => (calls.push(options.length), 0);
      const select = await sdk.fillChoiceWidget(document.querySelector('select[name="pronouns"]')!, choose);
      const dead = await sdk.fillChoiceWidget(document.querySelector('#plain-combobox')!, choose, { timeoutMs: 300 });
      return { select, dead, calls, focus: document.activeElement?.localName };
    });
    expect(outcomes).toEqual({ select: 'not_fillable', dead: 'not_fillable', calls: [0], focus: 'body' });
    expect(harness.pageErrors).toEqual([]);
  });
});
