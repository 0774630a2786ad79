import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { fillByText, modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['headless']);
  page = await harness.open('headless');
});
afterAll(async () => harness?.close());

const openMenus = () => page.evaluate(() => window.widgetSdk.openMenus());
const LISTBOX_BUTTON = 'button[aria-haspopup="listbox"]:not([tabindex="-1"])';
const COMBOBOX_INPUT = 'input[role="combobox"]';

describe('Headless UI Listbox and Combobox', () => {
  it('finds both widgets and maps the Combobox’s popup button to its input', async () => {
    const found = await page.evaluate(
      ({ LISTBOX_BUTTON, COMBOBOX_INPUT }) => {
        const sdk = window.widgetSdk;
        const listbox = document.querySelector(LISTBOX_BUTTON)!;
        const input = document.querySelector(COMBOBOX_INPUT)!;
        const popupButton = input.parentElement!.querySelector('button')!;
        return {
          widgets: [sdk.isChoiceWidget(listbox), sdk.isChoiceWidget(input), sdk.isChoiceWidget(popupButton)],
          popupButtonIsInput: sdk.widgetElement(popupButton) === input,
          listboxIsItself: sdk.widgetElement(listbox) === listbox,
          labels: [sdk.widgetLabel(listbox), sdk.widgetLabel(input), sdk.widgetLabel(popupButton)],
          values: [sdk.readWidgetValue(listbox), sdk.readWidgetValue(input)],
        };
      },
      { LISTBOX_BUTTON, COMBOBOX_INPUT },
    );
    expect(found).toEqual({
      widgets: [true, true, true],
      popupButtonIsInput: true,
      listboxIsItself: true,
      labels: ['Years of experience', 'Location', 'Location'],
      values: ['', ''],
    });
  });

  it('closes the Listbox without a value when choose picks nothing', async () => {
    const report = await fillByText(page, LISTBOX_BUTTON, null);
    expect(report).toMatchObject({ outcome: 'no_matching_option', before: '', after: '' });
    expect(report.offered).toHaveLength(5);
    await expect.poll(openMenus).toBe(0);
    expect(await modelState(page)).toMatchObject({ years: '', location: '' });
    expect(report.focusAfter).toBe(report.focusBefore);
  });

  it('picks a Listbox option', async () => {
    const report = await fillByText(page, LISTBOX_BUTTON, '6-10 years');
    expect(report).toMatchObject({ outcome: 'filled', before: '', after: '6-10 years' });
    await expect.poll(openMenus).toBe(0);
    expect(await modelState(page)).toMatchObject({ years: '6-10 years', location: '' });
    expect(report.focusAfter).toBe(report.focusBefore);
  });

  it('types into the Combobox and picks a result', async () => {
    const report = await fillByText(page, COMBOBOX_INPUT, 'Lisbon, Portugal', { typeText: 'lis' });
    expect(report).toMatchObject({
      outcome: 'filled',
      before: '',
      after: 'Lisbon, Portugal',
      offered: ['Lisbon, Portugal'],
    });
    await expect.poll(openMenus).toBe(0);
    expect(await modelState(page)).toMatchObject({ years: '6-10 years', location: 'Lisbon, Portugal' });
  });

  it('opens the Combobox from its input without typing', async () => {
    const report = await fillByText(page, COMBOBOX_INPUT, 'Remote');
    expect(report.offered).toHaveLength(6);
    expect(report).toMatchObject({ outcome: 'filled', before: 'Lisbon, Portugal', after: 'Remote' });
    await expect.poll(openMenus).toBe(0);
    expect(await modelState(page)).toMatchObject({ years: '6-10 years', location: 'Remote' });
    expect(harness.pageErrors).toEqual([]);
  });

  it("names a RadioGroup by its Field's Label, which points at the first Radio, or by the caption inside it before its items, and picks the answer", async () => {
    const filled = await page.evaluate(async () => {
      const sdk = window.widgetSdk;
      const scan = sdk.scanForm(document).filter(({ descriptor }) => descriptor.type === 'radiogroup');
      const labels = scan.map(({ descriptor }) => descriptor.label);
      const map = { [scan[0]!.descriptor.selector]: 'sponsorship' };
      const { outcomes } = await sdk.fillForm(scan.slice(0, 1), map, { sponsorship: 'no' });
      return { labels, outcomes: Object.values(outcomes) };
    });
    expect(filled).toEqual({
      labels: ['Will you require visa sponsorship?', 'Years of experience in data engineering'],
      outcomes: ['filled'],
    });
    expect(await modelState(page)).toMatchObject({ sponsorship: 'No' });
  });

  it("types nothing into another field's combobox that takes the focus back as a listbox opens (Headless UI Vue after its pick)", async () => {
    await page.evaluate(() => {
      const form = document.createElement('form');
      form.innerHTML = `<div><input id="employer" role="combobox" aria-expanded="false" value="Brackenfold Analytics"></div>
        <div><div><span id="degree-label">Highest degree</span>
          <button id="degree" type="button" aria-haspopup="listbox" aria-labelledby="degree-label">Select an option</button>
          <ul role="listbox" hidden><li role="option">Associate Degree</li><li role="option">Bachelor's Degree</li></ul></div></div>`;
      document.body.append(form);
      const button = form.querySelector<HTMLButtonElement>('#degree')!;
      const list = form.querySelector<HTMLUListElement>('ul')!;
      button.addEventListener('click', () => {
        list.hidden = false;
        button.setAttribute('aria-expanded', 'true');
        // The combobox above restores its focus a moment after its own pick.
        form.querySelector<HTMLInputElement>('#employer')!.focus();
      });
      list.addEventListener('click', (event) => {
        button.textContent = (event.target as Element).textContent;
        list.hidden = true;
        button.setAttribute('aria-expanded', 'false');
      });
    });
    const report = await fillByText(page, '#degree', "Bachelor's Degree", { typeText: "Bachelor's Degree" });
    expect(report).toMatchObject({ outcome: 'filled', after: "Bachelor's Degree" });
    expect(await page.inputValue('#employer')).toBe('Brackenfold Analytics');
  });

  it('shuts a combobox that takes the focus back a frame after its pick and opens on focus, leaving the page inert (Headless UI with `immediate`)', async () => {
    await page.evaluate(() => {
      const form = document.createElement('form');
      form.innerHTML = `<label for="metro">Where are you based?</label>
        <input id="metro" role="combobox" aria-expanded="false" aria-controls="metro-list">
        <ul id="metro-list" role="listbox" hidden><li role="option">Bay Area — Peninsula</li><li role="option">Bay Area — San Francisco</li></ul>
        <div id="after"><button type="button" id="next">Next question</button></div>`;
      document.body.append(form);
      const box = form.querySelector<HTMLInputElement>('#metro')!;
      const list = form.querySelector<HTMLUListElement>('#metro-list')!;
      const after = form.querySelector<HTMLDivElement>('#after')!;
      const show = (open: boolean) => {
        list.hidden = !open;
        box.setAttribute('aria-expanded', String(open));
        after.inert = open;
      };
      box.addEventListener('focus', () => show(true));
      box.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') show(false);
      });
      list.addEventListener('click', (event) => {
        box.value = (event.target as Element).textContent ?? '';
        show(false);
        requestAnimationFrame(() => box.focus());
      });
    });
    const report = await fillByText(page, '#metro', 'Bay Area — San Francisco', { typeText: 'San Francisco' });
    expect(report).toMatchObject({ outcome: 'filled', after: 'Bay Area — San Francisco' });
    const settled = await page.evaluate(
      () =>
        new Promise<{ expanded: string | null; inert: boolean; focused: boolean }>((resolve) =>
          requestAnimationFrame(() =>
            setTimeout(() =>
              resolve({
                expanded: document.querySelector('#metro')!.getAttribute('aria-expanded'),
                inert: document.querySelector<HTMLElement>('#after')!.inert,
                focused: document.activeElement?.id === 'metro',
              }),
            ),
          ),
        ),
    );
    expect(settled).toEqual({ expanded: 'false', inert: false, focused: false });
  });
});
