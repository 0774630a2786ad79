/** What a PostgreSQL advisory lock of the store guards. */
export type PostgresLockName = 'migrate' | 'aggregator-claim';

/**
 * SQL for the bigint key of one advisory lock. The key includes the current schema, so stores in
 * different schemas of one database (tests, several deployments) never wait on each other.
 */
export function lockKeySql(name: PostgresLockName): string {
  return `hashtextextended(current_schema() || '/companion-autofill/${name}', 0)`;
}
