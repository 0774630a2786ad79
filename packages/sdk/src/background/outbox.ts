import type { EventQueueResponse, LearningEvent, OutboxFlushResponse, StatsGetResponse } from '../protocol/index.ts';
import { backoffDelay } from './backoff.ts';
import { normalizeOutboxOptions } from './outbox-options.ts';
import type { OutboxOptions } from './outbox-options.ts';
import { applySyncResult, emptyOutboxState, enqueueEvent, parseOutboxState, takeBatch } from './outbox-state.ts';
import type { OutboxState } from './outbox-state.ts';
import type { SyncResult } from './sync-transport.ts';
import type { TimerHandle } from './timer-port.ts';

/**
 * Outbox: the persisted, batched, retried, deduplicated queue of LearningEvents.
 *
 * Owner: the background service worker (one outbox per storage key). Lifecycle: `createOutbox`
 * only assigns; `start()` loads the persisted queue and arms the timer; `destroy()` clears it.
 * The service worker may be killed at any time, so `enqueue` resolves only once the event is in
 * storage, and a new outbox on the same storage resumes where the old one stopped.
 *
 *   enqueue ──► persist ──► schedule ──(maxBatch pending │ flushIntervalMs │ backoff over)──► flush
 *   flush (also the 1-min alarm) ──► send batch ──► apply result ──► persist ──► next batch │ stop
 *
 * At most one flush runs at a time (a second call shares the first's promise); state changes
 * are serialized so an enqueue during a send cannot lose an update.
 */
export interface Outbox {
  /** Loads the persisted state and schedules a send if events are pending. */
  start(): Promise<void>;
  /** Persists one event, then resolves. Never throws: storage failure is `storage_failed`. */
  enqueue(event: LearningEvent): Promise<EventQueueResponse>;
  /** Sends pending batches now unless a backoff or Retry-After is running. */
  flush(): Promise<OutboxFlushResponse>;
  /** Counters and queue length. Does not mutate. */
  stats(): Promise<StatsGetResponse>;
  /** Clears the timer and waits for a running flush; the persisted queue stays. */
  destroy(): Promise<void>;
}

/** Requests in one flush; more pending events go out in the next one (bounded work per wake-up). */
const MAX_REQUESTS_PER_FLUSH = 100;

/**
 * Creates an outbox. Nothing is read or scheduled until `start()` (or the first call).
 *
 * @example
 * const outbox = createOutbox({ storage, transport: createKySyncTransport({ serverUrl }) });
 * await outbox.start();
 * await outbox.enqueue(event);
 */
export function createOutbox(options: OutboxOptions): Outbox {
  const o = normalizeOutboxOptions(options);
  let state: OutboxState = emptyOutboxState();
  let loading: Promise<void> | null = null;
  let changes: Promise<unknown> = Promise.resolve();
  let flushing: Promise<OutboxFlushResponse> | null = null;
  let inFlight: ReadonlySet<string> = new Set();
  let timer: TimerHandle | undefined;
  let intervalAnchor: number | null = null;
  let destroyed = false;

  function load(): Promise<void> {
    loading ??= o.storage.get(o.storageKey).then(
      (raw) => {
        state = parseOutboxState(raw);
      },
      (error: unknown) => {
        // Starting empty would overwrite the stored queue on the next write: retry the read later.
        loading = null;
        throw error;
      },
    );
    return loading;
  }

  function exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = changes.then(task);
    changes = run.catch(() => undefined);
    return run;
  }

  function clearTimer(): void {
    if (timer !== undefined) o.timers.clearTimeout(timer);
    timer = undefined;
  }

  function schedule(): void {
    clearTimer();
    if (state.queue.length === 0) intervalAnchor = null;
    if (destroyed || flushing !== null || state.queue.length === 0) return;
    const now = o.clock();
    let due: number;
    if (state.notBefore !== null) due = state.notBefore;
    else if (state.queue.length >= o.maxBatch) due = now;
    else due = (intervalAnchor ??= now) + o.flushIntervalMs;
    timer = o.timers.setTimeout(
      () => {
        timer = undefined;
        flush().catch(() => undefined);
      },
      Math.max(0, due - now),
    );
  }

  async function send(batch: LearningEvent[]): Promise<SyncResult> {
    try {
      return await o.transport.send(batch);
    } catch {
      // The port promises not to throw; a broken transport is treated like a network failure.
      return { kind: 'transient', reason: 'network' };
    }
  }

  async function runFlush(): Promise<OutboxFlushResponse> {
    await load();
    clearTimer();
    intervalAnchor = null;
    let sent = 0;
    for (let request = 0; request < MAX_REQUESTS_PER_FLUSH && !destroyed; request += 1) {
      if (state.queue.length === 0) break;
      if (state.notBefore !== null && state.notBefore > o.clock()) break;
      const batch = takeBatch(state, o.maxBatch);
      inFlight = new Set(batch.map((event) => event.event_id));
      const result = await send(batch);
      const applied = await exclusive(async () => {
        const outcome = applySyncResult(state, batch, result, {
          now: o.clock(),
          backoff: (attempt) =>
            backoffDelay(attempt, { baseMs: o.baseBackoffMs, maxMs: o.maxBackoffMs, random: o.random }),
          maxRetryAfterMs: o.maxRetryAfterMs,
        });
        state = outcome.state;
        inFlight = new Set();
        // A failed write is not fatal: the worst case is a resend, which the server dedupes.
        await o.storage.set(o.storageKey, state).catch(() => undefined);
        return outcome;
      });
      sent += applied.sent;
      if (applied.next === 'stop') break;
    }
    return { sent, pending: state.queue.length };
  }

  function flush(): Promise<OutboxFlushResponse> {
    flushing ??= runFlush().finally(() => {
      flushing = null;
      schedule();
    });
    return flushing;
  }

  return {
    async start() {
      await load();
      schedule();
    },

    async enqueue(event) {
      try {
        await load();
      } catch {
        return { queued: false, reason: 'storage_failed' };
      }
      const outcome = await exclusive(async (): Promise<EventQueueResponse> => {
        const next = enqueueEvent(state, event, { maxQueued: o.maxQueued, inFlight });
        if (next.state === state) return next.outcome;
        try {
          await o.storage.set(o.storageKey, next.state);
        } catch {
          return { queued: false, reason: 'storage_failed' };
        }
        state = next.state;
        return next.outcome;
      });
      schedule();
      return outcome;
    },

    flush,

    async stats() {
      await load();
      return {
        pending: state.queue.length,
        sent: state.counters.sent,
        duplicates: state.counters.duplicates,
        dropped: { ...state.counters.dropped },
        next_attempt_at: state.notBefore,
      };
    },

    async destroy() {
      destroyed = true;
      clearTimer();
      await flushing?.catch(() => undefined);
    },
  };
}
