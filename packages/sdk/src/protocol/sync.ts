import * as z from 'zod/mini';
import { LIMITS } from './limits.ts';

/**
 * The batch envelope. Events stay `unknown` here on purpose: each one is validated on its own so
 * that one bad event is rejected with a reason while the rest of the batch is stored.
 */
export const SyncRequest = z.strictObject({
  events: z.array(z.unknown()).check(z.minLength(1), z.maxLength(LIMITS.maxEventsPerBatch)),
});
export type SyncRequest = z.infer<typeof SyncRequest>;

export const RejectedEvent = z.strictObject({
  /** The event's id when it had a readable one, else null. */
  event_id: z.nullable(z.string()),
  /** Position in the batch, so a client can drop an event that had no readable id. */
  index: z.int().check(z.gte(0)),
  /** `<field path>: <what is wrong>`. */
  reason: z.string(),
});
export type RejectedEvent = z.infer<typeof RejectedEvent>;

export const SyncResponse = z.strictObject({
  accepted: z.array(z.string()),
  duplicates: z.array(z.string()),
  rejected: z.array(RejectedEvent),
});
export type SyncResponse = z.infer<typeof SyncResponse>;
