import type { DemoSettings } from '../../../packages/extension-demo/src/settings/demo-settings.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../e2e/support/extension-browser.ts';
import { PROFILE_VALUES, RESUME_FILE } from '../profile.ts';

/** Storage key of the resume file the demo keeps on the device. */
const RESUME_FILE_KEY = 'demo.resumeFile.v1';

/** The service worker's extension API, as far as this file uses it. */
interface WorkerStorage {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
  companionDemo: { flush(): Promise<unknown> };
}

/** The settings every accuracy install runs with: fill on load, send at once, never cache a profile. */
function accuracySettings(serverUrl: string, telemetry = true): Partial<DemoSettings> {
  return { serverUrl, telemetry, fillOnLoad: true, profileCacheMinutes: 0, syncDelaySeconds: 0 };
}

/**
 * A fresh browser profile with the built demo extension (a new install, its own install id),
 * holding the whole job-seeker profile and the resume file. `telemetry: false` makes an install
 * that measures without sending anything (the learning run's baseline).
 */
export async function launchAccuracyInstall(
  extensionDir: string,
  serverUrl: string,
  telemetry = true,
): Promise<ExtensionBrowser> {
  const browser = await launchExtensionBrowser(extensionDir);
  try {
    await browser.worker.evaluate((items) => (globalThis as unknown as WorkerStorage).chrome.storage.local.set(items), {
      [RESUME_FILE_KEY]: { ...RESUME_FILE },
    });
    await browser.configure(accuracySettings(serverUrl, telemetry), { ...PROFILE_VALUES });
    return browser;
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Asks the install's outbox to send what it holds now (the sync delay is 0; this covers retries). */
export async function flushInstall(browser: ExtensionBrowser): Promise<void> {
  await browser.worker.evaluate(() => (globalThis as unknown as WorkerStorage).companionDemo.flush());
}
