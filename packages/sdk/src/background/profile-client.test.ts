import { afterEach, describe, expect, it } from 'vitest';
import type { ProfileResponse } from '../protocol/index.ts';
import { createMemoryStorage } from '../storage/memory-storage.ts';
import { createProfileClient } from './profile-client.ts';
import type { ProfileClientOptions } from './profile-client.ts';
import { sendJson, startLoopbackServer } from './testing/loopback-server.ts';
import type { LoopbackServer } from './testing/loopback-server.ts';

const HOST = 'boards.greenhouse.io';
const HASH = 'v1:0123456789abcdef';
const TTL = 60_000;

function profile(version: string, canonical: string = 'email'): ProfileResponse {
  return {
    status: 'ok',
    canonical_map: { '[name="q1"]': canonical },
    stats: {
      event_count: 12,
      distinct_installs: 4,
      success_rate: 0.9,
      avg_edit_chars: 3,
      avg_duration_ms: 40_000,
      p50_duration_ms: 38_000,
      p90_duration_ms: 60_000,
      last_event_at: '2026-11-27T09:00:00.000Z',
    },
    experiments: { profile_holdout: 'treatment' },
    version,
  };
}

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server that answers like the real one: ETag = version, 304 when If-None-Match matches. */
async function etagServer(current: () => ProfileResponse): Promise<LoopbackServer> {
  return startLoopbackServer((request, response) => {
    const body = current();
    const etag = `"${body.version}"`;
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag });
      response.end();
      return;
    }
    sendJson(response, 200, body, { etag });
  });
}

function clientFor(url: string, now: { t: number }, extra: Partial<ProfileClientOptions> = {}) {
  return createProfileClient({ serverUrl: url, ttlMs: TTL, clock: () => now.t, ...extra });
}

describe('profile client caching', () => {
  it('sends the query and api key, then answers from cache within the TTL', async () => {
    server = await etagServer(() => profile('a'));
    const now = { t: 1_000_000 };
    const client = clientFor(server.url, now, { apiKey: 'k-123' });
    expect(await client.getProfile(HOST, HASH, 'install-test-0001')).toEqual(profile('a'));
    now.t += TTL - 1;
    expect(await client.getProfile(HOST, HASH, 'install-test-0001')).toEqual(profile('a'));
    expect(server.requests).toHaveLength(1);
    const [first] = server.requests;
    expect(first?.url.pathname).toBe('/api/extension/learning/profile');
    expect(Object.fromEntries(first?.url.searchParams ?? [])).toEqual({
      host: HOST,
      schema_hash: HASH,
      install_id: 'install-test-0001',
    });
    expect(first?.headers['x-api-key']).toBe('k-123');
  });

  it('asks again within the TTL while the form has no profile yet, and takes the one learned since', async () => {
    let current: ProfileResponse = {
      status: 'unknown',
      canonical_map: {},
      stats: null,
      experiments: {},
      version: 'none',
    };
    server = await etagServer(() => current);
    const now = { t: 1_000_000 };
    const client = clientFor(server.url, now);
    expect((await client.getProfile(HOST, HASH)).status).toBe('unknown');
    expect((await client.getProfile(HOST, HASH)).status).toBe('unknown');
    expect(server.requests[1]?.headers['if-none-match']).toBe('"none"');
    current = profile('learned');
    now.t += 1_000;
    expect(await client.getProfile(HOST, HASH)).toEqual(profile('learned'));
    expect(await client.getProfile(HOST, HASH)).toEqual(profile('learned'));
    expect(server.requests).toHaveLength(3);
  });

  it('revalidates with If-None-Match after the TTL; a 304 renews the entry', async () => {
    server = await etagServer(() => profile('a'));
    const now = { t: 1_000_000 };
    const client = clientFor(server.url, now);
    await client.getProfile(HOST, HASH);
    now.t += TTL;
    expect(await client.getProfile(HOST, HASH)).toEqual(profile('a'));
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.headers['if-none-match']).toBe('"a"');
    // The 304 started a new TTL: no request until it runs out again.
    now.t += TTL - 1;
    await client.getProfile(HOST, HASH);
    expect(server.requests).toHaveLength(2);
  });

  it('replaces the entry when revalidation returns a new body', async () => {
    let current = profile('a');
    server = await etagServer(() => current);
    const now = { t: 1_000_000 };
    const client = clientFor(server.url, now);
    await client.getProfile(HOST, HASH);
    current = profile('b', 'phone');
    now.t += TTL;
    expect(await client.getProfile(HOST, HASH)).toEqual(profile('b', 'phone'));
    now.t += 1;
    expect(await client.getProfile(HOST, HASH)).toEqual(profile('b', 'phone'));
    expect(server.requests).toHaveLength(2);
  });

  it('keeps its cache in storage across a service-worker restart', async () => {
    server = await etagServer(() => profile('a'));
    const now = { t: 1_000_000 };
    const storage = createMemoryStorage();
    await clientFor(server.url, now, { storage }).getProfile(HOST, HASH);
    expect(await clientFor(server.url, now, { storage }).getProfile(HOST, HASH)).toEqual(profile('a'));
    expect(server.requests).toHaveLength(1);
  });

  it('keeps learned formats and field predictions through its persisted cache', async () => {
    const learned: ProfileResponse = {
      ...profile('a', 'phone'),
      format_map: { '[name="q1"]': 'phone_national' },
      field_predictions: {
        'f1:00000000000000aa': { canonical: 'leave_alone' },
        'f1:00000000000000bb': { canonical: 'phone', format: 'phone_e164' },
      },
    };
    server = await etagServer(() => learned);
    const now = { t: 1_000_000 };
    const storage = createMemoryStorage();
    expect(await clientFor(server.url, now, { storage }).getProfile(HOST, HASH)).toEqual(learned);
    expect(await clientFor(server.url, now, { storage }).getProfile(HOST, HASH)).toEqual(learned);
    expect(server.requests).toHaveLength(1);
  });

  it('shares one request between concurrent lookups of the same form', async () => {
    server = await etagServer(() => profile('a'));
    const client = clientFor(server.url, { t: 0 });
    const results = await Promise.all([client.getProfile(HOST, HASH), client.getProfile(HOST, HASH)]);
    expect(results).toEqual([profile('a'), profile('a')]);
    expect(server.requests).toHaveLength(1);
  });
});

describe('profile client failures (never throws)', () => {
  it('times out as unavailable without retrying', async () => {
    server = await startLoopbackServer(() => undefined); // never answers
    const client = clientFor(server.url, { t: 0 }, { timeoutMs: 150 });
    expect(await client.getProfile(HOST, HASH)).toEqual({ status: 'unavailable', reason: 'timeout' });
    expect(server.requests).toHaveLength(1);
  });

  it('reports an invalid body as unavailable and caches nothing', async () => {
    const bodies: unknown[] = [{ status: 'ok' }, { ...profile('a'), value: 'x' }, 'not json'];
    server = await startLoopbackServer((_request, response) => {
      const body = bodies.shift();
      if (typeof body === 'string') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(body);
      } else sendJson(response, 200, body);
    });
    const client = clientFor(server.url, { t: 0 });
    for (let i = 0; i < 3; i += 1) {
      expect(await client.getProfile(HOST, HASH)).toEqual({ status: 'unavailable', reason: 'invalid_body' });
    }
    expect(server.requests).toHaveLength(3);
  });

  it('retries a 5xx once, then gives up as http_error', async () => {
    server = await startLoopbackServer((_request, response) => sendJson(response, 503, { error: 'down' }));
    const client = clientFor(server.url, { t: 0 });
    expect(await client.getProfile(HOST, HASH)).toEqual({ status: 'unavailable', reason: 'http_error' });
    expect(server.requests).toHaveLength(2);
  });

  it('recovers when the retry succeeds', async () => {
    server = await startLoopbackServer((request, response) =>
      server?.requests.length === 1 ? sendJson(response, 500, {}) : sendJson(response, 200, profile('a')),
    );
    expect(await clientFor(server.url, { t: 0 }).getProfile(HOST, HASH)).toEqual(profile('a'));
  });

  it('reports a closed port as offline', async () => {
    const closed = await startLoopbackServer(() => undefined);
    await closed.close();
    const client = clientFor(closed.url, { t: 0 });
    expect(await client.getProfile(HOST, HASH)).toEqual({ status: 'unavailable', reason: 'offline' });
  });

  it('refuses an invalid query without a request', async () => {
    server = await etagServer(() => profile('a'));
    const client = clientFor(server.url, { t: 0 });
    expect(await client.getProfile('Evil.com:8080', HASH)).toEqual({ status: 'unavailable', reason: 'invalid_query' });
    expect(await client.getProfile(HOST, 'sha:1')).toEqual({ status: 'unavailable', reason: 'invalid_query' });
    expect(server.requests).toHaveLength(0);
  });
});
