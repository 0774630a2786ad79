/**
 * The demo's fill engine: the SDK's content side wired to the service worker and to the user's
 * settings. The content script (content-script.ts) loads this module on the first fill, or at once
 * when "fill forms as soon as they load" is on, so pages the user never fills carry only the small
 * loader. It runs in the content script's world (same isolated globals, same extension APIs).
 *
 *   startEngine ─► install id (worker) + settings ─► createCompanionContent ─► fill-on-load? watch()
 *   engine.fill() ─► controller.fill()        engine.status() ─► controller.status()
 *   storage.onChanged(settings) ─► consent and fill-on-load follow the options page live
 *
 * Drafted answers are opt-in (settings.draftAnswers): open questions get a template answer built
 * from the person's JSON Resume summary and highlights, in the style the server's experiment picks.
 *
 * The user's values and resume file are read from storage at every fill and stay here (the file
 * goes only into the page's file input, as a person's upload would); consent is asked when a run
 * ends, so switching telemetry off stops the next event from leaving the page. Nothing here loads
 * zod: the service worker validates every event before it is queued.
 */
import {
  createBrowserStorage,
  createCompanionContent,
  createMessageEventSink,
  createMessageProfilePort,
  type RunReport,
} from '@companion-autofill/sdk/content';
import type { Message } from '@companion-autofill/sdk/protocol';
import { installIdOf } from '../messages/content-message-checks.ts';
import type { PageStatus } from '../messages/demo-messages.ts';
import { readContentSettings, type ContentSettings } from '../settings/content-settings.ts';
import { DRAFT_MATERIAL_KEY, readDraftMaterial } from '../settings/draft-material.ts';
import { draftFromMaterial } from './draft-styles.ts';
import { withPhoneCountryCode } from '../settings/phone-country-code.ts';
import { parseProfileValues, PROFILE_VALUES_KEY } from '../settings/profile-values.ts';
import { readStoredResumeFile, RESUME_FILE_KEY } from '../settings/resume-file.ts';
import { SETTINGS_KEY } from '../settings/settings-key.ts';
import { extensionApi as browser } from './extension-api.ts';
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
    draftAnswer: async (question) =>
      settings.draftAnswers
        ? draftFromMaterial(readDraftMaterial(await storage.get(DRAFT_MATERIAL_KEY)), question)
        : undefined,
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

/** What the loader asks of the engine. */
export interface Engine {
  fill(): Promise<void>;
  status(): PageStatus;
}

/** Starts the engine once per page; the loader calls it and keeps the promise. */
export async function startEngine(): Promise<Engine> {
  const controller = await start();
  return { fill: () => controller.fill(), status: () => controller.status() };
}
