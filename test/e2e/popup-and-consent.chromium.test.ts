/**
 * The demo's controls on a fresh install: telemetry is off until the user opts in (nothing is
 * queued or sent before), fill-on-load is off (nothing happens until Fill), the popup's Fill
 * button and the keyboard command's path both fill the page, and the options page stores the
 * user's values on the device.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { buildExtensionForTest } from './support/built-extension.ts';
import { CANARY_VALUES } from './support/canary-profile.ts';
import { readEventRows, waitForEventRows } from './support/event-rows.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser.ts';
import { startFixtureSite, type FixtureSite } from './support/fixture-site.ts';
import { startRecordingProxy, type RecordingProxy } from './support/recording-proxy.ts';
import { submit } from './support/simulated-user.ts';

let site: FixtureSite;
let server: ServerProcess;
let proxy: RecordingProxy;
let browser: ExtensionBrowser;
let visits = 0;

beforeAll(async () => {
  const [extension, fixtureSite, serverProcess] = await Promise.all([buildExtensionForTest(), startFixtureSite(), startServerProcess()]);
  [site, server] = [fixtureSite, serverProcess];
  proxy = await startRecordingProxy(server.url);
  browser = await launchExtensionBrowser(extension.dir);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([proxy?.close(), site?.close(), server?.stop()]);
});

const syncRequests = () => proxy.requests.filter((request) => request.url.startsWith('/api/extension/learning/sync'));

describe('popup, Fill and consent in Chromium', () => {
  it('the options page saves the values on the device, with telemetry and fill-on-load off by default', async () => {
    const options = await browser.open(`chrome-extension://${browser.extensionId}/options.html`);
    expect(await options.isChecked('#telemetry')).toBe(false);
    expect(await options.isChecked('#fill-on-load')).toBe(false);
    await options.fill('#server-url', proxy.url);
    for (const [name, value] of Object.entries(CANARY_VALUES)) {
      if (await options.locator(`#profile-${name}`).count()) await options.fill(`#profile-${name}`, value);
    }
    await options.click('button[type="submit"]');
    await expect.poll(() => options.locator('#save-status').innerText()).toBe('Saved.');
    await options.close();
    // Timings for the test: send at once, always ask the server. Consent stays off.
    await browser.configure({ syncDelaySeconds: 0, profileCacheMinutes: 0 });
    expect(await browser.worker.evaluate(() => (globalThis as unknown as { companionDemo: { settings(): Promise<unknown> } }).companionDemo.settings())).toMatchObject({
      serverUrl: proxy.url,
      telemetry: false,
      fillOnLoad: false,
    });
  });

  it('nothing fills until Fill is pressed in the popup', async () => {
    const page = await browser.open(site.url('greenhouse.html', String(++visits)));
    const popup = await browser.openPopup(page);
    expect(await popup.locator('#profile-source').innerText()).toBe('Not filled yet — press Fill');
    expect(await page.inputValue('input[name="job_application[email]"]')).toBe('');

    await popup.click('#fill');
    await expect.poll(() => popup.locator('#fields-filled').innerText()).toBe('7 fields filled');
    expect(await popup.locator('#profile-source').innerText()).toBe('Heuristics');
    expect(await popup.locator('#stats').innerText()).toBe('Telemetry is off: nothing is sent');
    expect(await page.inputValue('input[name="job_application[email]"]')).toBe(CANARY_VALUES.email);
    await popup.close();

    // Without consent the finished run is not queued: no sync request, no stored event.
    await submit(page, '#submit_app');
    await page.locator('#submitted').waitFor({ state: 'visible' });
    await expect.poll(async () => (await browser.status(page)).lastRun).toEqual({ outcome: 'no_consent', status: 'ok' });
    const stats = await browser.worker.evaluate(() => (globalThis as unknown as { companionDemo: { stats(): Promise<unknown> } }).companionDemo.stats());
    expect(stats).toMatchObject({ pending: 0, sent: 0 });
    expect(syncRequests()).toHaveLength(0);
    await page.close();
  });

  it('the keyboard command path fills the active tab; after opting in, its run is sent', async () => {
    await browser.configure({ telemetry: true });
    const page = await browser.open(site.url('greenhouse.html', String(++visits)));
    await page.bringToFront();
    await browser.worker.evaluate(() => (globalThis as unknown as { companionDemo: { fillActiveTab(): Promise<unknown> } }).companionDemo.fillActiveTab());
    expect(await browser.waitForRuns(page, 1)).toMatchObject({ fieldsFilled: 7 });
    await submit(page, '#submit_app');
    await page.locator('#submitted').waitFor({ state: 'visible' });
    await expect.poll(async () => (await browser.status(page)).lastRun).toEqual({ outcome: 'queued', status: 'ok' });
    const [row] = await waitForEventRows(server.dbPath, 1);
    expect(row).toMatchObject({ install_id: browser.installId, status: 'ok' });
    expect(syncRequests().length).toBeGreaterThan(0);
    expect(readEventRows(server.dbPath)).toHaveLength(1);
    await page.close();
  });
});
