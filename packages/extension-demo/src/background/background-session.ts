/**
 * One configured SDK background: the profile client, outbox and router built from the current
 * settings. The service worker keeps one session and replaces it when the server URL, API key or
 * timings change (the outbox is persisted, so queued events carry over).
 *
 * Owner: service-worker.ts. Lifecycle: createBackgroundSession → (messages, alarms) → destroy().
 */
import {
  createBrowserStorage,
  createCompanionBackground,
  type AlarmsPort,
  type CompanionBackground,
  type RuntimeMessageListener,
} from '@companion-autofill/sdk/background';
import type { Alarms, Storage } from 'webextension-polyfill';
import type { DemoSettings } from '../settings/demo-settings.ts';
import type { EventHub } from './event-hub.ts';

/** What a session needs from the service worker. */
export interface SessionDeps {
  settings: DemoSettings;
  extensionId: string;
  storageArea: Storage.StorageArea;
  alarms: Alarms.Static;
  /** Where the service worker's real onMessage listener forwards SDK messages. */
  messages: EventHub<Parameters<RuntimeMessageListener>, ReturnType<RuntimeMessageListener>>;
  /** Where the service worker's real onAlarm listener forwards alarms. */
  alarmEvents: EventHub<[{ name: string }], void>;
}

/** Starts the SDK background for `settings`. */
export function createBackgroundSession(deps: SessionDeps): CompanionBackground {
  const { settings } = deps;
  const alarms: AlarmsPort = {
    create: (name, info) => deps.alarms.create(name, info),
    get: (name) => deps.alarms.get(name),
    clear: (name) => deps.alarms.clear(name),
    onAlarm: deps.alarmEvents,
  };
  return createCompanionBackground({
    serverUrl: settings.serverUrl,
    ...(settings.apiKey === '' ? {} : { apiKey: settings.apiKey }),
    storage: createBrowserStorage(deps.storageArea),
    runtime: { id: deps.extensionId, onMessage: deps.messages },
    alarms,
    profile: { ttlMs: Math.round(settings.profileCacheMinutes * 60_000) },
    outbox: { flushIntervalMs: settings.syncDelaySeconds * 1_000 },
  });
}

/** True when a settings change needs a new session (consent and fill-on-load are read live). */
export function sessionChanged(before: DemoSettings, after: DemoSettings): boolean {
  return (
    before.serverUrl !== after.serverUrl ||
    before.apiKey !== after.apiKey ||
    before.profileCacheMinutes !== after.profileCacheMinutes ||
    before.syncDelaySeconds !== after.syncDelaySeconds
  );
}
