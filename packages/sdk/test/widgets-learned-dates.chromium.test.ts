import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;

beforeAll(async () => {
  harness = await startWidgetHarness(['learned-dates']);
});
afterAll(async () => harness?.close());

/** Fills the field labelled `label` as the start date, with `format` learned for it (none: undefined). */
async function fillStartDate(label: string, format: string | undefined) {
  const page = await harness.open('learned-dates');
  const outcomes = await page.evaluate(
    async ({ label, format }) => {
      const sdk = window.widgetSdk;
      const scan = sdk.scanForm(document).filter(({ descriptor }) => descriptor.label === label);
      const selectors = scan.map(({ descriptor }) => descriptor.selector);
      const fill = await sdk.fillForm(
        scan,
        Object.fromEntries(selectors.map((selector) => [selector, 'start_date'])),
        { start_date: '2027-01-15' },
        format === undefined ? {} : { formats: Object.fromEntries(selectors.map((selector) => [selector, format])) },
      );
      return Object.values(fill.outcomes);
    },
    { label, format },
  );
  return { outcomes, state: await modelState(page) };
}

describe('a start date learned in a format, on a picker that was right without it', () => {
  it('picks the day from the calendar when the typed date was misread, closing the panel typing left open', async () => {
    // Why: the box swallows keys, and Enter picks the day the calendar points at (today); its
    // panel stays open, so a press on the box only closed it and the calendar was never found.
    for (const format of [undefined, 'date_long', 'date_us']) {
      const { outcomes, state } = await fillStartDate('Earliest start date', format);
      expect(outcomes).toEqual(['filled']);
      expect(state).toMatchObject({ clicked: '2027-01-15' });
    }
    expect(harness.pageErrors).toEqual([]);
  });

  it('gives a date learned "as written" to the picker as the ISO date, not as a list to search', async () => {
    // Why: the person's final text equals the value as kept (ISO), so learning votes as_written;
    // read as no date format, the combobox box was searched for an option and left empty.
    for (const format of [undefined, 'as_written']) {
      const { outcomes, state } = await fillStartDate('Available from', format);
      expect(outcomes).toEqual(['filled']);
      expect(state).toMatchObject({ widgets: '2027-01-15' });
    }
  });
});
