/**
 * The demo's content script (top frame; the SDK reaches same-origin frames and open shadow roots
 * itself). It wires the SDK's content side to the service worker and to the user's settings, and
 * answers the popup.
 *
 *   start ─► install id (worker) + settings ─► createCompanionContent ─► fill-on-load? watch()
 *   demo.fill ─► controller.fill()        demo.status ─► controller.status()
 *   storage.onChanged(settings) ─► consent and fill-on-load follow the options page live
 *
 * The user's values and resume file are read from storage at every fill and stay in this script
 * (the file goes only into the page's file input, as a person's upload would); consent is asked
 * when a run ends, so switching telemetry off stops the next event from leaving the page.
 *
 * Nothing here loads zod: what this script reads (messages, settings, values) is checked by small
 * hand-written functions, and the SDK's content side carries no schema, so the shipped bundle stays
 * under 20 KB gzipped. The service worker validates every event before it is queued.
 */
import { createBrowserStorage, createCompanionContent, createMessageEventSink, createMessageProfilePort, type RunReport } from '@companion-autofill/sdk/content';
import type { Message } from '@companion-autofill/sdk/protocol';
import { installIdOf, isContentMessage } from '../messages/content-message-checks.ts';
import type { PageStatus } from '../messages/demo-messages.ts';
import { readContentSettings, type ContentSettings } from '../settings/content-settings.ts';
import { withPhoneCountryCode } from '../settings/phone-country-code.ts';
import { parseProfileValues, PROFILE_VALUES_KEY } from '../settings/profile-values.ts';
import { readStoredResumeFile, RESUME_FILE_KEY } from '../settings/resume-file.ts';
import { SETTINGS_KEY } from '../settings/settings-key.ts';
import { extensionApi as browser, onRuntimeMessage } from './extension-api.ts';
import { createFillController, type FillController } from './fill-controller.ts';

const storage = createBrowserStorage(browser.storage.local);
const send = (message: Message): Promise<unknown> => browser.runtime.sendMessage(message);

async function start(): Promise<FillController> {
  const [installId, rawSettings] = await Promise.all([
    browser.runtime.sendMessage({ type: 'demo.install-id' }).then(installIdOf),
    storage.get(SETTINGS_KEY),
  ]);
  let settings: ContentSettings = readContentSettings(rawSettings);
  const serverStatus = new Map<string, string>();
  // The controller exists only once the SDK side does; runs cannot end before that.
  let onRunEnd: (report: RunReport) => void = () => undefined;
  const port = createMessageProfilePort(send, installId);
  const companion = createCompanionContent({
    installId,
    storage,
    profilePort: {
      async getProfile(host, schemaHash) {
        const profile = await port.getProfile(host, schemaHash);
        serverStatus.set(schemaHash, profile.status);
        return profile;
      },
    },
    eventSink: createMessageEventSink(send),
    profileValues: async () => withPhoneCountryCode(parseProfileValues(await storage.get(PROFILE_VALUES_KEY))),
    profileFiles: async () => {
      const resume = readStoredResumeFile(await storage.get(RESUME_FILE_KEY));
      return resume === undefined ? {} : { resume_upload: resume };
    },
    consent: () => settings.telemetry,
    onRunEnd: (report) => onRunEnd(report),
  });
  const controller = createFillController({ companion, document, serverStatusOf: (hash) => serverStatus.get(hash) });
  onRunEnd = (report) => controller.runEnded(report);

  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    settings = readContentSettings(change.newValue);
    if (settings.fillOnLoad) controller.watch();
    else controller.destroy();
  });
  if (settings.fillOnLoad) controller.watch();
  return controller;
}

const controller = start();

onRuntimeMessage((raw: unknown): Promise<PageStatus | { filled: true }> | undefined => {
  if (!isContentMessage(raw)) return undefined;
  if (raw.type === 'demo.status') return controller.then((c) => c.status());
  return controller.then(async (c) => {
    await c.fill();
    return { filled: true as const };
  });
});
