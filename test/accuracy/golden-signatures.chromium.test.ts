/**
 * Golden form signatures: pages built with component libraries that generate ids and names afresh
 * on every load (Vue + Element Plus `el-id-…`, MUI, Headless UI, antd, React's useId) sign the same
 * on every reload, and to a pinned value. A change to how `schema_hash` is computed orphans every
 * learned profile: when one is meant, bump the signature version and these values together.
 */
import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForPage } from '../../packages/sdk/test/support/bundle.ts';
import { launchChromium } from '../../packages/sdk/test/support/chromium.ts';
import { loadForms } from './support/form-catalog.ts';
import { startFormSite, type FormSite } from './support/form-site.ts';

/** form → its signature, pinned. */
const GOLDEN: Readonly<Record<string, string>> = {
  'element-plus': 'v1:dca469b653e5609c',
  'mui-rhf': 'v1:5adb16e507fb66dc',
  headlessui: 'v1:012c532f637d3e90',
  antd: 'v1:c5634bac519202bd',
  'greenhouse-react': 'v1:4c6d730d4195b77c',
};

const RELOADS = 3;

let site: FormSite;
let browser: Browser;
let script: string;

beforeAll(async () => {
  site = await startFormSite(loadForms(Object.keys(GOLDEN)));
  script = await bundleForPage(new URL('./support/signature-entry.ts', import.meta.url).pathname);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Loads a form in a fresh context and signs it once its app has rendered. */
async function signOnce(form: string, visit: number): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const [entry] = loadForms([form]);
  if (!entry) throw new Error(`no form ${form}`);
  await page.goto(site.url(entry, visit), { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelectorAll('input, select, textarea, [role="combobox"]').length > 0);
  await page.waitForTimeout(200);
  await page.addScriptTag({ content: script });
  const signature = await page.evaluate(() =>
    (window as unknown as { formSignature: () => Promise<string> }).formSignature(),
  );
  await context.close();
  return signature;
}

describe('form signatures of component-library pages', () => {
  it.each(Object.keys(GOLDEN))('%s signs the same on every reload, and to its pinned value', async (form) => {
    const signatures = [];
    for (let visit = 1; visit <= RELOADS; visit += 1) signatures.push(await signOnce(form, visit));
    expect(new Set(signatures).size).toBe(1);
    expect(signatures[0]).toBe(GOLDEN[form]);
  });
});
