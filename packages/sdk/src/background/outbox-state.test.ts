import { describe, expect, it } from 'vitest';
import type { LearningEvent } from '../protocol/index.ts';
import { applySyncResult, emptyOutboxState, enqueueEvent, parseOutboxState, takeBatch } from './outbox-state.ts';
import type { ApplyContext, OutboxState } from './outbox-state.ts';
import type { SyncResult } from './sync-transport.ts';
import { makeNumberedEvent } from '@companion-autofill/test-kit/learning-events';
import { acceptAll } from './testing/recording-transport.ts';

const context: ApplyContext = { now: 1_000_000, backoff: (attempt) => attempt * 100, maxRetryAfterMs: 60_000 };

function stateWith(events: LearningEvent[], patch: Partial<OutboxState> = {}): OutboxState {
  return { ...emptyOutboxState(), queue: events, ...patch };
}

const id = (n: number) => makeNumberedEvent(n).event_id;

describe('applySyncResult: a 200 answer', () => {
  it('removes accepted, duplicate and rejected events and counts each kind', () => {
    const batch = [1, 2, 3, 4].map((n) => makeNumberedEvent(n));
    const state = stateWith([...batch, makeNumberedEvent(5)], { attempt: 3, notBefore: 5 });
    const result: SyncResult = {
      kind: 'ok',
      response: {
        accepted: [id(1)],
        duplicates: [id(2)],
        // One rejection names its id, one only its position (the server could not read the id).
        rejected: [
          { event_id: id(3), index: 2, reason: 'status: must be one of ok' },
          { event_id: null, index: 3, reason: 'event_id: invalid uuid' },
        ],
      },
    };
    const applied = applySyncResult(state, batch, result, context);
    expect(applied.state.queue.map((event) => event.event_id)).toEqual([id(5)]);
    expect(applied.state.counters).toEqual({ sent: 1, duplicates: 1, dropped: { rejected: 2, overflow: 0 } });
    expect(applied).toMatchObject({ sent: 1, next: 'continue' });
    expect(applied.state).toMatchObject({ attempt: 0, notBefore: null });
  });

  it('ignores ids that were not in the batch', () => {
    const batch = [makeNumberedEvent(1)];
    const state = stateWith([makeNumberedEvent(1), makeNumberedEvent(2)]);
    const result: SyncResult = { kind: 'ok', response: { accepted: [id(1), id(2)], duplicates: [], rejected: [] } };
    expect(applySyncResult(state, batch, result, context).state.queue.map((event) => event.event_id)).toEqual([id(2)]);
  });

  it('keeps events the server did not account for and backs off instead of resending at once', () => {
    const batch = [makeNumberedEvent(1), makeNumberedEvent(2)];
    const result: SyncResult = { kind: 'ok', response: { accepted: [id(1)], duplicates: [], rejected: [] } };
    const applied = applySyncResult(stateWith(batch), batch, result, context);
    expect(applied.state.queue.map((event) => event.event_id)).toEqual([id(2)]);
    expect(applied).toMatchObject({ sent: 1, next: 'stop' });
    expect(applied.state.notBefore).toBe(context.now + context.backoff(1));
  });
});

describe('applySyncResult: failures', () => {
  it('a transient failure keeps the batch and schedules attempt n+1', () => {
    const state = stateWith([makeNumberedEvent(1)], { attempt: 2 });
    const applied = applySyncResult(state, state.queue, { kind: 'transient', reason: 'timeout' }, context);
    expect(applied.state.queue).toHaveLength(1);
    expect(applied.state).toMatchObject({ attempt: 3, notBefore: context.now + context.backoff(3) });
    expect(applied.next).toBe('stop');
  });

  it('honours Retry-After, never sooner than the backoff, clamped at maxRetryAfterMs', () => {
    const state = stateWith([makeNumberedEvent(1)]);
    const wait = (ms: number) =>
      (applySyncResult(state, state.queue, { kind: 'retry_after', ms }, context).state.notBefore ?? 0) - context.now;
    expect(wait(5_000)).toBe(5_000);
    expect(wait(0)).toBe(context.backoff(1));
    expect(wait(10 * 60 * 60_000)).toBe(context.maxRetryAfterMs);
  });
});

describe('whole-batch rejection (400/413)', () => {
  it('cannot loop: every request removes an event or shrinks the batch, and only poisoned events are lost', () => {
    const maxBatch = 16;
    const events = Array.from({ length: 40 }, (_, i) => makeNumberedEvent(i + 1));
    const poisoned = new Set([id(3), id(17), id(18), id(40)]);
    let state = stateWith(events);
    let requests = 0;
    const accepted: string[] = [];
    while (state.queue.length > 0 && requests < 10_000) {
      const batch = takeBatch(state, maxBatch);
      requests += 1;
      const result: SyncResult = batch.some((event) => poisoned.has(event.event_id))
        ? { kind: 'rejected_batch', status: 400 }
        : acceptAll(batch);
      if (result.kind === 'ok') accepted.push(...result.response.accepted);
      const before = { length: state.queue.length, limit: state.splitLimit ?? maxBatch };
      state = applySyncResult(state, batch, result, context).state;
      const progressed = state.queue.length < before.length || (state.splitLimit ?? maxBatch) < before.limit;
      expect(progressed).toBe(true);
    }
    expect(state.queue).toEqual([]);
    expect(new Set(accepted)).toEqual(new Set(events.map((event) => event.event_id).filter((e) => !poisoned.has(e))));
    expect(state.counters.dropped.rejected).toBe(poisoned.size);
    expect(requests).toBeLessThanOrEqual(events.length * (1 + Math.ceil(Math.log2(maxBatch))));
  });
});

describe('enqueueEvent', () => {
  it('refuses a queued event_id', () => {
    const state = stateWith([makeNumberedEvent(1)]);
    const next = enqueueEvent(state, makeNumberedEvent(1), { maxQueued: 10, inFlight: new Set() });
    expect(next).toEqual({ state, outcome: { queued: false, reason: 'duplicate' } });
  });

  it('drops the oldest event not in flight when full', () => {
    const state = stateWith([makeNumberedEvent(1), makeNumberedEvent(2), makeNumberedEvent(3)]);
    const next = enqueueEvent(state, makeNumberedEvent(4), { maxQueued: 3, inFlight: new Set([id(1)]) });
    expect(next.state.queue.map((event) => event.event_id)).toEqual([id(1), id(3), id(4)]);
    expect(next.state.counters.dropped.overflow).toBe(1);
  });
});

describe('parseOutboxState', () => {
  it('starts fresh from an unreadable value', () => {
    expect(parseOutboxState(undefined)).toEqual(emptyOutboxState());
    expect(parseOutboxState({ queue: 'nope' })).toEqual(emptyOutboxState());
  });

  it('drops stored events that no longer parse (counted as rejected) and repeated ids', () => {
    const stored = {
      ...stateWith([makeNumberedEvent(1), makeNumberedEvent(1), makeNumberedEvent(2)]),
      queue: [makeNumberedEvent(1), makeNumberedEvent(1), { ...makeNumberedEvent(2), typed_value: 'secret' }],
    };
    const state = parseOutboxState(JSON.parse(JSON.stringify(stored)));
    expect(state.queue.map((event) => event.event_id)).toEqual([id(1)]);
    expect(state.counters.dropped.rejected).toBe(1);
  });
});

describe('takeBatch', () => {
  it('never mixes installs in one batch: the oldest install goes first, in its own batches (#15)', () => {
    const old = [1, 2, 3].map((n) => ({ ...makeNumberedEvent(n), install_id: 'install-old00001' }));
    const fresh = [4, 5].map((n) => ({ ...makeNumberedEvent(n), install_id: 'install-new00002' }));
    const state = stateWith([...old, ...fresh, { ...makeNumberedEvent(6), install_id: 'install-old00001' }]);
    expect(takeBatch(state, 10).map((event) => event.event_id)).toEqual([id(1), id(2), id(3)]);
    expect(takeBatch(state, 2).map((event) => event.event_id)).toEqual([id(1), id(2)]);
    expect(takeBatch(stateWith([...fresh, ...old]), 10).map((event) => event.install_id)).toEqual([
      'install-new00002',
      'install-new00002',
    ]);
    expect(takeBatch(stateWith([]), 10)).toEqual([]);
  });
});
