import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import type { AggregatorRunStore, AggregatorRunTotals } from '../store/store-port.ts';
import { registerAggregatorMetrics } from './aggregator-metrics.ts';

describe('registerAggregatorMetrics', () => {
  it('reads the runs table once per scrape, and anew for the next scrape', async () => {
    let reads = 0;
    let totals: AggregatorRunTotals = { ok: 2, err: 1, abandoned: 1, profilesUpdated: 7, lastSuccessAt: 5_000 };
    const runs = {
      async totals() {
        reads += 1;
        return totals;
      },
    } as unknown as AggregatorRunStore;
    const registry = new Registry();
    registerAggregatorMetrics(registry, runs);

    const first = await registry.metrics();
    expect(reads).toBe(1);
    expect(first).toContain('applylens_autofill_agg_runs_total{status="ok"} 2');
    expect(first).toContain('applylens_autofill_agg_runs_total{status="err"} 1');
    expect(first).toContain('applylens_autofill_agg_runs_total{status="abandoned"} 1');
    expect(first).toContain('applylens_autofill_profiles_updated_total 7');
    expect(first).toContain('applylens_autofill_agg_last_success_timestamp_seconds 5');

    await new Promise((resolve) => setImmediate(resolve));
    totals = { ok: 3, err: 1, abandoned: 1, profilesUpdated: 9, lastSuccessAt: 9_000 };
    const second = await registry.metrics();
    expect(reads).toBe(2);
    expect(second).toContain('applylens_autofill_agg_runs_total{status="ok"} 3');
    expect(second).toContain('applylens_autofill_profiles_updated_total 9');
  });
});
