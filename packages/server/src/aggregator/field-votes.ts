import { LEAVE_ALONE } from '@companion-autofill/sdk/protocol';
import { electCanonical, type CanonicalTally } from './elect-canonical.ts';
import type { SupportThresholds } from './support-thresholds.ts';
import type { NetworkRules } from './voting-context.ts';

/**
 * The vote rule of every learned mapping, in one place: a form's selectors, a host's field
 * signatures and an ATS family's field signatures are all elected here, with the same thresholds.
 *
 * Within a scope, each field (its key: a selector in a form, a signature in a host or family) is
 * voted on by installs, and **one install is one voter**: its runs' weights are averaged (vote for
 * canonical c = weight of its runs saying c / its runs on the field), so an install that floods
 * the scope moves the share no more than one that came once. `leave_alone` is a canonical like any
 * other. The winner must clear `support` (see electCanonical).
 *
 * The winner's format is elected the same way among the installs that named one for the winning
 * canonical (vote for format f = weight of its runs saying c in f / its runs saying c in any
 * format), under the same thresholds; never for leave_alone.
 *
 * Networks (SECURITY.md): installs cost nothing, networks do. With a network cap, the k installs
 * of one network that vote in a scope each count min(1, cap / k), so a network weighs at most
 * `cap` votes however many installs it invents; and the winner must come from `minNetworks`
 * distinct networks.
 */

/** One field of one run, as it votes. Built once per distinct map (see run-fields.ts) and shared. */
export interface FieldVote {
  /** The field's key in its scope: a selector within a form, a signature within a host or family. */
  readonly field: string;
  readonly canonical: string;
  /** Undefined when the run named none (always for leave_alone). */
  readonly format: string | undefined;
  /** `field NUL canonical`, the tally the vote lands in: built once, so a vote costs one lookup. */
  readonly canonicalKey: string;
  /** `canonicalKey NUL format` when there is a format. */
  readonly formatKey: string | undefined;
}

/** The fields one run voted on. `repeats`: a key occurs twice (two inputs of a form share a signature). */
export interface RunFields {
  readonly votes: readonly FieldVote[];
  readonly repeats: boolean;
}

/** What a scope elected for one field. */
export interface FieldElection {
  field: string;
  canonical: string;
  format: string | undefined;
  /** Installs that voted for the winner. */
  installs: number;
  /** The served name stands only by the flip margin: without it, another name (or none) would have been elected. */
  heldByMargin: boolean;
}

/** The votes of one scope (one form, one host or one family), collected run by run, then elected. */
export interface FieldVotes {
  /**
   * One run, or `runs` runs of one install with the same fields folded into one (their weights
   * summed in `weight`), as the PostgreSQL window sends them.
   */
  add(installId: string, network: string, weight: number, runs: number, fields: RunFields): void;
  /**
   * The elected fields, in code-unit order of their keys. `served` holds the names served now per
   * key (the incumbents of the flip margin; see electCanonical). Call once, after the last `add`.
   */
  elect(support: SupportThresholds, rules: NetworkRules, served?: Readonly<Record<string, string>>): FieldElection[];
}

/** A tally of one canonical (or, among format tallies, of one format: then `canonical` holds the format). */
interface Tally extends Omit<CanonicalTally, 'networks'> {
  /** The field for canonical tallies; `field NUL canonical` for format tallies. */
  group: string;
  networks: Set<number>;
}

/**
 * Collects a scope's runs compactly (an install index, a weight, a count and a shared reference
 * per run) and counts them per install only when electing: the runs of a host or family need not
 * arrive grouped by install, and no per-(field, install) object lives longer than one install.
 */
export function createFieldVotes(): FieldVotes {
  const installIndex = new Map<string, number>();
  const networkIndex = new Map<string, number>();
  const installNetwork: number[] = [];
  const runInstall: number[] = [];
  const runWeight: number[] = [];
  const runCount: number[] = [];
  const runFields: RunFields[] = [];

  return {
    add(installId, network, weight, runs, fields) {
      if (fields.votes.length === 0) return;
      let install = installIndex.get(installId);
      if (install === undefined) {
        installIndex.set(installId, (install = installIndex.size));
        let index = networkIndex.get(network);
        if (index === undefined) networkIndex.set(network, (index = networkIndex.size));
        installNetwork.push(index);
      }
      runInstall.push(install);
      runWeight.push(weight);
      runCount.push(runs);
      runFields.push(fields);
    },
    elect(support, rules, served) {
      const tallies = createTallies();
      const scale = networkScales(installNetwork, networkIndex.size, rules.networkCap);
      // Most installs run a scope with one set of fields (once, or several times alike), and most
      // runs of a scope share a few sets: such an install's vote on each field is that of its runs
      // folded, so those votes are summed per set first and counted into the tallies once per set
      // instead of once per install. Only an install whose runs differ is counted on its own.
      const bySet = new Map<RunFields, { share: number; runs: number; installs: number; networks: Set<number> }>();
      const countVoter = (order: ArrayLike<number>, from: number, to: number) => {
        const fields = runFields[order[from]!]!;
        const install = runInstall[order[from]!]!;
        const network = installNetwork[install]!;
        let weight = 0;
        let runs = 0;
        let oneSet = !fields.repeats;
        for (let k = from; k < to && oneSet; k += 1) {
          const run = order[k]!;
          oneSet = runFields[run] === fields;
          weight += runWeight[run]!;
          runs += runCount[run]!;
        }
        if (!oneSet) {
          const own: InstallRun[] = [];
          for (let k = from; k < to; k += 1)
            own.push([runWeight[order[k]!]!, runCount[order[k]!]!, runFields[order[k]!]!]);
          tallies.countInstall(own, scale[network]!, network);
          return;
        }
        let set = bySet.get(fields);
        if (!set) bySet.set(fields, (set = { share: 0, runs: 0, installs: 0, networks: new Set() }));
        set.share += (scale[network]! * weight) / runs;
        set.runs += runs;
        set.installs += 1;
        set.networks.add(network);
      };

      const installs = installIndex.size;
      if (installs === runInstall.length) {
        // Every install ran once: each run is a voter, in any order.
        const only = new Int32Array(1);
        for (let run = 0; run < installs; run += 1) {
          only[0] = run;
          countVoter(only, 0, 1);
        }
      } else {
        // Runs ordered by install with a counting sort: one pass to count, one to place.
        const start = new Int32Array(installs + 1);
        for (const install of runInstall) start[install + 1]! += 1;
        for (let i = 0; i < installs; i += 1) start[i + 1]! += start[i]!;
        const next = start.slice(0, installs);
        const order = new Int32Array(runInstall.length);
        for (let run = 0; run < runInstall.length; run += 1) order[next[runInstall[run]!]!++] = run;
        for (let i = 0; i < installs; i += 1) countVoter(order, start[i]!, start[i + 1]!);
      }
      for (const [fields, { share, runs, installs: voters, networks }] of bySet)
        tallies.countSet(fields, share, runs, voters, networks);
      return tallies.elect(support, rules, served);
    },
  };
}

/** One run of an install (or several folded): its weight, its run count and its fields. */
type InstallRun = readonly [weight: number, runs: number, fields: RunFields];

/** What one install said on one field, over its runs. */
interface InstallField {
  runs: number;
  canonicals: Map<string, InstallCanonical>;
}

interface InstallCanonical {
  vote: FieldVote;
  weight: number;
  runs: number;
  /** Runs saying this canonical with some format. */
  formatRuns: number;
  formats: Map<string, { vote: FieldVote; weight: number; runs: number }> | undefined;
}

function createTallies() {
  const canonicals = new Map<string, Tally>();
  const formats = new Map<string, Tally>();

  const count = (
    tallies: Map<string, Tally>,
    key: string,
    group: string,
    name: string,
    share: number,
    runs: number,
    installs: number,
    networks: Iterable<number>,
  ) => {
    let tally = tallies.get(key);
    if (!tally)
      tallies.set(key, (tally = { group, canonical: name, vote: 0, runs: 0, installs: 0, networks: new Set() }));
    tally.vote += share;
    tally.runs += runs;
    tally.installs += installs;
    for (const network of networks) tally.networks.add(network);
  };

  return {
    /**
     * `installs` installs whose runs all had these fields (no key repeated): `share` is the sum of
     * their votes (each install's weight / its runs, scaled by its network's cap), `runs` the sum
     * of their runs, `networks` their networks.
     */
    countSet(fields: RunFields, share: number, runs: number, installs: number, networks: ReadonlySet<number>) {
      for (const vote of fields.votes) {
        count(canonicals, vote.canonicalKey, vote.field, vote.canonical, share, runs, installs, networks);
        if (vote.formatKey !== undefined)
          count(formats, vote.formatKey, vote.canonicalKey, vote.format!, share, runs, installs, networks);
      }
    },

    /** An install whose runs differ (or repeat a key): its runs are averaged per field first. */
    countInstall(runs: readonly InstallRun[], scale: number, network: number) {
      const networks = [network];
      const own = new Map<string, InstallField>();
      for (const [weight, count, fields] of runs) {
        for (const vote of fields.votes) {
          let field = own.get(vote.field);
          if (!field) own.set(vote.field, (field = { runs: 0, canonicals: new Map() }));
          field.runs += count;
          let said = field.canonicals.get(vote.canonicalKey);
          if (!said)
            field.canonicals.set(
              vote.canonicalKey,
              (said = { vote, weight: 0, runs: 0, formatRuns: 0, formats: undefined }),
            );
          said.weight += weight;
          said.runs += count;
          if (vote.formatKey === undefined) continue;
          said.formatRuns += count;
          said.formats ??= new Map();
          let format = said.formats.get(vote.formatKey);
          if (!format) said.formats.set(vote.formatKey, (format = { vote, weight: 0, runs: 0 }));
          format.weight += weight;
          format.runs += count;
        }
      }
      for (const field of own.values()) {
        for (const said of field.canonicals.values()) {
          const { vote } = said;
          count(
            canonicals,
            vote.canonicalKey,
            vote.field,
            vote.canonical,
            (scale * said.weight) / field.runs,
            said.runs,
            1,
            networks,
          );
          if (!said.formats) continue;
          for (const format of said.formats.values()) {
            count(
              formats,
              format.vote.formatKey!,
              vote.canonicalKey,
              format.vote.format!,
              (scale * format.weight) / said.formatRuns,
              format.runs,
              1,
              networks,
            );
          }
        }
      }
    },

    elect(
      support: SupportThresholds,
      rules: NetworkRules,
      served: Readonly<Record<string, string>> = {},
    ): FieldElection[] {
      const byField = groupBy(canonicals.values());
      const formatsByCanonical = groupBy(formats.values());
      const formatRules = { minNetworks: rules.minNetworks, flipMargin: 0 };
      const elected: FieldElection[] = [];
      for (const field of [...byField.keys()].sort(byCodeUnit)) {
        const tallies = byField.get(field)!;
        const incumbent = Object.hasOwn(served, field) ? served[field] : undefined;
        const canonical = electCanonical(tallies, support, rules, incumbent);
        if (canonical === undefined) continue;
        const heldByMargin =
          rules.flipMargin > 0 && canonical === incumbent && electCanonical(tallies, support, rules) !== incumbent;
        const installs = tallies.find((tally) => tally.canonical === canonical)!.installs;
        const formatTallies =
          canonical === LEAVE_ALONE ? undefined : formatsByCanonical.get(`${field}\u0000${canonical}`);
        const format = formatTallies === undefined ? undefined : electCanonical(formatTallies, support, formatRules);
        elected.push({ field, canonical, format, installs, heldByMargin });
      }
      return elected;
    },
  };
}

function groupBy(tallies: Iterable<Tally>): Map<string, CanonicalTally[]> {
  const groups = new Map<string, CanonicalTally[]>();
  for (const { group: key, networks, ...tally } of tallies) {
    const counted = { ...tally, networks: networks.size };
    const group = groups.get(key);
    if (group) group.push(counted);
    else groups.set(key, [counted]);
  }
  return groups;
}

/**
 * Each network's scale: min(1, cap / its installs in the scope), so its installs weigh `cap`
 * votes at most together; 1 everywhere without a cap.
 */
function networkScales(installNetwork: readonly number[], networks: number, cap: number): Float64Array {
  const scale = new Float64Array(networks).fill(1);
  if (cap <= 0) return scale;
  const installs = new Int32Array(networks);
  for (const network of installNetwork) installs[network]! += 1;
  for (let n = 0; n < networks; n += 1) scale[n] = Math.min(1, cap / installs[n]!);
  return scale;
}

/** Code-unit order, as SQLite's BINARY collation and PostgreSQL's "C" sort keys. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
