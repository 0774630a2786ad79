/**
 * Installs in a chosen arm of the profile experiment. The server buckets an install by hashing its
 * random id (assignArm), so the runner computes the arm of each new install the same way and keeps
 * the first that lands in the arm it needs: the learning run wants one fresh install in each arm.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assignArm, type ExperimentSpec } from '../../../packages/server/src/experiments/assign-arm.ts';
import { PROFILE_HOLDOUT } from '../../../packages/server/src/experiments/profile-holdout.ts';
import type { ExtensionBrowser } from '../../e2e/support/extension-browser.ts';

/** The profile experiment of the learning run: half the installs get learned profiles, half are held out. */
export const PROFILE_EXPERIMENT: ExperimentSpec = {
  salt: 'accuracy-suite',
  arms: { treatment: 1, [PROFILE_HOLDOUT.controlArm]: 1 },
};

/** The arms of the profile experiment. */
export type ProfileArm = 'treatment' | typeof PROFILE_HOLDOUT.controlArm;

/** Writes the tuning file (COMPANION_TUNING_FILE) with the profile experiment into `dir`; returns its path. */
export function writeTuningFile(dir: string): string {
  const path = join(dir, 'accuracy-tuning.json');
  writeFileSync(
    path,
    `${JSON.stringify({ experiments: { [PROFILE_HOLDOUT.experiment]: PROFILE_EXPERIMENT } }, null, 2)}\n`,
  );
  return path;
}

/** The arm the server assigns this install. */
export function armOf(install: ExtensionBrowser): string {
  return assignArm(install.installId, PROFILE_HOLDOUT.experiment, PROFILE_EXPERIMENT);
}

/** Launches new installs until one is in `arm` (others are closed unused: they never saw a page). */
export async function installInArm(
  launch: () => Promise<ExtensionBrowser>,
  arm: ProfileArm,
  tries = 24,
): Promise<ExtensionBrowser> {
  for (let attempt = 0; attempt < tries; attempt++) {
    const install = await launch();
    if (armOf(install) === arm) return install;
    await install.close();
  }
  // Each try is a fair coin: 24 misses in a row (p ≈ 6e-8) means the bucketing changed.
  throw new Error(`no new install landed in arm ${arm} in ${tries} tries`);
}
