import { createGroupAccumulator, type GroupAccumulator, type GroupSummary } from './group-summary.ts';
import { compareInstalls, type InstallLevelComparison } from './install-level-comparison.ts';
import type { InstallSumsById } from './install-sums.ts';
import type { ReportRow } from '../store/report-row.ts';
import { meanDifference, type MeanDifference } from './statistics/mean-difference.ts';
import { proportionDifference, type ProportionDifference } from './statistics/proportion-difference.ts';
import { sampleRatioMismatch, type SampleRatioCheck } from './statistics/sample-ratio-mismatch.ts';

/** One arm's figures and its configured weight (null when the configuration lacks the arm). */
export interface ArmSummary extends GroupSummary {
  arm: string;
  weight: number | null;
}

/**
 * `arm − control`: positive success ratio and negative edit chars mean the arm does better.
 * `successRatio` and `editChars` are run-level (runs taken as independent: too narrow, kept for
 * comparison); `installLevel` is the analysis at the unit of randomization, which decides.
 */
export interface ArmComparison {
  arm: string;
  control: string;
  successRatio: ProportionDifference | null;
  editChars: MeanDifference | null;
  installLevel: InstallLevelComparison;
}

export interface ExperimentReport {
  name: string;
  /** The arm every other arm is compared with. */
  control: string;
  arms: ArmSummary[];
  comparisons: ArmComparison[];
  /** Over distinct installs per arm (the unit of randomization); null without weights or data. */
  sampleRatio: SampleRatioCheck | null;
  /** Installs seen in more than one arm: assignment changed under them or is broken. */
  crossoverInstalls: number;
}

/** Arm names that mean "control", in order of preference, before falling back to the first arm. */
const CONTROL_NAMES = ['holdout', 'control'] as const;

/** Collects one experiment's runs by arm. */
export function createExperimentAccumulator(name: string, weights: Readonly<Record<string, number>> | undefined) {
  const arms = new Map<string, GroupAccumulator>();
  const installArms = new Map<string, Set<string>>();
  for (const arm of Object.keys(weights ?? {})) arms.set(arm, createGroupAccumulator());
  return {
    add(row: ReportRow, arm: string): void {
      let group = arms.get(arm);
      if (!group) arms.set(arm, (group = createGroupAccumulator()));
      group.add(row);
      let seen = installArms.get(row.installId);
      if (!seen) installArms.set(row.installId, (seen = new Set()));
      seen.add(arm);
    },
    /** `prePeriod`: per-install sums before the window, for CUPED; `effect`: see compareInstalls. */
    report(prePeriod: InstallSumsById, effect: number): ExperimentReport {
      const names = [...arms.keys()];
      const control = chooseControl(names, weights);
      const ordered = [control, ...names.filter((arm) => arm !== control).sort()];
      const figures = new Map(ordered.map((arm) => [arm, arms.get(arm)!.figures()]));
      const controlFigures = figures.get(control)!;
      const comparisons = ordered.slice(1).map((arm) => {
        const armFigures = figures.get(arm)!;
        return {
          arm,
          control,
          successRatio: proportionDifference(armFigures.success, controlFigures.success),
          editChars: meanDifference(armFigures.edits, controlFigures.edits),
          installLevel: compareInstalls(armFigures.installSums, controlFigures.installSums, prePeriod, effect),
        };
      });
      const installsPerArm = Object.fromEntries(ordered.map((arm) => [arm, figures.get(arm)!.summary.installs]));
      return {
        name,
        control,
        arms: ordered.map((arm) => ({ arm, weight: weights?.[arm] ?? null, ...figures.get(arm)!.summary })),
        comparisons,
        sampleRatio: weights ? sampleRatioMismatch(installsPerArm, weights) : null,
        crossoverInstalls: [...installArms.values()].filter((set) => set.size > 1).length,
      };
    },
  };
}

function chooseControl(arms: readonly string[], weights: Readonly<Record<string, number>> | undefined): string {
  for (const name of CONTROL_NAMES) if (arms.includes(name)) return name;
  const configured = Object.keys(weights ?? {});
  return configured[0] ?? [...arms].sort()[0]!;
}
