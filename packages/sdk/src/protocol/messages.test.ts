import { describe, expect, it } from 'vitest';
import { MESSAGE_TYPES, Message, ProfileGetResponse, replySchema } from './index.ts';

describe('Message', () => {
  it('has one schema member per message type', () => {
    const minimal: Record<(typeof MESSAGE_TYPES)[number], unknown> = {
      'profile.get': { type: 'profile.get', host: 'boards.greenhouse.io', schema_hash: 'v1:0123456789abcdef' },
      'event.queue': { type: 'event.queue', event: {} },
      'outbox.flush': { type: 'outbox.flush' },
      'stats.get': { type: 'stats.get' },
    };
    for (const type of MESSAGE_TYPES) {
      const result = Message.safeParse(minimal[type]);
      // event.queue fails on its empty event, not on its type: the type itself is known.
      if (!result.success) expect(result.error.issues[0]?.path[0]).toBe('event');
    }
  });

  it('rejects unknown keys, so no message can smuggle a URL or a value', () => {
    expect(Message.safeParse({ type: 'outbox.flush', url: 'http://127.0.0.1/' }).success).toBe(false);
    expect(Message.safeParse({ type: 'stats.get', value: 'x' }).success).toBe(false);
  });
});

describe('replySchema', () => {
  it('accepts the success shape of its own type and the error shape', () => {
    const flush = replySchema('outbox.flush');
    expect(flush.safeParse({ ok: true, data: { sent: 2, pending: 0 } }).success).toBe(true);
    expect(flush.safeParse({ ok: true, data: { queued: true } }).success).toBe(false);
    expect(flush.safeParse({ ok: false, error: { code: 'invalid_message', message: 'type: x' } }).success).toBe(true);
    expect(flush.safeParse({ ok: false, error: { code: 'teapot', message: '' } }).success).toBe(false);
  });

  it('lets profile.get say unavailable with a closed reason', () => {
    const base = { canonical_map: {}, format_map: {}, field_predictions: {}, experiments: {} };
    expect(ProfileGetResponse.safeParse({ ...base, status: 'unavailable', reason: 'timeout' }).success).toBe(true);
    expect(ProfileGetResponse.safeParse({ ...base, status: 'unavailable', reason: 'because' }).success).toBe(false);
  });

  it('carries learned formats and field predictions to the content side, always present', () => {
    const reply = {
      status: 'unknown',
      canonical_map: {},
      format_map: {},
      field_predictions: {
        'f1:00000000000000aa': { canonical: 'leave_alone' },
        'f1:00000000000000bb': { canonical: 'phone', format: 'phone_e164' },
      },
      experiments: {},
    };
    expect(ProfileGetResponse.parse(reply)).toEqual(reply);
    expect(ProfileGetResponse.safeParse({ ...reply, status: 'ok', format_map: { '#p': 'phone_digits' } }).success).toBe(
      true,
    );
    const { format_map: _formats, ...withoutFormats } = reply;
    expect(ProfileGetResponse.safeParse(withoutFormats).success).toBe(false);
    expect(ProfileGetResponse.safeParse({ ...reply, format_map: { '#p': 'shouty' } }).success).toBe(false);
  });
});
