import type { ReportStore } from './report-store.ts';
import type { DefenceStore, Store } from './store-port.ts';

/** Where the data lives: a database URL selects a backend by its scheme; without one, the embedded SQLite file. */
export interface StoreLocation {
  /** SQLite file, the embedded default. */
  dbPath: string;
  /** COMPANION_DATABASE_URL (`postgres://…`); empty or absent for the embedded backend. */
  databaseUrl?: string | undefined;
  /** SQLite only: the file's size cap in bytes (0 or absent = none), see OpenDatabaseOptions. */
  dbMaxBytes?: number | undefined;
  /** PostgreSQL only: connections per process (see PostgresStoreOptions.poolSize). */
  poolSize?: number | undefined;
}

/** What `companion-server report` reads: the report rows, and the defences when the database has them. */
export interface ReportSource extends ReportStore {
  /** Undefined for a SQLite file from before the defences' tables. */
  defences: DefenceStore | undefined;
  close(): Promise<void>;
}

/**
 * One storage backend: everything the server, the CLI and the contract suite need to know of it.
 * A new backend is a folder under store/ exporting one of these, and an entry in STORE_BACKENDS.
 */
export interface StoreBackend<Name extends string = string> {
  readonly name: Name;
  /**
   * The URL schemes of COMPANION_DATABASE_URL that select it (`postgres` for `postgres://…`). The
   * embedded backend has none: it is the one an empty URL selects.
   */
  readonly urlSchemes: readonly string[];
  /** The database in words, for error messages: "the SQLite database ./data/companion.db". */
  describe(location: StoreLocation): string;
  /** The database as `serve` logs and `migrate` prints it: a path, or the backend's name (a URL may hold a password). */
  label(location: StoreLocation): string;
  /** Opens the store, migrated and ready. */
  open(location: StoreLocation): Promise<Store>;
  /** Opens the report rows and defences read-only, for `companion-server report`; refuses a database never migrated. */
  openReports(location: StoreLocation): Promise<ReportSource>;
  /** Applies the pending migrations: which it applied, and the schema version after. Mutates. */
  migrate(location: StoreLocation): Promise<{ applied: number[]; schemaVersion: number }>;
}
