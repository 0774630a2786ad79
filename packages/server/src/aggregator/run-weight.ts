import type { RunWeights } from '../store/grouped-window.ts';

/**
 * How much a run's vote counts, by how it ended: a successful submit is the strongest evidence that
 * the final mapping was right; an error tells least. A backend that groups the window
 * (EventStore.groupedWindow) sums runs with this same table.
 */
export const RUN_WEIGHT: RunWeights = {
  ok: 1,
  validation_error: 0.5,
  cancelled: 0.5,
  error: 0.25,
};
