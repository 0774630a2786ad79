import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { type Harness, startHarness } from './support/harness.ts';

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.open('/react.html');
  await page.waitForSelector('[data-testid="state"]');
});
afterAll(async () => harness?.close());

/** What React holds, as the component renders it. */
async function reactState(): Promise<Record<string, unknown>> {
  return JSON.parse((await page.textContent('[data-testid="state"]')) ?? 'null') as Record<string, unknown>;
}

describe('filling a controlled React 19 form', () => {
  it('scans React fields without using the generated useId ids', async () => {
    const descriptors = await page.evaluate(() =>
      window.companionSdk.scanForm(document).map((field) => field.descriptor),
    );
    const firstName = descriptors.find((descriptor) => descriptor.label === 'First name');
    expect(firstName?.id).toMatch(/^_r_\w+_$/);
    expect(firstName?.selector).not.toContain(firstName?.id ?? '<none>');
    expect(firstName?.selector).toBe('form[data-testid="react-form"] > input:nth-of-type(1)');
    expect(descriptors.find((descriptor) => descriptor.label === 'Email')?.selector).toBe(
      'input[autocomplete="email"][type="email"]',
    );
  });

  it('updates React state for text, email, select, textarea, checkbox and radio', async () => {
    const result = await page.evaluate(() => {
      const sdk = window.companionSdk;
      const fields = sdk.scanForm(document);
      const byLabel = (label: string) =>
        fields.find((field) => field.descriptor.label === label)?.descriptor.selector ?? '';
      const map = {
        [byLabel('First name')]: 'first_name',
        [byLabel('Email')]: 'email',
        [byLabel('Country')]: 'country',
        [byLabel('Bio')]: 'summary',
        [byLabel('Remote')]: 'remote',
        [byLabel('Level')]: 'seniority',
      };
      return sdk.fillForm(fields, map, {
        first_name: 'Ada',
        email: 'ada@example.com',
        country: 'France',
        summary: 'Analyst',
        remote: 'yes',
        seniority: 'senior',
      });
    });
    expect(Object.values(result.outcomes)).toEqual(['filled', 'filled', 'filled', 'filled', 'filled', 'filled']);
    expect(await reactState()).toEqual({
      firstName: 'Ada',
      email: 'ada@example.com',
      country: 'fr',
      bio: 'Analyst',
      remote: true,
      level: 'senior',
    });
  });

  it('keeps React state when the user submits afterwards', async () => {
    await page.click('button[type="submit"]');
    await expect.poll(() => page.textContent('[data-testid="submits"]')).toBe('1');
    expect((await reactState()).firstName).toBe('Ada');
    expect(await page.inputValue('input[autocomplete="email"]')).toBe('ada@example.com');
  });

  it('gives again a pick the page lost to an answer given right after it, as a person seeing it gone would', async () => {
    await page.evaluate(() => {
      const sdk = window.companionSdk;
      const fields = sdk.scanForm(document);
      const selectorOf = (name: string) =>
        fields.find((field) => field.descriptor.name === name)?.descriptor.selector ?? '';
      return sdk.fillForm(
        fields,
        { [selectorOf('Authorized to work')]: 'work_authorization', [selectorOf('Highest degree')]: 'degree' },
        { work_authorization: 'yes', degree: "Bachelor's" },
      );
    });
    await expect
      .poll(async () => JSON.parse((await page.textContent('[data-testid="answers"]')) ?? '{}'))
      .toEqual({ 'Authorized to work': 'Yes', 'Highest degree': "Bachelor's" });
  });

  it('reports did_not_stick for a controlled input whose state never changes', async () => {
    const outcome = await page.evaluate(() => {
      const sdk = window.companionSdk;
      const element = sdk.resolveSelector(document, 'input[name="locked"]');
      if (!element) throw new Error('locked input missing');
      return { outcome: sdk.fillField(element, 'changed'), value: element.value };
    });
    expect(outcome).toEqual({ outcome: 'did_not_stick', value: 'LOCKED' });
    expect(harness.pageErrors).toEqual([]);
  });
});
