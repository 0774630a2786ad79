import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import {
  backgroundCall,
  createBackgroundControls,
  type BackgroundAccess,
  type BackgroundControls,
} from './extension-background.ts';
import type { PageAtUrl } from './e2e-page.ts';

export type { ProfileValues } from './extension-background.ts';

/** One Chromium profile with the demo extension loaded unpacked: one install. */
export interface ExtensionBrowser extends Omit<BackgroundControls, 'installId'> {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  installId: string;
  /** Opens a page in a new tab and waits for load. */
  open(url: string): Promise<Page>;
  /** Opens the popup page in a tab, aimed at `page`'s tab, and waits until it has rendered. */
  openPopup(page: PageAtUrl): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium flags for one unpacked extension, headless, quiet. */
function launchArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ];
}

/** The service worker as a {@link BackgroundAccess}: `chrome` and the debug handle are its globals. */
function serviceWorkerAccess(worker: Worker): BackgroundAccess {
  return {
    run: (fn, arg) =>
      worker.evaluate(backgroundCall('{ api: chrome, companionDemo: globalThis.companionDemo }', fn, arg)),
  };
}

/** Launches a fresh persistent context (a new install with its own install id). */
export async function launchExtensionBrowser(extensionDir: string): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'companion-e2e-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: launchArgs(extensionDir),
    viewport: { width: 900, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const controls = createBackgroundControls(serviceWorkerAccess(worker));
  const installId = await controls.installId();

  return {
    context,
    worker,
    extensionId,
    ...controls,
    installId,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async openPopup(page) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 348, height: 200 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await controls.tabId(page)}`);
      await popup.locator('body[data-ready="true"]').waitFor();
      return popup;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
