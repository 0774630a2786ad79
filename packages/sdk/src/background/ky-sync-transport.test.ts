import { afterEach, describe, expect, it } from 'vitest';
import type { SyncResponse } from '../protocol/index.ts';
import { createKySyncTransport } from './ky-sync-transport.ts';
import { makeNumberedEvent } from '@companion-autofill/test-kit/learning-events';
import { sendJson, startLoopbackServer } from './testing/loopback-server.ts';
import type { LoopbackServer } from './testing/loopback-server.ts';

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const events = [makeNumberedEvent(1), makeNumberedEvent(2)];

async function answering(status: number, body: unknown, headers: Record<string, string> = {}): Promise<LoopbackServer> {
  server = await startLoopbackServer((_request, response) => sendJson(response, status, body, headers));
  return server;
}

describe('ky sync transport', () => {
  it('POSTs { events } with the api key and returns the validated answer', async () => {
    const body: SyncResponse = { accepted: [events[0]!.event_id], duplicates: [events[1]!.event_id], rejected: [] };
    const { url, requests } = await answering(200, body);
    const transport = createKySyncTransport({ serverUrl: url, apiKey: 'k-1' });
    expect(await transport.send(events)).toEqual({ kind: 'ok', response: body });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: 'POST', headers: { 'x-api-key': 'k-1' } });
    expect(requests[0]?.url.pathname).toBe('/api/extension/learning/sync');
    expect(JSON.parse(requests[0]?.body ?? '')).toEqual({ events });
  });

  it('classifies a 200 with a body that is not a SyncResponse as transient', async () => {
    const { url } = await answering(200, { accepted: 'all' });
    expect(await createKySyncTransport({ serverUrl: url }).send(events)).toEqual({
      kind: 'transient',
      reason: 'invalid_response',
    });
  });

  it('reads Retry-After from a 429 (seconds or HTTP date), once, without retrying itself', async () => {
    const { url, requests } = await answering(429, {}, { 'retry-after': '7' });
    expect(await createKySyncTransport({ serverUrl: url }).send(events)).toEqual({ kind: 'retry_after', ms: 7_000 });
    expect(requests).toHaveLength(1);
    await server?.close();

    const now = Date.parse('2026-11-27T10:00:00Z');
    const dated = await answering(429, {}, { 'retry-after': 'Fri, 27 Nov 2026 10:01:00 GMT' });
    expect(await createKySyncTransport({ serverUrl: dated.url, clock: () => now }).send(events)).toEqual({
      kind: 'retry_after',
      ms: 60_000,
    });
  });

  it('waits as asked on 503 + Retry-After: the server cannot store now (a full disk, #15)', async () => {
    const { url } = await answering(503, { error: 'CA_ERR_STORAGE_UNAVAILABLE' }, { 'retry-after': '30' });
    expect(await createKySyncTransport({ serverUrl: url }).send(events)).toEqual({ kind: 'retry_after', ms: 30_000 });
  });

  it('falls back to backoff for a 429 without Retry-After', async () => {
    const { url } = await answering(429, {});
    expect(await createKySyncTransport({ serverUrl: url }).send(events)).toEqual({
      kind: 'transient',
      reason: 'rate_limited',
    });
  });

  it.each([
    [400, { kind: 'rejected_batch', status: 400 }],
    [413, { kind: 'rejected_batch', status: 413 }],
    [500, { kind: 'transient', reason: 'server_error' }],
    [503, { kind: 'transient', reason: 'server_error' }],
    [401, { kind: 'transient', reason: 'unexpected_status' }],
  ])('classifies status %i', async (status, expected) => {
    const { url, requests } = await answering(status, { error: 'x' });
    expect(await createKySyncTransport({ serverUrl: url }).send(events)).toEqual(expected);
    expect(requests).toHaveLength(1);
  });

  it('reports a timeout and a closed port as transient', async () => {
    server = await startLoopbackServer(() => undefined);
    expect(await createKySyncTransport({ serverUrl: server.url, timeoutMs: 100 }).send(events)).toEqual({
      kind: 'transient',
      reason: 'timeout',
    });
    await server.close();
    expect(await createKySyncTransport({ serverUrl: server.url }).send(events)).toEqual({
      kind: 'transient',
      reason: 'network',
    });
    server = undefined;
  });
});
