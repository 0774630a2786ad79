import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startServerProcess } from '@companion-autofill/test-kit/server-process';
import type { ServerProcess } from '@companion-autofill/test-kit/server-process';
import { createKySyncTransport } from '../src/background/ky-sync-transport.ts';
import { createOutbox } from '../src/background/outbox.ts';
import type { Outbox } from '../src/background/outbox.ts';
import type { OutboxOptions } from '../src/background/outbox-options.ts';
import { createProfileClient } from '../src/background/profile-client.ts';
import { makeNumberedEvent } from '@companion-autofill/test-kit/learning-events';
import type { LearningEvent } from '../src/protocol/index.ts';
import { createMemoryStorage } from '../src/storage/memory-storage.ts';
import { readStoredEventIds } from '@companion-autofill/test-kit/stored-events';
import { startFaultProxy } from './support/server-fault-proxy.ts';
import type { FaultProxy } from './support/server-fault-proxy.ts';

/**
 * The outbox against the real `companion-server` process and its SQLite file. Faults the server
 * does not produce on demand (500, 429, a lost answer) come from a loopback proxy in front of it.
 * Backoff is shortened so retries happen within the test; the logic is the production one.
 */

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function server(options: { port?: number; env?: Record<string, string> } = {}): Promise<ServerProcess> {
  const started = await startServerProcess(options);
  cleanup.push(() => started.stop());
  return started;
}

async function proxy(targetUrl: string, faults: Parameters<typeof startFaultProxy>[1]): Promise<FaultProxy> {
  const started = await startFaultProxy(targetUrl, faults);
  cleanup.push(() => started.close());
  return started;
}

function outbox(serverUrl: string, options: Partial<OutboxOptions> = {}, apiKey?: string): Outbox {
  const created = createOutbox({
    storage: createMemoryStorage(),
    transport: createKySyncTransport({ serverUrl, timeoutMs: 5_000, ...(apiKey === undefined ? {} : { apiKey }) }),
    // Sends start with an explicit flush (the alarm's role), so each test knows its batches;
    // retries after that are the outbox's own backoff timers.
    flushIntervalMs: 60_000,
    baseBackoffMs: 50,
    maxBackoffMs: 400,
    ...options,
  });
  cleanup.push(() => created.destroy());
  return created;
}

/** A valid event of roughly `fields` × `selectorLength` × 3 bytes (three selector-keyed maps). */
function bulkyEvent(fields: number, selectorLength: number): LearningEvent {
  const selectors = Array.from({ length: fields }, (_, i) =>
    `[name="f${i}_${'x'.repeat(selectorLength)}"]`.slice(0, 512),
  );
  const map = Object.fromEntries(selectors.map((selector) => [selector, 'email']));
  return makeNumberedEvent(0, {
    event_id: randomUUID(),
    suggested_map: map,
    final_map: map,
    field_sources: Object.fromEntries(selectors.map((selector) => [selector, 'heuristic' as const])),
  });
}

function freshEvents(count: number): LearningEvent[] {
  return Array.from({ length: count }, (_, n) => makeNumberedEvent(n, { event_id: randomUUID() }));
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function countById(ids: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** Every given event is stored exactly once, and nothing else is. */
function expectStoredExactlyOnce(dbPath: string, events: LearningEvent[]): void {
  const counts = countById(readStoredEventIds(dbPath));
  expect([...counts.keys()].sort()).toEqual(events.map((event) => event.event_id).sort());
  expect([...counts.values()].every((n) => n === 1)).toBe(true);
}

const drained = async (box: Outbox) => expect((await box.stats()).pending).toBe(0);
const WAIT = { timeout: 20_000, interval: 50 };

describe('outbox against the real server', () => {
  it('queues while the server is down and delivers once it is up', async () => {
    const port = await freePort();
    const box = outbox(`http://127.0.0.1:${port}`);
    const events = freshEvents(5);
    for (const event of events) expect(await box.enqueue(event)).toEqual({ queued: true });
    expect(await box.flush()).toEqual({ sent: 0, pending: 5 });

    const up = await server({ port });
    await vi.waitFor(() => drained(box), WAIT);
    expect(await box.stats()).toMatchObject({ sent: 5, duplicates: 0, dropped: { rejected: 0, overflow: 0 } });
    expectStoredExactlyOnce(up.dbPath, events);
  });

  it('stores an event once when its answer was lost and it is sent again', async () => {
    const up = await server();
    const front = await proxy(up.url, [{ kind: 'drop_response' }]);
    const box = outbox(front.url);
    const events = freshEvents(3);
    for (const event of events) await box.enqueue(event);
    await box.flush();
    await vi.waitFor(() => drained(box), WAIT);

    expect(front.requests.map((request) => request.outcome)).toEqual(['drop_response', 'forwarded']);
    expect(await box.stats()).toMatchObject({ sent: 0, duplicates: 3 });
    expectStoredExactlyOnce(up.dbPath, events);

    // A second install resending the same ids changes nothing either.
    const again = outbox(up.url);
    for (const event of events) await again.enqueue(event);
    expect(await again.flush()).toEqual({ sent: 0, pending: 0 });
    expect(await again.stats()).toMatchObject({ duplicates: 3 });
    expectStoredExactlyOnce(up.dbPath, events);
  });

  it('drops the events the server rejects, counts them, and stores the rest once', async () => {
    const up = await server();
    const box = outbox(up.url);
    const good = freshEvents(4);
    const future = makeNumberedEvent(90, { event_id: randomUUID(), occurred_at: '2099-01-01T00:00:00.000Z' });
    // Bypasses the message schema on purpose: an older SDK or a bug could queue such an event.
    const malformed = {
      ...makeNumberedEvent(91, { event_id: randomUUID() }),
      status: 'done',
    } as unknown as LearningEvent;
    for (const event of [good[0]!, future, good[1]!, malformed, good[2]!, good[3]!]) await box.enqueue(event);

    expect(await box.flush()).toEqual({ sent: 4, pending: 0 });
    expect(await box.stats()).toMatchObject({ sent: 4, dropped: { rejected: 2, overflow: 0 } });
    expectStoredExactlyOnce(up.dbPath, good);
  });

  it('splits batches the server refuses as too large (413) and drops only an event that never fits', async () => {
    const up = await server({ env: { COMPANION_BODY_LIMIT_BYTES: '200000' } });
    const front = await proxy(up.url, []);
    const box = outbox(front.url, { maxBatch: 12 });
    const fitting = Array.from({ length: 11 }, () => bulkyEvent(50, 150)); // ~25 KB each, legal (LIMITS.maxSelectorCharsPerMap)
    const giant = bulkyEvent(200, 500); // ~300 KB: over the limit alone
    for (const event of [...fitting.slice(0, 5), giant, ...fitting.slice(5)]) await box.enqueue(event);
    await box.flush();

    await vi.waitFor(() => drained(box), WAIT);
    expect(await box.stats()).toMatchObject({ sent: 11, dropped: { rejected: 1, overflow: 0 } });
    expectStoredExactlyOnce(up.dbPath, fitting);
    const statuses = front.requests.map((request) => request.status);
    expect(statuses[0]).toBe(413);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(2);
    // Bounded: each request removed an event or halved the batch (see outbox-state.ts).
    expect(statuses.length).toBeLessThanOrEqual(12 * (1 + Math.ceil(Math.log2(12))));
  });

  it('backs off through 500s and delivers each event once', async () => {
    const up = await server();
    const front = await proxy(up.url, [
      { kind: 'status', status: 500 },
      { kind: 'status', status: 502 },
      { kind: 'status', status: 500 },
    ]);
    const box = outbox(front.url);
    const events = freshEvents(6);
    for (const event of events) await box.enqueue(event);
    await box.flush();
    await vi.waitFor(() => drained(box), WAIT);

    expect(front.requests.map((request) => request.outcome)).toEqual(['status', 'status', 'status', 'forwarded']);
    expect(await box.stats()).toMatchObject({ sent: 6, dropped: { rejected: 0, overflow: 0 } });
    expectStoredExactlyOnce(up.dbPath, events);
  });

  it('waits out a 429 Retry-After before sending again', async () => {
    const up = await server();
    const front = await proxy(up.url, [{ kind: 'status', status: 429, headers: { 'retry-after': '1' } }]);
    const box = outbox(front.url, { random: () => 0 });
    const events = freshEvents(2);
    for (const event of events) await box.enqueue(event);
    await box.flush();
    await vi.waitFor(() => drained(box), WAIT);

    const [limited, retried] = front.requests;
    expect([limited?.outcome, retried?.outcome]).toEqual(['status', 'forwarded']);
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(1_000);
    expectStoredExactlyOnce(up.dbPath, events);
  });

  it('keeps events while the API key is wrong and delivers them with the right one', async () => {
    const up = await server({ env: { COMPANION_API_KEYS: 'key-right-0123456789' } });
    const storage = createMemoryStorage();
    const events = freshEvents(2);
    const wrong = outbox(up.url, { storage }, 'key-wrong-0123456789');
    for (const event of events) await wrong.enqueue(event);
    expect(await wrong.flush()).toEqual({ sent: 0, pending: 2 });
    expect(await wrong.stats()).toMatchObject({ dropped: { rejected: 0, overflow: 0 } });
    await wrong.destroy();
    expect(readStoredEventIds(up.dbPath)).toEqual([]);

    // The operator fixes the key (an extension update): the same persisted queue goes through.
    const right = outbox(up.url, { storage, maxBackoffMs: 50 }, 'key-right-0123456789');
    await right.start();
    await vi.waitFor(async () => {
      await right.flush();
      await drained(right);
    }, WAIT);
    expectStoredExactlyOnce(up.dbPath, events);
  });

  it('a restarted outbox on the same storage delivers what the previous one had queued', async () => {
    const up = await server();
    const storage = createMemoryStorage();
    const dead = createOutbox({
      storage,
      transport: createKySyncTransport({ serverUrl: 'http://127.0.0.1:9' }),
      flushIntervalMs: 60_000,
    });
    const events = freshEvents(3);
    for (const event of events) await dead.enqueue(event);
    await dead.destroy();

    const box = outbox(up.url, { storage, flushIntervalMs: 50 });
    await box.start();
    await vi.waitFor(() => drained(box), WAIT);
    expectStoredExactlyOnce(up.dbPath, events);
  });
});

describe('profile client against the real server', () => {
  it('revalidates with the server ETag and gets a 304', async () => {
    const up = await server();
    const front = await proxy(up.url, []);
    const now = { t: 1_000_000 };
    const client = createProfileClient({ serverUrl: front.url, ttlMs: 1_000, clock: () => now.t });
    const first = await client.getProfile('jobs.example.com', 'v1:00000000000000aa');
    expect(first).toMatchObject({ status: 'unknown', canonical_map: {} });
    now.t += 1_000;
    expect(await client.getProfile('jobs.example.com', 'v1:00000000000000aa')).toEqual(first);
    expect(front.requests.map((request) => request.status)).toEqual([200, 304]);
  });
});
