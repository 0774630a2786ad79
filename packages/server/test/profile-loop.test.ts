import { describe, expect, it } from 'vitest';
import { makeEvent, metricValue, postBatch } from '@companion-autofill/test-kit/learning-events';
import { makeTempDir, runCli, startServersPerTest } from '@companion-autofill/test-kit/server-process';
import type { LearningEvent, ProfileResponse } from '@companion-autofill/sdk/protocol';
import { join } from 'node:path';

const FORM = { host: 'boards.example.com', schema_hash: 'v1:1111111111111111' } as const;
const MAP = { '[name="q1"]': 'first_name', '[name="q2"]': 'email' };

const startServer = startServersPerTest();
const start = (env: Record<string, string> = {}, dbPath?: string) =>
  startServer({ env, ...(dbPath ? { dbPath } : {}) });

function runs(count: number, install: string, overrides: Partial<LearningEvent> = {}): LearningEvent[] {
  return Array.from({ length: count }, () => makeEvent({ ...FORM, install_id: install, final_map: MAP, ...overrides }));
}

async function getProfile(
  url: string,
  form: { host: string; schema_hash: string } = FORM,
  headers: Record<string, string> = {},
) {
  const response = await fetch(
    `${url}/api/extension/learning/profile?host=${form.host}&schema_hash=${form.schema_hash}`,
    { headers },
  );
  return {
    status: response.status,
    etag: response.headers.get('etag'),
    body: response.status === 200 ? ((await response.json()) as ProfileResponse) : undefined,
  };
}

async function aggregate(dbPath: string, env: Record<string, string> = {}) {
  const result = await runCli(['aggregate', '--db', dbPath], env);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

describe('aggregate → profile over HTTP', () => {
  it('produces a profile only once the support thresholds are met', async () => {
    const server = await start();
    await postBatch(server.url, runs(2, 'install-one-0001'));
    let summary = await aggregate(server.dbPath);
    expect(summary).toMatchObject({ status: 'ok', events_read: 2, profiles_updated: 1 });
    expect((await getProfile(server.url)).body).toMatchObject({ status: 'unknown', canonical_map: {} });

    // A third run from the same install: enough runs, still one install.
    await postBatch(server.url, runs(1, 'install-one-0001'));
    await aggregate(server.dbPath);
    expect((await getProfile(server.url)).body?.status).toBe('unknown');

    await postBatch(server.url, runs(1, 'install-two-0002'));
    summary = await aggregate(server.dbPath);
    expect(summary.events_read).toBe(4);
    const { body } = await getProfile(server.url);
    expect(body).toMatchObject({
      status: 'ok',
      canonical_map: MAP,
      stats: { event_count: 4, distinct_installs: 2, success_rate: 1 },
    });
    expect(server.logs()).not.toContain('install-two-0002');
  });

  it('answers ok, rejected for each guard, unknown and disabled, and follows the threshold variables', async () => {
    const dir = makeTempDir();
    const dbPath = join(dir, 'companion.db');
    let server = await start({}, dbPath);
    const lowSuccess = { host: 'low.example.com', schema_hash: 'v1:2222222222222222' };
    const heavyEdits = { host: 'edits.example.com', schema_hash: 'v1:3333333333333333' };
    const heavyEdit = { total_chars_added: 600, total_chars_deleted: 100, per_field: {} };
    await postBatch(server.url, [
      ...runs(2, 'install-aaaa0001'),
      ...runs(2, 'install-bbbb0002'),
      ...runs(1, 'install-aaaa0001', { ...lowSuccess }),
      ...runs(3, 'install-bbbb0002', { ...lowSuccess, status: 'validation_error' }),
      ...runs(2, 'install-aaaa0001', { ...heavyEdits, edit_stats: heavyEdit }),
      ...runs(2, 'install-bbbb0002', { ...heavyEdits, edit_stats: heavyEdit }),
    ]);
    await aggregate(dbPath);

    expect((await getProfile(server.url)).body?.status).toBe('ok');
    expect((await getProfile(server.url, lowSuccess)).body).toMatchObject({
      status: 'rejected',
      reason: 'low_success_rate',
      canonical_map: {},
    });
    expect((await getProfile(server.url, heavyEdits)).body).toMatchObject({
      status: 'rejected',
      reason: 'high_edit_chars',
      canonical_map: {},
    });
    expect(
      (await getProfile(server.url, { host: 'none.example.com', schema_hash: 'v1:4444444444444444' })).body,
    ).toMatchObject({ status: 'unknown', stats: null });

    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(metricValue(text, 'applylens_autofill_profiles_rejected_total', { reason: 'low_success_rate' })).toBe(1);
    expect(metricValue(text, 'applylens_autofill_profiles_rejected_total', { reason: 'high_edit_chars' })).toBe(1);
    expect(metricValue(text, 'applylens_autofill_profile_requests_total', { result: 'ok' })).toBe(1);
    expect(metricValue(text, 'applylens_autofill_profile_requests_total', { result: 'unknown' })).toBe(1);

    // Loosened guards serve both; shadow mode serves nothing.
    await server.stop();
    server = await start(
      { COMPANION_AUTOFILL_QUALITY_MIN_SUCCESS: '0.2', COMPANION_AUTOFILL_QUALITY_MAX_EDIT: '1000' },
      dbPath,
    );
    expect((await getProfile(server.url, lowSuccess)).body?.status).toBe('ok');
    expect((await getProfile(server.url, heavyEdits)).body?.status).toBe('ok');
    await server.stop();
    server = await start({ COMPANION_AUTOFILL_QUALITY_MAX_EDIT: '0' }, dbPath);
    expect((await getProfile(server.url)).body).toMatchObject({ status: 'ok' });
    await server.stop();
    server = await start({ COMPANION_AUTOFILL_PROFILE_ENABLED: '0' }, dbPath);
    expect((await getProfile(server.url)).body).toMatchObject({ status: 'disabled', canonical_map: {} });
    const stored = await postBatch(server.url, runs(1, 'install-cccc0003'));
    expect(stored.body.accepted).toHaveLength(1); // shadow mode still learns
  });

  it('revalidates with ETag and 304', async () => {
    const server = await start();
    await postBatch(server.url, [...runs(2, 'install-aaaa0001'), ...runs(1, 'install-bbbb0002')]);
    await aggregate(server.dbPath);
    const first = await getProfile(server.url);
    expect(first.etag).toMatch(/^"[0-9a-f]{16}"$/);
    const again = await getProfile(server.url, FORM, { 'if-none-match': first.etag! });
    expect(again.status).toBe(304);
    const stale = await getProfile(server.url, FORM, { 'if-none-match': '"0000000000000000"' });
    expect(stale.status).toBe(200);
  });

  it('answers 400 to a bad or unknown query parameter', async () => {
    const server = await start();
    for (const query of [
      'host=Bad_Host&schema_hash=v1:1111111111111111',
      'host=a.com&schema_hash=v1:1111111111111111&value=secret',
      'host=a.com',
    ]) {
      const response = await fetch(`${server.url}/api/extension/learning/profile?${query}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toBe('CA_ERR_INVALID_QUERY');
    }
  });
});
