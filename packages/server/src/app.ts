import { randomBytes } from 'node:crypto';
import compress from '@fastify/compress';
import cors from '@fastify/cors';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { createAggregatorLog, type AggregatorLog } from './aggregator/aggregator-log.ts';
import { aggregatorPlugin } from './aggregator/aggregator-plugin.ts';
import { createAggregatorRunner, type AggregatorRunnerOptions } from './aggregator/aggregator-runner.ts';
import { listOf, type ServerConfig } from './config/load-config.ts';
import { errorReply } from './errors/error-catalog.ts';
import { installErrorHandler } from './errors/error-handler.ts';
import { createExperimentMetrics } from './metrics/experiment-metrics.ts';
import { createStorageHealth } from './health/storage-health.ts';
import { watchEventWrites } from './health/watched-event-store.ts';
import { boundedLoggerOptions } from './logging/logger-options.ts';
import { maintenancePlugin } from './maintenance/maintenance-plugin.ts';
import { registerAggregatorMetrics } from './metrics/aggregator-metrics.ts';
import { createDefenceMetrics } from './metrics/defence-metrics.ts';
import { createIngestMetrics } from './metrics/ingest-metrics.ts';
import { createMetricsRegistry } from './metrics/metrics-registry.ts';
import { createProfileMetrics } from './metrics/profile-metrics.ts';
import { createStorageMetrics } from './metrics/storage-metrics.ts';
import { adminRoutes } from './routes/admin-routes.ts';
import { defenceAdminRoutes } from './routes/defence-admin-routes.ts';
import { healthRoute } from './routes/health-route.ts';
import { metricsRoute } from './routes/metrics-route.ts';
import { profileRoute } from './routes/profile-route.ts';
import { reportRoute } from './routes/report-route.ts';
import { statsRoute } from './routes/stats-route.ts';
import { weightsOf } from './report/expected-weights.ts';
import { syncRoute } from './routes/sync-route.ts';
import { lowerCaseContentCoding } from './validation/content-coding.ts';
import { requireAdminToken, requireApiKey } from './security/api-key-auth.ts';
import { createDailyQuota } from './security/daily-quota.ts';
import { createNetworkKeyer } from './security/network-key.ts';
import { createRequestNetwork } from './security/request-network.ts';
import { createSyncAdmission } from './security/sync-admission.ts';
import { requireOneInstallPerBatch } from './security/batch-install.ts';
import { registerRateLimits } from './security/rate-limits.ts';
import { installRequestDeadline } from './security/request-deadline.ts';
import { fastifyTrustProxy, parseTrustedProxies } from './security/trust-proxy.ts';
import type { Store } from './store/store-port.ts';
import { createTuningSource } from './tuning/tuning-source.ts';

export interface BuildAppOptions {
  config: ServerConfig;
  /** The app takes ownership: it closes the store on close. */
  store: Store;
  clock?: () => number;
  aggregatorLog?: AggregatorLog;
}

/**
 * The server as an un-listened Fastify instance: tests `inject()` into it, `serve` listens.
 *
 * Scopes: the extension API (sync, profile) sits behind the per-IP limit, the API key and the
 * per-install limit; the admin API behind the admin token; /healthz and /metrics are open (bind
 * them to an internal network). The scheduled aggregator and housekeeping start when the app is
 * ready and stop on close.
 */
export async function buildApp({
  config,
  store,
  clock = Date.now,
  aggregatorLog = createAggregatorLog(),
}: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: boundedLoggerOptions(config.logLevel),
    // Request lines would be most of the log at load and say nothing the metrics don't.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: fastifyTrustProxy(parseTrustedProxies(config.trustProxy)),
  });
  installErrorHandler(app, config.bodyLimitBytes);
  installRequestDeadline(app, config.requestTimeoutSeconds * 1000);
  // JSON only: anything else is answered 415 rather than parsed as a string and rejected as 400.
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', lowerCaseContentCoding);
  // Request bodies are inflated before parsing, so the body limit counts inflated bytes: a gzip bomb gets 413.
  await app.register(compress, {
    global: true,
    requestEncodings: ['gzip', 'deflate', 'br'],
    onUnsupportedRequestEncoding: (encoding) => {
      const { status, body } = errorReply('UNSUPPORTED_ENCODING', encoding.slice(0, 40));
      return Object.assign(new Error(body.message), { statusCode: status, code: body.error });
    },
  });
  const corsOrigins = listOf(config.corsOrigins);
  // Without configured origins there is no cross-origin caller to answer: no CORS hooks at all.
  if (corsOrigins.length > 0) {
    await app.register(cors, {
      origin: corsOrigins,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'x-api-key', 'if-none-match'],
      exposedHeaders: ['etag', 'retry-after'],
    });
  }
  const limits = await registerRateLimits(app, {
    perIpPerMinute: config.rateLimitPerIp,
    perInstallPerMinute: config.rateLimitPerInstall,
  });

  const registry = createMetricsRegistry();
  const ingestMetrics = createIngestMetrics(registry, {
    hosts: config.metricsHostCap,
    timeHosts: config.metricsTimeHostCap,
  });
  const profileMetrics = createProfileMetrics(registry);
  registerAggregatorMetrics(registry, store.runs);
  const defenceMetrics = createDefenceMetrics(registry, store.defences);
  // Without a configured secret the keys still hide addresses, but mean nothing after a restart
  // (loadConfig refuses that once votes count networks).
  const networkKey = createNetworkKeyer(
    config.networkKeySecret === '' ? randomBytes(32).toString('base64') : config.networkKeySecret,
  );
  const admission = createSyncAdmission({
    networkOf: createRequestNetwork(networkKey, config.testNetworkHeader),
    quota: createDailyQuota({
      perInstall: config.quotaInstallEventsPerDay,
      perNetwork: config.quotaNetworkEventsPerDay,
    }),
    recordQuotaHit: defenceMetrics.recordQuotaHit,
  });
  const tuning = createTuningSource({
    path: config.tuningFile === '' ? undefined : config.tuningFile,
    registry,
    log: app.log,
  });
  app.addHook('onClose', async () => tuning.close());
  const experimentMetrics = createExperimentMetrics(registry, () => tuning.current().experiments);
  const runner = createAggregatorRunner({
    store,
    lookbackDays: config.aggLookbackDays,
    support: supportOf(config),
    defences: defencesOf(config),
    log: aggregatorLog,
    clock,
    leaseTtlMs: config.aggLeaseSeconds * 1000,
  });

  const storageHealth = createStorageHealth(clock);
  const watchedEvents = watchEventWrites(store.events, storageHealth, createStorageMetrics(registry, storageHealth));
  await app.register(healthRoute, { events: store.events, storage: storageHealth });
  await app.register(metricsRoute, { registry });

  await app.register(async (extensionApi) => {
    extensionApi.addHook('onRequest', limits.perIp);
    extensionApi.addHook('onRequest', requireApiKey(listOf(config.apiKeys)));
    extensionApi.addHook('preHandler', requireOneInstallPerBatch);
    extensionApi.addHook('preHandler', limits.perInstall);
    await extensionApi.register(syncRoute, {
      events: watchedEvents,
      metrics: ingestMetrics,
      clock,
      experimentMetrics,
      admission,
    });
    await extensionApi.register(profileRoute, {
      profiles: store.profiles,
      metrics: profileMetrics,
      profileEnabled: config.profileEnabled,
      thresholds: { minSuccessRate: config.qualityMinSuccess, maxAvgEditChars: config.qualityMaxEdit },
      tuning,
      experimentMetrics,
    });
    await extensionApi.register(statsRoute, { stats: store.userStats, clock });
  });

  await app.register(async (adminApi) => {
    adminApi.addHook('onRequest', limits.perIp);
    adminApi.addHook('onRequest', requireAdminToken(config.adminToken));
    await adminApi.register(adminRoutes, { runner, events: store.events, tuning });
    await adminApi.register(defenceAdminRoutes, {
      defences: store.defences,
      profiles: store.profiles,
      networkKey,
      clock,
    });
    await adminApi.register(reportRoute, {
      reports: store.reports,
      expectedWeights: () => weightsOf(tuning.current().experiments),
      clock,
    });
  });

  if (config.aggEnabled) {
    await app.register(aggregatorPlugin, {
      runner,
      everyHours: config.aggEveryHours,
      lastSuccessAt: async () => (await store.runs.totals()).lastSuccessAt,
      log: aggregatorLog,
    });
  }
  await app.register(maintenancePlugin, { store, retentionDays: config.retentionDays, clock });
  app.addHook('onReady', async () => {
    if (config.apiKeys === '') {
      app.log.warn(
        'COMPANION_API_KEYS is not set: the sync and profile endpoints accept anyone. Set it in production (see README).',
      );
    }
    if (config.networkKeySecret === '') {
      app.log.warn(
        'COMPANION_NETWORK_KEY_SECRET is not set: network keys change with every restart. Set it in production (see docs/OPS.md).',
      );
    }
    if (config.testNetworkHeader !== '') {
      app.log.warn(
        `COMPANION_TEST_NETWORK_HEADER is set: any client names its own network with ${config.testNetworkHeader}. Test rigs only.`,
      );
    }
  });
  app.addHook('onClose', async () => store.close());
  return app;
}

/** The vote thresholds from the configuration. */
export function supportOf(config: ServerConfig) {
  return { minRuns: config.minSupportRuns, minInstalls: config.minSupportInstalls, minShare: config.minVoteShare };
}

/** The vote's Sybil defences from the configuration (SECURITY.md). */
export function defencesOf(config: ServerConfig): NonNullable<AggregatorRunnerOptions['defences']> {
  return {
    history: { minAgeMs: config.voteMinInstallAgeHours * 3_600_000, minRuns: config.voteMinInstallRuns },
    network: {
      minNetworks: config.voteMinNetworks,
      networkCap: config.voteNetworkCap,
      flipMargin: config.voteFlipMargin,
    },
  };
}
