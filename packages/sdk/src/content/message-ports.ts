/**
 * The SDK's content-side ports over `runtime.sendMessage` to the service worker: the profile port
 * asks `profile.get`, the event sink sends `event.queue`. Replies are checked for the shape these
 * ports read (see message-reply.ts), never cast. Events carry no field values (the SDK builds them
 * that way), so this is the only thing that crosses to the background; the background's router
 * validates each event against the wire contract before queueing it.
 */
import { isStringRecord } from '../plain-data/plain-data.ts';
import type { Message } from '../protocol/index.ts';
import { InvalidEventError, type EventSink } from './event-sink.ts';
import { malformedReply, readReply } from './message-reply.ts';
import { type ContentProfile, fieldPredictionEntries, type ProfilePort } from './profile-port.ts';

/** `browser.runtime.sendMessage`, or a stub in tests. */
export type SendMessage = (message: Message) => Promise<unknown>;

/** A ProfilePort that asks the background (which asks the server, with its cache). */
export function createMessageProfilePort(send: SendMessage, installId: string): ProfilePort {
  return {
    async getProfile(host, schemaHash): Promise<ContentProfile> {
      const reply = readReply(
        'profile.get',
        await send({ type: 'profile.get', host, schema_hash: schemaHash, install_id: installId }),
      );
      if (!reply.ok) throw new Error(`profile.get refused: ${reply.code}`);
      const {
        status,
        canonical_map: canonicalMap,
        experiments,
        format_map: formatMap,
        field_predictions: predictions,
      } = reply.data;
      if (typeof status !== 'string' || !isStringRecord(canonicalMap) || !isStringRecord(experiments))
        throw malformedReply('profile.get');
      return {
        status,
        canonicalMap,
        experiments,
        formatMap: isStringRecord(formatMap) ? formatMap : {},
        fieldPredictions: fieldPredictionEntries(predictions),
      };
    },
  };
}

/**
 * An EventSink that hands events to the background's persisted outbox. An event the background's
 * router refuses as invalid rejects with InvalidEventError (the run reports `invalid_event`).
 */
export function createMessageEventSink(send: SendMessage): EventSink {
  return {
    async queue(event) {
      const reply = readReply('event.queue', await send({ type: 'event.queue', event }));
      if (!reply.ok) {
        // The router words the reason from the whole message (`event.duration_ms: …`); the report's
        // reason is relative to the event, as the schema words it.
        if (reply.code === 'invalid_message') throw new InvalidEventError(reply.message.replace(/^event\./, ''));
        throw new Error(`event.queue refused: ${reply.code}`);
      }
      if (typeof reply.data.queued !== 'boolean') throw malformedReply('event.queue');
    },
  };
}
