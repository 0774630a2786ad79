/**
 * Everything an accuracy run drives, on loopback: the demo extension built into a temp folder, the
 * forms' site, a real `companion-server` process and a recording proxy in front of it (the
 * extension talks to the proxy, so every byte it sends is kept for the leak check).
 */
import { startServerProcess, type ServerProcess } from '@companion-autofill/test-kit/server-process';
import { buildExtensionForTest } from '../../e2e/support/built-extension.ts';
import { storedEventCount, withStore } from '@companion-autofill/test-kit/store-reads';
import type { ExtensionBrowser } from '../../e2e/support/extension-browser.ts';
import { startRecordingProxy, type RecordingProxy } from '../../e2e/support/recording-proxy.ts';
import { flushInstall, launchAccuracyInstall } from './accuracy-install.ts';
import type { AccuracyForm } from './form-catalog.ts';
import { startFormSite, type FormSite } from './form-site.ts';
import { visitForm, type FormResult, type VisitMode } from './form-visit.ts';

export interface AccuracyRig {
  extensionDir: string;
  site: FormSite;
  server: ServerProcess;
  proxy: RecordingProxy;
  /** A new install pointed at the proxy, holding the profile and the resume. */
  newInstall(telemetry?: boolean): Promise<ExtensionBrowser>;
  /** One install's pass over `forms`, in order; `onForm` hears of each result as it comes. */
  pass(
    install: ExtensionBrowser,
    forms: readonly AccuracyForm[],
    mode: VisitMode,
    onForm?: (result: FormResult, index: number) => void,
  ): Promise<FormResult[]>;
  /** Sends what the install still holds and waits until the server has stored it. */
  drain(install: ExtensionBrowser): Promise<number>;
  /** Stops the server (its files and logs are then complete); idempotent. */
  stopServer(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Waits until the stored event count stays the same for `quietMs`; resolves with the count. Counts
 * through the store port, on the file of the running server.
 */
export function settleStoredEvents(dbPath: string, quietMs = 1_500, timeoutMs = 30_000): Promise<number> {
  return withStore(dbPath, async (store) => {
    const deadline = Date.now() + timeoutMs;
    let last = await storedEventCount(store);
    let since = Date.now();
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const now = await storedEventCount(store);
      if (now !== last) [last, since] = [now, Date.now()];
      else if (Date.now() - since >= quietMs) break;
    }
    return last;
  });
}

/** Starts the rig for `forms`; `serverEnv` goes to the server process (e.g. COMPANION_TUNING_FILE). */
export async function startAccuracyRig(
  forms: readonly AccuracyForm[],
  serverEnv: Record<string, string> = {},
): Promise<AccuracyRig> {
  const started = await Promise.allSettled([
    buildExtensionForTest(),
    startFormSite(forms),
    startServerProcess({ env: serverEnv }),
  ] as const);
  const [built, siteStart, serverStart] = started;
  if (built.status === 'rejected' || siteStart.status === 'rejected' || serverStart.status === 'rejected') {
    // Stop what did start, so a failed start leaves no process behind.
    if (siteStart.status === 'fulfilled') await siteStart.value.close();
    if (serverStart.status === 'fulfilled') await serverStart.value.stop();
    throw started
      .map((result) => (result.status === 'rejected' ? (result.reason as unknown) : undefined))
      .find(Boolean);
  }
  const [extension, site, server] = [built.value, siteStart.value, serverStart.value];
  const proxy = await startRecordingProxy(server.url);
  let visits = 0;
  let serverStopped = false;
  const stopServer = async () => {
    if (serverStopped) return;
    serverStopped = true;
    await server.stop();
  };
  return {
    extensionDir: extension.dir,
    site,
    server,
    proxy,
    newInstall: (telemetry = true) => launchAccuracyInstall(extension.dir, proxy.url, telemetry),
    async pass(install, list, mode, onForm) {
      const results: FormResult[] = [];
      for (const [index, form] of list.entries()) {
        const result = await visitForm(install, site, form, ++visits, mode);
        results.push(result);
        onForm?.(result, index);
      }
      return results;
    },
    async drain(install) {
      await flushInstall(install);
      return settleStoredEvents(server.dbPath);
    },
    stopServer,
    async close() {
      await Promise.all([proxy.close(), site.close(), stopServer()]);
    },
  };
}
