import type { MessageReply } from '../protocol/index.ts';
import type { StoragePort } from '../storage/storage-port.ts';
import { createBackgroundHandlers } from './handlers.ts';
import { createKySyncTransport } from './ky-sync-transport.ts';
import { createMessageRouter, isCompanionMessage } from './message-router.ts';
import type { MessageRouter, MessageSenderLike } from './message-router.ts';
import { createOutbox } from './outbox.ts';
import type { Outbox } from './outbox.ts';
import type { OutboxOptions } from './outbox-options.ts';
import { createProfileClient } from './profile-client.ts';
import type { ProfileClient } from './profile-client.ts';

/**
 * The background side of the SDK in one call: profile client + outbox + message router + a
 * 1-minute `browser.alarms` alarm that flushes the outbox (timers do not survive a service worker
 * going idle; alarms wake it).
 *
 * Lifecycle: listeners are added synchronously inside `createCompanionBackground`, because an MV3
 * service worker only gets woken for events whose listeners were registered in its first turn;
 * loading the persisted outbox and creating the alarm happen in `ready`. `destroy()` removes
 * both listeners, clears the alarm and the outbox timer.
 *
 *   content script ──sendMessage──► runtime.onMessage ──► router (sender + schema) ──► handlers
 *   alarm (1 min) ──► outbox.flush ──► POST /sync            profile.get ──► GET /profile (cached)
 */

/** An extension event: the subset of `Events.Event` the SDK uses. */
export interface EventPort<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

/** The message listener the SDK registers on `runtime.onMessage`. */
export type RuntimeMessageListener = (message: unknown, sender: MessageSenderLike) => Promise<MessageReply> | undefined;

/** What the SDK needs of `browser.runtime`. */
export interface RuntimePort {
  id: string;
  onMessage: EventPort<RuntimeMessageListener>;
}

/** What the SDK needs of `browser.alarms`. */
export interface AlarmsPort {
  create(name: string, info: { periodInMinutes: number }): Promise<void>;
  get(name: string): Promise<{ name: string } | undefined>;
  clear(name: string): Promise<boolean>;
  onAlarm: EventPort<(alarm: { name: string }) => void>;
}

/** Options of {@link createCompanionBackground}. */
export interface CompanionBackgroundOptions {
  /** Base URL of the Companion server; the only host the background ever talks to. */
  serverUrl: string;
  /** Sent as `x-api-key` on every request when set. */
  apiKey?: string;
  /** Persists the outbox and the profile cache, normally `createBrowserStorage(browser.storage.local)`. */
  storage: StoragePort;
  /** `browser.runtime`: the extension id and the message event. */
  runtime: RuntimePort;
  /** `browser.alarms`; without it only in-worker timers flush the outbox. */
  alarms?: AlarmsPort;
  /** @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /** Profile lookups. @default { timeoutMs: 3_000, ttlMs: 6 h } */
  profile?: { timeoutMs?: number; ttlMs?: number };
  /** Sync requests time out after this. @default 10_000 */
  syncTimeoutMs?: number;
  /** Outbox tuning (batch size, interval, bounds, backoff). */
  outbox?: Omit<OutboxOptions, 'storage' | 'transport'>;
}

/** A running background side. */
export interface CompanionBackground {
  profiles: ProfileClient;
  outbox: Outbox;
  router: MessageRouter;
  /** Resolves once the persisted outbox is loaded and the alarm exists. */
  ready: Promise<void>;
  /** Removes the listeners, clears the alarm and the outbox timer. */
  destroy(): Promise<void>;
}

/** Name of the flush alarm; other alarms of the host extension are left alone. */
export const FLUSH_ALARM = 'companion-autofill.outbox-flush';

/**
 * Wires the background side. Call it once, synchronously, at the top level of the service worker.
 *
 * @example
 * import browser from 'webextension-polyfill';
 * import { createBrowserStorage, createCompanionBackground } from '@companion-autofill/sdk/background';
 *
 * createCompanionBackground({
 *   serverUrl: 'http://127.0.0.1:8003',
 *   storage: createBrowserStorage(browser.storage.local),
 *   runtime: browser.runtime,
 *   alarms: browser.alarms,
 * });
 */
export function createCompanionBackground(options: CompanionBackgroundOptions): CompanionBackground {
  const serverUrl = normalizeServerUrl(options.serverUrl);
  const common = {
    serverUrl,
    ...(options.apiKey === undefined ? {} : { apiKey: options.apiKey }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  };
  const profiles = createProfileClient({ ...common, ...options.profile, storage: options.storage });
  const transport = createKySyncTransport({
    ...common,
    ...(options.syncTimeoutMs === undefined ? {} : { timeoutMs: options.syncTimeoutMs }),
  });
  const outbox = createOutbox({ ...options.outbox, storage: options.storage, transport });
  const router = createMessageRouter({
    extensionId: options.runtime.id,
    handlers: createBackgroundHandlers({ profiles, outbox }),
  });

  const onMessage: RuntimeMessageListener = (message, sender) =>
    isCompanionMessage(message) ? router.handle(message, sender) : undefined;
  const onAlarm = (alarm: { name: string }): void => {
    if (alarm.name === FLUSH_ALARM) outbox.flush().catch(() => undefined);
  };
  options.runtime.onMessage.addListener(onMessage);
  options.alarms?.onAlarm.addListener(onAlarm);

  const ready = (async () => {
    await outbox.start();
    // Re-creating an existing alarm restarts its period; a worker woken more often than once a
    // minute would then never see it fire.
    if (options.alarms && (await options.alarms.get(FLUSH_ALARM)) === undefined) {
      await options.alarms.create(FLUSH_ALARM, { periodInMinutes: 1 });
    }
  })();
  // Callers may ignore `ready`; a failed load is retried by the next outbox call anyway.
  ready.catch(() => undefined);

  return {
    profiles,
    outbox,
    router,
    ready,
    async destroy() {
      options.runtime.onMessage.removeListener(onMessage);
      options.alarms?.onAlarm.removeListener(onAlarm);
      await ready.catch(() => undefined);
      await options.alarms?.clear(FLUSH_ALARM);
      await outbox.destroy();
    },
  };
}

function normalizeServerUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new RangeError(`serverUrl must be an absolute http(s) URL, got ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RangeError(`serverUrl must use http or https, got ${url.protocol}`);
  }
  return url.href;
}
