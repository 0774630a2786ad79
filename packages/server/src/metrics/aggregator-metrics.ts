import { Counter, Gauge, type Registry } from 'prom-client';
import type { AggregatorRunStore, AggregatorRunTotals } from '../store/store-port.ts';
import { AGG_RUN_STATUSES, METRIC, METRIC_LABELS } from './metric-names.ts';

/**
 * Aggregator metrics, read from the runs table at scrape time: a run made by
 * `companion-server aggregate` in another process counts as much as a scheduled one. The three
 * metrics share one read of the totals per scrape.
 */
export function registerAggregatorMetrics(registry: Registry, runs: AggregatorRunStore): void {
  const registers = [registry];
  let scrapeTotals: Promise<AggregatorRunTotals> | undefined;
  // prom-client collects the metrics of one scrape back to back; the next scrape reads anew.
  const totalsOfThisScrape = () => {
    if (!scrapeTotals) {
      scrapeTotals = runs.totals();
      setImmediate(() => {
        scrapeTotals = undefined;
      });
    }
    return scrapeTotals;
  };
  new Counter({
    name: METRIC.aggRuns,
    help: 'Aggregator runs by status, from the database.',
    labelNames: METRIC_LABELS.aggRuns,
    registers,
    async collect() {
      const totals = await totalsOfThisScrape();
      this.reset();
      for (const status of AGG_RUN_STATUSES) this.inc({ status }, totals[status]);
    },
  });
  new Counter({
    name: METRIC.profilesUpdated,
    help: 'Profiles written by successful aggregator runs, from the database.',
    registers,
    async collect() {
      const totals = await totalsOfThisScrape();
      this.reset();
      this.inc(totals.profilesUpdated);
    },
  });
  new Gauge({
    name: METRIC.aggLastSuccess,
    help: 'Unix time of the last successful aggregator run; 0 if none.',
    registers,
    async collect() {
      const totals = await totalsOfThisScrape();
      this.set(totals.lastSuccessAt === null ? 0 : totals.lastSuccessAt / 1000);
    },
  });
}
