import type { SupportThresholds } from './support-thresholds.ts';

/**
 * The votes one name got on one field of a scope: a canonical name, or a format when the winner's
 * format is elected (see field-votes.ts).
 */
export interface CanonicalTally {
  canonical: string;
  /** Sum over installs of (weight of the install's runs saying this name / the install's runs on the field). */
  vote: number;
  /** Runs saying this name. */
  runs: number;
  /** Installs with at least one run saying this name. */
  installs: number;
}

/**
 * Shares are sums of fractions (1/3 of an install's vote…), so their last bits depend on the order
 * they were added in — which differs between the pure aggregation and the database's GROUP BY, and
 * even between two scans of the same table. Shares this close count as equal, so the outcome
 * depends on the votes only.
 */
const SHARE_EPSILON = 1e-9;

/**
 * The name a field is elected to (a canonical name, or a format), or undefined when no name clears
 * the thresholds. The winner has the largest share of the vote (ties go to the alphabetically first
 * name, so a run is reproducible) and must reach `support`'s runs, installs and share. Pure.
 */
export function electCanonical(tallies: readonly CanonicalTally[], support: SupportThresholds): string | undefined {
  let totalVote = 0;
  for (const tally of tallies) totalVote += tally.vote;
  let best: { tally: CanonicalTally; share: number } | undefined;
  for (const tally of [...tallies].sort((a, b) => (a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : 0))) {
    const share = totalVote > 0 ? tally.vote / totalVote : 0;
    if (!best || share > best.share + SHARE_EPSILON) best = { tally, share };
  }
  if (!best) return undefined;
  const { tally, share } = best;
  const supported = tally.runs >= support.minRuns && tally.installs >= support.minInstalls && share >= support.minShare - SHARE_EPSILON;
  return supported ? tally.canonical : undefined;
}
