/**
 * The profile experiment: installs in its control arm are answered `holdout` with no map, so the
 * dashboard can compare learned profiles against heuristics alone on the same traffic.
 */
export const PROFILE_HOLDOUT = { experiment: 'profile_holdout', controlArm: 'holdout' } as const;

/** Whether these assigned arms put the install in the profile experiment's control arm. */
export function isProfileHoldout(arms: Readonly<Record<string, string>>): boolean {
  return arms[PROFILE_HOLDOUT.experiment] === PROFILE_HOLDOUT.controlArm;
}
