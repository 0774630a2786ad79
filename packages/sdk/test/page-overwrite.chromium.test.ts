/**
 * A page that reads the résumé it was given and writes over the fill a moment later (a parser
 * finishing after the fill): the fill puts its own values back, unless the person typed there, and
 * leaves a reformat of the same characters to the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import type { CompanionContent } from '../src/content/index.ts';
import { type Harness, startHarness } from './support/harness.ts';

const VALUES = { location: 'San Francisco, CA', phone: '415-555-0134', city: 'San Francisco' };

type TestWindow = Window & { companion: CompanionContent };

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

/** Opens the page and fills it as a fresh install with a résumé. */
async function openAndFill(): Promise<Page> {
  const page = await harness.open('/page-overwrite.html');
  await page.evaluate(async (values) => {
    const sdk = window.companionSdk;
    const companion = sdk.createOfflineCompanion({ values, files: { resume_upload: sdk.resumeFile('Resume.pdf') } });
    (window as unknown as TestWindow).companion = companion;
    await companion.autofill(document);
  }, VALUES);
  return page;
}

const valuesOf = (page: Page) => Promise.all(['location', 'phone', 'city'].map((id) => page.inputValue(`#${id}`)));

describe('a page writing over the fill after reading the résumé', () => {
  it('puts the fill back where the page wrote something else, and keeps a reformat of the same digits', async () => {
    const page = await openAndFill();
    // The page writes at 600 ms; the fill looks every 250 ms for 3 s.
    await page.waitForTimeout(1_500);
    expect(await valuesOf(page)).toEqual(['San Francisco, CA', '(415) 555-0134', 'San Francisco']);
    expect(harness.pageErrors).toEqual([]);
  });

  it('leaves a box the person typed in to the person and the page', async () => {
    const page = await openAndFill();
    await page.click('#city');
    await page.keyboard.type(' Bay');
    await page.waitForTimeout(1_500);
    expect(await valuesOf(page)).toEqual(['San Francisco, CA', '(415) 555-0134', 'Parsed City']);
  });
});
