import { describe, expect, it } from 'vitest';
import { makeEvent, postBatch } from '@companion-autofill/test-kit/learning-events';
import { runCli, startServersPerTest } from '@companion-autofill/test-kit/server-process';

const ADMIN = 'admin-token-for-tests-0123456789';
const MAP = { '[name="a"]': 'email' };
const startServer = startServersPerTest();

async function profileStatus(url: string) {
  const response = await fetch(
    `${url}/api/extension/learning/profile?host=jobs.example.com&schema_hash=v1:00000000000000aa`,
  );
  return (await response.json()) as { status: string; stats: { event_count: number } | null };
}
function adminPost(url: string, path: string, method = 'POST') {
  return fetch(`${url}${path}`, { method, headers: { authorization: `Bearer ${ADMIN}` } });
}

describe('data rights: delete one install', () => {
  it('over the admin endpoint: the next aggregation no longer counts it', async () => {
    const server = await startServer({ env: { COMPANION_ADMIN_TOKEN: ADMIN } });
    const installs = ['install-aaaa0001', 'install-bbbb0002'];
    await postBatch(
      server.url,
      installs.flatMap((install_id) => [
        makeEvent({ install_id, final_map: MAP }),
        makeEvent({ install_id, final_map: MAP }),
      ]),
    );
    expect((await adminPost(server.url, '/api/admin/aggregate')).status).toBe(200);
    expect(await profileStatus(server.url)).toMatchObject({ status: 'ok', stats: { event_count: 4 } });

    const deleted = await adminPost(server.url, '/api/admin/installs/install-bbbb0002', 'DELETE');
    expect(await deleted.json()).toEqual({ install_id: 'install-bbbb0002', deleted_events: 2 });
    await adminPost(server.url, '/api/admin/aggregate');
    // One install left: below the support threshold, so nothing is served, and it counts 2 events.
    expect(await profileStatus(server.url)).toMatchObject({ status: 'unknown', stats: { event_count: 2 } });
    expect((await adminPost(server.url, '/api/admin/installs/Not%20Valid!', 'DELETE')).status).toBe(400);
  });

  it('over the CLI', async () => {
    const server = await startServer();
    await postBatch(server.url, [
      makeEvent({ install_id: 'install-cccc0003' }),
      makeEvent({ install_id: 'install-cccc0003' }),
      makeEvent({ install_id: 'install-dddd0004' }),
    ]);
    const result = await runCli(['delete-install', '--install-id', 'install-cccc0003', '--db', server.dbPath]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ install_id: 'install-cccc0003', deleted_events: 2 });
    const summary = JSON.parse((await runCli(['aggregate', '--db', server.dbPath])).stdout);
    expect(summary.events_read).toBe(1);
    expect((await runCli(['delete-install', '--db', server.dbPath])).code).toBe(2);
  });
});
