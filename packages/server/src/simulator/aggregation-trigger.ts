import { createAggregatorLog } from '../aggregator/aggregator-log.ts';
import { createAggregatorRunner } from '../aggregator/aggregator-runner.ts';
import type { SupportThresholds } from '../aggregator/support-thresholds.ts';
import { createSqliteStore } from '../store/sqlite/sqlite-store.ts';

/** Runs one aggregation between cycles and describes it for the progress line. */
export interface AggregationTrigger {
  run(): Promise<string>;
  close(): Promise<void>;
}

/**
 * An aggregator in this process on the server's database file. The database lease keeps it from
 * overlapping the server's own scheduled runs; the server reads the new profiles on the next request.
 */
export function inProcessAggregation(
  dbPath: string,
  options: { lookbackDays: number; support: SupportThresholds },
): AggregationTrigger {
  const store = createSqliteStore(dbPath);
  const runner = createAggregatorRunner({
    store,
    lookbackDays: options.lookbackDays,
    support: options.support,
    log: createAggregatorLog(() => {}),
  });
  return {
    async run() {
      const summary = await runner.runOnce();
      return summary.status === 'ok'
        ? `run ${summary.run_id}: ${summary.profiles_updated} profiles from ${summary.events_read} events`
        : `${summary.status}${'error' in summary ? `: ${summary.error}` : ''}`;
    },
    close: () => store.close(),
  };
}

/** The server's admin endpoint `POST /api/admin/aggregate`, with the admin token. */
export function adminEndpointAggregation(url: string, adminToken: string): AggregationTrigger {
  return {
    async run() {
      const response = await fetch(`${url}/api/admin/aggregate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminToken}` },
      });
      const body = (await response.json()) as {
        status?: string;
        profiles_updated?: number;
        events_read?: number;
        error?: string;
        message?: string;
      };
      if (response.status !== 200)
        return `admin endpoint answered ${response.status}: ${body.message ?? body.error ?? ''}`;
      return body.status === 'ok'
        ? `${body.profiles_updated ?? 0} profiles from ${body.events_read ?? 0} events (admin endpoint)`
        : String(body.status);
    },
    async close() {},
  };
}

/** No aggregation: the server's own schedule (AGG_EVERY_HOURS) will learn from the events later. */
export const NO_AGGREGATION: AggregationTrigger = {
  run: async () => 'skipped (no --db or --admin-token)',
  close: async () => {},
};
