import type pg from 'pg';

/**
 * Runs `work` on one pooled client inside a transaction opened with `begin` (e.g. `BEGIN ISOLATION
 * LEVEL REPEATABLE READ READ ONLY`), commits, and gives the client back. On error it rolls back and
 * rethrows; a client that cannot even roll back is destroyed rather than returned to the pool.
 */
export async function withTransaction<T>(
  pool: pg.Pool,
  begin: string,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: unknown) => {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
