/**
 * Reads the background's replies on the content side without the contract's zod schemas. The
 * background is this extension's own code: it answers every message with a `MessageReply` built
 * from data it has already parsed (the request with `Message`, the server's profile with
 * `ProfileResponse`). So the content side checks the shape it relies on — the `ok` flag, the error
 * code, the type of each field it reads — and treats anything else as a malformed reply. A full
 * re-parse would put zod/mini and the schemas (~9 KB gzipped) into a 20 KB content script.
 */
import { isRecord } from '../plain-data/plain-data.ts';
import type { MessageType } from '../protocol/index.ts';

/** A reply as the content side reads it: the success data, or the refusal's code and message. */
export type ReadReply = { ok: true; data: Record<string, unknown> } | { ok: false; code: string; message: string };

/** Reads a `MessageReply` for `type`; throws {@link malformedReply} for anything else. */
export function readReply(type: MessageType, raw: unknown): ReadReply {
  if (isRecord(raw) && raw.ok === true && isRecord(raw.data)) return { ok: true, data: raw.data };
  if (isRecord(raw) && raw.ok === false && isRecord(raw.error)) {
    const { code, message } = raw.error;
    if (typeof code === 'string' && typeof message === 'string') return { ok: false, code, message };
  }
  throw malformedReply(type);
}

/** The error for a reply that is not what the background sends: handled like a refusal. */
export function malformedReply(type: MessageType): Error {
  return new Error(`${type}: malformed reply`);
}
