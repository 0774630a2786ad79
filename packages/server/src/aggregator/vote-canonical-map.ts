import type { AggregationRow } from '../store/store-port.ts';
import type { SupportThresholds } from './support-thresholds.ts';

/**
 * How much a run's vote counts, by how it ended: a successful submit is the strongest evidence that
 * the final mapping was right; an error tells least.
 */
const RUN_WEIGHT: Record<AggregationRow['status'], number> = {
  ok: 1,
  validation_error: 0.5,
  cancelled: 0.5,
  error: 0.25,
};

interface InstallVotes {
  runs: number;
  weightByCanonical: Map<string, number>;
  runsByCanonical: Map<string, number>;
}

/**
 * The canonical map of one form, by vote per selector over `final_map`.
 *
 * One install is one voter per selector: its runs' weights are averaged (vote for canonical c =
 * weight of its runs saying c / its runs on that selector), so an install that floods a form with
 * runs moves the share no more than one that submitted once. The winner must also clear the run
 * and install counts in `support`.
 */
export function voteCanonicalMap(rows: readonly AggregationRow[], support: SupportThresholds): Record<string, string> {
  const bySelector = new Map<string, Map<string, InstallVotes>>();
  for (const row of rows) {
    const weight = RUN_WEIGHT[row.status];
    for (const [selector, canonical] of Object.entries(row.finalMap)) {
      let installs = bySelector.get(selector);
      if (!installs) bySelector.set(selector, (installs = new Map()));
      let votes = installs.get(row.installId);
      if (!votes) installs.set(row.installId, (votes = { runs: 0, weightByCanonical: new Map(), runsByCanonical: new Map() }));
      votes.runs += 1;
      votes.weightByCanonical.set(canonical, (votes.weightByCanonical.get(canonical) ?? 0) + weight);
      votes.runsByCanonical.set(canonical, (votes.runsByCanonical.get(canonical) ?? 0) + 1);
    }
  }

  const map: Record<string, string> = {};
  for (const [selector, installs] of [...bySelector].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const winner = electWinner(installs);
    if (winner && winner.runs >= support.minRuns && winner.installs >= support.minInstalls && winner.share >= support.minShare) {
      map[selector] = winner.canonical;
    }
  }
  return map;
}

function electWinner(installs: Map<string, InstallVotes>) {
  const tally = new Map<string, { vote: number; runs: number; installs: number }>();
  let totalVote = 0;
  for (const votes of installs.values()) {
    for (const [canonical, weight] of votes.weightByCanonical) {
      const vote = weight / votes.runs;
      const entry = tally.get(canonical) ?? { vote: 0, runs: 0, installs: 0 };
      entry.vote += vote;
      entry.runs += votes.runsByCanonical.get(canonical) ?? 0;
      entry.installs += 1;
      tally.set(canonical, entry);
      totalVote += vote;
    }
  }
  let best: { canonical: string; share: number; runs: number; installs: number } | undefined;
  for (const [canonical, entry] of tally) {
    const share = totalVote > 0 ? entry.vote / totalVote : 0;
    // Ties go to the alphabetically first name so that a run is reproducible.
    if (!best || share > best.share || (share === best.share && canonical < best.canonical)) {
      best = { canonical, share, runs: entry.runs, installs: entry.installs };
    }
  }
  return best;
}
