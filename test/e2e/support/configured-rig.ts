import { startServerProcess, type ServerProcess } from '../../support/server-process.ts';
import { buildExtensionForTest } from './built-extension.ts';
import { CANARY_VALUES } from './canary-profile.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from './extension-browser.ts';
import { startFixtureSite, type FixtureSite } from './fixture-site.ts';

/** The fixture site, a real server and one browser profile with the demo extension, set up to fill and send at once. */
export interface ConfiguredRig {
  site: FixtureSite;
  server: ServerProcess;
  browser: ExtensionBrowser;
  close(): Promise<void>;
}

/**
 * Starts the rig most e2e files share: telemetry on, fill on load, no profile cache and no sync
 * delay (so each run reaches the server at once), and the canary values as the user's profile.
 */
export async function startConfiguredRig(): Promise<ConfiguredRig> {
  const [extension, site, server] = await Promise.all([buildExtensionForTest(), startFixtureSite(), startServerProcess()]);
  const browser = await launchExtensionBrowser(extension.dir);
  await browser.configure(
    { serverUrl: server.url, telemetry: true, fillOnLoad: true, profileCacheMinutes: 0, syncDelaySeconds: 0 },
    { ...CANARY_VALUES },
  );
  return {
    site,
    server,
    browser,
    async close() {
      await browser.close();
      await Promise.all([site.close(), server.stop()]);
    },
  };
}
