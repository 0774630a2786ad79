import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedEvents, waitForStoredRuns, withStore } from '@companion-autofill/test-kit/store-reads';
import { startFixtureSite, type FixtureSite } from '../e2e/support/fixture-site.ts';
import { startServerProcess, type ServerProcess } from '@companion-autofill/test-kit/server-process';
import { buildConsumerExtension, type ConsumerExtension } from './support/consumer-extension.ts';
import { packSdk } from './support/packed-sdk.ts';

const API_KEY = 'consumer-test-key-0123456789';
const VALUES = {
  full_name: 'Ada Lovelace',
  first_name: 'Ada',
  last_name: 'Lovelace',
  email: 'ada@example.com',
  phone: '+1 415 555 0134',
};

/** `chrome` inside the extension's service worker, as far as this test uses it. */
interface WorkerGlobals {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
}

/**
 * The SDK as a developer outside this repository gets it: the packed tarball installed into an
 * empty project, the README's example type-checked (strict) and bundled there, loaded unpacked in
 * Chromium, filling a form with a real server behind it.
 */
describe('the SDK README example, built from the packed SDK', () => {
  let server: ServerProcess;
  let site: FixtureSite;
  let extension: ConsumerExtension;
  let context: BrowserContext;
  let worker: Worker;
  let userDataDir = '';

  beforeAll(async () => {
    [server, site] = await Promise.all([
      startServerProcess({ env: { COMPANION_API_KEYS: API_KEY } }),
      startFixtureSite(),
    ]);
    extension = await buildConsumerExtension(await packSdk(), {
      serverUrl: server.url,
      apiKey: API_KEY,
      pagesMatch: 'http://127.0.0.1/*',
    });
    userDataDir = mkdtempSync(join(tmpdir(), 'companion-consumer-profile-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [
        `--disable-extensions-except=${extension.distDir}`,
        `--load-extension=${extension.distDir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    await Promise.all([server?.stop(), site?.close()]);
    if (extension) rmSync(extension.projectDir, { recursive: true, force: true });
  });

  it('type-checks with strict TypeScript against the published declarations', () => {
    expect(extension.typecheckOutput).toBe('');
  });

  it('fills the form from the values, asks the server for the profile, and delivers the run to it', async () => {
    // What the developer's options page would save.
    await worker.evaluate(
      (values) => (globalThis as unknown as WorkerGlobals).chrome.storage.local.set({ values, consent: true }),
      VALUES,
    );
    const page = await context.newPage();
    await page.goto(site.url('lever.html'), { waitUntil: 'load' });

    await expect.poll(() => page.inputValue('input[name="email"]'), { timeout: 15_000 }).toBe(VALUES.email);
    expect(await page.inputValue('input[name="name"]')).toBe(VALUES.full_name);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/^applylens_autofill_profile_requests_total\{result="unknown"\} 1$/m);

    await page.click('#btn-submit');
    await page.locator('#thanks').waitFor();
    // The outbox sends a non-full batch 30 s after its first event (the SDK's default interval); if
    // Chromium stops the idle worker first, the one-minute flush alarm sends it.
    const [run] = await waitForStoredRuns(server.dbPath, 1, 110_000);
    expect(run).toMatchObject({ status: 'ok', editChars: 0 });
    const [event] = await withStore(server.dbPath, storedEvents);
    expect(event?.finalMap).toMatchObject({
      'input[name="email"]': 'email',
      'input[name="name"]': 'full_name',
    });
  }, 200_000);
});
