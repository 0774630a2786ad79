import type { LearningEvent, SyncResponse } from '../protocol/index.ts';

/** Why a send failed in a way worth retrying later with backoff. */
export const TRANSIENT_REASONS = [
  'network',
  'timeout',
  'server_error',
  'rate_limited',
  'unexpected_status',
  'invalid_response',
  'incomplete_response',
] as const;
export type TransientReason = (typeof TRANSIENT_REASONS)[number];

/**
 * What one send produced. Closed union: the outbox switches on `kind` exhaustively.
 * - ok: the server answered per event (accepted / duplicates / rejected).
 * - retry_after: the server asked to wait `ms` (429 or 503 with Retry-After).
 * - transient: nothing was decided; retry later with backoff.
 * - rejected_batch: the server refused the whole batch (400, 413, 422); the outbox splits it.
 */
export type SyncResult =
  | { kind: 'ok'; response: SyncResponse }
  | { kind: 'retry_after'; ms: number }
  | { kind: 'transient'; reason: TransientReason }
  | { kind: 'rejected_batch'; status: number };

/**
 * The port the outbox sends through: `createKySyncTransport` over HTTP, an in-memory fake in
 * tests. `send` never throws; every failure is a {@link SyncResult}.
 */
export interface SyncTransport {
  send(events: readonly LearningEvent[]): Promise<SyncResult>;
}
