import { errorMessage } from '../errors/error-message.ts';
import type { AggregatorLog } from './aggregator-log.ts';
import type { AggregatorRunner } from './aggregator-runner.ts';

export interface AggregatorScheduleOptions {
  runner: AggregatorRunner;
  everyHours: number;
  /** ms since epoch of the last successful run in the database, so a restart keeps the cadence. */
  lastSuccessAt: () => Promise<number | null>;
  log: AggregatorLog;
  /** Spread of the jitter as a share of the interval (±). Replicas and restarts then don't align. */
  jitterRatio?: number;
  random?: () => number;
  clock?: () => number;
}

/**
 * Runs the aggregator every `everyHours` (± jitter). The first run comes when the last successful
 * one is an interval old, right away if there never was one. The timer is unref'ed so it never
 * keeps the process alive; `stop()` clears it.
 *
 * With several replicas each has this timer; a scheduled run is skipped when any run started less
 * than (1 − 2 × jitter) × interval ago, so between them runs stay 0.8–1.1 intervals apart instead of
 * one per replica.
 */
export function startAggregatorSchedule(options: AggregatorScheduleOptions): { stop(): void } {
  const intervalMs = options.everyHours * 3_600_000;
  const jitterRatio = options.jitterRatio ?? 0.1;
  const random = options.random ?? Math.random;
  const clock = options.clock ?? Date.now;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  // A replica's own runs are at least (1 - jitter) × interval apart; a gap below that never skips
  // them, and another replica whose timer fires within it finds the run done and skips.
  const minGapMs = intervalMs * (1 - 2 * jitterRatio);
  const jittered = (ms: number) => Math.max(0, ms + (random() * 2 - 1) * jitterRatio * intervalMs);

  function schedule(delayMs: number): void {
    if (stopped) return;
    timer = setTimeout(tick, delayMs);
    timer.unref();
  }

  async function tick(): Promise<void> {
    try {
      await options.runner.runOnce({ minGapMs });
    } catch (error) {
      options.log('ERROR', `scheduled run crashed: ${errorMessage(error)}`);
    }
    schedule(jittered(intervalMs));
  }

  void options.lastSuccessAt().then(
    (last) => {
      const due = last === null ? 0 : Math.max(0, last + intervalMs - clock());
      const delay = last === null ? 1_000 : jittered(due);
      options.log('INFO', `scheduled every ${options.everyHours} h; next run in ${Math.round(delay / 1000)} s`);
      schedule(delay);
    },
    (error: unknown) => {
      options.log('ERROR', `could not read the last run, scheduling a full interval ahead: ${String(error)}`);
      schedule(jittered(intervalMs));
    },
  );

  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
