import { afterEach, describe, expect, it } from 'vitest';
import type { ProfileResponse } from '../protocol/index.ts';
import { createMemoryStorage } from '../storage/memory-storage.ts';
import { createBackgroundHandlers, toProfileGetResponse } from './handlers.ts';
import { createMessageRouter } from './message-router.ts';
import { createOutbox } from './outbox.ts';
import { createProfileClient } from './profile-client.ts';
import { sendJson, startLoopbackServer } from './testing/loopback-server.ts';
import type { LoopbackServer } from './testing/loopback-server.ts';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const PREDICTIONS = {
  'f1:00000000000000aa': { canonical: 'phone', format: 'phone_national' },
  'f1:00000000000000bb': { canonical: 'leave_alone' },
} as const;

const unknownForm: ProfileResponse = {
  status: 'unknown',
  canonical_map: {},
  field_predictions: { ...PREDICTIONS },
  stats: null,
  experiments: { profile_holdout: 'treatment' },
  version: 'none-p1',
};

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('toProfileGetResponse', () => {
  it('passes learned formats and field predictions through, leaving stats and version behind', () => {
    const ok: ProfileResponse = {
      ...unknownForm,
      status: 'ok',
      canonical_map: { '#phone': 'phone' },
      format_map: { '#phone': 'phone_e164' },
    };
    expect(toProfileGetResponse(ok)).toEqual({
      status: 'ok',
      canonical_map: { '#phone': 'phone' },
      format_map: { '#phone': 'phone_e164' },
      field_predictions: PREDICTIONS,
      experiments: { profile_holdout: 'treatment' },
    });
  });

  it('gives empty maps for what the server left out, and for an unavailable server', () => {
    const old: ProfileResponse = {
      status: 'rejected',
      reason: 'low_success_rate',
      canonical_map: {},
      stats: null,
      experiments: {},
      version: 'r1',
    };
    expect(toProfileGetResponse(old)).toMatchObject({ format_map: {}, field_predictions: {} });
    expect(toProfileGetResponse({ status: 'unavailable', reason: 'offline' })).toEqual({
      status: 'unavailable',
      reason: 'offline',
      canonical_map: {},
      format_map: {},
      field_predictions: {},
      experiments: {},
    });
  });
});

describe('profile.get through the background', () => {
  it('answers a form the server never saw with the field predictions of its host, and asks again the second time', async () => {
    server = await startLoopbackServer((_request, response) => sendJson(response, 200, unknownForm, { etag: '"p1"' }));
    const profiles = createProfileClient({ serverUrl: server.url, storage: createMemoryStorage() });
    const outbox = createOutbox({
      storage: createMemoryStorage(),
      transport: { send: async () => ({ kind: 'transient', reason: 'network' }) },
    });
    const router = createMessageRouter({
      extensionId: EXTENSION_ID,
      handlers: createBackgroundHandlers({ profiles, outbox }),
    });
    const message = { type: 'profile.get', host: 'acme.wd5.myworkdayjobs.com', schema_hash: 'v1:0123456789abcdef' };

    const expected = {
      ok: true,
      data: {
        status: 'unknown',
        canonical_map: {},
        format_map: {},
        field_predictions: PREDICTIONS,
        experiments: { profile_holdout: 'treatment' },
      },
    };
    expect(await router.handle(message, { id: EXTENSION_ID })).toEqual(expected);
    expect(await router.handle(message, { id: EXTENSION_ID })).toEqual(expected);
    // A form with no profile yet is asked about again: a profile learned since must reach the install.
    expect(server.requests).toHaveLength(2);
  });
});
