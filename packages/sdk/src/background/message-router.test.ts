import { describe, expect, it, vi } from 'vitest';
import type { HandlerMap } from './message-router.ts';
import { createMessageRouter, isCompanionMessage } from './message-router.ts';
import { buildLearningEvent, type LearningEventInput } from '../event/build-learning-event.ts';
import { makeNumberedEvent } from '@companion-autofill/test-kit/learning-events';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const self = { id: EXTENSION_ID, url: 'https://boards.greenhouse.io/acme/jobs/1' };

function handlers(overrides: Partial<HandlerMap> = {}): HandlerMap {
  return {
    'profile.get': vi.fn(async () => ({
      status: 'unknown' as const,
      canonical_map: {},
      format_map: {},
      field_predictions: {},
      experiments: {},
    })),
    'event.queue': vi.fn(async () => ({ queued: true })),
    'outbox.flush': vi.fn(async () => ({ sent: 0, pending: 0 })),
    'stats.get': vi.fn(async () => ({
      pending: 0,
      sent: 0,
      duplicates: 0,
      dropped: { rejected: 0, overflow: 0 },
      next_attempt_at: null,
    })),
    ...overrides,
  };
}

describe('message router', () => {
  it('dispatches a valid message to the handler of its type', async () => {
    const map = handlers();
    const router = createMessageRouter({ extensionId: EXTENSION_ID, handlers: map });
    const message = { type: 'profile.get', host: 'boards.greenhouse.io', schema_hash: 'v1:0123456789abcdef' };
    expect(await router.handle(message, self)).toEqual({
      ok: true,
      data: { status: 'unknown', canonical_map: {}, format_map: {}, field_predictions: {}, experiments: {} },
    });
    expect(map['profile.get']).toHaveBeenCalledWith(message, self);
    expect(map['event.queue']).not.toHaveBeenCalled();
  });

  it('refuses senders that are not this extension before reading the message', async () => {
    const map = handlers();
    const router = createMessageRouter({ extensionId: EXTENSION_ID, handlers: map });
    const queue = { type: 'event.queue', event: makeNumberedEvent(1) };
    for (const sender of [{ id: 'another-extension-id' }, {}, { url: 'https://evil.example/' }]) {
      expect(await router.handle(queue, sender)).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    }
    expect(map['event.queue']).not.toHaveBeenCalled();
  });

  it('answers invalid messages with the failing path, never throwing', async () => {
    const router = createMessageRouter({ extensionId: EXTENSION_ID, handlers: handlers() });
    const cases: [unknown, RegExp][] = [
      [{ type: 'profile.get', host: 'Boards.io:443', schema_hash: 'v1:0123456789abcdef' }, /^host: /],
      [{ type: 'outbox.flush', url: 'http://169.254.169.254/' }, /unknown key \(name not shown\)/],
      [{ type: 'fetch.url', url: 'http://127.0.0.1:22/' }, /^type: /],
      [null, /^\(root\): /],
      ['stats.get', /^\(root\): /],
    ];
    for (const [raw, reason] of cases) {
      const reply = await router.handle(raw, self);
      expect(reply.ok).toBe(false);
      if (!reply.ok) {
        expect(reply.error.code).toBe('invalid_message');
        expect(reply.error.message).toMatch(reason);
      }
    }
  });

  it('never echoes a value from a rejected event back', async () => {
    const map = handlers();
    const router = createMessageRouter({ extensionId: EXTENSION_ID, handlers: map });
    const canary = 'CANARY-jane.doe@example.com';
    const event = { ...makeNumberedEvent(1), final_map: { '[name="email"]': canary } };
    const reply = await router.handle({ type: 'event.queue', event }, self);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_message' } });
    expect(JSON.stringify(reply)).not.toContain(canary);
    expect(map['event.queue']).not.toHaveBeenCalled();
  });

  // The content side assembles events without validating them (it carries no schema): this router
  // is where an invalid one stops. It must never reach the outbox, and the refusal must say why.
  it('refuses an event the content side built from bad input, naming the field, before the outbox sees it', async () => {
    const map = handlers();
    const router = createMessageRouter({ extensionId: EXTENSION_ID, handlers: map });
    const input: LearningEventInput = {
      installId: 'install-test-0001',
      endedAtMs: Date.UTC(2026, 10, 27, 12),
      host: 'boards.greenhouse.io',
      schemaHash: 'v1:0123456789abcdef',
      status: 'ok',
      durationMs: 5_000,
      fillMs: 4,
      editStats: { total_chars_added: 0, total_chars_deleted: 0, per_field: {} },
      suggestedMap: { '#email': 'email' },
      finalMap: { '#email': 'email' },
      fieldSources: { '#email': 'heuristic' },
      profileUsed: false,
      profileSource: 'heuristics_only',
    };
    const valid = await router.handle({ type: 'event.queue', event: buildLearningEvent(input) }, self);
    expect(valid).toEqual({ ok: true, data: { queued: true } });
    expect(map['event.queue']).toHaveBeenCalledOnce();

    const cases: [Partial<LearningEventInput>, string | RegExp][] = [
      [{ durationMs: -3 }, /^event\.duration_ms: too small \(min 0\)$/],
      [{ genStyleId: 'style b!' }, 'event.gen_style_id: must be 1-64 chars of [A-Za-z0-9_.-]'],
      [{ profileUsed: true }, 'event.profile_used: must be true exactly when profile_source is server_only or merged'],
      [{ endedAtMs: Number.NaN }, /^event\.occurred_at: /],
      [{ schemaHash: 'abc' }, 'event.schema_hash: must be v1:<16 hex chars>'],
      [{ finalMap: { '#email': 'Not Canonical' } }, /^event\.final_map/],
    ];
    for (const [overrides, reason] of cases) {
      const reply = await router.handle(
        { type: 'event.queue', event: buildLearningEvent({ ...input, ...overrides }) },
        self,
      );
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_message' } });
      if (!reply.ok) expect(reply.error.message).toMatch(reason);
    }
    expect(map['event.queue']).toHaveBeenCalledOnce();
  });

  it('turns a throwing handler into handler_failed without its message', async () => {
    const secret = 'CANARY-secret-detail';
    const router = createMessageRouter({
      extensionId: EXTENSION_ID,
      handlers: handlers({ 'stats.get': async () => Promise.reject(new Error(secret)) }),
    });
    const reply = await router.handle({ type: 'stats.get' }, self);
    expect(reply).toEqual({ ok: false, error: { code: 'handler_failed', message: 'stats.get failed' } });
  });
});

describe('isCompanionMessage', () => {
  it('recognises our message types only', () => {
    expect(isCompanionMessage({ type: 'stats.get' })).toBe(true);
    expect(isCompanionMessage({ type: 'event.queue', event: 'broken' })).toBe(true);
    expect(isCompanionMessage({ type: 'host-extension/ping' })).toBe(false);
    expect(isCompanionMessage({ type: 42 })).toBe(false);
    expect(isCompanionMessage('stats.get')).toBe(false);
    expect(isCompanionMessage(undefined)).toBe(false);
  });
});
