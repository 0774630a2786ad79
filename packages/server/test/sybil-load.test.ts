/**
 * Bounded load test of the poisoning defences: thousands of invented installs, from one and from
 * three loopback "networks" (named by the test-only header, as a test rig may), against a real
 * server process at the production values — but with the install history rule off, the worst case
 * of an attacker who aged every install. Loopback only; about 3,300 requests. Asserts the served
 * mapping holds and the alarm is raised; prints throughput and the aggregation's time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEvent, metricValue } from '@companion-autofill/test-kit/learning-events';
import { startServerProcess, type ServerProcess } from '@companion-autofill/test-kit/server-process';
import { ADMIN_TOKEN, API_KEY, FORM, PRODUCTION_ENV, RIGHT, WRONG } from './sybil-rig.ts';

const FAKE_ON_ONE_NETWORK = 1_500;
const FAKE_PER_NETWORK_ON_THREE = 600;
let server: ServerProcess;

beforeAll(async () => {
  server = await startServerProcess({
    env: {
      ...PRODUCTION_ENV,
      COMPANION_VOTE_MIN_INSTALL_AGE_HOURS: '0',
      COMPANION_VOTE_MIN_INSTALL_RUNS: '0',
      COMPANION_TEST_NETWORK_HEADER: 'x-test-network',
      // Every request comes from 127.0.0.1 here: the per-IP limit would stop the test, not the attacker.
      COMPANION_RATE_LIMIT_PER_IP: '10000000',
    },
  });
}, 30_000);
afterAll(async () => {
  await server.stop();
});

async function sync(network: string, installId: string, map: Record<string, string>, runs = 1): Promise<number> {
  const response = await fetch(`${server.url}/api/extension/learning/sync`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': API_KEY, 'x-test-network': network },
    body: JSON.stringify({
      events: Array.from({ length: runs }, () => makeEvent({ ...FORM, install_id: installId, final_map: map })),
    }),
  });
  await response.arrayBuffer();
  return response.status;
}

/** Sends one request per fake install, 16 at a time; returns requests per second and the statuses. */
async function flood(network: string, count: number): Promise<{ perSecond: number; statuses: Map<number, number> }> {
  const statuses = new Map<number, number>();
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < count) {
        const i = next++;
        const status = await sync(network, `install-${network}-${String(i).padStart(5, '0')}`, WRONG);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  return { perSecond: count / ((performance.now() - started) / 1000), statuses };
}

async function aggregate(): Promise<{
  ms: number;
  summary: { status: string; mappings_flipped: number; events_read: number };
}> {
  const started = performance.now();
  const response = await fetch(`${server.url}/api/admin/aggregate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
  });
  return { summary: (await response.json()) as never, ms: performance.now() - started };
}

async function served(): Promise<Record<string, string>> {
  const response = await fetch(
    `${server.url}/api/extension/learning/profile?host=${FORM.host}&schema_hash=${FORM.schema_hash}`,
    { headers: { 'x-api-key': API_KEY } },
  );
  return ((await response.json()) as { canonical_map: Record<string, string> }).canonical_map;
}

describe('poisoning defences under load (loopback)', () => {
  it('hold a mapping of 5 networks against thousands of installs from one and from three networks', async () => {
    for (let n = 1; n <= 5; n++) expect(await sync(`honest-${n}`, `install-honest-${n}`, RIGHT, 3)).toBe(200);
    await aggregate();
    expect(await served()).toEqual(RIGHT);

    const one = await flood('attacker-a', FAKE_ON_ONE_NETWORK);
    const three = await Promise.all(
      ['attacker-b', 'attacker-c', 'attacker-d'].map((network) => flood(network, FAKE_PER_NETWORK_ON_THREE)),
    );
    const run = await aggregate();

    expect(one.statuses.get(200)).toBe(FAKE_ON_ONE_NETWORK);
    for (const { statuses } of three) expect(statuses.get(200)).toBe(FAKE_PER_NETWORK_ON_THREE);
    expect(run.summary).toMatchObject({ status: 'ok', mappings_flipped: 0 });
    expect(await served()).toEqual(RIGHT);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metricValue(metrics, 'applylens_autofill_forms_vote_alarm', { alarm: 'crowded_networks' })).toBe(1);

    // The quota ends a network's flood: 2,000 events a day, 1,500 of them spent above.
    const more = await flood('attacker-a', 600);
    expect(more.statuses.get(429)).toBeGreaterThan(0);
    expect(
      metricValue(await (await fetch(`${server.url}/metrics`)).text(), 'applylens_autofill_quota_hits_total', {
        scope: 'network',
      }),
    ).toBe(more.statuses.get(429));

    console.log(
      `sybil load: ${FAKE_ON_ONE_NETWORK} fake installs on 1 network at ${one.perSecond.toFixed(0)} req/s; ` +
        `3 × ${FAKE_PER_NETWORK_ON_THREE} on 3 networks at ${three.map((t) => t.perSecond.toFixed(0)).join('/')} req/s (concurrently); ` +
        `aggregation of ${run.summary.events_read} events in ${run.ms.toFixed(0)} ms; served map unchanged; ` +
        `quota refused ${more.statuses.get(429)} of 600 further requests`,
    );
  }, 120_000);
});
