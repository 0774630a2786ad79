import { describe, expect, it, vi } from 'vitest';
import { makeNumberedEvent } from '@companion-autofill/test-kit/learning-events';
import { routerMessaging, TEST_EXTENSION_ID } from '../background/testing/router-messaging.ts';
import type { LearningEvent, Message } from '../protocol/index.ts';
import { InvalidEventError } from './event-sink.ts';
import { createMessageEventSink, createMessageProfilePort, type SendMessage } from './message-ports.ts';

const HASH = 'v1:0123456789abcdef';

/** The background answering profile.get with a learned map. */
const learned = () =>
  routerMessaging({
    'profile.get': vi.fn(async () => ({
      status: 'ok' as const,
      canonical_map: { '#a': 'email' },
      experiments: { profile_holdout: 'treatment' },
      format_map: {},
      field_predictions: {},
    })),
  });
const answering =
  (reply: unknown): SendMessage =>
  async () =>
    reply;

describe('createMessageEventSink', () => {
  it('hands a valid event to the outbox handler', async () => {
    const { handlers, send } = routerMessaging();
    await createMessageEventSink(send).queue(makeNumberedEvent(1));
    expect(handlers['event.queue']).toHaveBeenCalledWith(
      { type: 'event.queue', event: makeNumberedEvent(1) },
      { id: TEST_EXTENSION_ID },
    );
  });

  it('an event the router refuses never reaches the outbox, and rejects with the schema reason', async () => {
    const { handlers, send } = routerMessaging();
    const sink = createMessageEventSink(send);
    const cases: [Partial<LearningEvent>, RegExp][] = [
      [{ duration_ms: -1 }, /^duration_ms: too small/],
      [{ gen_style_id: 'style b!' }, /^gen_style_id: must be 1-64 chars/],
      [{ profile_used: true }, /^profile_used: must be true exactly when/],
      [{ suggested_map: { '#x': 'Not A Canonical' } }, /^suggested_map/],
    ];
    for (const [overrides, reason] of cases) {
      const error: unknown = await sink.queue(makeNumberedEvent(2, overrides)).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(InvalidEventError);
      expect((error as InvalidEventError).reason).toMatch(reason);
    }
    expect(handlers['event.queue']).not.toHaveBeenCalled();
  });

  it('rejects with a plain error when the background fails or answers nonsense', async () => {
    const { send } = routerMessaging({ 'event.queue': async () => Promise.reject(new Error('disk full')) });
    await expect(createMessageEventSink(send).queue(makeNumberedEvent(3))).rejects.toThrow(
      /^event\.queue refused: handler_failed$/,
    );
    for (const reply of [
      undefined,
      { ok: true, data: {} },
      { ok: true, data: { queued: 'yes' } },
      { ok: false, error: { code: 1 } },
    ]) {
      const error: unknown = await createMessageEventSink(answering(reply))
        .queue(makeNumberedEvent(4))
        .catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(InvalidEventError);
    }
  });

  it('resolves for an event the outbox skips (duplicate): it was handed over', async () => {
    const { send } = routerMessaging({ 'event.queue': async () => ({ queued: false, reason: 'duplicate' as const }) });
    await expect(createMessageEventSink(send).queue(makeNumberedEvent(5))).resolves.toBeUndefined();
  });
});

describe('createMessageProfilePort', () => {
  it('asks profile.get with the install id and returns the profile', async () => {
    const { handlers, send } = learned();
    const profile = await createMessageProfilePort(send, 'install-test-0001').getProfile('jobs.example.com', HASH);
    expect(profile).toEqual({
      status: 'ok',
      canonicalMap: { '#a': 'email' },
      experiments: { profile_holdout: 'treatment' },
      formatMap: {},
      fieldPredictions: {},
    });
    const message: Message = {
      type: 'profile.get',
      host: 'jobs.example.com',
      schema_hash: HASH,
      install_id: 'install-test-0001',
    };
    expect(handlers['profile.get']).toHaveBeenCalledWith(message, { id: TEST_EXTENSION_ID });
  });

  it('rejects a refusal and a reply without the fields it reads', async () => {
    const { send } = routerMessaging();
    await expect(createMessageProfilePort(send, 'install-test-0001').getProfile('Not A Host', HASH)).rejects.toThrow(
      /^profile\.get refused: invalid_message$/,
    );
    const malformed = [
      null,
      { ok: true, data: { status: 'ok', canonical_map: { '#a': 42 }, experiments: {} } },
      { ok: true, data: { status: 7, canonical_map: {}, experiments: {} } },
      { ok: true, data: { status: 'ok', canonical_map: {} } },
      { ok: 'yes', data: { status: 'ok', canonical_map: {}, experiments: {} } },
    ];
    for (const reply of malformed) {
      await expect(
        createMessageProfilePort(answering(reply), 'install-test-0001').getProfile('jobs.example.com', HASH),
      ).rejects.toThrow(/^profile\.get: malformed reply$/);
    }
  });
});
