import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { type Harness, startHarness } from './support/harness.ts';
import type { RunEnd } from '../src/watch/watch-run.ts';

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

beforeEach(async () => {
  page = await harness.open('/watch.html');
});

/**
 * Run ends recorded by the page in localStorage: it outlives the navigation a submit or a leave
 * causes (a Playwright binding called during pagehide is lost), and every page is same-origin.
 */
const runEnds = () => page.evaluate(() => JSON.parse(localStorage.getItem('runEnds') ?? '[]') as RunEnd[]);

/** Scans, fills `values` by field name, and starts watching; the watcher is `window.watcher`. */
async function fillAndWatch(values: Record<string, string>): Promise<void> {
  await page.evaluate(async (values) => {
    const sdk = window.companionSdk;
    const fields = sdk.scanForm(document);
    const map = Object.fromEntries(fields.map((field) => [field.descriptor.selector, field.descriptor.name]));
    const { filled } = await sdk.fillForm(fields, map, values);
    const report = (end: unknown) => {
      const list = JSON.parse(localStorage.getItem('runEnds') ?? '[]') as unknown[];
      localStorage.setItem('runEnds', JSON.stringify([...list, end]));
    };
    Object.assign(window, { watcher: sdk.watchRun({ root: document, fields, filled, onEnd: report }) });
  }, values);
}

/** Final values of every scanned field on the page: empty unless `values` says otherwise. */
function allFields(values: Record<string, string>): Record<string, string> {
  const empty = {
    'input[name="name"]': '',
    'input[name="email"]': '',
    'input[name="nickname"]': '',
    'input[name="team"]': '',
    'iframe[name="frame"] >>> input[name="frame_email"]': '',
  };
  return { ...empty, ...values };
}

const liveListeners = () =>
  page.evaluate(() => (window as unknown as { liveListenerTypes: () => string[] }).liveListenerTypes());

describe('watchRun', () => {
  it('reports a blocked submit with the invalid field count and the final values, user edits included', async () => {
    await fillAndWatch({ name: 'Ada' });
    await page.fill('input[name="name"]', 'Ada King');
    await page.click('#apply button[type="submit"]');
    await expect.poll(async () => (await runEnds()).length).toBe(1);
    const ends = await runEnds();
    expect(ends[0]).toEqual({
      signal: { kind: 'submit', invalidFieldCount: 1 },
      finalValues: allFields({ 'input[name="name"]': 'Ada King' }),
      finalChoices: {},
    });
    expect(await page.evaluate(() => location.search)).toBe('');
  });

  it('reports a submit that navigates exactly once', async () => {
    await fillAndWatch({ name: 'Ada', email: 'ada@example.com' });
    await Promise.all([page.waitForURL(/email=/), page.click('#apply button[type="submit"]')]);
    await expect.poll(async () => (await runEnds()).length).toBe(1);
    const ends = await runEnds();
    expect(ends[0]?.signal).toEqual({ kind: 'submit', invalidFieldCount: 0 });
    expect(ends[0]?.finalValues).toEqual(
      allFields({ 'input[name="name"]': 'Ada', 'input[name="email"]': 'ada@example.com' }),
    );
  });

  it('reports a submit made with requestSubmit()', async () => {
    await fillAndWatch({ name: 'Ada', email: 'ada@example.com' });
    await Promise.all([
      page.waitForURL(/email=/),
      page.evaluate(() => (document.getElementById('apply') as HTMLFormElement).requestSubmit()),
    ]);
    await expect.poll(async () => (await runEnds()).length).toBe(1);
    const ends = await runEnds();
    expect(ends[0]?.signal).toEqual({ kind: 'submit', invalidFieldCount: 0 });
  });

  it('counts fields a JS validator marks aria-invalid in its submit handler', async () => {
    await fillAndWatch({ nickname: 'ada', name: 'Ada', email: 'ada@example.com' });
    await page.click('#js-validated button[type="submit"]');
    await expect.poll(async () => (await runEnds()).length).toBe(1);
    const ends = await runEnds();
    expect(ends[0]?.signal).toEqual({ kind: 'submit', invalidFieldCount: 1 });
    expect(await page.getAttribute('input[name="team"]', 'aria-invalid')).toBe('true');
  });

  it('reports the values as submitted when the page removes its form on submit, as a single-page app does', async () => {
    await fillAndWatch({ name: 'Ada', email: 'ada@example.com' });
    await page.fill('input[name="name"]', 'Ada King');
    // Like React or Vue after a successful submit: the form is replaced by a thank-you message
    // before the run is settled a task later.
    await page.evaluate(() => {
      const form = document.getElementById('apply')!;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        queueMicrotask(() => form.replaceWith(Object.assign(document.createElement('p'), { textContent: 'Thanks' })));
      });
    });
    await page.click('#apply button[type="submit"]');
    await expect.poll(async () => (await runEnds()).length).toBe(1);
    const ends = await runEnds();
    expect(ends[0]?.finalValues).toMatchObject({
      'input[name="name"]': 'Ada King',
      'input[name="email"]': 'ada@example.com',
    });
  });

  it("reports what the page wrote into a text box nobody touched as the fill's value, not the person's", async () => {
    await fillAndWatch({ name: 'Ada', email: 'ada@example.com' });
    // A résumé parser finishing late: it writes over one filled box and into an empty one, as a
    // controlled input's state does, with no event a person sends.
    await page.evaluate(() => {
      const write = (name: string, value: string) =>
        Object.assign(document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!, { value });
      write('name', 'United States');
      write('nickname', 'Resume');
    });
    await page.fill('input[name="email"]', 'ada.king@example.com');
    await page.click('#apply button[type="submit"]');
    await expect.poll(async () => (await runEnds()).length).toBe(1);
    const ends = await runEnds();
    expect(ends[0]?.finalValues).toEqual(
      allFields({ 'input[name="name"]': 'Ada', 'input[name="email"]': 'ada.king@example.com' }),
    );
  });

  it('reports a submit inside a same-origin iframe', async () => {
    await fillAndWatch({ frame_email: 'ada@example.com' });
    const frame = page.frame({ name: 'frame' });
    await frame?.click('button[type="submit"]');
    await expect.poll(async () => (await runEnds()).length).toBe(1);
    const ends = await runEnds();
    expect(ends[0]).toEqual({
      signal: { kind: 'submit', invalidFieldCount: 0 },
      finalValues: allFields({ 'iframe[name="frame"] >>> input[name="frame_email"]': 'ada@example.com' }),
      finalChoices: {},
    });
  });

  it('reports a reset with the values from before the reset', async () => {
    await fillAndWatch({ name: 'Ada', email: 'ada@example.com' });
    await page.click('#apply button[type="reset"]');
    await expect.poll(async () => (await runEnds()).length).toBe(1);
    const ends = await runEnds();
    expect(ends[0]).toEqual({
      signal: { kind: 'reset' },
      finalValues: allFields({ 'input[name="name"]': 'Ada', 'input[name="email"]': 'ada@example.com' }),
      finalChoices: {},
    });
    expect(await page.inputValue('input[name="name"]')).toBe('');
  });

  it('reports leaving the page', async () => {
    await fillAndWatch({ name: 'Ada' });
    await page.click('#leave');
    await page.waitForURL(/fill\.html/);
    await expect.poll(async () => (await runEnds()).length).toBe(1);
    const ends = await runEnds();
    expect(ends[0]).toEqual({
      signal: { kind: 'left' },
      finalValues: allFields({ 'input[name="name"]': 'Ada' }),
      finalChoices: {},
    });
  });

  it('removes every listener on destroy() and never reports afterwards', async () => {
    const before = await liveListeners();
    await fillAndWatch({ name: 'Ada' });
    const watching = await liveListeners();
    expect(watching.length).toBeGreaterThan(before.length);
    expect(watching).toEqual(expect.arrayContaining(['submit', 'reset', 'click', 'pagehide']));

    await page.evaluate(() => (window as unknown as { watcher: { destroy(): void } }).watcher.destroy());
    expect(await liveListeners()).toEqual(before);
    await page.click('#apply button[type="reset"]');
    await page.click('#apply button[type="submit"]');
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(await runEnds()).toEqual([]);
  });

  it('removes its listeners by itself once the run ended', async () => {
    const before = await liveListeners();
    await fillAndWatch({ name: 'Ada' });
    await page.click('#apply button[type="reset"]');
    await expect.poll(async () => (await runEnds()).length).toBe(1);
    expect(await liveListeners()).toEqual(before);
    expect(harness.pageErrors).toEqual([]);
  });
});
