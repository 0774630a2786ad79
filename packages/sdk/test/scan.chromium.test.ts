import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { type Harness, startHarness } from './support/harness.ts';

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.open('/scan.html');
});
afterAll(async () => harness?.close());

const scanDescriptors = () =>
  page.evaluate(() => window.companionSdk.scanForm(document).map((field) => field.descriptor));

describe('scanForm', () => {
  it('finds the fillable fields in tree order, shadow root and same-origin frame included', async () => {
    const names = (await scanDescriptors()).map((descriptor) => descriptor.name || descriptor.selector);
    expect(names).toEqual([
      'first_name',
      'last_name',
      'email',
      'input[data-qa="phone"]',
      'row_city',
      'row_zip',
      'input[data-testid="portfolio"]',
      'country',
      'authorized',
      'terms',
      'cover_letter',
      'resume',
      'city',
      'frame_email',
    ]);
    expect(harness.pageErrors).toEqual([]);
  });

  it('skips hidden, disabled, read-only, button-like, closed-shadow and cross-origin fields', async () => {
    const serialized = JSON.stringify(await scanDescriptors());
    for (const name of [
      'csrf',
      'display_none',
      'visibility_hidden',
      'zero_size',
      'hidden_attr',
      'inside_hidden_parent',
      'disabled_field',
      'inside_disabled_fieldset',
      'readonly_field',
      'button_input',
      'reset_input',
      'image_input',
      'closed_field',
      'cross_origin_field',
    ]) {
      expect(serialized, name).not.toContain(name);
    }
  });

  it('reads labels from label[for], a wrapping label, aria-labelledby and aria-label', async () => {
    const byName = new Map(
      (await scanDescriptors()).map((descriptor) => [descriptor.name || descriptor.selector, descriptor]),
    );
    expect(byName.get('first_name')).toMatchObject({
      label: 'First name',
      placeholder: 'Ada',
      tag: 'input',
      type: 'text',
    });
    expect(byName.get('last_name')?.label).toBe('Last name');
    expect(byName.get('email')).toMatchObject({ label: 'Email address', autocomplete: 'email', type: 'email' });
    expect(byName.get('input[data-qa="phone"]')).toMatchObject({ label: 'Phone number', type: 'tel' });
    expect(byName.get('cover_letter')).toMatchObject({ label: 'Cover letter', tag: 'textarea', type: 'textarea' });
    // A box's own aria-label names it over a row label that names several boxes.
    expect([byName.get('row_city')?.label, byName.get('row_zip')?.label]).toEqual(['City', 'Zip']);
  });

  it('takes the heading opening the row of an unlabelled field as its label', async () => {
    const portfolio = (await scanDescriptors()).find(
      (descriptor) => descriptor.selector === 'input[data-testid="portfolio"]',
    );
    expect(portfolio).toMatchObject({ label: 'Portfolio link', nearbyText: 'Portfolio link' });
  });

  it('describes a select with its options and a radio group once with its legend and values', async () => {
    const descriptors = await scanDescriptors();
    const country = descriptors.find((descriptor) => descriptor.name === 'country');
    expect(country).toMatchObject({ tag: 'select', type: 'select-one', label: 'Country' });
    expect(country?.options).toContainEqual({ value: 'FR', text: 'France' });
    const radios = descriptors.filter((descriptor) => descriptor.name === 'authorized');
    expect(radios).toHaveLength(1);
    expect(radios[0]).toMatchObject({
      group: 'authorized',
      label: 'Work authorization',
      selector: 'input[type="radio"][name="authorized"]',
      options: [
        { value: 'yes', text: 'Yes' },
        { value: 'no', text: 'No' },
      ],
    });
    expect(descriptors.find((descriptor) => descriptor.name === 'terms')).toMatchObject({
      group: 'terms',
      label: 'I accept the terms',
    });
  });

  it('marks shadow and frame fields and gives them composite selectors that resolve', async () => {
    const descriptors = await scanDescriptors();
    const city = descriptors.find((descriptor) => descriptor.name === 'city');
    const frameEmail = descriptors.find((descriptor) => descriptor.name === 'frame_email');
    expect(city).toMatchObject({
      inShadowRoot: true,
      inFrame: false,
      label: 'City',
      selector: '#shadow-host >>> input[name="city"]',
    });
    expect(frameEmail).toMatchObject({ inShadowRoot: false, inFrame: true, label: 'Email in frame' });
    expect(frameEmail?.selector).toBe('iframe[name="same-origin"] >>> input[name="frame_email"]');

    const resolvesToScannedElement = await page.evaluate(() => {
      const { scanForm, resolveSelector } = window.companionSdk;
      return scanForm(document).map(
        ({ descriptor, element }) => resolveSelector(document, descriptor.selector) === element,
      );
    });
    expect(resolvesToScannedElement).toEqual(descriptors.map(() => true));
  });

  it('gives every field a selector unique in its tree', async () => {
    const counts = await page.evaluate(() => {
      const { scanForm, TREE_SEPARATOR } = window.companionSdk;
      return scanForm(document).map(({ descriptor, element }) => {
        const parts = descriptor.selector.split(TREE_SEPARATOR);
        const inner = parts[parts.length - 1] ?? '';
        const root = element.getRootNode() as Document | ShadowRoot;
        const matches = Array.from(root.querySelectorAll(inner));
        return { first: matches[0] === element, group: descriptor.group !== '', count: matches.length };
      });
    });
    for (const { first, group, count } of counts) {
      expect(first).toBe(true);
      if (!group) expect(count).toBe(1);
    }
  });
});
