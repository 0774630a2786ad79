/**
 * The standard block as payroll-suite ATSs lay it out, filled through the real content side in
 * Chromium: a full name asked surname first, a phone in three boxes titled but unlabelled after
 * the first, and a street lookup drawn as a combobox whose suggestions come only as it is typed.
 */
import type { Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompanionContent } from '../src/content/index.ts';
import { type Harness, startHarness } from './support/harness.ts';

const VALUES = {
  first_name: 'Ada',
  last_name: 'Lovelace',
  full_name: 'Ada Lovelace',
  phone: '+1 415 555 0134',
  address_line1: '12 Analytical Way',
};

type TestWindow = Window & { companion: CompanionContent };

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.open('/payroll-suite.html');
  await page.evaluate(async (values) => {
    const w = window as unknown as TestWindow;
    w.companion = window.companionSdk.createOfflineCompanion({ values });
    await w.companion.autofill(document);
  }, VALUES);
});
afterAll(async () => harness?.close());

const valueOf = (name: string) => page.$eval(`[name="${name}"]`, (element) => (element as HTMLInputElement).value);

describe('the standard block of a payroll-suite ATS', () => {
  it('writes the full name surname first where the label asks for it', async () => {
    expect(await valueOf('name')).toBe('Lovelace, Ada');
  });

  it('fills every box of a phone row whose later boxes have only a title', async () => {
    expect([await valueOf('area'), await valueOf('pre'), await valueOf('line')]).toEqual(['415', '555', '0134']);
  });

  it('types the street into a lookup combobox and picks the suggestion that says it', async () => {
    expect(await valueOf('street')).toBe('12 Analytical Way');
    expect(await page.$eval('#street', (element) => (element as HTMLElement).dataset.picked)).toBe('yes');
    expect(harness.pageErrors).toEqual([]);
  });
});
