import { randomUUID } from 'node:crypto';
import { errorMessage } from '../errors/error-message.ts';
import type { Store } from '../store/store-port.ts';
import { aggregateWindow } from './aggregate-window.ts';
import type { AggregatorLog } from './aggregator-log.ts';
import { keepLease } from './lease-keeper.ts';
import type { SupportThresholds } from './support-thresholds.ts';
import { createVoterRoll, type InstallHistoryRule } from './voter-roll.ts';
import { NO_NETWORK_RULES, type NetworkRules, type VotingContext } from './voting-context.ts';

/** Why a run did not happen: another one (here or in another process) held the lease, or a scheduled run found one that started less than its gap ago. */
export const RUN_SKIP_REASONS = ['already_running', 'ran_recently'] as const;
export type RunSkipReason = (typeof RUN_SKIP_REASONS)[number];

/** What one call to `runOnce` did. */
export type AggregatorRunSummary =
  | {
      status: 'ok';
      run_id: number;
      events_read: number;
      profiles_updated: number;
      mappings_flipped: number;
      duration_ms: number;
    }
  | { status: 'err'; run_id: number; error: string; duration_ms: number }
  | { status: 'skipped'; reason: RunSkipReason };

/** How a run was asked for. */
export interface RunOnceOptions {
  /**
   * A scheduled run: skipped when any run that did not fail started less than this many ms ago, on
   * any replica. Manual runs (`companion-server aggregate`, the admin route) leave it out and always run.
   */
  minGapMs?: number;
}

export interface AggregatorRunnerOptions {
  store: Store;
  lookbackDays: number;
  support: SupportThresholds;
  /** The Sybil defences of the vote (see VotingContext); none by default. */
  defences?: { history: InstallHistoryRule; network: NetworkRules };
  log: AggregatorLog;
  clock?: () => number;
  /**
   * The lease's time to live; a running run renews it every third of this (keepLease), so only a
   * dead run loses it, and the next run waits at most this long after a crash. @default 120_000
   */
  leaseTtlMs?: number;
}

const DAY_MS = 86_400_000;
/** See AggregatorRunnerOptions.leaseTtlMs. */
export const DEFAULT_LEASE_TTL_MS = 120_000;

/**
 * Runs the aggregation: read the window (grouped in the database when the store can, else streamed;
 * see aggregateWindow), compute every profile with the pure code, replace the profiles and mark the run ok in
 * one transaction. Runs never overlap: a promise guards this process, a lease in the database guards
 * every process on the same database. Scheduled runs also claim their turn (`minGapMs`), so replicas
 * make one run per interval between them.
 */
export function createAggregatorRunner(options: AggregatorRunnerOptions) {
  const { store, lookbackDays, support, log } = options;
  const defences = options.defences ?? { history: { minAgeMs: 0, minRuns: 0 }, network: NO_NETWORK_RULES };
  const clock = options.clock ?? Date.now;
  const leaseTtlMs = options.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS;
  const owner = `${process.pid}-${randomUUID()}`;
  let inFlight: Promise<AggregatorRunSummary> | undefined;

  async function run(runOptions: RunOnceOptions): Promise<AggregatorRunSummary> {
    const startedAt = clock();
    if (!(await store.runs.acquireLease(owner, startedAt, leaseTtlMs))) {
      log('WARN', 'run skipped: another aggregator holds the lease');
      return { status: 'skipped', reason: 'already_running' };
    }
    const lease = keepLease(store.runs, owner, leaseTtlMs, clock);
    let runId: number | undefined;
    try {
      // Holding the lease, no other run is alive: a run still marked running was left by a dead process.
      const abandoned = await store.runs.reapAbandonedRuns(startedAt);
      if (abandoned > 0) log('WARN', `${abandoned} run(s) left running by a process that died marked abandoned`);
      if (runOptions.minGapMs === undefined) {
        runId = await store.runs.startRun(startedAt, lookbackDays);
      } else {
        runId = (await store.runs.claimScheduledRun(startedAt, lookbackDays, runOptions.minGapMs)) ?? undefined;
        if (runId === undefined) {
          log('INFO', 'run skipped: another run started less than the scheduled gap ago');
          return { status: 'skipped', reason: 'ran_recently' };
        }
      }
      const sinceMs = startedAt - lookbackDays * DAY_MS;
      const voting = await votingContext(startedAt);
      const aggregation = await aggregateWindow(store.events, sinceMs, support, voting);
      const { profiles, eventsRead, flips } = aggregation;
      // A run that lost its lease (stalled past the TTL, taken over) must not overwrite the newer run's profiles.
      if (!(await lease.stillHeld()))
        throw new Error('the aggregation lease was lost (the run stalled longer than its TTL); nothing committed');
      const finishedAt = clock();
      await store.runs.commitRun(runId, aggregation, finishedAt);
      const duration = finishedAt - startedAt;
      log('INFO', `run ${runId} ok: ${profiles.length} profiles updated from ${eventsRead} events in ${duration} ms`);
      if (flips.length > 0)
        log('WARN', `run ${runId}: ${flips.length} served mappings flipped (see companion-server report)`);
      return {
        status: 'ok',
        run_id: runId,
        events_read: eventsRead,
        profiles_updated: profiles.length,
        mappings_flipped: flips.length,
        duration_ms: duration,
      };
    } catch (error) {
      const message = errorMessage(error);
      const finishedAt = clock();
      if (runId !== undefined) await store.runs.failRun(runId, message, finishedAt);
      log('ERROR', `run ${runId ?? '?'} failed after ${finishedAt - startedAt} ms, previous profiles kept: ${message}`);
      return { status: 'err', run_id: runId ?? -1, error: message, duration_ms: finishedAt - startedAt };
    } finally {
      lease.stop();
      await store.runs.releaseLease(owner);
    }
  }

  // Read before the window: an install first seen during the scan has no history and counts as new.
  async function votingContext(now: number): Promise<VotingContext> {
    const [histories, quarantines, served] = await Promise.all([
      store.defences.installHistories(),
      store.defences.quarantines(),
      store.defences.servedMaps(),
    ]);
    return { ...defences.network, voterOf: createVoterRoll(histories, quarantines, defences.history, now), served };
  }

  return {
    /** One aggregation. Concurrent calls in this process share the run in flight. */
    runOnce(runOptions: RunOnceOptions = {}): Promise<AggregatorRunSummary> {
      inFlight ??= run(runOptions).finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
  };
}

export type AggregatorRunner = ReturnType<typeof createAggregatorRunner>;
