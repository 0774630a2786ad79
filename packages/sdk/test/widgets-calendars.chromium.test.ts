import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;

beforeAll(async () => {
  harness = await startWidgetHarness(['calendars', 'flatpickr']);
});
afterAll(async () => harness?.close());

/** Picks `isoDate` through the trigger at `selector` and says what the page shows afterwards. */
async function pick(selector: string, isoDate: string) {
  const page = await harness.open('calendars');
  const outcome = await page.evaluate(
    ({ selector, isoDate }) => window.widgetSdk.pickCalendarDate(document.querySelector(selector) as Element, isoDate),
    { selector, isoDate },
  );
  const openCalendars = await page.evaluate(
    () =>
      Array.from(document.querySelectorAll('[role="dialog"], [popover], .datepicker-modal')).filter((box) =>
        box.checkVisibility(),
      ).length,
  );
  return { outcome, openCalendars, state: await modelState(page) };
}

describe('a date picked from a calendar', () => {
  it('tells a button that opens a calendar from one that opens another dialog', async () => {
    const page = await harness.open('calendars');
    const triggers = await page.evaluate(() =>
      ['#mantine-date', '#cally-button', '#colour', '#materialize-date'].map((selector) =>
        window.widgetSdk.isCalendarTrigger(document.querySelector(selector) as Element),
      ),
    );
    // The Materialize box is typed into or picked from as a picker box, not as a trigger.
    expect(triggers).toEqual([true, true, false, false]);
    const scanned = await page.evaluate(() => {
      const elements = window.widgetSdk.scanForm(document).map((field) => field.element);
      return ['#mantine-date', '#cally-button', '#colour'].map((selector) =>
        elements.includes(document.querySelector(selector) as HTMLElement),
      );
    });
    expect(scanned).toEqual([true, true, false]);
  });

  it.each([
    // Why: Mantine's button has no box to type into; its days are named "15 January 2027" and the
    // month it opens on is today's, so the driver steps to the month first.
    ['#mantine-date', '2027-01-15', { mantine: '2027-01-15' }],
    ['#mantine-date', '2028-03-02', { mantine: '2028-03-02' }],
    // Why: Cally draws its days in shadow roots and names them without the year ("January 15"):
    // the year comes from the heading it shows ("January 2027").
    ['#cally-button', '2027-01-15', { cally: '2027-01-15' }],
    // Why: Materialize writes the picked day in the format its script was given and waits for OK.
    ['#materialize-date', '2027-01-15', { materialize: 'Jan 15, 2027' }],
  ])('picks %s → %s from its calendar, then closes it', async (selector, isoDate, expected) => {
    const result = await pick(selector, isoDate);
    expect(result).toMatchObject({ outcome: 'filled', openCalendars: 0, state: expected });
    expect(harness.pageErrors).toEqual([]);
  });

  it('leaves a date the calendar does not offer unpicked', async () => {
    // Why: Cally's calendar starts at its `min`; a day before it is disabled, as for a person.
    const result = await pick('#cally-button', '2026-11-20');
    expect(result).toMatchObject({ outcome: 'did_not_stick', openCalendars: 0, state: { cally: '' } });
  });

  it("picks from flatpickr's calendar through the box that stands in for its hidden input", async () => {
    // Why: the box shows the date in words only flatpickr's script knows ("j F Y") and parses typed
    // text back only in that format; the hidden original before it says it is a picker's.
    const page = await harness.open('flatpickr');
    const result = await page.evaluate(async () => {
      const box = document.querySelector('#available + input') as HTMLInputElement;
      return {
        pickerBox: window.widgetSdk.isPickerBox(box),
        outcome: await window.widgetSdk.pickCalendarDate(box, '2027-01-15'),
        shown: box.value,
      };
    });
    expect(result).toEqual({ pickerBox: true, outcome: 'filled', shown: '15 January 2027' });
    expect(await modelState(page)).toEqual({ available: '2027-01-15' });
    expect(harness.pageErrors).toEqual([]);
  });
});
