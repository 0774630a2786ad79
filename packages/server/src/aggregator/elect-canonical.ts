import type { SupportThresholds } from './support-thresholds.ts';

/** The votes one canonical name got on one selector of one form. */
export interface CanonicalTally {
  canonical: string;
  /** Sum over installs of (weight of the install's runs saying this canonical / the install's runs on the selector). */
  vote: number;
  /** Runs saying this canonical. */
  runs: number;
  /** Installs with at least one run saying this canonical. */
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
 * The canonical name a selector maps to, or undefined when no name clears the thresholds. The
 * winner has the largest share of the vote (ties go to the alphabetically first name, so a run is
 * reproducible) and must reach `support`'s runs, installs and share. Pure.
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
