import type pg from 'pg';
import { withMaps } from '../../aggregator/aggregate-profiles.ts';
import type { FormStats } from '../../aggregator/form-stats.ts';
import { guardStatsOf, type InstallOutcome } from '../../aggregator/install-outcomes.ts';
import { RUN_WEIGHT } from '../../aggregator/run-weight.ts';
import type { SupportThresholds } from '../../aggregator/support-thresholds.ts';
import { OPEN_VOTING, type VotingContext } from '../../aggregator/voting-context.ts';
import { createWindowVotes, formKey } from '../../aggregator/window-votes.ts';
import { fieldMapsOf, type EventFieldMaps } from '../field-map-text.ts';
import type { WindowAggregation } from '../store-port.ts';

/**
 * The window's aggregation with PostgreSQL doing the bulk work, equal to the pure
 * `aggregateProfiles` over `windowEvents` (a contract test proves it on random data) without
 * shipping every event to Node:
 *
 *   stats query ─ one GROUP BY (host, schema_hash): counts, distinct installs, sums, nearest-rank
 *                 percentiles (percentile_disc = the pure `percentileOfSorted`), newest event;
 *   outcomes    ─ one GROUP BY (host, schema_hash, install_id): each install's counts, from which
 *                 Node computes the guard's statistics with the pure `guardStatsOf`;
 *   runs cursor ─ each install's runs of a form folded by their maps (weights summed, runs
 *                 counted), in form order; each distinct set of maps of a form is sent once;
 *   Node        ─ the folded runs go through the same votes as the pure path (createWindowVotes):
 *                 every vote rule — per form, per host, per ATS family, formats — exists once, in TS.
 *
 * Averages are computed here from the exact integer sums, as the pure code does, so they agree to
 * the last bit. Run it inside one REPEATABLE READ transaction so both queries see one snapshot.
 */
export async function aggregatePostgresWindow(
  client: pg.PoolClient,
  sinceMs: number,
  support: SupportThresholds,
  voting: VotingContext = OPEN_VOTING,
): Promise<WindowAggregation> {
  const stats: FormStats[] = [];
  let eventsRead = 0;
  const outcomes = new Map<string, InstallOutcome[]>();
  for (const row of (await client.query<OutcomeRow>(OUTCOMES, [sinceMs])).rows) {
    const key = formKey(row.host, row.schema_hash);
    let form = outcomes.get(key);
    if (!form) outcomes.set(key, (form = []));
    form.push({
      installId: row.install_id,
      ok: Number(row.ok),
      verdicts: Number(row.verdicts),
      editChars: Number(row.edit_chars),
      runs: Number(row.runs),
    });
  }
  for (const row of (await client.query<StatsRow>(STATS, [sinceMs])).rows) {
    const count = Number(row.event_count);
    const verdicts = Number(row.ok) + Number(row.validation_errors);
    stats.push({
      host: row.host,
      schemaHash: row.schema_hash,
      eventCount: count,
      distinctInstalls: Number(row.distinct_installs),
      successRate: verdicts === 0 ? null : Number(row.ok) / verdicts,
      avgEditChars: Number(row.edit_chars) / count,
      avgDurationMs: Number(row.duration_sum) / count,
      p50DurationMs: row.p50,
      p90DurationMs: row.p90,
      lastEventAt: Number(row.last_event_at),
      ...guardStatsOf(outcomes.get(formKey(row.host, row.schema_hash)) ?? [], voting),
    });
    eventsRead += count;
  }

  const votes = createWindowVotes(support, voting);
  const statuses = Object.keys(RUN_WEIGHT);
  await client.query(RUNS_CURSOR, [sinceMs, statuses, statuses.map((s) => RUN_WEIGHT[s as keyof typeof RUN_WEIGHT])]);
  let form = '';
  let maps = new Map<string, { finalMap: Record<string, string>; fields: EventFieldMaps }>();
  for (;;) {
    const { rows } = await client.query<RunRow>(`FETCH FORWARD ${RUN_CHUNK} FROM window_runs`);
    if (rows.length === 0) break;
    for (const row of rows) {
      const key = formKey(row.host, row.schema_hash);
      if (key !== form) {
        form = key;
        maps = new Map();
      }
      // The first run of each set of maps carries them; the form's later runs share those objects.
      if (row.final_map !== null)
        maps.set(row.maps_id, {
          finalMap: row.final_map,
          fields: fieldMapsOf(row.field_signatures!, row.field_formats!),
        });
      const { finalMap, fields } = maps.get(row.maps_id)!;
      votes.add(
        {
          host: row.host,
          schemaHash: row.schema_hash,
          installId: row.install_id,
          finalMap,
          fieldSignatures: fields.signatures,
          fieldFormats: fields.formats,
        },
        row.weight,
        Number(row.runs),
      );
    }
  }
  await client.query('CLOSE window_runs');
  const { formMaps, fieldProfiles, flips, heldForms } = votes.finish();
  const profiles = stats.map((form) => {
    const key = formKey(form.host, form.schemaHash);
    return withMaps(form, formMaps.get(key), heldForms.has(key));
  });
  return { profiles, fieldProfiles, flips, eventsRead };
}

const RUN_CHUNK = 5_000;

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

interface OutcomeRow {
  host: string;
  schema_hash: string;
  install_id: string;
  ok: string;
  verdicts: string;
  edit_chars: string;
  runs: string;
}

interface RunRow {
  host: string;
  schema_hash: string;
  install_id: string;
  /** Numbers the distinct maps of one form (bigint, as text). */
  maps_id: string;
  weight: number;
  runs: string;
  /** Only on the first run of its maps_id in the form; null on the others. */
  final_map: Record<string, string> | null;
  field_signatures: Record<string, string> | null;
  field_formats: Record<string, string> | null;
}

// percentile_disc(p) is the first value whose position reaches p·n: ceil(p·n), the nearest rank.
// The statistics stay in the query that ORDER BY host, schema_hash: the pure path emits forms in that order.
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
  GROUP BY host, schema_hash
  ORDER BY host, schema_hash`;

const OUTCOMES = `
  SELECT host, schema_hash, install_id,
         count(*) FILTER (WHERE status = 'ok') AS ok,
         count(*) FILTER (WHERE status IN ('ok', 'validation_error')) AS verdicts,
         sum(edit_chars) AS edit_chars,
         count(*) AS runs
  FROM autofill_events
  WHERE occurred_at >= $1
  GROUP BY host, schema_hash, install_id`;

// An install mostly submits a form with the same maps: its runs are folded by (form, install, maps),
// weights summed (the weights come in as parameters from RUN_WEIGHT, the table the pure code uses)
// and runs counted. A form's distinct maps are numbered, and only the first run of each number
// carries them, so the cursor ships each map once per form instead of once per event.
const RUNS_CURSOR = `
  DECLARE window_runs NO SCROLL CURSOR FOR
  WITH folded AS (
    SELECT e.host, e.schema_hash, e.install_id, e.final_map, e.field_signatures, e.field_formats,
           sum(w.weight) AS weight, count(*) AS runs
    FROM autofill_events e
    JOIN unnest($2::text[], $3::float8[]) AS w(status, weight) ON w.status = e.status
    WHERE e.occurred_at >= $1
    GROUP BY e.host, e.schema_hash, e.install_id, e.final_map, e.field_signatures, e.field_formats
  ), numbered AS (
    SELECT *,
           dense_rank() OVER (PARTITION BY host, schema_hash ORDER BY final_map, field_signatures, field_formats) AS maps_id,
           row_number() OVER (PARTITION BY host, schema_hash, final_map, field_signatures, field_formats ORDER BY install_id) AS nth
    FROM folded
  )
  SELECT host, schema_hash, install_id, maps_id, weight::float8 AS weight, runs,
         CASE WHEN nth = 1 THEN final_map END AS final_map,
         CASE WHEN nth = 1 THEN field_signatures END AS field_signatures,
         CASE WHEN nth = 1 THEN field_formats END AS field_formats
  FROM numbered
  ORDER BY host, schema_hash, maps_id, nth`;
