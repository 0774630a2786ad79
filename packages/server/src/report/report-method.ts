import { USER_MODEL } from '../simulator/simulate-run.ts';
import { USER_SPREAD } from '../simulator/simulated-user.ts';
import { SEQUENTIAL_ALPHA } from './statistics/confidence-sequence.ts';

/** The success-ratio change the power analysis and the always-valid interval are set for, unless asked otherwise. */
export const DEFAULT_EFFECT = 0.05;

/** How the report's figures were made: printed under the tables and carried in the JSON. */
export interface ReportMethod {
  /** What the install-level intervals take as independent draws. */
  unit: 'install';
  /** Success-ratio change (absolute) that power and the always-valid interval are set for. */
  effect: number;
  /** Error rate of the always-valid interval over all looks. */
  sequentialAlpha: number;
  /** The window CUPED reads each install's covariate from: the same length, just before the report's window. */
  prePeriod: { since: string; until: string; installs: number };
  /** Runs sent by `companion-server simulate` (sdk_version 0.0.0-sim) in the window. */
  simulatedRuns: number;
  /** Present when simulated runs are in the window: their effect is the simulator's assumption. */
  simulatorAssumption: string | null;
}

/**
 * The simulator's user model in words. Its users correct every wrong field and fail more often
 * the more fields are wrong, so a learned profile that fixes fields "helps" by construction.
 */
export const SIMULATOR_ASSUMPTION =
  "Simulated runs follow the simulator's user model, an assumption, not evidence: each install's person succeeds with " +
  `${USER_SPREAD.baseSuccess[0]}–${USER_SPREAD.baseSuccess[1]} when every field is right, times ${USER_MODEL.perWrongField} per wrongly filled field, ` +
  `takes ${USER_MODEL.perWrongFieldMs / 1000} s more per wrong field (times a personal pace of ${USER_SPREAD.pace[0]}–${USER_SPREAD.pace[1]}), ` +
  `and cancels ${USER_MODEL.cancelRate * 100} % of runs. Arm differences over simulated runs show that model, not that profiles help.`;

export function reportMethod(options: {
  effect: number;
  prePeriod: ReportMethod['prePeriod'];
  simulatedRuns: number;
}): ReportMethod {
  return {
    unit: 'install',
    effect: options.effect,
    sequentialAlpha: SEQUENTIAL_ALPHA,
    prePeriod: options.prePeriod,
    simulatedRuns: options.simulatedRuns,
    simulatorAssumption: options.simulatedRuns > 0 ? SIMULATOR_ASSUMPTION : null,
  };
}
