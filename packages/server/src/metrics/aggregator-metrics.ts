import { Counter, Gauge, type Registry } from 'prom-client';
import type { AggregatorRunStore } from '../store/store-port.ts';

/**
 * Aggregator metrics, read from the runs table at scrape time: a run made by
 * `companion-server aggregate` in another process counts as much as a scheduled one.
 */
export function registerAggregatorMetrics(registry: Registry, runs: AggregatorRunStore): void {
  const registers = [registry];
  new Counter({
    name: 'applylens_autofill_agg_runs_total',
    help: 'Aggregator runs by status, from the database.',
    labelNames: ['status'],
    registers,
    async collect() {
      const totals = await runs.totals();
      this.reset();
      this.inc({ status: 'ok' }, totals.ok);
      this.inc({ status: 'err' }, totals.err);
    },
  });
  new Counter({
    name: 'applylens_autofill_profiles_updated_total',
    help: 'Profiles written by successful aggregator runs, from the database.',
    registers,
    async collect() {
      const totals = await runs.totals();
      this.reset();
      this.inc(totals.profilesUpdated);
    },
  });
  new Gauge({
    name: 'applylens_autofill_agg_last_success_timestamp_seconds',
    help: 'Unix time of the last successful aggregator run; 0 if none.',
    registers,
    async collect() {
      const totals = await runs.totals();
      this.set(totals.lastSuccessAt === null ? 0 : totals.lastSuccessAt / 1000);
    },
  });
}
