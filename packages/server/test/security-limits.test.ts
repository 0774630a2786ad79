import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeEvent, postBatch } from '@companion-autofill/test-kit/learning-events';
import { runCli, startServersPerTest } from '@companion-autofill/test-kit/server-process';

const startServer = startServersPerTest();
const start = (env: Record<string, string>) => startServer({ env });
function postRaw(url: string, body: Buffer | string, headers: Record<string, string>) {
  return fetch(`${url}/api/extension/learning/sync`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

describe('abuse limits', () => {
  it('limits requests per install with 429 and Retry-After', async () => {
    const server = await start({ COMPANION_RATE_LIMIT_PER_INSTALL: '5' });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await postBatch(server.url, [makeEvent({ install_id: 'install-flood001' })])).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const limited = await postRaw(
      server.url,
      JSON.stringify({ events: [makeEvent({ install_id: 'install-flood001' })] }),
      {},
    );
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: 'CA_ERR_RATE_LIMITED' });
    // Another install from the same address is not held back by the first one's limit.
    expect((await postBatch(server.url, [makeEvent({ install_id: 'install-other001' })])).status).toBe(200);
  });

  it('refuses a batch mixing installs, so a decoy first event cannot carry other installs past the limit (#15)', async () => {
    const server = await start({ COMPANION_RATE_LIMIT_PER_INSTALL: '5' });
    const victim = Array.from({ length: 5 }, () => makeEvent({ install_id: 'install-flooded1' }));
    for (let i = 0; i < 3; i++) {
      const mixed = [
        makeEvent({ install_id: `install-decoy-${i}000` }),
        ...victim.map((e) => ({ ...e, event_id: crypto.randomUUID() })),
      ];
      const response = await postRaw(server.url, JSON.stringify({ events: mixed }), {});
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: 'CA_ERR_MIXED_INSTALLS',
        message: 'a sync batch carries the events of one install only: send one batch per install_id',
      });
    }
    // Nothing of the refused batches was counted or stored: the install still has its whole allowance.
    expect((await postBatch(server.url, victim)).status).toBe(200);
  });

  it('counts every event of a batch against the per-install limit (#15)', async () => {
    const server = await start({ COMPANION_RATE_LIMIT_PER_INSTALL: '5' });
    const batch = (n: number) => Array.from({ length: n }, () => makeEvent({ install_id: 'install-counted1' }));
    expect((await postBatch(server.url, batch(4))).status).toBe(200);
    expect((await postBatch(server.url, batch(1))).status).toBe(200);
    expect((await postBatch(server.url, batch(1))).status).toBe(429);
    const big = await start({ COMPANION_RATE_LIMIT_PER_INSTALL: '5' });
    expect((await postBatch(big.url, batch(6))).status).toBe(429);
  });

  it('limits requests per IP', async () => {
    const server = await start({ COMPANION_RATE_LIMIT_PER_IP: '4' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await postBatch(server.url, [makeEvent({ install_id: `install-ip-${i}0000` })])).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  });

  it('inflates gzip bodies and applies the body limit after inflation: a gzip bomb gets 413', async () => {
    const server = await start({ COMPANION_BODY_LIMIT_BYTES: '65536' });
    const good = await postRaw(server.url, gzipSync(JSON.stringify({ events: [makeEvent()] })), {
      'content-encoding': 'gzip',
    });
    expect(good.status).toBe(200);
    const bomb = gzipSync(Buffer.from(`{"events":[{"pad":"${'0'.repeat(20_000_000)}"}]}`));
    expect(bomb.length).toBeLessThan(65_536); // small on the wire, 20 MB inflated
    const response = await postRaw(server.url, bomb, { 'content-encoding': 'gzip' });
    expect(response.status).toBe(413);
  });

  it('answers 415 to an unknown content-encoding', async () => {
    const server = await start({});
    const response = await postRaw(server.url, 'xyz', { 'content-encoding': 'compress-9000' });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: 'CA_ERR_UNSUPPORTED_ENCODING' });
  });

  it('rejects oversize strings, maps and a bad host format per event', async () => {
    const server = await start({});
    const many = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`#f${i}`, 'email']));
    expect((await postBatch(server.url, [makeEvent({ install_id: 'i'.repeat(65) })])).body.rejected[0]?.reason).toBe(
      'install_id: too big (max 64 chars)',
    );
    const { body } = await postBatch(server.url, [
      makeEvent({ final_map: many, suggested_map: {}, field_sources: {} }),
      makeEvent({ host: 'evil.example.com/path' }),
    ]);
    expect(body.rejected.map((r: { reason: string }) => r.reason)).toEqual([
      'final_map: too many entries (max 100)',
      'host: must be a lower-case hostname without port or path',
    ]);
  });
});

describe('behind a reverse proxy', () => {
  it('limits per forwarded client IP only when COMPANION_TRUST_PROXY=1', async () => {
    const post = (url: string, forwardedFor: string, install: string) =>
      postRaw(url, JSON.stringify({ events: [makeEvent({ install_id: install })] }), {
        'x-forwarded-for': forwardedFor,
      });
    const trusting = await start({ COMPANION_RATE_LIMIT_PER_IP: '2', COMPANION_TRUST_PROXY: '1' });
    const statuses = [];
    for (const [i, client] of ['203.0.113.1', '203.0.113.1', '203.0.113.1', '203.0.113.2'].entries())
      statuses.push((await post(trusting.url, client, `install-proxy-${i}000`)).status);
    expect(statuses).toEqual([200, 200, 429, 200]);

    const direct = await start({ COMPANION_RATE_LIMIT_PER_IP: '2' });
    const spoofed = [];
    for (const [i, client] of ['203.0.113.1', '203.0.113.2', '203.0.113.3'].entries())
      spoofed.push((await post(direct.url, client, `install-spoof-${i}000`)).status);
    // Without a trusted proxy a client cannot dodge the limit by inventing X-Forwarded-For.
    expect(spoofed).toEqual([200, 200, 429]);
  });

  it('reads X-Forwarded-For from the right: an address the client prepends does not escape the per-IP limit (#15)', async () => {
    // The proxy appends the address it saw (203.0.113.9); the client put a fresh fake one in front each time.
    const spoofing = (url: string, i: number) =>
      postRaw(url, JSON.stringify({ events: [makeEvent({ install_id: `install-prepend-${i}00` })] }), {
        'x-forwarded-for': `198.51.100.${i}, 203.0.113.9`,
      });
    for (const trust of ['1', '127.0.0.0/8,::1']) {
      const server = await start({ COMPANION_RATE_LIMIT_PER_IP: '2', COMPANION_TRUST_PROXY: trust });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await spoofing(server.url, i)).status);
      expect(statuses, `COMPANION_TRUST_PROXY=${trust}`).toEqual([200, 200, 429, 429]);
    }
  });

  it('with two proxies, takes the address the outer proxy saw', async () => {
    const server = await start({ COMPANION_RATE_LIMIT_PER_IP: '1', COMPANION_TRUST_PROXY: '2' });
    const post = (forwardedFor: string, i: number) =>
      postRaw(server.url, JSON.stringify({ events: [makeEvent({ install_id: `install-twohop-${i}00` })] }), {
        'x-forwarded-for': forwardedFor,
      });
    // <fake>, <client seen by the outer proxy>, <outer proxy seen by the inner one>
    expect((await post('198.51.100.1, 203.0.113.5, 10.0.0.2', 0)).status).toBe(200);
    expect((await post('198.51.100.2, 203.0.113.5, 10.0.0.2', 1)).status).toBe(429);
    expect((await post('198.51.100.2, 203.0.113.6, 10.0.0.2', 2)).status).toBe(200);
  });

  it('refuses a trust setting that is neither a hop count nor addresses, exiting 78', async () => {
    const result = await runCli(['serve', '--port', '0'], { COMPANION_TRUST_PROXY: 'proxy.internal' });
    expect(result.code).toBe(78);
    expect(result.stderr).toContain('COMPANION_TRUST_PROXY=proxy.internal is invalid');
  });
});
