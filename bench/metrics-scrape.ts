/**
 * /metrics: how long a scrape takes and how big it is with 200 hosts reporting, and after a flood
 * of 10k more hosts (the host label cap must keep both bounded). Raw and gzip sizes: Prometheus
 * sends Accept-Encoding: gzip and the server compresses. Render time is measured twice: over HTTP
 * against the real server process, and in-process as the registry's own `metrics()` call over the
 * same recorded events. Baselines: the empty server, then the 200-host state for the flood.
 */
import type { LearningEvent } from '../packages/sdk/src/protocol/index.ts';
import { CONFIG_VARIABLES } from '../packages/server/src/config/config-variables.ts';
import { createIngestMetrics } from '../packages/server/src/metrics/ingest-metrics.ts';
import { createMetricsRegistry } from '../packages/server/src/metrics/metrics-registry.ts';
import type { Benchmark, Figure } from './support/benchmark.ts';
import { startCompanionServer } from './support/companion-server.ts';
import { requestOnce } from './support/http-load.ts';
import { median, summarizeLatency } from './support/latency.ts';
import { syntheticEvent, syntheticForm } from './support/synthetic-events.ts';

const HOSTS = 200;
const FLOOD_HOSTS = 10_000;
const SCRAPES = 60;
const STATUSES = ['ok', 'validation_error', 'cancelled', 'error'] as const;
const SYNC_PATH = '/api/extension/learning/sync';
const KB = 1024;

/** One state of the server, as a scraper sees it. */
interface Scrape {
  rawBytes: number;
  gzipBytes: number;
  /** Time to the last byte of uncompressed and gzip scrapes, ms. */
  rawMs: number[];
  gzipMs: number[];
  series: number;
  inProcessMs: number[];
}

export const metricsBenchmark: Benchmark = {
  name: 'metrics',
  title: '/metrics render time and size, 200 hosts and after a 10k-host flood',
  async run(context) {
    // Every host reports every status: the most series a host can add to the exposition.
    const hostEvents = (first: number, count: number): LearningEvent[] =>
      Array.from({ length: count }, (_, h) =>
        STATUSES.map((status, s) => syntheticEvent(hostForm(first + h), s, Date.now() - 60_000, status)),
      ).flat();
    const initial = hostEvents(0, HOSTS);
    const flood = hostEvents(HOSTS, FLOOD_HOSTS).filter((_, i) => i % STATUSES.length === 0);

    const inProcess = createInProcessMetrics();
    const server = await startCompanionServer(context.workDir);
    try {
      const empty = await scrapeState(server.url, inProcess);
      context.log(`metrics: ${HOSTS} hosts`);
      await post(server.url, initial);
      inProcess.record(initial);
      const hosts = await scrapeState(server.url, inProcess);
      context.log(`metrics: flood of ${FLOOD_HOSTS.toLocaleString()} hosts`);
      await post(server.url, flood);
      inProcess.record(flood);
      const flooded = await scrapeState(server.url, inProcess);
      return {
        figures: [
          ...figures(`${HOSTS} hosts`, hosts, empty, 'the empty server'),
          ...figures('after flood', flooded, hosts, `the ${HOSTS}-host state`),
        ],
        conditions: [
          `${HOSTS} hosts × ${STATUSES.length} statuses posted over HTTP (every host in every status: the most series a host adds), then ${FLOOD_HOSTS.toLocaleString()} new hosts with one event each; host label caps at their defaults (${CONFIG_VARIABLES.metricsHostCap.default} hosts, ${CONFIG_VARIABLES.metricsTimeHostCap.default} on the time-to-fill histogram)`,
          `${SCRAPES} scrapes per state and encoding, one at a time on a keep-alive connection; HTTP figures are median and p99 time to the last byte`,
          `series: empty ${empty.series}, ${HOSTS} hosts ${hosts.series}, after flood ${flooded.series}`,
          'in-process: the ingest metrics alone (createIngestMetrics on a fresh registry) fed the same events, `registry.metrics()` timed',
        ],
      };
    } finally {
      await server.stop();
    }
  },
};

function hostForm(h: number) {
  return { ...syntheticForm(h, 1, 4), host: `host-${h}.example.com` };
}

function figures(state: string, scrape: Scrape, baseline: Scrape, baselineLabel: string): Figure[] {
  const http = summarizeLatency(scrape.rawMs);
  const gzipHttp = summarizeLatency(scrape.gzipMs);
  return [
    {
      name: `${state}: size raw`,
      value: scrape.rawBytes / KB,
      unit: 'KB',
      baseline: { label: baselineLabel, value: baseline.rawBytes / KB },
      target: { kind: 'at_most', value: 150 },
    },
    {
      name: `${state}: size gzip`,
      value: scrape.gzipBytes / KB,
      unit: 'KB',
      baseline: { label: baselineLabel, value: baseline.gzipBytes / KB },
      target: { kind: 'at_most', value: 150 },
    },
    {
      name: `${state}: scrape p50 (HTTP, raw)`,
      value: http.p50,
      unit: 'ms',
      baseline: { label: baselineLabel, value: summarizeLatency(baseline.rawMs).p50 },
      target: { kind: 'below', value: 20 },
    },
    {
      name: `${state}: scrape p99 (HTTP, raw)`,
      value: http.p99,
      unit: 'ms',
      baseline: { label: baselineLabel, value: summarizeLatency(baseline.rawMs).p99 },
      target: { kind: 'below', value: 20 },
    },
    {
      name: `${state}: scrape p50 (HTTP, gzip)`,
      value: gzipHttp.p50,
      unit: 'ms',
      baseline: { label: baselineLabel, value: summarizeLatency(baseline.gzipMs).p50 },
      target: { kind: 'below', value: 20 },
    },
    {
      name: `${state}: render in-process p50`,
      value: median(scrape.inProcessMs),
      unit: 'ms',
      baseline: { label: baselineLabel, value: median(baseline.inProcessMs) },
      target: { kind: 'below', value: 20 },
    },
  ];
}

async function post(origin: string, events: readonly LearningEvent[]): Promise<void> {
  // One install per batch, as the server requires.
  const byInstall = new Map<string, LearningEvent[]>();
  for (const event of events) byInstall.set(event.install_id, [...(byInstall.get(event.install_id) ?? []), event]);
  const batches = [...byInstall.values()].flatMap((own) =>
    Array.from({ length: Math.ceil(own.length / 100) }, (_, k) => own.slice(k * 100, k * 100 + 100)),
  );
  for (const batch of batches) {
    const body = Buffer.from(JSON.stringify({ events: batch }));
    const response = await requestOnce(origin, {
      method: 'POST',
      path: SYNC_PATH,
      headers: { 'content-type': 'application/json' },
      body,
    });
    if (response.status !== 200)
      throw new Error(`sync answered ${response.status}: ${response.body.toString().slice(0, 300)}`);
  }
}

async function scrapeState(origin: string, inProcess: InProcessMetrics): Promise<Scrape> {
  const timed = async (headers: Record<string, string>) => {
    const times: number[] = [];
    let body: Buffer = Buffer.alloc(0);
    for (let i = 0; i < SCRAPES; i += 1) {
      const started = performance.now();
      const response = await requestOnce(origin, { method: 'GET', path: '/metrics', headers });
      times.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
      if (headers['accept-encoding'] === 'gzip' && response.headers['content-encoding'] !== 'gzip')
        throw new Error('/metrics was not compressed for a gzip scraper');
      body = response.body;
    }
    return { times, body };
  };
  const raw = await timed({});
  const gzip = await timed({ 'accept-encoding': 'gzip' });
  const inProcessMs: number[] = [];
  for (let i = 0; i < SCRAPES; i += 1) inProcessMs.push(await inProcess.renderMs());
  const text = raw.body.toString();
  return {
    rawBytes: raw.body.length,
    gzipBytes: gzip.body.length,
    rawMs: raw.times,
    gzipMs: gzip.times,
    series: text.split('\n').filter((line) => line !== '' && !line.startsWith('#')).length,
    inProcessMs,
  };
}

interface InProcessMetrics {
  record(events: readonly LearningEvent[]): void;
  renderMs(): Promise<number>;
}

function createInProcessMetrics(): InProcessMetrics {
  const registry = createMetricsRegistry();
  const metrics = createIngestMetrics(registry, {
    hosts: CONFIG_VARIABLES.metricsHostCap.default,
    timeHosts: CONFIG_VARIABLES.metricsTimeHostCap.default,
  });
  return {
    record(events) {
      for (const event of events) metrics.recordStoredRun(event);
      metrics.recordIngest('stored', events.length);
    },
    async renderMs() {
      const started = performance.now();
      const text = await registry.metrics();
      const elapsed = performance.now() - started;
      if (text.length === 0) throw new Error('empty exposition');
      return elapsed;
    },
  };
}
