import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { makeEvent, metricValue, postBatch } from '@companion-autofill/test-kit/learning-events';
import { startServerProcess, type ServerProcess } from '@companion-autofill/test-kit/server-process';
import { TEST_DATABASE_URL, urlWithSchema } from '../support/postgres-schema.ts';
import { SKIP_POSTGRES } from './store-backends.ts';

const INTERVAL_MS = 3_600; // AGG_EVERY_HOURS=0.001
const MIN_GAP_MS = 0.8 * INTERVAL_MS;
const FORM = { host: 'replicas.example.com', schema_hash: 'v1:00000000000000aa' } as const;

let servers: ServerProcess[] = [];
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  servers = [];
  await cleanup?.();
  cleanup = undefined;
});

async function freshDatabaseUrl(): Promise<{ url: string; admin: pg.Client; schema: string }> {
  const schema = `replicas_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  cleanup = async () => {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  };
  return { url: urlWithSchema(TEST_DATABASE_URL, schema), admin, schema };
}

(SKIP_POSTGRES ? describe.skip : describe)('Two server processes on one PostgreSQL [postgres]', () => {
  it(
    'make one scheduled aggregator run per interval between them and serve the same profiles',
    { timeout: 90_000 },
    async () => {
      const { url, admin, schema } = await freshDatabaseUrl();
      const env = {
        COMPANION_DATABASE_URL: url,
        COMPANION_AUTOFILL_AGG_ENABLED: '1',
        AGG_EVERY_HOURS: String(INTERVAL_MS / 3_600_000),
      };
      servers = await Promise.all([startServerProcess({ env }), startServerProcess({ env })]);
      const [a, b] = servers as [ServerProcess, ServerProcess];

      // Half the votes through each replica; the second batch repeats the first through the other
      // replica: duplicates across replicas are stored once.
      const votes = ['install-aaaa0001', 'install-bbbb0002', 'install-cccc0003'].map((install_id) =>
        makeEvent({ ...FORM, install_id, final_map: { '#mail': 'email' } }),
      );
      expect((await postBatch(a.url, votes.slice(0, 2))).body.accepted).toHaveLength(2);
      expect((await postBatch(b.url, votes)).body).toMatchObject({
        accepted: [votes[2]!.event_id],
        duplicates: [votes[0]!.event_id, votes[1]!.event_id],
      });

      // Let both schedules tick for a few intervals.
      const runsIn = async () =>
        (
          await admin.query<{ run_id: string; started_at: string; status: string; events_read: string }>(
            `SELECT run_id, started_at, status, events_read FROM ${schema}.aggregator_runs ORDER BY started_at`,
          )
        ).rows;
      const deadline = Date.now() + 60_000;
      while ((await runsIn()).filter((r) => Number(r.events_read) === 3).length < 3 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 250));
      await Promise.all(servers.map((s) => s.stop()));

      const runs = await runsIn();
      expect(runs.filter((r) => Number(r.events_read) === 3).length).toBeGreaterThanOrEqual(3);
      expect(
        runs.map((r) => r.status).filter((status) => status !== 'ok'),
        'every run ok',
      ).toEqual([]);
      // Never two scheduled runs closer than the gap, whichever replica made them…
      for (let i = 1; i < runs.length; i++)
        expect(Number(runs[i]!.started_at) - Number(runs[i - 1]!.started_at)).toBeGreaterThanOrEqual(MIN_GAP_MS);
      // …though both replicas were trying: every run was logged by one of them, and the other skipped
      // (which replica wins each interval is up to their timers, so one may win them all).
      const logs = servers.map((s) => s.logs());
      const okLines = logs.reduce((n, text) => n + (text.match(/INFO run \d+ ok/g)?.length ?? 0), 0);
      const skipLines = logs.reduce((n, text) => n + (text.match(/run skipped/g)?.length ?? 0), 0);
      expect(okLines).toBe(runs.length);
      expect(skipLines).toBeGreaterThanOrEqual(1);
      expect(logs.join('\n')).not.toContain('companion:companion'); // the URL's password never reaches a log

      // Restarted on the same database, both answer the same learned profile and count every run.
      servers = await Promise.all([
        startServerProcess({ env: { ...env, COMPANION_AUTOFILL_AGG_ENABLED: '0' } }),
        startServerProcess({ env: { ...env, COMPANION_AUTOFILL_AGG_ENABLED: '0' } }),
      ]);
      for (const server of servers) {
        const response = await fetch(
          `${server.url}/api/extension/learning/profile?host=${FORM.host}&schema_hash=${FORM.schema_hash}`,
        );
        expect(await response.json()).toMatchObject({
          status: 'ok',
          canonical_map: { '#mail': 'email' },
          stats: { event_count: 3, distinct_installs: 3 },
        });
        const metrics = await (await fetch(`${server.url}/metrics`)).text();
        expect(metricValue(metrics, 'applylens_autofill_agg_runs_total', { status: 'ok' })).toBe(runs.length);
      }
    },
  );
});
