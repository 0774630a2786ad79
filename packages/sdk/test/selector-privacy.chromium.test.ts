import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { selectorCarriesPersonalData } from '../src/protocol/index.ts';
import { type Harness, startHarness } from './support/harness.ts';

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.open('/personal-attributes.html');
});
afterAll(async () => harness?.close());

/** Issue #15: selectors built from attributes carried personal data (`input[value="jane@example.com"]` was stored). */
describe('selectors carry no personal data (#15)', () => {
  it('are never built from an attribute that holds an email, a phone number or a long digit run, and still find their field', async () => {
    const fields = await page.evaluate(() =>
      window.companionSdk.scanForm(document).map(({ descriptor, element }) => ({
        selector: descriptor.selector,
        label: descriptor.label,
        tag: element.localName,
      })),
    );
    expect(fields.map((field) => field.label)).toEqual(['Email', 'Phone', 'Card', 'City', 'Contact by', 'First name']);
    for (const { selector } of fields) {
      expect(selector).not.toMatch(/jane|example\.com|415|4111|value=/i);
      expect(selectorCarriesPersonalData(selector), selector).toBe(false);
    }
    expect(fields.find((field) => field.label === 'Card')?.selector).toBe('input[data-qa="card-number"]');
    expect(fields.find((field) => field.label === 'First name')?.selector).toBe('input[name="first_name"]');
    const found = await page.evaluate(
      (selectors) =>
        selectors.map(
          (selector) =>
            window.companionSdk
              .resolveSelector(document, selector)
              ?.closest('label, fieldset')
              ?.textContent?.trim()
              .split(/\s/)[0] ?? null,
        ),
      fields.map((field) => field.selector),
    );
    // A radio group resolves to its first member.
    expect(found).toEqual(['Email', 'Phone', 'Card', 'City', 'Mail', 'First']);
    expect(harness.pageErrors).toEqual([]);
  });
});
