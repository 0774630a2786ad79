import type pg from 'pg';
import { fieldMapsOf, type EventFieldMaps } from '../field-map-text.ts';
import { formKey } from '../form-key.ts';
import type { FoldedRun, FormInstallTotals, FormTotals, GroupedWindow, RunWeights } from '../grouped-window.ts';

/**
 * The window grouped by PostgreSQL (see GroupedWindow), so that not every event and its maps travel
 * to Node; the vote itself runs on these groups in Node, in the pure aggregator:
 *
 *   forms    ─ one GROUP BY (host, schema_hash): counts, distinct installs, sums, nearest-rank
 *              percentiles (percentile_disc = the pure `percentileOfSorted`), newest event;
 *   installs ─ one GROUP BY (host, schema_hash, install_id): each install's counts, from which the
 *              aggregator computes the guard's statistics;
 *   runs     ─ a cursor over each install's runs of a form folded by their maps (weights summed,
 *              runs counted), in form order; each distinct set of maps of a form is sent once.
 *
 * Run it inside one REPEATABLE READ transaction on `client`, so all three see one snapshot; `runs`
 * reads the cursor lazily, so iterate it before the transaction ends.
 */
export async function groupPostgresWindow(
  client: pg.PoolClient,
  sinceMs: number,
  runWeights: RunWeights,
): Promise<GroupedWindow> {
  const installs = (await client.query<InstallRow>(INSTALLS, [sinceMs])).rows.map((row): FormInstallTotals => ({
    host: row.host,
    schemaHash: row.schema_hash,
    installId: row.install_id,
    ok: Number(row.ok),
    verdicts: Number(row.verdicts),
    editChars: Number(row.edit_chars),
    runs: Number(row.runs),
  }));
  const forms = (await client.query<FormRow>(FORMS, [sinceMs])).rows.map((row): FormTotals => ({
    host: row.host,
    schemaHash: row.schema_hash,
    events: Number(row.events),
    distinctInstalls: Number(row.distinct_installs),
    ok: Number(row.ok),
    validationErrors: Number(row.validation_errors),
    editChars: Number(row.edit_chars),
    durationMs: Number(row.duration_ms),
    p50DurationMs: row.p50,
    p90DurationMs: row.p90,
    lastEventAt: Number(row.last_event_at),
  }));
  return { forms, installs, runs: foldedRuns(client, sinceMs, runWeights) };
}

const RUN_CHUNK = 5_000;

async function* foldedRuns(
  client: pg.PoolClient,
  sinceMs: number,
  runWeights: RunWeights,
): AsyncGenerator<FoldedRun[]> {
  const statuses = Object.keys(runWeights) as (keyof RunWeights)[];
  await client.query(RUNS_CURSOR, [sinceMs, statuses, statuses.map((status) => runWeights[status])]);
  let form = '';
  let maps = new Map<string, { finalMap: Record<string, string>; fields: EventFieldMaps }>();
  for (;;) {
    const { rows } = await client.query<RunRow>(`FETCH FORWARD ${RUN_CHUNK} FROM window_runs`);
    if (rows.length === 0) break;
    yield rows.map((row) => {
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
      return {
        host: row.host,
        schemaHash: row.schema_hash,
        installId: row.install_id,
        finalMap,
        fieldSignatures: fields.signatures,
        fieldFormats: fields.formats,
        weight: row.weight,
        runs: Number(row.runs),
      };
    });
  }
  await client.query('CLOSE window_runs');
}

// count/sum of bigint arrive as text.
interface FormRow {
  host: string;
  schema_hash: string;
  events: string;
  distinct_installs: string;
  ok: string;
  validation_errors: string;
  edit_chars: string;
  duration_ms: string;
  p50: number;
  p90: number;
  last_event_at: string;
}

interface InstallRow {
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
const FORMS = `
  SELECT host, schema_hash,
         count(*) AS events,
         count(DISTINCT install_id) AS distinct_installs,
         count(*) FILTER (WHERE status = 'ok') AS ok,
         count(*) FILTER (WHERE status = 'validation_error') AS validation_errors,
         sum(edit_chars) AS edit_chars,
         sum(duration_ms) AS duration_ms,
         percentile_disc(0.5) WITHIN GROUP (ORDER BY duration_ms)::float8 AS p50,
         percentile_disc(0.9) WITHIN GROUP (ORDER BY duration_ms)::float8 AS p90,
         max(occurred_at) AS last_event_at
  FROM autofill_events
  WHERE occurred_at >= $1
  GROUP BY host, schema_hash
  ORDER BY host, schema_hash`;

const INSTALLS = `
  SELECT host, schema_hash, install_id,
         count(*) FILTER (WHERE status = 'ok') AS ok,
         count(*) FILTER (WHERE status IN ('ok', 'validation_error')) AS verdicts,
         sum(edit_chars) AS edit_chars,
         count(*) AS runs
  FROM autofill_events
  WHERE occurred_at >= $1
  GROUP BY host, schema_hash, install_id`;

// An install mostly submits a form with the same maps: its runs are folded by (form, install, maps),
// weights summed (the weights come in as parameters, from the aggregator's table) and runs counted.
// A form's distinct maps are numbered, and only the first run of each number carries them, so the
// cursor ships each map once per form instead of once per event.
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
