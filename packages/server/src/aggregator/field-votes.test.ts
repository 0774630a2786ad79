import { describe, expect, it } from 'vitest';
import { seededRandom } from '@companion-autofill/test-kit/seeded-random';
import type { AggregationRow } from '../store/store-port.ts';
import { electCanonical, type CanonicalTally } from './elect-canonical.ts';
import { RUN_WEIGHT } from './run-weight.ts';
import { DEFAULT_SUPPORT, type SupportThresholds } from './support-thresholds.ts';
import { formKey } from '../store/form-key.ts';
import { createWindowVotes, type FormMaps } from './window-votes.ts';

const HOST = 'h.com';
const HASH = 'v1:0000000000000001';

function run(
  installId: string,
  finalMap: Record<string, string>,
  status: AggregationRow['status'] = 'ok',
  fieldFormats: Record<string, string> = {},
): AggregationRow {
  return {
    host: HOST,
    schemaHash: HASH,
    installId,
    status,
    occurredAt: 1,
    durationMs: 1,
    editChars: 0,
    finalMap,
    fieldSignatures: new Map(),
    fieldFormats: new Map(Object.entries(fieldFormats)),
  };
}

/** The maps one form's runs elect. */
function vote(rows: readonly AggregationRow[], support: SupportThresholds = DEFAULT_SUPPORT): FormMaps {
  const votes = createWindowVotes(support);
  for (const row of rows) votes.add(row, RUN_WEIGHT[row.status], 1);
  return votes.finish().formMaps.get(formKey(HOST, HASH)) ?? { canonicalMap: {}, formatMap: {} };
}

const canonicalMapOf = (rows: readonly AggregationRow[], support?: SupportThresholds) =>
  vote(rows, support).canonicalMap;

describe('form votes: canonical per selector', () => {
  it('maps a selector once 3 runs from 2 installs agree', () => {
    const rows = [run('a', { '#x': 'email' }), run('a', { '#x': 'email' }), run('b', { '#x': 'email' })];
    expect(canonicalMapOf(rows)).toEqual({ '#x': 'email' });
  });

  it('needs enough runs', () => {
    expect(canonicalMapOf([run('a', { '#x': 'email' }), run('b', { '#x': 'email' })])).toEqual({});
  });

  it('needs more than one install: one user alone cannot define a profile', () => {
    expect(canonicalMapOf(Array.from({ length: 50 }, () => run('a', { '#x': 'email' })))).toEqual({});
  });

  it('one install flooding wrong votes counts as one voter', () => {
    const honest = ['a', 'b', 'c'].map((id) => run(id, { '#x': 'email' }));
    const flood = Array.from({ length: 500 }, () => run('mallory', { '#x': 'phone' }));
    // honest share: 3 installs of 4 = 0.75 ≥ 0.6
    expect(canonicalMapOf([...honest, ...flood])).toEqual({ '#x': 'email' });
  });

  it('requires the winner to hold the vote share', () => {
    const rows = ['a', 'b', 'c']
      .map((id) => run(id, { '#x': 'email' }))
      .concat(['d', 'e'].map((id) => run(id, { '#x': 'phone' })));
    // email 3/5 = 0.6 passes; with one more phone voter it is 0.5 and fails
    expect(canonicalMapOf(rows)).toEqual({ '#x': 'email' });
    expect(canonicalMapOf([...rows, run('f', { '#x': 'phone' })])).toEqual({});
  });

  it('weighs successful runs above failed ones', () => {
    const rows = [
      ...['a', 'b', 'c'].map((id) => run(id, { '#x': 'email' })),
      ...['d', 'e', 'f'].map((id) => run(id, { '#x': 'phone' }, 'error')),
    ];
    // email 3 × 1 against phone 3 × 0.25: share 0.8
    expect(canonicalMapOf(rows)).toEqual({ '#x': 'email' });
  });

  it('takes configurable thresholds', () => {
    expect(canonicalMapOf([run('a', { '#x': 'email' })], { minRuns: 1, minInstalls: 1, minShare: 0.6 })).toEqual({
      '#x': 'email',
    });
  });

  it('elects leave_alone like any canonical, under the same thresholds, and serves it', () => {
    const cleared = ['a', 'b', 'c'].map((id) => run(id, { '#pronouns': 'leave_alone', '#email': 'email' }));
    expect(canonicalMapOf(cleared)).toEqual({ '#email': 'email', '#pronouns': 'leave_alone' });
    // Two installs once each: too few runs, for leave_alone as for any name.
    expect(canonicalMapOf(cleared.slice(0, 2))).toEqual({});
    // A minority clearing the field does not win it.
    const mostlyFilled = [...['d', 'e', 'f', 'g'].map((id) => run(id, { '#pronouns': 'pronouns' })), cleared[0]!];
    expect(canonicalMapOf(mostlyFilled)).toEqual({ '#pronouns': 'pronouns' });
  });

  it('maps one canonical to several selectors (two phone inputs, split name fields)', () => {
    const rows = ['a', 'b', 'c'].map((id) =>
      run(id, { '#home': 'phone', '#mobile': 'phone', '#given': 'first_name', '#given2': 'first_name' }),
    );
    expect(canonicalMapOf(rows)).toEqual({
      '#given': 'first_name',
      '#given2': 'first_name',
      '#home': 'phone',
      '#mobile': 'phone',
    });
  });

  it('counts folded runs (weights summed, runs counted) exactly as the runs one by one', () => {
    const rows = [
      run('a', { '#x': 'email' }),
      run('a', { '#x': 'email' }, 'error'),
      run('b', { '#x': 'phone' }),
      run('c', { '#x': 'email' }, 'cancelled'),
    ];
    const folded = createWindowVotes({ minRuns: 1, minInstalls: 1, minShare: 0.6 });
    folded.add(rows[0]!, RUN_WEIGHT.ok + RUN_WEIGHT.error, 2);
    folded.add(rows[2]!, RUN_WEIGHT.ok, 1);
    folded.add(rows[3]!, RUN_WEIGHT.cancelled, 1);
    // a: (1 + 0.25) / 2 = 0.625, c: 0.5 → email 1.125 of 2.125 = 0.53 < 0.6
    expect(folded.finish().formMaps.get(formKey(HOST, HASH))).toEqual(
      vote(rows, { minRuns: 1, minInstalls: 1, minShare: 0.6 }),
    );
    expect(vote(rows, { minRuns: 1, minInstalls: 1, minShare: 0.5 }).canonicalMap).toEqual({ '#x': 'email' });
  });
});

describe('form votes: learned format per selector', () => {
  const phone = (id: string, format?: string, canonical = 'phone') =>
    run(id, { '#p': canonical }, 'ok', format === undefined ? {} : { '#p': format });

  it('elects the format most installs named for the winning canonical', () => {
    const rows = [
      phone('a', 'phone_national'),
      phone('b', 'phone_national'),
      phone('c', 'phone_national'),
      phone('d', 'phone_e164'),
    ];
    expect(vote(rows)).toEqual({ canonicalMap: { '#p': 'phone' }, formatMap: { '#p': 'phone_national' } });
  });

  it('needs the same support as a canonical: a format only two runs named is not learned', () => {
    const rows = [phone('a', 'phone_national'), phone('b', 'phone_national'), phone('c'), phone('d')];
    expect(vote(rows)).toEqual({ canonicalMap: { '#p': 'phone' }, formatMap: {} });
  });

  it('counts only the installs that named a format, and the flooding install once', () => {
    const rows = [
      phone('a', 'phone_digits'),
      phone('b', 'phone_digits'),
      phone('c', 'phone_digits'),
      phone('d'),
      phone('e'),
      ...Array.from({ length: 40 }, () => phone('m', 'phone_e164')),
    ];
    // Installs naming a format: a, b, c (digits) and m (e164): digits holds 3 of 4.
    expect(vote(rows).formatMap).toEqual({ '#p': 'phone_digits' });
  });

  it('ignores formats named with a canonical that lost', () => {
    const rows = [
      phone('a'),
      phone('b'),
      phone('c'),
      phone('d', 'date_iso', 'start_date'),
      phone('e', 'date_iso', 'start_date'),
    ];
    expect(vote(rows)).toEqual({ canonicalMap: { '#p': 'phone' }, formatMap: {} });
  });

  it('learns no format for leave_alone', () => {
    const rows = ['a', 'b', 'c'].map((id) => phone(id, 'phone_digits', 'leave_alone'));
    expect(vote(rows)).toEqual({ canonicalMap: { '#p': 'leave_alone' }, formatMap: {} });
  });
});

/**
 * The vote as the rule defines it, written plainly (no folding, no fast paths): the oracle for the
 * collector. Per selector and install: vote for c = weight of its runs saying c / its runs on the
 * selector; for format f of the winner c = weight of its runs saying c in f / its runs saying c in a format.
 */
function referenceVote(rows: readonly AggregationRow[], support: SupportThresholds): FormMaps {
  const selectors = [...new Set(rows.flatMap((row) => Object.keys(row.finalMap)))].sort();
  const maps: FormMaps = { canonicalMap: {}, formatMap: {} };
  const elect = (said: (row: AggregationRow) => string | undefined, voting: readonly AggregationRow[]) => {
    const tallies = new Map<string, CanonicalTally>();
    for (const install of new Set(voting.map((row) => row.installId))) {
      const own = voting.filter((row) => row.installId === install);
      for (const name of new Set(own.map(said))) {
        const saying = own.filter((row) => said(row) === name);
        const tally = tallies.get(name!) ?? { canonical: name!, vote: 0, runs: 0, installs: 0, networks: 1 };
        tally.vote += saying.reduce((sum, row) => sum + RUN_WEIGHT[row.status], 0) / own.length;
        tally.runs += saying.length;
        tally.installs += 1;
        tallies.set(name!, tally);
      }
    }
    return electCanonical([...tallies.values()], support);
  };
  for (const selector of selectors) {
    const winner = elect(
      (row) => row.finalMap[selector],
      rows.filter((row) => selector in row.finalMap),
    );
    if (winner === undefined) continue;
    maps.canonicalMap[selector] = winner;
    if (winner === 'leave_alone') continue;
    const withFormat = rows.filter((row) => row.finalMap[selector] === winner && row.fieldFormats.has(selector));
    const format = elect((row) => row.fieldFormats.get(selector), withFormat);
    if (format !== undefined) maps.formatMap[selector] = format;
  }
  return maps;
}

describe('form votes against their definition', () => {
  it('agree with a plain implementation on random forms, shared and unshared maps, formats and leave_alone alike', () => {
    const random = seededRandom(42);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const statuses = ['ok', 'ok', 'validation_error', 'cancelled', 'error'] as const;
    const canonicals = ['email', 'phone', 'city', 'first_name', 'leave_alone'];
    const formats = ['phone_e164', 'phone_national', 'date_iso'];
    for (let form = 0; form < 200; form += 1) {
      const shared = { '#a': 'email', '#b': 'phone', '#c': 'city' };
      const sharedFormats = { '#b': 'phone_national' };
      const rows = Array.from({ length: 1 + Math.floor(random() * 40) }, () => {
        const finalMap: Record<string, string> = random() < 0.5 ? shared : {};
        const fieldFormats: Record<string, string> = finalMap === shared && random() < 0.7 ? sharedFormats : {};
        if (finalMap !== shared) {
          for (const selector of ['#a', '#b', '#c', '#d']) {
            if (random() < 0.7) finalMap[selector] = pick(canonicals);
            if (selector in finalMap && random() < 0.4) fieldFormats[selector] = pick(formats);
          }
        }
        return run(`install-${Math.floor(random() * 8)}`, finalMap, pick(statuses), fieldFormats);
      });
      const support = {
        minRuns: 1 + Math.floor(random() * 3),
        minInstalls: 1 + Math.floor(random() * 2),
        minShare: 0.5 + random() * 0.2,
      };
      expect(vote(rows, support)).toEqual(referenceVote(rows, support));
    }
  });
});
