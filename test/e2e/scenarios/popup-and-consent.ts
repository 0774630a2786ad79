/**
 * The demo's controls on a fresh install (the same scenario in Chromium and Firefox:
 * popup-and-consent.<browser>.test.ts): telemetry is off until the user opts in (nothing is
 * queued or sent before), fill-on-load is off (nothing happens until Fill), the popup's Fill
 * button and the keyboard command's path both fill the page, and the options page stores the
 * user's values on the device.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '@companion-autofill/test-kit/server-process';
import { buildExtensionForTest } from '../support/built-extension.ts';
import { CANARY_VALUES } from '../support/canary-profile.ts';
import { storedRuns, waitForStoredRuns, withStore } from '@companion-autofill/test-kit/store-reads';
import type { BrowserUnderTest, ExtensionInstall } from '../support/extension-install.ts';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site.ts';
import { startRecordingProxy, type RecordingProxy } from '../support/recording-proxy.ts';

/** The popup, Fill and consent in `target`, one `describe` for the calling test file. */
export function describePopupAndConsent(target: BrowserUnderTest): void {
  let site: FixtureSite;
  let server: ServerProcess;
  let proxy: RecordingProxy;
  let install: ExtensionInstall;
  let visits = 0;

  beforeAll(async () => {
    const [extension, fixtureSite, serverProcess] = await Promise.all([
      buildExtensionForTest(),
      startFixtureSite(),
      startServerProcess(),
    ]);
    [site, server] = [fixtureSite, serverProcess];
    proxy = await startRecordingProxy(server.url);
    install = await target.launch(extension.dir);
  });

  afterAll(async () => {
    await install?.close();
    await Promise.all([proxy?.close(), site?.close(), server?.stop()]);
  });

  const syncRequests = () => proxy.requests.filter((request) => request.url.startsWith('/api/extension/learning/sync'));

  describe(`popup, Fill and consent in ${target.name}`, () => {
    it('the options page saves the values on the device, with telemetry and fill-on-load off by default', async () => {
      const options = await install.openExtensionPage('options.html');
      expect(await options.isChecked('#telemetry')).toBe(false);
      expect(await options.isChecked('#fill-on-load')).toBe(false);
      await options.fill('#server-url', proxy.url);
      for (const [name, value] of Object.entries(CANARY_VALUES)) {
        if (await options.count(`#profile-${name}`)) await options.fill(`#profile-${name}`, value);
      }
      await options.click('button[type="submit"]');
      await expect.poll(() => options.text('#save-status')).toBe('Saved.');
      await options.close();
      // Timings for the test: send at once, always ask the server. Consent stays off.
      await install.configure({ syncDelaySeconds: 0, profileCacheMinutes: 0 });
      expect(await install.settings()).toMatchObject({ serverUrl: proxy.url, telemetry: false, fillOnLoad: false });
    });

    it('nothing fills until Fill is pressed in the popup', async () => {
      const page = await install.open(site.url('greenhouse.html', String(++visits)));
      const popup = await install.openPopup(page);
      expect(await popup.text('#profile-source')).toBe('Not filled yet — press Fill');
      expect(await page.inputValue('input[name="job_application[email]"]')).toBe('');

      await popup.click('#fill');
      await expect.poll(() => popup.text('#fields-filled')).toBe('7 fields filled');
      expect(await popup.text('#profile-source')).toBe('Heuristics');
      expect(await popup.text('#stats')).toBe('Telemetry is off: nothing is sent');
      expect(await page.inputValue('input[name="job_application[email]"]')).toBe(CANARY_VALUES.email);
      await popup.close();

      // Without consent the finished run is not queued: no sync request, no stored event.
      await page.click('#submit_app');
      await page.waitVisible('#submitted');
      await expect
        .poll(async () => (await install.status(page)).lastRun)
        .toEqual({ outcome: 'no_consent', status: 'ok' });
      expect(await install.outboxStats()).toMatchObject({ pending: 0, sent: 0 });
      expect(syncRequests()).toHaveLength(0);
      await page.close();
    });

    it('the keyboard command path fills the active tab; after opting in, its run is sent', async () => {
      await install.configure({ telemetry: true });
      const page = await install.open(site.url('greenhouse.html', String(++visits)));
      await page.bringToFront();
      await install.fillActiveTab();
      expect(await install.waitForRuns(page, 1)).toMatchObject({ fieldsFilled: 7 });
      await page.click('#submit_app');
      await page.waitVisible('#submitted');
      await expect.poll(async () => (await install.status(page)).lastRun).toEqual({ outcome: 'queued', status: 'ok' });
      expect(await install.status(page)).toMatchObject({ runs: 1, runsEnded: 1 });
      const [run] = await waitForStoredRuns(server.dbPath, 1);
      expect(run).toMatchObject({ installId: install.installId, status: 'ok' });
      expect(syncRequests().length).toBeGreaterThan(0);
      expect(await withStore(server.dbPath, storedRuns)).toHaveLength(1);
      await page.close();
    });
  });
}
