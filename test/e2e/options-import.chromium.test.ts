/**
 * The options page holds every value a job application asks for, in real Chromium with the built
 * demo extension: a JSON Resume document imported through the page (pasted or chosen as a file)
 * lands in `browser.storage.local` in one write; a bad or oversized document, a bad edit and a
 * refused resume file change nothing stored; the resume file is stored and removed; the export
 * downloads the same format and imports back to the same values. On a job form, the content
 * script puts the stored resume into the file input and the popup names the fields with no value.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { jsonResumeToValues } from '../../packages/extension-demo/src/settings/json-resume.ts';
import { buildExtensionForTest } from './support/built-extension.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser.ts';
import { openOptionsPage, readStorage, removeStorage, writeStorage } from './support/options-page.ts';

const VALUES_KEY = 'demo.profileValues.v1';
const RESUME_KEY = 'demo.resumeFile.v1';
const ADA_TEXT = readFileSync(
  new URL('../../packages/extension-demo/test/fixtures/ada-resume.json', import.meta.url),
  'utf8',
);

/** A small application form: two values the user holds, two they do not, a resume upload and an open question. */
const APPLICATION_FORM = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Apply</title></head><body>
<form id="apply" action="#">
  <label for="fn">First name</label> <input id="fn" name="first_name">
  <label for="em">Email</label> <input id="em" name="email" type="email">
  <label for="sal">Salary expectation</label> <input id="sal" name="salary_expectation">
  <label for="sd">Earliest start date</label> <input id="sd" name="start_date" type="date">
  <label for="cv">Resume/CV</label> <input id="cv" name="resume" type="file" accept=".pdf,.doc,.docx">
  <label for="why">Why do you want to join us?</label> <textarea id="why" name="question_8812"></textarea>
  <button type="submit">Submit application</button>
</form></body></html>`;

let browser: ExtensionBrowser;
let options: Page;
let site: Server;
let siteOrigin: string;

beforeAll(async () => {
  const extension = await buildExtensionForTest();
  browser = await launchExtensionBrowser(extension.dir);
  site = createServer((_request, response) =>
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(APPLICATION_FORM),
  );
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
});

/** A fresh options page, which loads what is stored now. */
async function reopen(): Promise<void> {
  await options?.close();
  options = await openOptionsPage(browser);
}

beforeEach(reopen);

const stored = async (key: string): Promise<unknown> => (await readStorage(options, [key]))[key];
const importStatus = () => options.locator('#import-status').innerText();

/** Pastes a document and presses Import; resolves with the status the page shows. */
async function pasteAndImport(text: string): Promise<string> {
  await options.evaluate(() => {
    const status = document.getElementById('import-status');
    if (status) status.textContent = '';
  });
  await options.fill('#import-json', text);
  await options.click('#import');
  await expect.poll(importStatus).not.toBe('');
  return importStatus();
}

/** A file of `size` bytes holding every byte value. */
function bytesOf(size: number): Buffer {
  return Buffer.from(Uint8Array.from({ length: size }, (_, index) => (index * 31 + 7) % 256));
}

describe('options page: JSON Resume import and export, resume file, checked values', () => {
  it('imports a pasted JSON Resume document in one write, keeping values it does not name', async () => {
    await writeStorage(options, { [VALUES_KEY]: { email: 'old@example.org', phone_country_code: '+44' } });
    await reopen();

    expect(await pasteAndImport(ADA_TEXT)).toBe(
      'Imported 27 values and the summary and highlights for drafted answers.',
    );
    expect(await options.locator('#import-status').getAttribute('data-state')).toBe('ok');

    const expected = jsonResumeToValues(JSON.parse(ADA_TEXT), new Date());
    if (!expected.ok) throw new Error(expected.problems.join(' '));
    expect(await stored(VALUES_KEY)).toEqual({ ...expected.values, phone_country_code: '+44' });
    expect(await stored(VALUES_KEY)).toMatchObject({
      email: 'ada@example.org',
      first_name: 'Ada',
      last_name: 'Lovelace',
      country: 'United Kingdom',
      current_company: 'Analytical Engines Ltd',
      linkedin_url: 'https://www.linkedin.com/in/ada-lovelace',
      salary_expectation: '95000',
      work_authorization: 'yes',
    });
    // The form shows what was imported, in the controls made for each value.
    expect(await options.inputValue('#profile-email')).toBe('ada@example.org');
    expect(await options.inputValue('#profile-salary_currency')).toBe('GBP');
    expect(await options.inputValue('#profile-start_date')).toBe('2027-01-15');
    expect(await options.inputValue('#profile-sponsorship')).toBe('no');
    expect(await options.inputValue('#profile-cover_letter')).toContain('I would like to program your engine.');
  });

  it('imports a document chosen with the file picker', async () => {
    const before = (await stored(VALUES_KEY)) as Record<string, string>;
    const document = JSON.stringify({ 'x-companion': { pronouns: 'she/they', sponsorship: true } });
    await options.setInputFiles('#import-file', {
      name: 'answers.json',
      mimeType: 'application/json',
      buffer: Buffer.from(document),
    });
    await expect.poll(importStatus).toBe('Imported 2 values.');
    expect(await stored(VALUES_KEY)).toEqual({ ...before, pronouns: 'she/they', sponsorship: 'yes' });
  });

  it('refuses a bad document, text that is no JSON and an oversized file, and keeps what was stored', async () => {
    const before = await stored(VALUES_KEY);
    const broken = JSON.parse(ADA_TEXT) as { basics: { email: string }; 'x-companion': Record<string, unknown> };
    broken.basics.email = 'ada(at)example.org';
    broken['x-companion'].start_date = 'next spring';
    const status = await pasteAndImport(JSON.stringify(broken));
    expect(status).toMatch(/^Nothing imported: /);
    expect(status).toContain('basics.email: Enter an email address like name@example.com.');
    expect(status).toContain('x-companion.start_date: Enter a date as YYYY-MM-DD');
    expect(await options.locator('#import-status').getAttribute('data-state')).toBe('error');
    expect(await stored(VALUES_KEY)).toEqual(before);

    expect(await pasteAndImport('{ "basics": { "name": "Ada" }')).toMatch(
      /^Nothing imported: The document is not valid JSON/,
    );
    expect(await pasteAndImport('{ "name": "Ada" }')).toBe(
      'Nothing imported: This is not a JSON Resume document: it has none of basics, work, education or x-companion.',
    );

    const huge = Buffer.from(JSON.stringify({ basics: { name: 'Ada', summary: 'x'.repeat(600 * 1024) } }));
    await options.setInputFiles('#import-file', { name: 'huge.json', mimeType: 'application/json', buffer: huge });
    await expect
      .poll(importStatus)
      .toBe(`Nothing imported: The document is ${Math.ceil(huge.length / 1024)} KB; the limit is 512 KB.`);
    expect(await stored(VALUES_KEY)).toEqual(before);
  });

  it('marks a bad edit next to its field and saves nothing until it is fixed', async () => {
    const before = await stored(VALUES_KEY);
    await options.fill('#profile-email', 'ada-at-example');
    await options.fill('#profile-salary_expectation', '£95k');
    await options.click('button[type="submit"]');
    await expect
      .poll(() => options.locator('#save-status').innerText())
      .toBe('Not saved: fix the marked fields. Your stored values are unchanged.');
    expect(await options.locator('#profile-email-problem').innerText()).toBe(
      'Enter an email address like name@example.com.',
    );
    expect(await options.locator('#profile-salary_expectation-problem').innerText()).toMatch(/^Digits only/);
    expect(await options.locator('#profile-email').getAttribute('aria-invalid')).toBe('true');
    expect(await stored(VALUES_KEY)).toEqual(before);

    await options.fill('#profile-email', 'ada@lovelace.example');
    await options.fill('#profile-salary_expectation', '97000');
    await options.selectOption('#profile-salary_currency', 'CHF');
    await options.fill('#profile-start_date', '2027-02-01');
    await options.click('button[type="submit"]');
    await expect.poll(() => options.locator('#save-status').innerText()).toBe('Saved.');
    expect(await options.locator('#profile-email-problem').innerText()).toBe('');
    expect(await stored(VALUES_KEY)).toEqual({
      ...(before as Record<string, string>),
      email: 'ada@lovelace.example',
      salary_expectation: '97000',
      salary_currency: 'CHF',
      start_date: '2027-02-01',
    });
  });

  it('stores a resume file, refuses an oversized or foreign one while keeping it, and removes it', async () => {
    expect(await options.locator('#resume-current').innerText()).toBe('none stored');
    const cv = bytesOf(50_000);
    await options.setInputFiles('#resume-file', { name: 'ada-cv.pdf', mimeType: 'application/pdf', buffer: cv });
    await expect.poll(() => options.locator('#resume-status').innerText()).toBe('Stored ada-cv.pdf (49 KB).');
    expect(await options.locator('#resume-current').innerText()).toBe('ada-cv.pdf (49 KB)');
    const file = (await stored(RESUME_KEY)) as { name: string; type: string; size: number; base64: string };
    expect(file).toMatchObject({ name: 'ada-cv.pdf', type: 'application/pdf', size: cv.length });
    expect(Buffer.from(file.base64, 'base64').equals(cv)).toBe(true);

    await options.setInputFiles('#resume-file', {
      name: 'big.pdf',
      mimeType: 'application/pdf',
      buffer: bytesOf(2.5 * 1024 * 1024),
    });
    await expect
      .poll(() => options.locator('#resume-status').innerText())
      .toBe('big.pdf is 2.5 MB; the limit is 2.0 MB. The stored file was kept.');
    await options.setInputFiles('#resume-file', {
      name: 'cv.exe',
      mimeType: 'application/octet-stream',
      buffer: bytesOf(100),
    });
    await expect
      .poll(() => options.locator('#resume-status').innerText())
      .toBe('cv.exe is not a PDF, DOC, DOCX, RTF, TXT or ODT file. The stored file was kept.');
    expect(await stored(RESUME_KEY)).toEqual(file);

    // The page shows the stored file after a reload, and Remove deletes it.
    await reopen();
    expect(await options.locator('#resume-current').innerText()).toBe('ada-cv.pdf (49 KB)');
    await options.click('#resume-remove');
    await expect.poll(() => options.locator('#resume-status').innerText()).toBe('Removed the resume file.');
    expect(await stored(RESUME_KEY)).toBeUndefined();
    expect(await options.locator('#resume-current').innerText()).toBe('none stored');
    expect(await options.locator('#resume-remove').isHidden()).toBe(true);
  });

  it('exports the stored values as JSON Resume + x-companion, which imports back to the same values', async () => {
    const before = (await stored(VALUES_KEY)) as Record<string, string>;
    const [download] = await Promise.all([options.waitForEvent('download'), options.click('#export')]);
    expect(download.suggestedFilename()).toBe('companion-resume.json');
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as Record<string, unknown>;
    expect(exported).toMatchObject({
      basics: {
        name: 'Ada King Lovelace',
        email: 'ada@lovelace.example',
        location: { city: 'London', countryCode: 'GB' },
      },
      work: [{ name: 'Analytical Engines Ltd', position: 'Lead Programmer', highlights: ['Bernoulli numbers'] }],
      'x-companion': {
        first_name: 'Ada',
        salary_expectation: '97000',
        salary_currency: 'CHF',
        sponsorship: 'yes',
        phone_country_code: '+44',
      },
    });
    expect(await importStatus()).toBe(`Exported ${Object.keys(before).length} values as companion-resume.json.`);

    await removeStorage(options, [VALUES_KEY]);
    expect(await pasteAndImport(JSON.stringify(exported))).toBe(
      `Imported ${Object.keys(before).length} values and the summary and highlights for drafted answers.`,
    );
    expect(await stored(VALUES_KEY)).toEqual(before);
  });

  it('on a job form, the stored resume goes into the file input and the popup names what has no value', async () => {
    const cv = bytesOf(30_000);
    await options.setInputFiles('#resume-file', { name: 'ada-cv.pdf', mimeType: 'application/pdf', buffer: cv });
    await expect.poll(() => options.locator('#resume-status').innerText()).toBe('Stored ada-cv.pdf (29 KB).');
    const unanswered = new Set(['salary_expectation', 'start_date']);
    const held = Object.fromEntries(
      Object.entries((await stored(VALUES_KEY)) as Record<string, string>).filter(([name]) => !unanswered.has(name)),
    );
    await writeStorage(options, { [VALUES_KEY]: held });

    const page = await browser.open(`${siteOrigin}/apply.html`);
    await browser.fill(page);
    const status = await browser.waitForRuns(page, 1);
    expect(await page.inputValue('#em')).toBe(held.email);
    const upload = await page.evaluate(async () => {
      const file = (document.getElementById('cv') as HTMLInputElement).files?.[0];
      return file && { name: file.name, type: file.type, bytes: [...new Uint8Array(await file.arrayBuffer())] };
    });
    expect(upload?.name).toBe('ada-cv.pdf');
    expect(upload?.type).toBe('application/pdf');
    expect(Buffer.from(upload?.bytes ?? []).equals(cv)).toBe(true);

    expect(status.missingValues).toEqual(['salary_expectation', 'start_date']);
    const popup = await browser.openPopup(page);
    expect(await popup.locator('#missing-values').innerText()).toBe(
      'No value for: Salary expectation, Start date — add them in Options',
    );
    await popup.close();
    await page.close();
  });

  it('drafts an open question from the imported summary only once the person opts in', async () => {
    expect(await pasteAndImport(ADA_TEXT)).toMatch(/ and the summary and highlights for drafted answers\.$/);
    const page = await browser.open(`${siteOrigin}/apply-drafts.html`);
    await browser.fill(page);
    await browser.waitForRuns(page, 1);
    expect(await page.inputValue('#em')).toBe('ada@example.org');
    expect(await page.inputValue('#why')).toBe('');
    await page.close();

    await reopen();
    await options.check('#draft-answers');
    await options.click('button[type="submit"]');
    await expect.poll(() => options.locator('#save-status').innerText()).toBe('Saved.');
    const drafted = await browser.open(`${siteOrigin}/apply-drafts-2.html`);
    await browser.fill(drafted);
    await browser.waitForRuns(drafted, 1);
    // No server arm in this setup: the demo's default style, a paragraph from the person's own words.
    expect(await drafted.inputValue('#why')).toBe(
      'Writes programs for engines that do not exist yet. Highlights of my work as Lead Programmer at Analytical Engines Ltd: Bernoulli numbers.',
    );
    await drafted.close();
  });
});
