import type { ProfileGetResponse } from '../protocol/index.ts';
import type { HandlerMap } from './message-router.ts';
import type { Outbox } from './outbox.ts';
import type { ProfileClient, ProfileResult } from './profile-client.ts';

/**
 * The background's answer to each message type: thin adapters from the message contract to the
 * profile client and the outbox. Each handler does one call; logic stays in those modules.
 */
export function createBackgroundHandlers({
  profiles,
  outbox,
}: {
  profiles: ProfileClient;
  outbox: Outbox;
}): HandlerMap {
  return {
    'profile.get': async (message) =>
      toProfileGetResponse(await profiles.getProfile(message.host, message.schema_hash, message.install_id)),
    'event.queue': (message) => outbox.enqueue(message.event),
    'outbox.flush': () => outbox.flush(),
    'stats.get': () => outbox.stats(),
  };
}

/**
 * Narrows the server's answer to what the content side needs (no stats, no version). Learned
 * formats and field predictions the server left out (nothing learned, or an older server) become
 * empty maps, so the content side always finds both.
 */
export function toProfileGetResponse(result: ProfileResult): ProfileGetResponse {
  if (result.status === 'unavailable') {
    return {
      status: 'unavailable',
      reason: result.reason,
      canonical_map: {},
      format_map: {},
      field_predictions: {},
      experiments: {},
    };
  }
  return {
    status: result.status,
    ...(result.reason === undefined ? {} : { reason: result.reason }),
    canonical_map: result.canonical_map,
    format_map: result.format_map ?? {},
    field_predictions: result.field_predictions ?? {},
    experiments: result.experiments,
  };
}
