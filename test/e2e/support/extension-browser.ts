import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import type { PageStatus } from '../../../packages/extension-demo/src/messages/demo-messages.ts';
import type { DemoSettings } from '../../../packages/extension-demo/src/settings/demo-settings.ts';

/**
 * The extension APIs the tests call inside the service worker (`worker.evaluate` runs there, where
 * `chrome` and the demo's debug handle exist). Declared minimally: only what is used.
 */
interface WorkerGlobals {
  chrome: {
    storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
    tabs: {
      query(filter: Record<string, unknown>): Promise<{ id?: number; url?: string }[]>;
      sendMessage(tabId: number, message: unknown, options?: { frameId: number }): Promise<unknown>;
    };
  };
  companionDemo: {
    installId(): Promise<string>;
    settings(): Promise<DemoSettings>;
    fillTab(tabId: number): Promise<unknown>;
    fillActiveTab(): Promise<unknown>;
    flush(): Promise<unknown>;
  };
}

/** The user's own values, canonical → value (they stay in the browser profile). */
export type ProfileValues = Record<string, string>;

/** One browser profile with the demo extension loaded unpacked: one install. */
export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  installId: string;
  /** Writes settings and values to browser.storage.local and waits until the worker uses them. */
  configure(settings: Partial<DemoSettings>, values?: ProfileValues): Promise<void>;
  /** Opens a page in a new tab and waits for load. */
  open(url: string): Promise<Page>;
  /** The tab id of a page (found by its URL). */
  tabId(page: Page): Promise<number>;
  /** The page's fill status, as the popup reads it from the content script. */
  status(page: Page): Promise<PageStatus>;
  /** Polls the status until `runs` fills have happened. */
  waitForRuns(page: Page, runs: number): Promise<PageStatus>;
  /** Opens the popup page in a tab, aimed at `page`'s tab, and waits until it has rendered. */
  openPopup(page: Page): Promise<Page>;
  /** Presses Fill the way the keyboard command does (the worker messages the tab). */
  fill(page: Page): Promise<void>;
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
  const installId = await worker.evaluate(() => (globalThis as unknown as WorkerGlobals).companionDemo.installId());

  async function tabId(page: Page): Promise<number> {
    const url = page.url();
    const id = await worker.evaluate(async (target) => (await (globalThis as unknown as WorkerGlobals).chrome.tabs.query({})).find((tab) => tab.url === target)?.id, url);
    if (id === undefined) throw new Error(`no tab for ${url}`);
    return id;
  }

  async function status(page: Page): Promise<PageStatus> {
    const id = await tabId(page);
    return (await worker.evaluate(
      (tab) => (globalThis as unknown as WorkerGlobals).chrome.tabs.sendMessage(tab, { type: 'demo.status' }, { frameId: 0 }),
      id,
    )) as PageStatus;
  }

  return {
    context,
    worker,
    extensionId,
    installId,
    async configure(settings, values) {
      await worker.evaluate(
        async ({ settings, values }) => {
          const current = await (globalThis as unknown as WorkerGlobals).companionDemo.settings();
          const items: Record<string, unknown> = { 'demo.settings.v1': { ...current, ...settings } };
          if (values) items['demo.profileValues.v1'] = values;
          await (globalThis as unknown as WorkerGlobals).chrome.storage.local.set(items);
          // The worker swaps its SDK session on the change; wait until it runs with these settings.
          for (;;) {
            const applied = await (globalThis as unknown as WorkerGlobals).companionDemo.settings();
            if (Object.entries(settings).every(([key, value]) => applied[key as keyof DemoSettings] === value)) return;
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        },
        { settings, values },
      );
    },
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    tabId,
    status,
    async waitForRuns(page, runs) {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const current = await status(page).catch(() => undefined);
        if (current && current.runs >= runs) return current;
        if (Date.now() > deadline) throw new Error(`page did not reach ${runs} fill runs: ${JSON.stringify(current)}`);
        await page.waitForTimeout(50);
      }
    },
    async openPopup(page) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 348, height: 200 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabId(page)}`);
      await popup.locator('body[data-ready="true"]').waitFor();
      return popup;
    },
    async fill(page) {
      const id = await tabId(page);
      await worker.evaluate((tab) => (globalThis as unknown as WorkerGlobals).companionDemo.fillTab(tab), id);
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
