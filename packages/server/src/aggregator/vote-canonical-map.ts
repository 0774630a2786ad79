import type { AggregationRow } from '../store/store-port.ts';
import { electCanonical, type CanonicalTally } from './elect-canonical.ts';
import { RUN_WEIGHT } from './run-weight.ts';
import type { SupportThresholds } from './support-thresholds.ts';

/**
 * One install's runs on one selector. Nearly every install says one canonical there, so the first
 * is kept inline and only a second one allocates a map (the aggregator meets ~10 of these per event).
 */
interface InstallVote {
  runs: number;
  canonical: string;
  weight: number;
  canonicalRuns: number;
  /** Further canonicals this install said on the selector: canonical → [weight, runs]. */
  others: Map<string, [number, number]> | undefined;
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
  const installIndex = new Map<string, number>();
  // selector → votes by install index; rows of a form often share one finalMap object (the store
  // parses each distinct map once), so its entries are listed once.
  const bySelector = new Map<string, InstallVote[]>();
  const entriesOf = new Map<Record<string, string>, [string, string][]>();
  for (const row of rows) {
    let install = installIndex.get(row.installId);
    if (install === undefined) installIndex.set(row.installId, (install = installIndex.size));
    const weight = RUN_WEIGHT[row.status];
    let entries = entriesOf.get(row.finalMap);
    if (!entries) entriesOf.set(row.finalMap, (entries = Object.entries(row.finalMap)));
    for (const [selector, canonical] of entries) {
      let votes = bySelector.get(selector);
      if (!votes) bySelector.set(selector, (votes = []));
      const vote = votes[install];
      if (!vote) votes[install] = { runs: 1, canonical, weight, canonicalRuns: 1, others: undefined };
      else addRun(vote, canonical, weight);
    }
  }

  const map: Record<string, string> = {};
  for (const [selector, votes] of [...bySelector].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const winner = electCanonical(tallyInstalls(votes), support);
    if (winner !== undefined) map[selector] = winner;
  }
  return map;
}

function addRun(vote: InstallVote, canonical: string, weight: number): void {
  vote.runs += 1;
  if (vote.canonical === canonical) {
    vote.weight += weight;
    vote.canonicalRuns += 1;
    return;
  }
  vote.others ??= new Map();
  const other = vote.others.get(canonical);
  if (other) {
    other[0] += weight;
    other[1] += 1;
  } else {
    vote.others.set(canonical, [weight, 1]);
  }
}

function tallyInstalls(votes: readonly (InstallVote | undefined)[]): CanonicalTally[] {
  const tally = new Map<string, CanonicalTally>();
  const count = (canonical: string, share: number, runs: number) => {
    let entry = tally.get(canonical);
    if (!entry) tally.set(canonical, (entry = { canonical, vote: 0, runs: 0, installs: 0 }));
    entry.vote += share;
    entry.runs += runs;
    entry.installs += 1;
  };
  for (const vote of votes) {
    // Holes: installs of the form that never filled this selector.
    if (!vote) continue;
    count(vote.canonical, vote.weight / vote.runs, vote.canonicalRuns);
    if (vote.others) for (const [canonical, [weight, runs]] of vote.others) count(canonical, weight / vote.runs, runs);
  }
  return [...tally.values()];
}
