import { LIMITS, type LearningEvent, type ProfileResponse } from '@companion-autofill/sdk/protocol';
import { PROFILE_HOLDOUT } from '../experiments/profile-holdout.ts';
import { assumedEffect, type AssumedEffect } from './assumed-effect.ts';
import { createSeededRandom, deriveSeed, type SeededRandom } from './seeded-random.ts';
import type { SimulationClient } from './simulation-client.ts';
import { createCycleTally, formatCycleLine, formatSummary, NO_ARM, type CycleTally } from './simulation-tally.ts';
import { simulateRun } from './simulate-run.ts';
import { drawUser, type SimulatedUser } from './simulated-user.ts';
import { toLearningEvent } from './simulated-event.ts';
import { createWorld, type SimulatedForm } from './simulated-world.ts';

export interface SimulationOptions {
  client: SimulationClient;
  installs: number;
  hosts: number;
  cycles: number;
  /** Runs each install makes per cycle. */
  runsPerCycle: number;
  seed: number;
  /** Runs the aggregation between cycles; resolves to a short description for the progress line. */
  aggregate: () => Promise<string>;
  log: (line: string) => void;
  now: () => number;
  /** Installs served at the same time. @default 8 */
  concurrency?: number;
}

export interface SimulationResult {
  tallies: CycleTally[];
  summary: string;
  events: number;
  /** The effect of a profile that the user model puts in for this run's world. */
  assumedEffect: AssumedEffect;
}

/** Forms one install visits: a user applies on a handful of sites, not everywhere. */
const FORMS_PER_INSTALL = 8;

interface SimulatedInstall {
  id: string;
  random: SeededRandom;
  user: SimulatedUser;
  forms: SimulatedForm[];
}

/**
 * Simulated traffic against a real server. Per cycle, each install asks the profile endpoint
 * (with its install_id, so experiment arms apply) for each form it visits, applies the map when
 * the answer is ok (nothing when it is holdout, unknown, rejected or disabled), runs the simulated
 * user, and the cycle's events go to the sync endpoint in batches. Then the aggregation runs, so
 * the next cycle sees what this one taught.
 *
 * Deterministic for a seed: each install has its own random stream, so the order in which
 * concurrent requests finish changes nothing.
 *
 *   cycle ─► installs (≤ concurrency at once) ─► GET profile ─► simulateRun ─► events
 *         └► POST sync (one install per batch, ≤ 100 events, as an SDK sends) ─► aggregate ─► progress line
 */
export async function runSimulation(options: SimulationOptions): Promise<SimulationResult> {
  const world = createWorld({ hosts: options.hosts, seed: options.seed });
  const installs: SimulatedInstall[] = Array.from({ length: options.installs }, (_, index) => {
    const id = `sim-${options.seed}-${String(index + 1).padStart(5, '0')}`;
    const random = createSeededRandom(deriveSeed(options.seed, id));
    const user = drawUser(random);
    const forms = Array.from({ length: Math.min(FORMS_PER_INSTALL, world.length) }, () => random.pick(world));
    return { id, random, user, forms };
  });
  const tallies: CycleTally[] = [];
  let eventCount = 0;
  for (let cycle = 1; cycle <= options.cycles; cycle++) {
    const tally = createCycleTally(cycle);
    const events: LearningEvent[] = [];
    await forEachConcurrently(installs, options.concurrency ?? 8, async (install) => {
      const answers = new Map<SimulatedForm, ProfileResponse>();
      for (let run = 0; run < options.runsPerCycle; run++) {
        const form = install.random.pick(install.forms);
        let answer = answers.get(form);
        if (!answer) {
          answer = await options.client.profile(form.host, form.schemaHash, install.id);
          answers.set(form, answer);
          tally.addAnswer(answer.status);
        }
        const serverMap = answer.status === 'ok' ? answer.canonical_map : {};
        const result = simulateRun(form, serverMap, install.random, install.user);
        const arm = answer.experiments[PROFILE_HOLDOUT.experiment] ?? NO_ARM;
        tally.addRun(
          arm,
          result.status,
          result.charsAdded + result.charsDeleted,
          result.profileSource === 'server_only',
        );
        events.push(toLearningEvent(result, form, install.id, answer.experiments, options.now()));
      }
    });
    for (const batch of batchesPerInstall(events)) {
      const response = await options.client.sync(batch);
      tally.accepted += response.accepted.length;
      tally.rejected += response.rejected.length;
      if (response.rejected.length > 0)
        options.log(
          `cycle ${cycle}: server rejected ${response.rejected.length} event(s): ${response.rejected[0]!.reason}`,
        );
    }
    eventCount += events.length;
    tally.aggregation = await options.aggregate();
    tallies.push(tally);
    options.log(formatCycleLine(tally, options.cycles));
  }
  return { tallies, summary: formatSummary(tallies), events: eventCount, assumedEffect: assumedEffect(world) };
}

async function forEachConcurrently<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
}

/** Events in sync batches as an extension sends them: one install per batch, at most the batch limit. */
function batchesPerInstall(events: readonly LearningEvent[]): LearningEvent[][] {
  const byInstall = new Map<string, LearningEvent[]>();
  for (const event of events) {
    let own = byInstall.get(event.install_id);
    if (!own) byInstall.set(event.install_id, (own = []));
    own.push(event);
  }
  const batches: LearningEvent[][] = [];
  for (const own of byInstall.values()) {
    for (let i = 0; i < own.length; i += LIMITS.maxEventsPerBatch)
      batches.push(own.slice(i, i + LIMITS.maxEventsPerBatch));
  }
  return batches;
}
