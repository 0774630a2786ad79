/**
 * The demo's service worker: hosts the SDK background (profile lookups, the persisted outbox) and
 * the demo's own bits (install id, the Fill command, the popup's stats line).
 *
 * Every listener is registered synchronously in the first turn: Chrome only wakes an MV3 worker for
 * events whose listeners exist then. The SDK background needs the settings, which load
 * asynchronously, so the real listeners forward into event hubs the current session listens on.
 *
 *   runtime.onMessage ─┬─ demo.* ─────────────► install id, user stats
 *                      └─ SDK types ─► (await session) ─► messages hub ─► SDK router
 *   alarms.onAlarm ─────► (await session) ─► alarm hub ─► outbox flush
 *   commands.onCommand ─► fill-form ─► tabs.sendMessage(active tab, demo.fill)
 *   storage.onChanged(settings) ─► replace the session when server/timings change
 */
import browser from 'webextension-polyfill';
import { createBrowserStorage, isCompanionMessage } from '@companion-autofill/sdk/background';
import type {
  CompanionBackground,
  MessageSenderLike,
  RuntimeMessageListener,
} from '@companion-autofill/sdk/background';
import { WorkerMessage, type InstallIdReply, type UserStatsReply } from '../messages/demo-messages.ts';
import { parseSettings, type DemoSettings } from '../settings/demo-settings.ts';
import { SETTINGS_KEY } from '../settings/settings-key.ts';
import { loadInstallId } from '../settings/install-id.ts';
import { createBackgroundSession, sessionChanged } from './background-session.ts';
import { createEventHub } from './event-hub.ts';
import { FILL_COMMAND, fillActiveTab, fillTab } from './fill-command.ts';
import { fetchUserStats } from './user-stats-client.ts';

const storage = createBrowserStorage(browser.storage.local);
const messages = createEventHub<Parameters<RuntimeMessageListener>, ReturnType<RuntimeMessageListener>>();
const alarmEvents = createEventHub<[{ name: string }], void>();

interface Current {
  settings: DemoSettings;
  background: CompanionBackground;
}

// One id per install, created once; every reader shares this promise so two never race.
const installId = loadInstallId(storage);
let current: Promise<Current> = start();

async function start(): Promise<Current> {
  const settings = parseSettings(await storage.get(SETTINGS_KEY));
  return { settings, background: open(settings) };
}

function open(settings: DemoSettings): CompanionBackground {
  return createBackgroundSession({
    settings,
    extensionId: browser.runtime.id,
    storageArea: browser.storage.local,
    alarms: browser.alarms,
    messages,
    alarmEvents,
  });
}

// `current` is replaced synchronously, so a message arriving right after a settings change is
// answered by the new session (with the new server), never by the one being torn down.
function applySettings(raw: unknown): void {
  const settings = parseSettings(raw);
  current = current.then(async (previous) => {
    if (!sessionChanged(previous.settings, settings)) return { ...previous, settings };
    await previous.background.destroy();
    return { settings, background: open(settings) };
  });
}

async function answerDemo(message: WorkerMessage): Promise<InstallIdReply | UserStatsReply> {
  if (message.type === 'demo.install-id') return { installId: await installId };
  const { settings } = await current;
  return fetchUserStats({ serverUrl: settings.serverUrl, apiKey: settings.apiKey, installId: await installId });
}

browser.runtime.onMessage.addListener((message: unknown, sender: MessageSenderLike) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const demo = WorkerMessage.safeParse(message);
  if (demo.success) return answerDemo(demo.data);
  if (!isCompanionMessage(message)) return undefined;
  return current.then(() => messages.emit(message, sender));
});

browser.alarms.onAlarm.addListener((alarm) => {
  void current.then(() => alarmEvents.emit(alarm));
});

browser.commands.onCommand.addListener((command) => {
  if (command === FILL_COMMAND) void fillActiveTab(browser.tabs);
});

browser.storage.onChanged.addListener((changes, area) => {
  const change = changes[SETTINGS_KEY];
  if (area === 'local' && change) applySettings(change.newValue);
});

/**
 * Debugging handle, for the console of the worker (and the e2e tests, which drive the worker the
 * way a developer would): the same actions the popup and the keyboard command take.
 */
const debugHandle = {
  fillActiveTab: () => fillActiveTab(browser.tabs),
  fillTab: (tabId: number) => fillTab(browser.tabs, tabId),
  flush: async () => (await current).background.outbox.flush(),
  stats: async () => (await current).background.outbox.stats(),
  installId: () => installId,
  settings: async () => (await current).settings,
  ready: async () => (await current).background.ready,
};
(globalThis as { companionDemo?: typeof debugHandle }).companionDemo = debugHandle;
