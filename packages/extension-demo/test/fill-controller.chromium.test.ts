/**
 * The demo's fill controller over the real SDK, in Chromium: a page that reads the résumé put into
 * its "upload to autofill" box and only then shows the rest of its form, a chat's one composer, and
 * an application in a frame of a dialog that "Easy Apply" opens.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from '@playwright/test';
import { bundleForPage } from '../../sdk/test/support/bundle.ts';
import { launchChromium } from '../../sdk/test/support/chromium.ts';

const ENTRY = fileURLToPath(new URL('./support/fill-controller-entry.ts', import.meta.url));

/** The page's read of the file: longer than a follow-up's wait, as résumé parsers take. */
const READ_MS = 900;

let browser: Browser;
let page: Page;
let script: string;

beforeAll(async () => {
  browser = await launchChromium();
  script = await bundleForPage(ENTRY);
});
afterAll(async () => browser?.close());

const PAGE_URL = 'https://jobs.example.com/apply';
const FRAME_URL = 'https://jobs.example.com/easy-apply';
const FRAME_FORM = `<form><label for="email">Email</label><input type="email" id="email" name="email"></form>`;

/** The page, its first upload labelled `label`; its script reads a file put there, then shows the rest. */
const html = (label: string) => `<form id="apply">
    <label for="autofill">${label}</label><input type="file" id="autofill">
    <p id="reading" role="status"></p>
    <div id="extra" hidden><label for="more">Additional documents</label><input type="file" id="more"></div>
    <div id="rest" hidden>
      <label for="email">Email</label><input type="email" id="email" name="email">
      <label for="city">City</label><input id="city" name="city">
    </div>
  </form>
  <script>
    document.getElementById('autofill').addEventListener('change', () => {
      document.getElementById('reading').textContent = 'Reading your resume…';
      document.getElementById('extra').hidden = false;
      setTimeout(() => {
        document.getElementById('reading').textContent = '';
        document.getElementById('rest').hidden = false;
      }, ${READ_MS});
    });
  </script>`;

/** Opens the page with the `label` on its first upload, and a controller with a résumé to give. */
async function open(label: string): Promise<void> {
  await openPage(html(label));
}

/** Opens `body` and a controller of a person with a résumé, an email, a city and a name. */
async function openPage(body: string): Promise<void> {
  page = await browser.newPage();
  // Served from an https address: the SDK's form signature needs a secure context's crypto.subtle.
  await page.route(PAGE_URL, (route) => route.fulfill({ contentType: 'text/html', body }));
  await page.route(FRAME_URL, (route) => route.fulfill({ contentType: 'text/html', body: FRAME_FORM }));
  await page.goto(PAGE_URL);
  await page.addScriptTag({ content: script });
  await page.evaluate(() => {
    const { createOfflineCompanion, resumeFile, createFillController } = window.fillController;
    const companion = createOfflineCompanion({
      values: { email: 'ada@example.com', city: 'London', first_name: 'Ada', last_name: 'Lovelace' },
      files: { resume_upload: resumeFile('Ada_Resume.pdf') },
    });
    const controller = createFillController({ companion, document, serverStatusOf: () => undefined });
    (window as unknown as { controller: typeof controller }).controller = controller;
  });
}

/** Asks for a fill as the popup does; resolves with what the page shows when the command answers. */
const fillAsked = () =>
  page.evaluate(async () => {
    const { controller } = window as unknown as {
      controller: { fill(): Promise<void>; status(): { runs: number; fieldsFilled: number } };
    };
    const seen: number[] = [];
    const watch = setInterval(() => seen.push(controller.status().fieldsFilled), 50);
    await controller.fill();
    clearInterval(watch);
    return {
      runs: controller.status().runs,
      fieldsFilled: controller.status().fieldsFilled,
      // What the popup could read while the fill waited on the page's read.
      seenWhileFilling: [...new Set(seen)],
      shown: !document.getElementById('rest')!.hidden,
      upload: (document.getElementById('autofill') as HTMLInputElement).files?.[0]?.name,
      email: (document.getElementById('email') as HTMLInputElement).value,
      city: (document.getElementById('city') as HTMLInputElement).value,
    };
  });

describe('a page that reads the résumé before it shows the rest of its form', () => {
  it('waits for the read and fills what the page then shows, in the same command', async () => {
    await open('Upload your resume to autofill the application');
    const answered = await fillAsked();
    // The command answered once the page had read the file and what it then showed was filled,
    // in one run with the upload the page showed at once; meanwhile the popup saw the figures of
    // before, not half of this fill.
    expect(answered).toEqual({
      runs: 2,
      fieldsFilled: 3,
      seenWhileFilling: [0],
      shown: true,
      upload: 'Ada_Resume.pdf',
      email: 'ada@example.com',
      city: 'London',
    });
    await page.close();
  });

  it('does not wait after a plain résumé upload', async () => {
    await open('Resume');
    const answered = await fillAsked();
    expect(answered).toMatchObject({ runs: 1, fieldsFilled: 1, shown: false, upload: 'Ada_Resume.pdf', email: '' });
    await page.close();
  });
});

describe("a step drawn in place of the last, its pick where the last one's was", () => {
  const steps = `<form id="apply"><div id="step"><label>City <select><option></option><option>Paris</option>
      <option>London</option></select></label></div><button type="button" id="next">Next</button></form>
    <script>
      document.getElementById('next').addEventListener('click', () => {
        document.getElementById('step').innerHTML = '<label>Town you live in <select><option></option>' +
          '<option>Leeds</option><option>London</option></select></label>';
      });
    </script>`;

  it("fills the next step's pick, though the last step's pick had its place", async () => {
    await openPage(steps);
    const pick = page.locator('#step select');
    await page.evaluate(() => (window as unknown as { controller: { watch(): void } }).controller.watch());
    await expect.poll(() => pick.inputValue()).toBe('London');
    await page.click('#next');
    await expect.poll(() => pick.inputValue()).toBe('London');
    await page.close();
  });
});

describe('a chat that asks every question through one composer', () => {
  const chat = `<div role="log" id="log"><div>Hi! What's your first name?</div></div>
    <div class="dock"><input id="composer" placeholder="Type your answer…"><button type="button" id="send">Send</button></div>
    <script>
      const asked = ['And your last name?', 'Thanks! We will be in touch.'];
      document.getElementById('send').addEventListener('click', () => {
        const composer = document.getElementById('composer');
        for (const text of [composer.value, asked.shift()]) {
          const message = document.createElement('div');
          message.textContent = text;
          document.getElementById('log').append(message);
        }
        composer.value = '';
      });
    </script>`;

  it('fills the composer again when it asks the next question, and leaves it cleared by the person under the same one', async () => {
    await openPage(chat);
    const composer = page.locator('#composer');
    await page.evaluate(() => (window as unknown as { controller: { watch(): void } }).controller.watch());
    await expect.poll(() => composer.inputValue()).toBe('Ada');
    await page.click('#send');
    await expect.poll(() => composer.inputValue()).toBe('Lovelace');
    // The person clears the box under the same question: it stays theirs.
    await composer.fill('');
    await page.evaluate(() => document.getElementById('log')!.append(document.createElement('span')));
    await page.waitForTimeout(800);
    expect(await composer.inputValue()).toBe('');
    await page.close();
  });
});

describe('a chat whose composer first answered beside a dial-code select', () => {
  const chat = `<div role="log" id="log"><div>What's your mobile number?</div></div>
    <form class="dock" onsubmit="return false">
      <select id="dial" name="dial"><option>+1</option><option>+44</option></select>
      <input id="composer" type="tel" placeholder="Mobile number"><button type="button" id="send">Send</button>
    </form>
    <script>
      document.getElementById('send').addEventListener('click', () => {
        document.getElementById('dial').remove();
        const composer = document.getElementById('composer');
        composer.type = 'text';
        composer.placeholder = 'Type your answer…';
        composer.value = '';
        const message = document.createElement('div');
        message.textContent = 'And your last name?';
        document.getElementById('log').append(message);
      });
    </script>`;

  it('fills the composer once it asks a question of its own, though it asked none the scan could name before', async () => {
    await openPage(chat);
    const composer = page.locator('#composer');
    await page.evaluate(() => (window as unknown as { controller: { watch(): void } }).controller.watch());
    await page.waitForTimeout(800);
    await page.click('#send');
    await expect.poll(() => composer.inputValue()).toBe('Lovelace');
    await page.close();
  });
});

describe('an application in a frame of a dialog that "Easy Apply" opens', () => {
  const board = `<h1>Data Engineer</h1><button type="button" id="easy">Easy Apply</button>
    <dialog id="apply"><iframe id="frame" data-src="${FRAME_URL}"></iframe></dialog>
    <script>
      document.getElementById('easy').addEventListener('click', () => {
        const frame = document.getElementById('frame');
        frame.setAttribute('src', frame.dataset.src);
        document.getElementById('apply').showModal();
      });
    </script>`;

  it('fills the frame once the dialog is open and its form loaded, long after the page loaded', async () => {
    await openPage(board);
    await page.evaluate(() => (window as unknown as { controller: { watch(): void } }).controller.watch());
    await page.waitForTimeout(800);
    await page.click('#easy');
    const email = () => page.frameLocator('#frame').locator('#email').inputValue();
    await expect.poll(email, { timeout: 5_000 }).toBe('ada@example.com');
    await page.close();
  });
});

describe('a careers widget that draws the application into its shadow root once its own button is pressed', () => {
  const widget = `<h1>Careers</h1><careers-widget></careers-widget>
    <script>
      customElements.define('careers-widget', class extends HTMLElement {
        connectedCallback() {
          const root = this.attachShadow({ mode: 'open' });
          root.innerHTML = '<p>Data Engineer</p><button type="button" id="apply">Apply for this job</button>';
          root.getElementById('apply').addEventListener('click', () => {
            const form = document.createElement('form');
            form.innerHTML = '<label for="email">Email</label><input type="email" id="email" name="email">';
            root.append(form);
          });
        }
      });
    </script>`;

  it('fills the form the widget draws after the page settled', async () => {
    await openPage(widget);
    await page.evaluate(() => (window as unknown as { controller: { watch(): void } }).controller.watch());
    await page.waitForTimeout(800);
    await page.click('careers-widget >> #apply');
    const email = () => page.locator('careers-widget >> #email').inputValue();
    await expect.poll(email, { timeout: 5_000 }).toBe('ada@example.com');
    await page.close();
  });
});
