import type { ProfileGetResponse } from '../protocol/index.ts';
import type { HandlerMap } from './message-router.ts';
import type { Outbox } from './outbox.ts';
import type { ProfileClient, ProfileResult } from './profile-client.ts';

/**
 * The background's answer to each message type: thin adapters from the message contract to the
 * profile client and the outbox. Each handler does one call; logic stays in those modules.
 */
export function createBackgroundHandlers({ profiles, outbox }: { profiles: ProfileClient; outbox: Outbox }): HandlerMap {
  return {
    'profile.get': async (message) =>
      toProfileGetResponse(await profiles.getProfile(message.host, message.schema_hash, message.install_id)),
    'event.queue': (message) => outbox.enqueue(message.event),
    'outbox.flush': () => outbox.flush(),
    'stats.get': () => outbox.stats(),
  };
}

/** Narrows the server's answer to what the content side needs (no stats, no version). */
export function toProfileGetResponse(result: ProfileResult): ProfileGetResponse {
  if (result.status === 'unavailable') {
    return { status: 'unavailable', reason: result.reason, canonical_map: {}, experiments: {} };
  }
  return {
    status: result.status,
    ...(result.reason === undefined ? {} : { reason: result.reason }),
    canonical_map: result.canonical_map,
    experiments: result.experiments,
  };
}
