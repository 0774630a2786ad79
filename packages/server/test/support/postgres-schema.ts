import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import { NO_FIELD_MAPS, parseFieldMapText } from '../../src/store/field-map-text.ts';

/**
 * PostgreSQL helpers for tests and benchmarks: a throw-away schema per test or run, so nothing
 * collides and nothing is left behind. (They live with the server package, which owns `pg`.)
 */

/** The PostgreSQL of the tests; scripts/ensure-postgres.sh prepares (and prints) the default. */
export const TEST_DATABASE_URL =
  process.env.COMPANION_TEST_DATABASE_URL || 'postgres://companion:companion@127.0.0.1:5432/companion_test';

/** A URL whose connections use `schema` (libpq's `options`, which node-postgres honours too). */
export function urlWithSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.toString();
}

/** A schema in the database at `url`, with an admin connection to it; `drop()` removes both. */
export interface FreshSchema {
  name: string;
  /** The URL with this schema as search_path: give it to createPostgresStore or a server process. */
  url: string;
  /** A connection for the test's own SQL (unqualified names resolve in `public`: qualify with `name`). */
  admin: pg.Client;
  drop(): Promise<void>;
}

/** Creates a fresh schema; a clear error (naming the way out) when PostgreSQL is not reachable. */
export async function freshSchema(prefix: string, url = TEST_DATABASE_URL): Promise<FreshSchema> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${url.replace(/:[^:@/]*@/, ':***@')} (${String(error)}). ` +
        'Start one with scripts/ensure-postgres.sh, point COMPANION_TEST_DATABASE_URL at yours, ' +
        'or set COMPANION_TEST_SKIP_POSTGRES=1 to leave the PostgreSQL half out locally.',
    );
  }
  await admin.query(`CREATE SCHEMA ${name}`);
  return {
    name,
    url: urlWithSchema(url, name),
    admin,
    async drop() {
      await admin.query(`DROP SCHEMA ${name} CASCADE`);
      await admin.end();
    },
  };
}

const COLUMNS = [
  'event_id',
  'install_id',
  'occurred_at',
  'received_at',
  'host',
  'schema_hash',
  'status',
  'duration_ms',
  'fill_ms',
  'edit_chars',
  'profile_source',
  'profile_used',
  'final_map',
  'details',
  'experiments',
  'field_signatures',
  'field_formats',
] as const;
const TYPES = [
  'text',
  'text',
  'bigint',
  'bigint',
  'text',
  'text',
  'text',
  'integer',
  'integer',
  'integer',
  'text',
  'boolean',
  'jsonb',
  'jsonb',
  'jsonb',
  'jsonb',
  'jsonb',
];
/** The columns read straight from SQLite; the field maps come from its one `field_maps` text. */
const SQLITE_COLUMNS = COLUMNS.filter((column) => column !== 'field_signatures' && column !== 'field_formats');

/**
 * Copies every event row of a SQLite database into the events table of a migrated PostgreSQL
 * store at `url`, 10 000 rows per INSERT … SELECT FROM unnest, so both backends hold exactly the
 * same rows. Returns the rows copied and the table's size on disk with its indexes.
 */
export async function copySqliteEventsToPostgres(
  sqlitePath: string,
  url: string,
): Promise<{ rows: number; bytes: number }> {
  const db = new Database(sqlitePath, { readonly: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const insert = `INSERT INTO autofill_events (${COLUMNS.join(', ')})
    SELECT ${COLUMNS.map((_, i) => `c${i}::${TYPES[i]}`).join(', ')}
    FROM unnest(${COLUMNS.map((_, i) => `$${i + 1}::text[]`).join(', ')}) AS t(${COLUMNS.map((_, i) => `c${i}`).join(', ')})`;
  let copied = 0;
  let columns: string[][] = COLUMNS.map(() => []);
  const flush = async () => {
    if (columns[0]!.length === 0) return;
    await client.query(insert, columns);
    copied += columns[0]!.length;
    columns = COLUMNS.map(() => []);
  };
  try {
    // SQLite keeps each final map and field map once, in final_maps and field_maps; PostgreSQL keeps them on the event row.
    const selected = [
      ...SQLITE_COLUMNS.map((column) =>
        column === 'final_map' ? '(SELECT map FROM final_maps WHERE id = final_map_id) AS final_map' : column,
      ),
      '(SELECT map FROM field_maps WHERE id = field_map_id) AS field_map',
    ];
    for (const row of db.prepare(`SELECT ${selected.join(', ')} FROM autofill_events`).iterate() as IterableIterator<
      Record<string, unknown>
    >) {
      const fields = typeof row.field_map === 'string' ? parseFieldMapText(row.field_map) : NO_FIELD_MAPS;
      const values: Record<string, unknown> = {
        ...row,
        field_signatures: JSON.stringify(Object.fromEntries(fields.signatures)),
        field_formats: JSON.stringify(Object.fromEntries(fields.formats)),
      };
      COLUMNS.forEach((column, i) =>
        columns[i]!.push(column === 'profile_used' ? String(values[column] === 1) : String(values[column])),
      );
      if (columns[0]!.length >= 10_000) await flush();
    }
    await flush();
    await client.query('VACUUM (ANALYZE) autofill_events');
    const size = await client.query<{ bytes: string }>(`SELECT pg_total_relation_size('autofill_events') AS bytes`);
    return { rows: copied, bytes: Number(size.rows[0]!.bytes) };
  } finally {
    db.close();
    await client.end();
  }
}
