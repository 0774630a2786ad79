import type pg from 'pg';
import { lockKeySql } from './postgres-lock-key.ts';
import { withTransaction } from './postgres-transaction.ts';

/**
 * Versioned schema migrations of the PostgreSQL store, applied in order; the `schema_migrations`
 * table records each applied version. Append only: never edit a migration that has shipped.
 *
 * The schema mirrors the SQLite one (times stay ms since epoch in bigint, so both stores answer
 * the port alike), with PostgreSQL types where they pay: jsonb for maps (the aggregation reads
 * `final_map` with jsonb_each_text), "C" collation on keys (byte order as SQLite, cheaper compares).
 */
export const POSTGRES_MIGRATIONS: readonly { version: number; description: string; sql: string }[] = [
  {
    version: 1,
    description: 'events, form profiles, aggregator runs and lease',
    sql: `
      CREATE TABLE autofill_events (
        event_id        text COLLATE "C" PRIMARY KEY,
        install_id      text COLLATE "C" NOT NULL,
        occurred_at     bigint NOT NULL,  -- ms since epoch
        received_at     bigint NOT NULL,
        host            text COLLATE "C" NOT NULL,
        schema_hash     text COLLATE "C" NOT NULL,
        status          text NOT NULL CHECK (status IN ('ok', 'validation_error', 'cancelled', 'error')),
        duration_ms     integer NOT NULL,
        fill_ms         integer NOT NULL,
        edit_chars      integer NOT NULL,  -- added + deleted
        profile_source  text NOT NULL,
        profile_used    boolean NOT NULL,
        final_map       jsonb NOT NULL,    -- selector -> canonical: the votes
        details         jsonb NOT NULL,    -- the rest of the event, for later analyses
        experiments     jsonb NOT NULL DEFAULT '{}'  -- name -> arm
      );
      CREATE INDEX autofill_events_form_time ON autofill_events (host, schema_hash, occurred_at);
      CREATE INDEX autofill_events_install ON autofill_events (install_id, occurred_at);
      -- Events arrive roughly in time order: a BRIN index finds the lookback window for a few pages.
      CREATE INDEX autofill_events_occurred_brin ON autofill_events USING brin (occurred_at);

      CREATE TABLE form_profiles (
        host               text COLLATE "C" NOT NULL,
        schema_hash        text COLLATE "C" NOT NULL,
        canonical_map      jsonb NOT NULL,
        event_count        integer NOT NULL,
        distinct_installs  integer NOT NULL,
        success_rate       double precision,
        avg_edit_chars     double precision NOT NULL,
        avg_duration_ms    double precision NOT NULL,
        p50_duration_ms    double precision NOT NULL,
        p90_duration_ms    double precision NOT NULL,
        last_event_at      bigint NOT NULL,
        run_id             bigint NOT NULL,
        PRIMARY KEY (host, schema_hash)
      );

      CREATE TABLE aggregator_runs (
        run_id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        started_at        bigint NOT NULL,
        finished_at       bigint,
        status            text NOT NULL CHECK (status IN ('running', 'ok', 'err')),
        lookback_days     integer NOT NULL,
        events_read       bigint NOT NULL DEFAULT 0,
        profiles_updated  integer NOT NULL DEFAULT 0,
        error             text
      );
      CREATE INDEX aggregator_runs_started ON aggregator_runs (started_at);

      -- One row: who may aggregate now. A lease, so a crashed holder cannot block forever.
      CREATE TABLE aggregator_lease (
        name        text PRIMARY KEY,
        owner       text NOT NULL,
        expires_at  bigint NOT NULL
      );
    `,
  },
  {
    version: 2,
    description: 'field signatures and formats of events, learned formats, field profiles',
    sql: `
      -- On the event row like final_map ('{}' when the event carried none: a catalog default,
      -- so old rows are not rewritten). The aggregation folds a form's identical maps in SQL.
      ALTER TABLE autofill_events
        ADD COLUMN field_signatures jsonb NOT NULL DEFAULT '{}',  -- selector -> field signature
        ADD COLUMN field_formats    jsonb NOT NULL DEFAULT '{}';  -- selector -> field format

      ALTER TABLE form_profiles ADD COLUMN format_map jsonb NOT NULL DEFAULT '{}';  -- selector -> format

      -- What the votes over a host's forms (scope 'host', key = host) and over an ATS family's forms
      -- (scope 'family', key = family name) elected per field signature, one row per scope key (they
      -- are read together); replaced with the form profiles.
      CREATE TABLE field_profiles (
        scope   text NOT NULL CHECK (scope IN ('host', 'family')),
        key     text COLLATE "C" NOT NULL,
        fields  jsonb NOT NULL,  -- [[signature, canonical, format or null, installs], …]
        run_id  bigint NOT NULL,
        PRIMARY KEY (scope, key)
      );
    `,
  },
  {
    version: 3,
    description:
      'Sybil defences: network keys, install history, quarantines, pinned profiles, mapping flips, guard statistics',
    sql: `
      -- A keyed hash of the sender's /24 or /48 (never the address); '' for events stored before.
      ALTER TABLE autofill_events ADD COLUMN network_key text COLLATE "C" NOT NULL DEFAULT '';

      -- Each install's history, kept at ingest: when and from which network it was first seen
      -- (server time), and how many of its events were stored. An install votes once it has one.
      CREATE TABLE installs (
        install_id     text COLLATE "C" PRIMARY KEY,
        first_seen_at  bigint NOT NULL,
        network_key    text COLLATE "C" NOT NULL,
        accepted_runs  bigint NOT NULL
      );
      INSERT INTO installs (install_id, first_seen_at, network_key, accepted_runs)
        SELECT install_id, min(received_at), '', count(*) FROM autofill_events GROUP BY install_id;

      -- Installs and networks an operator excluded from the votes and the guard.
      CREATE TABLE quarantines (
        kind        text NOT NULL CHECK (kind IN ('install', 'network')),
        key         text COLLATE "C" NOT NULL,
        created_at  bigint NOT NULL,
        PRIMARY KEY (kind, key)
      );

      -- Known-good maps an operator pinned: served for the form whatever the aggregation elects.
      CREATE TABLE pinned_profiles (
        host           text COLLATE "C" NOT NULL,
        schema_hash    text COLLATE "C" NOT NULL,
        canonical_map  jsonb NOT NULL,
        format_map     jsonb NOT NULL,
        pinned_at      bigint NOT NULL,
        PRIMARY KEY (host, schema_hash)
      );

      -- Served mappings a committed run moved to another name.
      CREATE TABLE mapping_flips (
        run_id          bigint NOT NULL,
        flipped_at      bigint NOT NULL,
        host            text COLLATE "C" NOT NULL,
        schema_hash     text COLLATE "C" NOT NULL,
        selector        text COLLATE "C" NOT NULL,
        from_canonical  text NOT NULL,
        to_canonical    text NOT NULL
      );
      CREATE INDEX mapping_flips_run ON mapping_flips (run_id);

      -- What the guard reads (per install and network, see guardStatsOf) and who voted; profiles
      -- stored before keep their pooled statistics until the next run.
      ALTER TABLE form_profiles
        ADD COLUMN guard_success_rate double precision,
        ADD COLUMN guard_edit_chars double precision NOT NULL DEFAULT 0,
        ADD COLUMN distinct_networks integer NOT NULL DEFAULT 0,
        ADD COLUMN vote_alarm text;
      UPDATE form_profiles SET guard_success_rate = success_rate, guard_edit_chars = avg_edit_chars;
    `,
  },
  {
    version: 4,
    description: "aggregator runs may end 'abandoned' (reaped after their process died)",
    sql: `
      ALTER TABLE aggregator_runs DROP CONSTRAINT aggregator_runs_status_check;
      ALTER TABLE aggregator_runs ADD CONSTRAINT aggregator_runs_status_check CHECK (status IN ('running', 'ok', 'err', 'abandoned'));
    `,
  },
];

/**
 * Applies pending migrations and returns the versions applied. Mutates.
 *
 * Everything happens in one transaction (DDL is transactional in PostgreSQL): either the schema
 * moves to the newest version or it stays where it was. Replicas start at the same time: a
 * transaction-scoped advisory lock (per schema), taken before even `CREATE TABLE IF NOT EXISTS
 * schema_migrations` (not safe under concurrency by itself), makes the others wait until the first
 * has committed, after which they find nothing left to do. Transaction-scoped, so it also holds
 * behind a transaction-pooling PgBouncer. A future migration that cannot run in a transaction
 * (CREATE INDEX CONCURRENTLY) needs its own step.
 */
export async function migratePostgres(pool: pg.Pool): Promise<number[]> {
  return withTransaction(pool, 'BEGIN', async (client) => {
    await client.query(`SELECT pg_advisory_xact_lock(${lockKeySql('migrate')})`);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version      integer PRIMARY KEY,
      description  text NOT NULL,
      applied_at   timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => r.version));
    const applied: number[] = [];
    for (const migration of POSTGRES_MIGRATIONS) {
      if (done.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, description) VALUES ($1, $2)', [
        migration.version,
        migration.description,
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}

/** The newest applied version, 0 for a database never migrated. Does not mutate. */
export async function postgresSchemaVersion(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ version: number | null }>(
    `SELECT CASE WHEN to_regclass('schema_migrations') IS NULL THEN 0 END AS version`,
  );
  if (rows[0]?.version === 0) return 0;
  const result = await pool.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
  return result.rows[0]?.version ?? 0;
}
