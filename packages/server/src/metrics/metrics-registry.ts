import { Registry } from 'prom-client';

/**
 * The server's one registry. prom-client's default Node metrics are left out: some are gauges
 * named `_total`, which `promtool check metrics` rejects, and none of them answers a question
 * this product asks.
 */
export function createMetricsRegistry(): Registry {
  return new Registry();
}
