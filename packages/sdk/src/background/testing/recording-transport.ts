import type { LearningEvent, SyncResponse } from '../../protocol/index.ts';
import type { SyncResult, SyncTransport } from '../sync-transport.ts';

/** Test-only: a 200 answer that accepts every event of the batch. */
export function acceptAll(events: readonly LearningEvent[]): SyncResult {
  const response: SyncResponse = { accepted: events.map((event) => event.event_id), duplicates: [], rejected: [] };
  return { kind: 'ok', response };
}

/** Test-only transport: records every batch and answers with `respond` (default: accept all). */
export interface RecordingTransport extends SyncTransport {
  /** Batches sent, in order, as event_id lists. */
  readonly batches: string[][];
  /** Fake-clock time of each send. */
  readonly sentAt: number[];
  respond: (events: readonly LearningEvent[], call: number) => SyncResult | Promise<SyncResult>;
}

export function createRecordingTransport(respond: RecordingTransport['respond'] = acceptAll): RecordingTransport {
  const transport: RecordingTransport = {
    batches: [],
    sentAt: [],
    respond,
    async send(events) {
      transport.batches.push(events.map((event) => event.event_id));
      transport.sentAt.push(Date.now());
      return transport.respond(events, transport.batches.length);
    },
  };
  return transport;
}
