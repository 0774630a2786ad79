import type Database from 'better-sqlite3';

/**
 * Versioned schema migrations, applied in order; `PRAGMA user_version` records the last applied.
 * Append only: never edit a migration that has shipped.
 */
export const MIGRATIONS: readonly { version: number; description: string; sql: string }[] = [
  {
    version: 1,
    description: 'events, form profiles, aggregator runs and lease',
    sql: `
      CREATE TABLE autofill_events (
        event_id        TEXT PRIMARY KEY,
        install_id      TEXT NOT NULL,
        occurred_at     INTEGER NOT NULL,  -- ms since epoch
        received_at     INTEGER NOT NULL,
        host            TEXT NOT NULL,
        schema_hash     TEXT NOT NULL,
        status          TEXT NOT NULL,
        duration_ms     INTEGER NOT NULL,
        fill_ms         INTEGER NOT NULL,
        edit_chars      INTEGER NOT NULL,  -- added + deleted
        profile_source  TEXT NOT NULL,
        profile_used    INTEGER NOT NULL,
        final_map       TEXT NOT NULL,     -- JSON selector -> canonical: the votes
        details         TEXT NOT NULL      -- JSON: the rest of the event, for later analyses
      );
      -- The aggregator streams the window ordered by form, one form at a time.
      CREATE INDEX autofill_events_form_time ON autofill_events (host, schema_hash, occurred_at);

      CREATE TABLE form_profiles (
        host               TEXT NOT NULL,
        schema_hash        TEXT NOT NULL,
        canonical_map      TEXT NOT NULL,
        event_count        INTEGER NOT NULL,
        distinct_installs  INTEGER NOT NULL,
        success_rate       REAL,
        avg_edit_chars     REAL NOT NULL,
        avg_duration_ms    REAL NOT NULL,
        p50_duration_ms    REAL NOT NULL,
        p90_duration_ms    REAL NOT NULL,
        last_event_at      INTEGER NOT NULL,
        run_id             INTEGER NOT NULL,
        PRIMARY KEY (host, schema_hash)
      ) WITHOUT ROWID;

      CREATE TABLE aggregator_runs (
        run_id            INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at        INTEGER NOT NULL,
        finished_at       INTEGER,
        status            TEXT NOT NULL CHECK (status IN ('running', 'ok', 'err')),
        lookback_days     INTEGER NOT NULL,
        events_read       INTEGER NOT NULL DEFAULT 0,
        profiles_updated  INTEGER NOT NULL DEFAULT 0,
        error             TEXT
      );

      -- One row: who may aggregate now. A lease, so a crashed holder cannot block forever.
      CREATE TABLE aggregator_lease (
        name        TEXT PRIMARY KEY,
        owner       TEXT NOT NULL,
        expires_at  INTEGER NOT NULL
      );
    `,
  },
  {
    version: 2,
    description: 'experiment arms as a column; events by install (data deletion, user stats)',
    sql: `
      ALTER TABLE autofill_events ADD COLUMN experiments TEXT NOT NULL DEFAULT '{}';  -- JSON name -> arm
      CREATE INDEX autofill_events_install ON autofill_events (install_id, occurred_at);
    `,
  },
  {
    version: 3,
    description: 'final maps stored once each; the aggregator window read from one covering index',
    sql: `
      -- Runs of a form nearly always end with the same final map: the text is kept once, the
      -- events point at it, and the window index below then carries everything the aggregator
      -- reads, so a run scans one index in form order instead of visiting every row at random.
      CREATE TABLE final_maps (
        id   INTEGER PRIMARY KEY,
        map  TEXT NOT NULL UNIQUE  -- JSON selector -> canonical: the votes
      );
      INSERT INTO final_maps (map) SELECT DISTINCT final_map FROM autofill_events;
      ALTER TABLE autofill_events ADD COLUMN final_map_id INTEGER REFERENCES final_maps (id);
      UPDATE autofill_events SET final_map_id = (SELECT id FROM final_maps WHERE map = autofill_events.final_map);
      DROP INDEX autofill_events_form_time;
      ALTER TABLE autofill_events DROP COLUMN final_map;
      CREATE INDEX autofill_events_form_window ON autofill_events
        (host, schema_hash, occurred_at, install_id, status, duration_ms, edit_chars, final_map_id);
    `,
  },
  {
    version: 4,
    description: 'a version that moves only when a run replaces the profiles',
    sql: `
      -- Readers cache profiles until this moves. Events are written all the time, so "the database
      -- changed" would drop that cache with every sync.
      CREATE TABLE profiles_version (
        id       INTEGER PRIMARY KEY CHECK (id = 1),
        version  INTEGER NOT NULL
      );
      INSERT INTO profiles_version (id, version) VALUES (1, 0);
    `,
  },
  {
    version: 5,
    description: 'field signatures and formats of events (stored once each), learned formats, field profiles',
    sql: `
      -- An event's field signatures and formats, as one JSON text {"signatures":{…},"formats":{…}}
      -- (see field-map-text.ts), kept once like final maps: a form's runs nearly always share it.
      -- NULL for events that carried neither.
      CREATE TABLE field_maps (
        id   INTEGER PRIMARY KEY,
        map  TEXT NOT NULL UNIQUE
      );
      ALTER TABLE autofill_events ADD COLUMN field_map_id INTEGER REFERENCES field_maps (id);
      -- The window index carries the new column too, so a run still reads one index and no row.
      DROP INDEX autofill_events_form_window;
      CREATE INDEX autofill_events_form_window ON autofill_events
        (host, schema_hash, occurred_at, install_id, status, duration_ms, edit_chars, final_map_id, field_map_id);

      ALTER TABLE form_profiles ADD COLUMN format_map TEXT NOT NULL DEFAULT '{}';  -- JSON selector -> format

      -- What the votes over a host's forms (scope 'host', key = host) and over an ATS family's forms
      -- (scope 'family', key = family name) elected per field signature, one row per scope key (they
      -- are read together); replaced with the form profiles.
      CREATE TABLE field_profiles (
        scope   TEXT NOT NULL CHECK (scope IN ('host', 'family')),
        key     TEXT NOT NULL,
        fields  TEXT NOT NULL,  -- JSON [[signature, canonical, format or null, installs], …]
        run_id  INTEGER NOT NULL,
        PRIMARY KEY (scope, key)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 6,
    description:
      'Sybil defences: network keys, install history, quarantines, pinned profiles, mapping flips, guard statistics',
    sql: `
      -- A keyed hash of the sender's /24 or /48 (never the address); '' for events stored before.
      ALTER TABLE autofill_events ADD COLUMN network_key TEXT NOT NULL DEFAULT '';

      -- Each install's history, kept at ingest: when and from which network it was first seen
      -- (server time), and how many of its events were stored. An install votes once it has one.
      CREATE TABLE installs (
        install_id     TEXT PRIMARY KEY,
        first_seen_at  INTEGER NOT NULL,
        network_key    TEXT NOT NULL,
        accepted_runs  INTEGER NOT NULL
      ) WITHOUT ROWID;
      INSERT INTO installs (install_id, first_seen_at, network_key, accepted_runs)
        SELECT install_id, min(received_at), '', count(*) FROM autofill_events GROUP BY install_id;

      -- Installs and networks an operator excluded from the votes and the guard.
      CREATE TABLE quarantines (
        kind        TEXT NOT NULL CHECK (kind IN ('install', 'network')),
        key         TEXT NOT NULL,
        created_at  INTEGER NOT NULL,
        PRIMARY KEY (kind, key)
      ) WITHOUT ROWID;

      -- Known-good maps an operator pinned: served for the form whatever the aggregation elects.
      CREATE TABLE pinned_profiles (
        host           TEXT NOT NULL,
        schema_hash    TEXT NOT NULL,
        canonical_map  TEXT NOT NULL,
        format_map     TEXT NOT NULL,
        pinned_at      INTEGER NOT NULL,
        PRIMARY KEY (host, schema_hash)
      ) WITHOUT ROWID;

      -- Served mappings a committed run moved to another name.
      CREATE TABLE mapping_flips (
        run_id          INTEGER NOT NULL,
        flipped_at      INTEGER NOT NULL,
        host            TEXT NOT NULL,
        schema_hash     TEXT NOT NULL,
        selector        TEXT NOT NULL,
        from_canonical  TEXT NOT NULL,
        to_canonical    TEXT NOT NULL
      );
      CREATE INDEX mapping_flips_run ON mapping_flips (run_id);

      -- What the guard reads (per install and network, see guardStatsOf) and who voted; profiles
      -- stored before keep their pooled statistics until the next run.
      ALTER TABLE form_profiles ADD COLUMN guard_success_rate REAL;
      ALTER TABLE form_profiles ADD COLUMN guard_edit_chars REAL NOT NULL DEFAULT 0;
      ALTER TABLE form_profiles ADD COLUMN distinct_networks INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE form_profiles ADD COLUMN vote_alarm TEXT;
      UPDATE form_profiles SET guard_success_rate = success_rate, guard_edit_chars = avg_edit_chars;
    `,
  },
  {
    version: 7,
    description: "aggregator runs may end 'abandoned' (reaped after their process died)",
    // SQLite cannot change a CHECK in place: the table is rebuilt (nothing references it).
    sql: `
      CREATE TABLE aggregator_runs_v7 (
        run_id            INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at        INTEGER NOT NULL,
        finished_at       INTEGER,
        status            TEXT NOT NULL CHECK (status IN ('running', 'ok', 'err', 'abandoned')),
        lookback_days     INTEGER NOT NULL,
        events_read       INTEGER NOT NULL DEFAULT 0,
        profiles_updated  INTEGER NOT NULL DEFAULT 0,
        error             TEXT
      );
      INSERT INTO aggregator_runs_v7 (run_id, started_at, finished_at, status, lookback_days, events_read, profiles_updated, error)
        SELECT run_id, started_at, finished_at, status, lookback_days, events_read, profiles_updated, error FROM aggregator_runs;
      DROP TABLE aggregator_runs;
      ALTER TABLE aggregator_runs_v7 RENAME TO aggregator_runs;
    `,
  },
];

/** Applies pending migrations in one transaction each. Returns the versions applied. Mutates. */
export function migrate(db: Database.Database): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  const applied: number[] = [];
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
    applied.push(migration.version);
  }
  return applied;
}

/** The schema version the database is at. */
export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}
