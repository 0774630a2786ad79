import { writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LearningEvent } from '@companion-autofill/sdk/protocol';
import { makeEvent, metricValue, postBatch } from '@companion-autofill/test-kit/learning-events';
import {
  makeTempDir,
  runCli,
  startServerProcess,
  type ServerProcess,
} from '@companion-autofill/test-kit/server-process';
import { assignArms } from '../src/experiments/assign-arm.ts';

const FORM = { host: 'boards.example.com', schema_hash: 'v1:6666666666666666' } as const;
const MAP = { '[name="q1"]': 'first_name', '[name="q2"]': 'email' };
const EXPERIMENTS = {
  profile_holdout: { salt: '2026-11', arms: { treatment: 50, holdout: 50 } },
  gen_style: { salt: 's1', arms: { style_a: 50, style_b: 50 } },
};
const INSTALLS = Array.from({ length: 16 }, (_, i) => `install-exp-${String(i).padStart(4, '0')}`);

let servers: ServerProcess[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  servers = [];
});

function writeTuning(path: string, experiments: object): void {
  writeFileSync(`${path}.tmp`, JSON.stringify({ experiments }));
  renameSync(`${path}.tmp`, path);
}

async function start(tuningFile: string, dbPath?: string): Promise<ServerProcess> {
  const server = await startServerProcess({
    env: { COMPANION_TUNING_FILE: tuningFile },
    ...(dbPath ? { dbPath } : {}),
  });
  servers.push(server);
  return server;
}

/** A learned profile that passes the default guard for FORM. */
async function learnProfile(server: ServerProcess): Promise<void> {
  const runs = (install: string): LearningEvent[] =>
    Array.from({ length: 2 }, () => makeEvent({ ...FORM, install_id: install, final_map: MAP }));
  await postBatch(server.url, [...runs('install-aaaa0001'), ...runs('install-bbbb0002')]);
  const aggregated = await runCli(['aggregate', '--db', server.dbPath]);
  expect(aggregated.code, aggregated.stderr).toBe(0);
}

async function getProfile(
  server: ServerProcess,
  installId?: string,
): Promise<{ status: string; canonical_map: object; experiments: Record<string, string> }> {
  const query = `host=${FORM.host}&schema_hash=${FORM.schema_hash}${installId ? `&install_id=${installId}` : ''}`;
  const response = await fetch(`${server.url}/api/extension/learning/profile?${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as { status: string; canonical_map: object; experiments: Record<string, string> };
}

describe('experiments over HTTP', () => {
  it('buckets installs deterministically, answers the holdout arm with holdout and no map, and counts exposures', async () => {
    const path = join(makeTempDir(), 'tuning.json');
    writeTuning(path, EXPERIMENTS);
    const server = await start(path);
    await learnProfile(server);

    const expected = INSTALLS.map((id) => assignArms(id, EXPERIMENTS));
    // 16 installs at 50/50: both arms occur unless the bucketing is broken (or 1 in 32k bad luck, fixed ids make it reproducible).
    expect(new Set(expected.map((arms) => arms.profile_holdout))).toEqual(new Set(['treatment', 'holdout']));
    for (const [index, id] of INSTALLS.entries()) {
      const answer = await getProfile(server, id);
      expect(answer.experiments).toEqual(expected[index]);
      if (answer.experiments.profile_holdout === 'holdout')
        expect(answer).toMatchObject({ status: 'holdout', canonical_map: {} });
      else expect(answer).toMatchObject({ status: 'ok', canonical_map: MAP });
    }
    const anonymous = await getProfile(server);
    expect(anonymous).toMatchObject({ status: 'ok', experiments: {} });

    const text = await (await fetch(`${server.url}/metrics`)).text();
    const holdouts = expected.filter((arms) => arms.profile_holdout === 'holdout').length;
    expect(
      metricValue(text, 'applylens_autofill_experiment_exposures_total', {
        experiment: 'profile_holdout',
        arm: 'holdout',
      }),
    ).toBe(holdouts);
    expect(
      metricValue(text, 'applylens_autofill_experiment_exposures_total', {
        experiment: 'profile_holdout',
        arm: 'treatment',
      }),
    ).toBe(INSTALLS.length - holdouts);
    expect(metricValue(text, 'applylens_autofill_profile_requests_total', { result: 'holdout' })).toBe(holdouts);
  });

  it('keeps every arm across a restart and across an unrelated hot edit of the file', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'tuning.json');
    writeTuning(path, EXPERIMENTS);
    let server = await start(path, join(dir, 'companion.db'));
    const first = await Promise.all(INSTALLS.map(async (id) => (await getProfile(server, id)).experiments));

    await server.stop();
    server = await start(path, join(dir, 'companion.db'));
    const afterRestart = await Promise.all(INSTALLS.map(async (id) => (await getProfile(server, id)).experiments));
    expect(afterRestart).toEqual(first);

    writeTuning(path, { ...EXPERIMENTS, new_flow: { salt: 'n1', arms: { off: 1, on: 1 } } });
    await vi.waitFor(
      async () => expect((await getProfile(server, INSTALLS[0])).experiments).toHaveProperty('new_flow'),
      { timeout: 15_000, interval: 50 },
    );
    const afterEdit = await Promise.all(INSTALLS.map(async (id) => (await getProfile(server, id)).experiments));
    expect(afterEdit.map(({ profile_holdout, gen_style }) => ({ profile_holdout, gen_style }))).toEqual(first);
  });

  it('counts outcomes by arm for live experiments only, folding unknown arms and skipping unknown experiments', async () => {
    const path = join(makeTempDir(), 'tuning.json');
    writeTuning(path, EXPERIMENTS);
    const server = await start(path);
    const edits = (added: number) => ({ total_chars_added: added, total_chars_deleted: 0, per_field: {} });
    const holdoutRun = makeEvent({
      experiments: { profile_holdout: 'holdout' },
      status: 'validation_error',
      edit_stats: edits(7),
    });
    const events = [
      holdoutRun,
      makeEvent({ experiments: { profile_holdout: 'treatment', gen_style: 'style_b' }, edit_stats: edits(2) }),
      makeEvent({ experiments: { profile_holdout: 'made_up_arm', not_live: 'x' } }),
      makeEvent(),
    ];
    expect((await postBatch(server.url, events)).body.accepted).toHaveLength(4);
    expect((await postBatch(server.url, [holdoutRun])).body.duplicates).toEqual([holdoutRun.event_id]);

    const text = await (await fetch(`${server.url}/metrics`)).text();
    const runs = (experiment: string, arm: string, status: string) =>
      metricValue(text, 'applylens_autofill_experiment_runs_total', { experiment, arm, status });
    expect(runs('profile_holdout', 'holdout', 'validation_error')).toBe(1);
    expect(runs('profile_holdout', 'treatment', 'ok')).toBe(1);
    expect(runs('gen_style', 'style_b', 'ok')).toBe(1);
    expect(runs('profile_holdout', '__other__', 'ok')).toBe(1);
    expect(
      metricValue(text, 'applylens_autofill_experiment_edit_chars_total', {
        experiment: 'profile_holdout',
        arm: 'holdout',
      }),
    ).toBe(7);
    expect(
      metricValue(text, 'applylens_autofill_experiment_edit_chars_total', { experiment: 'gen_style', arm: 'style_b' }),
    ).toBe(2);
    expect(metricValue(text, 'applylens_autofill_experiment_outcomes_skipped_total')).toBe(1);
    expect(text).not.toContain('made_up_arm');
    expect(text).not.toContain('not_live');
  });
});
