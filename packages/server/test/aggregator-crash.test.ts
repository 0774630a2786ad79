import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { makeEvent, metricValue, postBatch } from '@companion-autofill/test-kit/learning-events';
import { CLI_PATH, runCli, startServersPerTest } from '@companion-autofill/test-kit/server-process';
import { withStore } from '@companion-autofill/test-kit/store-reads';
import type { Store } from '../src/index.ts';
import { seedWindow } from './support/seed-window.ts';

const startServer = startServersPerTest();
const LEASE_ENV = { COMPANION_AGG_LEASE_SECONDS: '2' };

/** The status of every aggregator run, oldest first, read through the store port. */
async function runStatuses(store: Store): Promise<string[]> {
  return (await store.runs.recentRuns(1_000)).reverse().map((run) => run.status);
}

/** Starts `aggregate` and kills it with SIGKILL as soon as its run is recorded as running. */
async function killMidRun(dbPath: string): Promise<void> {
  const child = spawn(process.execPath, [CLI_PATH, 'aggregate', '--db', dbPath], {
    env: { ...process.env, ...LEASE_ENV },
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await withStore(dbPath, async (store) => {
    const before = (await runStatuses(store)).length;
    while (child.exitCode === null && (await runStatuses(store)).length === before)
      await new Promise((r) => setTimeout(r, 2));
  });
  child.kill('SIGKILL');
  await exited;
}

/** Issue #15 item 8: a killed `aggregate` blocked aggregation for an hour and its run stayed `running` forever. */
describe('a crashed aggregator run (#15)', () => {
  it('after kill -9 of `aggregate`, the next run proceeds within the lease TTL and counts the dead run abandoned', async () => {
    const server = await startServer({ env: LEASE_ENV });
    await postBatch(
      server.url,
      ['install-aaaa0001', 'install-bbbb0002', 'install-cccc0003'].map((install_id) =>
        makeEvent({ host: 'good.example.com', install_id }),
      ),
    );
    // Enough events that a run takes a while: the kill lands while it aggregates.
    seedWindow(server.dbPath, 150_000, { '[name="a"]': 'email' });

    await killMidRun(server.dbPath);
    expect(await withStore(server.dbPath, runStatuses)).toEqual(['running']);

    // The dead run's lease expires within its TTL (2 s here); until then a manual run is turned away with 75.
    let next = await runCli(['aggregate', '--db', server.dbPath], LEASE_ENV);
    for (let attempt = 0; next.code === 75 && attempt < 20; attempt++) {
      expect(JSON.parse(next.stdout)).toEqual({ status: 'skipped', reason: 'already_running' });
      await new Promise((r) => setTimeout(r, 500));
      next = await runCli(['aggregate', '--db', server.dbPath], LEASE_ENV);
    }
    expect(next.code, next.stderr).toBe(0);
    expect(JSON.parse(next.stdout)).toMatchObject({ status: 'ok' });
    expect(next.stderr).toMatch(/WARN 1 run\(s\) left running by a process that died marked abandoned/);
    expect(await withStore(server.dbPath, runStatuses)).toEqual(['abandoned', 'ok']);

    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metricValue(metrics, 'applylens_autofill_agg_runs_total', { status: 'abandoned' })).toBe(1);
    expect(metricValue(metrics, 'applylens_autofill_agg_runs_total', { status: 'ok' })).toBe(1);
  });
});
