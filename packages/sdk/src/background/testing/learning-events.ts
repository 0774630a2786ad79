import type { LearningEvent, SyncResponse } from '../../protocol/index.ts';
import type { SyncResult, SyncTransport } from '../sync-transport.ts';

/** Test-only: a valid LearningEvent whose event_id is derived from `n` (time-ordered shape). */
export function makeEvent(n: number, overrides: Partial<LearningEvent> = {}): LearningEvent {
  return {
    event_id: `0190f5f2-7c3a-7b1e-9d2a-${n.toString(16).padStart(12, '0')}`,
    install_id: 'install-test-0001',
    occurred_at: '2026-11-27T10:00:00.000Z',
    host: 'boards.greenhouse.io',
    schema_hash: 'v1:0123456789abcdef',
    status: 'ok',
    duration_ms: 1_000 + n,
    fill_ms: 12,
    edit_stats: { total_chars_added: 0, total_chars_deleted: 0, per_field: {} },
    suggested_map: { '[name="email"]': 'email' },
    final_map: { '[name="email"]': 'email' },
    field_sources: { '[name="email"]': 'heuristic' },
    profile_used: false,
    profile_source: 'heuristics_only',
    sdk_version: '0.1.0',
    ...overrides,
  };
}

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

export function createRecordingTransport(
  respond: RecordingTransport['respond'] = acceptAll,
): RecordingTransport {
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
