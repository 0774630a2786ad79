/**
 * The SDK's content-side ports over `runtime.sendMessage` to the service worker: the profile port
 * asks `profile.get`, the event sink sends `event.queue`. Replies are parsed with the contract's
 * reply schemas, never cast. Events carry no field values (the SDK builds them that way), so this
 * is the only thing that crosses to the background.
 */
import type { EventSink } from './event-sink.ts';
import type { ContentProfile, ProfilePort } from './profile-port.ts';
import { replySchema, type Message } from '../protocol/index.ts';

/** `browser.runtime.sendMessage`, or a stub in tests. */
export type SendMessage = (message: Message) => Promise<unknown>;

/** A ProfilePort that asks the background (which asks the server, with its cache). */
export function createMessageProfilePort(send: SendMessage, installId: string): ProfilePort {
  return {
    async getProfile(host, schemaHash): Promise<ContentProfile> {
      const raw = await send({ type: 'profile.get', host, schema_hash: schemaHash, install_id: installId });
      const reply = replySchema('profile.get').parse(raw);
      if (!reply.ok) throw new Error(`profile.get refused: ${reply.error.code}`);
      return { status: reply.data.status, canonicalMap: reply.data.canonical_map, experiments: reply.data.experiments };
    },
  };
}

/** An EventSink that hands events to the background's persisted outbox. */
export function createMessageEventSink(send: SendMessage): EventSink {
  return {
    async queue(event) {
      const reply = replySchema('event.queue').parse(await send({ type: 'event.queue', event }));
      if (!reply.ok) throw new Error(`event.queue refused: ${reply.error.code}`);
    },
  };
}
