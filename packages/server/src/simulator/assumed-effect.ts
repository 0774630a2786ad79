import { USER_MODEL } from './simulate-run.ts';
import { AVERAGE_USER } from './simulated-user.ts';
import type { SimulatedForm } from './simulated-world.ts';

/**
 * The effect of a learned profile that the simulator puts in, for one simulated world: its user
 * model makes every wrongly filled field cost success and time, so a profile that fixes fields
 * "helps" by construction. Whatever the report then measures over simulated runs can only show
 * this back (diluted: profiles exist only after an aggregation, for forms with enough installs).
 */
export interface AssumedEffect {
  /** Fields the world's heuristics fill wrong, per form (forms weighted equally). */
  wrongFieldsPerForm: number;
  /** Expected success ratio of the average user when heuristics alone fill. */
  successWithHeuristics: number;
  /** … and when a profile fixes every field. */
  successWithProfile: number;
  /** Mean time a fully right profile saves per run, in ms (the average user's pace). */
  savedMsPerRun: number;
}

/** The effect the user model assumes for `world`. Pure. */
export function assumedEffect(world: readonly SimulatedForm[]): AssumedEffect {
  const notCancelled = 1 - USER_MODEL.cancelRate;
  const wrongCounts = world.map((form) => form.fields.filter((field) => field.heuristic !== field.canonical).length);
  const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
  const wrongFieldsPerForm = mean(wrongCounts);
  return {
    wrongFieldsPerForm,
    successWithHeuristics: mean(
      wrongCounts.map((wrong) => notCancelled * AVERAGE_USER.baseSuccess * USER_MODEL.perWrongField ** wrong),
    ),
    successWithProfile: notCancelled * AVERAGE_USER.baseSuccess,
    // The per-field delay is drawn uniformly from 0.6–1.4 times perWrongFieldMs: its mean is perWrongFieldMs.
    savedMsPerRun: wrongFieldsPerForm * USER_MODEL.perWrongFieldMs * AVERAGE_USER.pace,
  };
}

/** The assumed effect in words, for the simulate command's output. */
export function describeAssumedEffect(effect: AssumedEffect): string {
  const ratio = (value: number) => value.toFixed(3);
  const gain = effect.successWithProfile - effect.successWithHeuristics;
  return [
    "assumed effect (put in by the simulator, not measured): each wrongly filled field multiplies a run's chance of success by " +
      `${USER_MODEL.perWrongField} and adds ${USER_MODEL.perWrongFieldMs / 1000} s.`,
    `In this world heuristics fill ${effect.wrongFieldsPerForm.toFixed(2)} fields wrong per form, so a profile that fixes every field ` +
      `raises the average user's success ratio from ${ratio(effect.successWithHeuristics)} to ${ratio(effect.successWithProfile)} ` +
      `(+${ratio(gain)}) and saves ${(effect.savedMsPerRun / 1000).toFixed(1)} s per run.`,
    'Differences between runs with and without a profile (above, and between arms in `companion-server report`) show ' +
      'this assumption back, diluted since profiles come only after an aggregation: they are not evidence that profiles ' +
      'help. `pnpm accuracy --learning` measures real fills.',
  ].join('\n');
}
