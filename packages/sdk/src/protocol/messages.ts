import * as z from 'zod/mini';
import { CanonicalName, FieldFormat, Host, InstallId, SchemaHash, selectorMap } from './field-names.ts';
import { Experiments, LearningEvent } from './learning-event.ts';
import { FieldPredictions, GUARD_REASONS, PROFILE_STATUSES } from './profile.ts';

/**
 * The content ↔ background message contract (extension-internal, never on the network).
 *
 * Every request is one member of the `Message` union, discriminated on `type`. Every reply is a
 * `MessageReply`: `{ ok: true, data }` with the per-type response below, or `{ ok: false, error }`
 * with a closed error code. Replies cross the boundary as structured clones, so they are plain data.
 */

/** Every message type the background answers. */
export const MESSAGE_TYPES = ['profile.get', 'event.queue', 'outbox.flush', 'stats.get'] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

/** Ask for the learned profile of one form. */
export const ProfileGetMessage = z.strictObject({
  type: z.literal('profile.get'),
  host: Host,
  schema_hash: SchemaHash,
  install_id: z.optional(InstallId),
});

/** Hand one finished run to the outbox. */
export const EventQueueMessage = z.strictObject({
  type: z.literal('event.queue'),
  event: LearningEvent,
});

/** Send what is pending now (popup "sync now"); still honours backoff and Retry-After. */
export const OutboxFlushMessage = z.strictObject({ type: z.literal('outbox.flush') });

/** Read the outbox counters (popup stats). */
export const StatsGetMessage = z.strictObject({ type: z.literal('stats.get') });

/** Any request the background accepts. Parse unknown input with this schema, never cast. */
export const Message = z.discriminatedUnion('type', [
  ProfileGetMessage,
  EventQueueMessage,
  OutboxFlushMessage,
  StatsGetMessage,
]);
export type Message = z.infer<typeof Message>;

/** The request of one message type. */
export type MessageOf<K extends MessageType> = Extract<Message, { type: K }>;

/**
 * Why a profile could not be fetched. The content side treats all of them alike (no server map);
 * they stay distinct for stats and tests.
 */
export const PROFILE_UNAVAILABLE_REASONS = [
  'offline',
  'timeout',
  'http_error',
  'invalid_body',
  'invalid_query',
] as const;
export const ProfileUnavailableReason = z.enum(PROFILE_UNAVAILABLE_REASONS);
export type ProfileUnavailableReason = z.infer<typeof ProfileUnavailableReason>;

/** Server statuses plus `unavailable`: the server could not be asked or answered nonsense. */
export const PROFILE_LOOKUP_STATUSES = [...PROFILE_STATUSES, 'unavailable'] as const;

/**
 * Reply to `profile.get`. `canonical_map` and `format_map` are empty unless status is ok;
 * `field_predictions` is the server's as it came (empty when it sent none or was unavailable).
 */
export const ProfileGetResponse = z.strictObject({
  status: z.enum(PROFILE_LOOKUP_STATUSES),
  reason: z.optional(z.enum([...GUARD_REASONS, ...PROFILE_UNAVAILABLE_REASONS])),
  canonical_map: selectorMap(CanonicalName),
  format_map: selectorMap(FieldFormat),
  field_predictions: FieldPredictions,
  experiments: Experiments,
});
export type ProfileGetResponse = z.infer<typeof ProfileGetResponse>;

/** Why `event.queue` did not queue an event. */
export const QUEUE_SKIP_REASONS = ['duplicate', 'overflow', 'storage_failed'] as const;
export const QueueSkipReason = z.enum(QUEUE_SKIP_REASONS);
export type QueueSkipReason = z.infer<typeof QueueSkipReason>;

/** Reply to `event.queue`: queued means it is persisted and will be sent. */
export const EventQueueResponse = z.strictObject({
  queued: z.boolean(),
  reason: z.optional(QueueSkipReason),
});
export type EventQueueResponse = z.infer<typeof EventQueueResponse>;

const Count = z.int().check(z.gte(0));

/** Reply to `outbox.flush`: events the server took in this flush, and what is still queued. */
export const OutboxFlushResponse = z.strictObject({ sent: Count, pending: Count });
export type OutboxFlushResponse = z.infer<typeof OutboxFlushResponse>;

/** Why the outbox dropped events for good. Closed list: it feeds stats and tests. */
export const DROP_REASONS = ['rejected', 'overflow'] as const;
export type DropReason = (typeof DROP_REASONS)[number];

/** Reply to `stats.get`. Counters are totals since install (persisted with the outbox). */
export const StatsGetResponse = z.strictObject({
  pending: Count,
  sent: Count,
  duplicates: Count,
  dropped: z.strictObject({ rejected: Count, overflow: Count }),
  /** Epoch ms before which the outbox will not send (backoff or Retry-After); null when free. */
  next_attempt_at: z.nullable(Count),
});
export type StatsGetResponse = z.infer<typeof StatsGetResponse>;

/** The response schema of each message type. */
export const MESSAGE_RESPONSES = {
  'profile.get': ProfileGetResponse,
  'event.queue': EventQueueResponse,
  'outbox.flush': OutboxFlushResponse,
  'stats.get': StatsGetResponse,
} as const;

/** The response of one message type. */
export type ResponseOf<K extends MessageType> = z.infer<(typeof MESSAGE_RESPONSES)[K]>;

/**
 * Why the background refused a message. invalid_message: failed the schema; forbidden_sender: not
 * this extension; handler_failed: the handler threw (a bug — the reply never carries its details).
 */
export const MESSAGE_ERROR_CODES = ['invalid_message', 'forbidden_sender', 'handler_failed'] as const;
export const MessageErrorCode = z.enum(MESSAGE_ERROR_CODES);
export type MessageErrorCode = z.infer<typeof MessageErrorCode>;

/** The error side of a reply. `message` is `<path>: <problem>`, never a field value. */
export const MessageError = z.strictObject({
  ok: z.literal(false),
  error: z.strictObject({ code: MessageErrorCode, message: z.string() }),
});
export type MessageError = z.infer<typeof MessageError>;

/** A reply for message type K: success with its response, or an error. */
export type MessageReply<K extends MessageType = MessageType> = { ok: true; data: ResponseOf<K> } | MessageError;

/**
 * The reply schema for one message type, for the content side to validate what comes back.
 *
 * @example
 * const reply = replySchema('profile.get').safeParse(await browser.runtime.sendMessage(msg));
 */
export function replySchema<K extends MessageType>(type: K) {
  return z.union([z.strictObject({ ok: z.literal(true), data: MESSAGE_RESPONSES[type] }), MessageError]);
}
