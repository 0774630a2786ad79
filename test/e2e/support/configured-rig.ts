import { startServerProcess, type ServerProcess } from '@companion-autofill/test-kit/server-process';
import { buildExtensionForTest } from './built-extension.ts';
import { CANARY_VALUES } from './canary-profile.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from './extension-browser.ts';
import type { BrowserUnderTest, ExtensionInstall } from './extension-install.ts';
import { startFixtureSite, type FixtureSite } from './fixture-site.ts';

/** The fixture site, a real server and one browser profile with the demo extension, set up to fill and send at once. */
export interface ConfiguredRig {
  site: FixtureSite;
  server: ServerProcess;
  install: ExtensionInstall;
  close(): Promise<void>;
}

/**
 * Sets an install up the way the e2e tests drive it: telemetry on, fill on load, no profile cache
 * and no sync delay (so each run reaches the server at once), and the canary values as the
 * user's profile. Any browser's install: only its `configure` is used.
 */
export async function configureForE2e<Install extends Pick<ExtensionBrowser, 'configure'>>(
  install: Install,
  serverUrl: string,
): Promise<Install> {
  await install.configure(
    { serverUrl, telemetry: true, fillOnLoad: true, profileCacheMinutes: 0, syncDelaySeconds: 0 },
    { ...CANARY_VALUES },
  );
  return install;
}

/** A fresh Chromium profile with the extension, configured by {@link configureForE2e}. */
export async function launchConfiguredInstall(extensionDir: string, serverUrl: string): Promise<ExtensionBrowser> {
  return configureForE2e(await launchExtensionBrowser(extensionDir), serverUrl);
}

/** The rig most e2e scenarios share: one configured install in `target` against its own server and fixture site. */
export async function startConfiguredRig(target: BrowserUnderTest): Promise<ConfiguredRig> {
  const [extension, site, server] = await Promise.all([
    buildExtensionForTest(),
    startFixtureSite(),
    startServerProcess(),
  ]);
  const install = await configureForE2e(await target.launch(extension.dir), server.url);
  return {
    site,
    server,
    install,
    async close() {
      await install.close();
      await Promise.all([site.close(), server.stop()]);
    },
  };
}
