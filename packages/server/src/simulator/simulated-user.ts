import type { SeededRandom } from './seeded-random.ts';

/**
 * The person behind one simulated install. People differ, so runs of one install are correlated
 * (the same care, the same pace), which is why the report's intervals count installs, not runs.
 */
export interface SimulatedUser {
  /** Chance that a run with every field right ends ok (before cancellations). */
  baseSuccess: number;
  /** Multiplies every duration: below 1 a quick person, above 1 a slow one. */
  pace: number;
}

/** How much people differ: each install draws its user uniformly from these ranges. */
export const USER_SPREAD = {
  baseSuccess: [0.85, 0.99],
  pace: [0.7, 1.5],
} as const;

/** The average person: what a run without a drawn user assumes. */
export const AVERAGE_USER: SimulatedUser = {
  baseSuccess: (USER_SPREAD.baseSuccess[0] + USER_SPREAD.baseSuccess[1]) / 2,
  pace: 1,
};

export function drawUser(random: SeededRandom): SimulatedUser {
  const between = ([low, high]: readonly [number, number]) => low + (high - low) * random.next();
  return { baseSuccess: between(USER_SPREAD.baseSuccess), pace: between(USER_SPREAD.pace) };
}
