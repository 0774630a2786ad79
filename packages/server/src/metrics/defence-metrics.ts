import { Counter, Gauge, type Registry } from 'prom-client';
import { QUOTA_SCOPES, type QuotaScope } from '../security/daily-quota.ts';
import { QUARANTINE_KINDS, VOTE_ALARMS, type DefenceStore, type DefenceTotals } from '../store/store-port.ts';
import { METRIC, METRIC_LABELS } from './metric-names.ts';

/**
 * What operators watch for poisoning (SECURITY.md, docs/OPS.md alerts): quota hits, counted in
 * this process as they happen; flips of served mappings, forms whose votes look like an attack,
 * quarantines and pins, read from the database at scrape time so they hold for every process
 * (a flip made by `companion-server aggregate` counts too). Labels come from closed lists only.
 */
export function createDefenceMetrics(registry: Registry, defences: Pick<DefenceStore, 'totals'>) {
  const registers = [registry];
  const quotaHits = new Counter({
    name: METRIC.quotaHits,
    help: 'Sync requests refused because the install or network used up its daily event quota.',
    labelNames: METRIC_LABELS.quotaHits,
    registers,
  });
  for (const scope of QUOTA_SCOPES) quotaHits.inc({ scope }, 0);

  let scrapeTotals: Promise<DefenceTotals> | undefined;
  // The metrics below are collected back to back in one scrape: one read serves them all.
  const totalsOfThisScrape = () => {
    if (!scrapeTotals) {
      scrapeTotals = defences.totals();
      setImmediate(() => {
        scrapeTotals = undefined;
      });
    }
    return scrapeTotals;
  };
  new Counter({
    name: METRIC.mappingFlips,
    help: 'Served form mappings that a committed aggregation moved to another canonical name, from the database.',
    registers,
    async collect() {
      const totals = await totalsOfThisScrape();
      this.reset();
      this.inc(totals.flips);
    },
  });
  new Gauge({
    name: METRIC.formsVoteAlarm,
    help: 'Forms whose votes come mostly from new installs, or mostly from one network past its cap, in the current profiles.',
    labelNames: METRIC_LABELS.formsVoteAlarm,
    registers,
    async collect() {
      const totals = await totalsOfThisScrape();
      for (const alarm of VOTE_ALARMS) this.set({ alarm }, totals.alarms[alarm]);
    },
  });
  new Gauge({
    name: METRIC.quarantines,
    help: 'Installs and networks an operator excluded from the votes.',
    labelNames: METRIC_LABELS.quarantines,
    registers,
    async collect() {
      const totals = await totalsOfThisScrape();
      for (const kind of QUARANTINE_KINDS) this.set({ kind }, totals.quarantines[kind]);
    },
  });
  new Gauge({
    name: METRIC.pinnedProfiles,
    help: 'Forms served an operator-pinned map.',
    registers,
    async collect() {
      this.set((await totalsOfThisScrape()).pins);
    },
  });
  return {
    recordQuotaHit(scope: QuotaScope): void {
      quotaHits.inc({ scope });
    },
  };
}

export type DefenceMetrics = ReturnType<typeof createDefenceMetrics>;
