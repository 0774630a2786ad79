import { randomUUID } from 'node:crypto';
import type { Store } from '../store/store-port.ts';
import { aggregateProfiles } from './aggregate-profiles.ts';
import type { AggregatorLog } from './aggregator-log.ts';
import type { SupportThresholds } from './support-thresholds.ts';

/** What one call to `runOnce` did. `skipped` means another run (here or in another process) held the lease. */
export type AggregatorRunSummary =
  | { status: 'ok'; run_id: number; events_read: number; profiles_updated: number; duration_ms: number }
  | { status: 'err'; run_id: number; error: string; duration_ms: number }
  | { status: 'skipped'; reason: 'already_running' };

export interface AggregatorRunnerOptions {
  store: Store;
  lookbackDays: number;
  support: SupportThresholds;
  log: AggregatorLog;
  clock?: () => number;
  /** A run holding the lease longer than this is presumed dead and can be taken over. */
  leaseTtlMs?: number;
}

const DAY_MS = 86_400_000;

/**
 * Runs the aggregation: read the window, compute every profile, replace the profiles and mark the
 * run ok in one transaction. Runs never overlap: a promise guards this process, a lease in the
 * database guards every process on the same database.
 */
export function createAggregatorRunner(options: AggregatorRunnerOptions) {
  const { store, lookbackDays, support, log } = options;
  const clock = options.clock ?? Date.now;
  const leaseTtlMs = options.leaseTtlMs ?? 60 * 60_000;
  const owner = `${process.pid}-${randomUUID()}`;
  let inFlight: Promise<AggregatorRunSummary> | undefined;

  async function run(): Promise<AggregatorRunSummary> {
    const startedAt = clock();
    if (!(await store.runs.acquireLease(owner, startedAt, leaseTtlMs))) {
      log('WARN', 'run skipped: another aggregator holds the lease');
      return { status: 'skipped', reason: 'already_running' };
    }
    let runId: number | undefined;
    try {
      runId = await store.runs.startRun(startedAt, lookbackDays);
      const { profiles, eventsRead } = await aggregateProfiles(store.events.windowEvents(startedAt - lookbackDays * DAY_MS), support);
      const finishedAt = clock();
      await store.runs.commitRun(runId, profiles, eventsRead, finishedAt);
      const duration = finishedAt - startedAt;
      log('INFO', `run ${runId} ok: ${profiles.length} profiles updated from ${eventsRead} events in ${duration} ms`);
      return { status: 'ok', run_id: runId, events_read: eventsRead, profiles_updated: profiles.length, duration_ms: duration };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const finishedAt = clock();
      if (runId !== undefined) await store.runs.failRun(runId, message, finishedAt);
      log('ERROR', `run ${runId ?? '?'} failed after ${finishedAt - startedAt} ms, previous profiles kept: ${message}`);
      return { status: 'err', run_id: runId ?? -1, error: message, duration_ms: finishedAt - startedAt };
    } finally {
      await store.runs.releaseLease(owner);
    }
  }

  return {
    /** One aggregation. Concurrent calls in this process share the run in flight. */
    runOnce(): Promise<AggregatorRunSummary> {
      inFlight ??= run().finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
  };
}

export type AggregatorRunner = ReturnType<typeof createAggregatorRunner>;
