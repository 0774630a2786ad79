import { describe, expect, it } from 'vitest';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';
import { startServersPerTest } from '@companion-autofill/test-kit/server-process';

const API_KEY = 'k'.repeat(32);
const ADMIN = 'a'.repeat(40);
const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const startServer = startServersPerTest();
const start = (env: Record<string, string>) => startServer({ env });
function sync(url: string, headers: Record<string, string> = {}) {
  return fetch(`${url}/api/extension/learning/sync`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ events: [makeEvent()] }),
  });
}
const profilePath = '/api/extension/learning/profile?host=a.example.com&schema_hash=v1:00000000000000aa';

describe('API keys', () => {
  it('require a configured key on sync and profile; health and metrics stay reachable', async () => {
    const server = await start({ COMPANION_API_KEYS: `${'x'.repeat(20)},${API_KEY}` });
    expect((await sync(server.url)).status).toBe(401);
    expect((await sync(server.url, { 'x-api-key': 'y'.repeat(32) })).status).toBe(401);
    const denied = await fetch(`${server.url}${profilePath}`);
    expect(denied.status).toBe(401);
    expect(await denied.json()).toMatchObject({ error: 'CA_ERR_UNAUTHORIZED' });
    expect((await sync(server.url, { 'x-api-key': API_KEY })).status).toBe(200);
    expect((await fetch(`${server.url}${profilePath}`, { headers: { 'x-api-key': API_KEY } })).status).toBe(200);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(server.logs()).not.toContain('accept anyone');
    expect(server.logs()).not.toContain(API_KEY);
  });

  it('warns loudly at start when the server runs open', async () => {
    const server = await start({});
    await new Promise((r) => setTimeout(r, 200));
    expect(server.logs()).toContain('COMPANION_API_KEYS is not set: the sync and profile endpoints accept anyone');
  });
});

describe('admin token', () => {
  it('is required on admin endpoints, and without one configured they refuse', async () => {
    const open = await start({});
    const refused = await fetch(`${open.url}/api/admin/aggregate`, { method: 'POST' });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: 'CA_ERR_ADMIN_DISABLED' });

    const server = await start({ COMPANION_ADMIN_TOKEN: ADMIN, COMPANION_API_KEYS: API_KEY });
    expect((await fetch(`${server.url}/api/admin/aggregate`, { method: 'POST' })).status).toBe(401);
    // An API key is not an admin token.
    expect(
      (
        await fetch(`${server.url}/api/admin/aggregate`, {
          method: 'POST',
          headers: { authorization: `Bearer ${API_KEY}` },
        })
      ).status,
    ).toBe(401);
    const ok = await fetch(`${server.url}/api/admin/aggregate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}` },
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ status: 'ok' });
  });
});

describe('CORS', () => {
  it('allows only the configured extension origins', async () => {
    const server = await start({ COMPANION_CORS_ORIGINS: ORIGIN });
    const allowed = await fetch(`${server.url}${profilePath}`, { headers: { origin: ORIGIN } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const other = await fetch(`${server.url}${profilePath}`, { headers: { origin: 'https://evil.example.com' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${server.url}/api/extension/learning/sync`, {
      method: 'OPTIONS',
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-api-key',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-api-key');
  });

  it('sends no CORS headers when no origin is configured', async () => {
    const server = await start({});
    const response = await fetch(`${server.url}${profilePath}`, { headers: { origin: ORIGIN } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
