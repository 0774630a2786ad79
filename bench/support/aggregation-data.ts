import type Database from 'better-sqlite3';
import { createEventId } from '../../packages/sdk/src/event/event-id.ts';
import type { FieldFormat } from '../../packages/sdk/src/protocol/index.ts';
import { migrate } from '../../packages/server/src/store/sqlite/migrations.ts';
import { openDatabase } from '../../packages/server/src/store/sqlite/open-database.ts';
import { fieldMapText } from '../../packages/server/src/store/field-map-text.ts';
import { createFieldMapIds, createFinalMapIds } from '../../packages/server/src/store/sqlite/sqlite-map-text-ids.ts';
import { CANONICALS } from './synthetic-events.ts';

/** Shape of the generated window. */
export interface AggregationData {
  events: number;
  forms: number;
  /** Fields per form. */
  fields: number;
  installs: number;
  /** Events spread over this many days before now (inside the 30-day window). */
  days: number;
}

const STATUSES = [
  'ok',
  'ok',
  'ok',
  'ok',
  'ok',
  'ok',
  'validation_error',
  'validation_error',
  'cancelled',
  'error',
] as const;

/**
 * Writes `data.events` rows straight into a database with the server's schema (openDatabase +
 * migrate): arrival order is time order and forms are interleaved, as real traffic is. Every tenth
 * run maps one field differently, so votes are not unanimous. Every field has a signature from a
 * pool shared by all forms (so host and family votes see each signature on many forms), the
 * phone, date and salary fields a format, and every third form leaves one field alone. One host in
 * ten is an ATS family's (Workday), so family votes run over a tenth of the window. Indexes are
 * dropped for the bulk insert and recreated from their own SQL, so the schema ends up exactly as
 * migrated.
 */
export function generateAggregationData(path: string, data: AggregationData): void {
  const db = openDatabase(path);
  migrate(db);
  db.pragma('synchronous = OFF');
  const indexes = db
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'autofill_events' AND sql IS NOT NULL",
    )
    .all() as { name: string; sql: string }[];
  for (const { name } of indexes) db.exec(`DROP INDEX ${name}`);
  insertRows(db, data);
  for (const { sql } of indexes) db.exec(sql);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

function insertRows(db: Database.Database, data: AggregationData): void {
  const insert = db.prepare(`
    INSERT INTO autofill_events (
      event_id, install_id, occurred_at, received_at, host, schema_hash, status, duration_ms, fill_ms,
      edit_chars, profile_source, profile_used, final_map_id, details, experiments, field_map_id
    ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?)`);
  const finalMapIds = createFinalMapIds(db);
  const fieldMapIds = createFieldMapIds(db);
  const forms = db.transaction(() =>
    Array.from({ length: data.forms }, (_, k) => {
      const form = formRow(k, data.fields);
      return {
        ...form,
        finalMapId: finalMapIds.idOf(form.finalMap),
        disagreeingMapId: finalMapIds.idOf(form.disagreeingMap),
        fieldMapId: fieldMapIds.idOf(form.fieldMap),
      };
    }),
  )();
  const insertChunk = db.transaction((from: number, to: number) => {
    const startMs = Date.now() - data.days * 86_400_000;
    const stepMs = (data.days * 86_400_000) / data.events;
    for (let i = from; i < to; i += 1) {
      // A multiplicative hash spreads consecutive events over forms and installs.
      const form = forms[(i * 2_654_435_761) % data.forms]!;
      // The round (how many times every form has had a run) varies status, install and votes within a form.
      const round = Math.floor(i / data.forms);
      const install = (i * 40_503 + form.index * 7) % data.installs;
      const occurredAt = Math.floor(startMs + i * stepMs);
      const disagree = (round + form.index) % 10 === 3;
      insert.run(
        createEventId(occurredAt),
        `install-${install.toString().padStart(6, '0')}`,
        occurredAt,
        occurredAt + 500,
        form.host,
        form.schemaHash,
        STATUSES[(round + form.index) % STATUSES.length],
        15_000 + (i % 60_000),
        12,
        i % 7,
        'heuristics_only',
        0,
        disagree ? form.disagreeingMapId : form.finalMapId,
        form.details,
        form.fieldMapId,
      );
    }
  });
  const chunk = 50_000;
  for (let from = 0; from < data.events; from += chunk) insertChunk(from, Math.min(data.events, from + chunk));
}

/** Formats the synthetic fields of these canonicals are filled in. */
const FORMATS: Partial<Record<string, FieldFormat>> = {
  phone: 'phone_national',
  start_date: 'date_iso',
  salary_expectation: 'number_plain',
};

function formRow(index: number, fields: number) {
  const map: Record<string, string> = {};
  const signatures: Record<string, string> = {};
  const formats: Record<string, FieldFormat> = {};
  // Selectors differ from form to form, as on real sites: every form has maps of its own. A field's
  // signature follows its canonical through a pool twice its size, as templates name fields alike.
  for (let j = 0; j < fields; j += 1) {
    const selector = `input[name="f${index}_question_${j}"]`;
    const canonical =
      j === fields - 1 && index % 3 === 0 ? 'leave_alone' : CANONICALS[(j + index) % CANONICALS.length]!;
    map[selector] = canonical;
    signatures[selector] =
      `f1:${(((j + index) % (2 * CANONICALS.length)) + (canonical === 'leave_alone' ? 100 : 0)).toString(16).padStart(16, '0')}`;
    const format = FORMATS[canonical];
    if (format !== undefined) formats[selector] = format;
  }
  const selectors = Object.keys(map);
  const disagreeing = { ...map, [selectors[0]!]: 'full_name' };
  const details = {
    edit_per_field: { [selectors[0]!]: { added: 3, deleted: 1 } },
    suggested_map: map,
    field_sources: Object.fromEntries(selectors.map((s) => [s, 'heuristic'])),
    gen_style_id: null,
    sdk_version: '0.1.0',
  };
  const site = index % 4_000;
  return {
    index,
    host: site % 10 === 0 ? `site-${site}.wd5.myworkdayjobs.com` : `site-${site}.example.com`,
    schemaHash: `v1:${index.toString(16).padStart(16, '0')}`,
    finalMap: JSON.stringify(map),
    disagreeingMap: JSON.stringify(disagreeing),
    details: JSON.stringify(details),
    fieldMap: fieldMapText({ field_signatures: signatures, field_formats: formats })!,
  };
}
