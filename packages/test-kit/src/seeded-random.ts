import { createSeededRandom } from '../../server/src/simulator/seeded-random.ts';

/**
 * A seeded PRNG as a bare `() => number` in [0, 1), so a failing data set can be regenerated from
 * its seed. The generator is the simulator's (mulberry32): one implementation in the tree.
 */
export function seededRandom(seed: number): () => number {
  return createSeededRandom(seed).next;
}
