import * as z from 'zod/mini';
import { describeIssue, ExperimentToken, Host, LIMITS } from '@companion-autofill/sdk/protocol';
import { CONFIG_VARIABLES } from '../config/config-variables.ts';
import { PROFILE_HOLDOUT } from '../experiments/profile-holdout.ts';
import { ATS_FAMILIES } from './ats-families.ts';

/** Bounds of the tuning file. Arms and experiments become metric labels, so both are capped. */
export const TUNING_LIMITS = {
  maxArmsPerExperiment: 8,
  /** Keeps bucketing arithmetic exact (see assignArm) and weights human-sized. */
  maxTotalWeight: 1_000_000,
  maxSaltLength: 64,
  maxHostOverrides: 1_000,
} as const;

const minSuccess = CONFIG_VARIABLES.qualityMinSuccess;
const maxEdit = CONFIG_VARIABLES.qualityMaxEdit;

/** Overrides of the quality guard; an absent key falls through to the next level. */
const ThresholdOverride = z.strictObject({
  min_success: z.optional(z.number().check(z.gte(minSuccess.min), z.lte(minSuccess.max))),
  max_edit: z.optional(z.number().check(z.gte(maxEdit.min), z.lte(maxEdit.max))),
});
export type ThresholdOverride = z.infer<typeof ThresholdOverride>;

const Arms = z.record(ExperimentToken, z.int().check(z.gte(1))).check(
  z.refine((arms) => Object.keys(arms).length >= 1, { message: 'needs at least one arm' }),
  z.refine((arms) => Object.keys(arms).length <= TUNING_LIMITS.maxArmsPerExperiment, {
    message: `too many arms (max ${TUNING_LIMITS.maxArmsPerExperiment})`,
  }),
  z.refine((arms) => Object.values(arms).reduce((sum, weight) => sum + weight, 0) <= TUNING_LIMITS.maxTotalWeight, {
    message: `weights add up to more than ${TUNING_LIMITS.maxTotalWeight}`,
  }),
);

const Experiment = z.strictObject({
  salt: z.string().check(z.minLength(1), z.maxLength(TUNING_LIMITS.maxSaltLength)),
  arms: Arms,
});

const Experiments = z.record(ExperimentToken, Experiment).check(
  z.refine((experiments) => Object.keys(experiments).length <= LIMITS.maxExperiments, {
    message: `too many experiments (max ${LIMITS.maxExperiments})`,
  }),
  z.refine(
    (experiments) => {
      const holdout = experiments[PROFILE_HOLDOUT.experiment];
      return holdout === undefined || PROFILE_HOLDOUT.controlArm in holdout.arms;
    },
    {
      message: `${PROFILE_HOLDOUT.experiment} needs an arm named ${PROFILE_HOLDOUT.controlArm}`,
      path: [PROFILE_HOLDOUT.experiment, 'arms'],
    },
  ),
);

const Quality = z.strictObject({
  default: z._default(ThresholdOverride, () => ({})),
  families: z._default(z.partialRecord(z.enum(ATS_FAMILIES), ThresholdOverride), () => ({})),
  hosts: z._default(
    z.record(Host, ThresholdOverride).check(
      z.refine((hosts) => Object.keys(hosts).length <= TUNING_LIMITS.maxHostOverrides, {
        message: `too many host overrides (max ${TUNING_LIMITS.maxHostOverrides})`,
      }),
    ),
    () => ({}),
  ),
});

/**
 * The host-level tuning file (COMPANION_TUNING_FILE). Unknown keys anywhere are errors: a typo
 * such as `min_sucess` must not silently leave the default in force.
 *
 * @example
 * { "experiments": { "profile_holdout": { "salt": "2026-11", "arms": { "treatment": 90, "holdout": 10 } } },
 *   "quality": { "default": { "min_success": 0.7 }, "families": { "workday": { "max_edit": 800 } },
 *                "hosts": { "boards.example.com": { "min_success": 0.5 } } } }
 */
export const TuningFile = z.strictObject({
  experiments: z._default(Experiments, () => ({})),
  quality: z._default(Quality, () => ({ default: {}, families: {}, hosts: {} })),
});

/** A validated tuning file, with every optional section filled in. */
export type Tuning = z.output<typeof TuningFile>;

/** The tuning in force when no file is configured: no experiment, no override. */
export const EMPTY_TUNING: Tuning = Object.freeze({
  experiments: {},
  quality: { default: {}, families: {}, hosts: {} },
});

export type TuningParse = { ok: true; tuning: Tuning } | { ok: false; problems: string[] };

/** At most this many problems are reported at once; the first few are enough to fix the file. */
const MAX_PROBLEMS = 5;

/** Parses the text of a tuning file. Never throws: a bad file yields readable problems. */
export function parseTuning(text: string): TuningParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not valid JSON: ${(error as Error).message}`] };
  }
  const parsed = TuningFile.safeParse(json);
  if (parsed.success) return { ok: true, tuning: parsed.data };
  return { ok: false, problems: parsed.error.issues.slice(0, MAX_PROBLEMS).map(describeTuningIssue) };
}

/** describeIssue, plus why a record key (the last path element) is not a valid name. */
function describeTuningIssue(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'invalid_key') return describeIssue(issue);
  const path = issue.path.map(String).join('.');
  const inner = issue.issues[0];
  return `${path}: invalid name${inner ? ` (${describeIssue({ ...inner, path: [] }).replace(/^\(root\): /, '')})` : ''}`;
}
