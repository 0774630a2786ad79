import * as z from 'zod/mini';
import { LearningEvent } from '../protocol/index.ts';
import type { QueueSkipReason } from '../protocol/index.ts';
import type { SyncResult } from './sync-transport.ts';

/**
 * The outbox's persisted state and its pure transitions (no timers, no storage, no network).
 * Queue, counters and retry state live in ONE storage value so that each change is a single
 * atomic write: an event is never both "removed" and "not counted", whatever moment the service
 * worker is killed at. The cost is rewriting the whole queue per change; that is cheap in normal
 * use (the queue drains every 30 s) and bounded by maxQueued when the server is away for long.
 */

/** Totals since install. */
export interface OutboxCounters {
  /** Events the server stored (accepted). */
  sent: number;
  /** Events the server already had (an earlier send got through but its answer was lost). */
  duplicates: number;
  dropped: { rejected: number; overflow: number };
}

export interface OutboxState {
  /** Oldest first; unique event_ids. */
  queue: LearningEvent[];
  counters: OutboxCounters;
  /** Consecutive failed sends; 0 after a decided answer. */
  attempt: number;
  /** Epoch ms before which nothing is sent (backoff or Retry-After); null when not retrying. */
  notBefore: number | null;
  /** Size cap of the next batch after a whole-batch rejection; null = maxBatch. */
  splitLimit: number | null;
}

const Count = z.int().check(z.gte(0));
const StoredState = z.object({
  queue: z.array(z.unknown()),
  counters: z.object({
    sent: Count,
    duplicates: Count,
    dropped: z.object({ rejected: Count, overflow: Count }),
  }),
  attempt: Count,
  notBefore: z.nullable(Count),
  splitLimit: z.nullable(z.int().check(z.gte(1))),
});

/** The state of a fresh install. */
export function emptyOutboxState(): OutboxState {
  return {
    queue: [],
    counters: { sent: 0, duplicates: 0, dropped: { rejected: 0, overflow: 0 } },
    attempt: 0,
    notBefore: null,
    splitLimit: null,
  };
}

/**
 * Reads a stored state back. Storage is outside our control (older SDK, manual edits): an
 * unreadable envelope starts fresh, and stored events that no longer parse are dropped and
 * counted as rejected, since the server would reject them too.
 */
export function parseOutboxState(raw: unknown): OutboxState {
  const parsed = StoredState.safeParse(raw);
  if (!parsed.success) return emptyOutboxState();
  const queue: LearningEvent[] = [];
  const seen = new Set<string>();
  let invalid = 0;
  for (const item of parsed.data.queue) {
    const event = LearningEvent.safeParse(item);
    if (!event.success) invalid += 1;
    else if (!seen.has(event.data.event_id)) {
      seen.add(event.data.event_id);
      queue.push(event.data);
    }
  }
  const { counters } = parsed.data;
  return {
    ...parsed.data,
    queue,
    counters: { ...counters, dropped: { ...counters.dropped, rejected: counters.dropped.rejected + invalid } },
  };
}

export type EnqueueOutcome = { queued: true } | { queued: false; reason: QueueSkipReason };

/**
 * Adds one event. A known event_id is refused as `duplicate`. When the queue is full the oldest
 * event that is not being sent right now is dropped (counted as overflow); if every queued event
 * is in flight, the new one is refused instead.
 */
export function enqueueEvent(
  state: OutboxState,
  event: LearningEvent,
  limits: { maxQueued: number; inFlight: ReadonlySet<string> },
): { state: OutboxState; outcome: EnqueueOutcome } {
  if (state.queue.some((queued) => queued.event_id === event.event_id)) {
    return { state, outcome: { queued: false, reason: 'duplicate' } };
  }
  let queue = state.queue;
  let overflow = 0;
  while (queue.length >= limits.maxQueued) {
    const victim = queue.findIndex((queued) => !limits.inFlight.has(queued.event_id));
    if (victim === -1) {
      const counters = bumpDropped(state.counters, 'overflow', 1 + overflow);
      return { state: { ...state, queue, counters }, outcome: { queued: false, reason: 'overflow' } };
    }
    queue = [...queue.slice(0, victim), ...queue.slice(victim + 1)];
    overflow += 1;
  }
  const counters = overflow > 0 ? bumpDropped(state.counters, 'overflow', overflow) : state.counters;
  return { state: { ...state, queue: [...queue, event], counters }, outcome: { queued: true } };
}

/**
 * The next batch to send: the oldest events, at most maxBatch (or the split limit), all of the
 * oldest event's install. The server refuses a batch that mixes installs (one request is one
 * install); the queue holds two only around a reset of the install id, and the old id's events
 * then go first, in their own batches.
 */
export function takeBatch(state: OutboxState, maxBatch: number): LearningEvent[] {
  const limit = Math.min(maxBatch, state.splitLimit ?? maxBatch);
  const install = state.queue[0]?.install_id;
  const end = state.queue.findIndex((event, index) => index >= limit || event.install_id !== install);
  return state.queue.slice(0, end === -1 ? limit : end);
}

/** What the flush loop does after a result: send the next batch now, or stop until scheduled. */
export type AfterSend = 'continue' | 'stop';

export interface ApplyContext {
  now: number;
  /** Delay for failed attempt number n (1-based), jittered. */
  backoff: (attempt: number) => number;
  /** Retry-After values above this are clamped, so one bad header cannot stall the outbox. */
  maxRetryAfterMs: number;
}

/**
 * Folds one send's result into the state.
 *
 * Whole-batch rejections (400/413/422) cannot loop: a batch of n > 1 is retried at ceil(n/2)
 * (strictly smaller), and a rejected batch of one is dropped and counted. Every request therefore
 * either removes at least one event or shrinks the batch, so a poisoned event costs at most
 * log2(maxBatch) + 1 requests.
 */
export function applySyncResult(
  state: OutboxState,
  batch: readonly LearningEvent[],
  result: SyncResult,
  context: ApplyContext,
): { state: OutboxState; sent: number; next: AfterSend } {
  switch (result.kind) {
    case 'ok':
      return applyAnswer(state, batch, result.response, context);
    case 'rejected_batch': {
      if (batch.length > 1)
        return { state: { ...state, splitLimit: Math.ceil(batch.length / 2) }, sent: 0, next: 'continue' };
      const ids = new Set(batch.map((event) => event.event_id));
      const queue = state.queue.filter((event) => !ids.has(event.event_id));
      const counters = bumpDropped(state.counters, 'rejected', state.queue.length - queue.length);
      return { state: { ...state, queue, counters, splitLimit: null }, sent: 0, next: 'continue' };
    }
    case 'retry_after': {
      const attempt = state.attempt + 1;
      // Never earlier than the server asked; never sooner than our own backoff either, so a
      // stream of `Retry-After: 0` still slows down.
      const wait = Math.max(Math.min(result.ms, context.maxRetryAfterMs), context.backoff(attempt));
      return { state: { ...state, attempt, notBefore: context.now + wait }, sent: 0, next: 'stop' };
    }
    case 'transient':
      return { state: retryLater(state, context), sent: 0, next: 'stop' };
  }
}

function applyAnswer(
  state: OutboxState,
  batch: readonly LearningEvent[],
  response: { accepted: string[]; duplicates: string[]; rejected: { event_id: string | null; index: number }[] },
  context: ApplyContext,
): { state: OutboxState; sent: number; next: AfterSend } {
  const inBatch = new Set(batch.map((event) => event.event_id));
  const accepted = new Set(response.accepted.filter((id) => inBatch.has(id)));
  const duplicates = new Set(response.duplicates.filter((id) => inBatch.has(id) && !accepted.has(id)));
  const rejected = new Set<string>();
  for (const entry of response.rejected) {
    // An event without a readable id is identified by its position in the batch we sent.
    const id = entry.event_id !== null && inBatch.has(entry.event_id) ? entry.event_id : batch[entry.index]?.event_id;
    if (id !== undefined && !accepted.has(id) && !duplicates.has(id)) rejected.add(id);
  }
  const settled = (id: string) => accepted.has(id) || duplicates.has(id) || rejected.has(id);
  const queue = state.queue.filter((event) => !settled(event.event_id));
  const sent = countIn(state.queue, accepted);
  const counters: OutboxCounters = {
    sent: state.counters.sent + sent,
    duplicates: state.counters.duplicates + countIn(state.queue, duplicates),
    dropped: { ...state.counters.dropped, rejected: state.counters.dropped.rejected + countIn(state.queue, rejected) },
  };
  const next: OutboxState = { ...state, queue, counters };
  const complete = batch.every((event) => settled(event.event_id));
  if (!complete) {
    // The server skipped events of the batch: keep them and back off rather than resend at once.
    return { state: retryLater(next, context), sent, next: 'stop' };
  }
  return { state: { ...next, attempt: 0, notBefore: null, splitLimit: null }, sent, next: 'continue' };
}

function retryLater(state: OutboxState, context: ApplyContext): OutboxState {
  const attempt = state.attempt + 1;
  return { ...state, attempt, notBefore: context.now + context.backoff(attempt) };
}

function countIn(queue: readonly LearningEvent[], ids: ReadonlySet<string>): number {
  return queue.reduce((n, event) => (ids.has(event.event_id) ? n + 1 : n), 0);
}

function bumpDropped(counters: OutboxCounters, reason: 'rejected' | 'overflow', by: number): OutboxCounters {
  return { ...counters, dropped: { ...counters.dropped, [reason]: counters.dropped[reason] + by } };
}
