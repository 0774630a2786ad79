import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { launchChromium } from './chromium.ts';
import { bundleForPage } from './bundle.ts';
import { type FixtureServer, startFixtureServer } from './fixture-server.ts';

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));
const SDK_ENTRY = fileURLToPath(new URL('./sdk-entry.ts', import.meta.url));
const REACT_FORM_ENTRY = fileURLToPath(new URL('../fixtures/react-form.ts', import.meta.url));

/** A browser, a fixture server with the SDK bundle at `/sdk.js`, and a way to open pages. */
export interface Harness {
  server: FixtureServer;
  browser: Browser;
  /** Uncaught errors of every page opened so far; tests assert it stays empty. */
  pageErrors: string[];
  /** Opens a fixture page (path under test/fixtures) in a fresh context and waits for load. */
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Starts the harness for one test file: bundles the SDK entry (and the React fixture), serves the
 * fixtures from 127.0.0.1 and launches the system Chromium headless.
 */
export async function startHarness(): Promise<Harness> {
  const [sdk, reactForm] = await Promise.all([bundleForPage(SDK_ENTRY), bundleForPage(REACT_FORM_ENTRY)]);
  const server = await startFixtureServer(FIXTURES_DIR, { '/sdk.js': sdk, '/react-form.js': reactForm });
  const browser = await launchChromium();
  const pageErrors: string[] = [];
  return {
    server,
    browser,
    pageErrors,
    async open(path) {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(server.url(path), { waitUntil: 'load' });
      await page.waitForFunction(() => window.companionSdk !== undefined);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
