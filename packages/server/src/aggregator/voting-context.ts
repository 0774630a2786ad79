/**
 * What the vote knows beyond the runs themselves: who may vote and from which network, what is
 * served now, and the Sybil defences' settings (see SECURITY.md, "Votes that cost something").
 * Built once per aggregation by the runner (see createVoterRoll); pure data for the aggregation.
 */

/** How an install stands in this aggregation. */
export const VOTER_STANDINGS = ['voter', 'new', 'quarantined'] as const;
export type VoterStanding = (typeof VOTER_STANDINGS)[number];

export interface Voter {
  /** The keyed hash of the network the install was first seen on ('' when unknown). */
  network: string;
  /** `voter` counts; a `new` install has no history yet and a `quarantined` one was excluded by an operator: neither votes nor sways the guard. */
  standing: VoterStanding;
}

/** The settings of the vote's network defences. */
export interface NetworkRules {
  /** Distinct networks the winner's voters must come from. @default 1 */
  minNetworks: number;
  /** Most votes one network's installs weigh together in a scope; 0 = no cap. @default 0 */
  networkCap: number;
  /**
   * A served mapping moves to another name only when the challenger's share beats the served
   * name's by this much (0 = no hysteresis: every aggregation elects afresh). @default 0
   */
  flipMargin: number;
}

export interface VotingContext extends NetworkRules {
  voterOf(installId: string): Voter;
  /** The canonical maps served now, by formKey: the incumbents the flip margin protects. */
  served: ReadonlyMap<string, Readonly<Record<string, string>>>;
}

export const NO_NETWORK_RULES: NetworkRules = { minNetworks: 1, networkCap: 0, flipMargin: 0 };

const EVERYONE_VOTES: Voter = Object.freeze({ network: '', standing: 'voter' });

/** Every install votes, all from one network, nothing served: the vote as it was before the defences. */
export const OPEN_VOTING: VotingContext = { ...NO_NETWORK_RULES, voterOf: () => EVERYONE_VOTES, served: new Map() };
