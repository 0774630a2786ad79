import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { createAggregatorLog, type AggregatorLog } from './aggregator/aggregator-log.ts';
import { aggregatorPlugin } from './aggregator/aggregator-plugin.ts';
import { createAggregatorRunner } from './aggregator/aggregator-runner.ts';
import type { ServerConfig } from './config/load-config.ts';
import { installErrorHandler } from './errors/error-handler.ts';
import { registerAggregatorMetrics } from './metrics/aggregator-metrics.ts';
import { createIngestMetrics } from './metrics/ingest-metrics.ts';
import { createMetricsRegistry } from './metrics/metrics-registry.ts';
import { createProfileMetrics } from './metrics/profile-metrics.ts';
import { healthRoute } from './routes/health-route.ts';
import { metricsRoute } from './routes/metrics-route.ts';
import { profileRoute } from './routes/profile-route.ts';
import { syncRoute } from './routes/sync-route.ts';
import type { Store } from './store/store-port.ts';

export interface BuildAppOptions {
  config: ServerConfig;
  store: Store;
  clock?: () => number;
  aggregatorLog?: AggregatorLog;
}

/**
 * The server as an un-listened Fastify instance: tests `inject()` into it, `serve` listens.
 * The scheduled aggregator starts when the app is ready, if enabled, and stops on close.
 */
export async function buildApp({ config, store, clock = Date.now, aggregatorLog = createAggregatorLog() }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    // Request lines would be most of the log at load and say nothing the metrics don't.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimitBytes,
  });
  installErrorHandler(app, config.bodyLimitBytes);
  // JSON only: anything else is answered 415 rather than parsed as a string and rejected as 400.
  app.removeContentTypeParser('text/plain');

  const registry = createMetricsRegistry();
  const ingestMetrics = createIngestMetrics(registry, config.metricsHostCap);
  const profileMetrics = createProfileMetrics(registry);
  registerAggregatorMetrics(registry, store.runs);

  await app.register(healthRoute, { events: store.events });
  await app.register(metricsRoute, { registry });
  await app.register(syncRoute, { events: store.events, metrics: ingestMetrics, clock });
  await app.register(profileRoute, {
    profiles: store.profiles,
    metrics: profileMetrics,
    profileEnabled: config.profileEnabled,
    thresholds: { minSuccessRate: config.qualityMinSuccess, maxAvgEditChars: config.qualityMaxEdit },
  });
  if (config.aggEnabled) {
    await app.register(aggregatorPlugin, {
      runner: createAggregatorRunner({
        store,
        lookbackDays: config.aggLookbackDays,
        support: supportOf(config),
        log: aggregatorLog,
        clock,
      }),
      everyHours: config.aggEveryHours,
      lastSuccessAt: async () => (await store.runs.totals()).lastSuccessAt,
      log: aggregatorLog,
    });
  }
  app.addHook('onClose', async () => store.close());
  return app;
}

/** The vote thresholds from the configuration. */
export function supportOf(config: ServerConfig) {
  return { minRuns: config.minSupportRuns, minInstalls: config.minSupportInstalls, minShare: config.minVoteShare };
}
