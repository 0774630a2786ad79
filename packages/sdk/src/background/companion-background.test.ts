import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Alarms, Runtime } from 'webextension-polyfill';
import type { SyncResponse } from '../protocol/index.ts';
import { createMemoryStorage } from '../storage/memory-storage.ts';
import { createCompanionBackground, FLUSH_ALARM } from './companion-background.ts';
import type { AlarmsPort, EventPort, RuntimeMessageListener, RuntimePort } from './companion-background.ts';
import { makeNumberedEvent } from '@companion-autofill/test-kit/learning-events';
import { sendJson, startLoopbackServer } from './testing/loopback-server.ts';
import type { LoopbackServer } from './testing/loopback-server.ts';

// Compile-time: the real polyfill objects satisfy the ports.
export const acceptsRealRuntime = (runtime: Runtime.Static): RuntimePort => runtime;
export const acceptsRealAlarms = (alarms: Alarms.Static): AlarmsPort => alarms;

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';

function fakeEvent<L>(): EventPort<L> & { listeners: Set<L> } {
  const listeners = new Set<L>();
  return { listeners, addListener: (l) => void listeners.add(l), removeListener: (l) => void listeners.delete(l) };
}

function fakeRuntime() {
  return { id: EXTENSION_ID, onMessage: fakeEvent<RuntimeMessageListener>() };
}

function fakeAlarms(existing: string[] = []) {
  const alarms = new Map(existing.map((name) => [name, 1]));
  const created: string[] = [];
  return {
    created,
    alarms,
    onAlarm: fakeEvent<(alarm: { name: string }) => void>(),
    async create(name: string, info: { periodInMinutes: number }) {
      created.push(name);
      alarms.set(name, info.periodInMinutes);
    },
    async get(name: string) {
      return alarms.has(name) ? { name } : undefined;
    },
    async clear(name: string) {
      return alarms.delete(name);
    },
  };
}

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function syncServer(): Promise<LoopbackServer> {
  return startLoopbackServer((request, response) => {
    if (request.url.pathname !== '/api/extension/learning/sync') return sendJson(response, 404, {});
    const { events } = JSON.parse(request.body) as { events: { event_id: string }[] };
    const body: SyncResponse = { accepted: events.map((event) => event.event_id), duplicates: [], rejected: [] };
    sendJson(response, 200, body);
  });
}

function only<T>(set: Set<T>): T {
  expect(set.size).toBe(1);
  return [...set][0] as T;
}

/** A background over a loopback sync server, with the message listener a content script reaches. */
async function startWithSyncServer() {
  server = await syncServer();
  const runtime = fakeRuntime();
  const alarms = fakeAlarms();
  const background = createCompanionBackground({
    serverUrl: server.url,
    storage: createMemoryStorage(),
    runtime,
    alarms,
  });
  const listener = only(runtime.onMessage.listeners);
  const sender = { id: EXTENSION_ID, url: 'https://boards.greenhouse.io/acme' };
  return { sync: server, background, alarms, listener, sender };
}

describe('createCompanionBackground', () => {
  it('registers its listeners synchronously and creates the flush alarm once', async () => {
    server = await syncServer();
    const runtime = fakeRuntime();
    const alarms = fakeAlarms();
    const background = createCompanionBackground({
      serverUrl: server.url,
      storage: createMemoryStorage(),
      runtime,
      alarms,
    });
    expect(runtime.onMessage.listeners.size).toBe(1);
    expect(alarms.onAlarm.listeners.size).toBe(1);
    await background.ready;
    expect(alarms.created).toEqual([FLUSH_ALARM]);
    expect(alarms.alarms.get(FLUSH_ALARM)).toBe(1);

    // A restarted worker must not re-create (and so restart) a running alarm.
    const again = createCompanionBackground({ serverUrl: server.url, storage: createMemoryStorage(), runtime, alarms });
    await again.ready;
    expect(alarms.created).toEqual([FLUSH_ALARM]);
    await again.destroy();
    await background.destroy();
  });

  it('queues an event from a content script and sends it when the alarm fires', async () => {
    const { sync, background, alarms, listener, sender } = await startWithSyncServer();

    expect(await listener({ type: 'event.queue', event: makeNumberedEvent(1) }, sender)).toEqual({
      ok: true,
      data: { queued: true },
    });
    expect(sync.requests).toHaveLength(0);

    const onAlarm = only(alarms.onAlarm.listeners);
    onAlarm({ name: 'host-extension-alarm' });
    expect(await background.outbox.stats()).toMatchObject({ pending: 1 });
    onAlarm({ name: FLUSH_ALARM });
    await vi.waitFor(() => expect(sync.requests).toHaveLength(1));
    expect(sync.requests[0]?.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.parse(sync.requests[0]?.body ?? '{}')).toEqual({ events: [makeNumberedEvent(1)] });
    // The server has the request; the outbox may still be reading the answer.
    await vi.waitFor(async () =>
      expect(await listener({ type: 'stats.get' }, sender)).toMatchObject({ ok: true, data: { sent: 1, pending: 0 } }),
    );
    await background.destroy();
  });

  it('refuses an invalid event from a content script: never queued, never sent', async () => {
    const { sync, background, alarms, listener, sender } = await startWithSyncServer();

    const reply = await listener({ type: 'event.queue', event: makeNumberedEvent(1, { duration_ms: -1 }) }, sender);
    expect(reply).toEqual({
      ok: false,
      error: { code: 'invalid_message', message: 'event.duration_ms: too small (min 0)' },
    });
    expect(await listener({ type: 'event.queue', event: makeNumberedEvent(2) }, sender)).toEqual({
      ok: true,
      data: { queued: true },
    });
    expect(await background.outbox.stats()).toMatchObject({ pending: 1 });

    only(alarms.onAlarm.listeners)({ name: FLUSH_ALARM });
    await vi.waitFor(() => expect(sync.requests).toHaveLength(1));
    expect(JSON.parse(sync.requests[0]?.body ?? '{}')).toEqual({ events: [makeNumberedEvent(2)] });
    await background.destroy();
  });

  it("leaves the host extension's own messages to its own listeners", async () => {
    const runtime = fakeRuntime();
    const background = createCompanionBackground({
      serverUrl: 'http://127.0.0.1:9',
      storage: createMemoryStorage(),
      runtime,
    });
    expect(only(runtime.onMessage.listeners)({ type: 'host/ping' }, { id: EXTENSION_ID })).toBeUndefined();
    await background.destroy();
  });

  it('destroy() removes both listeners and clears the alarm', async () => {
    const runtime = fakeRuntime();
    const alarms = fakeAlarms();
    const background = createCompanionBackground({
      serverUrl: 'http://127.0.0.1:9',
      storage: createMemoryStorage(),
      runtime,
      alarms,
    });
    await background.ready;
    await background.destroy();
    expect(runtime.onMessage.listeners.size).toBe(0);
    expect(alarms.onAlarm.listeners.size).toBe(0);
    expect(alarms.alarms.has(FLUSH_ALARM)).toBe(false);
  });

  it('refuses a server URL that is not absolute http(s)', () => {
    for (const serverUrl of ['/api', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(() =>
        createCompanionBackground({ serverUrl, storage: createMemoryStorage(), runtime: fakeRuntime() }),
      ).toThrow(RangeError);
    }
  });
});
