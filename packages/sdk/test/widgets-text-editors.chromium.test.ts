import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['ckeditor']);
  page = await harness.open('ckeditor');
  await page.waitForSelector('.ck-editor__editable');
});
afterAll(async () => harness?.close());

describe('CKEditor 5: an editor drawn after the textarea it hides, typing taken from beforeinput', () => {
  it("is scanned as a text area named by the hidden textarea's label, not by the editor's stock name", async () => {
    const fields = await page.evaluate(() =>
      window.widgetSdk.scanForm(document).map(({ descriptor }) => [descriptor.tag, descriptor.label]),
    );
    expect(fields).toEqual([['textarea', 'Statement of interest']]);
  });

  it('takes the text into its own model', async () => {
    const outcome = await page.evaluate(() =>
      window.widgetSdk.fillTextEditor(document.querySelector<HTMLElement>('.ck-editor__editable')!, 'Dear hiring team'),
    );
    expect(outcome).toBe('filled');
    expect(await modelState(page)).toEqual({ statement: '<p>Dear hiring team</p>' });
    expect(harness.pageErrors).toEqual([]);
  });
});
