/**
 * Why the database cannot take writes now. Closed list: it is the `reason` label of
 * applylens_autofill_db_write_failures_total and what /readyz reports.
 * - full: the disk or the database's size cap (SQLITE_FULL, PostgreSQL 53100 disk_full);
 * - read_only: the file or the server refuses writes (SQLITE_READONLY*, PostgreSQL 25006);
 * - io: the disk failed a read or write (SQLITE_IOERR*, SQLITE_CANTOPEN);
 * - busy: another process holds the lock past busy_timeout (SQLITE_BUSY, SQLITE_LOCKED);
 * - unavailable: the database server is out of resources or cannot be reached.
 */
export const STORAGE_FAILURE_REASONS = ['full', 'read_only', 'io', 'busy', 'unavailable'] as const;
export type StorageFailureReason = (typeof STORAGE_FAILURE_REASONS)[number];

/** An error that says the database cannot take writes for now; retrying later can succeed. */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
  readonly code = 'CA_ERR_STORAGE_UNAVAILABLE';
  constructor(
    readonly reason: StorageFailureReason,
    options?: ErrorOptions,
  ) {
    super(`storage unavailable: ${reason}`, options);
  }
}

const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);

/**
 * The reason an error means "the database cannot take writes now", or undefined for any other
 * error (a bug, a constraint): those stay 500s. Reads the `code` better-sqlite3 and pg put on
 * their errors. Pure.
 */
export function storageFailureOf(error: unknown): StorageFailureReason | undefined {
  if (error instanceof StorageUnavailableError) return error.reason;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'SQLITE_FULL' || code === '53100') return 'full';
  if (code.startsWith('SQLITE_READONLY') || code === '25006') return 'read_only';
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN') || code === '58030') return 'io';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === '55P03') return 'busy';
  // 53xxx insufficient resources, 57P0x shutdown / cannot connect now, 08xxx connection exceptions.
  if (/^(53|08)[0-9A-Z]{3}$/.test(code) || /^57P0[1-3]$/.test(code) || CONNECTION_ERRORS.has(code))
    return 'unavailable';
  return undefined;
}
