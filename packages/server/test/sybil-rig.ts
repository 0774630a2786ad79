import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { LearningEvent } from '@companion-autofill/sdk/protocol';
import { makeEvent, metricValue } from '@companion-autofill/test-kit/learning-events';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config/load-config.ts';
import { createSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import type { SeriesName } from '../src/metrics/metric-names.ts';

export const API_KEY = 'public-extension-key-0001';
export const ADMIN_TOKEN = 'operator-token-000000000000000001';
export const HOUR = 3_600_000;

/** The production values of docs/OPS.md, "Sybil defences": what the attack tests run at. */
export const PRODUCTION_ENV: Record<string, string> = {
  COMPANION_API_KEYS: API_KEY,
  COMPANION_ADMIN_TOKEN: ADMIN_TOKEN,
  COMPANION_NETWORK_KEY_SECRET: 'production-secret-of-the-network-keys-000001',
  COMPANION_VOTE_MIN_NETWORKS: '4',
  COMPANION_VOTE_NETWORK_CAP: '1',
  COMPANION_VOTE_FLIP_MARGIN: '0.2',
  COMPANION_VOTE_MIN_INSTALL_AGE_HOURS: '72',
  COMPANION_VOTE_MIN_INSTALL_RUNS: '3',
  COMPANION_QUOTA_INSTALL_EVENTS_PER_DAY: '200',
  COMPANION_QUOTA_NETWORK_EVENTS_PER_DAY: '2000',
  COMPANION_AUTOFILL_AGG_ENABLED: '0',
};

export const FORM = { host: 'jobs.example.com', schema_hash: 'v1:00000000000000aa' } as const;
export const RIGHT = { '[name="contact"]': 'email', '[name="given"]': 'first_name' };
export const WRONG = { '[name="contact"]': 'phone', '[name="given"]': 'last_name' };

/**
 * A server in this process on a SQLite file, with a clock the test moves (installs age) and
 * requests injected from real addresses: install `n` of network `net` sends from 10.<net>.0.<n>,
 * so every network is its own /24 (no test header: the real address path is what is tested).
 */
export async function startSybilRig(env: Record<string, string> = PRODUCTION_ENV) {
  const dir = mkdtempSync(join(tmpdir(), 'companion-sybil-'));
  let now = Date.now();
  const dbPath = join(dir, 'companion.db');
  const app: FastifyInstance = await buildApp({
    config: loadConfig(env),
    store: createSqliteStore(dbPath),
    clock: () => now,
    aggregatorLog: () => {},
  });
  const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

  const rig = {
    app,
    dbPath,
    advance(ms: number) {
      now += ms;
    },
    /** Runs of one install from its network: `runs` events of `map` on `form`, in one batch. */
    async sync(
      network: number,
      install: number,
      runs: number,
      overrides: Partial<LearningEvent> = {},
      form: { host: string; schema_hash: string } = FORM,
    ) {
      const installId = `install-n${network}-i${install}`;
      const events = Array.from({ length: runs }, () =>
        makeEvent({ ...form, install_id: installId, occurred_at: new Date(now).toISOString(), ...overrides }),
      );
      const response = await app.inject({
        method: 'POST',
        url: '/api/extension/learning/sync',
        remoteAddress: `10.${network}.0.${(install % 250) + 1}`,
        headers: { 'x-api-key': API_KEY },
        payload: { events },
      });
      return { status: response.statusCode, body: response.json() as { accepted?: string[]; error?: string } };
    },
    /** Every install of `installs` on each of `networks` sends `runs` runs. */
    async crowd(
      networks: readonly number[],
      installs: number,
      runs: number,
      overrides: Partial<LearningEvent> = {},
      form: { host: string; schema_hash: string } = FORM,
    ) {
      const statuses: number[] = [];
      for (const network of networks)
        for (let i = 0; i < installs; i++) statuses.push((await rig.sync(network, i, runs, overrides, form)).status);
      return statuses;
    },
    async aggregate() {
      const response = await app.inject({ method: 'POST', url: '/api/admin/aggregate', headers: admin });
      return response.json() as { status: string; mappings_flipped: number };
    },
    async profile(form: { host: string; schema_hash: string } = FORM) {
      const response = await app.inject({
        method: 'GET',
        url: `/api/extension/learning/profile?host=${form.host}&schema_hash=${form.schema_hash}`,
        headers: { 'x-api-key': API_KEY },
      });
      return response.json() as { status: string; reason?: string; canonical_map: Record<string, string> };
    },
    async metric(name: SeriesName, labels: Record<string, string> = {}) {
      return metricValue((await app.inject({ method: 'GET', url: '/metrics' })).body, name, labels);
    },
    async admin(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) {
      const response = await app.inject({ method, url, headers: admin, ...(payload ? { payload } : {}) });
      return { status: response.statusCode, body: response.json() as Record<string, unknown> };
    },
    async close() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return rig;
}

export type SybilRig = Awaited<ReturnType<typeof startSybilRig>>;

/** Five real users on five networks learn RIGHT on FORM: three runs each, then they age past the history rule. */
export async function learnFromFiveNetworks(rig: SybilRig): Promise<void> {
  for (let network = 1; network <= 5; network++) await rig.sync(network, 0, 3, { final_map: RIGHT });
  rig.advance(73 * HOUR);
  await rig.aggregate();
}
