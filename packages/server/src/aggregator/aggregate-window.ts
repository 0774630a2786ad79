import type { EventStore, WindowAggregation } from '../store/store-port.ts';
import { aggregateGroupedWindow } from './aggregate-grouped-window.ts';
import { aggregateProfiles } from './aggregate-profiles.ts';
import { RUN_WEIGHT } from './run-weight.ts';
import type { SupportThresholds } from './support-thresholds.ts';
import { OPEN_VOTING, type VotingContext } from './voting-context.ts';

/**
 * The aggregation of the window since `sinceMs`: from its groups when the store groups it in the
 * database (EventStore.groupedWindow), else from its events streamed in form order. Either way every
 * statistic and every vote is computed here, in the pure aggregator. Does not mutate.
 */
export function aggregateWindow(
  events: Pick<EventStore, 'windowEvents' | 'groupedWindow'>,
  sinceMs: number,
  support: SupportThresholds,
  voting: VotingContext = OPEN_VOTING,
): Promise<WindowAggregation> {
  if (events.groupedWindow)
    return events.groupedWindow(sinceMs, RUN_WEIGHT, (window) => aggregateGroupedWindow(window, support, voting));
  return aggregateProfiles(events.windowEvents(sinceMs), support, voting);
}
