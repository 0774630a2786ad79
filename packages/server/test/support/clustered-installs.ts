import { seededRandom } from '@companion-autofill/test-kit/seeded-random';

/** One simulated install's runs: how many decided runs it made and how many of them succeeded. */
export interface ClusteredInstall {
  runs: number;
  successes: number;
}

/**
 * Installs whose runs are correlated, as real ones are: each install has its own success
 * propensity (√U, so mean 2/3 and spread from 0 to 1) and makes 1 + Exp(mean `meanRuns`) runs,
 * so a few heavy installs make many of the runs. `lift` raises every propensity (capped at 1): a
 * true effect. The same arguments give the same installs.
 */
export function clusteredInstalls(
  count: number,
  seed: number,
  options: { meanRuns?: number; lift?: number } = {},
): ClusteredInstall[] {
  const meanRuns = options.meanRuns ?? 12;
  const lift = options.lift ?? 0;
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const propensity = Math.min(1, Math.sqrt(random()) + lift);
    const runs = 1 + Math.floor(-Math.log(1 - random()) * meanRuns);
    let successes = 0;
    for (let run = 0; run < runs; run++) if (random() < propensity) successes += 1;
    return { runs, successes };
  });
}
