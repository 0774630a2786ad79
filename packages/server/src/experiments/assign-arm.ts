import { createHash } from 'node:crypto';

/** One experiment as the tuning file defines it: a salt and integer weights per arm. */
export interface ExperimentSpec {
  salt: string;
  /** arm name → positive integer weight. */
  arms: Readonly<Record<string, number>>;
}

/** Every live experiment, by name. */
export type ExperimentsConfig = Readonly<Record<string, ExperimentSpec>>;

/** 2^32: the position is the first 32 bits of the digest. */
const POSITIONS = 0x1_0000_0000;

/**
 * The arm one install gets in one experiment. Deterministic: the same install, experiment name,
 * salt and weights give the same arm in every process, at every call.
 *
 * How: SHA-256 of `${name}:${salt}:${installId}` gives the install a fixed position in [0, 2^32);
 * the arms, sorted by name, take consecutive slices of that range in proportion to their weights.
 * Consequences an operator can rely on:
 * - reordering arms in the file, or adding/removing another experiment, moves nobody;
 * - changing weights moves only the installs whose position lies between an old and a new slice
 *   boundary (90/10 → 80/20 moves exactly the 10 % between the two boundaries; everyone already in
 *   the 10 % arm stays there);
 * - changing the salt reshuffles every install: do it to start a fresh experiment.
 *
 * The comparison is exact integer arithmetic (position × total < cumulative × 2^32 stays below
 * 2^53 while the total weight is at most 2^21), so no float rounding can move an install.
 */
export function assignArm(installId: string, experimentName: string, spec: ExperimentSpec): string {
  const arms = Object.keys(spec.arms).sort();
  const total = arms.reduce((sum, arm) => sum + (spec.arms[arm] ?? 0), 0);
  if (arms.length === 0 || total <= 0)
    throw new RangeError(`experiment ${experimentName} has no arm with a positive weight`);
  const position = createHash('sha256').update(`${experimentName}:${spec.salt}:${installId}`).digest().readUInt32BE(0);
  let cumulative = 0;
  for (const arm of arms) {
    cumulative += spec.arms[arm] ?? 0;
    if (position * total < cumulative * POSITIONS) return arm;
  }
  // Unreachable: position < 2^32 means position × total < total × 2^32.
  return arms[arms.length - 1] as string;
}

/**
 * The arm of every live experiment for one install. Without an install id there is nothing to
 * bucket by, so the request is exposed to no experiment (empty map).
 */
export function assignArms(installId: string | undefined, experiments: ExperimentsConfig): Record<string, string> {
  if (installId === undefined) return {};
  const arms: Record<string, string> = {};
  for (const [name, spec] of Object.entries(experiments)) arms[name] = assignArm(installId, name, spec);
  return arms;
}
