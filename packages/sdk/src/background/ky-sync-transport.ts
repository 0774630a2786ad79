import ky, { TimeoutError } from 'ky';
import { SyncResponse } from '../protocol/index.ts';
import type { LearningEvent } from '../protocol/index.ts';
import { parseRetryAfter } from './retry-after.ts';
import type { SyncResult, SyncTransport } from './sync-transport.ts';

/** The sync endpoint, relative to the server URL. */
export const SYNC_PATH = 'api/extension/learning/sync';

/** Options of {@link createKySyncTransport}. */
export interface KySyncTransportOptions {
  /** Base URL of the Companion server, e.g. `http://127.0.0.1:8003`. */
  serverUrl: string;
  /** Sent as `x-api-key` when set. */
  apiKey?: string;
  /** Per-request timeout. @default 10_000 */
  timeoutMs?: number;
  /** @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /** Epoch ms, for HTTP-date Retry-After values. @default Date.now */
  clock?: () => number;
}

/** Whole-batch refusals: resending the same batch would get the same answer. */
const BATCH_REJECT_STATUSES = new Set([400, 413, 422]);

/**
 * SyncTransport over HTTP with ky: POSTs `{ events }` to `${serverUrl}/api/extension/learning/sync`
 * and classifies the answer into a {@link SyncResult}. No retries here: the outbox owns retrying,
 * so backoff and Retry-After are decided in one place.
 */
export function createKySyncTransport(options: KySyncTransportOptions): SyncTransport {
  const clock = options.clock ?? (() => Date.now());
  const client = ky.create({
    prefixUrl: options.serverUrl,
    timeout: options.timeoutMs ?? 10_000,
    retry: 0,
    throwHttpErrors: false,
    headers: options.apiKey === undefined ? {} : { 'x-api-key': options.apiKey },
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });

  return {
    async send(events: readonly LearningEvent[]): Promise<SyncResult> {
      let response: Response;
      try {
        response = await client.post(SYNC_PATH, { json: { events } });
      } catch (error) {
        return { kind: 'transient', reason: error instanceof TimeoutError ? 'timeout' : 'network' };
      }
      return classify(response, clock());
    },
  };
}

async function classify(response: Response, now: number): Promise<SyncResult> {
  const { status } = response;
  if (status === 200) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return { kind: 'transient', reason: 'invalid_response' };
    }
    const parsed = SyncResponse.safeParse(body);
    return parsed.success ? { kind: 'ok', response: parsed.data } : { kind: 'transient', reason: 'invalid_response' };
  }
  await response.body?.cancel().catch(() => undefined);
  if (status === 429 || status === 503) {
    const ms = parseRetryAfter(response.headers.get('retry-after'), now);
    if (ms !== undefined) return { kind: 'retry_after', ms };
    return { kind: 'transient', reason: status === 429 ? 'rate_limited' : 'server_error' };
  }
  if (BATCH_REJECT_STATUSES.has(status)) return { kind: 'rejected_batch', status };
  if (status >= 500) return { kind: 'transient', reason: 'server_error' };
  // 401/403/404 and friends mean misconfiguration, not bad events: keep them and retry later.
  return { kind: 'transient', reason: 'unexpected_status' };
}
