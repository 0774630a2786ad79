import { StorageUnavailableError, storageFailureOf } from '../errors/storage-failure.ts';
import type { EventStore } from '../store/store-port.ts';
import type { StorageHealth } from './storage-health.ts';
import type { StorageMetrics } from '../metrics/storage-metrics.ts';

/**
 * The event store with its writes watched: a write that fails for want of storage is counted,
 * makes the server not ready (StorageHealth) and is thrown as StorageUnavailableError, which the
 * error handler answers 503 + Retry-After (the SDK's outbox keeps the events and waits). Any
 * other failure passes through unchanged: it is a bug, answered 500.
 */
export function watchEventWrites(
  events: EventStore,
  health: StorageHealth,
  metrics: Pick<StorageMetrics, 'recordWriteFailure'>,
): EventStore {
  return {
    ...events,
    async insertEvents(...args: Parameters<EventStore['insertEvents']>) {
      try {
        const stored = await events.insertEvents(...args);
        health.recordWriteSuccess();
        return stored;
      } catch (error) {
        const reason = storageFailureOf(error);
        if (reason === undefined) throw error;
        health.recordWriteFailure(reason);
        metrics.recordWriteFailure(reason);
        throw new StorageUnavailableError(reason, { cause: error });
      }
    },
  };
}
