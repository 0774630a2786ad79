/**
 * A job page with more than the application on it, driven through the real content side in
 * Chromium: decoy boxes are left alone, a canonical may repeat on a confirmation box, formats come
 * from the input (add-ons, date and number types), choices are resolved by meaning, the resume is
 * uploaded as a real File, and a formless app's "Next" button ends a run.
 */
import type { Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AutofillRun, CompanionContent, RunReport } from '../src/content/index.ts';
import { type Harness, startHarness } from './support/harness.ts';

const VALUES = {
  first_name: 'Ada',
  email: 'ada@example.com',
  phone: '+1 415 555 0134',
  linkedin_url: 'https://www.linkedin.com/in/ada',
  start_date: '2027-01-15',
  salary_expectation: '150,000',
  work_authorization: 'yes',
  country: 'USA',
};

type TestWindow = Window & { companion: CompanionContent; run?: AutofillRun; report?: Promise<RunReport> };

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.open('/application.html');
  await page.evaluate((values) => {
    const sdk = window.companionSdk;
    const w = window as unknown as TestWindow;
    w.companion = sdk.createOfflineCompanion({
      values,
      files: { resume_upload: sdk.resumeFile('Ada_Resume.pdf', '%PDF-1.4 ada') },
    });
  }, VALUES);
});
afterAll(async () => harness?.close());

describe('filling a job page', () => {
  it('fills the application and leaves the sign-in, search and newsletter boxes alone', async () => {
    const run = await page.evaluate(async () => {
      const w = window as unknown as TestWindow;
      const result = await w.companion.autofill(document);
      return result.kind === 'run' ? { suggested: result.suggestedMap, missing: result.missingValues } : result;
    });
    expect(run).toHaveProperty('suggested');
    const values = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('input:not([type=radio]):not([type=file]), select')].map((el) => [
          (el as HTMLInputElement).name,
          (el as HTMLInputElement).value,
        ]),
      ),
    );
    expect(values).toMatchObject({
      login_email: '',
      q: '',
      newsletter: '',
      email: VALUES.email,
      email_confirm: VALUES.email,
      phone: '4155550134',
      linkedin: 'www.linkedin.com/in/ada',
      start_date: '2027-01-15',
      salary: '150000',
      card: '',
      country: 'US',
      fl_first: VALUES.first_name,
    });
    expect(await page.isChecked('input[name="auth"][value="1"]')).toBe(true);
    const file = await page.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>('#resume');
      const chosen = input?.files?.[0];
      return chosen ? { name: chosen.name, type: chosen.type, text: await chosen.text() } : null;
    });
    expect(file).toEqual({ name: 'Ada_Resume.pdf', type: 'application/pdf', text: '%PDF-1.4 ada' });
  });

  it('ends the formless part of a page on its "Next" button, not on other buttons', async () => {
    const status = await page.evaluate(async () => {
      const w = window as unknown as TestWindow;
      const root = document.getElementById('formless') as HTMLElement;
      const run = await w.companion.autofill(root);
      if (run.kind !== 'run') return run.kind;
      let ended = false;
      void run.finished.then(() => (ended = true));
      document.getElementById('fl-add')?.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (ended) return 'ended on "Add another"';
      document.getElementById('fl-next')?.click();
      return (await run.finished).status;
    });
    expect(status).toBe('ok');
  });

  it("ends a run on a web component's button whose words, slotted into its shadow root, say it submits", async () => {
    const status = await page.evaluate(async () => {
      const w = window as unknown as TestWindow;
      const run = await w.companion.autofill(document.getElementById('components') as HTMLElement);
      if (run.kind !== 'run') return run.kind;
      document.getElementById('wc-submit')?.shadowRoot?.querySelector('button')?.click();
      return (await run.finished).status;
    });
    expect(status).toBe('ok');
  });

  it('leaves a job search drawn in a toolbar, with no form or landmark around it, to the person', async () => {
    const toolbar = await harness.open('/application.html');
    const values = await toolbar.evaluate(async () => {
      document.body.innerHTML = `<div class="toolbar"><span>Stonecrest Staffing</span>
          <input id="searchKeywords" placeholder="Keywords" aria-label="Keywords">
          <input id="searchLocation" placeholder="City, State or Zip" aria-label="Location">
          <button type="button">Search Jobs</button></div>
        <div class="application"><h2>Apply</h2>
          <label for="loc">Current location</label><input id="loc" name="loc">
          <label for="mail">Email</label><input id="mail" name="mail" type="email">
          <button type="button">Submit application</button></div>`;
      const sdk = window.companionSdk;
      const companion = sdk.createOfflineCompanion({
        values: { location: 'San Francisco, CA', email: 'ada@example.com' },
      });
      await companion.autofill(document);
      return ['searchLocation', 'loc', 'mail'].map((id) => (document.getElementById(id) as HTMLInputElement).value);
    });
    expect(values).toEqual(['', 'San Francisco, CA', 'ada@example.com']);
    await toolbar.close();
  });

  it("fills the email an application's first step sends in the address (iCIMS), beside the page's own search", async () => {
    const gate = await harness.open('/application.html');
    const values = await gate.evaluate(async () => {
      document.body.innerHTML = `<form role="search" method="get"><label for="q">Keyword</label><input id="q" name="q">
          <button>Search</button></form>
        <form id="enterEmailForm" action="profile.html" method="get">
          <label for="email">Email Address</label><input type="email" id="email" name="loginName">
          <label><input type="checkbox" id="gdpr" name="accept_gdpr"> I accept the privacy policy</label>
          <input type="submit" value="Next"></form>`;
      const companion = window.companionSdk.createOfflineCompanion({ values: { email: 'ada@example.com' } });
      await companion.autofill(document);
      return ['q', 'email'].map((id) => (document.getElementById(id) as HTMLInputElement).value);
    });
    expect(values).toEqual(['', 'ada@example.com']);
    await gate.close();
  });
});
