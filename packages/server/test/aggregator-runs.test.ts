import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { makeEvent, metricValue, postBatch } from '@companion-autofill/test-kit/learning-events';
import { runCli, startServersPerTest } from '@companion-autofill/test-kit/server-process';
import { withStore } from '@companion-autofill/test-kit/store-reads';
import { seedWindow } from './support/seed-window.ts';

const MAP = { '[name="a"]': 'email' };
/** The schema hash of makeEvent's form, which every event here is of. */
const FORM_HASH = makeEvent().schema_hash;
const HOSTS = ['good.example.com', 'zz-poison.example.com'];
const startServer = startServersPerTest();

async function seededServer(env: Record<string, string> = {}) {
  const server = await startServer({ env });
  const events = ['install-aaaa0001', 'install-bbbb0002', 'install-cccc0003'].map((install_id) =>
    makeEvent({ host: 'good.example.com', install_id, final_map: MAP }),
  );
  await postBatch(server.url, events);
  return server;
}

/** The hosts among `hosts` whose form has a stored profile, read through the store port. */
function hostsWithProfile(dbPath: string, hosts: readonly string[]): Promise<string[]> {
  return withStore(dbPath, async (store) => {
    const profiles = await Promise.all(hosts.map((host) => store.profiles.getProfile(host, FORM_HASH)));
    return hosts.filter((_, index) => profiles[index] !== undefined);
  });
}

describe('aggregator runs', () => {
  it('a run that fails midway keeps the previous profiles and counts err', async () => {
    const server = await seededServer();
    expect((await runCli(['aggregate', '--db', server.dbPath])).code).toBe(0);
    expect(await hostsWithProfile(server.dbPath, HOSTS)).toEqual(['good.example.com']);

    // A form whose profile write the database refuses: the run dies after the old profiles were deleted and some rows written.
    await postBatch(server.url, [makeEvent({ host: 'zz-poison.example.com' })]);
    const db = new Database(server.dbPath);
    db.exec(`CREATE TRIGGER refuse_poison BEFORE INSERT ON form_profiles WHEN NEW.host = 'zz-poison.example.com'
             BEGIN SELECT RAISE(ABORT, 'injected database error'); END`);
    db.close();

    const failed = await runCli(['aggregate', '--db', server.dbPath]);
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toMatchObject({ status: 'err', error: 'injected database error' });
    expect(failed.stderr).toMatch(/^\[autofill-agg\] \d{4}-\d\d-\d\dT[\d:.]+Z ERROR run \d+ failed/m);
    expect(await hostsWithProfile(server.dbPath, HOSTS)).toEqual(['good.example.com']);

    const profile = await fetch(
      `${server.url}/api/extension/learning/profile?host=good.example.com&schema_hash=v1:00000000000000aa`,
    );
    expect(((await profile.json()) as { status: string }).status).toBe('ok');
    const text = await (await fetch(`${server.url}/metrics`)).text();
    // Both runs were made by other processes; the server still counts them.
    expect(metricValue(text, 'applylens_autofill_agg_runs_total', { status: 'ok' })).toBe(1);
    expect(metricValue(text, 'applylens_autofill_agg_runs_total', { status: 'err' })).toBe(1);
    expect(metricValue(text, 'applylens_autofill_profiles_updated_total')).toBe(1);
    expect(metricValue(text, 'applylens_autofill_agg_last_success_timestamp_seconds')).toBeGreaterThan(
      Date.now() / 1000 - 120,
    );
  });

  it('two aggregate runs started at once do not both run', async () => {
    const server = await seededServer();
    // Enough events that a run takes a while, so the two processes really contend.
    seedWindow(server.dbPath, 60_000, MAP);

    const [a, b] = await Promise.all([
      runCli(['aggregate', '--db', server.dbPath]),
      runCli(['aggregate', '--db', server.dbPath]),
    ]);
    const statuses = [JSON.parse(a.stdout).status, JSON.parse(b.stdout).status].sort();
    const runs = (await withStore(server.dbPath, (store) => store.runs.recentRuns(10))).reverse();
    // Either one was turned away, or the second began only after the first had finished: never both at once.
    if (statuses.includes('skipped')) {
      expect(statuses).toEqual(['ok', 'skipped']);
      expect(runs).toHaveLength(1);
    } else {
      expect(runs).toHaveLength(2);
      expect(runs[1]!.startedAt).toBeGreaterThanOrEqual(runs[0]!.finishedAt!);
    }
  });

  it('a run is turned away while another process holds the lease, and proceeds once it is released', async () => {
    const server = await seededServer();
    const holder = createSqliteStore(server.dbPath);
    expect(await holder.runs.acquireLease('other-process', Date.now(), 60_000)).toBe(true);
    const skipped = await runCli(['aggregate', '--db', server.dbPath]);
    expect(JSON.parse(skipped.stdout)).toEqual({ status: 'skipped', reason: 'already_running' });
    expect(skipped.code).toBe(75); // EX_TEMPFAIL: not done, try again (#15)
    await holder.runs.releaseLease('other-process');
    await holder.close();
    expect(JSON.parse((await runCli(['aggregate', '--db', server.dbPath])).stdout).status).toBe('ok');
  });

  it('the scheduled aggregator runs in the server when enabled, and logs in the agreed format', async () => {
    const server = await seededServer({ COMPANION_AUTOFILL_AGG_ENABLED: '1' });
    const deadline = Date.now() + 15_000;
    while (!/INFO run \d+ ok/.test(server.logs()) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 200));
    expect(server.logs()).toMatch(
      /^\[autofill-agg\] \S+Z INFO run \d+ ok: \d+ profiles updated from \d+ events in \d+ ms$/m,
    );
  });
});
