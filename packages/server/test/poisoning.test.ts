import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEvent, postBatch } from '@companion-autofill/test-kit/learning-events';
import { runCli, startServerProcess, type ServerProcess } from '@companion-autofill/test-kit/server-process';

const RIGHT = { '[name="contact"]': 'email', '[name="given"]': 'first_name' };
const WRONG = { '[name="contact"]': 'phone', '[name="given"]': 'last_name' };
let server: ServerProcess;

beforeAll(async () => {
  server = await startServerProcess({ env: { COMPANION_RATE_LIMIT_PER_INSTALL: '100000' } });
});
afterAll(async () => {
  await server.stop();
});

async function servedMap(): Promise<Record<string, string>> {
  const response = await fetch(
    `${server.url}/api/extension/learning/profile?host=jobs.example.com&schema_hash=v1:00000000000000aa`,
  );
  return ((await response.json()) as { canonical_map: Record<string, string> }).canonical_map;
}

describe('profile poisoning', () => {
  it('one install flooding wrong corrections cannot move a profile', async () => {
    await postBatch(
      server.url,
      ['install-aaaa0001', 'install-bbbb0002', 'install-cccc0003'].map((install_id) =>
        makeEvent({ install_id, final_map: RIGHT }),
      ),
    );
    await runCli(['aggregate', '--db', server.dbPath]);
    expect(await servedMap()).toEqual(RIGHT);

    for (let i = 0; i < 10; i++) {
      const { body } = await postBatch(
        server.url,
        Array.from({ length: 100 }, () => makeEvent({ install_id: 'install-mallory1', final_map: WRONG })),
      );
      expect(body.accepted).toHaveLength(100);
    }
    await runCli(['aggregate', '--db', server.dbPath]);
    expect(await servedMap()).toEqual(RIGHT);
  });

  it('one install alone cannot define a profile for a new form', async () => {
    const form = { host: 'new.example.com', schema_hash: 'v1:00000000000000bb' };
    await postBatch(
      server.url,
      Array.from({ length: 100 }, () => makeEvent({ ...form, install_id: 'install-mallory1', final_map: WRONG })),
    );
    await runCli(['aggregate', '--db', server.dbPath]);
    const response = await fetch(
      `${server.url}/api/extension/learning/profile?host=${form.host}&schema_hash=${form.schema_hash}`,
    );
    expect(await response.json()).toMatchObject({ status: 'unknown', canonical_map: {} });
  });
});
