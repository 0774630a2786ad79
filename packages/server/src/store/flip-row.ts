import type { StoredFlip } from './store-port.ts';

/** A mapping_flips row as either store reads it (PostgreSQL sends bigints as text). */
export interface FlipRow {
  run_id: number | string;
  flipped_at: number | string;
  host: string;
  schema_hash: string;
  selector: string;
  from_canonical: string;
  to_canonical: string;
}

export function flipFromRow(r: FlipRow): StoredFlip {
  return {
    runId: Number(r.run_id),
    flippedAt: Number(r.flipped_at),
    host: r.host,
    schemaHash: r.schema_hash,
    selector: r.selector,
    from: r.from_canonical,
    to: r.to_canonical,
  };
}
