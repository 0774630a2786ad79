import { Counter, Gauge, type Registry } from 'prom-client';
import { METRIC, METRIC_LABELS, TUNING_RELOAD_RESULTS, type TuningReloadResult } from './metric-names.ts';

/** Recorders for the tuning file: reloads by result, and which file version is live. */
export function createTuningMetrics(registry: Registry) {
  const registers = [registry];
  const reloads = new Counter({
    name: METRIC.tuningReloads,
    help: 'Reloads of the tuning file (file change or SIGHUP), by result; on error the last good file stays live.',
    labelNames: METRIC_LABELS.tuningReloads,
    registers,
  });
  const info = new Gauge({
    name: METRIC.tuningConfigInfo,
    help: 'The live tuning file: version is the first 12 hex of its SHA-256 ("none" without a file). Always 1.',
    labelNames: METRIC_LABELS.tuningConfigInfo,
    registers,
  });
  for (const result of TUNING_RELOAD_RESULTS) reloads.inc({ result }, 0);
  return {
    recordReload(result: TuningReloadResult): void {
      reloads.inc({ result });
    },
    /** Replaces the info series: exactly one version is shown at a time. */
    showLiveVersion(version: string): void {
      info.reset();
      info.set({ version }, 1);
    },
  };
}

export type TuningMetrics = ReturnType<typeof createTuningMetrics>;
