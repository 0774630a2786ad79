import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStorage } from '../storage/memory-storage.ts';
import type { StoragePort } from '../storage/storage-port.ts';
import { backoffWindow } from './backoff.ts';
import { createOutbox } from './outbox.ts';
import type { Outbox } from './outbox.ts';
import type { OutboxOptions } from './outbox-options.ts';
import type { SyncResult } from './sync-transport.ts';
import { makeNumberedEvent } from '@companion-autofill/test-kit/learning-events';
import { acceptAll, createRecordingTransport } from './testing/recording-transport.ts';
import type { RecordingTransport } from './testing/recording-transport.ts';

const created: Outbox[] = [];

function outboxWith(transport: RecordingTransport, options: Partial<OutboxOptions> = {}): Outbox {
  const outbox = createOutbox({ storage: createMemoryStorage(), transport, ...options });
  created.push(outbox);
  return outbox;
}

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-27T10:00:00Z') });
});

afterEach(async () => {
  await Promise.all(created.splice(0).map((outbox) => outbox.destroy()));
  vi.useRealTimers();
});

describe('outbox batching', () => {
  it('sends as soon as maxBatch events are pending', async () => {
    const transport = createRecordingTransport();
    const outbox = outboxWith(transport, { maxBatch: 3 });
    await outbox.enqueue(makeNumberedEvent(1));
    await outbox.enqueue(makeNumberedEvent(2));
    await vi.advanceTimersByTimeAsync(0);
    expect(transport.batches).toEqual([]);

    await outbox.enqueue(makeNumberedEvent(3));
    await vi.advanceTimersByTimeAsync(0);
    expect(transport.batches).toEqual([
      [makeNumberedEvent(1).event_id, makeNumberedEvent(2).event_id, makeNumberedEvent(3).event_id],
    ]);
    expect(await outbox.stats()).toMatchObject({ pending: 0, sent: 3 });
  });

  it('sends a partial batch flushIntervalMs after the queue became non-empty', async () => {
    const transport = createRecordingTransport();
    const outbox = outboxWith(transport, { flushIntervalMs: 30_000 });
    await outbox.enqueue(makeNumberedEvent(1));
    await vi.advanceTimersByTimeAsync(10_000);
    await outbox.enqueue(makeNumberedEvent(2));
    await vi.advanceTimersByTimeAsync(19_999);
    expect(transport.batches).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(transport.batches).toEqual([[makeNumberedEvent(1).event_id, makeNumberedEvent(2).event_id]]);
  });

  it('splits a large queue into batches of maxBatch in one flush', async () => {
    const storage = createMemoryStorage();
    const offline = createOutbox({ storage, transport: createRecordingTransport(), maxBatch: 50 });
    for (let n = 1; n <= 5; n += 1) await offline.enqueue(makeNumberedEvent(n));
    await offline.destroy();

    const transport = createRecordingTransport();
    const outbox = createOutbox({ storage, transport, maxBatch: 2 });
    created.push(outbox);
    expect(await outbox.flush()).toEqual({ sent: 5, pending: 0 });
    expect(transport.batches.map((batch) => batch.length)).toEqual([2, 2, 1]);
  });
});

describe('outbox retry', () => {
  it('backs off exponentially with full jitter, capped at maxBackoffMs, and resets after success', async () => {
    const draws = [0.5, 0.25, 0.999, 0.5, 0.5, 0.5];
    const random = () => draws.shift() ?? 0.5;
    const failures = 6;
    const transport = createRecordingTransport((events, call) =>
      call <= failures ? { kind: 'transient', reason: 'server_error' } : acceptAll(events),
    );
    const options = { baseBackoffMs: 1_000, maxBackoffMs: 8_000 };
    const outbox = outboxWith(transport, { ...options, random, maxBatch: 1 });
    const drawsCopy = [...draws];
    await outbox.enqueue(makeNumberedEvent(1));
    await vi.advanceTimersByTimeAsync(0);

    for (let attempt = 1; attempt <= failures; attempt += 1) {
      expect(transport.batches).toHaveLength(attempt);
      const window = backoffWindow(attempt, options.baseBackoffMs, options.maxBackoffMs);
      const delay = (await outbox.stats()).next_attempt_at! - Date.now();
      expect(delay).toBe(Math.floor((drawsCopy[attempt - 1] ?? 0.5) * window));
      expect(delay).toBeLessThan(window);
      expect(window).toBeLessThanOrEqual(options.maxBackoffMs);
      // The 1-minute alarm must not cut a backoff short.
      expect(await outbox.flush()).toEqual({ sent: 0, pending: 1 });
      if (delay > 0) {
        await vi.advanceTimersByTimeAsync(delay - 1);
        expect(transport.batches).toHaveLength(attempt);
      }
      await vi.advanceTimersByTimeAsync(1);
    }
    expect(transport.batches).toHaveLength(failures + 1);
    expect(await outbox.stats()).toMatchObject({ pending: 0, sent: 1, next_attempt_at: null });
  });

  it('waits for Retry-After before sending again', async () => {
    const transport = createRecordingTransport((events, call) =>
      call === 1 ? { kind: 'retry_after', ms: 5_000 } : acceptAll(events),
    );
    const outbox = outboxWith(transport, { maxBatch: 1, random: () => 0 });
    await outbox.enqueue(makeNumberedEvent(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(transport.batches).toHaveLength(1);
    await outbox.flush();
    await vi.advanceTimersByTimeAsync(4_999);
    expect(transport.batches).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(transport.batches).toHaveLength(2);
    expect((transport.sentAt[1] ?? 0) - (transport.sentAt[0] ?? 0)).toBeGreaterThanOrEqual(5_000);
  });

  it('treats a transport that throws as a transient failure and keeps the events', async () => {
    const transport = createRecordingTransport(() => {
      throw new Error('boom');
    });
    const outbox = outboxWith(transport, { random: () => 0.5 });
    await outbox.enqueue(makeNumberedEvent(1));
    expect(await outbox.flush()).toEqual({ sent: 0, pending: 1 });
    expect((await outbox.stats()).next_attempt_at).toBeGreaterThan(Date.now());
  });
});

describe('outbox queue', () => {
  it('refuses an event_id that is already queued', async () => {
    const transport = createRecordingTransport();
    const outbox = outboxWith(transport);
    expect(await outbox.enqueue(makeNumberedEvent(1))).toEqual({ queued: true });
    expect(await outbox.enqueue(makeNumberedEvent(1))).toEqual({ queued: false, reason: 'duplicate' });
    await outbox.flush();
    expect(transport.batches).toEqual([[makeNumberedEvent(1).event_id]]);
  });

  it('drops the oldest events beyond maxQueued and counts them as overflow', async () => {
    const transport = createRecordingTransport();
    const outbox = outboxWith(transport, { maxQueued: 3 });
    for (let n = 1; n <= 5; n += 1) expect(await outbox.enqueue(makeNumberedEvent(n))).toEqual({ queued: true });
    expect(await outbox.stats()).toMatchObject({ pending: 3, dropped: { overflow: 2, rejected: 0 } });
    await outbox.flush();
    expect(transport.batches.flat()).toEqual([3, 4, 5].map((n) => makeNumberedEvent(n).event_id));
  });

  it('never drops an event that is being sent to make room', async () => {
    let release: (result: SyncResult) => void = () => undefined;
    const transport = createRecordingTransport(() => new Promise<SyncResult>((resolve) => (release = resolve)));
    const outbox = outboxWith(transport, { maxQueued: 2, maxBatch: 2 });
    await outbox.enqueue(makeNumberedEvent(1));
    await outbox.enqueue(makeNumberedEvent(2));
    await vi.advanceTimersByTimeAsync(0);
    expect(transport.batches).toHaveLength(1);
    expect(await outbox.enqueue(makeNumberedEvent(3))).toEqual({ queued: false, reason: 'overflow' });
    release(acceptAll([makeNumberedEvent(1), makeNumberedEvent(2)]));
    await vi.advanceTimersByTimeAsync(0);
    expect(await outbox.stats()).toMatchObject({ pending: 0, sent: 2, dropped: { overflow: 1 } });
  });

  it('reports storage_failed and keeps nothing when the write fails', async () => {
    const storage: StoragePort = { ...createMemoryStorage(), set: () => Promise.reject(new Error('quota')) };
    const outbox = createOutbox({ storage, transport: createRecordingTransport() });
    created.push(outbox);
    expect(await outbox.enqueue(makeNumberedEvent(1))).toEqual({ queued: false, reason: 'storage_failed' });
    expect((await outbox.stats()).pending).toBe(0);
  });
});

describe('outbox across service-worker restarts', () => {
  it('a new outbox on the same storage sends what the old one had queued, counters included', async () => {
    const storage = createMemoryStorage();
    const first = createOutbox({ storage, transport: createRecordingTransport() });
    await first.enqueue(makeNumberedEvent(1));
    await first.enqueue(makeNumberedEvent(2));
    await first.destroy(); // the worker dies before any flush

    const transport = createRecordingTransport();
    const second = createOutbox({ storage, transport, flushIntervalMs: 30_000 });
    created.push(second);
    await second.start();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(transport.batches).toEqual([[makeNumberedEvent(1).event_id, makeNumberedEvent(2).event_id]]);

    const third = createOutbox({ storage, transport: createRecordingTransport() });
    created.push(third);
    expect(await third.stats()).toMatchObject({ pending: 0, sent: 2 });
  });

  it('keeps a running backoff across a restart', async () => {
    const storage = createMemoryStorage();
    const failing = createRecordingTransport(() => ({ kind: 'retry_after', ms: 60_000 }));
    const first = createOutbox({ storage, transport: failing });
    await first.enqueue(makeNumberedEvent(1));
    await first.flush();
    await first.destroy();

    const transport = createRecordingTransport();
    const second = createOutbox({ storage, transport });
    created.push(second);
    await second.start();
    expect(await second.flush()).toEqual({ sent: 0, pending: 1 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(transport.batches).toHaveLength(1);
  });
});

describe('outbox concurrency', () => {
  it('never runs two flushes at once', async () => {
    let release: (result: SyncResult) => void = () => undefined;
    let inFlight = 0;
    let maxInFlight = 0;
    const transport = createRecordingTransport(async (events) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const result = await new Promise<SyncResult>((resolve) => (release = resolve));
      inFlight -= 1;
      return result.kind === 'ok' ? acceptAll(events) : result;
    });
    const outbox = outboxWith(transport);
    await outbox.enqueue(makeNumberedEvent(1));
    const a = outbox.flush();
    const b = outbox.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(transport.batches).toHaveLength(1);
    release(acceptAll([]));
    expect(await a).toEqual({ sent: 1, pending: 0 });
    expect(await b).toEqual({ sent: 1, pending: 0 });
    expect(maxInFlight).toBe(1);
  });

  it('destroy() clears the timer: nothing is sent afterwards', async () => {
    const transport = createRecordingTransport();
    const outbox = outboxWith(transport, { flushIntervalMs: 1_000 });
    await outbox.enqueue(makeNumberedEvent(1));
    await outbox.destroy();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(transport.batches).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
