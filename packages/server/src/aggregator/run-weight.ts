import type { AggregationRow } from '../store/store-port.ts';

/**
 * How much a run's vote counts, by how it ended: a successful submit is the strongest evidence that
 * the final mapping was right; an error tells least. The PostgreSQL aggregation reads the same table.
 */
export const RUN_WEIGHT: Readonly<Record<AggregationRow['status'], number>> = {
  ok: 1,
  validation_error: 0.5,
  cancelled: 0.5,
  error: 0.25,
};
