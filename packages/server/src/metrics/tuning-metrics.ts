import { Counter, Gauge, type Registry } from 'prom-client';

/** How one reload of the tuning file ended. Closed list: it is a metric label. */
export const TUNING_RELOAD_RESULTS = ['ok', 'error'] as const;
export type TuningReloadResult = (typeof TUNING_RELOAD_RESULTS)[number];

/** Recorders for the tuning file: reloads by result, and which file version is live. */
export function createTuningMetrics(registry: Registry) {
  const registers = [registry];
  const reloads = new Counter({
    name: 'applylens_autofill_tuning_reloads_total',
    help: 'Reloads of the tuning file (file change or SIGHUP), by result; on error the last good file stays live.',
    labelNames: ['result'],
    registers,
  });
  const info = new Gauge({
    name: 'applylens_autofill_tuning_config_info',
    help: 'The live tuning file: version is the first 12 hex of its SHA-256 ("none" without a file). Always 1.',
    labelNames: ['version'],
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
