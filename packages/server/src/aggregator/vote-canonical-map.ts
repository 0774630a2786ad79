import type { AggregationRow } from '../store/store-port.ts';
import { electCanonical, type CanonicalTally } from './elect-canonical.ts';
import { RUN_WEIGHT } from './run-weight.ts';
import type { SupportThresholds } from './support-thresholds.ts';

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
 * and install counts in `support` (see `electCanonical`).
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
    const winner = electCanonical(tallyInstalls(installs), support);
    if (winner !== undefined) map[selector] = winner;
  }
  return map;
}

function tallyInstalls(installs: Map<string, InstallVotes>): CanonicalTally[] {
  const tally = new Map<string, CanonicalTally>();
  for (const votes of installs.values()) {
    for (const [canonical, weight] of votes.weightByCanonical) {
      const entry = tally.get(canonical) ?? { canonical, vote: 0, runs: 0, installs: 0 };
      entry.vote += weight / votes.runs;
      entry.runs += votes.runsByCanonical.get(canonical) ?? 0;
      entry.installs += 1;
      tally.set(canonical, entry);
    }
  }
  return [...tally.values()];
}
