import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillByText, modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;

beforeAll(async () => {
  harness = await startWidgetHarness([
    'grommet',
    'gestalt',
    'arco-date',
    'rsuite-date',
    'ark-date',
    'quasar',
    'primereact',
  ]);
});
afterAll(async () => harness?.close());

describe("Grommet's Select: a button drawing its pick in a read-only input, options in a Drop", () => {
  it('reads the pick from the read-only input inside the button', async () => {
    // Why: the button's own text is empty; a person reads the selection from that input, and a
    // fill that cannot read it never sees its pick stick.
    const page = await harness.open('grommet');
    const report = await fillByText(page, '#education', "Bachelor's degree");
    expect(report).toMatchObject({ outcome: 'filled', after: "Bachelor's degree" });
    expect(await modelState(page)).toMatchObject({ education: "Bachelor's degree" });
    expect(harness.pageErrors).toEqual([]);
  });

  it('searches a long list its Drop draws only the first 20 rows of', async () => {
    // Why: the Drop's search box gets the focus only a moment after opening, and the first 20 of
    // 250 countries do not hold the choice: only typing into that box brings it into the list.
    const page = await harness.open('grommet');
    const report = await fillByText(page, '#country', 'United States', { typeText: 'United States' });
    expect(report.outcome).toBe('filled');
    expect(await modelState(page)).toMatchObject({ country: 'United States' });
  });

  it('fills the next Select right after one closes', async () => {
    // Why: Grommet hides the app with aria-hidden while its Drop is open and gives it back a moment
    // after it closes; a fill that returns before then leaves the next Select out of reach.
    // fillChoiceWidget back to back: fillByText's settling pause after each fill would hide this.
    const page = await harness.open('grommet');
    const outcomes = await page.evaluate(async () => {
      const sdk = window.widgetSdk;
      const pick = (text: string) => (choices: readonly { text: string }[]) =>
        choices.findIndex((choice) => choice.text === text);
      const country = await sdk.fillChoiceWidget(sdk.findElement('#country'), pick('Canada'), { typeText: 'Canada' });
      const state = await sdk.fillChoiceWidget(sdk.findElement('#state'), pick('Texas'));
      return [country, state];
    });
    expect(outcomes).toEqual(['filled', 'filled']);
    expect(await modelState(page)).toMatchObject({ country: 'Canada', state: 'Texas' });
  });
});

describe("PrimeReact's Dropdown: a virtual list filtered by a search box in its panel", () => {
  it("waits out the filter's debounce for rows the virtual list had not drawn", async () => {
    // Why: the panel draws a dozen of 250 countries, and its filter answers 300 ms after the
    // last key: a fill that reads the rows sooner sees the unfiltered dozen and finds no match.
    const page = await harness.open('primereact');
    const report = await fillByText(page, '#country_input', 'United States', { typeText: 'United States' });
    expect(report.outcome).toBe('filled');
    expect(await modelState(page)).toEqual({ country: 'us' });
    expect(harness.pageErrors).toEqual([]);
  });
});

describe("Gestalt's ComboBox: a div role=combobox around its text input (ARIA 1.1)", () => {
  it('types into the input the combobox wraps and picks from the filtered options', async () => {
    // Why: the combobox is a div whose input holds the click and key handlers and shows the pick;
    // a person types into that input, so only a fill that reaches it opens and filters the list.
    const page = await harness.open('gestalt');
    const report = await fillByText(page, 'div[role="combobox"]', 'San Francisco, California, United States', {
      typeText: 'San Francisco',
    });
    expect(report.outcome).toBe('filled');
    expect(await modelState(page)).toEqual({ location: 'san-francisco' });
    expect(harness.pageErrors).toEqual([]);
  });
});

describe('a date typed into a picker box', () => {
  it("leaves the browser's own date input to its value, inside a date component too (Clarity's cds-date)", async () => {
    const page = await harness.open('ark-date');
    const isPicker = await page.evaluate(() => {
      const host = document.createElement('x-date');
      host.innerHTML = '<label>Start</label><input type="date"><input type="text">';
      document.body.append(host);
      const [native, text] = Array.from(host.querySelectorAll('input'));
      return [window.widgetSdk.isPickerBox(native!), window.widgetSdk.isPickerBox(text!)];
    });
    expect(isPicker).toEqual([false, true]);
  });

  it.each([
    // Why: Arco opens its panel on the click into the box and drops any draft typed before it, and
    // commits a typed date only on Enter: a person clicks, types, then presses Enter.
    ['arco-date', '2027-01-15'],
    // Why: RSuite's segmented mask takes digits only, one key at a time, and moves between its
    // month, day and year segments itself: text put in at once, or its slashes, land elsewhere.
    ['rsuite-date', '01/15/2027'],
    // Why: Ark UI (Zag) marks its box only with `data-scope="date-picker"` and parses typed text on Enter.
    ['ark-date', '01/15/2027'],
  ] as const)('%s commits %s to its model', async (fixture, text) => {
    const page = await harness.open(fixture);
    const [isPicker, outcome] = await page.evaluate(async (text) => {
      const box = document.querySelector<HTMLInputElement>('#start-date input')!;
      return [window.widgetSdk.isPickerBox(box), await window.widgetSdk.typePickedDate(box, text)] as const;
    }, text);
    expect(isPicker).toBe(true);
    expect(outcome).toBe('filled');
    expect(await modelState(page)).toEqual({ startDate: '2027-01-15' });
    expect(harness.pageErrors).toEqual([]);
  });
});

describe("Quasar's q-select: a virtual list that draws the rest of its rows once it has measured its menu", () => {
  it('picks a row drawn a moment after the menu opened', async () => {
    // Why: the first rows drawn are the provinces; a fill that reads the rows at once finds no
    // California and gives up, where a person sees the whole window a moment later.
    const page = await harness.open('quasar');
    const report = await fillByText(page, '#region', 'California');
    expect(report.outcome).toBe('filled');
    expect(await modelState(page)).toEqual({ region: 'California' });
  });
});
