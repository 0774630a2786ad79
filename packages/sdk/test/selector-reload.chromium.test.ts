import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { type Harness, startHarness } from './support/harness.ts';

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.open('/generated-ids.html');
});
afterAll(async () => harness?.close());

const generatedIds = () =>
  page.evaluate(() => Object.values((window as unknown as { generatedIds: Record<string, string> }).generatedIds));

describe('stable selectors', () => {
  it('never embed a generated id, and find the same fields after a reload with new ids', async () => {
    const before = await page.evaluate(() =>
      window.companionSdk.scanForm(document).map(({ descriptor, element }) => ({
        selector: descriptor.selector,
        key: element.getAttribute('data-key'),
        label: descriptor.label,
      })),
    );
    expect(before.map((field) => field.key)).toEqual(['first', 'last', 'email', 'phone', 'city', 'zip', 'country']);
    expect(before.map((field) => field.label)).toEqual(['First', 'Last', 'Email', 'Phone', 'City', 'Zip', 'Country']);
    const idsBefore = await generatedIds();
    for (const { selector } of before) {
      for (const id of idsBefore) expect(selector).not.toContain(id);
    }
    expect(before.find((field) => field.key === 'country')?.selector).toBe('#stable-country');

    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => window.companionSdk !== undefined);
    const idsAfter = await generatedIds();
    idsAfter.forEach((id, index) => expect(id).not.toBe(idsBefore[index]));

    const resolvedKeys = await page.evaluate(
      (selectors) =>
        selectors.map(
          (selector) => window.companionSdk.resolveSelector(document, selector)?.getAttribute('data-key') ?? null,
        ),
      before.map((field) => field.selector),
    );
    expect(resolvedKeys).toEqual(before.map((field) => field.key));
    expect(harness.pageErrors).toEqual([]);
  });

  it('keeps a control deep in wrappers, with a path short enough for the wire', async () => {
    const selector = await page.evaluate(() => {
      // Twenty wrappers, each the only div beside a span (a component's icon), then a span around the box.
      let parent: HTMLElement = document.body;
      for (let depth = 0; depth < 20; depth += 1) {
        parent.append(document.createElement('span'));
        const wrapper = document.createElement('div');
        parent.append(wrapper);
        parent = wrapper;
      }
      const span = document.createElement('span');
      span.innerHTML = '<label>Deep field <input data-key="deep"></label>';
      parent.append(span);
      const deep = window.companionSdk
        .scanForm(document)
        .find(({ element }) => element.getAttribute('data-key') === 'deep');
      return deep?.descriptor.selector ?? '';
    });
    expect(selector.length).toBeGreaterThan(0);
    expect(selector.length).toBeLessThanOrEqual(256);
    expect(selector).toContain('> span > label > input');
    const resolved = await page.evaluate(
      (found) => window.companionSdk.resolveSelector(document, found)?.getAttribute('data-key'),
      selector,
    );
    expect(resolved).toBe('deep');
  });
});

describe('selectors in nested shadow trees', () => {
  it("names a box in a component's shadow tree by its part, so a deeply nested one still fits the wire", async () => {
    const nested = await harness.open('/generated-ids.html');
    const scanned = await nested.evaluate(() => {
      const define = (tag: string, inner: string) =>
        customElements.define(
          tag,
          class extends HTMLElement {
            connectedCallback() {
              this.attachShadow({ mode: 'open' }).innerHTML = inner;
            }
          },
        );
      // Four components deep, the box in the last one's wrappers as a design system draws it.
      const wrapped = (inner: string, depth: number): string =>
        depth === 0 ? inner : `<div></div><div>${wrapped(inner, depth - 1)}</div>`;
      define('x-select', wrapped('<input part="input">', 5));
      define('x-phone', '<div><x-select></x-select></div>');
      define('x-section', '<section><x-phone></x-phone></section>');
      define('x-form', '<form><x-section></x-section></form>');
      document.body.innerHTML = '<main><x-form></x-form></main>';
      return window.companionSdk.scanForm(document).map(({ descriptor }) => descriptor.selector);
    });
    expect(scanned).toHaveLength(1);
    expect(scanned[0]).toMatch(/>>> input\[part="input"\]$/);
    await nested.close();
  });
});
