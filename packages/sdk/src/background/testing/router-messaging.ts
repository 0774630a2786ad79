import { vi } from 'vitest';
import type { SendMessage } from '../../content/message-ports.ts';
import { createMessageRouter, type HandlerMap } from '../message-router.ts';

/** Test-only: the id the router serves, and the sender every message from it carries. */
export const TEST_EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';

/**
 * Test-only: the content side's `sendMessage` wired to the background's real router, as runtime
 * messaging wires them (structured clones both ways). The handlers are spies answering like an
 * empty background unless overridden.
 */
export function routerMessaging(overrides: Partial<HandlerMap> = {}): { handlers: HandlerMap; send: SendMessage } {
  const handlers: HandlerMap = {
    'profile.get': vi.fn(async () => ({
      status: 'unknown' as const,
      canonical_map: {},
      format_map: {},
      field_predictions: {},
      experiments: {},
    })),
    'event.queue': vi.fn(async () => ({ queued: true })),
    'outbox.flush': vi.fn(async () => ({ sent: 0, pending: 0 })),
    'stats.get': vi.fn(async () => ({
      pending: 0,
      sent: 0,
      duplicates: 0,
      dropped: { rejected: 0, overflow: 0 },
      next_attempt_at: null,
    })),
    ...overrides,
  };
  const router = createMessageRouter({ extensionId: TEST_EXTENSION_ID, handlers });
  const send: SendMessage = async (message) =>
    structuredClone(await router.handle(structuredClone(message), { id: TEST_EXTENSION_ID }));
  return { handlers, send };
}
