/**
 * Firefox ESR with the demo extension, driven by puppeteer-core over WebDriver BiDi (Playwright
 * cannot drive Debian's Firefox with an extension). One launch is one profile, so one install.
 *
 *   launch(profile prefs: pinned moz-extension host, no idle suspend) ─► installExtension(dir)
 *   ─► a control tab on the extension's options page ─► browser.runtime.getBackgroundPage()
 *      └ every background call of the tests (configure, status, Fill) runs from there
 *
 * Facts this relies on (checked with Firefox ESR 153): the moz-extension host is random per
 * profile unless `extensions.webextensions.uuids` pins it; BiDi navigates to moz-extension:// only
 * with `--remote-allow-system-access`, and that navigation never reports completion (so it is not
 * awaited: the page's own "ready" mark is); there is no worker target, only the event page, which
 * Firefox suspends after 30 s idle unless `extensions.background.idle.timeout` says otherwise.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../packages/extension-demo/src/manifest.ts';
import {
  backgroundCall,
  createBackgroundControls,
  type BackgroundAccess,
  type BackgroundFunction,
} from './extension-background.ts';
import type { BrowserUnderTest, ExtensionInstall } from './extension-install.ts';
import { firefoxE2ePage } from './firefox-e2e-page.ts';

/** Debian's Firefox ESR (scripts/ensure-test-system.mjs installs it). */
const FIREFOX_EXECUTABLE = '/usr/bin/firefox-esr';

/** The page a control tab stays on: any extension page has `browser.runtime.getBackgroundPage()`. */
const CONTROL_PAGE = 'options.html';

/** Opens an extension page in `page` and resolves once it has rendered (`body[data-ready]`). */
async function showExtensionPage(page: Page, url: string): Promise<void> {
  // Never settles for moz-extension:// (see above). Polled with fresh evaluations, not
  // waitForFunction: puppeteer misses this navigation too, and a wait started before it commits
  // stays in the old document for good.
  void page.goto(url).catch(() => undefined);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const ready = await page
      .evaluate((target) => location.href === target && document.body?.dataset.ready === 'true', url)
      .catch(() => false);
    if (ready) return;
    if (Date.now() > deadline) throw new Error(`${url} did not render within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The event page as a {@link BackgroundAccess}, reached from an extension page in `controlTab`. */
function eventPageAccess(controlTab: Page): BackgroundAccess {
  return {
    run: <A, R>(fn: BackgroundFunction<A, R>, arg: A) =>
      controlTab.evaluate(
        `(async () => {
          const background = await browser.runtime.getBackgroundPage();
          return ${backgroundCall('{ api: browser, companionDemo: background.companionDemo }', fn, arg)};
        })()`,
      ) as Promise<R>,
  };
}

/** Launches Firefox ESR on a fresh profile and installs the unpacked extension from `extensionDir`. */
export async function launchFirefoxInstall(extensionDir: string): Promise<ExtensionInstall> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'companion-e2e-firefox-'));
  const host = randomUUID();
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_EXECUTABLE,
      headless: true,
      userDataDir,
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 900, height: 900 },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: host }),
        'extensions.background.idle.timeout': 3_600_000,
      },
    });
    return await installInto(browser, extensionDir, host, userDataDir);
  } catch (error) {
    await browser?.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

async function installInto(
  browser: Browser,
  extensionDir: string,
  host: string,
  userDataDir: string,
): Promise<ExtensionInstall> {
  const installed = await browser.installExtension(extensionDir);
  if (installed !== GECKO_ID) throw new Error(`Firefox installed the extension as ${installed}, not ${GECKO_ID}`);
  const extensionUrl = (path: string) => `moz-extension://${host}/${path}`;
  const controlTab = (await browser.pages())[0] ?? (await browser.newPage());
  await showExtensionPage(controlTab, extensionUrl(CONTROL_PAGE));
  const controls = createBackgroundControls(eventPageAccess(controlTab));

  async function openExtensionPage(path: string): Promise<Page> {
    const page = await browser.newPage();
    await showExtensionPage(page, extensionUrl(path));
    return page;
  }

  return {
    ...controls,
    installId: await controls.installId(),
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return firefoxE2ePage(page);
    },
    openExtensionPage: async (path) => firefoxE2ePage(await openExtensionPage(path)),
    async openPopup(page) {
      const popup = await openExtensionPage(`popup.html?tab=${await controls.tabId(page)}`);
      await popup.setViewport({ width: 348, height: 200 });
      return firefoxE2ePage(popup);
    },
    async close() {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Firefox ESR for the cross-browser scenarios. */
export const FIREFOX: BrowserUnderTest = { name: 'Firefox', launch: launchFirefoxInstall };
