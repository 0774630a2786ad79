import type { FieldFormat, LearningEvent } from '@companion-autofill/sdk/protocol';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';
import type { Voter } from '../../src/aggregator/voting-context.ts';

/**
 * Forms that each turn on one vote rule, with the voters' standings and networks: the differential
 * test adds them to random data, so that every rule decides something the backends must agree on.
 * `rule(name)` is the host of the rule's form.
 */
export const VOTE_RULES = [
  'leave_alone',
  'fields_per_canonical',
  'min_networks',
  'network_cap',
  'standing',
  'flip_margin',
  'guard',
] as const;
export type VoteRule = (typeof VOTE_RULES)[number];

export const rule = (name: VoteRule): string => `rule-${name.replaceAll('_', '-')}.example.com`;
export const RULE_SCHEMA = 'v1:00000000000000e1';

/** The canonical map served now on the flip-margin form: its incumbent. */
export const SERVED_ON_FLIP_FORM = { '#z': 'city' };

interface Vote {
  finalMap: Record<string, string>;
  formats?: Record<string, FieldFormat>;
  runs?: number;
  status?: LearningEvent['status'];
}

/** The scenarios' events at `occurredAt`, and the standing and network of each of their installs. */
export function voteScenarios(occurredAt: number): { events: LearningEvent[]; roll: Map<string, Voter> } {
  const events: LearningEvent[] = [];
  const roll = new Map<string, Voter>();
  const cast = (form: VoteRule, voter: Voter, count: number, vote: Vote) => {
    for (let i = 0; i < count; i += 1) {
      const installId = `install-${form}-${voter.network}-${voter.standing}-${i}`;
      roll.set(installId, voter);
      for (let r = 0; r < (vote.runs ?? 1); r += 1)
        events.push(
          makeEvent({
            install_id: installId,
            host: rule(form),
            schema_hash: RULE_SCHEMA,
            status: vote.status ?? 'ok',
            occurred_at: new Date(occurredAt).toISOString(),
            final_map: vote.finalMap,
            suggested_map: vote.finalMap,
            field_signatures: Object.fromEntries(Object.keys(vote.finalMap).map((s, i) => [s, signatureOf(form, i)])),
            field_formats: vote.formats ?? {},
          }),
        );
    }
  };
  const voter = (network: string): Voter => ({ network, standing: 'voter' });

  // A field left alone is elected like a name, and never gets a format.
  for (const network of ['net-a', 'net-b', 'net-c'])
    cast('leave_alone', voter(network), 1, {
      finalMap: { '#notes': 'leave_alone', '#email': 'email' },
      formats: { '#notes': 'date_iso' },
    });
  // One canonical on two fields of a form.
  for (const network of ['net-a', 'net-b', 'net-c'])
    cast('fields_per_canonical', voter(network), 1, { finalMap: { '#phone-home': 'phone', '#phone-work': 'phone' } });
  // Three installs of one network: enough installs, too few networks.
  cast('min_networks', voter('net-solo'), 3, { finalMap: { '#city': 'city' } });
  // Four installs of one network against two of two others: the cap turns the majority.
  cast('network_cap', voter('net-crowd'), 4, { finalMap: { '#x': 'city' } });
  for (const network of ['net-a', 'net-b'])
    cast('network_cap', voter(network), 1, { finalMap: { '#x': 'zip' }, runs: 2 });
  // New and quarantined installs outnumber the voters, and vote otherwise.
  for (const network of ['net-a', 'net-b'])
    cast('standing', voter(network), 1, { finalMap: { '#y': 'email' }, runs: 2 });
  cast('standing', { network: 'net-c', standing: 'new' }, 3, { finalMap: { '#y': 'phone' } });
  cast('standing', { network: 'net-d', standing: 'quarantined' }, 2, { finalMap: { '#y': 'phone' } });
  // A challenger with 7 of 11 votes against the served name: a flip without a margin, held by 0.3.
  for (let n = 0; n < 7; n += 1) cast('flip_margin', voter(`net-zip${n}`), 1, { finalMap: { '#z': 'zip' } });
  for (let n = 0; n < 4; n += 1) cast('flip_margin', voter(`net-city${n}`), 1, { finalMap: { '#z': 'city' } });
  // One install floods failed runs: the form's success rate falls, the guard's (per install) does not.
  cast('guard', voter('net-a'), 1, { finalMap: { '#g': 'email' }, runs: 10, status: 'validation_error' });
  for (const network of ['net-b', 'net-c', 'net-d']) cast('guard', voter(network), 1, { finalMap: { '#g': 'email' } });
  return { events, roll };
}

/** A field signature per rule and field, so the host votes see each form's fields apart. */
function signatureOf(form: VoteRule, field: number): string {
  const index = VOTE_RULES.indexOf(form) * 16 + field;
  return `f1:${index.toString(16).padStart(16, '0')}`;
}
