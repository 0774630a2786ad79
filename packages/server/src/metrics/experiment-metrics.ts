import { Counter, type Registry } from 'prom-client';
import { RUN_STATUSES, type LearningEvent } from '@companion-autofill/sdk/protocol';
import type { ExperimentsConfig } from '../experiments/assign-arm.ts';
import { METRIC, METRIC_LABELS, OTHER_LABEL } from './metric-names.ts';

/** The arm label for an arm the live experiment does not have (renamed, removed, or made up). */
export const OTHER_ARM = OTHER_LABEL;

/**
 * The labels one event's `experiment → arm` entry is counted under, or undefined to skip it.
 * Events carry client strings, so only names the operator wrote in the live tuning file become
 * label values: an unknown arm of a live experiment is folded into `__other__` (so the arm totals
 * still add up to the experiment's runs), an experiment that is not live is skipped. That bounds
 * the series at (≤ 8 experiments) × (≤ 8 arms + `__other__`) per tuning file.
 */
export function outcomeLabels(
  live: ExperimentsConfig,
  experiment: string,
  arm: string,
): { experiment: string; arm: string } | undefined {
  const spec = Object.hasOwn(live, experiment) ? live[experiment] : undefined;
  if (spec === undefined) return undefined;
  return { experiment, arm: Object.hasOwn(spec.arms, arm) ? arm : OTHER_ARM };
}

/** What an outcome is read from: the fields of a stored event that matter per arm. */
export type ExperimentOutcome = Pick<LearningEvent, 'experiments' | 'status' | 'edit_stats'>;

/**
 * Recorders for experiments: exposures when the profile endpoint assigns arms, outcomes when the
 * sync endpoint stores an event that reports its arms. `liveExperiments` is read at each call (the
 * tuning file reloads); every live pair shows at 0 from the first scrape, so rates exist before
 * traffic does.
 */
export function createExperimentMetrics(registry: Registry, liveExperiments: () => ExperimentsConfig) {
  const registers = [registry];
  const livePairs = () =>
    Object.entries(liveExperiments()).flatMap(([experiment, spec]) =>
      Object.keys(spec.arms).map((arm) => ({ experiment, arm })),
    );
  const exposures = new Counter({
    name: METRIC.experimentExposures,
    help: 'Profile answers that assigned an install to an experiment arm.',
    labelNames: METRIC_LABELS.experimentExposures,
    registers,
    collect() {
      for (const labels of livePairs()) this.inc(labels, 0);
    },
  });
  const runs = new Counter({
    name: METRIC.experimentRuns,
    help: 'Stored autofill runs by experiment arm and how they ended; arms not in the live tuning file count as __other__.',
    labelNames: METRIC_LABELS.experimentRuns,
    registers,
    collect() {
      for (const labels of livePairs()) for (const status of RUN_STATUSES) this.inc({ ...labels, status }, 0);
    },
  });
  const editChars = new Counter({
    name: METRIC.experimentEditChars,
    help: 'Characters users added or deleted in filled fields, by experiment arm.',
    labelNames: METRIC_LABELS.experimentEditChars,
    registers,
    collect() {
      for (const labels of livePairs()) this.inc(labels, 0);
    },
  });
  const skipped = new Counter({
    name: METRIC.experimentOutcomesSkipped,
    help: 'Experiment entries of stored events that name no live experiment, left out of the per-arm metrics.',
    registers,
  });

  return {
    /** One profile answer exposed the install to these arms (all from the live file). */
    recordExposures(arms: Readonly<Record<string, string>>): void {
      for (const [experiment, arm] of Object.entries(arms)) exposures.inc({ experiment, arm });
    },
    /** One newly stored event: counts its run and edits under each live arm it reports. */
    recordExperimentOutcome(event: ExperimentOutcome): void {
      if (!event.experiments) return;
      const live = liveExperiments();
      const edited = event.edit_stats.total_chars_added + event.edit_stats.total_chars_deleted;
      for (const [experiment, arm] of Object.entries(event.experiments)) {
        const labels = outcomeLabels(live, experiment, arm);
        if (labels === undefined) {
          skipped.inc();
          continue;
        }
        runs.inc({ ...labels, status: event.status });
        editChars.inc(labels, edited);
      }
    },
  };
}

export type ExperimentMetrics = ReturnType<typeof createExperimentMetrics>;
