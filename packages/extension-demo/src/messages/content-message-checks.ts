/**
 * The demo messages the content script reads, checked without zod: the content script must stay
 * under 20 KB gzipped and zod/mini alone is ~4.5 KB of that. They accept exactly what the
 * ContentMessage and InstallIdReply schemas accept (strict: no other key), and what goes into a
 * PageStatus always passes its schema, which the messages tests hold them to.
 */
import type { ContentMessage } from './demo-messages.ts';

/** Every content message type; the compiler refuses a missing or unknown one. */
const CONTENT_MESSAGE_TYPES: Record<ContentMessage['type'], true> = { 'demo.fill': true, 'demo.status': true };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` has `key` and no other own key. */
function hasOnlyKey(value: Record<string, unknown>, key: string): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === key;
}

/** True for `{ type: 'demo.fill' }` and `{ type: 'demo.status' }`, nothing else. */
export function isContentMessage(raw: unknown): raw is ContentMessage {
  return (
    isObject(raw) &&
    hasOnlyKey(raw, 'type') &&
    typeof raw.type === 'string' &&
    Object.hasOwn(CONTENT_MESSAGE_TYPES, raw.type)
  );
}

/** The id in the service worker's reply to `demo.install-id`; throws for any other reply. */
export function installIdOf(reply: unknown): string {
  if (isObject(reply) && hasOnlyKey(reply, 'installId') && typeof reply.installId === 'string') return reply.installId;
  throw new TypeError('demo.install-id: malformed reply');
}

/** Most canonicals a page status names as missing (a form asks for a few dozen at most). */
export const MAX_MISSING_VALUES = 64;

/** Same rule as the protocol's CanonicalName. */
const CANONICAL_NAME = /^[a-z][a-z0-9_]{0,63}$/;

/**
 * The canonical names of an SDK run's `missingValues`, as PageStatus takes them: names only
 * (deduplicated, at most MAX_MISSING_VALUES); anything else is dropped, nothing throws.
 */
export function missingValuesOf(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const names = raw.filter((name): name is string => typeof name === 'string' && CANONICAL_NAME.test(name));
  return [...new Set(names)].slice(0, MAX_MISSING_VALUES);
}
