/**
 * Profile GET: requests/s and p99 of warm GETs against the real server process, and of
 * revalidations (If-None-Match → 304). Baseline: a bare Fastify app answering a body of the same
 * kind, started the same way (its own process under tsx) and loaded the same way. Both servers run
 * side by side and are loaded in alternating rounds, so a change in machine load hits both.
 */
import { join } from 'node:path';
import { createSqliteStore } from '../packages/server/src/store/sqlite/sqlite-store.ts';
import type { FormProfile } from '../packages/server/src/store/store-port.ts';
import { startBareFastify } from './support/bare-fastify.ts';
import type { Benchmark, Figure } from './support/benchmark.ts';
import { startCompanionServer } from './support/companion-server.ts';
import { bodyText, requestOnce, runLoad, type LoadRequest } from './support/http-load.ts';
import { median, summarizeLatency } from './support/latency.ts';
import { cpuDuring, loadAverage } from './support/process-cpu.ts';
import { syntheticEvents, syntheticForm } from './support/synthetic-events.ts';

const FORMS = 1_000;
const INSTALLS = 500;
const CONNECTIONS = 8;
const ROUNDS = 3;
const REQUESTS_PER_ROUND = 8_000;
const WARMUP = 3_000;
const MAX_DURATION_MS = 15_000;
const PROFILE_PATH = '/api/extension/learning/profile';
const SYNC_PATH = '/api/extension/learning/sync';
/** Sync clients running beside the GETs in the mixed phase, each posting batches of 50. */
const SYNC_CONNECTIONS = 2;
const SYNC_BATCH = 50;
const SYNC_BATCHES_PER_ROUND = 400;
// What a browser's fetch sends; the bodies stay under the compression threshold either way.
const ACCEPT = { 'accept-encoding': 'gzip, deflate, br' };

/** One server under one kind of request, accumulated over the rounds. */
interface Phase {
  origin: string;
  pid: number;
  requestAt: (i: number) => LoadRequest;
  rates: number[];
  latenciesMs: number[];
  cpuMs: number;
  requests: number;
  statuses: Record<number, number>;
  /** Sync batches posted alongside, one list per round; none for the plain phases. */
  syncBodies?: Buffer[][];
  eventsStored: number;
}

export const profileGetBenchmark: Benchmark = {
  name: 'profile',
  title: 'GET /profile warm and revalidated (304), vs a bare Fastify GET',
  async run(context) {
    const loadBefore = loadAverage();
    await seedProfiles(join(context.workDir, 'companion.db'));
    const queries = Array.from({ length: FORMS }, (_, k) => {
      const form = syntheticForm(k, 200);
      return `host=${form.host}&schema_hash=${encodeURIComponent(form.schemaHash)}&install_id=install-${(k % INSTALLS).toString().padStart(6, '0')}`;
    });

    const server = await startCompanionServer(context.workDir);
    try {
      const etags: string[] = [];
      let sampleBody: unknown;
      for (const query of queries) {
        const response = await requestOnce(server.url, {
          method: 'GET',
          path: `${PROFILE_PATH}?${query}`,
          headers: ACCEPT,
        });
        if (response.status !== 200) throw new Error(`profile GET answered ${response.status}: ${bodyText(response)}`);
        etags.push(String(response.headers.etag));
        sampleBody ??= JSON.parse(bodyText(response));
      }
      if ((sampleBody as { status?: string }).status !== 'ok')
        throw new Error(`seeded profile is not ok: ${JSON.stringify(sampleBody)}`);

      const bare = await startBareFastify(sampleBody);
      try {
        const bareEtag = String((await requestOnce(bare.origin, { method: 'GET', path: '/profile' })).headers.etag);
        const phase = (
          origin: string,
          pid: number,
          requestAt: (i: number) => LoadRequest,
          syncBodies?: Buffer[][],
        ): Phase => ({
          origin,
          pid,
          requestAt,
          rates: [],
          latenciesMs: [],
          cpuMs: 0,
          requests: 0,
          statuses: {},
          syncBodies,
          eventsStored: 0,
        });
        const phases = {
          warm: phase(server.url, server.pid, (i) => ({
            method: 'GET',
            path: `${PROFILE_PATH}?${queries[i % FORMS]!}`,
            headers: ACCEPT,
          })),
          bareWarm: phase(bare.origin, bare.pid, (i) => ({
            method: 'GET',
            path: `/profile?${queries[i % FORMS]!}`,
            headers: ACCEPT,
          })),
          revalidated: phase(server.url, server.pid, (i) => ({
            method: 'GET',
            path: `${PROFILE_PATH}?${queries[i % FORMS]!}`,
            headers: { ...ACCEPT, 'if-none-match': etags[i % FORMS]! },
          })),
          bareRevalidated: phase(bare.origin, bare.pid, (i) => ({
            method: 'GET',
            path: `/profile?${queries[i % FORMS]!}`,
            headers: { ...ACCEPT, 'if-none-match': bareEtag },
          })),
          warmWhileSyncing: phase(
            server.url,
            server.pid,
            (i) => ({ method: 'GET', path: `${PROFILE_PATH}?${queries[i % FORMS]!}`, headers: ACCEPT }),
            syncBodiesPerRound(),
          ),
        };
        for (const p of Object.values(phases))
          await runLoad({
            origin: p.origin,
            connections: CONNECTIONS,
            total: WARMUP,
            maxDurationMs: MAX_DURATION_MS,
            requestAt: p.requestAt,
          });
        for (let round = 1; round <= ROUNDS; round += 1) {
          context.log(`profile: round ${round}/${ROUNDS}`);
          for (const p of Object.values(phases)) await measure(p);
        }
        if (!phases.revalidated.statuses[304])
          throw new Error(`no 304 answered: ${JSON.stringify(phases.revalidated.statuses)}`);

        return {
          figures: [
            ...figures(
              'warm GET',
              phases.warm,
              phases.bareWarm,
              'bare Fastify GET answering the same JSON body (no plugins, no database), same load',
            ),
            ...figures(
              '304 revalidation',
              phases.revalidated,
              phases.bareRevalidated,
              'bare Fastify answering 304 on a matching If-None-Match, same load',
            ),
            ...whileSyncingFigures(phases.warmWhileSyncing, phases.warm),
          ],
          conditions: [
            `${CONNECTIONS} keep-alive clients; ${ROUNDS} rounds × ${REQUESTS_PER_ROUND.toLocaleString()} requests per phase, servers alternating (after ${WARMUP.toLocaleString()} warm-up each); req/s = median of the rounds, p99 over all requests`,
            `${FORMS.toLocaleString()} profiles of 10 fields, ${INSTALLS} installs in the query; real server process (CLI serve) with rate limits raised; body ${JSON.stringify(sampleBody).length} bytes`,
            `while syncing: ${SYNC_CONNECTIONS} more clients post batches of ${SYNC_BATCH} new events to the same server for as long as the GETs run (at most ${SYNC_BATCHES_PER_ROUND} batches a round); each commit is a write the profile cache must not mistake for a new profile`,
            `statuses: warm ${JSON.stringify(phases.warm.statuses)}, revalidated ${JSON.stringify(phases.revalidated.statuses)}, while syncing ${JSON.stringify(phases.warmWhileSyncing.statuses)}; load average ${loadBefore} → ${loadAverage()} (2 cores shared with the load generator)`,
          ],
        };
      } finally {
        await bare.stop();
      }
    } finally {
      await server.stop();
    }
  },
};

async function measure(phase: Phase): Promise<void> {
  let getsDone = false;
  const syncBodies = phase.syncBodies?.[phase.rates.length] ?? [];
  const syncing = runLoad({
    origin: phase.origin,
    connections: SYNC_CONNECTIONS,
    total: syncBodies.length,
    maxDurationMs: MAX_DURATION_MS,
    stopWhen: () => getsDone,
    requestAt: (i) => ({
      method: 'POST',
      path: SYNC_PATH,
      headers: { 'content-type': 'application/json' },
      body: syncBodies[i]!,
    }),
    onResponse: (response) => {
      if (response.status === 200)
        phase.eventsStored += (JSON.parse(bodyText(response)) as { accepted: string[] }).accepted.length;
    },
  });
  const { result, cpuMs } = await cpuDuring(phase.pid, async () => {
    try {
      return await runLoad({
        origin: phase.origin,
        connections: CONNECTIONS,
        total: REQUESTS_PER_ROUND,
        maxDurationMs: MAX_DURATION_MS,
        requestAt: phase.requestAt,
      });
    } finally {
      getsDone = true;
    }
  });
  await syncing;
  phase.rates.push(result.completed / (result.elapsedMs / 1000));
  phase.latenciesMs.push(...result.latenciesMs);
  phase.cpuMs += cpuMs;
  phase.requests += result.completed;
  for (const [status, count] of Object.entries(result.statusCounts))
    phase.statuses[Number(status)] = (phase.statuses[Number(status)] ?? 0) + count;
}

/** New events for every round of the mixed phase, serialized before the clock starts. */
function syncBodiesPerRound(): Buffer[][] {
  const perRound = SYNC_BATCHES_PER_ROUND * SYNC_BATCH;
  const events = syntheticEvents(perRound * ROUNDS, {
    forms: FORMS,
    hosts: 200,
    installs: INSTALLS,
    startMs: Date.now() - 3_600_000,
  });
  return Array.from({ length: ROUNDS }, (_, round) =>
    Array.from({ length: SYNC_BATCHES_PER_ROUND }, (_, b) => {
      const from = round * perRound + b * SYNC_BATCH;
      return Buffer.from(JSON.stringify({ events: events.slice(from, from + SYNC_BATCH) }));
    }),
  );
}

/** Warm GETs while syncs commit beside them: informational, against the same GETs with nothing else running. */
function whileSyncingFigures(mixed: Phase, idle: Phase): Figure[] {
  return [
    {
      name: 'warm GET req/s while syncing',
      value: median(mixed.rates),
      unit: 'req/s',
      baseline: { label: 'warm GET with no sync running (above)', value: median(idle.rates) },
    },
    {
      name: 'warm GET p99 while syncing',
      value: summarizeLatency(mixed.latenciesMs).p99,
      unit: 'ms',
      baseline: { label: 'warm GET p99 with no sync running', value: summarizeLatency(idle.latenciesMs).p99 },
    },
    {
      name: 'events stored alongside',
      value: mixed.eventsStored,
      unit: 'events',
      note: 'accepted by the sync requests that ran during the measured GET rounds',
    },
  ];
}

function figures(label: string, companion: Phase, bare: Phase, baselineLabel: string): Figure[] {
  const cpuPerRequest = (p: Phase) => (p.cpuMs * 1000) / p.requests;
  return [
    {
      name: `${label} req/s`,
      value: median(companion.rates),
      unit: 'req/s',
      baseline: { label: baselineLabel, value: median(bare.rates) },
      target: { kind: 'ratio_at_least', value: 0.8 },
    },
    {
      name: `${label} p99`,
      value: summarizeLatency(companion.latenciesMs).p99,
      unit: 'ms',
      baseline: { label: 'the bare Fastify p99 under the same load', value: summarizeLatency(bare.latenciesMs).p99 },
    },
    {
      name: `${label} server CPU per request`,
      value: cpuPerRequest(companion),
      unit: 'µs',
      baseline: { label: 'bare Fastify CPU per request', value: cpuPerRequest(bare) },
      note: 'user+system time of the server process over the measured requests: what a request costs whatever else the machine is doing',
    },
  ];
}

/** One committed aggregator run with a passing profile per form, through the store's own API. */
async function seedProfiles(dbPath: string): Promise<void> {
  const store = createSqliteStore(dbPath);
  const now = Date.now();
  const profiles: FormProfile[] = Array.from({ length: FORMS }, (_, k) => {
    const form = syntheticForm(k, 200);
    return {
      host: form.host,
      schemaHash: form.schemaHash,
      canonicalMap: form.map,
      eventCount: 40 + (k % 30),
      distinctInstalls: 12,
      successRate: 0.85,
      avgEditChars: 6.5,
      avgDurationMs: 41_000,
      p50DurationMs: 38_000,
      p90DurationMs: 72_000,
      lastEventAt: now - 3_600_000,
      formatMap: {},
      guardSuccessRate: 0.85,
      guardEditChars: 6.5,
      distinctNetworks: 12,
      voteAlarm: null,
    };
  });
  const runId = await store.runs.startRun(now, 30);
  await store.runs.commitRun(runId, { profiles, fieldProfiles: [], flips: [], eventsRead: profiles.length * 50 }, now);
  await store.close();
}
