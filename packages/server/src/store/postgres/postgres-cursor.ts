import type pg from 'pg';

/**
 * Streams the rows of one SELECT through a server-side cursor, `chunkSize` rows per FETCH, inside
 * a read-only REPEATABLE READ transaction on a dedicated pooled client: one snapshot, and only one
 * chunk in memory however many rows match (pg-cursor would do the same; this avoids the dependency).
 *
 * Leaving the loop early (break, throw) ends the transaction and gives the client back; a client
 * whose state is unknown after an error is destroyed rather than reused.
 */
export async function* streamRows<Row extends pg.QueryResultRow>(
  pool: pg.Pool,
  select: string,
  params: readonly unknown[],
  chunkSize: number,
): AsyncGenerator<Row[]> {
  if (!Number.isSafeInteger(chunkSize) || chunkSize < 1)
    throw new RangeError(`chunkSize must be a positive integer, got ${chunkSize}`);
  const client = await pool.connect();
  let open = false;
  let broken: Error | undefined;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    open = true;
    await client.query(`DECLARE stream_rows NO SCROLL CURSOR FOR ${select}`, [...params]);
    for (;;) {
      const { rows } = await client.query<Row>(`FETCH FORWARD ${chunkSize} FROM stream_rows`);
      if (rows.length === 0) break;
      yield rows;
    }
    await client.query('COMMIT');
    open = false;
  } catch (error) {
    broken = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    if (open && !broken) {
      await client.query('ROLLBACK').catch((error: unknown) => {
        broken = error instanceof Error ? error : new Error(String(error));
      });
    }
    client.release(broken);
  }
}
