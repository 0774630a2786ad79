import type { SupportThresholds } from './support-thresholds.ts';
import { NO_NETWORK_RULES, type NetworkRules } from './voting-context.ts';

/**
 * The votes one name got on one field of a scope: a canonical name, or a format when the winner's
 * format is elected (see field-votes.ts).
 */
export interface CanonicalTally {
  canonical: string;
  /** Sum over installs of (weight of the install's runs saying this name / the install's runs on the field), each install's vote scaled down by its network's cap. */
  vote: number;
  /** Runs saying this name. */
  runs: number;
  /** Installs with at least one run saying this name. */
  installs: number;
  /** Distinct networks among those installs. */
  networks: number;
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
 * name, so a run is reproducible) and must reach `support`'s runs, installs and share, and
 * `rules.minNetworks` networks. Pure.
 *
 * With an `incumbent` (the name served now) and a flip margin, the incumbent stays unless a
 * supported challenger beats its share by the margin: a close or unsupported majority — one
 * aggregation's swing, or a few networks' worth of fake installs — does not move a served mapping.
 * An incumbent nobody votes for any more is not held.
 */
export function electCanonical(
  tallies: readonly CanonicalTally[],
  support: SupportThresholds,
  rules: Pick<NetworkRules, 'minNetworks' | 'flipMargin'> = NO_NETWORK_RULES,
  incumbent?: string,
): string | undefined {
  let totalVote = 0;
  for (const tally of tallies) totalVote += tally.vote;
  const shareOf = (tally: CanonicalTally) => (totalVote > 0 ? tally.vote / totalVote : 0);
  let best: { tally: CanonicalTally; share: number } | undefined;
  for (const tally of [...tallies].sort((a, b) =>
    a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : 0,
  )) {
    const share = shareOf(tally);
    if (!best || share > best.share + SHARE_EPSILON) best = { tally, share };
  }
  const supported =
    best !== undefined &&
    best.tally.runs >= support.minRuns &&
    best.tally.installs >= support.minInstalls &&
    best.tally.networks >= rules.minNetworks &&
    best.share >= support.minShare - SHARE_EPSILON;
  const winner = supported ? best!.tally.canonical : undefined;
  if (incumbent === undefined || rules.flipMargin <= 0 || winner === incumbent) return winner;
  const held = tallies.find((tally) => tally.canonical === incumbent);
  if (!held || held.vote <= 0) return winner;
  if (winner === undefined) return incumbent;
  return best!.share - shareOf(held) >= rules.flipMargin - SHARE_EPSILON ? winner : incumbent;
}
