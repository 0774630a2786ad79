import type pg from 'pg';
import { electCanonical, type CanonicalTally } from '../aggregator/elect-canonical.ts';
import { RUN_WEIGHT } from '../aggregator/run-weight.ts';
import type { SupportThresholds } from '../aggregator/support-thresholds.ts';
import type { FormProfile } from '../store/store-port.ts';

/**
 * The window's profiles computed inside PostgreSQL, equal to the pure `aggregateProfiles` over
 * `windowEvents` (a contract test proves it on random data) without shipping every event to Node:
 *
 *   stats query  ─ one GROUP BY (host, schema_hash): counts, distinct installs, sums, nearest-rank
 *                  percentiles (percentile_disc = the pure `percentileOfSorted`), newest event;
 *   votes cursor ─ jsonb_each_text(final_map) grouped down to one row per (form, selector, canonical)
 *                  holding the per-install-averaged vote, runs and installs; streamed in form order;
 *   Node         ─ `electCanonical` picks each selector's winner with the thresholds (shared code).
 *
 * Averages are computed here from the exact integer sums, as the pure code does, so they agree to
 * the last bit. Run it inside one REPEATABLE READ transaction so both queries see one snapshot.
 */
export async function aggregatePostgresWindow(
  client: pg.PoolClient,
  sinceMs: number,
  support: SupportThresholds,
): Promise<{ profiles: FormProfile[]; eventsRead: number }> {
  const forms = new Map<string, FormProfile>();
  const order: FormProfile[] = [];
  let eventsRead = 0;
  const stats = await client.query<StatsRow>(STATS, [sinceMs]);
  for (const row of stats.rows) {
    const count = Number(row.event_count);
    const verdicts = Number(row.ok) + Number(row.validation_errors);
    const profile: FormProfile = {
      host: row.host,
      schemaHash: row.schema_hash,
      canonicalMap: {},
      eventCount: count,
      distinctInstalls: Number(row.distinct_installs),
      successRate: verdicts === 0 ? null : Number(row.ok) / verdicts,
      avgEditChars: Number(row.edit_chars) / count,
      avgDurationMs: Number(row.duration_sum) / count,
      p50DurationMs: row.p50,
      p90DurationMs: row.p90,
      lastEventAt: Number(row.last_event_at),
    };
    eventsRead += count;
    forms.set(formKey(row.host, row.schema_hash), profile);
    order.push(profile);
  }

  const statuses = Object.keys(RUN_WEIGHT);
  await client.query(VOTES_CURSOR, [sinceMs, statuses, statuses.map((s) => RUN_WEIGHT[s as keyof typeof RUN_WEIGHT])]);
  let selectorKey = '';
  let tallies: CanonicalTally[] = [];
  const flush = () => {
    if (tallies.length === 0) return;
    const [host, schemaHash, selector] = JSON.parse(selectorKey) as [string, string, string];
    const winner = electCanonical(tallies, support);
    const profile = forms.get(formKey(host, schemaHash));
    if (winner !== undefined && profile) profile.canonicalMap[selector] = winner;
    tallies = [];
  };
  for (;;) {
    const { rows } = await client.query<VoteRow>(`FETCH FORWARD ${VOTE_CHUNK} FROM form_votes`);
    if (rows.length === 0) break;
    for (const row of rows) {
      const key = JSON.stringify([row.host, row.schema_hash, row.selector]);
      if (key !== selectorKey) {
        flush();
        selectorKey = key;
      }
      tallies.push({ canonical: row.canonical, vote: row.vote, runs: Number(row.runs), installs: Number(row.installs) });
    }
  }
  flush();
  await client.query('CLOSE form_votes');
  for (const profile of order) profile.canonicalMap = sortedByKey(profile.canonicalMap);
  return { profiles: order, eventsRead };
}

const VOTE_CHUNK = 5_000;

interface StatsRow {
  host: string;
  schema_hash: string;
  event_count: string;
  distinct_installs: string;
  ok: string;
  validation_errors: string;
  edit_chars: string;
  duration_sum: string;
  p50: number;
  p90: number;
  last_event_at: string;
}

interface VoteRow {
  host: string;
  schema_hash: string;
  selector: string;
  canonical: string;
  vote: number;
  runs: string;
  installs: string;
}

// percentile_disc(p) is the first value whose position reaches p·n: ceil(p·n), the nearest rank.
const STATS = `
  SELECT host, schema_hash,
         count(*) AS event_count,
         count(DISTINCT install_id) AS distinct_installs,
         count(*) FILTER (WHERE status = 'ok') AS ok,
         count(*) FILTER (WHERE status = 'validation_error') AS validation_errors,
         sum(edit_chars) AS edit_chars,
         sum(duration_ms) AS duration_sum,
         percentile_disc(0.5) WITHIN GROUP (ORDER BY duration_ms)::float8 AS p50,
         percentile_disc(0.9) WITHIN GROUP (ORDER BY duration_ms)::float8 AS p90,
         max(occurred_at) AS last_event_at
  FROM autofill_events
  WHERE occurred_at >= $1
  GROUP BY host, schema_hash`;

// One install is one voter per selector: its vote for c is (weight of its runs saying c) / (its runs
// on the selector). Runs are first folded by (form, install, final_map) — an install mostly submits a
// form with the same map — so jsonb_each_text expands distinct maps, not every event. Weights come in
// as parameters from RUN_WEIGHT, the table the pure code uses.
const VOTES_CURSOR = `
  DECLARE form_votes NO SCROLL CURSOR FOR
  WITH install_maps AS (
    SELECT e.host, e.schema_hash, e.install_id, e.final_map, sum(w.weight) AS weight, count(*) AS runs
    FROM autofill_events e
    JOIN unnest($2::text[], $3::float8[]) AS w(status, weight) ON w.status = e.status
    WHERE e.occurred_at >= $1
    GROUP BY e.host, e.schema_hash, e.install_id, e.final_map
  ), per_install AS (
    SELECT host, schema_hash, m.key AS selector, install_id, m.value AS canonical,
           sum(weight) AS weight, sum(runs) AS runs
    FROM install_maps CROSS JOIN LATERAL jsonb_each_text(final_map) AS m
    GROUP BY host, schema_hash, m.key, install_id, m.value
  ), voters AS (
    SELECT *, sum(runs) OVER (PARTITION BY host, schema_hash, selector, install_id)::float8 AS install_runs
    FROM per_install
  )
  SELECT host, schema_hash, selector, canonical,
         sum(weight / install_runs)::float8 AS vote, sum(runs) AS runs, count(*) AS installs
  FROM voters
  GROUP BY host, schema_hash, selector, canonical
  ORDER BY host, schema_hash, selector`;

function formKey(host: string, schemaHash: string): string {
  return `${host}\u0000${schemaHash}`;
}

/** Same key order as the pure `voteCanonicalMap` (selectors ascending by code unit). */
function sortedByKey(map: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : 1)));
}
